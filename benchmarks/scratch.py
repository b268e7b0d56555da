"""What every benchmark script needs to stand up a server of its own: a free port, and a throwaway PostgreSQL
database dropped afterwards whatever happens."""

import socket
from collections.abc import Iterator
from contextlib import contextmanager
from urllib.parse import urlsplit, urlunsplit


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def server_of(url: str) -> str:
    """``postgres://user@host:port/name`` without the database name."""
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, "", "", ""))


@contextmanager
def postgres_database(server: str, name: str) -> Iterator[str]:
    """A new, empty database ``name`` on the PostgreSQL ``server`` (a URL without a database name); yields its
    URL and drops it on the way out, closing whatever connections are still open to it."""
    import psycopg

    server = server.rstrip("/")
    with psycopg.connect(f"{server}/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"{server}/{name}"
    finally:
        with psycopg.connect(f"{server}/postgres", autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
