"""``newsdesk.rows``: the prepared INSERT and SELECT behind saving a highlight hold the ORM's values exactly."""

import pytest
from django.db import IntegrityError, transaction
from django.db.models.signals import post_save, pre_save

from annotations.models import Annotation
from newsdesk import rows
from newsdesk.models import Article, AuditEvent

COMPARED = ("article_id", "reviewer_id", "tag", "start", "end", "quote", "prefix", "suffix", "note", "source",
            "version", "suggestion_rule", "orphaned", "deleted_at", "deleted_by_id")


def highlight(article, reviewer, start, end, **fields):
    text = article.text
    return Annotation(article=article, reviewer=reviewer, tag="rhetoric", start=start, end=end,
                      quote=text[start:end], prefix=text[max(0, start - 5):start], suffix=text[end:end + 5], **fields)


@pytest.mark.django_db
def test_an_inserted_highlight_reads_back_as_the_orm_would_have_stored_it(seed_article, reviewer):
    by_orm = highlight(seed_article, reviewer, 10, 20, note="ö 😀 注")
    by_orm.save()
    by_insert = rows.insert(highlight(seed_article, reviewer, 30, 40, note="ö 😀 注"))

    assert by_insert.pk is not None and by_insert.pk != by_orm.pk
    assert by_insert._state.adding is False
    stored = Annotation.objects.get(pk=by_insert.pk)
    reference = Annotation.objects.get(pk=by_orm.pk)
    for name in COMPARED:
        if name not in ("start", "end", "quote", "prefix", "suffix"):
            assert getattr(stored, name) == getattr(reference, name), name
    assert (stored.start, stored.end, stored.quote) == (30, 40, seed_article.text[30:40])
    assert stored.created == by_insert.created and stored.updated == by_insert.updated  # auto_now set on both
    assert stored.created is not None and stored.version == 1


@pytest.mark.django_db
def test_an_insert_breaking_a_constraint_raises_integrity_error_and_stores_nothing(seed_article, reviewer):
    rows.insert(highlight(seed_article, reviewer, 10, 20))
    before = Annotation.objects.count()
    with pytest.raises(IntegrityError), transaction.atomic():
        rows.insert(highlight(seed_article, reviewer, 10, 20))  # the same live highlight twice
    with pytest.raises(IntegrityError), transaction.atomic():
        rows.insert(highlight(seed_article, reviewer, 20, 10))  # start after end
    assert Annotation.objects.count() == before


@pytest.mark.django_db
def test_an_audit_event_keeps_its_json_changes_and_time(seed_article, reviewer):
    event = rows.insert(AuditEvent(actor=reviewer, actor_name="reviewer", action="create",
                                   object_type="annotations.annotation", object_id="7", article=seed_article,
                                   changes={"snapshot": {"note": "😀", "start": 3, "nested": [1, None]}}))
    stored = AuditEvent.objects.get(pk=event.pk)
    assert stored.changes == {"snapshot": {"note": "😀", "start": 3, "nested": [1, None]}}
    assert stored.created_at == event.created_at and stored.article_id == seed_article.pk


@pytest.mark.django_db
def test_by_id_loads_the_row_as_the_orm_does_and_defers_what_it_is_told(seed_article, django_assert_num_queries):
    with django_assert_num_queries(1):
        loaded = rows.by_id(Article, seed_article.pk, deferred=("original_html",))
    reference = Article.objects.get(pk=seed_article.pk)
    for field in Article._meta.concrete_fields:
        if field.name != "original_html":
            assert getattr(loaded, field.attname) == getattr(reference, field.attname), field.name
    assert loaded.get_deferred_fields() == {"original_html"}
    with django_assert_num_queries(1):
        assert loaded.original_html == reference.original_html  # loaded on first use


@pytest.mark.django_db
def test_by_id_answers_none_for_an_id_that_names_no_row(seed_article):
    assert rows.by_id(Article, 10**12) is None


def test_nothing_listens_for_saves_of_the_models_inserted_without_the_orm():
    """``rows.insert`` sends no signals: a receiver added for these models would silently never run."""
    for model in (Annotation, AuditEvent):
        assert not post_save.has_listeners(model) and not pre_save.has_listeners(model), model.__name__
