"""A section's heading right under a newsletter's sign-up box, set between the story's paragraphs as several passages
(``clustering.section_headings``), the box itself furniture, and a line promoting the outlet's app by the app's name
(``furniture_lines.line_furniture``).

Every text here is invented for the test."""

from newsdesk.alignment.clustering import align
from newsdesk.importing.furniture_lines import line_furniture
from tests.newsdesk.alignment.invented_pages import PARAGRAPHS, article

NEWSLETTER_BOX = [
    "Sign up to the Marrowby Echo's free harbour newsletter",
    "Get the latest island news straight to your inbox every Friday morning.",
    "Enter your email address",
    "Subscribe",
    "We use your sign-up to send you the newsletter you asked for. Read our Privacy Notice.",
]


def furniture_of(texts: list[str]) -> set:
    return set(align(article(texts)).furniture)


def test_a_heading_under_a_newsletter_box_between_the_paragraphs_is_the_storys():
    texts = [
        PARAGRAPHS[0],
        "Why the pier was closed",
        PARAGRAPHS[1],
        PARAGRAPHS[2],
        *NEWSLETTER_BOX,
        "A living on the quay",
        PARAGRAPHS[3],
        PARAGRAPHS[4],
        "What comes next",
        PARAGRAPHS[5],
    ]
    found = furniture_of(texts)
    heading = texts.index("A living on the quay")
    assert (0, heading) not in found
    assert {(0, index) for index in range(4, 4 + len(NEWSLETTER_BOX))} <= found


def test_a_short_line_under_a_list_of_other_stories_headlines_stays_furniture():
    texts = [
        PARAGRAPHS[0],
        "Why the pier was closed",
        PARAGRAPHS[1],
        PARAGRAPHS[2],
        "Read more",
        "Ferry fares to rise in the spring",
        "Island school wins county prize",
        "Lifeboat crew honoured at the palace",
        PARAGRAPHS[3],
        PARAGRAPHS[4],
        "What comes next",
        PARAGRAPHS[5],
    ]
    assert (0, 7) in furniture_of(texts)


def test_a_line_promoting_the_outlets_app_by_its_name_is_furniture():
    for line in (
        "Get the Marrowby Echo app for the island stories that matter to you, wherever you are.",
        "Download the Coastwatch app and never miss a ferry update again.",
    ):
        found = line_furniture(line)
        assert found is not None and found[0] == "call_to_action", line


def test_a_sentence_that_reports_an_app_by_its_name_is_no_prompt():
    for line in (
        "Get the Harbour Pass app off council phones, the opposition leader said on Tuesday evening.",
        "Ferry passengers will be able to book seats through the Marrowby Ferries app from next month.",
    ):
        assert line_furniture(line) is None, line
