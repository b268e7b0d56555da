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
