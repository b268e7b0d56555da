"""The audit trail: call ``record`` wherever a highlight, assignment, topic placement or article changes.

    audit.record(request.user, "create", annotation)
    before = audit.snapshot(assignment); ...change it...; audit.record(user, "change", assignment, before=before)
    audit.record(user, "delete", placement)              # before the row goes, so its snapshot is kept
    audit.create(user, Annotation(...))                  # stores the new row and its event, both or neither

The article is found from the object (an Article, or anything with ``article_id``) unless given. Call it
inside the same transaction as the change, so that a rolled-back change leaves no trace. Large fields
(original HTML) are left out of snapshots; an article's previous text is kept when it is corrected.
"""

from functools import cache

from django.core.serializers.json import DjangoJSONEncoder
from django.db import connections, models, router, transaction

from newsdesk import rows
from newsdesk.models import Article, AuditEvent

SKIPPED_FIELDS = {"original_html"}
ACTIONS = frozenset(AuditEvent.Action.values)  # ``Action.values`` builds its list afresh on every read
_encoder = DjangoJSONEncoder()


_JSON_READY = (str, int, float, bool, list, dict)


def _plain(value):
    """JSON-ready: dates and decimals as the encoder writes them, everything else unchanged."""
    if value is None or isinstance(value, _JSON_READY):
        return value
    return _encoder.default(value)


def snapshot(obj: models.Model) -> dict:
    """The object's own columns (foreign keys as ids), as JSON-ready values."""
    return {attname: _plain(getattr(obj, attname)) for attname in _snapshot_attnames(type(obj))}


@cache
def _snapshot_attnames(model: type[models.Model]) -> tuple[str, ...]:
    """The attributes a snapshot of ``model`` holds, in the fields' order: worked out once per model, as an
    event is written with every highlight saved."""
    return tuple(field.attname for field in model._meta.concrete_fields if field.name not in SKIPPED_FIELDS)


def diff(before: dict, after: dict) -> dict:
    return {key: [before.get(key), value] for key, value in after.items() if before.get(key) != value}


def article_of(obj) -> int | None:
    if isinstance(obj, Article):
        return obj.pk
    return getattr(obj, "article_id", None)


def record(actor, action: str, obj: models.Model, *, before: dict | None = None, changes: dict | None = None,
           article: Article | int | None = None) -> AuditEvent:
    """Write one audit event. ``before`` (a ``snapshot``) turns a change into field-by-field pairs."""
    return rows.insert(event(actor, action, obj, before=before, changes=changes, article=article))


def event(actor, action: str, obj: models.Model, *, before: dict | None = None, changes: dict | None = None,
          article: Article | int | None = None) -> AuditEvent:
    """The audit event ``record`` writes, unsaved."""
    if action not in ACTIONS:
        raise ValueError(f"unknown audit action {action!r}")
    if changes is None:
        changes = diff(before, snapshot(obj)) if before is not None else {"snapshot": snapshot(obj)}
    article_id = article.pk if isinstance(article, Article) else article
    actor = actor if actor is not None and actor.is_authenticated else None
    return AuditEvent(
        actor=actor,
        actor_name=actor.get_username() if actor else "",
        action=action,
        object_type=obj._meta.label_lower,
        object_id=str(obj.pk),
        object_repr=str(obj)[:200],
        article_id=article_id if article_id is not None else article_of(obj),
        changes=changes,
    )


def create(actor, obj: models.Model, *, article: Article | int | None = None) -> AuditEvent:
    """Store ``obj`` (a new, unsaved instance, by ``rows.insert``) and its "create" event: both, or neither (the
    database's ``IntegrityError`` when a constraint refuses the row).

    On PostgreSQL both go in one statement, the event's ``INSERT`` reading the new row's id from the row's
    ``INSERT`` (a ``WITH``): a statement is atomic by itself, so one round trip does what two inserts in a
    transaction (``BEGIN``, two ``INSERT``, ``COMMIT``) do in four. Elsewhere, two inserts in a transaction.
    """
    connection = connections[router.db_for_write(type(obj), instance=obj)]
    if connection.vendor != "postgresql" or obj._meta.pk.column != "id":
        with transaction.atomic(using=connection.alias):
            rows.insert(obj)
            return record(actor, "create", obj, article=article)
    columns, values = rows.prepared(obj, connection)  # first: this sets ``auto_now`` dates, which the snapshot shows
    new = event(actor, "create", obj, article=article)
    event_columns, event_values = rows.prepared(new, connection)
    statement = _created_statement(connection, type(obj), tuple(columns), tuple(event_columns))
    values += [value for column, value in zip(event_columns, event_values, strict=True) if column != OBJECT_ID]
    obj.pk, new.pk = _fetch_one(connection, statement, values)
    obj._state.adding = new._state.adding = False
    obj._state.db = new._state.db = connection.alias
    new.object_id = str(obj.pk)
    new.changes["snapshot"]["id"] = obj.pk
    return new


OBJECT_ID, CHANGES = "object_id", "changes"
_CREATED: dict[tuple, str] = {}


