"""Production settings and the health check: what a deployment relies on before the first reviewer logs in."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import DatabaseError
from django.test import Client
from django.urls import reverse

ROOT = Path(__file__).resolve().parents[2]


def production_env(**extra):
    env = {k: v for k, v in os.environ.items() if k not in ("DEBUG", "DJANGO_SETTINGS_MODULE")}
    env.update(
        DJANGO_SETTINGS_MODULE="newsdesk.settings",
        SECRET_KEY="a-production-like-key-" + "x7Qp9Lr2" * 8,
        ALLOWED_HOSTS="newsdesk.example.org",
        **extra,
    )
    return env


def manage(*args, env):
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


def test_deploy_check_is_clean_under_production_settings():
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=production_env())

    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_deploy_check_warns_when_debug_is_on():
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=production_env(DEBUG="1"))

    assert result.returncode != 0
    assert "DEBUG" in result.stdout + result.stderr


def test_production_settings_turn_on_https_only_cookies_hsts_and_hashed_static_files():
    code = (
        "import json; from django.conf import settings as s; import django; django.setup();"
        "print(json.dumps([s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, s.SECURE_SSL_REDIRECT,"
        " s.SECURE_HSTS_SECONDS, s.STORAGES['staticfiles']['BACKEND'], s.LOGGING['handlers']['stdout']['stream']]))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=production_env(), capture_output=True, text=True, timeout=60
    )

    assert result.returncode == 0, result.stderr
    secure_session, secure_csrf, redirect, hsts, storage, stream = json.loads(result.stdout)
    assert (secure_session, secure_csrf, redirect) == (True, True, True)
    assert hsts >= 31536000
    assert storage == "whitenoise.storage.CompressedManifestStaticFilesStorage"
    assert stream == "ext://sys.stdout"


def test_settings_refuse_to_start_without_a_secret_key_in_production():
    env = production_env()
    del env["SECRET_KEY"]

    result = manage("check", env=env)

    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stderr


@pytest.mark.django_db
def test_health_check_answers_without_login_and_shows_only_status():
    response = Client().get(reverse("healthz"))

    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}
    assert "no-cache" in response["Cache-Control"]


@pytest.mark.django_db
def test_health_check_answers_503_when_the_database_fails(monkeypatch):
    from django.db import connection

    def broken_cursor(*args, **kwargs):
        raise DatabaseError("connection refused")

    monkeypatch.setattr(connection, "cursor", broken_cursor)

    response = Client().get(reverse("healthz"))

    assert response.status_code == 503
    assert response.json() == {"status": "unavailable", "database": "unavailable"}
    assert "refused" not in response.content.decode()


@pytest.mark.django_db
def test_health_check_refuses_writes():
    assert Client().post(reverse("healthz")).status_code == 405


@pytest.mark.parametrize(("setting", "expected"), [(None, False), ("1", True), ("0", False)])
def test_connection_health_checks_are_off_unless_the_environment_turns_them_on(setting, expected):
    """A health check costs every request one more round trip to the database."""
    env = production_env(DATABASE_URL="postgres://user@db.example.org:5432/newsdesk")
    env.pop("CONN_HEALTH_CHECKS", None)
    if setting is not None:
        env["CONN_HEALTH_CHECKS"] = setting
    code = "from django.conf import settings as s; print(s.DATABASES['default']['CONN_HEALTH_CHECKS'])"
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(expected)


def test_collectstatic_keeps_only_hashed_copies_and_no_htmx_extensions(tmp_path):
    """The app server reads every collected file when it starts: only what pages name is collected."""
    result = manage("collectstatic", "--no-input", "-v", "0", env=production_env(STATIC_ROOT=str(tmp_path)))

    assert result.returncode == 0, result.stderr
    manifest = json.loads((tmp_path / "staticfiles.json").read_text())["paths"]
    collected = {p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*") if p.is_file()}
    assert manifest["css/app.css"] in collected and "css/app.css" not in collected
    assert all(hashed in collected for hashed in manifest.values())
    assert not [name for name in collected if name.startswith("django_htmx/ext/")]
    assert any(name.startswith("django_htmx/") for name in collected)  # htmx itself is still there


@pytest.mark.parametrize(("setting", "expected"), [(None, [True, 2]), ("0", [None, None])])
def test_postgresql_binds_parameters_on_the_server_unless_turned_off(setting, expected):
    """Server-side binding lets psycopg prepare the statements every request repeats."""
    env = production_env(DATABASE_URL="postgres://user@db.example.org:5432/newsdesk")
    env.pop("DATABASE_PREPARED_STATEMENTS", None)
    if setting is not None:
        env["DATABASE_PREPARED_STATEMENTS"] = setting
    code = ("import json; from django.conf import settings as s; o = s.DATABASES['default'].get('OPTIONS', {});"
            "print(json.dumps([o.get('server_side_binding'), o.get('prepare_threshold')]))")
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )

    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == expected
