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


def test_with_no_stories_an_editor_is_offered_the_import_page_not_a_command_line(client, editor):
    client.force_login(editor)

    html = client.get("/").content.decode()

    assert "No stories yet" in html and 'href="/import/">Import an article</a>' in html
    assert "manage.py" not in html


def test_with_no_stories_a_reviewer_is_told_an_editor_adds_them(client, reviewer):
    client.force_login(reviewer)

    html = client.get("/").content.decode()

    assert "An editor has not added any stories yet" in html
    assert "manage.py" not in html and "Import an article" not in html
