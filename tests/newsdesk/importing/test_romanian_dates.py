"""Romanian months and weekdays in the calendar table: the page dates they write and the claims' dates. Every text
here is invented for the test."""

import datetime as dt

import pytest

from annotations.claims.normalise import details
from newsdesk.importing import calendar_names, furniture_vocabulary
from newsdesk.importing.page_dates import page_date

TODAY = dt.date(2026, 3, 20)

BODY = (
    "Primăria din Valea Sălciilor a anunțat că podul de peste râu rămâne închis până la sfârșitul lunii, după o "
    "inspecție tehnică.\n\n"
    "Șoferii vor ocoli prin satul vecin, ceea ce le lungește drumul cu aproximativ douăzeci de minute pe zi.\n"
)


def page(*top: str) -> str:
    return "\n".join(top) + "\n\n" + BODY


@pytest.mark.parametrize(("top", "expected"), [
    (("Podul rămâne închis", "Ioana Mărginean", "14 martie 2025, 18:40"), dt.date(2025, 3, 14)),
    (("Podul rămâne închis", "Gazeta Vâlcenilor | 20 martie 2025 | 19:30"), dt.date(2025, 3, 20)),
    (("Podul rămâne închis", "Actualizat: 3 sept. 2024, 08:15"), dt.date(2024, 9, 3)),
    (("Podul rămâne închis", "vineri, 7 nov. 2025"), dt.date(2025, 11, 7)),
    (("Podul rămâne închis", "marţi, 2 iun. 2025, 10:05"), dt.date(2025, 6, 2)),
    (("Podul rămâne închis", "Publicat duminică, 1 decembrie 2024"), dt.date(2024, 12, 1)),
])
def test_a_romanian_page_date_is_read_by_its_month_name_or_abbreviation(top, expected):
    assert page_date(page(*top), today=TODAY) == expected


@pytest.mark.parametrize(("form", "number"), [
    ("luni", 1), ("marți", 2), ("marţi", 2), ("miercuri", 3), ("joi", 4), ("vineri", 5), ("sâmbătă", 6),
    ("sîmbătă", 6), ("sâmbăta", 6), ("duminică", 7),
])
def test_romanian_weekdays_are_read_with_the_comma_below_or_the_cedilla(form, number):
    assert calendar_names.forms(calendar_names.WEEKDAYS["ro"])[form] == number


def test_romanian_dates_are_date_names_of_the_furniture_rules():
    assert {"martie", "sept", "marți", "marţi"} <= set(furniture_vocabulary.DATE_NAMES["ro"].split())


@pytest.mark.parametrize(("sentence", "dates"), [
    ("Podul a fost închis pe 14 martie 2025, după ce 300 de locuitori au semnat.", {"day:march-14", "year:2025"}),
    ("Şedinţa a avut loc sâmbătă, pe 3 mai.", {"day:may-3", "weekday:saturday"}),
    ("Consiliul se reunește marţi, 3 iunie.", {"day:june-3", "weekday:tuesday"}),
    ("Podul se redeschide pe 3 iun. 2025.", {"day:june-3", "year:2025"}),
])
def test_a_romanian_day_and_month_are_a_claim_date_and_the_day_no_count(sentence, dates):
    found = details(sentence, "ro")

    assert dates <= found.dates
    assert all(figure.value not in (3, 14) for figure in found.figures)


def test_romanian_more_is_no_may_and_months_no_monday():
    assert not details("Primarul a spus că mai mulți angajați vor pleca.", "ro").dates
    assert not details("Anul acesta au venit cu 12 mai mulți turiști.", "ro").dates
    assert not details("Au trecut trei luni de la inundație, iar oamenii au așteptat luni de zile.", "ro").dates
    assert not details("În ultimele luni, 40 de familii s-au mutat.", "ro").dates
    assert "weekday:monday" in details("Primarul a anunțat luni că 40 de familii s-au mutat.", "ro").dates
    assert "month:may" in details("Din mai 2025, taxa crește cu 5%.", "ro").dates
