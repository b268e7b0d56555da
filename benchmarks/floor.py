"""The floors each measure is compared with: the least work that could answer the same request.

- ``insert_one``: a bare Django view that reads a JSON body and does one INSERT, answering 201. Through the
  same middleware (sessions, CSRF, login, security headers) as the app's pages, it is what any request costs
  before the app does anything of its own; through no middleware at all, what Django itself costs.
- ``group_by``: one SQL ``GROUP BY`` over the highlight table, the least a report can do.
- ``select_and_dump``: the highlights an export holds, selected in one query and serialised with
  ``json.dumps``.
- ``vectorise``: the TF-IDF vectorisation the alignment starts with, alone.
"""

import json

from django.db import connection
from django.http import JsonResponse
from django.views.decorators.http import require_POST

FLOOR_TABLE = "benchmark_floor"
FLOOR_URL = "/benchmark/floor/"
BARE_URL = "/benchmark/bare/"  # the same view; ``benchmarks.wsgi`` serves it through no middleware


def create_floor_table() -> None:
    key = "SERIAL PRIMARY KEY" if connection.vendor == "postgresql" else "INTEGER PRIMARY KEY AUTOINCREMENT"
    with connection.cursor() as cursor:
        cursor.execute(f"CREATE TABLE IF NOT EXISTS {FLOOR_TABLE} (id {key}, body TEXT NOT NULL)")


@require_POST
def insert_one(request):
    body = json.loads(request.body)
    with connection.cursor() as cursor:
        cursor.execute(f"INSERT INTO {FLOOR_TABLE} (body) VALUES (%s)", [json.dumps(body)])
    return JsonResponse({"stored": True}, status=201)


def group_by() -> int:
    with connection.cursor() as cursor:
        cursor.execute("SELECT article_id, tag, COUNT(*) FROM annotations_annotation GROUP BY article_id, tag")
        return len(cursor.fetchall())


def select_and_dump(story_id: int) -> int:
    """The columns the export writes, for one story's highlights, as one JSON document."""
    with connection.cursor() as cursor:
        cursor.execute(
            'SELECT h.id, h.article_id, a.url, a.checksum, u.username, h.tag, h.start, h."end", h.quote, h.prefix,'
            " h.suffix, h.note, h.source, h.created, h.updated"
            " FROM annotations_annotation h JOIN newsdesk_article a ON a.id = h.article_id"
            " JOIN auth_user u ON u.id = h.reviewer_id"
            " WHERE a.story_id = %s AND h.deleted_at IS NULL AND NOT h.orphaned ORDER BY h.article_id, h.start",
            [story_id],
        )
        return len(json.dumps(cursor.fetchall(), default=str))


def vectorise(texts: list[str]) -> None:
    from sklearn.feature_extraction.text import TfidfVectorizer

    from newsdesk.alignment.clustering import content_words, unigrams

    TfidfVectorizer(analyzer=unigrams, sublinear_tf=True).fit_transform(texts)
    TfidfVectorizer(analyzer="char_wb", ngram_range=(4, 5), sublinear_tf=True).fit_transform(
        [content_words(t) for t in texts]
    )
