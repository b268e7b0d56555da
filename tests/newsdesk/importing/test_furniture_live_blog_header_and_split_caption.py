"""A live blog's header set as one block of lines (a label, the headline, the update time, the byline) is the page's,
and so is a print caption whose credit line "(Outlet photo/Name)" was cut off from it; a block of the story's
sentences, and a last paragraph above a copyright line, stay the story's."""

import pytest

from newsdesk.alignment.clustering import PassageText, split_furniture
from newsdesk.alignment.furniture import above_the_story, is_header_block
from newsdesk.importing.furniture_lines import line_furniture, picture_credit

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


@pytest.mark.parametrize("line", ["(Harbour Gazette photo/Orla Penhale)", "(Staff photo by Tam Hewer)",
                                  "[Photo/Tam Hewer]"])
def test_a_bracketed_picture_credit_is_a_credit(line):
    assert picture_credit(line)
    assert line_furniture(line)[0] == "credit"


@pytest.mark.parametrize("line", ["(She said the photo by the pier was taken in May)", "(see photo/graphic)",
                                  "© 2026 Harbour Gazette"])
def test_a_remark_about_a_photo_or_a_copyright_line_is_no_picture_credit(line):
    assert not picture_credit(line)


def _split(texts):
    passages = [PassageText(key=i, article=0, index=i, text=t) for i, t in enumerate(texts)]
    content, furniture, _reasons = split_furniture(passages, {})
    return {p.key for p in content}, set(furniture)


def test_a_caption_cut_from_its_credit_line_is_the_pages():
    texts = [
        LEAD,
        "Inspectors at the yard found rust in the car deck of the older boat during a check on Thursday night.",
        "Deckhand Tam Hewer ties up the older ferry at the Pellam pier on Sun-\nday after its last crossing.",
        "(Harbour Gazette photo/Orla Penhale)",
        "The second boat is already in dry dock, so the crossing has no ferry at all until one of them returns.",
    ]
    content, furniture = _split(texts)
    assert furniture >= {2, 3}
    assert content == {0, 1, 4}


def test_a_last_paragraph_above_a_copyright_line_stays_the_storys():
    texts = [
        LEAD,
        "The operator will say on Monday when the crossing can reopen.",
        "© 2026 Harbour Gazette",
    ]
    content, furniture = _split(texts)
    assert content == {0, 1}
    assert furniture == {2}
