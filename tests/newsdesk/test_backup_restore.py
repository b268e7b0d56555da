"""Backups restore: the README's backup commands, run against the test database, give back every row.

On PostgreSQL the test runs the README's ``pg_dump --format=custom`` and ``pg_restore`` into a fresh database; on
SQLite it uses SQLite's online backup, which the README's ``sqlite3 db.sqlite3 ".backup FILE"`` runs too. Either
way the restored copy must hold the same articles (text byte for byte), passages and highlights, and Django must
be able to read it.
"""

import shutil
import sqlite3
import subprocess
import uuid

import pytest
from django.db import connection

from annotations.models import Annotation

pytestmark = pytest.mark.django_db(transaction=True)

TABLES = ("newsdesk_article", "newsdesk_passage", "annotations_annotation", "auth_user")
CHECK_QUERY = {
    "newsdesk_article": "SELECT id, text, checksum FROM newsdesk_article ORDER BY id",
    "newsdesk_passage": "SELECT id, article_id, \"index\", start, \"end\" FROM newsdesk_passage ORDER BY id",
    "annotations_annotation": "SELECT id, article_id, tag, start, \"end\", quote, note FROM annotations_annotation "
    "ORDER BY id",
    "auth_user": "SELECT id, username, password FROM auth_user ORDER BY id",
}


def rows_of(cursor):
    return {table: _fetch(cursor, table) for table in TABLES}


def _fetch(cursor, table):
    cursor.execute(CHECK_QUERY[table])
    return [tuple(row) for row in cursor.fetchall()]


@pytest.fixture
def annotated(seed_article, reviewer):
    text = seed_article.text
    start = text.index("Pyongyang") if "Pyongyang" in text else 0
    Annotation.objects.create(
        article=seed_article, reviewer=reviewer, tag="attribution", start=start, end=start + 9,
        quote=text[start : start + 9], note="named source — 😀 注释",
    )
    with connection.cursor() as cursor:
        return rows_of(cursor)


def restored_rows_postgresql(tmp_path):
    import psycopg

    settings = connection.settings_dict
    base = psycopg.conninfo.make_conninfo(
        host=settings["HOST"] or "", port=str(settings["PORT"] or ""), user=settings["USER"] or "",
        password=settings["PASSWORD"] or "",
    )
    source = psycopg.conninfo.make_conninfo(base, dbname=settings["NAME"])
    copy = f"{settings['NAME']}_restore_{uuid.uuid4().hex[:8]}"
    dump = tmp_path / "newsdesk.dump"
    subprocess.run(["pg_dump", "--format=custom", "--no-owner", f"--file={dump}", source], check=True, timeout=120)
    with psycopg.connect(psycopg.conninfo.make_conninfo(base, dbname="postgres"), autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{copy}"')
    try:
        target = psycopg.conninfo.make_conninfo(base, dbname=copy)
        subprocess.run(["pg_restore", "--no-owner", "--exit-on-error", f"--dbname={target}", str(dump)],
                       check=True, timeout=120)
        with psycopg.connect(target) as restored, restored.cursor() as cursor:
            return rows_of(cursor)
    finally:
        with psycopg.connect(psycopg.conninfo.make_conninfo(base, dbname="postgres"), autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{copy}"')


def restored_rows_sqlite(tmp_path):
    copy_path = tmp_path / "backup.sqlite3"
    connection.ensure_connection()
    with sqlite3.connect(copy_path) as target:
        connection.connection.backup(target)
    with sqlite3.connect(copy_path) as restored:
        return rows_of(restored.cursor())


def test_a_backup_restores_every_article_passage_highlight_and_login(annotated, tmp_path):
    if connection.vendor == "postgresql":
        if not (shutil.which("pg_dump") and shutil.which("pg_restore")):
            pytest.fail("pg_dump and pg_restore are needed to test PostgreSQL backups")
        restored = restored_rows_postgresql(tmp_path)
    else:
        restored = restored_rows_sqlite(tmp_path)

    assert restored == annotated
    assert len(restored["newsdesk_article"]) == 3
    assert any("😀 注释" in row[-1] for row in restored["annotations_annotation"])
