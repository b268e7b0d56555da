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


@pytest.mark.parametrize(("text", "signature"), [
    ("The board of Quenby refused the two-and-a-half-million-dollar demand outright.", ("money:USD", 2_500_000.0)),
    ("The board of Quenby refused the 2.5-million-dollar demand outright.", ("money:USD", 2_500_000.0)),
    ("The board of Quenby paid two and a half million dollars for the pier.", ("money:USD", 2_500_000.0)),
    ("The board of Quenby paid a million and a half pounds for the pier.", ("money:GBP", 1_500_000.0)),
    ("A crowd of three and a half thousand people filled Quenby square.", ("count", 3_500.0)),
])
def test_a_sum_with_a_half_or_written_as_one_compound_is_read_whole(text, signature):
    assert [f.signature[:2] for f in details(text, "en").figures] == [signature]


def test_other_hyphenated_words_stay_as_they_were():
    assert [f.signature[:2] for f in details("Quenby has twenty-seven state-of-the-art schools.", "en").figures] == [
        ("count", 27.0)]


def _mention(article, text):
    from annotations.claims.finding import Mention

    return Mention(article, 0, len(text), text, details(text, "en"), 0)


def test_one_time_of_day_shared_ties_two_mentions():
    from annotations.claims.linking import adjustment

    a = _mention("a", "Mill staff in Tarrow Vale saw water rising at 3:40 a.m. in the boiler room.")
    b = _mention("b", "At 3:40 a.m. the night shift found the boiler room of the Tarrow Vale mill flooding.")
    c = _mention("c", "The night shift found the boiler room of the Tarrow Vale mill flooding.")
    assert adjustment(a, b) > adjustment(a, c)


@pytest.mark.parametrize(("left", "right", "close"), [
    ("at about 3:40 a.m.", "around 4 a.m.", True),
    ("at 3:40 a.m.", "shortly before 4 a.m.", True),
    ("at 3:40 a.m.", "at 4 a.m.", True),
    ("at 3:15 a.m.", "at 3:40 a.m.", False),
    ("at about 3:40 a.m.", "at about 6 a.m.", False),
])
def test_a_rounded_or_hedged_time_within_the_hour_states_the_same_moment(left, right, close):
    from annotations.claims.linking import adjustment, close_times

    a = _mention("a", f"Mill staff in Tarrow Vale saw water rising {left} on Monday in the boiler room.")
    b = _mention("b", f"The night shift found the Tarrow Vale boiler room flooding {right} on Monday.")
    assert close_times(a, b) is close
    assert (adjustment(a, b) > 0) is close


def test_a_second_predicate_opened_by_and_and_an_auxiliary_is_a_clause_of_its_own():
    text = ("Overnight the mill staff in Tarrow Vale noticed water rising at about 3:40 a.m. and had closed the sluice "
            "gates by 4:30, the manager said.\n")
    assert [m.text for m in find_mentions("a", text, "en")] == [
        "Overnight the mill staff in Tarrow Vale noticed water rising at about 3:40 a.m.",
        "and had closed the sluice gates by 4:30, the manager said."]


def test_and_before_an_auxiliary_of_a_verb_that_is_no_participle_splits_nothing():
    text = "The seven branches of the Quenby library closed on Monday and will stay closed through Wednesday.\n"
    assert len(find_mentions("a", text, "en")) == 1


def test_along_with_after_a_comma_opens_a_clause_of_its_own():
    text = ("Divers from the coastguard are searching the Quenby reservoir, along with Marlow Salvage, a private firm "
            "the council hired on Monday.\n")
    assert [m.text for m in find_mentions("a", text, "en")] == [
        "Divers from the coastguard are searching the Quenby reservoir",
        "along with Marlow Salvage, a private firm the council hired on Monday."]
