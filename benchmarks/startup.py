"""How long gunicorn takes from start to its first 200, for Newsdesk and for a one-view Django project.

    python -m benchmarks.startup [--starts 5] [--database-url URL]

Both are started the same way, with the project's ``gunicorn.conf.py`` (its workers, preloading and the rest),
debugging off, on a free port on 127.0.0.1; the clock runs from launching the process to the first 200 on the
page asked for (Newsdesk's login page, which goes through every middleware and renders a template; the bare
project's one view), polled every 10 ms. Starts alternate between the two. Newsdesk's static files are
collected once beforehand (untimed), as a deployment does before starting.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import secrets
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.scratch import free_port  # noqa: E402

PAGE = "/accounts/login/"
WORKERS = int(os.environ.get("WEB_CONCURRENCY", "0")) or min(4, (os.cpu_count() or 1) * 2)


def environment(database_url: str, static_root: Path) -> dict:
    dropped = {"DJANGO_SETTINGS_MODULE", "DATABASE_URL", "DEBUG", "PYTHONPATH", "GUNICORN_CMD_ARGS"}
    env = {k: v for k, v in os.environ.items() if k not in dropped}
    env.update(SECRET_KEY=secrets.token_urlsafe(40), DEBUG="0", SECURE_COOKIES="0", ALLOWED_HOSTS="127.0.0.1",
               DATABASE_URL=database_url, STATIC_ROOT=str(static_root), GUNICORN_ACCESSLOG="", LOG_LEVEL="WARNING",
               PYTHONPATH=str(ROOT))
    return env


def first_ok(module: str, page: str, env: dict, log: Path) -> float:
    """Milliseconds from launching gunicorn serving ``module`` to the first 200 on ``page``."""
    port = free_port()
    url = f"http://127.0.0.1:{port}{page}"
    command = [sys.executable, "-m", "gunicorn", module, "--config", str(ROOT / "gunicorn.conf.py"),
               "--bind", f"127.0.0.1:{port}"]
    with log.open("ab") as out:
        started = time.perf_counter()
        server = subprocess.Popen(command, env=env, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT,
                                  stdin=subprocess.DEVNULL, start_new_session=True)
    try:
        while True:
            if server.poll() is not None:
                raise RuntimeError(f"gunicorn {module} exited early:\n{log.read_text()[-3000:]}")
            with contextlib.suppress(urllib.error.URLError, ConnectionError, TimeoutError):
                with urllib.request.urlopen(url, timeout=30) as answer:
                    if answer.status == 200:
                        return (time.perf_counter() - started) * 1000
            if time.perf_counter() - started > 120:
                raise RuntimeError(f"gunicorn {module} gave no 200 on {page} in 120 s:\n{log.read_text()[-3000:]}")
            time.sleep(0.01)
    finally:
        os.killpg(server.pid, 15)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, 9)
            server.wait()


def measure(starts: int, database_url: str) -> tuple[list[float], list[float]]:
    """(Newsdesk's times, the bare project's times) in milliseconds, ``starts`` of each, alternating."""
    with tempfile.TemporaryDirectory(prefix="newsdesk-startup-") as folder:
        folder = Path(folder)
        env = environment(database_url, folder / "static")
        subprocess.run([sys.executable, "manage.py", "collectstatic", "--no-input", "-v", "0"], env=env, cwd=ROOT,
                       check=True)
        bare_env = {**env, "DJANGO_SETTINGS_MODULE": "benchmarks.bare_project.settings"}
        ours, bare = [], []
        for i in range(starts):
            pair = [(ours, "newsdesk.wsgi", PAGE, env), (bare, "benchmarks.bare_project.wsgi", "/", bare_env)]
            for times, module, page, environ in pair[i % 2:] + pair[: i % 2]:
                times.append(first_ok(module, page, environ, folder / "gunicorn.log"))
        return ours, bare


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--starts", type=int, default=5)
    parser.add_argument("--database-url", default="", help="Default: a new SQLite file, migrated first.")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="newsdesk-startup-db-") as folder:
        url = args.database_url or f"sqlite:///{folder}/startup.sqlite3"
        env = environment(url, Path(folder) / "static")
        subprocess.run([sys.executable, "manage.py", "migrate", "--no-input", "-v", "0"], env=env, cwd=ROOT,
                       check=True)
        ours, bare = measure(args.starts, url)
    print(f"first 200 after start, {args.starts} starts each, {WORKERS} workers")
    print(f"Newsdesk ({PAGE}): " + ", ".join(f"{t:.0f}" for t in ours) + " ms")
    print("one-view project (/): " + ", ".join(f"{t:.0f}" for t in bare) + " ms")
    ours.sort(), bare.sort()
    print(f"median ratio: {ours[len(ours) // 2] / bare[len(bare) // 2]:.2f}x")


if __name__ == "__main__":
    main()
