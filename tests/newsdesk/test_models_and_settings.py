import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import IntegrityError, transaction

from newsdesk.models import Article, Outlet, Passage

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[2]


def test_database_refuses_a_passage_that_ends_before_it_starts(seed_article):
    with pytest.raises(IntegrityError), transaction.atomic():
        Passage.objects.create(article=seed_article, index=999, start=10, end=10)


def test_database_refuses_a_second_article_with_the_same_checksum(seed_article):
    with pytest.raises(IntegrityError), transaction.atomic():
        Article.objects.create(outlet=seed_article.outlet, title="copy", text="x", checksum=seed_article.checksum)


def test_database_refuses_an_outlet_without_a_name():
    with pytest.raises(IntegrityError), transaction.atomic():
        Outlet.objects.create(name="", slug="empty")


def test_sqlite_file_database_opens_in_wal_mode_with_a_busy_timeout(tmp_path):
    code = (
        "import django, os; os.environ['DJANGO_SETTINGS_MODULE']='newsdesk.settings'; django.setup(); "
        "from django.db import connection; c = connection.cursor(); c.execute('PRAGMA journal_mode'); "
        "print(c.fetchone()[0]); c.execute('PRAGMA busy_timeout'); print(c.fetchone()[0])"
    )
    env = {**os.environ, "DEBUG": "1", "DATABASE_URL": f"sqlite:///{tmp_path / 'wal.sqlite3'}"}

    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True)

    mode, timeout_ms = result.stdout.split()
    assert mode == "wal"
    assert int(timeout_ms) >= 5000


def _settings_run(env):
    code = "import django, os; os.environ['DJANGO_SETTINGS_MODULE']='newsdesk.settings'; django.setup(); " \
           "from django.conf import settings as s; print(s.DATABASES['default']['ENGINE'], s.DEBUG)"
    clean = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "DEBUG", "DATABASE_URL"}}
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, env={**clean, **env}, capture_output=True, text=True)


def test_settings_refuse_to_start_without_a_secret_key_when_debug_is_off():
    result = _settings_run({})

    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stderr


def test_settings_read_debug_and_database_url_from_the_environment():
    dev = _settings_run({"DEBUG": "1"})
    prod = _settings_run({"SECRET_KEY": "x" * 50, "DATABASE_URL": "postgres://u@127.0.0.1:5432/n"})

    assert dev.stdout.split() == ["django.db.backends.sqlite3", "True"]
    assert prod.stdout.split() == ["django.db.backends.postgresql", "False"]


def _manage(*args):
    clean = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "DEBUG", "DATABASE_URL",
                                                               "DJANGO_SETTINGS_MODULE"}}
    return subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=clean, capture_output=True, text=True,
                          timeout=120)


@pytest.mark.parametrize("args", [("load_demo", "--help"), ("help", "load_demo"), ("import_articles", "-h"), ()])
def test_a_commands_help_reads_on_a_fresh_clone_without_settings(args):
    result = _manage(*args)

    assert result.returncode == 0, result.stderr
    assert "SECRET_KEY" not in result.stderr
    assert "usage" in result.stdout.lower() or "Available subcommands" in result.stdout


def test_a_command_that_does_work_still_refuses_to_start_without_a_secret_key():
    result = _manage("load_demo", "--url", "http://127.0.0.1:8000/")

    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stderr
