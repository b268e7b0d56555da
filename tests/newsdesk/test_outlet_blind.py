import pytest

from newsdesk.blinding import letters

pytestmark = pytest.mark.django_db


@pytest.fixture
def blind_story(seed_story):
    seed_story.outlet_blind = True
    seed_story.save()
    return seed_story


def test_letters_count_like_spreadsheet_columns():
    assert [letters(i) for i in (0, 1, 25, 26, 27)] == ["A", "B", "Z", "AA", "AB"]


def test_reviewer_sees_no_outlet_byline_or_url_on_an_outlet_blind_story_page(client, reviewer, blind_story):
    client.force_login(reviewer)

    page = client.get(blind_story.get_absolute_url()).content.decode()

    for article in blind_story.articles.select_related("outlet"):
        assert article.outlet.name not in page
        if article.byline:
            assert article.byline not in page
    assert "Outlet A" in page and "Outlet C" in page


def test_editor_still_sees_the_mastheads(client, editor, blind_story, seed_article):
    client.force_login(editor)

    page = client.get(blind_story.get_absolute_url()).content.decode()

    assert seed_article.outlet.name in page


def test_api_hides_outlet_byline_and_url_from_reviewers_of_an_outlet_blind_story(client, reviewer, blind_story):
    client.force_login(reviewer)

    articles = client.get(f"/api/articles/?story={blind_story.slug}").json()
    stories = client.get("/api/stories/").json()

    real_names = set(blind_story.articles.values_list("outlet__name", flat=True))
    assert {a["outlet"] for a in articles} == {"Outlet A", "Outlet B", "Outlet C"}
    assert all(a["url"] == "" and a["byline"] == "" for a in articles)
    assert not real_names & {a["outlet"] for s in stories for a in s["articles"]}


def test_outlet_letters_are_stable_between_pages_and_api(client, reviewer, blind_story, seed_article):
    client.force_login(reviewer)

    by_id = {a["id"]: a["outlet"] for a in client.get("/api/articles/").json()}
    by_id_again = {a["id"]: a["outlet"] for a in client.get("/api/articles/").json()}

    assert by_id == by_id_again
    assert by_id[seed_article.pk].startswith("Outlet ")


def test_stories_that_are_not_outlet_blind_show_the_outlet(client, reviewer, seed_story, seed_article):
    client.force_login(reviewer)

    page = client.get(seed_story.get_absolute_url()).content.decode()

    assert seed_article.outlet.name in page


def test_editor_switches_blind_settings_from_the_progress_page(client, editor, seed_story):
    client.force_login(editor)

    response = client.post(f"/stories/{seed_story.slug}/review-settings/", {"outlet_blind": "on", "next": "progress"})

    seed_story.refresh_from_db()
    assert response.url == f"/stories/{seed_story.slug}/progress/"
    assert seed_story.outlet_blind and not seed_story.blind_annotation


def test_reviewer_cannot_switch_blind_settings(client, reviewer, seed_story):
    client.force_login(reviewer)

    response = client.post(f"/stories/{seed_story.slug}/review-settings/", {"outlet_blind": "on"})

    seed_story.refresh_from_db()
    assert response.status_code == 403
    assert not seed_story.outlet_blind and seed_story.blind_annotation
