"""Newsdesk beside doccano 1.8.4, the closest open-source peer (Django and a REST API), on the same machine.

    python benchmarks/peer_doccano.py [--database-url postgres://postgres@127.0.0.1:5432] [--workers 2]

Both tools run as they would in production: gunicorn on 127.0.0.1 with the same workers (threaded, so that
connections are kept alive), debugging off, each on its own throwaway database of the same engine (SQLite
files by default; with ``--database-url``, a scratch PostgreSQL database each, dropped afterwards). doccano
is installed once into ``benchmarks/.peer/venv`` (git-ignored; about a minute the first time), set up with
``doccano init`` and ``doccano createuser``, and its celery worker (``doccano task``) runs for the export.
doccano's SQLite file is put in WAL mode, as Newsdesk's is, or its worker's writes lock its web server out
during an export. Every process started here is stopped on the way out, after an error or Ctrl-C too.

The same data goes into both: ten documents of about 24,000 code points, and 1,000 non-overlapping spans on
each in the four Newsdesk tags (10,000 in all). One HTTP client with keep-alive (urllib3, a connection each)
talks to both, logged in through each tool's own session login, the CSRF token sent in a header. A few
untimed requests warm every worker first, and each measure alternates between the tools, so that whatever
else the machine is doing weighs on both alike.
Measured:

- 200 span creations one by one on the first document (median and 95th percentile);
- listing the 1,000 spans of that document;
- label counts over all 10,000 spans (doccano's span-distribution metric; Newsdesk's
  ``/api/annotations/counts?story=SLUG``);
- a full export of the 10,000 spans as JSONL (doccano: its celery export task, polled until the file is
  ready, then downloaded; Newsdesk: ``/api/export/annotations.jsonl?story=SLUG``, read to the end).

The 200 spans are created over HTTP; the rest are loaded in bulk through each tool's own models (on
PostgreSQL, followed by the VACUUM ANALYZE that autovacuum would soon run). The ratio printed is doccano's
time over Newsdesk's: 2.0 means Newsdesk takes half as long. Beside the times, the CPU milliseconds each
server spent per operation (its gunicorn workers, and doccano's celery worker for the export), read from
/proc: on a busy machine they say more than the clock does.

``--keep`` leaves the run's databases (SQLite files, or the PostgreSQL databases) and server logs behind.
``--newsdesk-only`` measures Newsdesk and its floors without doccano (no doccano install), and ``--create-only``
stops after the creations: together, a quick check of the creation and middleware ratios.
"""

from __future__ import annotations

import argparse
import atexit
import contextlib
import ctypes
import io
import json
import os
import random
import secrets
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlencode

import urllib3

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script rather than with -m
    sys.path.insert(0, str(ROOT))

from benchmarks.orders import round_order  # noqa: E402
from benchmarks.scratch import GroupCpu, free_port  # noqa: E402

PEER_DIR = ROOT / "benchmarks" / ".peer"
PEER_VENV = PEER_DIR / "venv"
DOCCANO_VERSION = "1.8.4"
DOCCANO_REQUIREMENTS = [f"doccano=={DOCCANO_VERSION}", "numpy<2", "marshmallow<4"]
SEED_SCRIPT = ROOT / "benchmarks" / "doccano_seed.py"

DOCUMENTS = 10
SPANS_PER_DOCUMENT = 1_000
CREATED_OVER_HTTP = 200
# Untimed requests first, each on a new connection, so that every server worker has loaded its code before timing
# starts: spans created over HTTP on the last document, and reads.
WARM_UP_SPANS = 12
WARM_UP_READS = 6
SPAN_STRIDE = 24
TAGS = ("attribution", "rhetoric", "boilerplate", "factual_claim")
# Enough reads that the 95th percentile is not just the slowest one or two.
REPEATS = {"list": 100, "counts": 100, "export": 5}
# Newsdesk's floor views, timed in the same loop as the creations (``benchmarks/floor.py``, ``benchmarks/wsgi.py``).
FLOORS = (("/benchmark/floor/", "one-INSERT view, whole middleware"),
          ("/benchmark/bare/", "the same view, no middleware"))
USERNAME = "benchmark"
WORDS = ("the minister said officials claimed missile launch report according sources warned brutal regime "
         "analysts estimate thousand tonnes shells artillery Pyongyang Moscow Kyiv Seoul talks sanctions "
         "alleged unprecedented reckless “success” deployed 2024 percent million troops intelligence "
         "Субботин 북한 café naïve 😀 agency").split()


