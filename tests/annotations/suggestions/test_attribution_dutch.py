"""Attribution in Dutch: its table's cues and sources, and the near misses that share their words."""

import pytest

from annotations.suggestions import suggest
from annotations.suggestions.attribution.languages import language_of
from annotations.suggestions.base import split_lines

# A sentence before the one under test, so that the article is told to be Dutch.
DUTCH_LEAD = "De gemeente heeft deze winter de tarieven verhoogd en de raad is het er niet mee eens. "


def found(sentence):
    text = DUTCH_LEAD + sentence
    return [(text[s.start : s.end], s.source) for s in suggest(text, tag="attribution") if s.start >= len(DUTCH_LEAD)]


@pytest.mark.parametrize("sentence, cues", [
    ("\"We hebben geen keus\", zei wethouder Marloes Tichelaar.",
     [("zei wethouder Marloes Tichelaar", "wethouder Marloes Tichelaar")]),
    ("Volgens de brandweer liggen er nog drie schepen in de haven.", [("Volgens de brandweer", "de brandweer")]),
    ("De kosten stijgen, aldus de waterschappen.", [("aldus de waterschappen", "de waterschappen")]),
    ("Het Waterschap Veluwerand liet weten dat de dijk wordt versterkt.",
     [("Het Waterschap Veluwerand liet weten", "Het Waterschap Veluwerand")]),
    ("Het gaat om zeven woningen, meldde de Dienst Wegen en Bruggen zondag.",
     [("meldde de Dienst Wegen en Bruggen", "de Dienst Wegen en Bruggen")]),
    ("De provincie verklaarde dat de weg maandag weer opengaat.",
     [("De provincie verklaarde", "De provincie")]),
    ("\"Het is een zware week\", zegt hij.", [("zegt hij", "")]),
])
def test_a_dutch_cue_and_its_source(sentence, cues):
    assert found(sentence) == cues


@pytest.mark.parametrize("sentence", [
    "De raad liet de vergadering een uur later beginnen.",  # "liet" without "weten"
    "Ze stelt een nieuwe datum voor de opening vast.",  # "stelt" without a clause
    "Hij vertelt elke avond een verhaal aan zijn kinderen.",
    "\"Volgens mij zei niemand iets\", lacht de buurvrouw.",  # inside a quotation
])
def test_a_dutch_near_miss_is_no_cue(sentence):
    assert found(sentence) == []


def test_an_article_in_dutch_is_read_with_the_dutch_table():
    assert language_of(split_lines(DUTCH_LEAD)).code == "nl"


@pytest.mark.parametrize("sentence, source", [
    ("Volgens de Rijksinspectie Dier en Voedsel is het vlees veilig.", "de Rijksinspectie Dier en Voedsel"),
    ("Volgens de Rijksinspectie Dier en Voedsel (RDV) is het vlees veilig.", "de Rijksinspectie Dier en Voedsel"),
    ("\"Het vlees is veilig\", zei de Rijksinspectie Dier en Voedsel.", "de Rijksinspectie Dier en Voedsel"),
    # the second name opens a clause with its own verb
    ("\"Er is geen water\", zei Jan Bakker en Piet de Vries knikte.", "Jan Bakker"),
    ("\"Er is geen water\", zei Jan Bakker en Piet de Vries knikte instemmend.", "Jan Bakker"),
])
def test_a_name_holding_and_is_joined_only_when_the_phrase_closes_after_it(sentence, source):
    assert [s for _, s in found(sentence)] == [source]


@pytest.mark.parametrize("sentence, cues", [
    ("\"Het kan niet\", zei gisteren Smit.", [("zei gisteren Smit", "Smit")]),
    ("\"Het kan niet\", zei vanochtend Smit.", [("zei vanochtend Smit", "Smit")]),
    ("\"Het kan niet\", zei ook Smit.", [("zei ook Smit", "Smit")]),
    ("\"Het kan niet\", zei maandag Smit.", [("zei maandag Smit", "Smit")]),
    ("\"Het kan niet\", zei woordvoerder Smit.", [("zei woordvoerder Smit", "woordvoerder Smit")]),  # a title
])
def test_an_adverb_between_the_verb_and_the_name_is_no_title(sentence, cues):
    assert found(sentence) == cues


@pytest.mark.parametrize("sentence, source", [
    ("Volgens de woordvoerder van zijn partij is het plan van tafel.", "de woordvoerder van zijn partij"),  # his
    ("Volgens de woordvoerder zijn de plannen van tafel.", "de woordvoerder"),  # the verb "are"
    ("Volgens zijn woordvoerder is het plan van tafel.", "zijn woordvoerder"),
])
def test_zijn_after_a_link_word_is_a_possessive_and_does_not_end_the_source(sentence, source):
    assert [s for _, s in found(sentence)] == [source]
