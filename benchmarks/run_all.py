"""Every benchmark in one run, each beside its floor measured in the same run, printed as one table.

    python -m benchmarks [--scale small|full] [--only NAME ...] [--database-url postgres://...] [--no-peer]

Builds a throwaway database (an SQLite file in a temporary folder, or with ``--database-url`` a fresh
database on that PostgreSQL server, dropped afterwards), migrates it, fills it with the synthetic corpus of
``benchmarks/corpus.py`` and times, through real requests to the real URLs (Django's test client, in
process) where the measure is a page or an endpoint:

- reader: an article page showing 2,000 highlights (every reviewer's, as an editor sees them);
- create: saving one highlight, ``POST /api/annotations/``;
- compare: the side-by-side page of a 10-article story with its highlights;
- report: ``GET /api/reports/summary`` over 1,000,000 highlights (every table, agreement included);
- export: the JSON-LD export of one story's 100,000 highlights;
- alignment: aligning a story of 100 articles x 30 passages into topics.

Each is run after a warm-up, several times, and reported as median and 95th percentile (with the number
of SQL queries for requests); its floor (see ``benchmarks/floor.py``) is timed the same way, and the ratio
is ours over the floor's median. Then, unless ``--no-peer``, the comparison with doccano
(``benchmarks/peer_doccano.py``) prints its own table. ``--scale small`` runs the same measures on a small
corpus in seconds.
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

from benchmarks.scratch import postgres_database, server_of  # noqa: E402

MEASURES = ("reader", "create", "compare", "report", "export", "alignment")


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


SCALES = {
    "full": Scale(stories=10, articles_per_story=100, passages=30, highlights=1_000_000, reviewers=20,
                  reader_highlights=2_000, compare_highlights=2_000, repeat=30, slow_repeat=3),
    "small": Scale(stories=2, articles_per_story=10, passages=10, highlights=10_000, reviewers=5,
                   reader_highlights=200, compare_highlights=200, repeat=10, slow_repeat=3),
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
        ordered = sorted(self.samples)
        return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


@dataclass
class Row:
    measure: str
    ours: Timing
    floor_name: str
    floor: Timing
    detail: str = ""
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
        rows = Bench(scale).run(args.only or MEASURES)
        print()
        print(table(["measure", "ours median", "ours p95", "queries", "floor", "floor median", "ratio", "detail"],
                    [[r.measure, ms(r.ours.median), ms(r.ours.p95), "" if r.ours.queries is None else r.ours.queries,
                      r.floor_name, ms(r.floor.median), f"{r.ratio:.1f}x", r.detail] for r in rows]))
        connections.close_all()
    if not args.no_peer:
        print()
        peer_table(args.database_url)
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
    """The machine and software the figures come from."""
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
        database = f"SQLite {sqlite3.sqlite_version}"
    return (f"Newsdesk benchmarks, scale {scale}, {time.strftime('%Y-%m-%d %H:%M')}\n"
            f"{cpu}, {os.cpu_count()} cores, {ram}; {platform.system()} {platform.release()}\n"
            f"Python {platform.python_version()}, Django {django.get_version()}, {database}")


def read_lines(path: str) -> list[str]:
    try:
        return Path(path).read_text().splitlines()
    except OSError:
        return []


class Bench:
    """The corpus, built on first use, and one method per measure."""

    def __init__(self, scale: Scale):
        self.scale = scale

    def run(self, names) -> list[Row]:
        rows = []
        for name in MEASURES:
            if name in names:
                print(f"-- {name}", flush=True)
                rows.append(getattr(self, f"measure_{name}")())
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
        from newsdesk.models import Story

        corpus = self.timed_fill("comparison story", lambda: generate(
            3, 1, 10, self.scale.passages, self.scale.compare_highlights, self.scale.reviewers, progress=False))
        return Story.objects.get(pk=corpus.stories[0])

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

    # --- the floors ---------------------------------------------------------------------------------------

    @cached_property
    def request_floor(self) -> Timing:
        from benchmarks.floor import FLOOR_URL

        counter = iter(range(10**9))
        return self.repeat(lambda: self.writer.post(FLOOR_URL, {"n": next(counter)}, content_type="application/json"),
                           expect=201)

    def floor_row(self, measure, ours, detail=""):
        return Row(measure, ours, "one-INSERT view", self.request_floor, detail)

    # --- the measures -------------------------------------------------------------------------------------

    def measure_reader(self) -> Row:
        article = self.reader_article
        url = f"/articles/{article.pk}/?all=1"
        ours = self.repeat(lambda: self.editor.get(url), queries=True)
        return self.floor_row(f"reader page, {self.scale.reader_highlights:,} highlights", ours, url)

    def measure_create(self) -> Row:
        from benchmarks.corpus import WORDS

        article = self.reader_article
        words = [(m.start(), m.end()) for m in WORDS.finditer(article.text)]
        spans = iter([(words[i][0], words[i + 2][1], tag) for i in range(len(words) - 2)
                      for tag in ("rhetoric", "attribution")])

        def create():
            start, end, tag = next(spans)
            return self.writer.post("/api/annotations/", {"article": article.pk, "tag": tag, "start": start,
                                                          "end": end}, content_type="application/json")

        ours = self.repeat(create, expect=201, queries=True)
        return self.floor_row("annotation create", ours, "POST /api/annotations/")

    def measure_compare(self) -> Row:
        story = self.compare_story
        url = f"/stories/{story.slug}/compare/?all=1"
        ours = self.repeat(lambda: self.editor.get(url), queries=True)
        return self.floor_row(f"comparison page, 10 articles, {self.scale.compare_highlights:,} highlights", ours,
                              url)

    def measure_report(self) -> Row:
        from benchmarks.floor import group_by

        highlights = self.main_corpus.highlights
        ours = self.repeat(lambda: self.editor.get("/api/reports/summary"), times=self.scale.slow_repeat,
                           queries=True)
        floor = self.repeat(group_by, times=max(5, self.scale.slow_repeat))
        return Row(f"summary report, {highlights:,} highlights", ours, "SQL GROUP BY article, tag", floor,
                   "GET /api/reports/summary")

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

        ours = self.repeat(export, times=self.scale.slow_repeat)
        floor = self.repeat(lambda: select_and_dump(story.pk), times=self.scale.slow_repeat)
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
        ours = self.repeat(lambda: align_story(story), times=self.scale.slow_repeat)
        floor = self.repeat(lambda: vectorise(passages), times=self.scale.slow_repeat)
        return Row(f"alignment, {len(texts)} articles x {self.scale.passages} passages", ours,
                   "TF-IDF vectorisation alone", floor, f"{len(passages):,} passages")

    # --- timing -------------------------------------------------------------------------------------------

    def repeat(self, action, times=None, expect=200, queries=False) -> Timing:
        """One warm-up, then ``times`` timed runs; with ``queries``, one more run counts the SQL queries."""
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        check(action(), expect)
        samples = []
        for _ in range(times or self.scale.repeat):
            started = time.perf_counter()
            result = action()
            samples.append((time.perf_counter() - started) * 1000)
            check(result, expect)
        counted = None
        if queries:
            with CaptureQueriesContext(connection) as captured:
                check(action(), expect)
            counted = len(captured)
        return Timing(samples, counted)


def check(result, expect):
    status = getattr(result, "status_code", None)
    if status is not None and status != expect:
        body = b"" if getattr(result, "streaming", False) else result.content[:500]
        raise RuntimeError(f"expected HTTP {expect}, got {status}: {body!r}")


def peer_table(database_url: str) -> None:
    """doccano beside Newsdesk, from ``benchmarks/peer_doccano.py`` when it is present, on the same database
    engine as the rest of the run."""
    try:
        from benchmarks import peer_doccano
    except ImportError as error:
        print(f"Peer comparison skipped: {error}")
        return
    print("Compared with doccano (each served by gunicorn on 127.0.0.1, same client)", flush=True)
    rows = peer_doccano.run(progress=lambda message: print(f"   {message}", flush=True),
                            database_url=server_of(database_url) if database_url else None)
    print(table(["measure", "ours", "doccano", "doccano / ours", "detail"],
                [[r["measure"], ms(r["ours_ms"]), ms(r["doccano_ms"]), f"{r['ratio']:.2f}", r.get("detail", "")]
                 for r in rows]))


def ms(value) -> str:
    if value is None:
        return "-"
    return f"{value / 1000:,.2f} s" if value >= 10_000 else f"{value:,.1f} ms"


def table(headings, rows) -> str:
    cells = [[str(c) for c in row] for row in [headings, *rows]]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headings))]
    lines = [" | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in cells]
    lines.insert(1, "-|-".join("-" * w for w in widths))
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
