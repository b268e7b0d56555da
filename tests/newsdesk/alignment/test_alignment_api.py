"""The alignment and suggestion endpoints: shapes, order, errors and permissions."""

import json

import pytest
from django.test import Client

from newsdesk.models import Passage
from tests.newsdesk.alignment.test_story_suggestion import FLOODS, FLOODS_TITLE, FOURTH, FOURTH_TITLE

pytestmark = pytest.mark.django_db


def test_alignment_json_lists_topics_by_outlet_coverage_and_the_furniture_band(client, reviewer, seed_story):
    client.force_login(reviewer)

    data = client.get(f"/api/stories/{seed_story.slug}/alignment").json()

    assert data["story"] == seed_story.slug
    assert {a["outlet"] for a in data["articles"]} == {"Euromaidan Press", "Euronews", "The Independent"}
    article_outlet = {a["id"]: a["outlet"] for a in data["articles"]}
    coverage = [len({article_outlet[p["article"]] for p in t["passages"]}) for t in data["topics"]]
    assert coverage == sorted(coverage, reverse=True) and coverage[0] == 3
    assert set(data["topics"][0]) == {"id", "label", "curated", "passages"}
    assert set(data["topics"][0]["passages"][0]) == {"article", "index", "start", "end"}
    placed = len(data["furniture"]) + sum(len(t["passages"]) for t in data["topics"])
    assert placed == Passage.objects.filter(article__story=seed_story).count()


def test_alignment_offsets_match_the_stored_passages(client, reviewer, seed_story):
    client.force_login(reviewer)

    data = client.get(f"/api/stories/{seed_story.slug}/alignment").json()

    for entry in data["furniture"] + [p for t in data["topics"] for p in t["passages"]]:
        passage = Passage.objects.get(article_id=entry["article"], index=entry["index"])
        assert (passage.start, passage.end) == (entry["start"], entry["end"])


def test_alignment_of_an_unknown_story_is_404(client, reviewer):
    client.force_login(reviewer)

    assert client.get("/api/stories/no-such-story/alignment").status_code == 404


def test_alignment_needs_a_login(client, seed_story):
    response = client.get(f"/api/stories/{seed_story.slug}/alignment")

    assert response.status_code == 401


def test_suggest_answers_the_story_slug_or_null(client, reviewer, seed_story):
    client.force_login(reviewer)

    same = client.post("/api/stories/suggest", {"title": FOURTH_TITLE, "text": FOURTH}, content_type="application/json")
    other = client.post("/api/stories/suggest", {"title": FLOODS_TITLE, "text": FLOODS},
                        content_type="application/json")

    assert same.json()["story"] == seed_story.slug and same.json()["score"] > other.json()["score"]
    assert other.json()["story"] is None


@pytest.mark.parametrize("body", ["not json", "[1, 2]", json.dumps({"title": "x"}), json.dumps({"text": 5}),
                                  json.dumps({"title": 3, "text": "Some text."})])
def test_suggest_refuses_bad_input_with_a_clear_error(client, reviewer, body):
    client.force_login(reviewer)

    response = client.post("/api/stories/suggest", body, content_type="application/json")

    assert response.status_code == 400
    assert response.json()["errors"]


def test_suggest_needs_the_csrf_token(reviewer, seed_story):
    client = Client(enforce_csrf_checks=True)
    client.force_login(reviewer)

    response = client.post("/api/stories/suggest", {"title": FOURTH_TITLE, "text": FOURTH},
                           content_type="application/json")

    assert response.status_code == 403


def test_alignment_hides_outlets_from_reviewers_of_an_outlet_blind_story(client, reviewer, seed_story):
    seed_story.outlet_blind = True
    seed_story.save()
    client.force_login(reviewer)

    data = client.get(f"/api/stories/{seed_story.slug}/alignment").json()

    assert {a["outlet"] for a in data["articles"]} == {"Outlet A", "Outlet B", "Outlet C"}
    assert "Euronews" not in json.dumps(data)
