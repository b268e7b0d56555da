"""A figure hedged as a bound ("more than 600", "nearly 30", in every language the hedges are read in) agrees with a
value that satisfies it; and month names that are also ordinary words (Ukrainian "лютий", fierce) are dates only
beside a day's figure, a year or a preposition that takes a date. The sentences are invented."""

from types import SimpleNamespace

import pytest

from annotations.claims.linking import differing
from annotations.claims.normalise import details


def flags(language, *texts):
    """Which of one claim's mentions (``texts``, read in ``language``) differ."""
    return differing([SimpleNamespace(details=details(text, language)) for text in texts])


@pytest.mark.parametrize("language, bound, met, missed", [
    ("en", "More than 600 workers lost their jobs at the plant.", "The plant's 620 workers lost their jobs.",
     "The plant's 580 workers lost their jobs."),
    ("uk", "На заводі – понад 600 працівників.", "Для 620 працівників заводу день не почався.",
     "Для 580 працівників заводу день не почався."),
    ("id", "Pabrik itu mempekerjakan lebih dari 600 buruh.", "Sebanyak 620 buruh pabrik itu dirumahkan.",
     "Sebanyak 580 buruh pabrik itu dirumahkan."),
    ("fr", "L'usine emploie plus de 600 salariés.", "Les 620 salariés de l'usine sont au chômage.",
     "Les 580 salariés de l'usine sont au chômage."),
    ("fa", "کارخانه بیش از ۶۰۰ کارگر دارد.", "۶۲۰ کارگر کارخانه حقوق نگرفته‌اند.", "۵۸۰ کارگر کارخانه حقوق نگرفته‌اند."),
])
def test_a_lower_bound_the_other_figure_satisfies_does_not_differ(language, bound, met, missed):
    assert flags(language, bound, met) == [False, False]
    assert flags(language, bound, missed) == [True, False]


@pytest.mark.parametrize("language, bound, met, missed", [
    ("en", "Nearly 30 boats blocked the harbour.", "A line of 28 boats blocked the harbour.",
     "A line of 31 boats blocked the harbour."),
    ("uk", "Майже 30 човнів заблокували гавань.", "Гавань заблокували 28 човнів.", "Гавань заблокували 31 човен."),
    ("he", "כמעט 30 סירות חסמו את הנמל.", "28 סירות חסמו את הנמל.", "31 סירות חסמו את הנמל."),
    ("de", "Fast 30 Boote blockierten den Hafen.", "Den Hafen blockierten 28 Boote.",
     "Den Hafen blockierten 31 Boote."),
])
def test_nearly_is_satisfied_just_under_its_figure_only(language, bound, met, missed):
    assert flags(language, bound, met) == [False, False]
    assert flags(language, bound, missed) == [True, False]


def test_an_upper_bound_is_satisfied_below_its_figure_and_a_bound_far_off_states_another_figure():
    assert flags("en", "Up to 40 families were moved out.", "Some 35 families were moved out.") == [False, False]
    assert flags("en", "Up to 40 families were moved out.", "Some 45 families were moved out.") == [True, False]
    assert flags("en", "More than 600 workers lost their jobs.", "The 1,500 workers lost their jobs.") == [True, False]


def test_two_bounds_that_overlap_agree():
    assert flags("en", "More than 600 workers lost their jobs.", "Nearly 650 workers lost their jobs.") == [False,
                                                                                                        False]


def test_the_longest_hedge_tells_the_way_a_bound_points():
    [at_least] = details("Завод має не менше ніж 600 працівників.", "uk").figures
    [less] = details("Завод має менше ніж 600 працівників.", "uk").figures
    assert (at_least.hedge, at_least.bound) == ("bound", "above")
    assert (less.hedge, less.bound) == ("bound", "below")


@pytest.mark.parametrize("language, word, date, month", [
    ("uk", "Лютий мороз скував місто на тиждень.", "Завод закрили у лютому, а відкрили 3 лютого.", "february"),
    ("uk", "Лютий мороз скував місто на тиждень.", "Лютий 2025 року був холодним.", "february"),
    ("ru", "Листопад засыпал двор жёлтыми листьями.", "Завод закрыли 3 листопада.", "november"),
    ("pt", "No marco da reforma, o governo falou com os sindicatos.", "O governo falou com os sindicatos em marco.",
     "march"),
    ("fa", "آب رودخانه پس از آتش‌سوزی آلوده شد.", "وصل في آب ٢٠٢٤ إلى المدينة.", "august"),
    ("tr", "Bu aralık fabrikanın iki binası arasında kalıyor.", "Fabrika 1 Aralık tarihinde kapanacak.", "december"),
])
def test_a_month_name_that_is_also_a_word_is_a_date_only_where_a_date_stands(language, word, date, month):
    assert not any(d.startswith("month:") for d in details(word, language).dates)
    assert f"month:{month}" in details(date, "ar" if language == "fa" else language).dates
