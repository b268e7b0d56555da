"""Marathi text on import: a text in Marathi is read as Marathi, not Hindi, though both are written in Devanagari,
while a Hindi text naming a Marathi town stays Hindi; its function words; a page's date written with a Marathi month
("३ डिसेंबर २०२६", "गुरुवार, ३ डिसेंबर २०२६") and its weekdays; furniture lines in Marathi. Every text here is
invented for the test."""

import datetime as dt

import pytest

from newsdesk.importing import calendar_names, languages
from newsdesk.importing.furniture_lines import line_furniture
from newsdesk.importing.page_dates import page_date

TODAY = dt.date(2026, 12, 20)
BODY = ("तळेगाव-खुर्द येथील पाणीपुरवठा योजनेची जलवाहिनी मंगळवारी रात्री फुटल्याने गावातील तीन हजारांहून अधिक "
        "नागरिकांना पाणी मिळालेले नाही. दुरुस्तीचे काम गुरुवारपर्यंत चालेल, असे ग्रामपंचायतीने सांगितले आहे.\n\n"
        "\"आम्ही दोन दिवसांपासून टँकरच्या पाण्यावर दिवस काढत आहोत,\" असे गृहिणी लता पवार म्हणाल्या. मात्र टँकरही "
        "वेळेवर येत नाही आणि रांगेत तासन्तास उभे राहावे लागते.\n")
HINDI = ("तळेगाव में मंगलवार रात पानी की मुख्य पाइपलाइन फट गई, जिससे तीन हजार से ज्यादा लोगों को पानी नहीं मिला। "
         "ग्राम पंचायत ने कहा है कि मरम्मत का काम गुरुवार तक चलेगा और तब तक टैंकर से पानी दिया जाएगा।")


def test_a_marathi_text_is_read_as_marathi():
    assert languages.language_of(BODY) == "mr"
    assert languages.language_of("तळेगावची जलवाहिनी फुटली, तीन हजार नागरिक पाण्याविना आहेत") == "mr"


def test_a_hindi_text_naming_a_marathi_town_stays_hindi():
    assert languages.language_of(HINDI) == "hi"


def test_marathi_function_words_are_no_terms_of_the_alignment():
    assert {"आहे", "आणि", "मात्र", "असे", "नाही"} <= languages.function_words("mr")
    assert "जलवाहिनी" not in languages.function_words("mr")


@pytest.mark.parametrize("top, expected", [
    (("तळेगावची जलवाहिनी फुटली", "अपडेट: ०३ डिसेंबर २०२६, सायं. ७:४५"), dt.date(2026, 12, 3)),
    (("तळेगावची जलवाहिनी फुटली", "डॉ. सुनील जाधव | शुक्रवार, ४ डिसेंबर २०२६"), dt.date(2026, 12, 4)),
    (("तळेगावची जलवाहिनी फुटली", "प्रकाशित: 14 ऑगस्ट 2025, 09:15 AM"), dt.date(2025, 8, 14)),
    (("तळेगावची जलवाहिनी फुटली", "सोनखेड आवृत्ती | मंगळवार, १ सप्टेंबर २०२६"), dt.date(2026, 9, 1)),
])
def test_a_page_date_as_marathi_pages_write_it(top, expected):
    assert page_date("\n".join(top) + "\n\n" + BODY, today=TODAY) == expected


def test_marathi_months_and_weekdays():
    months, weekdays = calendar_names.forms(calendar_names.MONTHS["mr"]), calendar_names.forms(
        calendar_names.WEEKDAYS["mr"])
    assert months["डिसेंबर"] == 12 and months["जानेवारी"] == 1 and months["जुलै"] == 7 and months["ऑगस्ट"] == 8
    assert weekdays["मंगळवार"] == 2 and weekdays["बुधवारी"] == 3


@pytest.mark.parametrize("line", [
    "जाहिरात",
    "हेही वाचा: तळेगावात पाणीटंचाई, टँकरची मागणी",
    "संबंधित बातम्या",
    "सर्वाधिक वाचलेले",
    "शेअर करा",
    "प्रतिक्रिया (१२)",
    "टॅग्स: पाणीपुरवठा, जलवाहिनी, तळेगाव",
    "आम्ही तुमचा अनुभव अधिक चांगला करण्यासाठी कुकीज वापरतो. ही साइट वापरत राहिल्यास तुम्ही आमच्या कुकी धोरणाला "
    "संमती देता. स्वीकारा",
    "© २०२६ तळेगाव वार्ता. सर्व हक्क राखीव.",
    "(फोटो: तळेगाव वार्ता)",
])
def test_marathi_page_furniture_is_told_by_its_words(line):
    assert line_furniture(line)
