"""Armenian sums and hedges in the claims: the dram after a figure or its multiplier ("45 միլիոն դրամ", "45 մլն դրամ",
"1,2 միլիարդ դրամ", a decimal comma), thousands ("13 հազար"), per cent ("12 տոկոսով"), and the words before a figure
that bound it or round it ("ավելի քան 4000", "առնվազն", "մոտ 4 հազար", "շուրջ 45 մլն"), and figures in number
words in their cases ("յոթ", "քսանհինգ", "տասներկուսը"). Every sentence here is invented for the test."""

import pytest

from annotations.claims.normalise import details


@pytest.mark.parametrize(("sentence", "kind", "value"), [
    ("Կամրջի վերանորոգումը կարժենա 45 միլիոն դրամ։", "money:AMD", 45_000_000),
    ("Կամրջի վերանորոգումը կարժենա 45 մլն դրամ։", "money:AMD", 45_000_000),
    ("Նոր կամուրջը կարժենա 1,2 միլիարդ դրամ։", "money:AMD", 1_200_000_000),
    ("Տոմսն արժե 300 դրամ։", "money:AMD", 300),
    ("Շրջանցիկ ճանապարհով օրական անցնում է 13 հազար մեքենա։", "count", 13_000),
    ("Երթևեկությունը նվազել է 12 տոկոսով։", "share", 0.12),
])
def test_an_armenian_sum_is_read_with_its_multiplier_and_currency(sentence, kind, value):
    figures = details(sentence, "hy").figures
    assert [(figure.kind, figure.value) for figure in figures][:1] == [(kind, value)]


@pytest.mark.parametrize(("sentence", "hedge", "direction"), [
    ("Ավելի քան 4000 տնտեսություն մնացել է առանց ջրի։", "bound", "up"),
    ("Առնվազն 300 աշակերտ չի հաճախում դպրոց։", "bound", "up"),
    ("Գրեթե 300 աշակերտ չի հաճախում դպրոց։", "bound", "down"),
    ("Մոտ 300 աշակերտ չի հաճախում դպրոց։", "rounded", "about"),
    ("Շուրջ 300 աշակերտ չի հաճախում դպրոց։", "rounded", "about"),
])
def test_an_armenian_hedge_says_how_a_figure_is_meant(sentence, hedge, direction):
    (figure,) = details(sentence, "hy").figures
    assert (figure.hedge, figure.direction) == (hedge, direction)


@pytest.mark.parametrize(("sentence", "value"), [
    ("Քաղաքի յոթ դպրոցները փակ են։", 7),
    ("Ջուրը չի լինի առնվազն երեք օր։", 3),
    ("Կամուրջը կանգուն էր քսանհինգ տարի։", 25),  # a ten and its unit written as one word
    ("Գյուղից հեռացել են երկու հարյուր ընտանիք։", 200),
    ("Տուժածներից տասներկուսը հիվանդանոցում են։", 12),  # with its article
    ("Նորոգումը կարժենա երեք միլիոն դրամ։", 3_000_000),
])
def test_an_armenian_number_word_is_a_figure(sentence, value):
    assert [figure.value for figure in details(sentence, "hy").figures] == [value]


def test_an_armenian_one_alone_is_no_figure():
    assert details("Մեկ տուն դեռ կանգուն է։", "hy").figures == ()
