"""A broadcast's transcript leads each turn with a time code and a speaker's label, the label perhaps with a role or a
place in brackets ("[08:14:02] TOM ELLERY:", "CALLER (MAVIS, ORTON):"): the label is the page's form, and the "you"
and "we" of a turn are the speakers' to each other, not the outlet's to its reader."""

import pytest

from newsdesk.alignment import clustering
from newsdesk.alignment.furniture import ADDRESS_REASON, furniture_reasons, speaker_turn


def test_a_turn_led_by_a_time_code_or_a_bracketed_role_opens_on_a_speakers_label():
    assert speaker_turn("[08:14:02] TOM ELLERY: Are we going to see the number 9 bus back, do you think?")
    assert speaker_turn("CALLER (MAVIS, ORTON): We had it for years, and you get used to it.")
    assert speaker_turn("(00:12:40) PRESENTER: Right, you're listening to the breakfast show, we're back after this.")
    assert not speaker_turn("08:14 Our reporter says you can still catch the bus at the depot.")


def test_a_transcript_turn_that_says_we_and_you_is_no_appeal_to_the_reader():
    questions = ["[08:14:02] TOM ELLERY: So how many of our buses are we losing, would you say?",
                 "[08:15:30] CALLER (MAVIS, ORTON): We had the same in Orton for years, you want to try it, honestly."]
    for text in questions:
        assert ADDRESS_REASON not in furniture_reasons(text)


def test_a_time_code_and_a_bracketed_role_come_off_with_the_label():
    assert clustering.without_labels("[08:14:02] TOM ELLERY: Where does the bus go now?") == (
        "Where does the bus go now?")
    assert clustering.without_labels("CALLER (MAVIS, ORTON): It stops at the church.") == "It stops at the church."
    assert clustering.line_labels("[08:14:02] TOM ELLERY: Where does it go?") == ["TOM ELLERY"]


def test_a_clock_time_in_prose_is_still_no_label():
    assert clustering.without_labels("At 10:30 the last ferry left.") == "At 10:30 the last ferry left."
    assert clustering.without_labels("10:30 the ferry left: nobody knew why.") == (
        "10:30 the ferry left: nobody knew why.")
    assert clustering.without_labels("The bus (the number 9) left: nobody knew why.") == (
        "The bus (the number 9) left: nobody knew why.")


def test_a_live_posts_clock_time_before_a_label_in_capitals_makes_no_transcript_turn():
    # A live page's post: its clock time, then a source in capitals. A transcript's time code is bracketed or counts
    # seconds.
    post = "10:42 POLICE: Officers have closed the road and we ask you to keep away."
    assert not speaker_turn(post)
    assert clustering.line_labels(post) == []
    assert clustering.without_labels(post) == post


@pytest.mark.parametrize("code", ["[00:12:31]", "00:12:31", "(00:12)", "[10:42]"])
def test_a_transcript_time_code_is_bracketed_or_counts_seconds(code):
    turn = f"{code} NELL ARDEN: And you were on the bus when it stopped?"
    assert speaker_turn(turn)
    assert clustering.line_labels(turn) == ["NELL ARDEN"]
    assert clustering.without_labels(turn) == "And you were on the bus when it stopped?"


@pytest.mark.xfail(strict=True, reason="a live page's first entry after its closing note, over its share line, reads "
                   "as a deck; counting sentences would take an explainer's three-sentence standfirst from its header")
def test_a_short_paragraph_of_three_sentences_over_furniture_is_no_deck():
    # A live page's entry: its text, then a share line and the next entry's time stamp, set apart already.
    entry = "The vote is in. Members backed the plan by 12 to 9. The depot closes in June."
    lead = ("The district's last bus depot will close in June after members voted on Tuesday to sell the site, "
            "ending a hundred years of buses in the town.")
    from newsdesk.alignment.furniture import above_the_story

    assert above_the_story([entry, lead, lead], [0, 3, 4]) == []
    # A deck of two sentences over its byline is still the header's.
    assert above_the_story(["The vote is in. Members backed the plan by 12 to 9.", lead, lead], [0, 3, 4]) == [0]


# A morning digest that sets each item's kicker and headline in a block of their own over the item's paragraphs.
DIGEST = """Morning all,
In today's edition: the Pellam ferry, a pool for Corran, roadworks on the coast road.

-----

ISLANDS
Ferry halted after rust found in car deck

The ferry between Pellam and Skerra Island has been halted after inspectors found rust in the older boat's car deck.

Islanders say the second boat has been in dry dock since March, so the island has no crossing at all.

-----

LEISURE
Corran pool opens its doors

Corran's new swimming pool opens to the public on Saturday after two years of building work and a budget overrun.

-----

Back tomorrow,
Nell Arden, editor
"""


def test_a_digest_items_headline_block_over_the_story_stays_the_storys_and_other_items_stay_the_pages():
    from tests.newsdesk.alignment.test_newsletter_items_and_gallery_captions import _content_texts, _story

    passages, _texts = _story(DIGEST)
    kept = _content_texts(passages)
    assert "ISLANDS\nFerry halted after rust found in car deck" in kept
    assert not any("LEISURE" in text or "swimming pool" in text for text in kept)


def test_a_machine_transcripts_note_and_a_company_registration_line_are_the_pages():
    from newsdesk.alignment.furniture import line_reasons

    assert furniture_reasons("This transcript was generated automatically and may contain errors. Times refer to "
                             "the broadcast.") or line_reasons(
        "This transcript was generated automatically and may contain errors. Times refer to the broadcast.", {})
    assert furniture_reasons("Coastline FM is part of Harbour Radio Ltd. Registered in England No. 05512207.") or (
        line_reasons("Coastline FM is part of Harbour Radio Ltd. Registered in England No. 05512207.", {}))
    # News of a company registered in England stays news.
    assert not furniture_reasons("The charity, which is registered in England, said it would appeal against the "
                                 "ruling on Monday.")
