"""Claims: one table of Urdu's letter names for every reader, and abbreviations spelt with them one term each."""

import pytest

from annotations.claims import linking
from annotations.claims.linking import _script_terms
from newsdesk.alignment import urdu
from newsdesk.alignment.words import LANGUAGE_STOP_WORDS
from newsdesk.importing import languages


def test_urdu_letter_names_are_one_table():
    assert linking.SPELT_LETTERS["ur"] is languages.URDU_LETTER_NAMES
    assert urdu.LETTER_NAMES is languages.URDU_LETTER_NAMES
    assert {languages.lookup_form(name, languages.URDU) for name in languages.URDU_LETTER_NAMES} <= (
        LANGUAGE_STOP_WORDS[languages.URDU])
    assert "کے" not in languages.URDU_LETTER_NAMES  # K's name is the postposition


@pytest.mark.parametrize(("text", "term"), [
    ("پولیس کے ڈی آئی جی نے موقع کا دورہ کیا۔", "ڈی_آئی_جی"),
    ("تھانے کے ایس ایچ او نے مقدمہ درج کیا۔", "ایس_ایچ_او"),
])
def test_urdu_abbreviations_ending_on_a_letter_that_is_also_a_word_are_one_term(text, term):
    assert term in _script_terms(text, "ur")
