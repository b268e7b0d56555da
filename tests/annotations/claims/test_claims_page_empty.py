"""A story without articles yet: its claims page says how to fill it, instead of zero counts, a legend for an empty
matrix, an empty per-outlet table and a curation section with nothing to curate."""

import pytest

pytestmark = pytest.mark.django_db


def test_an_editor_is_offered_the_import_of_the_first_article_instead_of_empty_tables(client, editor, empty_story):
    client.force_login(editor)

    html = client.get(f"/stories/{empty_story.slug}/claims/").content.decode()

    assert "No articles in this story yet" in html
    assert f'href="/import/?story={empty_story.pk}">Import an article</a>' in html
    assert "0 claims" not in html and "Per outlet" not in html and "Curate claims" not in html
    assert "Find claims again" not in html


def test_a_reviewer_is_told_an_editor_adds_the_articles_to_the_claims_page(client, reviewer, empty_story):
    client.force_login(reviewer)

    html = client.get(f"/stories/{empty_story.slug}/claims/").content.decode()

    assert "An editor has not added any articles yet" in html
    assert "Import an article" not in html and "Per outlet" not in html


def test_a_story_with_articles_keeps_its_matrix_report_and_curation(client, editor, seed_story):
    client.force_login(editor)

    html = client.get(f"/stories/{seed_story.slug}/claims/").content.decode()

    assert "No articles in this story yet" not in html
    assert "Per outlet" in html and "Curate claims" in html and "Find claims again" in html
