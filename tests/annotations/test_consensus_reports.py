import pytest

from annotations.models import Assignment
from annotations.workflow import adjudication, assignments

from .helpers import highlight

pytestmark = pytest.mark.django_db


@pytest.fixture
def adjudicated(editor, reviewer, other_reviewer, seed_article):
    """Two reviewers agree on one span and disagree on another; the editor accepts only the first."""
    agreed = [highlight(seed_article, reviewer, 200, 230), highlight(seed_article, other_reviewer, 200, 230)]
    highlight(seed_article, reviewer, 400, 420, tag="attribution", source="officials")
    adjudication.accept(seed_article, agreed, tag="rhetoric", start=200, end=230, by=editor)
    return seed_article


def summary(client, user, **params):
    client.force_login(user)
    query = "&".join(f"{k}={v}" for k, v in params.items())
    return client.get(f"/api/reports/summary?{query}").json()


def test_report_counts_every_reviewer_by_default(client, editor, adjudicated):
    data = summary(client, editor, story=adjudicated.story.slug)

    assert sorted(row["reviewer"] for row in data["reviewers"]) == ["other", "reviewer"]
    assert sum(row["highlights"] for row in data["reviewers"]) == 3


def test_report_switched_to_consensus_counts_only_agreed_highlights(client, editor, adjudicated):
    data = summary(client, editor, story=adjudicated.story.slug, layer="consensus")

    assert [(row["reviewer"], row["highlights"]) for row in data["reviewers"]] == [("Consensus", 1)]
    article = next(row for row in data["articles"] if row["id"] == adjudicated.pk)
    assert article["tags"]["rhetoric"]["highlights"] == 1
    assert article["tags"]["attribution"]["highlights"] == 0
    assert data["sources"] == []


def test_unknown_layer_is_refused(client, editor, adjudicated):
    client.force_login(editor)

    response = client.get("/api/reports/summary?layer=everyone")

    assert response.status_code == 400
    assert "layer" in response.json()["errors"]


def test_consensus_report_page_says_agreement_needs_all_reviewers(client, editor, adjudicated):
    client.force_login(editor)

    page = client.get(f"/reports/?story={adjudicated.story.slug}&layer=consensus").content.decode()

    assert "1</strong> consensus highlight" in page
    assert "switch <em>Highlights</em> to “Reviewers’ own”" in page


def test_consensus_csv_download_takes_the_layer(client, editor, adjudicated):
    client.force_login(editor)

    csv = client.get(f"/reports/reviewers.csv?story={adjudicated.story.slug}&layer=consensus").content.decode()

    assert "Consensus" in csv and "reviewer" not in csv.splitlines()[1:][0]


def test_blind_reviewer_sees_no_consensus_until_done(client, editor, reviewer, adjudicated):
    assignments.assign([reviewer], [adjudicated], by=editor)

    before = summary(client, reviewer, story=adjudicated.story.slug, layer="consensus")
    assignments.mark_done(Assignment.objects.get(reviewer=reviewer), by=reviewer)
    after = summary(client, reviewer, story=adjudicated.story.slug, layer="consensus")

    assert before["reviewers"] == []
    assert after["reviewers"][0]["highlights"] == 1


@pytest.mark.parametrize("fmt", ["jsonld", "csv"])
def test_exports_take_the_consensus_layer(client, editor, adjudicated, fmt):
    client.force_login(editor)

    every = b"".join(client.get(f"/api/export/annotations.{fmt}?story={adjudicated.story.slug}").streaming_content)
    agreed = b"".join(
        client.get(f"/api/export/annotations.{fmt}?story={adjudicated.story.slug}&layer=consensus").streaming_content
    ).decode()

    assert b"attribution" in every
    assert "attribution" not in agreed
    assert "Consensus" in agreed
    assert adjudicated.text[200:230].split("\n")[0] in agreed


def test_jsonl_consensus_export_labels_the_agreed_span(client, editor, adjudicated):
    import json

    client.force_login(editor)

    lines = b"".join(
        client.get(f"/api/export/annotations.jsonl?story={adjudicated.story.slug}&layer=consensus").streaming_content
    ).decode().splitlines()

    rows = [json.loads(line) for line in lines]
    assert [(r["reviewer"], r["label"]) for r in rows] == [("Consensus", [[200, 230, "rhetoric"]])]


def test_export_refuses_an_unknown_layer(client, editor, adjudicated):
    client.force_login(editor)

    response = client.get("/api/export/annotations.csv?layer=mine")

    assert response.status_code == 400
    assert "layer" in response.json()["errors"]
