"""Month names that are also ordinary words (Ukrainian "лютий", fierce) are dates only beside a day's figure, a year
or a preposition that takes a date; and a figure hedged as a bound ("more than 600", "nearly 30", in every language
the hedges are read in) differs from a value it admits, unless it is a round figure and the value lies on its hedge's
side within its rounding ("more than 600" beside 620, not beside 680): how precisely an outlet states a figure is
part of how the outlets differ, rounding a large one is not. The sentences are invented."""

from types import SimpleNamespace

import pytest

from annotations.claims.linking import differing
from annotations.claims.normalise import details


def flags(language, *texts):
    """Which of one claim's mentions (``texts``, read in ``language``) differ."""
    return differing([SimpleNamespace(details=details(text, language)) for text in texts])


@pytest.mark.parametrize("language, bound, value", [
    ("en", "More than 600 workers lost their jobs at the plant.", "The plant's 680 workers lost their jobs."),
    ("en", "Nearly 30 boats blocked the harbour.", "A line of 28 boats blocked the harbour."),
    ("uk", "На заводі – понад 600 працівників.", "Для 680 працівників заводу день не почався."),
    ("fr", "L'usine emploie plus de 600 salariés.", "Les 680 salariés de l'usine sont au chômage."),
    ("fa", "کارخانه بیش از ۶۰۰ کارگر دارد.", "۶۸۰ کارگر کارخانه حقوق نگرفته‌اند."),
    ("he", "כמעט 30 סירות חסמו את הנמל.", "28 סירות חסמו את הנמל."),
    ("en", "More than 600 workers lost their jobs at the plant.", "The plant's 580 workers lost their jobs."),
])
def test_a_bound_differs_from_a_stated_value_even_one_it_admits(language, bound, value):
    assert flags(language, bound, value) == [True, False]


@pytest.mark.parametrize("language, bound, value", [
    ("en", "More than 600 workers lost their jobs at the plant.", "The plant's 620 workers lost their jobs."),
    ("uk", "На заводі – понад 600 працівників.", "Для 620 працівників заводу день не почався."),
    ("fr", "L'usine emploie plus de 600 salariés.", "Les 620 salariés de l'usine sont au chômage."),
    ("fa", "کارخانه بیش از ۶۰۰ کارگر دارد.", "۶۲۰ کارگر کارخانه حقوق نگرفته‌اند."),
])
def test_a_round_bound_agrees_with_a_value_within_its_rounding(language, bound, value):
    assert flags(language, bound, value) == [False, False]


