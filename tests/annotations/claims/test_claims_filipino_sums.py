"""Filipino sums in the claims: a multiplier with its linker and the peso after it ("2.5 milyong piso") is money;
the peso's sign and letter before the figure ("₱10,000", "P2.5 milyon") are a known limit. Every sentence here is
invented for the test."""

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


@pytest.mark.xfail(strict=True, reason="the peso's sign and its letter before a figure are read as no currency, and "
                                       "'P2.5' as a figure cut at its point")
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
