"""Norwegian sums and hedges in the claims: "mill." and "mrd." cut short before the crown ("35 mill. kroner", "1,2
mrd. kr"), the words before a figure that bound it or round it ("drøyt 300", "nesten 40", "rundt 60", "i underkant
av 300"), and an hour range written with "til" after the word for o'clock ("klokken 06 til 23"), which is a time of
day and no count. Every sentence here is invented for the test."""

import pytest

from annotations.claims.normalise import details


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Rassikringen er beregnet til 35 mill. kroner.", 35_000_000),
        ("Den nye hallen koster 35 mill. kr.", 35_000_000),
        ("Den nye tunnelen koster 1,2 mrd. kroner.", 1_200_000_000),
        ("Sykehjemmet har kostet 184 millioner kroner.", 184_000_000),
    ],
)
def test_a_norwegian_sum_with_its_multiplier_cut_short_is_money(sentence, value):
    figures = details(sentence, "nb").figures

    assert [(figure.kind, figure.value) for figure in figures][:1] == [("money:NOK", value)]


@pytest.mark.parametrize(
    ("sentence", "hedge", "direction"),
    [
        ("Drøyt 300 elever går på skolen.", "bound", "up"),
        ("Over 300 elever går på skolen.", "bound", "up"),
        ("Minst 300 elever går på skolen.", "bound", "up"),
        ("Mer enn 300 elever går på skolen.", "bound", "up"),
        ("Nesten 300 elever går på skolen.", "bound", "down"),
        ("Snaut 300 elever går på skolen.", "bound", "down"),
        ("Knapt 300 elever går på skolen.", "bound", "down"),
        ("Opptil 300 elever går på skolen.", "bound", "down"),
        ("I underkant av 300 elever går på skolen.", "bound", "down"),
        ("Rundt 300 elever går på skolen.", "rounded", "about"),
        ("Omtrent 300 elever går på skolen.", "rounded", "about"),
        ("Cirka 300 elever går på skolen.", "rounded", "about"),
    ],
)
def test_a_norwegian_hedge_says_how_a_figure_is_meant(sentence, hedge, direction):
    (figure,) = details(sentence, "nb").figures

    assert (figure.value, figure.hedge, figure.direction) == (300, hedge, direction)


def test_an_hour_range_with_til_after_the_word_for_oclock_is_no_count():
    assert not details("Ferja går hver time fra klokken 06 til 23.", "nb").figures
    assert not details("Ferja går fra kl. 6 til 23 hver dag.", "nb").figures
