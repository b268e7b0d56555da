"""Nepali text on import: a text in Nepali is read as Nepali, not Hindi or Marathi, though all three are written in
Devanagari, while a Hindi or a Marathi text naming a Nepali town stays what it is; its function words; its months of
the Gregorian calendar and its weekdays as Nepali spells them ("डिसेम्बर", "बुधबार"); a date of the Bikram Sambat
calendar ("२०८३ मंसिर १६ गते", "मंसिर १६, २०८३") read as the Gregorian date it is; furniture lines in Nepali.
Every text here is invented for the test."""

import datetime as dt

import pytest

from newsdesk.importing import calendar_names, languages
from newsdesk.importing.furniture_lines import line_furniture
from newsdesk.importing.page_dates import page_date

TODAY = dt.date(2026, 12, 20)
BODY = ("बगरटोल गाउँपालिकाको खानेपानी योजनाको मुख्य पाइप बुधबार राति फुटेपछि तीन हजारभन्दा बढी बासिन्दा पानीबिहीन "
        "भएका छन्। मर्मतको काम शुक्रबारसम्म चल्ने गाउँपालिकाले जनाएको छ।\n\n"
        "\"हामी दुई दिनदेखि ट्याङ्करको पानीमा दिन काटिरहेका छौँ,\" गृहिणी सीता मगरले भनिन्। तर ट्याङ्कर पनि समयमा "
        "आउँदैन र लाइनमा घण्टौँ उभिनुपर्छ।\n")
HINDI = ("बगरटोल में बुधवार रात पानी की मुख्य पाइपलाइन फट गई, जिससे तीन हजार से ज्यादा लोगों को पानी नहीं मिला। "
         "ग्राम पंचायत ने कहा है कि मरम्मत का काम शुक्रवार तक चलेगा और तब तक टैंकर से पानी दिया जाएगा।")
MARATHI = ("बगरटोल येथील पाणीपुरवठा योजनेची जलवाहिनी बुधवारी रात्री फुटल्याने गावातील तीन हजारांहून अधिक नागरिकांना "
           "पाणी मिळालेले नाही. दुरुस्तीचे काम शुक्रवारपर्यंत चालेल, असे ग्रामपंचायतीने सांगितले आहे.")


def test_a_nepali_text_is_read_as_nepali():
    assert languages.language_of(BODY) == "ne"
    assert languages.language_of("बगरटोलको खानेपानी पाइप फुट्यो, तीन हजार बासिन्दा पानीबिहीन भएका छन्") == "ne"


def test_a_hindi_and_a_marathi_text_naming_a_nepali_town_stay_what_they_are():
    assert languages.language_of(HINDI) == "hi"
    assert languages.language_of(MARATHI) == "mr"


def test_a_hindi_text_with_words_nepali_writes_too_stays_hindi():
    # "के", "का", "अब", "गए" are Hindi's as much as Nepali's: they tell the two apart by nothing.
    text = "अब गांव के लोग पानी के लिए दूर तक गए हैं और सरकार का कहना है कि जल्द मरम्मत होगी।"
    assert languages.language_of(text) == "hi"


def test_nepali_function_words_are_no_terms_of_the_alignment():
    assert {"छ", "छन्", "र", "पनि", "भएको", "गरेको", "लागि", "थियो", "भने"} <= languages.function_words("ne")
    assert "खानेपानी" not in languages.function_words("ne")


def test_nepali_gregorian_months_and_weekdays():
    months = calendar_names.forms(calendar_names.MONTHS["ne"])
    weekdays = calendar_names.forms(calendar_names.WEEKDAYS["ne"])
    assert months["डिसेम्बर"] == 12 and months["जनवरी"] == 1 and months["अगस्ट"] == 8 and months["सेप्टेम्बर"] == 9
    assert weekdays["आइतबार"] == 7 and weekdays["बुधबार"] == 3 and weekdays["बिहीबार"] == 4


@pytest.mark.parametrize("top, expected", [
    (("बगरटोलको पाइप फुट्यो", "प्रकाशित : २ डिसेम्बर २०२६, बुधबार"), dt.date(2026, 12, 2)),
    (("बगरटोलको पाइप फुट्यो", "अपडेट: डिसेम्बर ३, २०२६ १४:२०"), dt.date(2026, 12, 3)),
])
def test_a_page_date_as_nepali_pages_write_it_in_the_gregorian_calendar(top, expected):
    assert page_date("\n".join(top) + "\n\n" + BODY, today=TODAY) == expected


