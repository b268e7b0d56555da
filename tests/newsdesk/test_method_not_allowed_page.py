"""A form's address opened in the browser shows the app's own 405 page, not an empty answer the browser turns into its
blank "this page isn't working"; the API's and htmx's refusals are left as they were."""

import pytest

from newsdesk.models import Story

pytestmark = pytest.mark.django_db


def test_opening_a_forms_address_shows_the_apps_own_405_page(client, editor):
    story = Story.objects.create(slug="ferry-fares", title="Ferry fares at Tollsund")
    client.force_login(editor)

    response = client.get(f"/stories/{story.slug}/review-settings/")

    assert response.status_code == 405 and response["Allow"] == "POST"
    html = response.content.decode()
    assert "This address is not a page to open" in html
    assert 'href="/">Back to the stories</a>' in html
    assert editor.get_username() in html  # the header of every page, with who is logged in


def test_an_article_form_address_shows_the_page_too(client, reviewer, seed_article):
    client.force_login(reviewer)

    response = client.get(f"/articles/{seed_article.pk}/done/")

    assert response.status_code == 405 and "This address is not a page to open" in response.content.decode()


def test_the_api_still_refuses_a_wrong_method_in_json(client, reviewer):
    client.force_login(reviewer)

    response = client.put("/api/queue/")

    assert response.status_code == 405 and response["Content-Type"].startswith("application/json")
    assert "This address is not a page to open" not in response.content.decode()


def test_an_htmx_request_with_a_wrong_method_gets_no_page_to_swap_in(client, reviewer, seed_article):
    client.force_login(reviewer)

    response = client.get(f"/articles/{seed_article.pk}/done/", headers={"HX-Request": "true"})

    assert response.status_code == 405 and response.content == b""
