"""Claims: one figure or one time written two ways by two outlets is one detail. An hour of the clock with a full stop
before its minutes ("4.30 p.m.", as British papers write it) is the time "4:30 p.m." states, not a count of 4.3; a
share written as a bare "half" ("half of the staff") or as a hyphenated fraction ("two-thirds") is the share its
figures state ("50%", "67 per cent")."""

import pytest

from annotations.claims.linking import link_articles
from annotations.claims.normalise import details


def shares(text):
    return [round(f.value, 4) for f in details(text, "en").figures if f.kind == "share"]


@pytest.mark.parametrize(("text", "time"), [
    ("The Tarrow Vale sluice gates were shut at 4.30 p.m. on the night of the flood.", "time:16:30"),
    ("The Quenby ferry sailed at 9.15am with ninety passengers on board.", "time:09:15"),
    ("The Quenby ferry sailed at 11.05 pm with ninety passengers on board.", "time:23:05"),
])
def test_an_hour_with_a_full_stop_before_its_minutes_is_a_time_of_day(text, time):
    found = details(text, "en")
    assert time in found.dates
    assert not [f for f in found.figures if f.value in (4.3, 9.15, 11.05)]


def test_a_decimal_figure_before_other_words_stays_a_figure():
    assert [f.value for f in details("Turnout in Quenby rose by 4.30 points this year.", "en").figures] == [4.3]


def test_one_time_written_with_a_colon_and_with_a_full_stop_ties_two_outlets():
    claims = link_articles([
        ("a", "Council workers closed the Tarrow Vale footbridge at 4.30 p.m. as the river rose."),
        ("b", "The council shut the footbridge to walkers at 4:30 p.m., residents said."),
    ])
    assert any(len({m.article for m in claim.mentions}) == 2 for claim in claims)


@pytest.mark.parametrize(("text", "share"), [
    ("Half of the mill workers in Tarrow Vale were sent home on Monday.", 0.5),
    ("The council says half the homes in Quenby have no heating.", 0.5),
    ("Two-thirds of the pupils at Quenby school walked out on Friday.", 0.6667),
    ("Three-quarters of the voters in Tarrow Vale backed the plan.", 0.75),
    ("The union says one-fifth of the fleet stayed in the harbour.", 0.2),
])
def test_a_bare_half_and_a_hyphenated_fraction_are_shares(text, share):
    assert shares(text) == [share]


@pytest.mark.parametrize("text", [
    "Owners in Quenby now have until April 3 to pay the first half of their taxes.",
    "The ferry to Quenby left at half past four with ninety passengers on board.",
    "The Tarrow Vale mill was closed for half an hour while the alarm rang.",
    "The Quenby side scored twice in the second half of the match on Saturday.",
    "The Tarrow Vale council met for half the morning before the vote was held.",
])
def test_half_of_a_period_or_a_match_is_no_share(text):
    assert shares(text) == []


def test_half_and_fifty_per_cent_tie_two_outlets():
    claims = link_articles([
        ("a", "Half of the mill workers in Tarrow Vale were sent home after the flood."),
        ("b", "The owners sent 50% of their staff home until the water went down, a union official said."),
    ])
    assert any(len({m.article for m in claim.mentions}) == 2 for claim in claims)


def test_a_hyphenated_fraction_and_its_words_tie_two_outlets():
    claims = link_articles([
        ("a", "Two-thirds of the pupils at Quenby school walked out on Friday."),
        ("b", "Exactly two thirds of the pupils left their classes in protest, the head teacher said."),
    ])
    assert any(len({m.article for m in claim.mentions}) == 2 for claim in claims)


def test_a_measure_converted_to_another_unit_of_its_kind_is_near_the_same_figure():
    from annotations.claims.linking import close_figures

    left = details("Floods closed a 5 km stretch of the Tarrow Vale road.", "en").figures
    right = details("Floods closed 3.1 miles of the Tarrow Vale road.", "en").figures
    assert close_figures(left, right) == "near"
    assert close_figures(details("The Quenby pier is 800 metres long.", "en").figures,
                         details("The Quenby pier is 0.8 km long.", "en").figures) == "near"


def test_a_measure_in_another_unit_of_another_value_is_not_near():
    from annotations.claims.linking import close_figures

    left = details("Floods closed a 5 km stretch of the Tarrow Vale road.", "en").figures
    assert close_figures(left, details("Floods closed 5 miles of the Tarrow Vale road.", "en").figures) == ""
    assert close_figures(left, details("Floods closed 5 tonnes of the Tarrow Vale road.", "en").figures) == ""


def test_one_length_in_kilometres_and_in_miles_ties_two_outlets():
    claims = link_articles([
        ("a", "Floodwater covered a 5 km stretch of the Tarrow Vale road on Sunday."),
        ("b", "A 3.1-mile stretch of the road was under water, the county engineer said."),
    ])
    assert any(len({m.article for m in claim.mentions}) == 2 for claim in claims)


@pytest.mark.parametrize("text", [
    "Getting the Quenby pier repaired was half the battle, the harbour master said.",
    "Maren Tolley has lived in Tarrow Vale for half her life.",
    "After the flood he was not half the man he was, his neighbours said.",
    "The Quenby lido stayed shut for half the summer after the storm.",
    "The new Tarrow Vale ferry is half the age of the old one.",
    "Tickets on the Quenby line now cost half the price they did in spring.",
    "The new Quenby reservoir is half the size of the old one.",
])
def test_half_of_a_single_thing_a_season_or_a_measure_is_no_share(text):
    assert shares(text) == []


@pytest.mark.parametrize("text", [
    "Half the staff at the Quenby depot were sent home on Monday.",
    "The flood cut off half the population of Tarrow Vale for two days.",
    "Half their children at Quenby school missed lessons last week.",
])
def test_half_of_a_plural_or_a_body_of_people_is_a_share(text):
    assert shares(text) == [0.5]


@pytest.mark.parametrize("text", [
    "Half the MPs voted against the Tarrow Vale bypass on Tuesday.",
    "Half the GPs in the town of Quenby have stopped taking new patients.",
    "Half the NGOs at the Quenby talks walked out on the second day.",
    "Half the ads in the Quenby paper this week were for the new ferry.",
])
def test_half_of_a_short_plural_or_an_acronyms_plural_is_a_share(text):
    assert shares(text) == [0.5]


@pytest.mark.parametrize("text", [
    "Half the battle was won when the Quenby pier reopened, the harbour master said.",
    "Half the fun has gone out of the Tarrow Vale fair since the rides were sold.",
    "Half the work does itself once the Quenby sluice gates are shut, the engineer said.",
])
def test_half_of_a_single_thing_before_its_verb_is_no_share(text):
    assert shares(text) == []


@pytest.mark.parametrize(("text", "value"), [
    ("Rent for a flat above the Quenby bakery is £12.50 pm, the landlord said.", 12.5),
    ("Cleaners at the Tarrow Vale depot are paid £8.50 p.m. more than last year.", 8.5),
    ("The Quenby gym charges $9.15 pm for students.", 9.15),
])
def test_a_sum_after_a_currency_sign_is_no_time_of_day(text, value):
    found = details(text, "en")
    assert not [d for d in found.dates if d.startswith("time:")]
    assert value in [f.value for f in found.figures]