def _created_statement(connection, model, columns: tuple[str, ...], event_columns: tuple[str, ...]) -> str:
    """``WITH created AS (INSERT ... RETURNING id) INSERT INTO <events> ... SELECT ... FROM created``, the event's
    ``object_id`` and its snapshot's ``id`` taken from the new row; it returns the row's id and the event's."""
    key = (model, columns, event_columns)
    if (statement := _CREATED.get(key)) is not None:
        return statement
    quote = connection.ops.quote_name
    events = AuditEvent._meta
    pk = f"created.{quote('id')}"
    taken = []
    for column in event_columns:
        if column == OBJECT_ID:
            taken.append(f"{pk}::text")
        elif column == CHANGES:
            taken.append(f"jsonb_set(%s::jsonb, '{{snapshot,id}}', to_jsonb({pk}))")
        else:
            taken.append("%s")
    statement = _CREATED[key] = (
        f"WITH created AS (INSERT INTO {quote(model._meta.db_table)} ({', '.join(quote(c) for c in columns)}) "
        f"VALUES ({', '.join(['%s'] * len(columns))}) RETURNING {quote('id')}) "
        f"INSERT INTO {quote(events.db_table)} ({', '.join(quote(c) for c in event_columns)}) "
        f"SELECT {', '.join(taken)} FROM created RETURNING (SELECT {pk} FROM created), {quote(events.pk.column)}"
    )
    return statement


def create_from(actor, obj: models.Model, *, source: tuple[str, list], taken: dict[str, tuple[str, list]],
                where: tuple[str, list]) -> tuple[tuple, bool] | None:
    """On PostgreSQL: read a row (``source``, a ``SELECT`` of at most one row, seen as ``src``) and, in the same
    statement, store ``obj`` and its "create" event when ``where`` holds for it, the columns in ``taken`` being
    SQL expressions over ``src`` (each with its parameters) rather than ``obj``'s values. One round trip where a
    read and then ``create`` take two; atomic, being one statement.

    None when ``source`` found no row; otherwise the row and whether ``obj`` was stored. When it was, ``obj`` holds
    its primary key and the taken values, as after ``create``; the database's ``IntegrityError`` when a
    constraint refuses the row, nothing being stored.
    """
    connection = connections[router.db_for_write(type(obj), instance=obj)]
    columns, values = rows.prepared(obj, connection)
    new = event(actor, "create", obj)
    event_columns, event_values = rows.prepared(new, connection)
    params = list(source[1])
    for column, value in zip(columns, values, strict=True):
        if column in taken:
            params += taken[column][1]
        else:
            params.append(value)
    params += where[1]
    params += [value for column, value in zip(event_columns, event_values, strict=True) if column != OBJECT_ID]
    key = (type(obj), tuple(columns), tuple(event_columns), tuple((c, sql) for c, (sql, _) in taken.items()),
           where[0], source[0])
    if (statement := _CREATED.get(key)) is None:
        statement = _CREATED[key] = _created_from_statement(connection, type(obj), *key[1:])
    row = _fetch_one(connection, statement, params)
    if row is None:
        return None
    read, (obj_pk, *taken_values, event_pk) = row[: -len(taken) - 2], row[-len(taken) - 2 :]
    if obj_pk is None:
        return tuple(read), False
    obj.pk, new.pk = obj_pk, event_pk
    for column, value in zip(taken, taken_values, strict=True):
        setattr(obj, column, value)
    obj._state.adding = new._state.adding = False
    obj._state.db = new._state.db = connection.alias
    return tuple(read), True


def _created_from_statement(connection, model, columns, event_columns, taken, where: str, source: str) -> str:
    """``create_from``'s statement, built once for each shape."""
    quote = connection.ops.quote_name
    taken = dict(taken)
    picked = [taken.get(column, "%s") for column in columns]
    pk = f"created.{quote('id')}"
    changes = f"jsonb_set(%s::jsonb, '{{snapshot,id}}', to_jsonb({pk}))"
    for column in taken:
        changes = f"jsonb_set({changes}, '{{snapshot,{column}}}', to_jsonb(created.{quote(column)}))"
    event_picked = [f"{pk}::text" if column == OBJECT_ID else changes if column == CHANGES else "%s"
                    for column in event_columns]
    events = AuditEvent._meta
    return (
        f"WITH src AS ({source}), "
        f"created AS (INSERT INTO {quote(model._meta.db_table)} ({', '.join(quote(c) for c in columns)}) "
        f"SELECT {', '.join(picked)} FROM src WHERE {where} RETURNING {quote('id')}, "
        f"{', '.join(quote(column) for column in taken)}), "
        f"stored AS (INSERT INTO {quote(events.db_table)} ({', '.join(quote(c) for c in event_columns)}) "
        f"SELECT {', '.join(event_picked)} FROM created RETURNING {quote(events.pk.column)}) "
        f"SELECT src.*, {pk}, {', '.join(f'created.{quote(column)}' for column in taken)}, "
        f"(SELECT {quote(events.pk.column)} FROM stored) FROM src LEFT JOIN created ON TRUE"
    )


def history(obj: models.Model):
    """Every event about one object, newest first."""
    return AuditEvent.objects.filter(object_type=obj._meta.label_lower, object_id=str(obj.pk))


def _fetch_one(connection, statement: str, params: list):
    """Run one statement and return its row; inside a transaction, in a savepoint, so that a refused row
    leaves the outer transaction usable."""
    if connection.in_atomic_block:
        with transaction.atomic(using=connection.alias), connection.cursor() as cursor:
            cursor.execute(statement, params)
            return cursor.fetchone()
    with connection.cursor() as cursor:
        cursor.execute(statement, params)
        return cursor.fetchone()
