import pytest
from django.urls import URLPattern, URLResolver, get_resolver

pytestmark = pytest.mark.django_db

PUBLIC = {"/healthz", "/accounts/login/", "/accounts/password_reset/", "/accounts/password_reset/done/",
          "/accounts/reset/done/"}


def concrete_paths(resolver=None, prefix=""):
    """Every URL pattern with its parameters filled by plausible values."""
    resolver = resolver or get_resolver()
    for entry in resolver.url_patterns:
        if isinstance(entry, URLResolver):
            yield from concrete_paths(entry, prefix + str(entry.pattern))
        elif isinstance(entry, URLPattern):
            route = prefix + str(entry.pattern)
            if route.startswith("^") or "(?P" in route:
                continue  # admin regex routes; the admin has its own login
            path = "/" + route
            for name, value in (("<int:pk>", "1"), ("<slug:slug>", "a-story"), ("<int:article_id>", "1"),
                                ("<uidb64>", "x"), ("<token>", "y")):
                path = path.replace(name, value)
            if "<" not in path:
                yield path


def test_every_page_and_endpoint_but_login_requires_a_logged_in_user(client, seed_story):
    checked = 0
    for path in concrete_paths():
        if path in PUBLIC or path.startswith("/admin/") or path.startswith("/accounts/reset/"):
            continue
        response = client.get(path)
        if path.startswith("/api/"):
            assert response.status_code == 401, path
            assert response.json()["errors"]["auth"]
        else:
            assert response.status_code == 302, path
            assert response["Location"].startswith("/accounts/login/"), path
        checked += 1
    assert checked >= 5


def test_login_page_is_open_and_logs_a_reviewer_in(client, reviewer):
    assert client.get("/accounts/login/").status_code == 200

    response = client.post("/accounts/login/", {"username": "reviewer", "password": "correct horse battery staple"})

    assert response.status_code == 302
    assert client.get("/").status_code == 200


def test_pages_list_the_story_its_articles_and_the_full_text(client, reviewer, seed_story, seed_article):
    client.force_login(reviewer)

    home = client.get("/").content.decode()
    story_page = client.get(seed_story.get_absolute_url()).content.decode()
    reader = client.get(seed_article.get_absolute_url()).content.decode()

    assert seed_story.title.replace("'", "&#x27;") in home
    assert "3 articles from 3 outlets" in home
    assert all(name in story_page for name in ("Euromaidan Press", "Euronews", "The Independent"))
    assert "Arpan Rai" in reader
    assert reader.count('class="passage') >= seed_article.passages.count()


def test_pages_send_a_content_security_policy_without_inline_script(client, reviewer, seed_story):
    client.force_login(reviewer)

    response = client.get("/")

    assert "script-src 'self'" in response["Content-Security-Policy"]
    assert "unsafe-inline" not in response["Content-Security-Policy"]


def test_api_stories_lists_slug_title_and_articles(client, reviewer, seed_story):
    client.force_login(reviewer)

    data = client.get("/api/stories/").json()

    assert [s["slug"] for s in data] == [seed_story.slug]
    assert data[0]["title"] == seed_story.title
    assert sorted(a["outlet"] for a in data[0]["articles"]) == ["Euromaidan Press", "Euronews", "The Independent"]


def test_api_articles_returns_text_and_code_point_passages(client, reviewer, seed_story, make_article):
    other = make_article("😀 北朝鮮 first\n\nsecond", outlet="Yonhap")
    client.force_login(reviewer)

    data = client.get("/api/articles/", {"story": seed_story.slug}).json()
    everything = client.get("/api/articles/").json()

    assert len(data) == 3
    assert {"id", "story", "outlet", "title", "byline", "url", "published", "text", "passages"} <= set(data[0])
    for article in data:
        assert article["story"] == seed_story.slug
        for passage in article["passages"]:
            assert article["text"][passage["start"] : passage["end"]].strip()
    emoji = next(a for a in everything if a["id"] == other.pk)
    assert emoji["passages"] == [{"index": 0, "start": 0, "end": 11}, {"index": 1, "start": 13, "end": 19}]


def test_api_articles_for_an_unknown_story_is_404(client, reviewer):
    client.force_login(reviewer)

    response = client.get("/api/articles/", {"story": "missing"})

    assert response.status_code == 404
    assert "story" in response.json()["errors"]


def test_an_empty_story_offers_editors_the_import_form_and_tells_reviewers_to_wait(client, reviewer, editor):
    from newsdesk.models import Story

    story = Story.objects.create(title="Empty", slug="empty")

    client.force_login(editor)
    as_editor = client.get(story.get_absolute_url()).content.decode()
    client.force_login(reviewer)
    as_reviewer = client.get(story.get_absolute_url()).content.decode()

    assert f"/import/?story={story.pk}" in as_editor
    assert "/import/" not in as_reviewer and "manage.py" not in as_reviewer
