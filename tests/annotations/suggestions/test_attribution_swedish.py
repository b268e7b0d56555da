"""Attribution in Swedish: the table ``languages.TABLES["sv"]`` (``attribution/swedish.py``). Swedish puts its finite
verb second: after a fronted "Enligt X" (according to X) the verb comes next, and it ends the source ("Enligt
polisen skadades ingen"). Every sentence here is invented for the test."""

import pytest

from annotations.suggestions.attribution import suggest_in_line
from annotations.suggestions.attribution.languages import languages
from annotations.suggestions.base import split_lines


def found(sentence):
    line = split_lines(sentence)[0]
    return [(sentence[s.start : s.end], s.source) for s in suggest_in_line(line, languages()["sv"])]


@pytest.mark.parametrize("sentence, cues", [
    ("Enligt kommunens bedömning kostar bygget omkring 40 miljoner kronor.",
     [("Enligt kommunens bedömning", "kommunens bedömning")]),
    ("Enligt polisen skadades ingen i olyckan.", [("Enligt polisen", "polisen")]),
    ("Enligt räddningstjänsten gick larmet strax efter midnatt.", [("Enligt räddningstjänsten", "räddningstjänsten")]),
    ("Enligt Trafikverket öppnas bron igen i maj.", [("Enligt Trafikverket", "Trafikverket")]),
    ("Bron öppnas igen i maj, enligt Trafikverket.", [("enligt Trafikverket", "Trafikverket")]),
    ("Rektor Anna Berg säger att skolan öppnar igen i augusti.", [("Rektor Anna Berg säger", "Rektor Anna Berg")]),
    ("– Vi gör vad vi kan, säger kommunalrådet Nils Ek.", [("säger kommunalrådet Nils Ek", "kommunalrådet Nils Ek")]),
    ("Kommunen uppger att 20 elever berörs.", [("Kommunen uppger", "Kommunen")]),
])
def test_swedish_attribution_before_and_after_the_words_said(sentence, cues):
    assert found(sentence) == cues


@pytest.mark.parametrize("sentence, cues", [
    # a title or an office set apart by commas between the name and the verb
    ("Maria Lund, ordförande i föräldraföreningen, säger att beslutet kom för sent.",
     [("Maria Lund, ordförande i föräldraföreningen, säger", "Maria Lund")]),
    ("Olof Sand, rektor på Tallbacka skola, uppger att eleverna flyttas i augusti.",
     [("Olof Sand, rektor på Tallbacka skola, uppger", "Olof Sand")]),
])
def test_a_swedish_title_between_the_source_and_the_verb_keeps_the_source(sentence, cues):
    assert found(sentence) == cues


@pytest.mark.parametrize("sentence, cues", [
    # "Det" stands for the words said before; the source follows the verb
    ("Det meddelar kommunen i ett pressmeddelande.", [("meddelar kommunen", "kommunen")]),
    ("Det uppger polisen på onsdagen.", [("uppger polisen", "polisen")]),
    ("Det berättar Maria Lund för Tallbacka Tidning.", [("berättar Maria Lund", "Maria Lund")]),
    ("– Vi gör vad vi kan, säger förvaltningschefen.", [("säger förvaltningschefen", "förvaltningschefen")]),
])
def test_a_swedish_source_after_a_fronted_det_or_the_words_said(sentence, cues):
    assert found(sentence) == cues


@pytest.mark.parametrize("sentence", [
    "Det säger mycket om kommunens planering.",  # that says a lot: no source
    "Det kräver pengar som kommunen inte har.",  # it takes money
    "Det berättar en hel del om läget.",  # it tells a great deal
])
def test_a_swedish_det_before_a_verb_and_no_source_has_no_cue(sentence):
    assert found(sentence) == []


@pytest.mark.parametrize("sentence, cues", [
    # Swedish drops "att" after a verb of thinking: a clause with its subject and finite verb follows it
    ("Rektor Anna Berg tror skolan kan öppna i augusti.", [("Rektor Anna Berg tror", "Rektor Anna Berg")]),
    ("Kommunen anser det är för tidigt att öppna bron.", [("Kommunen anser", "Kommunen")]),
])
def test_a_swedish_clause_without_att_after_a_verb_of_thinking_is_reported(sentence, cues):
    assert found(sentence) == cues


@pytest.mark.parametrize("sentence", ["Hon menar det.", "Han tror på en bättre lösning för skolan."])
def test_a_swedish_verb_of_thinking_with_no_clause_after_it_has_no_cue(sentence):
    assert found(sentence) == []
