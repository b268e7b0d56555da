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


def test_a_bulgarian_sum_and_a_half_in_words_is_read():
    (figure,) = details("Ремонтът на моста ще струва два милиона и половина лева.", "bg").figures

    assert (figure.value, figure.kind) == (2_500_000, "money:BGN")


@pytest.mark.parametrize(("sentence", "value"), [
    ("На площада се събраха шейсетина души.", 60),
    ("Евакуирани бяха двайсетина семейства.", 20),
    ("Стотина коли чакаха на границата.", 100),
])
def test_a_bulgarian_round_count_in_one_word_is_a_figure_about_that_size(sentence, value):
    (figure,) = details(sentence, "bg").figures

    assert (figure.value, figure.hedge, figure.direction) == (value, "rounded", "about")
