"""A reviewer cannot tag the same words with the same tag twice: not through the API, the toolbar, the
popover, a restore, an orphan's placing or a correction, and not even by writing to the database directly."""

import json

import pytest
from django.db import IntegrityError, transaction

from annotations.forms import AnnotationChangeForm, AnnotationForm
from annotations.models import Annotation, DuplicateHighlight
from annotations.workflow.corrections import correct_article
from newsdesk.models import AuditEvent

from .helpers import highlight

pytestmark = pytest.mark.django_db

TEXT = "Officials said the launch was reckless.\n\nAnalysts called it reckless too."


def span(article, phrase):
    start = article.text.index(phrase)
    return start, start + len(phrase)


def test_api_refuses_an_exact_duplicate_with_400_and_a_message_on_start(client, reviewer, make_article):
    article = make_article(TEXT)
    client.force_login(reviewer)
    start, end = span(article, "reckless")
    body = json.dumps({"article": article.pk, "tag": "rhetoric", "start": start, "end": end})
    assert client.post("/api/annotations/", body, content_type="application/json").status_code == 201

    response = client.post("/api/annotations/", body, content_type="application/json")

    assert response.status_code == 400
    assert response.json() == {
        "errors": {"start": ["You already tagged these words as Rhetoric: “reckless”."]}
    }
    assert Annotation.objects.count() == 1


def test_api_accepts_another_tag_another_reviewer_or_a_deleted_twin(client, reviewer, other_reviewer,
                                                                      make_article):
    article = make_article(TEXT)
    start, end = span(article, "reckless")
    highlight(article, reviewer, start, end, tag="rhetoric")
    highlight(article, other_reviewer, start, end, tag="attribution")
    highlight(article, reviewer, start, end, tag="attribution").soft_delete(reviewer)
    client.force_login(reviewer)

    for tag in ("attribution", "factual_claim"):
        response = client.post("/api/annotations/", json.dumps(
            {"article": article.pk, "tag": tag, "start": start, "end": end}), content_type="application/json")
        assert response.status_code == 201, response.json()

    assert Annotation.objects.live().filter(reviewer=reviewer).count() == 3


def test_api_patch_refuses_a_tag_that_would_make_a_duplicate(client, reviewer, make_article):
    article = make_article(TEXT)
    start, end = span(article, "reckless")
    highlight(article, reviewer, start, end, tag="rhetoric")
    other = highlight(article, reviewer, start, end, tag="attribution")
    client.force_login(reviewer)

    response = client.patch(f"/api/annotations/{other.pk}/", json.dumps({"tag": "rhetoric"}),
                            content_type="application/json")

    assert response.status_code == 400
    assert response.json()["errors"]["tag"] == ["You already tagged these words as Rhetoric: “reckless”."]
    other.refresh_from_db()
    assert other.tag == "attribution"


def test_toolbar_shows_the_duplicate_message_and_saves_nothing(client, reviewer, make_article):
    article = make_article(TEXT)
    start, end = span(article, "reckless")
    highlight(article, reviewer, start, end, tag="rhetoric")
    client.force_login(reviewer)

    response = client.post("/annotations/", {"article": article.pk, "tag": "rhetoric", "start": start, "end": end,
                                             "quote": "reckless"}, HTTP_HX_REQUEST="true")

    assert response.status_code == 422
    assert "You already tagged these words as Rhetoric" in response.content.decode()
    assert Annotation.objects.count() == 1


def test_form_refuses_a_duplicate_when_saving_and_names_it_on_start(reviewer, make_article):
    article = make_article(TEXT)
    start, end = span(article, "reckless")
    highlight(article, reviewer, start, end, tag="boilerplate")
    data = {"article": article.pk, "tag": "boilerplate", "start": start, "end": end}
    refused = AnnotationForm(data, reviewer=reviewer)
    later_match = AnnotationForm({**data, "start": article.text.rindex("reckless"),
                                  "end": article.text.rindex("reckless") + 8}, reviewer=reviewer)
    assert refused.is_valid() and later_match.is_valid(), later_match.errors

    with pytest.raises(DuplicateHighlight):
        refused.save()
    later_match.save()

    assert refused.errors["start"] == ["You already tagged these words as Boilerplate: “reckless”."]
    assert Annotation.objects.live().count() == 2
    assert AuditEvent.objects.filter(action="create", object_type="annotations.annotation").count() == 1


def test_change_form_keeps_the_tag_when_it_would_duplicate(reviewer, make_article):
    article = make_article(TEXT)
    start, end = span(article, "launch")
    highlight(article, reviewer, start, end, tag="factual_claim")
    other = highlight(article, reviewer, start, end, tag="rhetoric")

    form = AnnotationChangeForm({"tag": "factual_claim", "note": "", "source": ""}, instance=other)

    assert not form.is_valid()
    assert "already tagged these words as Factual claim" in form.errors["tag"][0]


def test_database_refuses_a_second_live_copy_but_not_a_deleted_or_orphaned_one(reviewer, make_article):
    article = make_article(TEXT)
    start, end = span(article, "reckless")
    first = highlight(article, reviewer, start, end)

    with pytest.raises(IntegrityError), transaction.atomic():
        highlight(article, reviewer, start, end)
    first.soft_delete(reviewer)
    second = highlight(article, reviewer, start, end)
    orphan = highlight(article, reviewer, start, end, orphaned=True)

    assert Annotation.objects.live().get() == second
    assert orphan.pk and first.pk != second.pk


def test_restoring_a_deleted_highlight_the_reviewer_made_again_is_refused(reviewer, editor, make_article):
    article = make_article(TEXT)
    start, end = span(article, "reckless")
    deleted = highlight(article, reviewer, start, end)
    deleted.soft_delete(reviewer)
    highlight(article, reviewer, start, end)

    with pytest.raises(DuplicateHighlight):
        deleted.restore(by=editor)

    deleted.refresh_from_db()
    assert deleted.deleted_at is not None


def test_placing_an_orphan_on_words_already_tagged_alike_is_refused(reviewer, make_article):
    article = make_article(TEXT)
    start, end = span(article, "reckless")
    highlight(article, reviewer, start, end)
    orphan = highlight(article, reviewer, 0, 9, orphaned=True)

    with pytest.raises(DuplicateHighlight):
        orphan.place(start, end, by=reviewer)

    orphan.refresh_from_db()
    assert orphan.orphaned


def test_correction_that_brings_two_highlights_onto_one_span_orphans_the_second(reviewer, editor, make_article):
    article = make_article("Alpha beta gamma.\n\nAlpha beta gamma delta.")
    first = highlight(article, reviewer, 0, 10, tag="rhetoric")
    second = highlight(article, reviewer, 19, 29, tag="rhetoric")

    report = correct_article(article, "Alpha beta gamma delta.", by=editor)

    first.refresh_from_db()
    second.refresh_from_db()
    assert Annotation.objects.live().filter(reviewer=reviewer).count() == 1
    assert {first.orphaned, second.orphaned} == {False, True}
    assert report.counts["orphaned"] == 1


def test_correction_shifting_same_length_highlights_keeps_them_all(reviewer, editor, make_article):
    article = make_article("aa bb cc dd ee.")
    spans = [(0, 2), (3, 5), (6, 8), (9, 11)]
    for start, end in spans:
        highlight(article, reviewer, start, end, tag="rhetoric")

    correct_article(article, "zz aa bb cc dd ee.", by=editor)

    assert sorted(Annotation.objects.live().values_list("quote", flat=True)) == ["aa", "bb", "cc", "dd"]
