"""The highlight details opened as a page: its way back to the article lines up with the text above it."""

import pytest

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


@pytest.mark.parametrize("width", [1366, 390])
def test_the_way_back_lines_up_with_the_message_above_it(page, live_server, login, reviewer, seed_article, width):
    page.set_viewport_size({"width": width, "height": 844})
    login(page, reviewer)
    page.goto(f"{live_server.url}/articles/{seed_article.pk}/highlights/")

    message = page.get_by_text("No highlight was chosen.").bounding_box()
    back = page.get_by_role("link", name="Back to the article").bounding_box()

    assert abs(back["x"] - message["x"]) <= 1 and back["y"] > message["y"]
