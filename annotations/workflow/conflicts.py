"""Conflicts: what to tell someone whose change was made to an old copy of a highlight.

Every highlight (and consensus highlight) carries a version, one more at each change. A write that names the
version its author last saw is refused when the highlight has moved on since, rather than silently undoing
the other change: the owner in two tabs, or an editor adjudicating while the owner edits. The answer says
who changed it, when, and what, read from the audit trail, where every change records the version it made.
"""

from dataclasses import dataclass, field
from datetime import datetime

from django.utils import formats, timezone

from annotations.tags import TAG_BY_KEY
from newsdesk.models import AuditEvent

SHOWN_FIELDS = ("tag", "start", "end", "quote", "note", "source")
SPAN_FIELDS = ("start", "end", "quote")
QUOTE_SHOWN = 60
RELOAD = "Reload and try again."


class BadVersion(ValueError):
    """A version that is not a whole number from 1."""


@dataclass
class Conflict:
    message: str
    changed: list[str] = field(default_factory=list)


def parse_version(value) -> int | None:
    """A client's version: a whole number from 1 (JSON number, form field or ``If-Match: "3"``); None when
    none was given. ``BadVersion`` for anything else."""
    if value is None or value == "" or value == "*":
        return None
    if isinstance(value, bool):
        raise BadVersion("not a number")
    if isinstance(value, str):
        text = value.strip()
        text = text[2:] if text.startswith("W/") else text
        text = text[1:-1] if len(text) >= 2 and text[0] == text[-1] == '"' else text
        if not text.isascii() or not text.isdigit() or len(text) > 18:
            raise BadVersion("not a number")
        value = int(text)
    if not isinstance(value, int) or value < 1:
        raise BadVersion("not a version")
    return value


VERSION_MESSAGE = "Must be the highlight's version, a whole number from 1 (as the highlight's JSON gives it)."


def event_version(event: AuditEvent) -> int | None:
    """The version a recorded change made: ``{"version": [old, new]}``, or the snapshot of a delete/restore."""
    changes = event.changes or {}
    pair = changes.get("version")
    if isinstance(pair, list) and len(pair) == 2 and isinstance(pair[1], int):
        return pair[1]
    snapshot = changes.get("snapshot")
    if isinstance(snapshot, dict) and isinstance(snapshot.get("version"), int):
        return snapshot["version"]
    return None


def events_about(obj_type: str, pk) -> list[AuditEvent]:
    return list(AuditEvent.objects.filter(object_type=obj_type, object_id=str(pk)).order_by("created_at", "pk"))


def describe(obj, seen: int, *, subject: str = "This highlight") -> Conflict:
    """Who changed ``obj`` (a highlight or consensus highlight, as stored now) since version ``seen``, and how."""
    events = [e for e in events_about(obj._meta.label_lower, obj.pk) if (event_version(e) or 0) > seen]
    first = {}
    for event in events:
        for name, pair in (event.changes or {}).items():
            if isinstance(pair, list) and len(pair) == 2:
                first.setdefault(name, pair[0])
    changed = [name for name in SHOWN_FIELDS if name in first and first[name] != getattr(obj, name)]
    deleted = getattr(obj, "deleted_at", None) is not None
    orphaned = bool(getattr(obj, "orphaned", False)) and first.get("orphaned") is False
    who, when = _who_and_when(events, fallback=getattr(obj, "updated", None) or getattr(obj, "decided_at", None))
    if deleted:
        return Conflict(f"{subject} was deleted by {who} at {when}. {RELOAD}", [*changed, "deleted"])
    if orphaned:
        changed.append("orphaned")
    parts = _parts(changed, first, obj)
    details = f": {'; '.join(parts)}" if parts else ""
    return Conflict(f"{subject} was changed by {who} at {when}{details}. {RELOAD}", changed)


def describe_removed(obj_type: str, pk, *, subject: str) -> Conflict:
    """For something no longer stored (a consensus highlight another editor removed)."""
    events = [e for e in events_about(obj_type, pk) if e.action == AuditEvent.Action.DELETE][-1:]
    who, when = _who_and_when(events, fallback=None)
    return Conflict(f"{subject} was removed by {who} at {when}. {RELOAD}", ["deleted"])


def _parts(changed: list[str], first: dict, obj) -> list[str]:
    parts = []
    if "tag" in changed:
        parts.append(f"tag {_tag_label(first['tag'])} → {_tag_label(obj.tag)}")
    if any(name in changed for name in SPAN_FIELDS):
        parts.append(f"its words are now “{short_quote(obj.quote)}”")
    if "orphaned" in changed:
        parts.append("the article’s text was corrected and the highlight could not be placed again")
    parts += [f"{name} changed" for name in ("note", "source") if name in changed]
    return parts


def _who_and_when(events, *, fallback: datetime | None) -> tuple[str, str]:
    names = []
    for event in events:
        name = event.actor_name or "the server"
        if name not in names:
            names.append(name)
    at = events[-1].created_at if events else fallback
    who = " and ".join(names) if names else "someone else"
    when = formats.date_format(timezone.localtime(at), "j M Y, H:i:s") if at else "a moment ago"
    return who, when


def _tag_label(key) -> str:
    tag = TAG_BY_KEY.get(key)
    return tag.label if tag else str(key)


def short_quote(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= QUOTE_SHOWN else text[: QUOTE_SHOWN - 1] + "…"
