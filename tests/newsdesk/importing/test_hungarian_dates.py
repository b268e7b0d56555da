"""Hungarian dates, written year first with a stop after the year, its months and weekdays with their case endings:
the page dates they write and the claims' dates. Every text here is invented for the test."""

import datetime as dt

import pytest

from annotations.claims.normalise import details
from newsdesk.importing import calendar_names, furniture_vocabulary
from newsdesk.importing.page_dates import page_date

TODAY = dt.date(2026, 3, 20)

BODY = (
    "Hétfőtől lezárják a Malomvölgy felé vezető hidat, mert a téli fagyok után repedéseket találtak a pillérein, "
    "közölte az önkormányzat.\n\n"
    "A kerülőút nagyjából tizenöt perccel hosszabb, a menetrend szerinti buszok a szomszédos falun át járnak.\n"
)


def page(*top: str) -> str:
    return "\n".join(top) + "\n\n" + BODY


@pytest.mark.parametrize(("top", "expected"), [
    (("Lezárják a hidat", "2025. november 18., kedd 11:07 | frissítve: 2025. november 18. 13:20"),
     dt.date(2025, 11, 18)),
    (("Lezárják a hidat", "Tóth Anna", "2025. 11. 18. 14:35"), dt.date(2025, 11, 18)),
    (("Lezárják a hidat", "Közzétéve: 2025. március 3. 18:30"), dt.date(2025, 3, 3)),
    (("Lezárják a hidat", "Kovács Péter | 2024. szept. 9."), dt.date(2024, 9, 9)),
    (("Lezárják a hidat", "2025. október 20., hétfő"), dt.date(2025, 10, 20)),
])
def test_a_hungarian_page_date_is_read_year_first(top, expected):
    assert page_date(page(*top), today=TODAY) == expected


def test_a_year_and_two_counts_are_no_hungarian_date():
    assert page_date(page("Lezárják a hidat", "2025. 11 busz, 18 megálló"), today=TODAY) is None


@pytest.mark.parametrize(("form", "number"), [
    ("március", 3), ("márciusban", 3), ("áprilisban", 4), ("októberben", 10), ("novembertől", 11),
    ("decemberig", 12), ("januári", 1),
])
def test_a_hungarian_month_takes_the_ending_its_vowels_call_for(form, number):
    assert calendar_names.forms(calendar_names.MONTHS["hu"])[form] == number


def test_hungarian_dates_are_date_names_of_the_furniture_rules():
    assert {"november", "kedden", "csütörtökön", "szept"} <= set(furniture_vocabulary.DATE_NAMES["hu"].split())


@pytest.mark.parametrize(("sentence", "dates"), [
    ("A fürdő 2025. december 1-jétől egy évre bezár, jelentette be kedden a társaság.",
     {"day:december-1", "year:2025", "weekday:tuesday"}),
    ("A képviselő-testület november 20-án, csütörtökön ülésezik.", {"day:november-20", "weekday:thursday"}),
    ("Decemberben zár be a fürdő.", {"month:december"}),
])
def test_a_hungarian_month_and_day_are_a_claim_date_and_the_day_no_count(sentence, dates):
    found = details(sentence, "hu")

    assert dates <= found.dates
    assert all(figure.value not in (1, 20) for figure in found.figures)
