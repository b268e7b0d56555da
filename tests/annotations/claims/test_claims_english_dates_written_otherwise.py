"""An English date written in figures or with an ordinal states the same day as "March 3": "3/3/2026", "2026-03-03",
"the 3rd of March", "March 3rd". A date in figures whose order of day and month cannot be told states its year only,
and none of its parts is a count."""

import pytest

from annotations.claims.normalise import details


@pytest.mark.parametrize("text", [
    "The Quenby council met on March 3 to vote on the pier.",
    "The Quenby council met on 3/3/2026 to vote on the pier.",
    "The Quenby council met on 2026-03-03 to vote on the pier.",
    "The Quenby council met on the 3rd of March to vote on the pier.",
    "The Quenby council met on March 3rd to vote on the pier.",
    "The Quenby council met on 3rd March to vote on the pier.",
])
def test_one_day_written_several_ways_is_one_date(text):
    found = details(text, "en")
    assert {"day:march-3", "month:march"} <= found.dates
    assert found.figures == ()


@pytest.mark.parametrize(("text", "day"), [
    ("The Quenby ferry resumed on 3/14/2026 after the storm.", "day:march-14"),
    ("The Quenby ferry resumed on 14/3/2026 after the storm.", "day:march-14"),
    ("The Quenby ferry resumed on 14.03.2026 after the storm.", "day:march-14"),
])
def test_a_date_in_figures_whose_order_is_clear_states_its_day(text, day):
    found = details(text, "en")
    assert day in found.dates and "year:2026" in found.dates
    assert found.figures == ()


def test_a_date_in_figures_of_unclear_order_states_its_year_and_no_count():
    found = details("The Quenby ferry resumed on 3/4/2026 after the storm.", "en")
    assert "year:2026" in found.dates
    assert not any(d.startswith("day:") for d in found.dates)
    assert found.figures == ()


def test_an_ordinal_that_dates_nothing_is_left_alone():
    found = details("The Quenby rowers finished 3rd of eight crews in the regatta.", "en")
    assert not any(d.startswith("day:") for d in found.dates)


@pytest.mark.parametrize("written", ["31/02/2026", "99/99/9999", "2026-02-31", "2026-13-05"])
def test_figures_shaped_as_a_date_no_calendar_holds_state_no_date(written):
    assert details(f"The Quenby council met on {written} to vote on the pier.", "en").dates == frozenset()


def test_the_twenty_ninth_of_february_holds_in_a_leap_year():
    assert "day:february-29" in details("The Quenby council met on 29/02/2028 to vote.", "en").dates


def test_an_ordinal_day_its_month_never_has_is_no_day():
    found = details("The Quenby council met on the 31st of April to vote on the pier.", "en")
    assert "day:april-31" not in found.dates and "month:april" in found.dates
