"""Filipino hedges and units in the claims: "mga" and "humigit-kumulang" before a figure round it (about), "mahigit"
and "hindi bababa sa" bound it from below, "halos" and "kulang sa" from above; "kilometro", "oras", "araw", "buwan"
and "taon" after a figure are what it counts. Every sentence here is invented for the test."""

import pytest

from annotations.claims.normalise import details


@pytest.mark.parametrize(("sentence", "hedge", "direction"), [
    ("Lumikas ang mga 200 pamilya mula sa baybayin.", "rounded", "about"),
    ("Humigit-kumulang 150 ang sugatan sa banggaan.", "rounded", "about"),
    ("Tinatayang 500 ang dumalo sa pulong sa plaza.", "rounded", "about"),
    ("Mahigit 300 katao ang lumikas sa bayan.", "bound", "up"),
    ("Hindi bababa sa 12 ang nasawi sa sunog.", "bound", "up"),
    ("Halos 40 bahay ang nasira ng bagyo.", "bound", "down"),
    ("Kulang sa 20 ang dumalo sa pagdinig.", "bound", "down"),
])
def test_a_filipino_hedge_before_a_figure_is_read(sentence, hedge, direction):
    (figure,) = details(sentence, "tl").figures

    assert (figure.hedge, figure.direction) == (hedge, direction)


@pytest.mark.parametrize(("sentence", "value", "kind"), [
    ("Naglakad sila nang mga dalawang kilometro papunta sa paaralan.", 2, "unit:km"),
    ("Tumagal ng 3 oras ang paghahanap sa mga nawawala.", 3, "unit:hour"),
    ("Sarado ang tulay nang 5 araw dahil sa pagkukumpuni.", 5, "unit:day"),
    ("Aabutin ng 6 na buwan ang pagpapagawa ng pantalan.", 6, "unit:month"),
    ("Naglingkod siya bilang kapitan sa loob ng 12 taon.", 12, "unit:year"),
])
def test_a_filipino_unit_after_a_figure_is_what_it_counts(sentence, value, kind):
    (figure,) = details(sentence, "tl").figures

    assert (figure.value, figure.kind) == (value, kind)


def test_the_plural_marker_before_a_noun_hedges_nothing():
    (figure,) = details("Dumating ang 30 mga boluntaryo mula sa lungsod.", "tl").figures

    assert (figure.value, figure.hedge) == (30, "")
