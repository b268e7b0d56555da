"""Bulgarian dates, day first with the month in small letters and "г." after the year, or in figures with "в … ч."
for the hour: the page dates they write, the furniture rules' stamps and the claims' dates. Every text here is
invented for the test."""

import datetime as dt

import pytest

from annotations.claims.normalise import details
from newsdesk.importing import furniture_vocabulary
from newsdesk.importing.furniture_lines import line_furniture
from newsdesk.importing.page_dates import page_date

TODAY = dt.date(2026, 3, 20)

BODY = (
    "От понеделник мостът край Дъбравец ще бъде затворен, защото след зимата в опорите му са открити пукнатини, "
    "съобщиха от общината.\n\n"
    "Обходният път е с около двайсет минути по-дълъг, а автобусите ще минават през съседното село Калище.\n"
)


def page(*top: str) -> str:
    return "\n".join(top) + "\n\n" + BODY


@pytest.mark.parametrize(("top", "expected"), [
    (("Затварят моста", "Автор: Иван Колев | 2 юни 2025 г., 14:10"), dt.date(2025, 6, 2)),
    (("Затварят моста", "9 юли 2024 г., вторник"), dt.date(2024, 7, 9)),
    (("Затварят моста", "Публикувано на 4 ноември 2025 г. от Вера Илиева | Време за четене: 3 мин."),
     dt.date(2025, 11, 4)),
    (("Затварят моста", "Публикувано на 21.10.2025 в 08:15 ч. | Обновено на 21.10.2025 в 09:40 ч."),
     dt.date(2025, 10, 21)),
])
def test_a_bulgarian_page_date_is_read(top, expected):
    assert page_date(page(*top), today=TODAY) == expected


def test_bulgarian_months_and_weekdays_are_date_names_of_the_furniture_rules():
    assert {"юни", "юли", "септември", "сряда", "четвъртък", "неделя"} <= set(
        furniture_vocabulary.DATE_NAMES["bg"].split())


@pytest.mark.parametrize("line", [
    "Публикувано на 21.10.2025 в 08:15 ч.",
    "Публикувано на 21.10.2025 в 08:15 ч. | Обновено на 21.10.2025 в 09:40 ч.",
    "Публикувано на 4 ноември 2025 г. от Вера Илиева | Време за четене: 3 мин.",
])
def test_a_bulgarian_stamp_is_furniture(line):
    assert line_furniture(line) is not None


@pytest.mark.parametrize(("sentence", "dates"), [
    ("Съветниците ще заседават в четвъртък, 19 юни, от 9 ч.", {"day:june-19", "weekday:thursday"}),
    ("Ремонтът трябва да приключи през септември.", {"month:september"}),
])
def test_a_bulgarian_month_and_day_are_a_claim_date(sentence, dates):
    assert dates <= details(sentence, "bg").dates
