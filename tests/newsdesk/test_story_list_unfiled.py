"""The story list's unfiled articles: each card says what the matching found, even when it found nothing."""

import pytest

pytestmark = pytest.mark.django_db


def test_an_unfiled_article_like_no_story_says_no_story_is_suggested(client, editor, seed_story, make_article):
    article = make_article("A council in a small northern town voted to close its maternity ward, officials said.",
                           outlet="Valley Herald", title="Maternity ward to close next spring")
    client.force_login(editor)

    html = client.get("/").content.decode()

    card = html.split(f'href="{article.get_absolute_url()}"')[1].split("</li>")[0]
    assert "Suggested:" not in card
    assert "No story is like it enough to suggest one" in card


def test_an_unfiled_article_not_yet_matched_does_not_say_no_story_is_like_it(client, editor, seed_story, make_article):
    from newsdesk.models import StoryMatch

    article = make_article("A council in a small northern town voted to close its maternity ward, officials said.",
                           outlet="Valley Herald", title="Maternity ward to close next spring")
    StoryMatch.objects.filter(article=article).delete()
    client.force_login(editor)

    html = client.get("/").content.decode()

    card = html.split(f'href="{article.get_absolute_url()}"')[1].split("</li>")[0]
    assert "No story is like it enough to suggest one" not in card
