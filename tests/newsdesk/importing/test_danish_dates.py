"""Danish dates, written day first with a stop after the day ("14. marts 2025", "fredag den 14. marts"), its months
and weekdays in small letters: the page dates they write and the claims' dates and sums. Every text here is invented
for the test."""

import datetime as dt

import pytest

from annotations.claims.normalise import details
from newsdesk.importing import calendar_names, furniture_vocabulary
from newsdesk.importing.page_dates import page_date

TODAY = dt.date(2026, 3, 20)

BODY = (
    "Kommunen lægger de to skoler sammen efter sommerferien, fordi der bliver færre elever i landsbyerne, oplyser "
    "forvaltningen.\n\n"
    "Forældrene i skolebestyrelsen er utilfredse og vil bede byrådet om at udskyde beslutningen et år.\n"
)


def page(*top: str) -> str:
    return "\n".join(top) + "\n\n" + BODY


@pytest.mark.parametrize(
    ("top", "expected"),
    [
        (("To skoler bliver til én", "14. marts 2025"), dt.date(2025, 3, 14)),
        (("To skoler bliver til én", "Fredag den 14. marts 2025 kl. 10.42"), dt.date(2025, 3, 14)),
        (("To skoler bliver til én", "Af Hanne Berg | 3. december 2024"), dt.date(2024, 12, 3)),
    ],
)
def test_a_danish_page_date_is_read(top, expected):
    assert page_date(page(*top), today=TODAY) == expected


@pytest.mark.parametrize(("form", "number"), [("marts", 3), ("maj", 5), ("december", 12)])
def test_a_danish_month_is_a_month(form, number):
    assert calendar_names.forms(calendar_names.MONTHS["da"])[form] == number


def test_danish_dates_are_date_names_of_the_furniture_rules():
    assert {"marts", "fredag", "torsdags", "lørdagens"} <= set(furniture_vocabulary.DATE_NAMES["da"].split())


@pytest.mark.parametrize(
    ("sentence", "dates"),
    [
        (
            "Skolerne lægges sammen fredag den 14. marts 2025, siger borgmesteren.",
            {"day:march-14", "year:2025", "weekday:friday"},
        ),
        (
            "Forældrene, der mødtes i torsdags, vil tale om det på lørdagens møde.",
            {"weekday:thursday", "weekday:saturday"},
        ),
    ],
)
def test_a_danish_day_and_month_are_a_claim_date_and_the_day_no_count(sentence, dates):
    found = details(sentence, "da")

    assert dates <= found.dates
    assert all(figure.value != 14 for figure in found.figures)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Den nye skole koster 48 millioner kroner.", 48_000_000),
        ("Den nye skole koster 48 mio. kr.", 48_000_000),
        ("Ombygningen koster 1,2 milliarder kroner.", 1_200_000_000),
        ("Der kommer 3 tusind besøgende.", 3_000),
    ],
)
def test_a_danish_sum_is_read_with_its_multiplier(sentence, value):
    assert [figure.value for figure in details(sentence, "da").figures] == [value]


@pytest.mark.parametrize(
    ("sentence", "hedge", "direction"),
    [
        ("Den nye skole koster knap 50 millioner kroner.", "bound", "down"),
        ("Omkring 300 elever skifter skole.", "rounded", "about"),
        ("Mindst 23 lærere bliver på skolen.", "bound", "up"),
    ],
)
def test_a_danish_hedge_says_how_a_figure_is_meant(sentence, hedge, direction):
    (figure,) = details(sentence, "da").figures

    assert (figure.hedge, figure.direction) == (hedge, direction)
