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


def test_greek_words_skip_function_words_in_any_case_and_accent():
    from newsdesk.alignment.words import terms_with_surface, unigrams

    text = "ΣΤΗΝ ΑΜΠΕΛΟΧΩΡΑ θα είναι κλειστός ο δρόμος της Αγοράς και του λιμανιού"

    terms = unigrams(text, "el")
    assert not {"στην", "θα", "ειναι", "ο", "τησ", "της", "και", "του", "τ", "κα"} & set(terms)
    assert not any(len(term) < 2 for term in terms)
    phrases = [term for term, _ in terms_with_surface(text, "el") if " " in term]
    assert not any(word in ("θα", "ειναι", "και") for phrase in phrases for word in phrase.split())


@pytest.mark.parametrize(("written", "language", "read"), [
    ("0,80", "el", "0.80"), ("9.500", "el", "9500"), ("2.380.000", "el", "2380000"), ("58,4", "el", "58.4"),
    ("1.234,5", "de", "1234.5"), ("1,2", "pt", "1.2"), ("2.5", "el", "2.5"),
    ("0.80", "en", "0.80"), ("1,200", "en", "1200"), ("9.500", "en", "9.500"), ("0,80", None, "080"),
])
def test_a_figure_is_read_as_its_language_writes_it(written, language, read):
    from newsdesk.alignment.words import figure

    assert figure(written, language) == read


def test_a_greek_figure_meets_the_same_figure_written_the_english_way():
    from newsdesk.alignment.words import unigrams

    assert "0.80" in unigrams("Το εισιτήριο κοστίζει 0,80 ευρώ για όλους τους επιβάτες.", "el")
    assert "9500" in unigrams("Περίπου 9.500 επισκέπτες ήρθαν στην πόλη.", "el")
    assert "0.80" in unigrams("The ticket costs 0.80 euros.", "en")


GREEK_TEXTS = [
    "Η Αμπελοχώρα κλείνει τον παραλιακό δρόμο. Οι έμποροι είναι αντίθετοι και θα προσφύγουν στην Αποκεντρωμένη "
    "Διοίκηση.",
    "Οι έμποροι της Αμπελοχώρας καταθέτουν προσφυγή στην Αποκεντρωμένη Διοίκηση για τον παραλιακό δρόμο.",
    "Ο δήμαρχος λέει ότι ο παραλιακός δρόμος θα γίνει πεζόδρομος. Μπορούν να φτάνουν με τα πόδια.",
    "Το πρώτο χειμώνα ο τζίρος έπεσε, λένε οι έμποροι της πόλης.",
]


def test_greek_labels_neither_open_on_an_article_or_a_preposition_nor_end_on_a_function_word_or_a_verb():
    from newsdesk.alignment import labels
    from newsdesk.importing.languages import is_function_word

    reading = labels.reading_of(GREEK_TEXTS)
    assert isinstance(reading, labels.RunReading) and reading.language == "el"
    assert {"φτάνουν", "προσφύγουν", "καταθέτουν"} <= reading.verbs
    for text in GREEK_TEXTS:
        spans = reading.spans(text)
        words = [token for token, _, _ in spans]
        for phrase, *_ in reading.candidates(words, text, [(start, end) for _, start, end in spans]):
            first, last = phrase.split()[0], phrase.split()[-1]
            assert not is_function_word(first.lower(), "el") and not is_function_word(last.lower(), "el"), phrase
            assert last.lower() not in reading.verbs, phrase
            assert " ο " not in f" {phrase.lower()} "[1:], phrase  # no second noun phrase opened by an article
    result = labels.label_topics(GREEK_TEXTS[:2], [0, 0], ["a", "b"])
    assert result[0] in ("Αποκεντρωμένη Διοίκηση", "Προσφυγή στην Αποκεντρωμένη Διοίκηση", "Παραλιακό δρόμο",
                         "Παραλιακό δρόμο", "Έμποροι"), result
