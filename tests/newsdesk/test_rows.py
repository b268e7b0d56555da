"""``newsdesk.rows``: the prepared INSERT and SELECT behind saving a highlight hold the ORM's values exactly."""

import pytest
from django.db import IntegrityError, connections, transaction
from django.db.models.signals import post_save, pre_save
from django.utils import timezone

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


@pytest.mark.django_db
def test_every_prepared_value_is_the_one_its_field_prepares(seed_article, reviewer):
    """A value passed on as it is (``unchanged_type``) must be exactly what the field's own preparation gives."""
    connection = connections["default"]
    objects = [
        highlight(seed_article, reviewer, 10, 20, note="ö 😀 注", source="", suggestion_rule="rule"),
        highlight(seed_article, reviewer, 1, 2, orphaned=True, deleted_by=reviewer, deleted_at=timezone.now()),
        AuditEvent(actor=reviewer, actor_name="reviewer", action="create", object_type="annotations.annotation",
                   object_id="7", article=seed_article, changes={"snapshot": {"note": "😀", "n": [1, None]}}),
        AuditEvent(actor=None, action="delete", object_type="x.y", object_id="8", article=None, changes={}),
    ]
    for obj in objects:
        columns, values = rows.prepared(obj, connection)  # sets the auto_now dates, as saving would
        by_field = {field.column: field for field in obj._meta.concrete_fields}
        for column, value in zip(columns, values, strict=True):
            field = by_field[column]
            expected = field.get_db_prep_save(getattr(obj, field.attname), connection=connection)
            assert type(value) is type(expected), column
            assert getattr(value, "obj", value) == getattr(expected, "obj", expected), column  # psycopg's Jsonb


def test_only_values_django_leaves_alone_are_passed_on_unprepared():
    connection = connections["default"]
    fields = {field.name: field for field in Annotation._meta.concrete_fields}
    assert rows.unchanged_type(fields["tag"], connection) is str
    assert rows.unchanged_type(fields["note"], connection) is str  # a TextField
    assert rows.unchanged_type(fields["orphaned"], connection) is bool
    assert rows.unchanged_type(fields["article"], connection) is int  # a key to an auto field
    assert rows.unchanged_type(fields["created"], connection) is None  # dates are adapted per database
    assert rows.unchanged_type(AuditEvent._meta.get_field("changes"), connection) is None  # JSON is encoded
    # PostgreSQL wraps each integer in its own type; elsewhere an int is passed as it is.
    expected = None if connection.vendor == "postgresql" else int
    assert rows.unchanged_type(fields["start"], connection) is expected
