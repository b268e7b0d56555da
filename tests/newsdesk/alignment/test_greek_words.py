"""Greek: told by its script and its function words, which are modern Greek's and compared folded, and its figures
read with a decimal comma and a thousands dot."""

import pytest

from newsdesk.importing.languages import function_words, greek_folded, is_function_word, language_of

# Invented text: a harbour road closed to cars in an invented town.
SENTENCE = "Οι δύο πρώτες ώρες θα είναι δωρεάν για όσους παρκάρουν στο νέο πάρκινγκ του λιμανιού."


@pytest.mark.parametrize("text", [
    SENTENCE,
    "ΚΛΕΙΝΕΙ ΓΙΑ ΤΑ ΑΥΤΟΚΙΝΗΤΑ Ο ΔΡΟΜΟΣ ΣΤΟ ΛΙΜΑΝΙ ΤΗΣ ΑΜΠΕΛΟΧΩΡΑΣ",
    "Ειδήσεις > Κοινωνία",  # a menu without a function word: told by its letters
])
def test_greek_is_told_by_its_script_and_its_function_words(text):
    assert language_of(text) == "el"


def test_a_greek_name_in_an_english_sentence_leaves_it_english():
    assert language_of("The mayor of Αμπελοχώρα said the harbour road would close in December.") == "en"


def test_the_function_words_are_modern_greek_and_meet_in_one_folded_form():
    assert {"και", "το", "της", "να", "θα", "στην", "από", "είναι", "ότι", "δεν"} <= function_words("el")
    assert "αὐτόσ" not in function_words("el")  # the package's list was Ancient Greek's
    for written in ("Είναι", "ΕΙΝΑΙ", "είναι", "ΤΗΣ", "Στους", "ΣΤΗΝ"):
        assert is_function_word(written.lower(), "el"), written
    assert not is_function_word("λιμάνι", "el")


def test_greek_folded_strips_accents_and_final_sigma():
    assert greek_folded("Κεραμόβρυσης") == greek_folded("ΚΕΡΑΜΟΒΡΥΣΗΣ") == "κεραμοβρυσησ"
    assert greek_folded("Μαΐου") == "μαιου"
