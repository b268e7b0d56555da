"""Claims in Bulgarian: a sum in leva after its multiplier ("2,5 млн. лв.", "14 милиона лева"), a thousand
("3 хиляди"), units after a figure in their count form ("47 км", "60 метра") and its hedges ("близо", "над"). Every
sentence here is invented for the test."""

import pytest

from annotations.claims.normalise import details


@pytest.mark.parametrize(("sentence", "value", "kind"), [
    ("Новата зала ще струва около 2,5 млн. лв., съобщиха от общината.", 2_500_000, "money:BGN"),
    ("Бюджетът на Калище е 14 милиона лева.", 14_000_000, "money:BGN"),
    ("Дарението е 700 000 лв.", 700_000, "money:BGN"),
    ("Обходният път е с 47 км по-дълъг.", 47, "unit:km"),
    ("Около 60 метра от стената паднаха.", 60, "unit:m"),
    ("На протеста дойдоха 3 хиляди души.", 3_000, "count"),
])
def test_a_bulgarian_figure_reads_its_multiplier_currency_and_unit(sentence, value, kind):
    figures = [(figure.value, figure.kind) for figure in details(sentence, "bg").figures]

    assert (value, kind) in figures


def test_a_bulgarian_hedge_bounds_its_figure():
    (figure,) = details("Близо 60 метра от стената паднаха.", "bg").figures

    assert (figure.hedge, figure.direction) == ("bound", "down")
