"""No reviewer reaches another reviewer's objects by id, and hidden highlights never leak.

Reviewers read every story, and outside blind annotation they see each other's highlights: that is the
design. What must never happen: a reviewer (or a user without a role) changing, deleting, placing or
restoring someone else's highlight, touching assignments or the consensus, reading the audit trail, or
seeing, in a blind story before marking the article done, anything of another reviewer's highlights or of
the consensus: not on a page, not in the API, not in a report or an export, whichever id or filter they
put in the address.
"""

import pytest
from django.test import Client
from django.urls import reverse

from annotations.models import Annotation, Assignment, ConsensusAnnotation
from annotations.workflow import assignments
from tests.annotations.highlights import highlight

pytestmark = pytest.mark.django_db

SECRET = "ownerSecretNote7f3a"
SECRET_SOURCE = "ownerSecretSource7f3a"
CONSENSUS_SECRET = "consensusSecretNote7f3a"


@pytest.fixture
def owned(world, other_reviewer):
    """The reviewer's live, orphaned and deleted highlights and assignment, and the consensus, all carrying
    secrets, in the seed story (blind by default); another reviewer assigned to the same article."""
    owner = world["users"]["reviewer"]
    live = Annotation.objects.get(pk=world["ints"]["annotation"])
    live.note, live.source = SECRET, SECRET_SOURCE
    live.save()
    article = live.article
    orphan = highlight(article, owner, "factual_claim", 10, 20, note=SECRET, orphaned=True)
    deleted = highlight(article, owner, "boilerplate", 30, 40, note=SECRET)
    deleted.soft_delete(owner)
    consensus = ConsensusAnnotation.objects.get(pk=world["ints"]["consensus"])
    consensus.note = CONSENSUS_SECRET
    consensus.save()
    assignments.assign([other_reviewer], [article], by=world["users"]["editor"])
    assert article.story.blind_annotation
    return {"article": article, "live": live, "orphan": orphan, "deleted": deleted, "consensus": consensus,
            "assignment": Assignment.objects.get(reviewer=owner, article=article), "owner": owner}


def intruders(world, other_reviewer):
    return {"other reviewer": other_reviewer, "user without a role": world["users"]["nobody"]}


def by_id_requests(owned):
    """(method, url, body) for every address that names one of the owner's objects by id."""
    live, orphan, deleted = owned["live"].pk, owned["orphan"].pk, owned["deleted"].pk
    article = owned["article"].pk
    return [
        ("get", reverse("annotations:api-annotation", args=[live]), None),
        ("patch", reverse("annotations:api-annotation", args=[live]), {"note": "changed"}),
        ("delete", reverse("annotations:api-annotation", args=[live]), None),
        ("post", reverse("annotations:annotation-edit", args=[live]), {"tag": "rhetoric", "note": "changed"}),
        ("post", reverse("annotations:annotation-delete", args=[live]), {}),
        ("get", reverse("annotations:orphan-place", args=[orphan]), None),
        ("post", reverse("annotations:orphan-place", args=[orphan]), {"start": 0, "end": 5}),
        ("post", reverse("annotations:orphan-delete", args=[orphan]), {}),
        ("post", reverse("annotations:annotation-restore", args=[deleted]), {}),
        ("post", reverse("annotations:assignment-reopen", args=[owned["assignment"].pk]), {}),
        ("post", reverse("annotations:assignment-delete", args=[owned["assignment"].pk]), {}),
        ("post", reverse("annotations:consensus-delete", args=[owned["consensus"].pk]), {}),
        ("get", reverse("annotations:article-history", args=[article]), None),
        ("get", reverse("annotations:article-adjudicate", args=[article]), None),
        ("post", reverse("annotations:consensus-accept", args=[article]), {"annotations": [live], "tag": "rhetoric",
                                                                "start": 0, "end": 5}),
        ("post", reverse("annotations:consensus-reject", args=[article]), {"annotations": [live]}),
    ]


def send(client, method, url, body):
    if method in ("patch", "put"):
        return getattr(client, method)(url, body, content_type="application/json")
    return getattr(client, method)(url, body) if body is not None else getattr(client, method)(url)


