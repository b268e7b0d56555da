"""The audit trail: call ``record`` wherever a highlight, assignment, topic placement or article changes.

    audit.record(request.user, "create", annotation)
    before = audit.snapshot(assignment); ...change it...; audit.record(user, "change", assignment, before=before)
    audit.record(user, "delete", placement)              # before the row goes, so its snapshot is kept

The article is found from the object (an Article, or anything with ``article_id``) unless given. Call it
inside the same transaction as the change, so that a rolled-back change leaves no trace. Large fields
(original HTML) are left out of snapshots; an article's previous text is kept when it is corrected.
"""

from django.core.serializers.json import DjangoJSONEncoder
from django.db import models

from newsdesk import rows
from newsdesk.models import Article, AuditEvent

SKIPPED_FIELDS = {"original_html"}
_encoder = DjangoJSONEncoder()


def _plain(value):
    """JSON-ready: dates and decimals as the encoder writes them, everything else unchanged."""
    if value is None or isinstance(value, str | int | float | bool | list | dict):
        return value
    return _encoder.default(value)


def snapshot(obj: models.Model) -> dict:
    """The object's own columns (foreign keys as ids), as JSON-ready values."""
    return {
        field.attname: _plain(getattr(obj, field.attname))
        for field in obj._meta.concrete_fields
        if field.name not in SKIPPED_FIELDS
    }


def diff(before: dict, after: dict) -> dict:
    return {key: [before.get(key), value] for key, value in after.items() if before.get(key) != value}


def article_of(obj) -> int | None:
    if isinstance(obj, Article):
        return obj.pk
    return getattr(obj, "article_id", None)


def record(actor, action: str, obj: models.Model, *, before: dict | None = None, changes: dict | None = None,
           article: Article | int | None = None) -> AuditEvent:
    """Write one audit event. ``before`` (a ``snapshot``) turns a change into field-by-field pairs."""
    if action not in AuditEvent.Action.values:
        raise ValueError(f"unknown audit action {action!r}")
    if changes is None:
        changes = diff(before, snapshot(obj)) if before is not None else {"snapshot": snapshot(obj)}
    article_id = article.pk if isinstance(article, Article) else article
    actor = actor if actor is not None and actor.is_authenticated else None
    return rows.insert(AuditEvent(
        actor=actor,
        actor_name=actor.get_username() if actor else "",
        action=action,
        object_type=obj._meta.label_lower,
        object_id=str(obj.pk),
        object_repr=str(obj)[:200],
        article_id=article_id if article_id is not None else article_of(obj),
        changes=changes,
    ))


def history(obj: models.Model):
    """Every event about one object, newest first."""
    return AuditEvent.objects.filter(object_type=obj._meta.label_lower, object_id=str(obj.pk))
