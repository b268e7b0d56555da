"""Swedish sums and hedges in the claims: crowns after a figure or its multiplier ("3 miljoner kronor", "150 kr"), a
multiplier and the crown written as one short word ("62 mkr", "2,5 mdkr", "400 tkr"), the words before a figure
that bound it or round it ("drygt 300", "nästan 40 procent", "runt 60 miljoner"), and figures in words ("elva", "två
miljoner"), Danish's, Norwegian's, Lithuanian's and Bulgarian's too. Every sentence here is invented for
the test."""

import pytest

from annotations.claims.normalise import details


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Den nya simhallen kostar 3 miljoner kronor.", 3_000_000),
        ("Ett månadskort kostar 150 kr för en elev.", 150),
        ("Ombyggnaden beräknas kosta 62 mkr, enligt kommunen.", 62_000_000),
        ("Vägen kostar 2,5 mdkr och blir klar 2030.", 2_500_000_000),
        ("Föreningen får 400 tkr i bidrag.", 400_000),
    ],
)
def test_a_swedish_sum_in_crowns_is_money_with_its_multiplier(sentence, value):
    figures = details(sentence, "sv").figures

    assert [(figure.kind, figure.value) for figure in figures][:1] == [("money:SEK", value)]


@pytest.mark.parametrize(
    ("sentence", "hedge", "direction"),
    [
        ("Drygt 300 elever går på skolan.", "bound", "up"),
        ("Över 300 elever går på skolan.", "bound", "up"),
        ("Minst 300 elever går på skolan.", "bound", "up"),
        ("Nästan 300 elever går på skolan.", "bound", "down"),
        ("Knappt 300 elever går på skolan.", "bound", "down"),
        ("Närmare 300 elever går på skolan.", "bound", "down"),
        ("Upp till 300 elever går på skolan.", "bound", "down"),
        ("Runt 300 elever går på skolan.", "rounded", "about"),
        ("Ungefär 300 elever går på skolan.", "rounded", "about"),
    ],
)
def test_a_swedish_hedge_says_how_a_figure_is_meant(sentence, hedge, direction):
    (figure,) = details(sentence, "sv").figures

    assert (figure.value, figure.hedge, figure.direction) == (300, hedge, direction)


def test_a_dutch_over_before_a_time_is_no_hedge():
    (figure,) = details("De school gaat over 3 weken weer open.", "nl").figures

    assert figure.hedge == ""


@pytest.mark.parametrize(
    ("sentence", "language", "kind", "value"),
    [
        ("Den nye skole koster 48 mio. kr.", "da", "money:DKK", 48_000_000),
        ("Den nye skole koster 48 millioner kroner.", "da", "money:DKK", 48_000_000),
        ("Den nye skolen koster 48 millioner kroner.", "nb", "money:NOK", 48_000_000),
    ],
)
def test_crowns_are_the_crown_of_the_pages_language(sentence, language, kind, value):
    (figure,) = details(sentence, language).figures

    assert (figure.kind, figure.value) == (kind, value)


# Number words are figures ("elva", eleven; "tolv", twelve; "två miljoner", two million), so that a sentence that
# writes its count in words links to one that writes it in figures.
@pytest.mark.parametrize(("sentence", "value"), [
    ("Konsulten tog prover på elva ställen.", 11),
    ("Efter lovet står tolv moduler klara.", 12),
    ("Renoveringen kostar två miljoner kronor.", 2_000_000),
])
def test_a_swedish_number_word_is_a_figure(sentence, value):
    assert [figure.value for figure in details(sentence, "sv").figures] == [value]


@pytest.mark.parametrize(("sentence", "language", "kind", "value"), [
    ("Elleve svømmere fik maveproblemer efter badet.", "da", "count", 11),
    ("Der kom femogtyve klager over lugten.", "da", "count", 25),
    ("Kommunen har brugt to millioner kroner på havnebadet.", "da", "money:DKK", 2_000_000),
    ("Elleve elever ble syke etter turen.", "nb", "count", 11),
    ("Kommunen har brukt to millioner kroner på skolen.", "nb", "money:NOK", 2_000_000),
    ("Pieninė atleido vienuolika darbuotojų.", "lt", "count", 11),
    ("Remontas kainuos du milijonai eurų.", "lt", "money:EUR", 2_000_000),
    ("Ūkininkams skirta dviejų milijonų eurų parama.", "lt", "money:EUR", 2_000_000),
    ("Единадесет души бяха евакуирани от блока.", "bg", "count", 11),
    ("Ремонтът на моста ще струва два милиона лева.", "bg", "money:BGN", 2_000_000),
])
def test_a_nordic_baltic_or_bulgarian_number_word_is_a_figure(sentence, language, kind, value):
    assert [(figure.kind, figure.value) for figure in details(sentence, language).figures] == [(kind, value)]


@pytest.mark.parametrize(("sentence", "language"), [
    ("Rektorn skickade en fråga till en förälder.", "sv"),  # "en": an article
    ("Flera hundra elever skrev på listan.", "sv"),  # several hundred: no figure
    ("Tusind tak for hjælpen, skrev hun.", "da"),  # thanks a lot
    ("Vienas iš ūkininkų pardavė karves.", "lt"),  # one of the farmers
])
def test_one_and_a_scale_alone_are_no_figures(sentence, language):
    assert not details(sentence, language).figures
