"""A live blog's header set as one block of lines (a label, the headline, the update time, the byline) is the page's,
and so is a print caption whose credit line "(Outlet photo/Name)" was cut off from it; a block of the story's
sentences, and a last paragraph above a copyright line, stay the story's."""

import pytest

from newsdesk.alignment.furniture import above_the_story, is_header_block

HEADER = (
    "LIVE\n"
    "Pellam ferry live: every crossing cancelled after inspectors find rust in the older boat's car deck\n"
    "Updated 14 May 2026, 18:05 BST\n"
    "By Orla Penhale"
)
LEAD = "The ferry between Pellam and the island has not run since Friday, and the operator cannot say when it will."


def test_a_live_blogs_header_block_above_its_first_paragraph_is_the_pages():
    assert is_header_block(HEADER)
    assert above_the_story([HEADER, LEAD]) == [0]


@pytest.mark.parametrize("text", [
    # Sentences of the story, even with a date on a line of their own.
    "Updated 14 May 2026, 18:05 BST\nThe operator said the boat would be back by June.\nPassengers should use the bus.",
    # A headline and a deck with no byline or time stamp: nothing marks them as the header.
    "Pellam ferry cancelled\nInspectors find rust in the older boat's car deck",
    "By Orla Penhale",
])
def test_a_block_without_a_byline_or_stamp_or_with_sentences_is_no_header_block(text):
    assert not is_header_block(text)
