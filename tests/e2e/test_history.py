"""The history page in plain words, on the demo's work."""

import json

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from newsdesk.models import Article
from tests.e2e.screens import overflows_horizontally, shoot

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_the_history_says_who_changed_which_words_in_which_article(page, live_server, tmp_path):
    passwords = tmp_path / "demo.json"
    call_command("load_demo", "--passwords-file", str(passwords), stdout=open(tmp_path / "out.txt", "w"))
    article = Article.objects.get(outlet__name="The Independent")
    page.goto(f"{live_server.url}/accounts/login/")
    page.get_by_label("Username").fill("eva")
    page.get_by_label("Password").fill(json.loads(passwords.read_text())["eva"])
    page.get_by_role("button", name="Log in").click()

    page.goto(f"{live_server.url}/articles/{article.pk}/history/")

    changes = page.locator(".audit-list")
    expect(changes).to_contain_text("ravi changed the tag of “defiantly touring a facility” in this article "
                                    "from Rhetoric to Attribution")
    expect(changes).to_contain_text("eva assigned lena to this article")
    expect(changes).to_contain_text("eva accepted “US intelligence says” in this article into the consensus")
    text = changes.inner_text()
    assert article.title not in text  # the page's heading names it once
    assert "[" not in text and "assignment" not in text.lower()
    page.set_viewport_size({"width": 390, "height": 844})
    assert not overflows_horizontally(page)
    shoot(page, "history")
