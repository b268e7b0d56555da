"""Swahili's figures in words are read by the one reader of number words (``worded_runs.read_runs``), as every
other language's are: a run of number words becomes one token of digits spanning them, then read as a figure
written in digits is, with its currency before it, its unit or scale after it, the noun before it that it counts
and its hedge; an ordinal after the particle of "of" stays a rank. A figure in words is no year and no day of a
month, and a number word is never the noun a figure counts. Every sentence here is invented for the test."""

import pytest

from annotations.claims.normalise import _swahili_figures as swahili_figures
from annotations.claims.normalise import details, tokens


def figures(text):
    return [(f.value, f.kind, f.hedge, f.direction, sorted(f.nouns)) for f in details(text, "sw").figures]


def test_a_run_of_swahili_number_words_is_one_token_of_digits_spanning_them():
    text = "Nyumba elfu mbili mia tano zimebomolewa Kisaru."
    toks = swahili_figures(tokens(text, "sw"))
    assert toks[1] == ("2500", text.index("elfu"), text.index(" zimebomolewa"))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Wagonjwa mia tatu walilazwa katika hospitali ya Kisaru.", [(300.0, "count", "", "", ["wagonjwa"])]),
        ("Zaidi ya wagonjwa elfu mbili walilazwa Kisaru.", [(2000.0, "count", "bound", "up", ["wagonjwa"])]),
        ("Kifo cha nne kimeripotiwa katika kijiji cha Kisaru.", [(4.0, "rank", "", "", [])]),
        (
            "Halmashauri ya Kisaru imetumia Sh milioni 2.5 kwa dawa.",
            [(2_500_000.0, "money:SHILLING", "", "", ["imetumia"])],
        ),
        ("Asilimia thelathini ya wakazi wa Kisaru wamepona.", [(0.3, "share", "", "", [])]),
    ],
)
def test_swahili_figures_in_words_read_as_before(sentence, expected):
    assert figures(sentence) == expected


def test_a_swahili_figure_in_words_is_no_year():
    found = details("Watu elfu mbili wamehama kutoka Kisaru.", "sw")
    assert not found.dates and [f.value for f in found.figures] == [2000.0]


def test_a_swahili_number_word_is_no_noun_a_figure_counts():
    assert figures("Mwaka elfu mbili ishirini na tano ulikuwa mgumu kwa Kisaru.") == [
        (2000.0, "count", "", "", ["mwaka"]),
        (25.0, "count", "", "", []),  # "mbili" (two) before it was read as its noun
    ]