def snapshot(owned) -> tuple:
    live = Annotation.objects.get(pk=owned["live"].pk)
    orphan = Annotation.objects.get(pk=owned["orphan"].pk)
    deleted = Annotation.objects.get(pk=owned["deleted"].pk)
    return (live.note, live.tag, live.deleted_at, orphan.orphaned, orphan.deleted_at, deleted.deleted_at,
            Assignment.objects.filter(pk=owned["assignment"].pk).exists(),
            ConsensusAnnotation.objects.filter(pk=owned["consensus"].pk).exists(), ConsensusAnnotation.objects.count())


def secrets_in(response) -> list[str]:
    content = b"".join(response.streaming_content) if response.streaming else response.content
    body = content.decode(errors="replace")
    return [secret for secret in (SECRET, SECRET_SOURCE, CONSENSUS_SECRET) if secret in body]


@pytest.mark.parametrize("intruder", ["other reviewer", "user without a role"])
def test_another_users_objects_cannot_be_reached_by_id(intruder, world, owned, other_reviewer):
    client = Client()
    client.force_login(intruders(world, other_reviewer)[intruder])
    before = snapshot(owned)
    wrong = []

    for method, url, body in by_id_requests(owned):
        response = send(client, method, url, body)
        if response.status_code not in (403, 404):
            wrong.append(f"{method.upper()} {url}: {response.status_code}")
        if leaked := secrets_in(response):
            wrong.append(f"{method.upper()} {url}: shows {leaked}")

    assert not wrong, "\n".join(wrong)
    assert snapshot(owned) == before


@pytest.mark.parametrize("intruder", ["other reviewer", "user without a role"])
def test_no_page_or_endpoint_shows_hidden_highlights_whatever_the_address_asks(
    intruder, world, owned, other_reviewer, every_url
):
    client = Client()
    client.force_login(intruders(world, other_reviewer)[intruder])
    article, owner = owned["article"], owned["owner"]
    queries = [
        "",
        f"?all=1&reviewer={owner.username}&article={article.pk}&story={article.story.slug}",
        f"?layer=consensus&story={article.story.slug}&article={article.pk}&ids={owned['live'].pk}",
        f"?ids={owned['live'].pk}+{owned['orphan'].pk}+{owned['deleted'].pk}&words=words",
    ]
    wrong = []

    for name, _, url in every_url:
        if name == "admin":
            continue  # staff only; the permission walk shows everyone else is sent away
        for query in queries:
            response = client.get(url + query)
            if leaked := secrets_in(response):
                wrong.append(f"{name} GET {url}{query}: {response.status_code}, shows {leaked}")

    assert not wrong, "\n".join(wrong)


def test_the_highlights_api_lists_only_ones_own_highlights_in_a_blind_story(owned, other_reviewer):
    client = Client()
    client.force_login(other_reviewer)
    article = owned["article"]
    mine = highlight(article, other_reviewer, "rhetoric", 50, 60)

    listed = client.get("/api/annotations/", {"article": article.pk, "all": 1}).json()
    by_owner = client.get("/api/annotations/", {"article": article.pk, "reviewer": owned["owner"].username}).json()
    by_tag = client.get("/api/annotations/", {"article": article.pk, "tag": "rhetoric"}).json()

    assert [a["id"] for a in listed] == [mine.pk]
    assert by_owner == []
    assert [a["id"] for a in by_tag] == [mine.pk]


def test_once_done_the_other_reviewer_sees_the_highlight_the_blind_rule_hid(owned, other_reviewer):
    client = Client()
    client.force_login(other_reviewer)
    url = reverse("annotations:api-annotation", args=[owned["live"].pk])
    assert client.get(url).status_code == 404

    client.post(reverse("annotations:article-mark-done", args=[owned["article"].pk]))
    response = client.get(url)

    assert response.status_code == 200
    assert response.json()["note"] == SECRET
    assert client.patch(url, {"note": "mine now"}, content_type="application/json").status_code == 403
    assert Annotation.objects.get(pk=owned["live"].pk).note == SECRET


def test_an_editor_sees_every_secret_the_walk_looks_for(world, owned):
    client = Client()
    client.force_login(world["users"]["editor"])
    article = owned["article"]

    listed = client.get(reverse("annotations:api-annotations"), {"article": article.pk})
    export = client.get(reverse("annotations:api-export", args=["csv"]), {"story": article.story.slug})
    consensus = client.get(reverse("annotations:article-adjudicate", args=[article.pk]))

    assert SECRET in secrets_in(listed)
    assert {SECRET, SECRET_SOURCE} <= set(secrets_in(export))
    assert CONSENSUS_SECRET in secrets_in(consensus)
