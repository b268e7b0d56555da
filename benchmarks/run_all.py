"""Every benchmark in one run, each beside its floor measured in the same run, printed as one table.

    python -m benchmarks [--scale small|full] [--only NAME ...] [--database-url postgres://...] [--no-peer]
                         [--repeat N]

Builds a throwaway database (an SQLite file in a temporary folder, or with ``--database-url`` a fresh
database on that PostgreSQL server, dropped afterwards), migrates it, fills it with the synthetic corpus of
``benchmarks/corpus.py`` and times, through real requests to the real URLs (Django's test client, in
process) where the measure is a page or an endpoint:

- reader: an article page showing 2,000 highlights (every reviewer's, as an editor sees them);
- create: saving one highlight, ``POST /api/annotations/``;
- compare: the side-by-side page of a 10-article story with its highlights;
- report: ``GET /api/reports/summary`` over 1,000,000 highlights (every table, agreement included);
- export: the JSON-LD export of one story's 100,000 highlights;
- alignment: aligning a story of 100 articles x 30 passages into topics;
- startup: the first 200 after starting gunicorn with the project's settings, beside a one-view Django project;
- install: the size of ``pip install .`` in a fresh virtual environment.

Each measure and its floor (see ``benchmarks/floor.py``) are timed in the same loop, one after the other and
in alternating order, after a warm-up of each: whatever else the machine does weighs on both alike. Each is
reported as median and 95th percentile (with the number of SQL queries for requests), and the ratio is ours
over the floor's median. Then, unless ``--no-peer``, the comparison with doccano
(``benchmarks/peer_doccano.py``) prints its own table, and last a table of the targets: each line of the
performance goals beside its floor from this run, and whether it is met. ``--scale small`` runs the same
measures on a small corpus in seconds.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import sys
import tempfile
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.orders import round_order  # noqa: E402
from benchmarks.scratch import postgres_database, server_of  # noqa: E402

MEASURES = ("reader", "create", "compare", "report", "export", "alignment", "startup", "install")


@dataclass(frozen=True)
class Scale:
    stories: int
    articles_per_story: int
    passages: int
    highlights: int
    reviewers: int
    reader_highlights: int
    compare_highlights: int
    repeat: int
    slow_repeat: int
    starts: int


SCALES = {
    # 200 samples of each fast measure: the 95th percentile is then the 10th slowest, not the second.
    "full": Scale(stories=10, articles_per_story=100, passages=30, highlights=1_000_000, reviewers=20,
                  reader_highlights=2_000, compare_highlights=2_000, repeat=200, slow_repeat=5, starts=5),
    "small": Scale(stories=2, articles_per_story=10, passages=10, highlights=10_000, reviewers=5,
                   reader_highlights=200, compare_highlights=200, repeat=20, slow_repeat=3, starts=2),
}


@dataclass
class Timing:
    samples: list[float]  # milliseconds
    queries: int | None = None

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def p95(self) -> float:
        return percentile(self.samples, 0.95)


def percentile(samples, share: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


@dataclass
class Row:
    measure: str
    ours: Timing
    floor_name: str
    floor: Timing
    detail: str = ""
    unit: str = "ms"
    key: str = ""  # what the targets below call it
    ratio: float = field(init=False)

    def __post_init__(self):
        self.ratio = self.ours.median / self.floor.median if self.floor.median else float("inf")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scale", choices=sorted(SCALES), default="full")
    parser.add_argument("--only", action="append", choices=MEASURES, metavar="NAME",
                        help=f"Run only this measure (repeatable): {', '.join(MEASURES)}.")
    parser.add_argument("--database-url", default="",
                        help="A PostgreSQL server (postgres://user@host:port/any); a throwaway database is "
                             "created on it and dropped afterwards. Default: a temporary SQLite file.")
    parser.add_argument("--no-peer", action="store_true", help="Skip the comparison with doccano.")
    parser.add_argument("--repeat", type=int, help="Repetitions of each fast measure (default by scale).")
    args = parser.parse_args(argv)
    scale = SCALES[args.scale]
    if args.repeat:
        scale = Scale(**{**scale.__dict__, "repeat": args.repeat})
    names = args.only or MEASURES
    with throwaway_database(args.database_url) as url:
        os.environ["DATABASE_URL"] = url
        os.environ["DJANGO_SETTINGS_MODULE"] = "benchmarks.settings"
        import django

        django.setup()
        from django.core.management import call_command
        from django.db import connections

        from benchmarks.floor import create_floor_table

        call_command("migrate", verbosity=0)
        create_floor_table()
        print(header(args.scale), flush=True)
        bench = Bench(scale, args.database_url)
        rows = bench.run(names)
        print()
        print(table(["measure", "ours median", "ours p95", "queries", "floor", "floor median", "floor p95", "ratio",
                     "detail"],
                    [[r.measure, amount(r.ours.median, r.unit), amount(r.ours.p95, r.unit),
                      "" if r.ours.queries is None else r.ours.queries, r.floor_name, amount(r.floor.median, r.unit),
                      amount(r.floor.p95, r.unit), f"{r.ratio:.2f}x", r.detail] for r in rows]))
        connections.close_all()
    peer = []
    if not args.no_peer and ({"create", "report"} & set(names) or not args.only):
        print()
        peer = peer_table(args.database_url)
    print()
    print(targets(rows, peer, bench.machine_load))
    return 0


@contextmanager
def throwaway_database(url: str):
    """An empty database for this run only, removed afterwards whatever happens."""
    if not url:
        folder = tempfile.mkdtemp(prefix="newsdesk-bench-")
        try:
            yield f"sqlite:///{folder}/bench.sqlite3"
        finally:
            shutil.rmtree(folder, ignore_errors=True)
        return
    with postgres_database(server_of(url), f"newsdesk_bench_{os.getpid()}") as scratch_url:
        try:
            yield scratch_url
        finally:
            from django.db import connections

            connections.close_all()


def header(scale: str) -> str:
    """The machine and software the figures come from, and how busy the machine was as the run began."""
    import sqlite3

    import django
    from django.db import connection

    cpu = next((line.split(":", 1)[1].strip() for line in read_lines("/proc/cpuinfo") if line.startswith("model name")),
               platform.processor() or "unknown CPU")
    memory = next((line.split()[1] for line in read_lines("/proc/meminfo") if line.startswith("MemTotal")), None)
    ram = f"{int(memory) / 2**20:.1f} GiB RAM" if memory else "RAM unknown"
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SHOW server_version")
            database = f"PostgreSQL {cursor.fetchone()[0]}"
    else:
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA synchronous")
            level = {0: "OFF", 1: "NORMAL", 2: "FULL", 3: "EXTRA"}.get(cursor.fetchone()[0], "?")
        database = f"SQLite {sqlite3.sqlite_version} (WAL, synchronous={level})"
    return (f"Newsdesk benchmarks, scale {scale}, {time.strftime('%Y-%m-%d %H:%M')}\n"
            f"{cpu}, {os.cpu_count()} cores, {ram}; {platform.system()} {platform.release()}; "
            f"load average {os.getloadavg()[0]:.1f}\n"
            f"Python {platform.python_version()}, Django {django.get_version()}, {database}")


def read_lines(path: str) -> list[str]:
    try:
        return Path(path).read_text().splitlines()
    except OSError:
        return []


class Bench:
    """The corpus, built on first use, and one method per measure."""

    def __init__(self, scale: Scale, database_url: str = ""):
        self.scale = scale
        self.database_url = database_url
        self.loads: list[float] = []

    @property
    def machine_load(self) -> str:
        if not self.loads:
            return ""
        return f"load average (1 min) during the run: {min(self.loads):.1f} to {max(self.loads):.1f} " \
               f"on {os.cpu_count()} cores"

    def run(self, names) -> list[Row]:
        rows = []
        for name in MEASURES:
            if name in names:
                print(f"-- {name}", flush=True)
                self.loads.append(os.getloadavg()[0])
                found = getattr(self, f"measure_{name}")()
                rows += found if isinstance(found, list) else [found]
                self.loads.append(os.getloadavg()[0])
        return rows

    # --- the corpus -------------------------------------------------------------------------------------

    @cached_property
    def main_corpus(self):
        from benchmarks.corpus import generate

        s = self.scale
        return self.timed_fill("main corpus", lambda: generate(
            8, s.stories, s.articles_per_story, s.passages, s.highlights, s.reviewers))

    @cached_property
    def reader_article(self):
        from benchmarks.corpus import generate
        from newsdesk.models import Article

        corpus = self.timed_fill("reader article", lambda: generate(
            2, 1, 1, 40, self.scale.reader_highlights, self.scale.reviewers, progress=False))
        return Article.objects.get(pk=corpus.articles[0])

    @cached_property
    def compare_story(self):
        from benchmarks.corpus import generate
        from newsdesk.alignment.clustering import align_story
        from newsdesk.models import Story

        corpus = self.timed_fill("comparison story", lambda: generate(
            3, 1, 10, self.scale.passages, self.scale.compare_highlights, self.scale.reviewers, progress=False))
        story = Story.objects.get(pk=corpus.stories[0])
        align_story(story)  # as an import would: the page only reads the alignment
        return story

    def timed_fill(self, label, fill):
        from django.db import connection

        started = time.perf_counter()
        corpus = fill()
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
        print(f"   {label}: {len(corpus.stories)} stories, {len(corpus.articles):,} articles, "
              f"{corpus.highlights:,} highlights stored in {time.perf_counter() - started:.1f} s", flush=True)
        return corpus

    @cached_property
    def editor(self):
        return self.client_for("bench-editor", "editor")

    @cached_property
    def writer(self):
        return self.client_for("bench-writer", "reviewer")

    @cached_property
    def newcomer(self):
        """A reviewer with no highlights anywhere: the reader and comparison pages without a single highlight."""
        return self.client_for("bench-newcomer", "reviewer")

    @cached_property
    def bare(self):
        """A client whose requests go through no middleware at all: the bare view floor."""
        from django.test import Client, override_settings

        client = Client()
        with override_settings(MIDDLEWARE=[]):
            client.handler.load_middleware()
        return client

    @staticmethod
    def client_for(username, role):
        from django.contrib.auth import get_user_model
        from django.contrib.auth.models import Group
        from django.test import Client

        user = get_user_model().objects.create_user(username)
        user.groups.add(Group.objects.get(name=role))
        client = Client()
        client.force_login(user)
        return client

    # --- the measures -------------------------------------------------------------------------------------

    def measure_reader(self) -> Row:
        article = self.reader_article
        url = f"/articles/{article.pk}/"
        ours, empty = self.interleaved([lambda: self.editor.get(f"{url}?all=1"), lambda: self.newcomer.get(url)],
                                       queries=True)
        return Row(f"reader page, {self.scale.reader_highlights:,} highlights", ours,
                   "the same page, no highlights", empty, f"{url}?all=1")

    def measure_create(self) -> list[Row]:
        from benchmarks.corpus import WORDS
        from benchmarks.floor import FLOOR_URL

        article = self.reader_article
        words = [(m.start(), m.end()) for m in WORDS.finditer(article.text)]
        spans = iter([(words[i][0], words[i + 2][1], tag) for i in range(len(words) - 2)
                      for tag in ("rhetoric", "attribution")])
        counter = iter(range(10**9))

        def create():
            start, end, tag = next(spans)
            return self.writer.post("/api/annotations/", {"article": article.pk, "tag": tag, "start": start,
                                                          "end": end}, content_type="application/json")

        def insert(client):
            return client.post(FLOOR_URL, {"n": next(counter)}, content_type="application/json")

        ours, stacked, bare = self.interleaved(
            [create, lambda: insert(self.writer), lambda: insert(self.bare)], expect=201, queries=True)
        return [
            Row("annotation create", ours, "one-INSERT view, whole middleware", stacked, "POST /api/annotations/"),
            Row("one-INSERT view, whole middleware", stacked, "the same view, no middleware", bare,
                f"POST {FLOOR_URL}, logged in"),
        ]

    def measure_compare(self) -> Row:
        story = self.compare_story
        url = f"/stories/{story.slug}/compare/"
        ours, empty = self.interleaved([lambda: self.editor.get(f"{url}?all=1"), lambda: self.newcomer.get(url)],
                                       queries=True)
        return Row(f"comparison page, 10 articles, {self.scale.compare_highlights:,} highlights", ours,
                   "the same page, no highlights", empty, f"{url}?all=1")

    def measure_report(self) -> list[Row]:
        from annotations.models import Annotation
        from benchmarks.floor import group_by

        highlights = self.main_corpus.highlights
        url = "/api/reports/summary"
        started = time.perf_counter()
        check(self.editor.get(url), 200)
        first = (time.perf_counter() - started) * 1000
        changed = Annotation.objects.filter(article_id=self.main_corpus.articles[0]).order_by("pk").first()

        def change_one():
            """Untimed: one highlight changes (its note), so one article's digest is stale."""
            Annotation.objects.filter(pk=changed.pk).update(note=f"changed {time.perf_counter()}")

        ours, after_change, floor = self.interleaved(
            [lambda: self.editor.get(url), (change_one, lambda: self.editor.get(url)), group_by],
            times=max(self.scale.slow_repeat, 10), queries=True)
        return [
            Row(f"summary report, {highlights:,} highlights", ours, "SQL GROUP BY article, tag", floor,
                f"GET {url}; the first, computing every digest: {amount(first)}", key="report"),
            Row(f"summary report, {highlights:,} highlights, one changed", after_change,
                "SQL GROUP BY article, tag", floor, "a highlight's note changed before each request",
                key="report-changed"),
        ]

    def measure_export(self) -> Row:
        from annotations.models import Annotation
        from benchmarks.floor import select_and_dump
        from newsdesk.models import Story

        story = Story.objects.get(pk=self.main_corpus.stories[0])
        count = Annotation.objects.filter(article__story=story).count()
        url = f"/api/export/annotations.jsonld?story={story.slug}"
        sizes = []

        def export():
            response = self.editor.get(url)
            sizes.append(sum(len(chunk) for chunk in response.streaming_content))
            return response

        ours, floor = self.interleaved([export, lambda: select_and_dump(story.pk)], times=self.scale.slow_repeat)
        return Row(f"JSON-LD export, {count:,} highlights", ours, "SELECT + json.dumps", floor,
                   f"{sizes[-1] / 1e6:.1f} MB")

    def measure_alignment(self) -> Row:
        from benchmarks.floor import vectorise
        from newsdesk.alignment.clustering import align_story
        from newsdesk.models import Article, Passage, Story

        story = Story.objects.get(pk=self.main_corpus.stories[0])
        texts = dict(Article.objects.filter(story=story).values_list("pk", "text"))
        passages = [texts[a][s:e] for a, s, e in
                    Passage.objects.filter(article__story=story).values_list("article_id", "start", "end")]
        ours, floor = self.interleaved([lambda: align_story(story), lambda: vectorise(passages)],
                                       times=self.scale.slow_repeat)
        return Row(f"alignment, {len(texts)} articles x {self.scale.passages} passages", ours,
                   "TF-IDF vectorisation alone", floor, f"{len(passages):,} passages")

    def measure_startup(self) -> Row:
        from benchmarks import startup

        ours, bare = startup.measure(self.scale.starts, os.environ["DATABASE_URL"])
        return Row("first 200 after start", Timing(ours), "one-view Django project", Timing(bare),
                   f"gunicorn, project settings, {startup.WORKERS} workers; GET {startup.PAGE}", key="startup")

    def measure_install(self) -> Row:
        from benchmarks import install_size

        ours = install_size.measure(ROOT)
        floor = install_size.doccano_size()
        return Row("runtime install, pip install .", Timing([ours.megabytes]), "doccano 1.8.4's install",
                   Timing([floor.megabytes if floor else 0.0]),
                   f"{ours.packages} packages; doccano {floor.packages if floor else '?'}", unit="MB", key="install")

    # --- timing -------------------------------------------------------------------------------------------

    def interleaved(self, actions, times=None, expect=200, queries=False) -> list[Timing]:
        """Time several actions in one loop: one warm-up each, then ``times`` rounds in which each runs once, the
        order changing every round (``benchmarks/orders.py``), so that a busy moment of the machine, or what one
        request leaves for the next, weighs on all of them alike.
        An action given as ``(prepare, action)`` has ``prepare`` run, untimed, just before it each time. With
        ``queries``, one more run of the first counts its SQL queries."""
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        prepared = [action if isinstance(action, tuple) else (None, action) for action in actions]
        for prepare, action in prepared:
            if prepare:
                prepare()
            check(action(), expect)
        samples = [[] for _ in actions]
        for round_ in range(times or self.scale.repeat):
            for index in round_order(round_, len(actions)):
                prepare, action = prepared[index]
                if prepare:
                    prepare()
                started = time.perf_counter()
                result = action()
                samples[index].append((time.perf_counter() - started) * 1000)
                check(result, expect)
        timings = [Timing(found) for found in samples]
        if queries:
            with CaptureQueriesContext(connection) as captured:
                check(prepared[0][1](), expect)
            timings[0].queries = len(captured)
        return timings


