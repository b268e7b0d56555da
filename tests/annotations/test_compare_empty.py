"""A story without articles yet: its comparison page says how to fill it, and shows no options for a grid it lacks."""

import pytest

pytestmark = pytest.mark.django_db


def test_an_editor_is_offered_the_import_of_the_first_article(client, editor, empty_story):
    client.force_login(editor)

    html = client.get(f"/stories/{empty_story.slug}/compare/").content.decode()

    assert f'href="/import/?story={empty_story.pk}">Import an article</a>' in html
    assert "Hide page furniture" not in html and "Re-run alignment" not in html


def test_a_reviewer_is_told_an_editor_adds_the_articles(client, reviewer, empty_story):
    client.force_login(reviewer)

    html = client.get(f"/stories/{empty_story.slug}/compare/").content.decode()

    assert "An editor has not added any articles yet" in html
    assert "Import an article" not in html
