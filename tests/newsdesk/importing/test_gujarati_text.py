"""Gujarati text on import: a text in Gujarati is read as Gujarati by its script, while an English or a Hindi text
naming a Gujarati town stays what it is; its own function words, not a list of words translated from English; a
page's date written with a Gujarati month ("૭ ડિસેમ્બર, ૨૦૨૬", "સોમવાર, ૭ ડિસેમ્બર ૨૦૨૬") and its weekdays;
furniture lines in Gujarati, and lines of news holding the same words that are none. Every text here is invented
for the test."""

import datetime as dt

import pytest

from newsdesk.importing import calendar_names, languages
from newsdesk.importing.furniture_lines import line_furniture
from newsdesk.importing.page_dates import page_date

TODAY = dt.date(2026, 12, 20)
BODY = ("રામપરા ગામની પાણી પુરવઠા યોજનાની મુખ્ય પાઇપલાઇન મંગળવારે રાતે તૂટી જતાં ત્રણ હજારથી વધુ લોકોને પાણી "
        "મળ્યું નથી. સમારકામ ગુરુવાર સુધી ચાલશે, એમ ગ્રામ પંચાયતે જણાવ્યું છે.\n\n"
        "\"અમે બે દિવસથી ટેન્કરના પાણી પર દિવસો કાઢીએ છીએ,\" એમ ગૃહિણી લતાબેન પરમારે કહ્યું. પરંતુ ટેન્કર પણ "
        "સમયસર આવતું નથી અને લાઇનમાં કલાકો સુધી ઊભા રહેવું પડે છે.\n")


def test_a_gujarati_text_is_read_as_gujarati():
    assert languages.language_of(BODY) == "gu"
    assert languages.language_of("રામપરાની પાઇપલાઇન તૂટી, ત્રણ હજાર લોકો પાણી વિના") == "gu"


def test_an_english_or_hindi_text_naming_a_gujarati_town_stays_what_it_is():
    assert languages.language_of("The pipeline at Rampara (રામપરા) burst on Tuesday night and the village has "
                                 "had no water for two days, the panchayat said.") == "en"
    assert languages.language_of("रामपरा में मंगलवार रात पानी की मुख्य पाइपलाइन फट गई, जिससे तीन हजार से ज्यादा "
                                 "लोगों को पानी नहीं मिला और पंचायत ने टैंकर भेजे हैं।") == "hi"


def test_gujarati_function_words_are_its_own_and_no_terms_of_the_alignment():
    own = languages.function_words("gu")
    assert {"છે", "અને", "માં", "ના", "નો", "ની", "થી", "પર", "એ", "કે", "હતો", "હતી", "તે", "આ", "માટે", "પણ",
            "કર્યું"} <= own
    # Words of news a list translated from English held: a price, an announcement, a year, a state, a house.
    assert not {"કિંમત", "જાહેરાત", "વર્ષ", "રાજ્ય", "ઘર", "પાઇપલાઇન"} & own


@pytest.mark.parametrize("top, expected", [
    (("રામપરાની પાઇપલાઇન તૂટી", "ગુજરાતી ન્યૂઝ ડેસ્ક | અપડેટ: ૭ ડિસેમ્બર, ૨૦૨૬, ૦૯:૧૫ AM"), dt.date(2026, 12, 7)),
    (("રામપરાની પાઇપલાઇન તૂટી", "સોનપર આવૃત્તિ | સોમવાર, ૭ ડિસેમ્બર ૨૦૨૬"), dt.date(2026, 12, 7)),
    (("રામપરાની પાઇપલાઇન તૂટી", "પ્રકાશિત: 14 ઑગસ્ટ 2025, 09:15 AM"), dt.date(2025, 8, 14)),
    (("રામપરાની પાઇપલાઇન તૂટી", "પ્રકાશિત: ૨ જાન્યુઆરી, ૨૦૨૬"), dt.date(2026, 1, 2)),
    (("રામપરાની પાઇપલાઇન તૂટી", "શુક્રવાર, ૪ સપ્ટેમ્બર ૨૦૨૬"), dt.date(2026, 9, 4)),
])
def test_a_page_date_as_gujarati_pages_write_it(top, expected):
    assert page_date("\n".join(top) + "\n\n" + BODY, today=TODAY) == expected


