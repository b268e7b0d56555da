"""Lithuanian dates, the year with "m." and the day with "d." around the month's genitive ("2025 m. kovo 11 d."),
its months and weekdays in the cases a date writes: the page dates they write and the claims' dates. Every text
here is invented for the test."""

import datetime as dt

import pytest

from annotations.claims.normalise import details
from newsdesk.importing import calendar_names, furniture_vocabulary
from newsdesk.importing.page_dates import page_date

TODAY = dt.date(2026, 3, 20)

BODY = (
    "Nuo pirmadienio uždaromas tiltas per Mėlupę, nes po žiemos šalčių jo atramose rasta plyšių, pranešė "
    "seniūnija.\n\n"
    "Aplinkkelis maždaug penkiolika minučių ilgesnis, o reguliarūs autobusai važiuos per gretimą kaimą.\n"
)


def page(*top: str) -> str:
    return "\n".join(top) + "\n\n" + BODY


@pytest.mark.parametrize(("top", "expected"), [
    (("Uždaromas tiltas", "2025 m. lapkričio 18 d., antradienis, 11:07 | atnaujinta 13:20"), dt.date(2025, 11, 18)),
    (("Uždaromas tiltas", "Paskelbta: 2025 m. birželio 3 d. 18:30"), dt.date(2025, 6, 3)),
    (("Uždaromas tiltas", "Ona Petraitienė | 2024 m. rugsėjo 9 d."), dt.date(2024, 9, 9)),
    (("Uždaromas tiltas", "2025 m. gruodžio 1 d., pirmadienis"), dt.date(2025, 12, 1)),
])
def test_a_lithuanian_page_date_is_read_from_the_year_the_month_and_the_day(top, expected):
    assert page_date(page(*top), today=TODAY) == expected


def test_a_year_and_a_count_are_no_lithuanian_date():
    assert page_date(page("Uždaromas tiltas", "2025 m. kovo 12 tonų pieno"), today=TODAY) is None


@pytest.mark.parametrize(("form", "number"), [
    ("kovas", 3), ("kovo", 3), ("gegužės", 5), ("gegužėje", 5), ("rugpjūčio", 8), ("lapkričio", 11),
    ("gruodį", 12),
])
def test_a_lithuanian_month_is_read_in_the_case_a_date_writes(form, number):
    assert calendar_names.forms(calendar_names.MONTHS["lt"])[form] == number


@pytest.mark.parametrize(("form", "number"), [
    ("antradienį", 2), ("antradienio", 2), ("ketvirtadienį", 4), ("šeštadieniais", 6), ("sekmadienis", 7),
])
def test_a_lithuanian_weekday_is_read_in_the_case_a_date_writes(form, number):
    assert calendar_names.forms(calendar_names.WEEKDAYS["lt"])[form] == number


def test_lithuanian_dates_are_date_names_of_the_furniture_rules():
    assert {"kovo", "antradienį", "ketvirtadienį", "gegužės"} <= set(furniture_vocabulary.DATE_NAMES["lt"].split())


@pytest.mark.parametrize(("sentence", "dates"), [
    ("Tiltas bus uždarytas gruodžio 1 d., pranešė seniūnija antradienį.", {"day:december-1", "weekday:tuesday"}),
    ("Taryba susirinks ketvirtadienį, lapkričio 20 d.", {"day:november-20", "weekday:thursday"}),
])
def test_a_lithuanian_month_and_day_are_a_claim_date_and_the_day_no_count(sentence, dates):
    found = details(sentence, "lt")

    assert dates <= found.dates
    assert all(figure.value not in (1, 20) for figure in found.figures)
