"""A note under its "About …" label (``clustering.under_an_about_label``): the writer's bio under "About the author",
however long, and a press release's boilerplate under "About" and its owner's name, are the page's; a section of the
story under a heading that opens on "About" is not. And the links under a "Related" label that a headline reading as
a sentence cut into passages of their own (``clustering.under_a_related_label``).

Every text here is invented for the test."""

from newsdesk.alignment.clustering import PassageText, split_furniture
from tests.newsdesk.alignment.invented_pages import PARAGRAPHS, article

BIO = (
    "Odile Penhallow is a marine engineer. She spent fifteen years inspecting harbour walls and piers along the west "
    "coast before going freelance, and now teaches short courses on concrete repair for harbour boards and councils. "
    "She has written for several trade journals and sat on her county's coastal safety panel for six years. She "
    "lives on the island with her husband, two children and a sheepdog called Bollard."
)
BOILERPLATE = (
    "Marrowby Harbour Trust is a charity that has run the town's harbour since 1921. It employs 40 people and looks "
    "after the pier, the quay, the slipway and the lighthouse, and it is governed by a board of twelve trustees."
)


def furniture_of(passages: list[PassageText]) -> set:
    _content, furniture, _reasons = split_furniture(passages, {})
    return set(furniture)


def test_the_writer_s_bio_under_about_the_author_is_the_page_s():
    found = furniture_of(article([*PARAGRAPHS[:4], "About the author", BIO, "Leave a comment"]))
    assert (0, 5) in found
    assert not found & {(0, 0), (0, 1), (0, 2), (0, 3)}


def test_a_press_release_s_boilerplate_under_about_its_owner_is_the_page_s():
    found = furniture_of(article([*PARAGRAPHS[:4], "About Marrowby Harbour Trust", BOILERPLATE]))
    assert (0, 5) in found


def test_boilerplate_under_about_the_and_its_owner_s_name_is_the_page_s():
    # A name that takes "the" is labelled with it ("About the Wrenmoor Institute") and its note opens on it.
    note = (
        "The Wrenmoor Institute is an independent research centre of 300 staff on the edge of the moor. Founded in "
        "1958, it studies upland farming, peat and water, and it is funded by grants and by its members."
    )
    found = furniture_of(article([*PARAGRAPHS[:4], "About the Wrenmoor Institute", note]))
    assert (0, 5) in found
    assert not found & {(0, 0), (0, 1), (0, 2), (0, 3)}


def test_a_section_of_the_story_under_an_about_heading_stays_the_story_s():
    section = (
        "The three islanders who run the boats said the closure would cost each of them a month's takings, and asked "
        "the council to pay for the temporary landing stage out of the harbour reserve."
    )
    found = furniture_of(article([*PARAGRAPHS[:3], "About the boatmen", section, PARAGRAPHS[3]]))
    assert (0, 4) not in found
    other = "Marrowby Harbour Trust said on Tuesday it would pay half the cost of the landing stage."
    found = furniture_of(article([*PARAGRAPHS[:3], "About Marrowby", other, PARAGRAPHS[3]]))
    assert (0, 4) not in found


def test_links_under_more_on_this_story_are_the_page_s_though_one_reads_as_a_sentence():
    texts = [
        *PARAGRAPHS[:4],
        "More on this story",
        "Why are the island ferries running later every winter than they did ten years ago?",
        "The pier that cost the town its summer trade",
        "Top stories\nFlood warning for the estuary this weekend\nRail fares to rise in April",
    ]
    found = furniture_of(article(texts))
    assert {(0, 4), (0, 5), (0, 6), (0, 7)} <= found
    assert not found & {(0, 0), (0, 1), (0, 2), (0, 3)}


def test_story_matching_reads_no_boilerplate_under_about_its_owner():
    from newsdesk.alignment import story_suggestion

    page = "\n\n".join([*PARAGRAPHS[:3], "About Marrowby Harbour Trust", BOILERPLATE, "© Marrowby Harbour Trust 2026"])
    read = story_suggestion.reporting("Pier closed after divers find cracks", page)
    assert "1921" not in read and "twelve trustees" not in read
    assert "Odile Penhallow" in read