def check(result, expect):
    status = getattr(result, "status_code", None)
    if status is not None and status != expect:
        body = b"" if getattr(result, "streaming", False) else result.content[:500]
        raise RuntimeError(f"expected HTTP {expect}, got {status}: {body!r}")


def peer_table(database_url: str) -> list[dict]:
    """doccano beside Newsdesk, from ``benchmarks/peer_doccano.py``, on SQLite and, when the run is on
    PostgreSQL, on PostgreSQL too; the rows, each with its engine."""
    try:
        from benchmarks import peer_doccano
    except ImportError as error:
        print(f"Peer comparison skipped: {error}")
        return []
    rows = []
    for server in ([None, server_of(database_url)] if database_url else [None]):
        engine = "PostgreSQL" if server else "SQLite"
        print(f"Compared with doccano on {engine} (each served by gunicorn on 127.0.0.1, same client)", flush=True)
        found = peer_doccano.run(progress=lambda message: print(f"   {message}", flush=True), database_url=server)
        print(peer_doccano.table(found), flush=True)
        rows += [{**row, "engine": engine} for row in found]
    return rows


# The goals the benchmarks answer to: (label, where ours is, where the floor is, the most ours / floor may be).
# "peer:NAME" is a row of the comparison with doccano, over HTTP with gunicorn (Newsdesk's time; for the
# measures doccano also has, "doccano:NAME" is doccano's); "row:NAME" a row of the table above.
GOALS = (
    ("create a highlight vs doccano", "peer:create a span (median)", "doccano:create a span (median)", 0.5),
    ("create vs one-INSERT view, whole middleware", "peer:create a span (median)",
     "peer:one-INSERT view, whole middleware", 1.5),
    ("middleware stack vs a bare view", "peer:one-INSERT view, whole middleware", "peer:the same view, no middleware",
     1.5),
    ("tag counts at 10,000 vs doccano", "peer:label counts, 10,000 spans", "doccano:label counts, 10,000 spans", 0.5),
    ("list 1,000 vs doccano", "peer:list 1,000 spans", "doccano:list 1,000 spans", 0.4),
    ("summary report vs SQL GROUP BY", "row:report", "row:report", 1.5),
    ("summary report, one highlight changed, vs GROUP BY", "row:report-changed", "row:report-changed", 1.5),
    ("first 200 after start vs one-view project", "row:startup", "row:startup", 3.0),
)
INSTALL_LIMIT_MB = 400


