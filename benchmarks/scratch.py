"""What every benchmark script needs to stand up a server of its own: a free port, a throwaway PostgreSQL
database dropped afterwards whatever happens, and the CPU time its processes spend."""

import os
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


def group_cpu_ms(groups: list[int]) -> float | None:
    """CPU time (user + system) spent so far by every process in these process groups; None off Linux."""
    return GroupCpu(groups).ms()


class GroupCpu:
    """The CPU time of the processes in some process groups, read often: the members are looked up once in
    /proc (again when one has gone), then only their own stat files are read."""

    def __init__(self, groups: list[int]):
        self.groups = set(groups)
        self.members: list[str] | None = None

    def find(self) -> list[str] | None:
        try:
            entries = os.listdir("/proc")
        except OSError:
            return None
        return [entry for entry in entries if entry.isdigit() and (fields := stat_fields(entry))
                and int(fields[2]) in self.groups]  # fields[2] is the process group

    def ms(self) -> float | None:
        for _attempt in range(2):
            if self.members is None:
                self.members = self.find()
                if self.members is None:
                    return None
            ticks = 0
            for member in self.members:
                fields = stat_fields(member)
                if fields is None:  # gone (a worker recycled): look the members up again
                    self.members = None
                    break
                ticks += int(fields[11]) + int(fields[12])  # utime and stime
            else:
                return ticks * 1000 / os.sysconf("SC_CLK_TCK")
        return None


def stat_fields(pid: str) -> list[str] | None:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()
    except OSError:
        return None


def process_cpu_ms(pids) -> float:
    """CPU time (user + system) spent so far by these processes (those still running)."""
    ticks = 0
    for pid in pids:
        fields = stat_fields(str(pid))
        if fields is not None:
            ticks += int(fields[11]) + int(fields[12])
    return ticks * 1000 / os.sysconf("SC_CLK_TCK")
