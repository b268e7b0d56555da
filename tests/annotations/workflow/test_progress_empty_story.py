"""The progress page of a story without articles: reviewers are assigned to articles, so it offers the import of the
first one instead of an assignment form with no articles to tick and a pointer to "choose reviewers below"."""

import pytest

pytestmark = pytest.mark.django_db


def test_an_empty_storys_progress_offers_the_import_instead_of_an_assignment_form(client, editor, empty_story):
    client.force_login(editor)

    html = client.get(f"/stories/{empty_story.slug}/progress/").content.decode()

    assert "nothing to assign" in html
    assert f'href="/import/?story={empty_story.pk}">Import an article</a>' in html
    assert "Assign reviewers" not in html and "Choose reviewers below" not in html
    assert "Review settings" in html  # settings can be chosen before the first article comes in


def test_a_story_with_articles_keeps_its_assignment_form(client, editor, seed_story):
    client.force_login(editor)

    html = client.get(f"/stories/{seed_story.slug}/progress/").content.decode()

    assert "Assign reviewers" in html and "nothing to assign" not in html
