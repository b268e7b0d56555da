"""One new row in one ``INSERT ... RETURNING``, for the writes made on every highlight.

``Model.objects.create`` compiles its SQL afresh on every call: for a highlight and its audit event that is
most of what saving one costs (about ten times the ``INSERT`` itself). ``insert`` writes the same row — every
concrete column, each value prepared by its own field exactly as the ORM prepares it (``pre_save`` for
``auto_now`` dates, ``get_db_prep_save`` for dates, JSON and the rest) — with a statement built once per model.
The database's constraints hold as for any insert: a broken one raises Django's ``IntegrityError``.

No ``pre_save``/``post_save`` signal is sent: use it only for models nothing listens to (a test checks the two
that use it).
"""

from django.db import connections, router
from django.db.models import Model
from django.db.models.expressions import DatabaseDefault

_STATEMENTS: dict[tuple, str] = {}


def _statement(model: type[Model], connection, columns: tuple[str, ...]) -> str:
    key = (model, connection.vendor, columns)
    if (statement := _STATEMENTS.get(key)) is None:
        statement = _STATEMENTS[key] = _build(model, connection.ops.quote_name, columns)
    return statement


def _build(model: type[Model], quote, columns: tuple[str, ...]) -> str:
    meta = model._meta
    names = ", ".join(quote(column) for column in columns)
    places = ", ".join(["%s"] * len(columns))
    return f"INSERT INTO {quote(meta.db_table)} ({names}) VALUES ({places})"


def insert(obj: Model) -> Model:
    """Store ``obj`` (a new, unsaved instance) as a new row and give it its primary key."""
    meta = obj._meta
    alias = router.db_for_write(type(obj), instance=obj)
    connection = connections[alias]
    columns, values = prepared(obj, connection)
    statement = _statement(type(obj), connection, tuple(columns))
    returning = connection.features.can_return_columns_from_insert
    if returning:
        statement += f" RETURNING {connection.ops.quote_name(meta.pk.column)}"
    with connection.cursor() as cursor:
        cursor.execute(statement, values)
        pk = cursor.fetchone()[0] if returning else cursor.lastrowid
    obj.pk = pk
    obj._state.adding = False
    obj._state.db = alias
    return obj


def prepared(obj: Model, connection) -> tuple[list[str], list]:
    """The columns ``insert`` writes for ``obj`` and their values, each prepared by its field as the ORM does
    (``auto_now`` dates are set on ``obj`` here)."""
    columns, values = [], []
    for field in obj._meta.concrete_fields:
        if field.primary_key and getattr(obj, field.attname) is None:
            continue
        value = field.pre_save(obj, add=True)
        if isinstance(value, DatabaseDefault):
            continue  # the column's own default
        columns.append(field.column)
        values.append(field.get_db_prep_save(value, connection=connection))
    return columns, values


def by_id(model: type[Model], pk: int, *, deferred: tuple[str, ...] = ()) -> Model | None:
    """The row of ``model`` with this primary key, as the ORM would load it (``deferred`` columns load on
    first use), or None: one ``SELECT`` whose text (and whose columns' converters) are worked out once per model."""
    alias = router.db_for_read(model)
    connection = connections[alias]
    key = (model, connection.vendor, "select", tuple(deferred))
    if (plan := _SELECTS.get(key)) is None:
        plan = _SELECTS[key] = _select_plan(model, connection, deferred)
    statement, names, columns = plan
    with connection.cursor() as cursor:
        cursor.execute(statement, [pk])
        row = cursor.fetchone()
    if row is None:
        return None
    return model.from_db(alias, names, convert(row, columns, connection))


_SELECTS: dict[tuple, tuple] = {}


def _select_plan(model: type[Model], connection, deferred: tuple[str, ...]) -> tuple[str, list[str], list[tuple]]:
    """The statement, the attribute names it reads, and for each column that needs them the converters the ORM
    applies (the backend's, then the field's: dates, JSON ...)."""
    fields = [field for field in model._meta.concrete_fields if field.name not in deferred]
    quote = connection.ops.quote_name
    names = ", ".join(quote(field.column) for field in fields)
    statement = f"SELECT {names} FROM {quote(model._meta.db_table)} WHERE {quote(model._meta.pk.column)} = %s"
    return statement, [field.attname for field in fields], converters_for(fields, connection)


def converters_for(fields, connection) -> tuple:
    """(index, column, converters) for each of ``fields`` the ORM converts on this database (the backend's
    converters, then the field's: dates, booleans, JSON ...)."""
    found = []
    for index, field in enumerate(fields):
        column = field.cached_col
        converters = connection.ops.get_db_converters(column) + column.get_db_converters(connection)
        if converters:
            found.append((index, column, tuple(converters)))
    return tuple(found)


def convert(row, converters: tuple, connection) -> list:
    """The values of ``row`` as the ORM hands them over, by a ``converters_for`` plan."""
    values = list(row)
    for index, column, column_converters in converters:
        for converter in column_converters:
            values[index] = converter(values[index], column, connection)
    return values
