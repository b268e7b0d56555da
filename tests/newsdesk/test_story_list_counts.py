"""The story list's line under each title: a story still without articles says so, not "0 articles from 0 outlets"."""

import pytest

from newsdesk.models import Story

pytestmark = pytest.mark.django_db


def test_a_story_without_articles_says_it_has_none_yet(client, reviewer):
    Story.objects.create(slug="dry-dock", title="Dry dock strike at Orlenport")
    client.force_login(reviewer)

    html = client.get("/").content.decode()

    assert "No articles yet" in html
    assert "0 articles" not in html and "0 outlets" not in html


def test_a_story_with_articles_still_counts_them_and_their_outlets(client, reviewer, seed_story):
    client.force_login(reviewer)

    html = client.get("/").content.decode()

    assert "3 articles from 3 outlets" in html and "No articles yet" not in html
