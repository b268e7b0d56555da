"""Khmer text on import: a text in the Khmer script is read as Khmer, a page's date written with a Khmer month
("ថ្ងៃទី៣ ខែមេសា ឆ្នាំ២០២៦", "០៣ មេសា ២០២៦") in Khmer digits or others, its headline under a masthead, and its
furniture lines. Every text here is invented for the test."""

import datetime as dt

import pytest

from newsdesk.alignment import furniture
from newsdesk.importing.furniture_lines import line_furniture
from newsdesk.importing.headline import headline
from newsdesk.importing.languages import language_of
from newsdesk.importing.page_dates import page_date

TODAY = dt.date(2026, 12, 20)
BODY = ("ស្ពានចាស់នៅក្រុងភ្នំត្រែង ត្រូវបានបិទកាលពីម្សិលមិញ ហើយយានយន្តត្រូវធ្វើដំណើរវាងប្រមាណ ១២ គីឡូម៉ែត្រ "
        "នេះបើតាមការឲ្យដឹងរបស់អាជ្ញាធរក្រុង។ ការជួសជុលស្ពាននឹងចំណាយពេលប្រមាណបីខែ។\n\n"
        "ពលរដ្ឋម្នាក់ លោកស្រី សុខ ចន្ថា បាននិយាយថា៖ «កូនៗខ្ញុំពិបាកទៅសាលារៀនណាស់»។\n")


def test_a_text_in_the_khmer_script_is_khmer():
    assert language_of(BODY) == "km"
    assert language_of("ស្ពានចាស់នៅភ្នំត្រែងត្រូវបិទ យានយន្តត្រូវធ្វើដំណើរវាង") == "km"


@pytest.mark.parametrize("top, expected", [
    (("ស្ពានភ្នំត្រែងបិទ", "ថ្ងៃពុធ ទី៣ ខែមេសា ឆ្នាំ២០២៦ | ម៉ោង ០៩:១៥"), dt.date(2026, 4, 3)),
    (("ស្ពានភ្នំត្រែងបិទ", "ដោយ៖ សុខ ចន្ថា | ថ្ងៃទី21 ខែកក្កដា ឆ្នាំ2026"), dt.date(2026, 7, 21)),
    (("ស្ពានភ្នំត្រែងបិទ", "ភ្នំត្រែងប៉ុស្តិ៍ | ០៣ មេសា ២០២៦ | ១៤:០៥"), dt.date(2026, 4, 3)),
    (("ស្ពានភ្នំត្រែងបិទ", "ធ្វើនៅក្រុងភ្នំត្រែង ថ្ងៃទី២៩ ខែធ្នូ ឆ្នាំ២០២៥"), dt.date(2025, 12, 29)),
])
def test_a_page_date_with_a_khmer_month(top, expected):
    assert page_date("\n".join(top) + "\n\n" + BODY, today=TODAY) == expected


def test_a_khmer_headline_under_its_outlets_masthead_and_menu():
    page = ("ភ្នំត្រែងប៉ុស្តិ៍\nទំព័រដើម | ជាតិ | អន្តរជាតិ | កីឡា\n\nព័ត៌មានជាតិ\n\n"
            "ស្ពានចាស់ភ្នំត្រែងបិទ យានយន្តត្រូវវាង ១២ គីឡូម៉ែត្រ\n\nថ្ងៃទី៣ ខែមេសា ឆ្នាំ២០២៦\n\n" + BODY)
    assert headline(page) == "ស្ពានចាស់ភ្នំត្រែងបិទ យានយន្តត្រូវវាង ១២ គីឡូម៉ែត្រ"


@pytest.mark.parametrize("line", [
    "ពាណិជ្ជកម្ម",
    "ចែករំលែក Facebook | Telegram | ចម្លងតំណ",
    "ព័ត៌មានពាក់ព័ន្ធ",
    "អត្ថបទទាក់ទង",
    "ពេញនិយមបំផុត",
    "មតិយោបល់ (១២)",
    "អានបន្ថែម៖ ផ្លូវជាតិលេខ៥ លិចទឹក",
    "ដោយ៖ សុខ ចន្ថា",
    "រូបភាព៖ ស្ពានចាស់ដែលត្រូវបិទ (ភ្នំត្រែងប៉ុស្តិ៍)",
    "រក្សាសិទ្ធិគ្រប់យ៉ាងដោយ ភ្នំត្រែងប៉ុស្តិ៍ © ២០២៦",
    "ស្លាក៖ ភ្នំត្រែង | ស្ពាន | ទឹកជំនន់",
])
def test_khmer_page_furniture_is_told_by_its_words(line):
    assert line_furniture(line)


def test_a_khmer_sentence_of_the_story_is_no_furniture():
    assert not furniture.furniture_reasons(BODY.split("\n\n")[0], language="km")
    assert not line_furniture(BODY.split("\n\n")[0])


def test_a_khmer_clause_that_closes_on_its_colon_before_numbered_points_is_the_story():
    decisions = ("ដើម្បីសុវត្ថិភាពអ្នកដំណើរ សាលាក្រុងបានសម្រេច៖\n"
                 "១- បិទស្ពានចាស់ ចាប់ពីថ្ងៃទី៥ ដល់ថ្ងៃទី២០ ខែមេសា\n"
                 "២- រៀបចំទូកចម្លងបណ្ដោះអាសន្ន នៅកំពង់ផែខាងជើង")
    assert not furniture.furniture_reasons(decisions, language="km")


@pytest.mark.parametrize("line, expected", [
    ("នៅថ្ងៃទី៤ ខែមីនា ឆ្នាំ២០២៦", dt.date(2026, 3, 4)),
    ("កាលពីថ្ងៃទី១២ ខែមីនា ឆ្នាំ២០២៦", dt.date(2026, 3, 12)),
    ("ដល់ថ្ងៃទី១៣ ខែមីនា ឆ្នាំ២០២៦", dt.date(2026, 3, 13)),
    # "ទី" closing another word ("នាទី", minute) opens no date.
    ("រយៈពេលប្រាំនាទី ៤ ខែមីនា ឆ្នាំ២០២៦", None),
])
def test_a_khmer_date_with_a_preposition_written_onto_its_day(line, expected):
    assert page_date(line) == expected


def test_the_khmer_letters_are_defined_once():
    from annotations.claims import normalise
    from newsdesk.importing import khmer, languages

    letters = khmer.CONSONANT_OR_INDEPENDENT_VOWEL
    assert normalise.KHMER_CONSONANT_OR_INDEPENDENT_VOWEL is letters and languages.KHMER_LETTERS is letters


def test_the_khmer_patterns_say_by_their_names_which_letters_they_match():
    from newsdesk.importing import khmer

    consonant, independent_vowel, vowel_sign, digit = "ក", "ឥ", "ា", "៥"
    assert khmer.CONSONANT.match(consonant) and not khmer.CONSONANT.match(independent_vowel)
    assert khmer.CONSONANT_OR_INDEPENDENT_VOWEL.match(consonant)
    assert khmer.CONSONANT_OR_INDEPENDENT_VOWEL.match(independent_vowel)
    for other in (vowel_sign, digit):
        assert not khmer.CONSONANT.match(other) and not khmer.CONSONANT_OR_INDEPENDENT_VOWEL.match(other)
    assert not hasattr(khmer, "LETTER") and not hasattr(khmer, "KHMER_LETTER")
