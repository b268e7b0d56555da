import pytest
from django.test import Client

pytestmark = pytest.mark.django_db

DEEP = b"[" * 100_000 + b"]" * 100_000


def test_a_write_without_the_csrf_token_is_refused_with_a_json_error(reviewer, seed_article):
    client = Client(enforce_csrf_checks=True)
    client.force_login(reviewer)

    response = client.post("/api/annotations/", {"article": seed_article.pk, "tag": "rhetoric", "start": 0, "end": 3},
                           content_type="application/json")

    assert response.status_code == 403
    assert "CSRF" in response.json()["errors"]["request"][0]


def test_a_method_the_api_does_not_take_is_refused_with_a_json_error(client, reviewer):
    client.force_login(reviewer)

    response = client.put("/api/stories/")

    assert response.status_code == 405
    assert response["Allow"] == "GET"
    assert "GET" in response.json()["errors"]["request"][0]


@pytest.mark.parametrize("path", ["/api/annotations/", "/api/stories/suggest"])
def test_absurdly_nested_json_is_a_400_not_a_crash(client, reviewer, seed_story, path):
    client.force_login(reviewer)

    response = client.post(path, DEEP, content_type="application/json")

    assert response.status_code == 400
    assert "body" in response.json()["errors"]


def test_html_import_keeps_the_words_of_navigation_and_buttons_for_boilerplate_tagging():
    from newsdesk.importing import ingest

    canonical = ingest.from_html(
        b"<nav><a href='/'>Home</a> | <a href='/news'>News</a></nav><h1>Storm hits coast</h1>"
        b"<p>Winds reached 120 km/h.</p><button onclick='x()'>Share</button><form><select><option>A</option>"
        b"</select><input value='secret'></form>"
    )

    assert canonical.text.split("\n\n") == ["Home | News", "Storm hits coast", "Winds reached 120 km/h.", "Share"]
    assert "onclick" not in canonical.original_html and "secret" not in canonical.original_html
