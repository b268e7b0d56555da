"""Every way a highlight, an assignment or a topic placement changes leaves an entry in the audit trail."""

import json

import pytest

from annotations.models import Annotation
from annotations.workflow import assignments
from newsdesk.alignment import clustering, story_topics
from newsdesk.models import AuditEvent, PassagePlacement, Topic

pytestmark = pytest.mark.django_db


def events(obj):
    return list(AuditEvent.objects.filter(object_type=obj._meta.label_lower, object_id=str(obj.pk))
                .order_by("pk").values_list("action", "actor_name"))


def test_highlight_created_changed_and_deleted_through_the_api_is_recorded(client, reviewer, make_article):
    article = make_article("Officials said the launch was reckless.")
    client.force_login(reviewer)
    start = article.text.index("reckless")

    created = client.post("/api/annotations/", json.dumps({"article": article.pk, "tag": "rhetoric", "start": start,
                                                           "end": start + 8, "quote": "reckless"}),
                          content_type="application/json").json()
    client.patch(f"/api/annotations/{created['id']}/", json.dumps({"tag": "factual_claim"}),
                 content_type="application/json")
    client.delete(f"/api/annotations/{created['id']}/")

    annotation = Annotation.objects.get()
    assert events(annotation) == [("create", "reviewer"), ("change", "reviewer"), ("delete", "reviewer")]
    change = AuditEvent.objects.get(action="change")
    assert change.changes["tag"] == ["rhetoric", "factual_claim"]
    assert change.article_id == article.pk
    assert annotation.deleted_at is not None  # soft: the row stays for a restore


def test_highlight_deleted_in_the_reader_is_soft_and_recorded(client, reviewer, make_article):
    article = make_article("A plain sentence here.")
    annotation = Annotation.objects.create(article=article, reviewer=reviewer, tag="boilerplate", start=0, end=7,
                                           quote="A plain")
    client.force_login(reviewer)

    client.post(f"/annotations/{annotation.pk}/delete/")

    annotation.refresh_from_db()
    assert annotation.deleted_by == reviewer
    assert events(annotation) == [("delete", "reviewer")]


def test_assignments_are_recorded_from_creation_to_removal(editor, reviewer, seed_article):
    assignments.assign([reviewer], [seed_article], by=editor)
    assignment = seed_article.assignments.get()
    pk = assignment.pk
    assignments.mark_done(assignment, by=reviewer)
    assignments.unassign(assignment, by=editor)

    assignment.pk = pk
    assert events(assignment) == [("create", "editor"), ("change", "reviewer"), ("delete", "editor")]
    assert AuditEvent.objects.filter(article=seed_article, object_type="annotations.assignment").count() == 3


def test_moving_a_passage_by_hand_is_recorded_with_its_article(seed_story, editor):
    clustering.align_story(seed_story)
    placement = PassagePlacement.objects.for_story(seed_story).exclude(topic=None).select_related("passage").first()
    target = Topic.objects.filter(story=seed_story).exclude(pk=placement.topic_id).first()

    story_topics.move_passage(placement.passage, editor, topic=target)

    event = AuditEvent.objects.get(object_type="newsdesk.passageplacement")
    assert event.action == "change" and event.actor == editor
    assert event.changes["topic_id"] == [placement.topic_id, target.pk]
    assert event.article_id == placement.passage.article_id
