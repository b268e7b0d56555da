"""Claims linked across outlets that word one fact differently: English hours of the clock read as times of day, a
sentence that goes on after "a.m." before the day it names, and the paraphrases outlets write for one event."""

import pytest

from annotations.claims.finding import _sentences, find_mentions
from annotations.claims.normalise import details


def test_an_hour_before_the_day_it_names_ends_no_sentence():
    line = "A flood found at about 3:40 a.m. Monday closed the mill road in Tarrow Vale; the council shut it."
    assert len(list(_sentences(line, "en"))) == 1


def test_an_hour_before_another_sentence_still_ends_it():
    line = "The ferry left at 9 a.m. The harbour master of Quenby said it was full."
    assert len(list(_sentences(line, "en"))) == 2


@pytest.mark.parametrize(("text", "time"), [
    ("Dispatchers in Harlow Cross had handled 388 calls by 6 p.m., the chief said.", "time:18:00"),
    ("Mill staff in Tarrow Vale noticed the leak at about 3:40 a.m. on the night shift.", "time:03:40"),
    ("The Quenby ferry sailed at 11pm with ninety passengers on board.", "time:23:00"),
    ("The Quenby ferry had left the quay by 4:30 with ninety passengers on board.", "time:04:30"),
    ("The Quenby ferry sailed at 12 a.m. with ninety passengers on board.", "time:00:00"),
])
def test_an_english_hour_of_the_clock_is_a_time_of_day(text, time):
    found = details(text, "en")
    assert time in found.dates
    assert all(f.value not in (6, 3, 11, 4, 12, 40, 30) for f in found.figures)


def test_a_sentence_whose_only_detail_is_its_hour_is_a_claim():
    text = "Overnight the mill staff noticed water rising at about 3:40 a.m. and had shut the sluice gates by 4:30.\n"
    assert [m.text for m in find_mentions("a", text, "en")] == [text.strip()]
