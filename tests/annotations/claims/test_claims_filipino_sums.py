"""Filipino sums in the claims: a multiplier with its linker and the peso after it ("2.5 milyong piso") is money;
so is the peso's sign or its letter written onto the figure ("₱10,000", "P2.5 milyon"), the letter in Filipino only.
Every sentence here is invented for the test."""

import pytest

from annotations.claims.normalise import details


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Naglaan ang lalawigan ng 3.2 milyong piso para sa bagong tulay.", 3_200_000),
        ("Aabot sa 450 libong piso ang gastos sa pagkukumpuni.", 450_000),
    ],
)
def test_a_filipino_sum_in_pesos_after_its_multiplier_is_money(sentence, value):
    figures = details(sentence, "tl").figures

    assert [(figure.kind, figure.value) for figure in figures][:1] == [("money:PHP", value)]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Makatatanggap ng ₱10,000 ang bawat pamilya.", 10_000),
        ("Naglaan ang bayan ng P2.5 milyon para sa mga pamilya.", 2_500_000),
    ],
)
def test_a_filipino_sum_behind_the_pesos_sign_is_money(sentence, value):
    figures = details(sentence, "tl").figures

    assert [(figure.kind, figure.value) for figure in figures][:1] == [("money:PHP", value)]


def test_a_capital_p_onto_a_figure_is_the_peso_in_filipino_only():
    assert [(f.kind, f.value) for f in details("Tumaas sa P500 ang pamasahe.", "tl").figures] == [("money:PHP", 500)]
    assert [(f.kind, f.value) for f in details("The P45 form came with 3 pages.", "en").figures] == [("count", 3)]


def test_the_pesos_sign_is_money_in_any_language():
    assert [(f.kind, f.value) for f in details("Each family got ₱10,000.", "en").figures] == [("money:PHP", 10_000)]