@pytest.mark.parametrize("language, word, date, month", [
    ("uk", "Лютий мороз скував місто на тиждень.", "Завод закрили у лютому, а відкрили 3 лютого.", "february"),
    ("uk", "Лютий мороз скував місто на тиждень.", "Лютий 2025 року був холодним.", "february"),
    ("ru", "Листопад засыпал двор жёлтыми листьями.", "Завод закрыли 3 листопада.", "november"),
    ("pt", "No marco da reforma, o governo falou com os sindicatos.", "O governo falou com os sindicatos em marco.",
     "march"),
    ("fa", "آب رودخانه پس از آتش‌سوزی آلوده شد.", "وصل في آب ٢٠٢٤ إلى المدينة.", "august"),
    ("tr", "Bu aralık fabrikanın iki binası arasında kalıyor.", "Fabrika 1 Aralık tarihinde kapanacak.", "december"),
    # Kazakh "маусым" is June and a season ("жылы маусымда", in the warm season; "жаңа маусымда", in the new season);
    # "жылы" is "in the year" after a year's figure and "warm" elsewhere.
    ("kk", "Жылы маусымда қалада су тапшылығы байқалды.", "Құбыр 3 маусымда жарылды.", "june"),
    ("kk", "Жаңа маусымда команда 12 ойын өткізді.", "Жөндеу 2026 жылы маусымда аяқталады.", "june"),
    ("kk", "Жылу беру маусымы басталды, ал маусымның соңы әлі белгісіз.", "Жөндеу маусым 2026 аяқталады.", "june"),
    ("kk", "Жаңа маусымға дайындық басталды.", "Құбыр 2025 жылғы 3 маусымда жарылды.", "june"),
    # Telugu "మార్చి" is March and "having changed" (of "మార్చు", to change); its locative is March's alone.
    ("te", "అధికారులు గ్రామం పేరు మార్చి కొత్త బోర్డు పెట్టారు.", "ట్యాంకును 14 మార్చి 2025న ప్రారంభించారు.", "march"),
    ("te", "కాంట్రాక్టర్ ప్లాన్ మార్చి పనులు ఆపేశాడు.", "పనులు మార్చిలో పూర్తయ్యాయి.", "march"),
    ("te", "కాంట్రాక్టర్ ప్లాన్ మార్చి పనులు ఆపేశాడు.", "ట్యాంకును మార్చి 14, 2025న ప్రారంభించారు.", "march"),
    # A day's figure with its case written onto it, the noun "month" after the name, "last" before it.
    ("te", "అధికారులు గ్రామం పేరు మార్చి కొత్త బోర్డు పెట్టారు.", "ట్యాంకును మార్చి 14న ప్రారంభించారు.", "march"),
    ("te", "అధికారులు గ్రామం పేరు మార్చి కొత్త బోర్డు పెట్టారు.", "పనులు మార్చి నెలలో పూర్తయ్యాయి.", "march"),
    ("te", "అధికారులు గ్రామం పేరు మార్చి కొత్త బోర్డు పెట్టారు.", "గత మార్చి నుంచి పనులు ఆగిపోయాయి.", "march"),
    ("kk", "Жылу беру маусымы басталды.", "Жөндеу маусым айында аяқталады.", "june"),
    # Gujarati "મેથી" is "from May" and fenugreek.
    ("gu", "ખેડૂતોએ મેથી અને પાલકનું વાવેતર કર્યું.", "કામ ૭ મેથી શરૂ થયું.", "may"),
    # March is a protest march in the languages of South Asia that took the word from English.
    ("hi", "किसानों ने सोमवार को विधानसभा तक मार्च निकाला।", "मतदान 15 मार्च को होगा।", "march"),
    ("hi", "छात्रों का मार्च शहर के चौक पर रुका।", "पिछले साल मार्च में पुल टूटा था।", "march"),
    ("hi", "छात्रों का मार्च शहर के चौक पर रुका।", "काम मार्च महीने में पूरा होगा।", "march"),
    ("mr", "शेतकऱ्यांचा मार्च तहसील कार्यालयावर पोहोचला.", "धरणाचे काम मार्चमध्ये पूर्ण होईल.", "march"),
    ("ne", "विद्यार्थीहरूले सहरमा मार्च गरे।", "पुल २०२६ मार्च १२ मा खुल्यो।", "march"),
    ("ur", "لاہور میں عورت مارچ اتوار کو ہوا۔", "گزشتہ سال مارچ میں پل ٹوٹا۔", "march"),
    ("ur", "کسانوں کا لانگ مارچ شہر پہنچا۔", "پل 3 مارچ کو کھلا۔", "march"),
    ("pa", "ਕਿਸਾਨਾਂ ਨੇ ਰੋਸ ਮਾਰਚ ਕੱਢਿਆ।", "ਪੁਲ 3 ਮਾਰਚ ਨੂੰ ਖੁੱਲ੍ਹਿਆ।", "march"),
    ("gu", "ખેડૂતોએ તાલુકા કચેરી સુધી માર્ચ કાઢી.", "પુલ ૩ માર્ચ ૨૦૨૬ના રોજ ખુલ્યો.", "march"),
    ("bn", "শিক্ষার্থীদের লং মার্চ শহরে পৌঁছেছে।", "সেতুটি গত মার্চে খুলেছে।", "march"),
])
def test_a_month_name_that_is_also_a_word_is_a_date_only_where_a_date_stands(language, word, date, month):
    assert not any(d.startswith("month:") for d in details(word, language).dates)
    assert f"month:{month}" in details(date, "ar" if language == "fa" else language).dates


@pytest.mark.parametrize("language, text, year", [
    ("he", "בשנת 2024 נפתח הגשר.", "year:2024"),
    ("fa", "در سال 2010 پل باز شد.", "year:2010"),
    ("ar", "في عام 2010 افتتح الجسر.", "year:2010"),
    ("ur", "سال 2010 میں پل کھلا۔", "year:2010"),
])
def test_a_year_after_a_word_for_year_is_read_beside_the_words_a_month_takes_after_a_year(language, text, year):
    assert year in details(text, language).dates


@pytest.mark.parametrize("language, month", [("uk", "лютий"), ("te", "మార్చి"), ("kk", "маусым")])
def test_a_run_of_digits_too_long_for_a_figure_beside_a_month_that_is_a_word_is_no_date(language, month):
    assert not details(f"{month} {'9' * 5000} {month}", language).dates


@pytest.mark.parametrize("language, text, expected", [
    ("bn", "সেতুটি মার্চ ৯ তারিখে খোলা হয়।", {"month:march", "day:march-9"}),
    ("bn", "সেতুটি ডিসেম্বর ৯, ২০২৬ খোলা হয়।", {"month:december", "day:december-9", "year:2026"}),
    ("bn", "সেতুটি মার্চ ২০২৬ এ খোলা হয়।", {"month:march", "year:2026"}),
    ("hi", "पुल दिसंबर 9, 2026 को खुला।", {"month:december", "day:december-9", "year:2026"}),
    ("ml", "ഡിസംബർ 6, 2026 ന് ഷട്ടറുകൾ തുറന്നു.", {"month:december", "day:december-6", "year:2026"}),
    ("ta", "டிசம்பர் 9-ஆம் தேதி 2025 அன்று பாலம் திறக்கப்பட்டது.", {"month:december", "day:december-9", "year:2025"}),
])
def test_a_day_and_a_year_after_a_month_in_a_script_without_capitals_date_it(language, text, expected):
    assert expected <= details(text, language).dates


def test_a_figure_a_scale_follows_after_a_month_counts_something_and_is_no_day():
    found = details("ডিসেম্বর ১০ কোটি টাকা খরচ হয়েছে।", "bn")

    assert not any(date.startswith("day:") for date in found.dates)
    assert [figure.text for figure in found.figures] == ["১০ কোটি টাকা"]