@pytest.mark.parametrize("line, expected", [
    ("प्रकाशित : २०८३ मंसिर १६ गते बुधबार १८:४०", dt.date(2026, 12, 2)),
    ("मंसिर १६, २०८३", dt.date(2026, 12, 2)),
    ("संवाददाता | २०८३ मङ्सिर १७ गते ०९:१५", dt.date(2026, 12, 3)),
    ("अपडेट: १ पुस २०८३", dt.date(2026, 12, 16)),
    ("२०८१ बैशाख १ गते", dt.date(2024, 4, 13)),
    ("२०८२ असार ३२ गते", dt.date(2025, 7, 16)),
    ("2083 Mangsir 16", None),
])
def test_a_bikram_sambat_date_is_read_as_its_gregorian_date(line, expected):
    # Mangsir 16, 2083 is 2 December 2026; Baisakh 1, 2081 was 13 April 2024; Asar 2082 had 32 days.
    assert page_date("बगरटोलको पाइप फुट्यो\n" + line + "\n\n" + BODY, today=TODAY) == expected


@pytest.mark.parametrize("line", [
    "२०८३ मंसिर ३३ गते",  # no month of the calendar has 33 days
    "मंसिर १६",  # a wire's dateline with no year
    "२०८३/०८/१६",  # figures alone: which calendar they count in, nothing tells
    "२०८४ माघ ५ गते",  # later than the page can be
    "कार्तिक शुक्ल पंचमी, विक्रम संवत 2083",  # a lunar date of the Hindu calendar, with no day of a month
])
def test_a_line_that_is_no_bikram_sambat_date_of_a_day_gives_none(line):
    assert page_date("बगरटोलको पाइप फुट्यो\n" + line + "\n\n" + BODY, today=TODAY) is None


def test_the_bikram_sambat_months():
    months = calendar_names.forms(calendar_names.BIKRAM_SAMBAT_MONTHS)
    assert months["बैशाख"] == months["वैशाख"] == 1 and months["मंसिर"] == months["मङ्सिर"] == 8
    assert months["पुस"] == months["पौष"] == 9 and months["चैत"] == 12
    assert "मार्ग" not in months  # also a road


@pytest.mark.parametrize("line", [
    "विज्ञापन",
    "यो पनि पढ्नुहोस्: बगरटोलमा खानेपानी अभाव, ट्याङ्करको माग",
    "सम्बन्धित समाचार",
    "थप समाचार",
    "लोकप्रिय",
    "सेयर गर्नुहोस्",
    "प्रतिक्रिया (१२)",
    "प्रतिक्रिया दिनुहोस्",
    "ट्याग: खानेपानी, पाइप, बगरटोल",
    "हामी तपाईंको अनुभव राम्रो बनाउन कुकीज प्रयोग गर्छौं। यो साइट प्रयोग गरिरहँदा तपाईं हाम्रो कुकी नीतिमा सहमत "
    "हुनुहुन्छ। स्वीकार गर्नुहोस्",
    "© २०८३ बगरटोल खबर प्रा. लि. सर्वाधिकार सुरक्षित।",
    "तस्बिर : बगरटोल खबर",
    "पढ्न लाग्ने समय : ३ मिनेट",
    "(मगर खानेपानी विज्ञ हुन्। यो लेखमा व्यक्त विचार लेखकका निजी हुन्।)",
    "(लेखक वरिष्ठ पत्रकार हुन्।)",
])
def test_nepali_page_furniture_is_told_by_its_words(line):
    assert line_furniture(line)


@pytest.mark.parametrize("line", [
    "गाउँपालिकाले ट्याङ्करबाट पानी वितरण गर्ने निर्णय गरेको छ।",
    "स्थानीयले पाइप मर्मतमा ढिलाइ भएको भन्दै प्रतिक्रिया जनाएका छन्।",
    "वडाध्यक्षले बजेट अभाव भएको बताए।",
    "लोकप्रिय गायक रमेश थापाको बगरटोलमा हुने कार्यक्रम स्थगित भएको छ।",
    "यो पनि स्पष्ट भएको छ कि पाइप बीस वर्ष पुरानो थियो।",
    "थप समाचार सङ्कलनका लागि संवाददाता घटनास्थल पुगेका छन्।",
    "तस्बिरमा देखिएको पाइप गत वर्ष मात्र जोडिएको थियो।",
])
def test_nepali_lines_of_news_are_no_furniture(line):
    assert not line_furniture(line)
