"""The app in other processes, against a scratch database: for tests of what happens between processes
(an import killed half-way, two app servers sharing one database).

The scratch database is of the engine the test settings use: on SQLite a temporary file, on PostgreSQL a
throwaway database named after the test database (``test_<name>_x``), created and dropped here. The test
reads it with a plain DB-API connection, so the test's own database (and its transaction) stays apart.
"""

import os
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

from django.conf import settings

PROJECT = Path(settings.BASE_DIR)
TEST_SECRET_KEY = "scratch-processes-only-secret-key"


@dataclass
class ScratchDatabase:
    engine: str  # "sqlite" or "postgresql"
    url: str  # DATABASE_URL for the app's processes
    connect_args: dict = field(default_factory=dict)

    def connect(self):
        if self.engine == "sqlite":
            import sqlite3

            return sqlite3.connect(self.connect_args["database"], timeout=20)
        import psycopg

        return psycopg.connect(**self.connect_args, autocommit=True)

    def query(self, sql: str) -> list[tuple]:
        connection = self.connect()
        try:
            cursor = connection.cursor()
            cursor.execute(sql)
            return list(cursor.fetchall())
        finally:
            connection.close()

    def count(self, table: str) -> int:
        return self.query(f"SELECT count(*) FROM {table}")[0][0]

    def env(self, **extra) -> dict:
        """The environment for an app process on this database: production settings, plain HTTP."""
        env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST", "DJANGO_"))}
        env.update(
            DATABASE_URL=self.url, SECRET_KEY=TEST_SECRET_KEY, DEBUG="0", SECURE_COOKIES="0",
            ALLOWED_HOSTS="127.0.0.1,localhost", DJANGO_SETTINGS_MODULE="newsdesk.settings", LOG_LEVEL="WARNING",
        )
        env.update(extra)
        return env


def _postgres_params(database: dict, name: str) -> dict:
    params = {"dbname": name, "host": database.get("HOST") or "localhost", "user": database.get("USER") or None}
    if database.get("PORT"):
        params["port"] = int(database["PORT"])
    if database.get("PASSWORD"):
        params["password"] = database["PASSWORD"]
    return {k: v for k, v in params.items() if v is not None}


def _postgres_url(params: dict) -> str:
    user = quote(params.get("user", ""), safe="")
    password = f":{quote(params['password'], safe='')}" if params.get("password") else ""
    at = f"{user}{password}@" if user else ""
    port = f":{params['port']}" if params.get("port") else ""
    return f"postgres://{at}{params['host']}{port}/{params['dbname']}"


@contextmanager
def scratch_database(directory: Path, suffix: str = "x"):
    """A fresh, empty database of the test settings' engine, removed afterwards (even when the test fails)."""
    database = settings.DATABASES["default"]
    if "sqlite" in database["ENGINE"]:
        path = directory / f"scratch_{suffix}.sqlite3"
        yield ScratchDatabase("sqlite", f"sqlite:///{path}", {"database": str(path)})
        return
    import psycopg

    base = database["NAME"] if database["NAME"].startswith("test_") else f"test_{database['NAME']}"
    name = f"{base}_{suffix}"
    admin_params = _postgres_params(database, "postgres")
    with psycopg.connect(**admin_params, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.execute(f'CREATE DATABASE "{name}"')
    params = _postgres_params(database, name)
    try:
        yield ScratchDatabase("postgresql", _postgres_url(params), params)
    finally:
        with psycopg.connect(**admin_params, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def manage(db: ScratchDatabase, *args: str, timeout: float = 300, **env) -> subprocess.CompletedProcess:
    """Run ``manage.py`` with ``args`` against ``db`` and wait for it."""
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=PROJECT, env=db.env(**env), capture_output=True, text=True,
        timeout=timeout,
    )


def start_manage(db: ScratchDatabase, *args: str, **env) -> subprocess.Popen:
    """Start ``manage.py`` with ``args`` against ``db``; the caller stops it."""
    return subprocess.Popen(
        [sys.executable, "manage.py", *args], cwd=PROJECT, env=db.env(**env),
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until(condition, *, timeout: float, every: float = 0.05, what: str = "the condition"):
    """Poll ``condition`` until it returns something true; fail the test after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = condition()
        if result:
            return result
        time.sleep(every)
    raise AssertionError(f"gave up waiting for {what} after {timeout} seconds")
