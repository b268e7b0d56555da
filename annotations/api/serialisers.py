"""A highlight in JSON: the one shape every endpoint answers with (``GET /api/annotations/ID/`` in the README).

The list endpoint builds the same objects from plain rows rather than models, for speed; the columns below
are kept in the shape's order, and a test checks the two agree.
"""

import orjson
from django.db import connections
from django.http import HttpResponse

from annotations.models import Annotation


def highlight_json(annotation: Annotation) -> dict:
    return {
        "id": annotation.pk,
        "article": annotation.article_id,
        "reviewer": annotation.reviewer.get_username(),
        "tag": annotation.tag,
        "start": annotation.start,
        "end": annotation.end,
        "quote": annotation.quote,
        "prefix": annotation.prefix,
        "suffix": annotation.suffix,
        "note": annotation.note,
        "source": annotation.source,
        "created": annotation.created.isoformat(),
        "updated": annotation.updated.isoformat(),
        "version": annotation.version,
    }


# The list's columns, in highlight_json's order: a thousand highlights are read as plain rows, not as models.
LIST_COLUMNS = ("pk", "article_id", "reviewer__username", "tag", "start", "end", "quote", "prefix", "suffix", "note",
                "source", "created", "updated", "version")
LIST_KEYS = ("id", "article", "reviewer", "tag", "start", "end", "quote", "prefix", "suffix", "note", "source",
             "created", "updated", "version")


def highlights_response(highlights) -> HttpResponse:
    """``[highlight_json(a) for a in highlights]``, from plain rows and encoded by orjson, which writes an aware
    datetime exactly as ``isoformat()`` does: a long list costs a fraction of building models and dicts."""
    rows = [dict(zip(LIST_KEYS, row, strict=True)) for row in plain_rows(highlights.values_list(*LIST_COLUMNS))]
    return HttpResponse(orjson.dumps(rows), content_type="application/json")


def plain_rows(rows_query) -> list[tuple]:
    """The rows of a ``values_list`` query, as the ORM gives them.

    On PostgreSQL the timestamps are read by psycopg's own compiled loader: Django reads them through a Python
    subclass of it, which took most of a long list's time (two timestamps a highlight). Both give the same
    instant in UTC, so the JSON is the same; the query is the ORM's own, run through Django's cursor.
    """
    connection = connections[rows_query.db]
    if connection.vendor != "postgresql":
        return list(rows_query)
    from psycopg.types.datetime import TimestamptzLoader

    sql, params = rows_query.query.sql_with_params()
    with connection.cursor() as cursor:
        # Registered by its Python class, psycopg puts its compiled version in place.
        cursor.cursor.adapters.register_loader("timestamptz", TimestamptzLoader)
        cursor.execute(sql, params)
        return cursor.fetchall()
