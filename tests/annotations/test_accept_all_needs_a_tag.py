"""Accepting every suggestion at once names the tag it accepts; without one nothing is accepted."""

import pytest

from annotations.models import Annotation

pytestmark = pytest.mark.django_db

ARTICLE_TEXT = ("Share this article\n\nThe regime said on Friday that 40 people were arrested.\n\n"
                "Subscribe to our newsletter\n")


@pytest.fixture
def article(make_article):
    return make_article(ARTICLE_TEXT)


@pytest.mark.parametrize("body", [{}, {"tag": ""}, {"tag": None}])
def test_accept_all_without_a_tag_is_a_400_saying_so(client, reviewer, article, body):
    client.force_login(reviewer)

    response = client.post(f"/api/articles/{article.pk}/suggestions/accept-all", body,
                           content_type="application/json")

    assert response.status_code == 400
    assert "Name the tag to accept" in response.json()["errors"]["tag"][0]
    assert not Annotation.objects.exists()


def test_a_plain_form_post_without_a_tag_is_refused_too(client, reviewer, article):
    client.force_login(reviewer)

    response = client.post(f"/api/articles/{article.pk}/suggestions/accept-all", {})

    assert response.status_code == 400
    assert not Annotation.objects.exists()
