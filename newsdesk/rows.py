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
from django.db.backends.base.operations import BaseDatabaseOperations
from django.db.models import BooleanField, CharField, Field, ForeignKey, IntegerField, Model, TextField
from django.db.models.expressions import DatabaseDefault
from django.db.models.fields import AutoFieldMixin

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
    (``auto_now`` dates are set on ``obj`` here).

    A value that its field's preparation provably leaves as it is (``unchanged_type``) is taken as it is:
    walking Django's four preparing methods for each of a highlight's seventeen columns was most of the time.
    """
    columns, values = [], []
    for field, attname, column, own_pre_save, unchanged in _plan(type(obj), connection):
        if field.primary_key and getattr(obj, attname) is None:
            continue
        value = field.pre_save(obj, add=True) if own_pre_save else getattr(obj, attname)
        if isinstance(value, DatabaseDefault):
            continue  # the column's own default
        columns.append(column)
        if unchanged is not None and (value is None or type(value) is unchanged):
            values.append(value)
        else:
            values.append(field.get_db_prep_save(value, connection=connection))
    return columns, values


_PLANS: dict[tuple, tuple] = {}


def _plan(model: type[Model], connection) -> tuple:
    """For each concrete field of ``model``: (field, attname, column, whether it has its own ``pre_save``,
    ``unchanged_type``), worked out once per model and database."""
    key = (model, connection.alias)
    if (plan := _PLANS.get(key)) is None:
        plan = _PLANS[key] = tuple(
            (field, field.attname, field.column, type(field).pre_save is not Field.pre_save,
             unchanged_type(field, connection))
            for field in model._meta.concrete_fields
        )
    return plan


def unchanged_type(field: Field, connection) -> type | None:
    """The type of value (besides None) that ``field.get_db_prep_save`` gives back as it is, or None.

    Read off which of Django's methods the field uses, never guessed: a string in a plain ``CharField`` or
    ``TextField`` (their ``to_python`` returns a string as it is), a bool in a ``BooleanField``, and an int in
    an integer field where the database adapts none (on PostgreSQL each is wrapped in its own integer type) or
    in an auto field, and so in a foreign key to one.
    """
    cls = type(field)
    if isinstance(field, ForeignKey):
        if cls.get_db_prep_save is not ForeignKey.get_db_prep_save:
            return None
        return unchanged_type(field.target_field, connection)
    if cls.get_db_prep_save is not Field.get_db_prep_save:
        return None
    if cls.get_db_prep_value is Field.get_db_prep_value:
        for plain, kind in ((CharField, str), (TextField, str), (BooleanField, bool)):
            if cls.get_prep_value is plain.get_prep_value and cls.to_python is plain.to_python:
                return kind
        return None
    if cls.get_prep_value is not IntegerField.get_prep_value:
        return None
    if cls.get_db_prep_value is AutoFieldMixin.get_db_prep_value and (
        type(connection.ops).validate_autopk_value is BaseDatabaseOperations.validate_autopk_value
    ):
        return int
    if cls.get_db_prep_value is IntegerField.get_db_prep_value and (
        type(connection.ops).adapt_integerfield_value is BaseDatabaseOperations.adapt_integerfield_value
    ):
        return int
    return None


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


def text_window(model: type[Model], pk: int, field: str, first: int, last: int) -> tuple[int | None, str] | None:
    """The length of the row's ``field`` text and its code points [first, last), cut out by the database in
    one prepared ``SELECT``; None when there is no such row.

    The length is counted only when the text ends before ``last`` (or when ``last`` is ``first``): otherwise it is
    None, the window being whole. Counting the text reads all of it, where cutting the window reads its start,
    and on SQLite it means looking for a NUL character in all of it too (below): most of what the read cost.

    Both databases count characters (code points) in ``length`` and ``substr``, as Python does. SQLite stops
    counting at a NUL character (which PostgreSQL cannot store at all): a window cut whole holds none and follows
    none; for a window cut short, a text that holds one is read whole and cut here instead.
    """
    connection = connections[router.db_for_read(model)]
    key = (model, connection.vendor, "window", field)
    if (statements := _SELECTS.get(key)) is None:
        statements = _SELECTS[key] = _window_statements(model, connection, field)
    window, whole = statements
    wanted = last - first if last > first else -1  # no window at all: the length is always counted
    with connection.cursor() as cursor:
        cursor.execute(window, [wanted, first + 1, last - first, pk])
        row = cursor.fetchone()
        if row is None:
            return None
        if row[1] == NUL_FOUND:
            cursor.execute(whole, [pk])
            text = cursor.fetchone()[0]
            return len(text), text[first:last]
    return row[1], row[0]


NUL_FOUND = -1  # (SQLite) the length the window's statement gives for a text holding a NUL character


def _window_statements(model: type[Model], connection, field: str) -> tuple[str, str]:
    """The window, then the length (NULL when the window came out whole) from a subquery that cuts it once
    (``OFFSET 0`` keeps either database from merging it into the outer query, which would cut it twice)."""
    quote = connection.ops.quote_name
    column = quote(model._meta.get_field(field).column)
    where = f"FROM {quote(model._meta.db_table)} WHERE {quote(model._meta.pk.column)} = %s"
    if connection.vendor == "sqlite":
        cut, limit = f"substr({column}, %s, %s)", "LIMIT -1 OFFSET 0"
        length = f"CASE WHEN instr(t, char(0)) THEN {NUL_FOUND} ELSE length(t) END"
    else:  # integer casts: a parameter bound on the server may arrive as a bigint, which substr does not take
        cut, limit = f"substr({column}, %s::integer, %s::integer)", "OFFSET 0"
        length = "length(t)"
    window = (f"SELECT w, CASE WHEN length(w) = %s THEN NULL ELSE {length} END AS n "
              f"FROM (SELECT {cut} AS w, {column} AS t {where} {limit}) AS cut")
    return window, f"SELECT {column} {where}"


def text_window_source(model: type[Model], pk: int, field: str, first: int, last: int) -> tuple[str, list]:
    """``text_window``'s statement and parameters, to be read inside another statement (PostgreSQL): one row of
    the window (``w``) and the length (``n``, NULL when the window came out whole), or no row."""
    connection = connections[router.db_for_read(model)]
    key = (model, connection.vendor, "window", field)
    if (statements := _SELECTS.get(key)) is None:
        statements = _SELECTS[key] = _window_statements(model, connection, field)
    return statements[0], [last - first if last > first else -1, first + 1, last - first, pk]