# -- the data both tools get ------------------------------------------------------------------------------


def corpus() -> dict:
    """Ten texts, and 1,000 spans on each: [document, start, end, tag], never overlapping, never blank."""
    rng = random.Random(8)
    length = SPANS_PER_DOCUMENT * SPAN_STRIDE + 200
    texts = []
    for number in range(DOCUMENTS):
        paragraphs, size = [f"Peer comparison document {number + 1}"], 0
        while size < length:
            paragraph = " ".join(rng.choice(WORDS) for _ in range(rng.randint(40, 90))) + "."
            paragraphs.append(paragraph)
            size += len(paragraph) + 2
        texts.append("\n\n".join(paragraphs))
    spans = []
    for document, text in enumerate(texts):
        for i in range(SPANS_PER_DOCUMENT):
            start = 40 + i * SPAN_STRIDE
            end = start + 8 + i % 12
            while not text[start:end].strip():
                end += 1
            spans.append([document, start, end, TAGS[i % len(TAGS)]])
    return {"texts": texts, "tags": list(TAGS), "spans": spans}


def split_spans(data: dict) -> tuple[list, list, list]:
    """(created over HTTP and timed, created over HTTP to warm up, loaded in bulk)."""
    timed = [s for s in data["spans"] if s[0] == 0][:CREATED_OVER_HTTP]
    warm = [s for s in data["spans"] if s[0] == DOCUMENTS - 1][:WARM_UP_SPANS]
    over_http = {tuple(s) for s in timed + warm}
    return timed, warm, [s for s in data["spans"] if tuple(s) not in over_http]


# -- processes --------------------------------------------------------------------------------------------


class Processes:
    """Every server started here, each in its own process group, all stopped however the run ends."""

    def __init__(self):
        self.running: list[subprocess.Popen] = []
        atexit.register(self.stop_all)

    def start(self, command, *, env, cwd, log: Path) -> subprocess.Popen:
        with open(log, "ab") as out:
            process = subprocess.Popen(command, env=env, cwd=cwd, stdout=out, stderr=subprocess.STDOUT,
                                       stdin=subprocess.DEVNULL, start_new_session=True,
                                       preexec_fn=_die_with_parent)
        self.running.append(process)
        return process

    def stop_all(self):
        for process in self.running:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGTERM)
        deadline = time.monotonic() + 15
        for process in self.running:
            try:
                process.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                pass
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            with contextlib.suppress(subprocess.TimeoutExpired):
                process.wait(timeout=5)
        self.running.clear()


def _die_with_parent():
    """Linux: the server gets SIGTERM if this script is killed outright, so no server outlives it."""
    with contextlib.suppress(Exception):
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


def server_options(port: int, workers: int) -> list[str]:
    """The same gunicorn settings for both tools: loopback only, the same workers, each a thread that keeps the
    client's connection open between requests (gunicorn's default sync workers close it after each one)."""
    return ["--bind", f"127.0.0.1:{port}", "--workers", str(workers), "--worker-class", "gthread", "--threads", "1",
            "--log-level", "warning"]


