"""Load test over real HTTP: reviewers reading and highlighting at once, then a check of what was stored.

For each database (PostgreSQL in a scratch database on the server of ``DATABASE_URL``, created and dropped;
SQLite in a temporary file with the app's WAL settings), it migrates, loads the seeds, creates the reviewer
accounts, serves the app with gunicorn (``newsdesk.wsgi``, 2 workers, production settings with DEBUG off and
plain-HTTP cookies) and runs locust headless against it: 20 reviewers logging in through the login form, reading
the story list, stories, the reader and the JSON lists, and creating, changing and deleting highlights through
``/api/annotations/`` for 60 seconds. It stops the server, then compares the database with the clients' log of
acknowledged writes (``verification.py``) and prints, per database, requests per second and latency
percentiles per request type, failures, server errors and the verification's result, then a comparison of the
two. The exit status is 1 if any acknowledged write was lost or duplicated, or the server answered 5xx.

    python -m benchmarks.loadtest.run [--database postgres|sqlite|both] [--seconds 60] [--users 20]
        [--think 0.2,1.0] [--workers 2]
"""

import argparse
import json
import os
import secrets
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
DEFAULT_POSTGRES = "postgres://postgres@127.0.0.1:5432"
if str(ROOT) not in sys.path:  # run as a script rather than with -m
    sys.path.insert(0, str(ROOT))

from benchmarks.scratch import free_port, postgres_database, server_of  # noqa: E402

ACCESS_LOG_FORMAT = '%(t)s "%(r)s" %(s)s %(b)s %(M)sms rid=%({x-request-id}i)s'


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--database", choices=["postgres", "sqlite", "both"], default="both")
    parser.add_argument("--seconds", type=int, default=60, help="How long the reviewers work (default 60).")
    parser.add_argument("--users", type=int, default=20, help="Simulated reviewers (default 20).")
    parser.add_argument("--think", default="0.2,1.0",
                        help="MIN,MAX seconds a reviewer pauses between actions (default 0.2,1.0; 0,0: no pause).")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers (default 2).")
    parser.add_argument("--postgres", default=postgres_server(os.environ.get("DATABASE_URL", "")),
                        help="PostgreSQL server for the scratch database (default: DATABASE_URL's server, "
                             f"else {DEFAULT_POSTGRES}).")
    parser.add_argument("--prepare", help=argparse.SUPPRESS)
    parser.add_argument("--verify", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.prepare:
        return prepare_database(args.prepare.split(","))
    if args.verify:
        return check_log(Path(args.verify), usernames(args.users))

    from benchmarks.loadtest import report

    print(report.machine(), flush=True)
    results = []
    for database in (["postgres", "sqlite"] if args.database == "both" else [args.database]):
        result = run(database, args)
        print(report.table(result), flush=True)
        results.append(result)
    if len(results) == 2:
        print(report.comparison(*results))
    return 0 if all(report.passed(result) for result in results) else 1


def postgres_server(url: str) -> str:
    """The server part of a PostgreSQL URL (no database name), or the default server."""
    if not url.startswith(("postgres://", "postgresql://")):
        return DEFAULT_POSTGRES
    return server_of(url)


def usernames(count: int) -> list[str]:
    return [f"loadreviewer{i:02d}" for i in range(1, count + 1)]


def run(database: str, args) -> dict:
    print(f"\n== {database}: preparing", flush=True)
    with tempfile.TemporaryDirectory(prefix="newsdesk-load-") as scratch, scratch_database(
        database, Path(scratch), args.postgres
    ) as (url, version):
        folder = Path(scratch)
        password = secrets.token_urlsafe(24)
        env = app_environment(url, folder)
        names = usernames(args.users)
        manage_env = {**env, "LOADTEST_PASSWORD": password}
        subprocess.run([sys.executable, "-m", "benchmarks.loadtest.run", "--prepare", ",".join(names)],
                       env=manage_env, cwd=ROOT, check=True)
        port = free_port()
        host = f"http://127.0.0.1:{port}"
        server_log = folder / "server.log"
        with serving(env, port, server_log, args.workers) as server:
            print(f"== {database}: {args.users} reviewers for {args.seconds} s against {host}", flush=True)
            locust(host, folder, names, password, args, server.pid)
            load = os.getloadavg()[0]  # the last minute: the measured period, mostly
            database_cpu = postgres_backends_cpu_ms(url) if database == "postgres" else None
        verdict = subprocess.run(
            [sys.executable, "-m", "benchmarks.loadtest.run", "--verify", str(folder / "log"),
             "--users", str(args.users)],
            env=env, cwd=ROOT, check=True, capture_output=True, text=True,
        )
        log_text = server_log.read_text(encoding="utf-8", errors="replace")
        return {
            "database": database,
            "version": version,
            "users": args.users,
            "seconds": args.seconds,
            "think": args.think,
            "workers": args.workers,
            "load": load,
            "cpu": {**json.loads((folder / "log" / "cpu.json").read_text()), "database_ms": database_cpu},
            "stats": json.loads((folder / "log" / "stats.json").read_text()),
            "verification": json.loads(verdict.stdout.strip().splitlines()[-1]),
            "locked": log_text.count("database is locked"),
            "tracebacks": log_text.count("Traceback (most recent call last)"),
        }


@contextmanager
def scratch_database(database: str, folder: Path, server: str):
    """The database's URL and its server's version."""
    if database == "sqlite":
        import sqlite3

        yield f"sqlite:///{folder / 'newsdesk.sqlite3'}", sqlite3.sqlite_version
        return
    import psycopg

    with postgres_database(server, f"nd_loadtest_{os.getpid()}") as url:
        with psycopg.connect(url) as conn:
            version = conn.execute("SHOW server_version").fetchone()[0].split()[0]
        yield url, version


def app_environment(database_url: str, folder: Path) -> dict:
    """Production settings, but plain HTTP on the loopback: what a deployment behind a proxy runs."""
    env = {k: v for k, v in os.environ.items() if k not in ("DEBUG", "DJANGO_SETTINGS_MODULE", "PYTHONPATH")}
    env.update(
        DJANGO_SETTINGS_MODULE="newsdesk.settings",
        DATABASE_URL=database_url,
        DEBUG="0",
        SECRET_KEY=secrets.token_urlsafe(50),
        SECURE_COOKIES="0",
        ALLOWED_HOSTS="127.0.0.1",
        STATIC_ROOT=str(folder / "static"),
        LOG_LEVEL="WARNING",
        PYTHONPATH=str(ROOT),
    )
    return env


@contextmanager
def serving(env: dict, port: int, log_path: Path, workers: int):
    command = [
        sys.executable, "-m", "gunicorn", "newsdesk.wsgi", "--workers", str(workers), "--bind", f"127.0.0.1:{port}",
        "--access-logfile", "-", "--access-logformat", ACCESS_LOG_FORMAT,
    ]
    with log_path.open("w") as log:
        # Its own process group, so that the CPU time of the master and its workers can be read together.
        server = subprocess.Popen(command, env=env, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT,
                                  start_new_session=True)
        try:
            wait_until_healthy(server, f"http://127.0.0.1:{port}/healthz", log_path)
            yield server
        finally:
            server.terminate()
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()


def wait_until_healthy(server, url: str, log_path: Path, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"gunicorn exited with {server.returncode}:\n{log_path.read_text()[-3000:]}")
        try:
            with urllib.request.urlopen(url, timeout=2) as answer:
                if answer.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.3)
    raise SystemExit(f"gunicorn did not answer {url} within {timeout:.0f} s:\n{log_path.read_text()[-3000:]}")


