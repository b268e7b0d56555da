"""Czech titles and abbreviations written with a stop inside a sentence end no sentence; a word of the same
spelling at a sentence's end in a language that writes it as a word still ends it. Every text here is invented for
the test."""

import pytest

from newsdesk.importing.tokens import tokenize


def sentences(text):
    return [s.text for s in tokenize(text).sents]


@pytest.mark.parametrize("text", [
    "Most otevřeli v pondělí, řekl starosta obce Mgr. Karel Šindelář.",
    "Pacienty převzala nemocnice, kde je ošetřil primář MUDr. Ondřej Koubek.",
    "Na místě zasahovali hasiči, které vedl velitel npor. Aleš Trnka ze stanice v okresním městě.",
    "Vyšetřování převzal kpt. Radek Mlynář z krajského ředitelství policie.",
    "Cvičení řídil pplk. Jiří Vondra a po něm plk. Eva Fialová z velitelství.",
])
def test_a_czech_title_inside_a_sentence_ends_no_sentence(text):
    assert sentences(text) == [text]


# "Ing.", "doc." and "Bc." are also English words ("ING", "doc", "BC"): a title in a line read as Czech, which a
# paragraph is (a short line holds too few function words to be read as any language but English).
@pytest.mark.parametrize("text", [
    "Most podle starosty navrhl Ing. Pavel Hruška, který ale od té doby už pro obec nepracuje a na dotazy neodpovídá.",
    "Posudek, který si obec objednala, napsala doc. Hana Zelenková, a podle něj je hráz v tak špatném stavu, že se "
    "musí opravit ještě letos.",
    "Na hrázi podle obce pracoval i Bc. Lukáš Dolejš, který ji měřil, a podle něj se voda dostala až k její koruně.",
])
def test_a_czech_title_spelt_as_an_english_word_ends_no_sentence_in_a_czech_paragraph(text):
    assert sentences(text) == [text]


@pytest.mark.parametrize("text", [
    "Podle vyhlášky č. 5 musí obec opravit hráz do konce roku, oznámil úřad.",
    "Obec chce postavit tzv. Horní poldr, který zadrží vodu nad městem.",
    "Kraj na opravy vyčlenil 12 mil. Kč z rezervy, o dalších penězích se povede jednání.",
    "Škody dosáhly 2 mld. Kč a na opravy půjde asi 300 tis. Kč z rozpočtu obce.",
    "Poškozené jsou domy v několika ulicích, např. Lipová a Zahradní.",
])
def test_a_czech_abbreviation_inside_a_sentence_ends_no_sentence(text):
    assert sentences(text) == [text]


@pytest.mark.parametrize(("text", "expected"), [
    ("El puente costó cuarenta mil. Los vecinos pagaron la mitad del precio de la obra.",
     ["El puente costó cuarenta mil.", "Los vecinos pagaron la mitad del precio de la obra."]),
    ("The coin was struck in 44 BC. It was found by a farmer near the river.",
     ["The coin was struck in 44 BC.", "It was found by a farmer near the river."]),
    ("The council sent us the doc. It runs to forty pages and nobody has read it.",
     ["The council sent us the doc.", "It runs to forty pages and nobody has read it."]),
])
def test_a_czech_abbreviation_spelt_as_another_languages_word_ends_that_languages_sentence(text, expected):
    assert sentences(text) == expected