def targets(rows: list[Row], peer: list[dict], load: str) -> str:
    """Each goal beside its floor from this run, the ratio, and whether it is met."""
    lines = []
    for label, ours_at, floor_at, limit in GOALS:
        if ours_at.startswith("row:"):
            row = next((r for r in rows if r.key == ours_at[4:]), None)
            if row is None:
                continue
            lines.append([label, amount(row.ours.median, row.unit), amount(row.floor.median, row.unit),
                          f"{row.ratio:.2f}x", f"<= {limit}x", "yes" if row.ratio <= limit else "NO", row.measure])
            continue
        for engine in sorted({r["engine"] for r in peer}, reverse=True):
            found = {r["measure"]: r for r in peer if r["engine"] == engine}
            ours, floor = (peer_value(found, where) for where in (ours_at, floor_at))
            if ours is None or floor is None:
                continue
            ratio = ours / floor
            lines.append([f"{label}, {engine}", amount(ours), amount(floor), f"{ratio:.2f}x", f"<= {limit}x",
                          "yes" if ratio <= limit else "NO", "HTTP, gunicorn, medians"])
    install = next((r for r in rows if r.key == "install"), None)
    if install is not None:
        lines.append(["runtime install (fresh venv)", amount(install.ours.median, "MB"),
                      amount(install.floor.median, "MB"), f"{install.ratio:.2f}x", f"<= {INSTALL_LIMIT_MB} MB",
                      "yes" if install.ours.median <= INSTALL_LIMIT_MB else "NO", f"floor: {install.floor_name}"])
    text = "Targets (ours and its floor from this run; ratio = ours / floor, of the medians)\n"
    text += table(["target", "ours", "floor", "ratio", "goal", "met", "from"], lines)
    return text + (f"\n{load}" if load else "")


def peer_value(rows: dict, where: str) -> float | None:
    side, _, name = where.partition(":")
    row = rows.get(name)
    if row is None:
        return None
    return row["doccano_ms"] if side == "doccano" else row["ours_ms"]


def amount(value, unit: str = "ms") -> str:
    if value is None:
        return "-"
    if unit == "MB":
        return f"{value:,.0f} MB"
    return f"{value / 1000:,.2f} s" if value >= 10_000 else f"{value:,.1f} ms"


def ms(value) -> str:
    return amount(value)


def table(headings, rows) -> str:
    cells = [[str(c) for c in row] for row in [headings, *rows]]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headings))]
    lines = [" | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in cells]
    lines.insert(1, "-|-".join("-" * w for w in widths))
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
