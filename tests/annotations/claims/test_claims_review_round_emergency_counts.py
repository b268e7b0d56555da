"""112, 911 and 999 are counts too: only a determiner or a possessive before a word of the service, or a verb of
calling with no noun after the number, makes one the number dialled."""

import pytest

from annotations.claims.normalise import details


def values(sentence):
    return [(f.value, f.kind) for f in details(sentence, "en").figures]


@pytest.mark.parametrize("sentence, expected", [
    ("The county employs 112 dispatchers across three shifts.", [(112.0, "count"), (3.0, "count")]),
    ("The agency called 112 residents on Monday.", [(112.0, "count")]),
    ("The hotline received 999 messages overnight.", [(999.0, "count")]),
    ("Crews replaced 112 lines of cable.", [(112.0, "count")]),
    ("Officials texted 911 residents about the outage.", [(911.0, "count")]),
    ("Officials texted 911 elderly residents about the outage.", [(911.0, "count")]),
])
def test_an_emergency_number_counting_things_keeps_its_count(sentence, expected):
    assert values(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "The 911 center moved to the old fire station.",
    "Its 112 line was down for an hour.",
    "The town's 999 centre took the calls from the valley on Sunday.",
    "No 112 call went unanswered during the storm, the mayor said.",
    "The text-to-911 service opened in March.",
    "Residents were told to call 911.",
    "Dial 999 for help if the water rises.",
    "She called 911 right away.",
    "He dialled 999 immediately, the court heard.",
    "Call 911, then wait by the road.",
    "He called 911 early Monday, the deputy said.",
    "911 coordinator Ann Roe says every call is being answered.",
    "Valley cyberattack live: 911 dispatch on pen and paper.",
    "The Brannock County 911 center moved to paper.",
    "Dispatchers kept 911 service running on radios.",
])
def test_an_emergency_number_dialled_still_drops(sentence):
    assert [f for f in details(sentence, "en").figures if f.value in (112.0, 911.0, 999.0)] == []


def test_a_count_opening_on_a_month_stays_a_count():
    assert values("In March 112 dispatchers joined the union.") == [(112.0, "count")]
