"""Figures in Amharic: number words, with a preposition glued on or not, digits glued to a preposition, Ethiopic
numerals; and in English, a year group is no unit, a currency before a sum is not followed by its unit, and a label
in the first person marks a view. The sentences are invented."""

from annotations.suggestions import suggest
from annotations.suggestions.claims import ethiopic_value, markers
from annotations.suggestions.tokens import tokenize


def _claims(text):
    return [s for s in suggest(text) if s.tag == "factual_claim"]


def _reason(text):
    found = _claims(text)
    assert len(found) == 1, (text, found)
    return found[0].reason


def _markers(text):
    doc = tokenize(text)
    return [mark for sentence in doc.sents for mark in markers(sentence)]


def test_amharic_number_words_are_counts():
    for text, word in (
        ("በጎርፉ የሞቱት ሰዎች ቁጥር አራት ደርሷል።", "አራት"),  # the dead now number four
        ("ስድስት ሰዎች በእሳቱ ቆስለዋል።", "ስድስት"),  # six people were hurt in the fire
        ("በአውሎ ነፋሱ ሁለት ሰዎች ሞተዋል።", "ሁለት"),  # two people died in the storm
        ("አሥራ ሁለት ቤቶች በጎርፉ ፈርሰዋል።", "ሁለት"),  # twelve houses fell in the flood
    ):
        assert f"“{word}”" in _reason(text), text


def test_an_amharic_number_word_with_a_glued_preposition_is_a_count():
    for text, word in (
        ("አደጋው የሦስት ሰዎችን ሕይወት ቀጥፏል።", "የሦስት"),  # the accident took the lives of three people
        ("በእሳቱ ከስምንት በላይ ሱቆች ተቃጥለዋል።", "ከስምንት"),  # more than eight shops burned
        ("ጉዳቱ በዘጠኝ ቤተሰቦች ላይ ደርሷል።", "በዘጠኝ"),  # the damage fell on nine families
    ):
        assert f"“{word}”" in _reason(text), text


def test_amharic_one_and_a_definite_two_are_not_counts():
    """"አንድ" is also "a", as English's "one" is not read; "ሁለቱ" is "the two", referring back."""
    assert not _claims("አንድ የከተማው ነዋሪ ስለ መንገዱ ቅሬታ አቅርበዋል።")
    assert not _claims("ሁለቱ ከተሞች በአዲሱ መንገድ ይገናኛሉ።")


def test_digits_glued_to_an_amharic_preposition_are_a_figure():
    assert ("count", "ከ700") in _markers("ከ700 በላይ ነጋዴዎች ሱቃቸውን ዘግተዋል።")  # more than 700 traders closed
    assert ("quantity", "በ60 ቀናት") in _markers("መንገዱ በ60 ቀናት ውስጥ ይከፈታል ብለዋል።")
    assert ("quantity", "በ25 ነዋሪዎች") not in _markers("ጥናቱ በ25 ነዋሪዎች ላይ ተካሄዷል።")
    assert ("count", "በ25") in _markers("ጥናቱ በ25 ነዋሪዎች ላይ ተካሄዷል።")  # a survey of 25 residents
    assert ("date", "በ1985") in _markers("ትምህርት ቤቱ በ1985 ተከፈተ።")  # the school opened in 1985


def test_a_glued_figure_with_a_thousands_separator_is_read_whole():
    """Not "500" from "ከ8,500": the figure is the whole of it."""
    found = _markers("የዱቄት ዋጋ ከ8,500 ብር ወደ 9,200 ብር ጨምሯል።")  # flour went from 8,500 to 9,200 birr
    assert ("quantity", "ከ8,500 ብር") in found
    assert ("quantity", "9,200 ብር") in found
    assert not [words for _, words in found if words.startswith("500")]


def test_ethiopic_numerals_are_read_as_numbers():
    assert ethiopic_value("፳፫") == 23
    assert ethiopic_value("፶") == 50
    assert ethiopic_value("፻") == 100
    assert ethiopic_value("፲፻") == 1000
    assert ethiopic_value("፳፻፲፰") == 2018
    assert ethiopic_value("፼፳፫፻፵፭") == 12345
    assert ethiopic_value("፻፼") == 1_000_000


def test_ethiopic_numerals_are_figures_in_a_sentence():
    assert ("count", "፳፫") in _markers("በዓውደ ርዕዩ ፳፫ ድርጅቶች ተሳትፈዋል።")  # 23 firms took part in the fair
    assert ("count", "፴ሺህ") in _markers("ማኅበሩ ለተጎጂዎች ፴ሺህ ብር ሰጥቷል።")  # the society gave 30 thousand birr
    assert ("date", "በ፳፻፲፭") in _markers("ገበያው በ፳፻፲፭ ተሠርቷል።")  # the market was built in 2015
    assert _claims("ማኅበሩ ለተጎጂዎች ፴ሺህ ብር ሰጥቷል።")


def test_a_capitalised_year_before_a_number_is_a_year_group_not_a_unit():
    found = _markers("Nearly 1,800 Year 9 pupils at 11 schools in Brindlecombe sat the test on Friday.")
    assert ("count", "1,800") in found
    assert not [words for _, words in found if words.endswith("year")]
    assert ("quantity", "40 years") in _markers("The mill at Hexley closed after 40 years of trading on Monday.")


def test_a_currency_before_a_sum_names_the_sum_not_the_word_after_it():
    found = _markers("Tickets for the Ormside fair were sold for £30 a head on Saturday.")
    assert ("quantity", "£30") in found
    assert ("quantity", "30 a") not in found
    assert ("quantity", "$12") in _markers("Farmers in Pellow were paid $12 each for the sacks.")
    assert ("quantity", "12 dollars") in _markers("Farmers in Pellow were paid 12 dollars each for the sacks.")
    assert ("quantity", "$3.5 million") in _markers("The Tolvern trust spent $3.5 million on the new wing.")
    assert ("quantity", "£90,000") in _markers("The Dowry Lane bakery was fined £90,000 in 2021.")


def test_a_first_person_label_before_a_colon_marks_a_view_not_a_claim():
    for text in (
        "Our take: three inspectors and a fence should have been enough to stop it.",
        "Our view: two warnings in a month is two too many for the Harwick depot.",
        "My verdict: four stars for the new Castlebrook bakery.",
    ):
        assert not _claims(text), text


def test_a_label_that_is_not_in_the_first_person_keeps_its_claim():
    assert _claims("Update: three people were taken to hospital in Dunmere on Monday.")
    assert _claims("Our reporters counted 240 lorries on the Fellgate bypass on Thursday.")