def test_gujarati_months_and_weekdays():
    months, weekdays = calendar_names.forms(calendar_names.MONTHS["gu"]), calendar_names.forms(
        calendar_names.WEEKDAYS["gu"])
    assert months["ડિસેમ્બર"] == 12 and months["જાન્યુઆરી"] == 1 and months["જુલાઈ"] == 7
    assert months["ઑગસ્ટ"] == 8 and months["ઓગસ્ટ"] == 8 and months["ડિસેમ્બરમાં"] == 12
    assert weekdays["મંગળવાર"] == 2 and weekdays["મંગળવારે"] == 2 and weekdays["રવિવારે"] == 7


@pytest.mark.parametrize("line", [
    "જાહેરાત",
    "વધુ વાંચો: રામપરામાં પાણીની તંગી, ટેન્કરની માગ",
    "આ પણ વાંચો: રામપરા પંચાયતની ચૂંટણી જાહેર",
    "સંબંધિત સમાચાર",
    "સૌથી વધુ વંચાયેલા",
    "શેર કરો",
    "ટિપ્પણી (૧૨)",
    "ટૅગ્સ: પાણી પુરવઠો, પાઇપલાઇન, રામપરા",
    "અમે તમારા અનુભવને વધુ સારો બનાવવા માટે કૂકીઝનો ઉપયોગ કરીએ છીએ. આ સાઇટનો ઉપયોગ ચાલુ રાખીને તમે અમારી "
    "કૂકી નીતિ સાથે સંમત થાઓ છો. સ્વીકારો",
    "© ૨૦૨૬ રામપરા સમાચાર. સર્વ હક્ક સુરક્ષિત.",
    "(તસવીર: રામપરા સમાચાર)",
    "લેખમાં વ્યક્ત કરેલા વિચારો લેખકના અંગત છે.",
    "(લેખક રામપરાની સરકારી કૉલેજના નિવૃત્ત આચાર્ય છે.)",
])
def test_gujarati_page_furniture_is_told_by_its_words(line):
    assert line_furniture(line)


@pytest.mark.parametrize("line", [
    # An announcement ("જાહેરાત") and a share ("શેર") in news, a writer named in news, comments made at a meeting.
    "પંચાયતે બુધવારે પાણી પુરવઠા યોજનાના સમારકામની જાહેરાત કરી હતી.",
    "ગામના ખેડૂતોએ સહકારી મંડળીના શેર વેચી દીધા, એમ મંત્રીએ કહ્યું.",
    "રામપરાના લેખક અને શિક્ષક નવીન જોષીએ પંચાયતને પત્ર લખીને ટેન્કર વધારવાની માગ કરી છે.",
    "સભામાં સરપંચની ટિપ્પણી પછી વિપક્ષના સભ્યોએ સભાત્યાગ કર્યો હતો.",
    # A writer's views as news, and a headline on a clarification someone made.
    "સભામાં લેખકના વિચારો સાંભળવા લોકો ઉમટ્યા.",
    "સાહિત્ય સભામાં જાણીતા લેખકના વિચારો પર ચર્ચા થઈ હતી.",
    "લેખિકાના મંતવ્યો સામે વિરોધ થયો હતો.",
    "લેખકના વિચારો સાથે હું સહમત નથી, એમ મંત્રીએ કહ્યું.",
    "સ્પષ્ટતા: ડેરીના ચેરમેને ભાવ ઘટાડાની વાત નકારી",
])
def test_gujarati_news_holding_those_words_is_no_furniture(line):
    assert not line_furniture(line)
