"""Georgian and Armenian are told by their scripts, and their function words are skipped as words."""

from newsdesk.alignment.words import unigrams
from newsdesk.importing import languages
from newsdesk.importing.languages import function_words, language_of


def test_georgian_is_told_by_its_script_even_with_latin_names_on_the_page():
    text = "მერიამ განაცხადა, რომ ხიდი ორ კვირაში გაიხსნება. ფოტო: Reuters / TV Ambebi"

    assert language_of(text) == languages.GEORGIAN == "ka"


def test_a_georgian_headline_without_a_function_word_is_georgian():
    assert language_of("წყალდიდობა ზემო ხევში") == "ka"


def test_armenian_is_told_by_its_script():
    assert language_of("Քաղաքապետարանը հայտնել է, որ կամուրջը կբացվի երկու շաբաթից։") == "hy"


def test_georgian_conjunctions_pronouns_and_copula_are_its_function_words_and_its_nouns_are_not():
    words = function_words("ka")

    assert {"და", "რომ", "კი", "მაგრამ", "ის", "არის", "იყო", "შესახებ", "მიხედვით"} <= words
    assert not {"ხიდი", "სოფელი", "მერი", "გზა", "წყალი"} & words


def test_a_georgian_passage_keeps_its_content_words_and_skips_its_function_words():
    terms = unigrams("მცხოვრებლებმა თქვეს, რომ ხიდი და გზა კი დაზიანდა, მაგრამ ისინი მაინც სოფელში დარჩნენ.")

    assert not {"რომ", "და", "კი", "მაგრამ", "ისინი", "მაინც"} & set(terms)
    assert {"ხიდი", "გზა", "დაზიანდა"} <= set(terms)


def test_armenian_function_words_come_from_stopwords_iso():
    assert {"և", "որ", "է", "համար"} <= function_words("hy")