def postgres_backends_cpu_ms(url: str) -> float | None:
    """CPU time spent so far by the PostgreSQL server processes connected to this database (the app's kept
    connections, opened during the run), when the server runs on this machine and /proc shows them."""
    import psycopg

    from benchmarks.scratch import process_cpu_ms

    name = url.rsplit("/", 1)[1]
    with psycopg.connect(url) as conn:
        pids = [row[0] for row in conn.execute(
            "SELECT pid FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()", [name])]
    return process_cpu_ms(pids) if pids and Path(f"/proc/{pids[0]}/stat").exists() else None


def locust(host: str, folder: Path, names: list[str], password: str, args, server_group: int) -> None:
    env = dict(os.environ, LOADTEST_USERNAMES=",".join(names), LOADTEST_PASSWORD=password,
               LOADTEST_LOG_DIR=str(folder / "log"), LOADTEST_SECONDS=str(args.seconds), LOADTEST_THINK=args.think,
               LOADTEST_SERVER_GROUP=str(server_group))
    command = [
        sys.executable, "-m", "locust", "-f", str(HERE / "locustfile.py"), "--headless", "--host", host,
        "--users", str(args.users), "--spawn-rate", str(args.users),
        # The locustfile ends the run LOADTEST_SECONDS after the last login; this is only a backstop.
        "--run-time", f"{args.seconds + 600}s",
        # Let every reviewer finish the request it is making when time is up, so no write is cut off midway.
        "--stop-timeout", "30", "--only-summary", "--loglevel", "WARNING",
    ]
    with (folder / "locust.log").open("w") as log:
        finished = subprocess.run(command, env=env, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
    if not (folder / "log" / "stats.json").exists():
        raise SystemExit(f"locust failed ({finished.returncode}):\n{(folder / 'locust.log').read_text()[-3000:]}")


# -- steps run in a subprocess, inside Django set up for the scratch database ----------------------------------


def prepare_database(names: list[str]) -> None:
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("collectstatic", "--no-input", verbosity=0)
    call_command("load_seeds", verbosity=0)
    reviewers = Group.objects.get(name="reviewer")
    password = os.environ["LOADTEST_PASSWORD"]
    for name in names:
        user = get_user_model().objects.create_user(username=name, password=password)
        user.groups.add(reviewers)


def check_log(log_folder: Path, names: list[str]) -> None:
    import django

    django.setup()
    from benchmarks.loadtest.verification import load_rows, read_log, verify

    events = read_log(log_folder)
    verdict = verify(events, load_rows(names))
    print(json.dumps({
        "ok": verdict.ok,
        "acknowledged_creates": verdict.acknowledged_creates,
        "acknowledged_deletes": verdict.acknowledged_deletes,
        "live_rows": verdict.live_rows,
        **{kind: getattr(verdict, kind)[:20] for kind in
           ("lost", "stale", "undeleted", "duplicated", "unexpected", "indeterminate")},
        **{f"{kind}_count": len(getattr(verdict, kind)) for kind in
           ("lost", "stale", "undeleted", "duplicated", "unexpected", "indeterminate")},
        "server_errors": sum(1 for event in events if event.get("phase") == "server_error"),
        "no_answer": sum(1 for event in events if event.get("phase") == "no_answer"),
        "server_error_names": sorted({event["name"] for event in events if event.get("phase") == "server_error"}),
        "logins": sorted(event["ms"] for event in events if event.get("phase") == "login"),
        "failed_logins": sum(1 for event in events if event.get("phase") == "login" and not event["ok"]),
    }))


if __name__ == "__main__":
    sys.exit(main())
