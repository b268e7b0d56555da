"""The heading of a blog's comments in Swedish, Danish and Norwegian, the plural with its count ("2 kommentarer"):
the readers' comments under it are the page's, whatever they say.

Every text here is invented for the test."""

import pytest

from tests.newsdesk.alignment.test_fact_box_heading import SWEDISH
from tests.newsdesk.alignment.test_section_heading_furniture import article, furniture_of


@pytest.mark.parametrize("heading", ["2 kommentarer", "Kommentarer (2)", "Läsarkommentarer"])
def test_a_readers_comment_under_the_comments_heading_is_the_pages(heading):
    texts = [SWEDISH[0], SWEDISH[1], SWEDISH[4], heading,
             "Så bra att någon äntligen skriver om det här, vi har väntat i flera år på ett besked."]
    assert {(0, 3), (0, 4)} <= furniture_of(article(texts))
