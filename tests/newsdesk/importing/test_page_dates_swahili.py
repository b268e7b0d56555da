"""A Swahili page's date: its months and weekdays as Swahili spells them ("Machi", "Jumanne"), the month before the
day or after it. Every page here is invented for the test."""

import datetime as dt

import pytest

from newsdesk.importing import calendar_names
from newsdesk.importing.page_dates import page_date

TODAY = dt.date(2025, 12, 31)
PROSE = (
    "Wakazi wa mtaa wa Kilimani wamelalamika kwamba maji ya bomba hayajatoka kwa siku tano mfululizo, na wengi"
    " wamelazimika kununua maji kutoka kwa wachuuzi kwa bei ya juu.\n\n"
    "Afisa wa mamlaka ya maji alisema kwamba bomba kuu lilipasuka karibu na daraja la Mto Lugoba na mafundi"
    " wanatarajia kumaliza kazi hiyo kabla ya mwisho wa wiki.\n"
)


@pytest.mark.parametrize(
    ("stamp", "date"),
    [
        ("Jumanne, Machi 11, 2025", dt.date(2025, 3, 11)),
        ("tarehe 11 Machi 2025", dt.date(2025, 3, 11)),
        ("Imechapishwa Machi 13, 2025 na Mwandishi Wetu", dt.date(2025, 3, 13)),
        ("Imechapishwa: Jumatatu, Agosti 4, 2025 | saa 2 usiku", dt.date(2025, 8, 4)),
        ("Imeandikwa na Salma Kombo | Desemba 2, 2024", dt.date(2024, 12, 2)),
        ("Ijumaa, 7 Novemba 2025", dt.date(2025, 11, 7)),
    ],
)
def test_a_swahili_page_is_dated_by_its_month_names(stamp, date):
    page = f"Habari | Michezo | Biashara\n\nMaji yakosekana Kilimani kwa siku tano\n\n{stamp}\n\n{PROSE}"

    assert page_date(page, today=TODAY) == date


def test_a_swahili_dateline_without_a_year_is_no_date():
    page = f"KILIMANI, Machi 11 (SHAM) - {PROSE}"

    assert page_date(page, today=TODAY) is None


def test_swahili_has_twelve_months_and_seven_weekdays():
    assert len(calendar_names.MONTHS["sw"]) == 12
    assert calendar_names.forms(calendar_names.WEEKDAYS["sw"])["jumanne"] == 2
    assert calendar_names.forms(calendar_names.MONTHS["sw"])["machi"] == 3