def wait_for_http(url: str, process: subprocess.Popen, log: Path, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited early:\n{tail(log)}")
        with contextlib.suppress(urllib3.exceptions.HTTPError):
            urllib3.request("GET", url, timeout=2, retries=False)
            return
        time.sleep(0.2)
    raise RuntimeError(f"server did not answer at {url} within {timeout:.0f} s:\n{tail(log)}")


def tail(log: Path, lines: int = 30) -> str:
    try:
        return "\n".join(log.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return ""


def run_checked(command, *, env, cwd, log: Path, what: str) -> str:
    result = subprocess.run(command, env=env, cwd=cwd, capture_output=True, text=True, stdin=subprocess.DEVNULL)
    with open(log, "a") as out:
        out.write(result.stdout + result.stderr)
    if result.returncode:
        raise RuntimeError(f"{what} failed ({result.returncode}):\n{tail(log)}")
    return result.stdout


# -- databases --------------------------------------------------------------------------------------------


class Databases:
    """One scratch database per tool: SQLite files in the run folder, or PostgreSQL databases dropped after."""

    def __init__(self, server_url: str | None, folder: Path):
        self.server_url = server_url.rstrip("/") if server_url else None
        self.folder = folder
        self.created: list[str] = []

    @property
    def engine(self) -> str:
        return "postgresql" if self.server_url else "sqlite"

    def url(self, tool: str) -> str:
        if not self.server_url:
            return f"sqlite:///{self.folder / f'{tool}.sqlite3'}"
        import psycopg

        name = f"nd_peer_{tool}_{os.getpid()}"
        with psycopg.connect(f"{self.server_url}/postgres", autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
            conn.execute(f"CREATE DATABASE {name}")
        self.created.append(name)
        return f"{self.server_url}/{name}"

    def drop_all(self):
        if not self.created:
            return
        import psycopg

        with psycopg.connect(f"{self.server_url}/postgres", autocommit=True) as conn:
            for name in self.created:
                conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        self.created.clear()


# -- doccano ----------------------------------------------------------------------------------------------


def peer_python() -> Path:
    return PEER_VENV / "bin" / "python"


def ensure_doccano(progress, postgres: bool) -> Path:
    """doccano's own virtualenv, created on first use and reused while it holds doccano 1.8.4."""
    python = peer_python()
    probe = "import importlib.metadata as m; print(m.version('doccano'))"
    installed = python.exists() and subprocess.run(
        [python, "-c", probe], capture_output=True, text=True
    ).stdout.strip() == DOCCANO_VERSION
    if not installed:
        progress(f"installing doccano {DOCCANO_VERSION} into {PEER_VENV.relative_to(ROOT)} (about a minute)")
        PEER_DIR.mkdir(parents=True, exist_ok=True)
        subprocess.run([sys.executable, "-m", "venv", "--clear", PEER_VENV], check=True)
        pip_install(python, DOCCANO_REQUIREMENTS)
    if postgres and subprocess.run([python, "-c", "import psycopg2"], capture_output=True).returncode:
        pip_install(python, ["psycopg2-binary"])
    return python


def pip_install(python: Path, requirements: list[str]) -> None:
    result = subprocess.run([python, "-m", "pip", "install", "--quiet", *requirements],
                            capture_output=True, text=True)
    if result.returncode:
        raise RuntimeError(f"pip install {' '.join(requirements)} failed:\n{result.stderr[-3000:]}")


def doccano_backend(python: Path) -> Path:
    found = subprocess.run([python, "-c", "import backend, os; print(os.path.dirname(backend.__file__))"],
                           capture_output=True, text=True, check=True)
    return Path(found.stdout.strip())


class Doccano:
    name = "doccano"

    def __init__(self, processes: Processes, folder: Path, database_url: str, workers: int, progress, postgres):
        self.processes, self.folder, self.progress = processes, folder, progress
        self.python = ensure_doccano(progress, postgres)
        self.bin = self.python.parent
        self.backend = doccano_backend(self.python)
        home = folder / "doccano"
        home.mkdir()
        if database_url.startswith("postgres"):
            database_url += "?sslmode=disable"  # doccano requires TLS to the database unless told otherwise
        self.env = {
            **clean_environ(), "DOCCANO_HOME": str(home), "DATABASE_URL": database_url,
            "MEDIA_ROOT": str(home / "media"), "DJANGO_SETTINGS_MODULE": "config.settings.production",
            "STANDALONE": "True", "DEBUG": "False", "SECRET_KEY": secrets.token_urlsafe(40),
        }
        self.log = folder / "doccano.log"
        self.password = secrets.token_urlsafe(16)
        self.workers = workers

    def start(self):
        self.progress("doccano: init, createuser")
        run_checked([self.bin / "doccano", "init"], env=self.env, cwd=self.folder, log=self.log, what="doccano init")
        run_checked([self.bin / "doccano", "createuser", "--username", USERNAME, "--password", self.password,
                     "--email", "benchmark@example.org"], env=self.env, cwd=self.folder, log=self.log,
                    what="doccano createuser")
        if self.env["DATABASE_URL"].startswith("sqlite:///"):
            # WAL, as Newsdesk's SQLite runs: in doccano's own journal mode its celery worker's writes lock
            # the web server out ("database is locked") while an export runs.
            with contextlib.closing(sqlite3.connect(self.env["DATABASE_URL"].removeprefix("sqlite:///"))) as db:
                db.execute("PRAGMA journal_mode=WAL")
        # `doccano webserver` binds every interface; its WSGI application is served here on loopback only.
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.servers = []
        server = self.processes.start(
            [self.bin / "gunicorn", "config.wsgi", "--chdir", str(self.backend),
             *server_options(self.port, self.workers)],
            env=self.env, cwd=self.backend, log=self.log,
        )
        worker = self.processes.start([self.bin / "doccano", "task"], env=self.env, cwd=self.folder,
                                      log=self.folder / "doccano-task.log")
        self.servers = [server.pid, worker.pid]
        wait_for_http(f"{self.base}/v1/health/", server, self.log)

    def seed(self, data_file: Path, command: str, argument) -> dict:
        out = run_checked([self.python, SEED_SCRIPT, command, str(data_file), str(argument)],
                          env={**self.env, "PYTHONPATH": str(self.backend)}, cwd=self.backend, log=self.log,
                          what=f"doccano seed {command}")
        return json.loads(out.strip().splitlines()[-1])

    def login(self, client: Client):
        client.post_json(f"{self.base}/v1/auth/login/", {"username": USERNAME, "password": self.password},
                         expect=200)

    def prepare(self, data_file: Path):
        self.ids = self.seed(data_file, "setup", USERNAME)
        self.project = self.ids["project"]

    def create(self, client: Client, span) -> None:
        document, start, end, tag = span
        example = self.ids["examples"][document]
        client.post_json(f"{self.base}/v1/projects/{self.project}/examples/{example}/spans",
                         {"label": self.ids["labels"][tag], "start_offset": start, "end_offset": end}, expect=201)

    def load_rest(self, data_file: Path):
        self.seed(data_file, "spans", self.project)

    def list_spans(self, client: Client, document: int) -> int:
        example = self.ids["examples"][document]
        return len(client.get_json(f"{self.base}/v1/projects/{self.project}/examples/{example}/spans"))

    def label_counts(self, client: Client) -> int:
        counts = client.get_json(f"{self.base}/v1/projects/{self.project}/metrics/span-distribution")
        return sum(n for per_user in counts.values() for n in per_user.values())

    def export(self, client: Client) -> int:
        url = f"{self.base}/v1/projects/{self.project}/download"
        task = client.post_json(url, {"format": "JSONL", "exportApproved": False}, expect=200)["task_id"]
        deadline = time.monotonic() + 120
        while not client.get_json(f"{self.base}/v1/tasks/status/{task}")["ready"]:
            if time.monotonic() > deadline:
                raise RuntimeError(f"doccano's export did not finish:\n{tail(self.folder / 'doccano-task.log')}")
            time.sleep(0.02)
        archive = zipfile.ZipFile(io.BytesIO(client.get_bytes(f"{url}?taskId={task}")))
        return sum(len(json.loads(line)["label"]) for name in archive.namelist()
                   for line in archive.read(name).decode().splitlines() if line.strip())


# -- Newsdesk ---------------------------------------------------------------------------------------------


class Newsdesk:
    name = "Newsdesk"
    story = "peer-comparison"

    def __init__(self, processes: Processes, folder: Path, database_url: str, workers: int, progress):
        self.processes, self.folder, self.progress = processes, folder, progress
        self.env = {
            **clean_environ(), "DATABASE_URL": database_url, "SECRET_KEY": secrets.token_urlsafe(40), "DEBUG": "0",
            "ALLOWED_HOSTS": "127.0.0.1", "SECURE_COOKIES": "0", "STATIC_ROOT": str(folder / "static"),
            # No access log, as doccano's gunicorn keeps none.
            "GUNICORN_ACCESSLOG": "", "LOG_LEVEL": "WARNING",
            "PYTHONPATH": str(ROOT),
            # Production settings at doccano's SQLite durability, with the floor views (benchmarks/peer_settings.py).
            "DJANGO_SETTINGS_MODULE": "benchmarks.peer_settings",
        }
        self.log = folder / "newsdesk.log"
        self.password = secrets.token_urlsafe(16)
        self.workers = workers
        self.floors: dict[str, tuple[float, float | None]] = {}  # name: (median ms, CPU ms per request)

    def manage(self, *args, what=None, env=None):
        return run_checked([sys.executable, ROOT / "manage.py", *args], env={**self.env, **(env or {})}, cwd=ROOT,
                           log=self.log, what=what or f"manage.py {args[0]}")

    def start(self):
        self.progress("Newsdesk: migrate, createuser, collectstatic")
        self.manage("migrate", "--no-input", "-v", "0")
        self.manage("createuser", USERNAME, "--role", "reviewer", env={"NEWSDESK_PASSWORD": self.password})
        self.manage("collectstatic", "--no-input", "-v", "0")
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        server = self.processes.start(
            [sys.executable, "-m", "gunicorn", "benchmarks.wsgi", *server_options(self.port, self.workers)],
            env=self.env, cwd=ROOT, log=self.log,
        )
        self.servers = [server.pid]
        wait_for_http(f"{self.base}/healthz", server, self.log)

    def seed(self, data_file: Path, command: str) -> dict:
        out = run_checked([sys.executable, __file__, "--seed-newsdesk", command, str(data_file)],
                          env={**self.env, "DJANGO_SETTINGS_MODULE": "newsdesk.settings"}, cwd=ROOT, log=self.log,
                          what=f"Newsdesk seed {command}")
        return json.loads(out.strip().splitlines()[-1])

    def login(self, client: Client):
        login = f"{self.base}/accounts/login/"
        client.get_bytes(login)
        client.post_form(login, {"username": USERNAME, "password": self.password}, expect=302)

    def prepare(self, data_file: Path):
        self.articles = self.seed(data_file, "setup")["articles"]

    def create(self, client: Client, span) -> None:
        document, start, end, tag = span
        client.post_json(f"{self.base}/api/annotations/",
                         {"article": self.articles[document], "tag": tag, "start": start, "end": end}, expect=201)

    def load_rest(self, data_file: Path):
        self.seed(data_file, "spans")

    def list_spans(self, client: Client, document: int) -> int:
        return len(client.get_json(f"{self.base}/api/annotations/?article={self.articles[document]}"))

    def insert_floor(self, client: Client, path: str, number: int) -> None:
        """The one-INSERT floor view (``benchmarks/floor.py``), at ``FLOOR_URL`` or ``BARE_URL``."""
        client.post_json(f"{self.base}{path}", {"n": number}, expect=201)

    def label_counts(self, client: Client) -> int:
        return sum(client.get_json(f"{self.base}/api/annotations/counts?story={self.story}")["counts"].values())

    def export(self, client: Client) -> int:
        body = client.get_bytes(f"{self.base}/api/export/annotations.jsonl?story={self.story}")
        return sum(len(json.loads(line)["label"]) for line in body.decode().splitlines() if line.strip())


def seed_newsdesk(command: str, data_file: str) -> None:
    """Runs in a child process with Newsdesk's settings: the story, articles and bulk spans, by its models."""
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.db import transaction

    from annotations.anchoring import anchor
    from annotations.models import Annotation
    from newsdesk.importing import importer, ingest
    from newsdesk.models import Article

    data = json.loads(Path(data_file).read_text(encoding="utf-8"))
    if command == "setup":
        from benchmarks.floor import create_floor_table

        create_floor_table()
        story = importer.story_for(Newsdesk.story, "Peer comparison")
        story.blind_annotation = False
        story.save(update_fields=["blind_annotation"])
        outlet = importer.outlet_named("Peer Outlet")
        ids = []
        for text in data["texts"]:
            canonical = ingest.from_text(text)
            if canonical.text != text:
                raise RuntimeError("the generated text is not canonical: offsets would differ between the tools")
            ids.append(importer.store(canonical, outlet=outlet, story=story).pk)
        print(json.dumps({"articles": ids}))
        return
    reviewer = get_user_model().objects.get(username=USERNAME)
    articles = list(Article.objects.filter(story__slug=Newsdesk.story).order_by("pk"))
    rows = []
    for document, start, end, tag in data["spans"]:
        article = articles[document]
        spot = anchor(article.text, start, end)
        rows.append(Annotation(article=article, reviewer=reviewer, tag=tag, start=start, end=end, quote=spot.quote,
                               prefix=spot.prefix, suffix=spot.suffix))
    with transaction.atomic():
        Annotation.objects.bulk_create(rows, batch_size=2_000)
    print(json.dumps({"spans": len(rows)}))


def settle(database_url: str) -> None:
    """After a bulk load, what PostgreSQL's autovacuum would do within a minute: statistics for the planner and
    a visibility map for index-only scans. (SQLite keeps no statistics unless asked, and neither tool asks.)"""
    if not database_url.startswith("postgres"):
        return
    import psycopg

    with psycopg.connect(database_url.replace("?sslmode=disable", ""), autocommit=True) as conn:
        conn.execute("VACUUM ANALYZE")


def clean_environ() -> dict:
    """This process's environment without settings either tool would read as its own."""
    dropped = {"DATABASE_URL", "DJANGO_SETTINGS_MODULE", "SECRET_KEY", "DEBUG", "ALLOWED_HOSTS", "PYTHONPATH",
               "WEB_CONCURRENCY", "GUNICORN_CMD_ARGS", "CELERY_BROKER_URL", "VIRTUAL_ENV"}
    return {key: value for key, value in os.environ.items() if key not in dropped}


# -- the client -------------------------------------------------------------------------------------------


class Client:
    """One kept-alive HTTP connection per tool, handled identically: cookies kept, the CSRF token in a header.

    urllib3 (which requests is built on) with the cookies kept here: the client's own work, which both tools'
    times include alike, is half what a requests session spends, so the times say more about the servers.
    """

    def __init__(self):
        self.http = urllib3.PoolManager(maxsize=1, retries=False)
        self.cookies: dict[str, str] = {}

    def request(self, method: str, url: str, expect: int, body: bytes | None = None, headers=None):
        headers = dict(headers or {})
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
        if method != "GET" and "csrftoken" in self.cookies:
            headers["X-CSRFToken"] = self.cookies["csrftoken"]
        response = self.http.request(method, url, body=body, headers=headers, redirect=False)
        for header in response.headers.getlist("Set-Cookie"):
            for name, morsel in SimpleCookie(header).items():
                if morsel["max-age"] == "0":
                    self.cookies.pop(name, None)
                else:
                    self.cookies[name] = morsel.value
        if response.status != expect:
            raise RuntimeError(f"{method} {url} answered {response.status}, expected {expect}: "
                               f"{response.data[:500].decode(errors='replace')}")
        return response

    def post_json(self, url, body, expect):
        response = self.request("POST", url, expect, json.dumps(body).encode(), {"Content-Type": "application/json"})
        return json.loads(response.data)

    def post_form(self, url, fields, expect):
        body = urlencode({**fields, "csrfmiddlewaretoken": self.cookies.get("csrftoken", "")}).encode()
        return self.request("POST", url, expect, body, {"Content-Type": "application/x-www-form-urlencoded"})

    def get_json(self, url):
        return json.loads(self.request("GET", url, 200, headers={"Accept": "application/json"}).data)

    def get_bytes(self, url) -> bytes:
        return self.request("GET", url, 200).data

    def reconnect(self):
        """Drop the kept-alive connection: the next request opens a new one, which any server worker may take."""
        self.http.clear()

    def close(self):
        self.http.clear()


# -- measuring --------------------------------------------------------------------------------------------


def timed(action) -> tuple[float, object]:
    began = time.perf_counter()
    result = action()
    return (time.perf_counter() - began) * 1000, result


class Seat:
    """One tool, its client, and what was measured of it."""

    def __init__(self, tool, client: Client):
        self.tool, self.client = tool, client
        self.times: dict[str, list[float]] = {}
        self.cpu: dict[str, float | None] = {}

    def cpu_reader(self, measure: str) -> GroupCpu:
        # doccano's celery worker polls its broker all the time; it counts only for the export, its work.
        return GroupCpu(self.tool.servers if measure == "export" else self.tool.servers[:1])


class Floor:
    """Newsdesk's one-INSERT floor view at ``path``, in the same server, taking a seat as a tool does."""

    def __init__(self, newsdesk, path: str, name: str):
        self.newsdesk, self.path, self.name = newsdesk, path, name
        self.numbers = iter(range(10**9))

    @property
    def servers(self):
        return self.newsdesk.servers

    def login(self, client: Client):
        self.newsdesk.login(client)

    def create(self, client: Client, span) -> None:
        self.newsdesk.insert_floor(client, self.path, next(self.numbers))


def interleaved(seats: list[Seat], measure: str, actions: list) -> None:
    """Run each action on every seat in turn, in an order that changes every time (``benchmarks/orders.py``),
    timing each: whatever else the machine is doing, or what one request leaves for the next, weighs on all
    alike. Records each seat's times, and its server's CPU per action (read just before and after each of its
    own requests, so seats sharing a server are told apart)."""
    cpu = {id(seat): seat.cpu_reader(measure) for seat in seats}
    spent = dict.fromkeys(cpu, 0.0)
    for seat in seats:
        seat.times[measure] = []
    for i, action in enumerate(actions):
        for seat in (seats[index] for index in round_order(i, len(seats))):
            before = cpu[id(seat)].ms()
            seat.times[measure].append(timed(lambda seat=seat, action=action: action(seat.tool, seat.client))[0])
            after = cpu[id(seat)].ms()
            spent[id(seat)] = None if before is None or after is None or spent[id(seat)] is None \
                else spent[id(seat)] + after - before
    for seat in seats:
        seat.cpu[measure] = None if spent[id(seat)] is None else spent[id(seat)] / len(actions)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def measure(seats: list[Seat], data: dict, folder: Path, progress, create_only: bool = False) -> None:
    timed_spans, warm_spans, bulk = split_spans(data)
    total = len(data["spans"])
    for seat in seats:
        seat.tool.login(seat.client)
        seat.tool.prepare(folder / "corpus.json")
        for span in warm_spans:
            seat.tool.create(seat.client, span)
            seat.client.reconnect()
        for _ in range(WARM_UP_READS):
            seat.tool.list_spans(seat.client, 0)
            seat.tool.label_counts(seat.client)
            seat.client.reconnect()
    newsdesk = next(seat.tool for seat in seats if isinstance(seat.tool, Newsdesk))
    floors = [Seat(Floor(newsdesk, path, name), Client()) for path, name in FLOORS]
    for seat in floors:
        seat.tool.login(seat.client)
        for _ in range(WARM_UP_READS):
            seat.tool.create(seat.client, None)
            seat.client.reconnect()
    progress(f"creating {len(timed_spans)} spans one by one in each, beside Newsdesk's floor views")
    interleaved(seats + floors, "create",
                [lambda tool, client, span=span: tool.create(client, span) for span in timed_spans])
    for seat in floors:
        seat.client.close()
        newsdesk.floors[seat.tool.name] = (statistics.median(seat.times["create"]), seat.cpu["create"])
    if create_only:
        return
    progress(f"loading the other {len(bulk):,} spans into each in bulk")
    for seat in seats:
        seat.tool.load_rest(folder / "bulk-spans.json")
        settle(seat.tool.env["DATABASE_URL"])
    reads = {
        "list": (lambda tool, client: tool.list_spans(client, 0), SPANS_PER_DOCUMENT),
        "counts": (lambda tool, client: tool.label_counts(client), total),
        "export": (lambda tool, client: tool.export(client), total),
    }
    progress("listing, counting, exporting")
    for name, (action, expected) in reads.items():
        for seat in seats:  # one untimed run each, which also checks the answer
            if (got := action(seat.tool, seat.client)) != expected:
                raise RuntimeError(f"{seat.tool.name} {name}: got {got:,}, expected {expected:,}")
        interleaved(seats, name, [action] * REPEATS[name])


def figures(seat: Seat) -> dict:
    """{measure key: (milliseconds, server CPU milliseconds per operation or None)}, for what was measured."""
    creations = seat.times["create"]
    return {
        "create_median": (statistics.median(creations), seat.cpu["create"]),
        "create_p95": (percentile(creations, 0.95), None),
        **{name: (statistics.median(seat.times[name]), seat.cpu[name])
           for name in ("list", "counts", "export") if name in seat.times},
    }


MEASURES = (
    ("create_median", "create a span (median)", f"{CREATED_OVER_HTTP} POSTs one by one"),
    ("create_p95", "create a span (p95)", f"95th percentile of the same {CREATED_OVER_HTTP}"),
    ("list", "list 1,000 spans", f"one document's spans; median of {REPEATS['list']}"),
    ("counts", "label counts, 10,000 spans", f"tag counts over the whole project; median of {REPEATS['counts']}"),
    ("export", "export 10,000 spans", f"JSONL, until the last byte (doccano: celery task, poll, download); "
                                      f"median of {REPEATS['export']}"),
)


def run(progress=print, database_url: str | None = None, workers: int = 2, keep: bool = False,
        newsdesk_only: bool = False, create_only: bool = False) -> list[dict]:
    """Run both tools, measure both, stop both; one row per measure with milliseconds and the ratio.

    ``keep`` leaves the run's folder (SQLite databases, server logs) in ``benchmarks/.peer/``, and its
    PostgreSQL databases, for a look after. ``newsdesk_only`` leaves doccano out (its columns stay empty);
    ``create_only`` measures the creations and the floors alone."""
    PEER_DIR.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="run-", dir=PEER_DIR))
    processes = Processes()
    databases = Databases(database_url, folder)
    seats: list[Seat] = []
    try:
        data = corpus()
        (folder / "corpus.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        (folder / "bulk-spans.json").write_text(json.dumps({"spans": split_spans(data)[2]}), encoding="utf-8")
        tools = []
        if not newsdesk_only:
            tools.append(Doccano(processes, folder, databases.url("doccano"), workers, progress, bool(database_url)))
        tools.append(Newsdesk(processes, folder, databases.url("newsdesk"), workers, progress))
        newsdesk = tools[-1]
        for tool in tools:
            tool.start()
        seats = [Seat(tool, Client()) for tool in tools]
        measure(seats, data, folder, progress, create_only)
        measured = {seat.tool.name: figures(seat) for seat in seats}
    finally:
        for seat in seats:
            seat.client.close()
        processes.stop_all()
        if keep:
            progress(f"kept {folder.relative_to(ROOT)} {' '.join(databases.created)}")
        else:
            databases.drop_all()
            shutil.rmtree(folder, ignore_errors=True)
    rows = []
    durability = ", synchronous=FULL for both" if databases.engine == "sqlite" else ""
    for key, label, detail in MEASURES:
        if key not in measured["Newsdesk"]:
            continue
        (ours, ours_cpu) = measured["Newsdesk"][key]
        theirs, theirs_cpu = measured["doccano"][key] if "doccano" in measured else (None, None)
        rows.append({"measure": label, "ours_ms": round(ours, 2), "doccano_ms": rounded(theirs),
                     "ratio": None if theirs is None else round(theirs / ours, 2),
                     "detail": f"{detail}; {databases.engine}{durability}, {workers} workers",
                     "ours_cpu_ms": rounded(ours_cpu), "doccano_cpu_ms": rounded(theirs_cpu)})
    for name, (median, cpu) in newsdesk.floors.items():
        rows.append({"measure": name, "ours_ms": round(median, 2), "doccano_ms": None, "ratio": None,
                     "detail": f"Newsdesk's floor, in the loop of the {CREATED_OVER_HTTP} creations; "
                               f"{databases.engine}{durability}", "ours_cpu_ms": rounded(cpu), "doccano_cpu_ms": None,
                     "floor": True})
    return rows


def rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


def table(rows: list[dict]) -> str:
    def cpu(value):
        return f"{value:>9.1f}" if value is not None else f"{'':>9}"

    lines = [f"{'measure':<34} {'Newsdesk ms':>12} {'doccano ms':>12} {'doccano/ours':>13} {'cpu ours':>9} "
             f"{'doccano':>9}  detail"]
    for row in rows:
        theirs = f"{row['doccano_ms']:>12.1f}" if row["doccano_ms"] is not None else f"{'':>12}"
        ratio = f"{row['ratio']:>12.2f}x" if row["ratio"] is not None else f"{'':>13}"
        lines.append(f"{row['measure']:<34} {row['ours_ms']:>12.1f} {theirs} "
                     f"{ratio} {cpu(row['ours_cpu_ms'])} {cpu(row['doccano_cpu_ms'])}  {row['detail']}")
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--database-url", help="PostgreSQL server URL without a database name; default SQLite.")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers for each tool (default 2).")
    parser.add_argument("--keep", action="store_true", help="Keep the databases and server logs of the run.")
    parser.add_argument("--newsdesk-only", action="store_true",
                        help="Measure Newsdesk and its floors alone, without doccano.")
    parser.add_argument("--create-only", action="store_true",
                        help="Measure the creations and the floor views alone (no list, counts or export).")
    parser.add_argument("--seed-newsdesk", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.seed_newsdesk:
        return seed_newsdesk(*args.seed_newsdesk)
    # A plain `kill` ends the run through the same clean-up as Ctrl-C.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    rows = run(lambda message: print(message, flush=True), args.database_url, args.workers, args.keep,
               args.newsdesk_only, args.create_only)
    print(table(rows))
    print(floor_ratios(rows))


def floor_ratios(rows: list[dict]) -> str:
    """Creating a span over the one-INSERT view through the whole middleware, and that over the bare view."""
    found = {row["measure"]: row["ours_ms"] for row in rows}
    create, stacked, bare = (found.get(name) for name in ("create a span (median)", *(name for _, name in FLOORS)))
    if not (create and stacked and bare):
        return ""
    return (f"create vs one-INSERT view, whole middleware: {create / stacked:.2f}x; "
            f"middleware stack vs a bare view: {stacked / bare:.2f}x")


if __name__ == "__main__":
    main()
