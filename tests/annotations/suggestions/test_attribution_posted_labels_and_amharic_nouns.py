"""A written thing's author after "by" is the source, not the thing; furniture labels ("UPDATE:", "WATCH:") are
no interview's turns; an Amharic noun for a source is matched whole with its endings, not by its first letters."""

import pytest

from annotations.suggestions import suggest
from annotations.suggestions.attribution.labels import interview_labels
from annotations.suggestions.base import split_lines


def sources(text):
    return [s.source for s in suggest(text, tag="attribution")]


def test_a_statement_by_a_body_names_the_body():
    text = "A statement by the Harlow health ministry said the hospital would reopen on Monday."
    assert sources(text) == ["the Harlow health ministry"]


def test_a_letter_at_a_body_names_the_body_not_the_letter():
    text = "A letter at the Pellow county council warned that the ferry would stop running in May."
    assert sources(text) != ["A letter"]


def test_a_notice_placed_somewhere_still_speaks():
    text = "A message on the gates of Hollin park tells walkers that the path is closed until March."
    assert sources(text) == ["A message"]


LIVE_PAGE = """Bridge collapse in Harlow: Live Update

Engineers from the county were on the river bank before dawn.

UPDATE: Engineers reached the river bank at dawn and began to survey the fallen span.

The road will stay closed until Friday, the council said.

UPDATE: The county council said the road would stay closed until Friday at the earliest.

WATCH: Why did the bridge give way after only ten years in service?
"""


def test_furniture_labels_are_no_interview_turns():
    assert interview_labels(split_lines(LIVE_PAGE)) == {}


def test_a_live_page_gives_no_speaker_cues():
    assert not [s for s in suggest(LIVE_PAGE, tag="attribution") if s.rule == "attribution.speaker"]


def test_a_label_repeated_in_a_heading_is_no_persons_name():
    page = """Harbour works at Carrowmouth: the Pier Review

The harbour board met on Monday to hear what the divers had found under the old pier.

REVIEW: The divers found two cracked piles and a missing brace near the north end.

PANEL: What should the board do before the summer boats arrive at the quay?

REVIEW: Close the north end, brace the piles and survey the rest before June.
"""
    assert interview_labels(split_lines(page)) == {}


AMHARIC_LEAD = "የከተማው ውሃ ቢሮ አዲስ የውሃ ቧንቧ መዘርጋት ጀመረ። ሥራው በሦስት ወር ውስጥ ይጠናቀቃል ተብሎ ይጠበቃል።\n\n"


@pytest.mark.parametrize("sentence", [
    "ፖሊሲው ለውጥ ያስፈልገዋል ይላሉ።",  # "the policy" is no "police"
    "ተቋርጦ የነበረው አገልግሎት ዛሬ ተጀምሯል ብለዋል።",  # "interrupted" is no "institution"
])
def test_an_amharic_word_that_opens_like_a_source_noun_is_no_source(sentence):
    text = AMHARIC_LEAD + sentence
    assert [s.source for s in suggest(text, tag="attribution") if s.start >= len(AMHARIC_LEAD)] == [""]


@pytest.mark.parametrize("sentence, source", [
    ("ፖሊሱ ድልድዩ መዘጋቱን ገልጿል።", "ፖሊሱ"),
    ("ተቋሙ ሥራው መጀመሩን አስታውቋል።", "ተቋሙ"),
    ("የአካባቢው ነዋሪዎቹ ውሃ መቋረጡን ይናገራሉ።", "የአካባቢው ነዋሪዎቹ"),
    ("ባለሥልጣናቱ ድልድዩ መጠገኑን ገልጸዋል።", "ባለሥልጣናቱ"),
])
def test_an_amharic_source_noun_with_its_ending_is_a_source(sentence, source):
    text = AMHARIC_LEAD + sentence
    assert [s.source for s in suggest(text, tag="attribution") if s.start >= len(AMHARIC_LEAD)] == [source]
