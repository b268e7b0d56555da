"""A failed htmx request tells the user what went wrong, on every page, and the message can be dismissed."""

import pytest
from playwright.sync_api import expect

from annotations.models import Annotation

from .test_annotating import select_phrase

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_a_reviewer_whose_permission_was_withdrawn_sees_why_the_highlight_was_not_saved(
        page, live_server, login, reviewer, seed_article):
    login(page, reviewer)
    page.goto(live_server.url + seed_article.get_absolute_url())
    select_phrase(page, seed_article, "weapons factories")
    reviewer.groups.clear()

    page.keyboard.press("1")

    alert = page.locator("#htmx-error")
    expect(alert).to_contain_text("You do not have permission to do this.")
    expect(alert).to_be_visible()
    assert not Annotation.objects.exists()
    alert.get_by_role("button", name="Dismiss this message").click()
    expect(alert).to_be_hidden()


def test_a_refused_htmx_post_shows_the_servers_json_error_in_plain_words(page, live_server, login, reviewer,
                                                                       seed_story):
    login(page, reviewer)

    page.evaluate("() => htmx.ajax('POST', '/api/annotations/', {target: '#main', swap: 'none'})")

    expect(page.locator("#htmx-error")).to_contain_text("Could not save: The request body must be a JSON object.")
    page.keyboard.press("Escape")
    expect(page.locator("#htmx-error")).to_be_hidden()
