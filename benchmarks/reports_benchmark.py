"""How long the reports take on a large corpus, beside a plain SQL GROUP BY over the same table.

Fills a scratch database with 1,000 articles (about 3,000 characters each, one story, ten outlets) and
1,000,000 highlights from 20 reviewers, then times:

- the summary report (every table of the reports page and the JSON summary, agreement included);
- the JSON-LD export, streamed to nowhere;
- the floor: ``SELECT article_id, tag, COUNT(*) FROM annotations_annotation GROUP BY article_id, tag``;

and prints each time with its ratio to the floor. Runs on SQLite and on PostgreSQL (each in a scratch
database, dropped afterwards). ``--scale 0.05`` runs a twentieth of the data for a quick look.

    python benchmarks/reports_benchmark.py [--scale 1.0] [--db sqlite|postgres|both]
        [--postgres postgres://postgres@127.0.0.1:5432]
"""

import argparse
import io
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = 1_000
HIGHLIGHTS = 1_000_000
REVIEWERS = 20
OUTLETS = 10
ARTICLE_LENGTH = 3_000
WORDS = ("the minister said officials claimed missile launch report according sources warned brutal regime "
         "analysts estimate thousand tonnes shells artillery Pyongyang Moscow Kyiv Seoul talks sanctions "
         "alleged unprecedented reckless “success” deployed 2024 percent million troops intelligence "
         "Субботин 북한 café naïve 😀 subscribe newsletter share").split()
TAGS = ("attribution", "rhetoric", "boilerplate", "factual_claim")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scale", type=float, default=1.0, help="Fraction of the full size (default 1.0).")
    parser.add_argument("--db", choices=["sqlite", "postgres", "both"], default="both")
    parser.add_argument("--postgres", default=os.environ.get("BENCH_POSTGRES", "postgres://postgres@127.0.0.1:5432"),
                        help="PostgreSQL server URL without a database name.")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        return worker(args.scale, args.worker)
    targets = ["sqlite", "postgres"] if args.db == "both" else [args.db]
    for target in targets:
        run_target(target, args)


def run_target(target, args):
    env = dict(os.environ, DEBUG="1", PYTHONPATH=str(ROOT))
    cleanup = None
    if target == "sqlite":
        folder = tempfile.mkdtemp(prefix="newsdesk-bench-")
        env["DATABASE_URL"] = f"sqlite:///{folder}/bench.sqlite3"
        cleanup = lambda: subprocess.run(["rm", "-rf", folder], check=False)  # noqa: E731
    else:
        import psycopg

        name = f"nd_reports_bench_{os.getpid()}"
        with psycopg.connect(f"{args.postgres}/postgres", autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name}")
            conn.execute(f"CREATE DATABASE {name}")
        env["DATABASE_URL"] = f"{args.postgres}/{name}"

        def cleanup():
            with psycopg.connect(f"{args.postgres}/postgres", autocommit=True) as conn:
                conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    print(f"== {target}", flush=True)
    try:
        subprocess.run([sys.executable, __file__, "--worker", target, "--scale", str(args.scale)], env=env,
                       check=True, cwd=ROOT)
    finally:
        cleanup()


def worker(scale, target):
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsdesk.settings")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    n_articles = max(2, int(ARTICLES * scale))
    n_highlights = max(10, int(HIGHLIGHTS * scale))
    story = fill(n_articles, n_highlights, target)
    measure(story, n_articles, n_highlights)


def fill(n_articles, n_highlights, target):
    from django.contrib.auth import get_user_model
    from django.db import connection, transaction

    from newsdesk import ingest
    from newsdesk.models import Article, Outlet, Story

    rng = random.Random(42)
    started = time.perf_counter()
    story = Story.objects.create(title="Benchmark story", slug="benchmark")
    outlets = [Outlet.objects.create(name=f"Outlet {i}", slug=f"outlet-{i}") for i in range(OUTLETS)]
    users = [get_user_model().objects.create(username=f"reviewer{i:02d}") for i in range(REVIEWERS)]
    articles = []
    for i in range(n_articles):
        words, length = [], 0
        while length < ARTICLE_LENGTH:
            word = rng.choice(WORDS)
            words.append(word)
            length += len(word) + 1
        text = " ".join(words)
        articles.append(Article(story=story, outlet=outlets[i % OUTLETS], title=f"Article {i}", text=text,
                                checksum=ingest.checksum(text), url=f"https://example.org/{i}"))
    Article.objects.bulk_create(articles, batch_size=200)
    articles = list(Article.objects.values_list("pk", "text"))
    print(f"{len(articles)} articles stored in {time.perf_counter() - started:.1f}s", flush=True)

    started = time.perf_counter()
    per_article = n_highlights // len(articles)
    extra = n_highlights - per_article * len(articles)
    columns = ("article_id", "reviewer_id", "tag", "start", '"end"', "quote", "prefix", "suffix", "note", "source",
               "suggestion_rule", "orphaned", "created", "updated")
    now = "2026-01-01 00:00:00+00:00"
    done = 0
    with transaction.atomic():
        for index, (pk, text) in enumerate(articles):
            rows, seen = [], set()
            while len(rows) < per_article + (1 if index < extra else 0):
                start = rng.randrange(0, len(text) - 10)
                end = min(len(text), start + rng.randrange(5, 120))
                tag = rng.choice(TAGS)
                reviewer = users[rng.randrange(REVIEWERS)].pk
                if (reviewer, tag, start, end) in seen:
                    continue  # one live highlight per reviewer, tag and span
                seen.add((reviewer, tag, start, end))
                rows.append((pk, reviewer, tag, start, end, text[start:end],
                             text[max(0, start - 32) : start], text[end : end + 32], "",
                             rng.choice(("KCNA", "officials", "analysts")) if tag == "attribution" else "", "",
                             False, now, now))
            insert(connection, target, columns, rows)
            done += len(rows)
            if index % max(1, len(articles) // 10) == 0:
                print(f"  {done:,} highlights", flush=True)
    print(f"{done:,} highlights stored in {time.perf_counter() - started:.1f}s", flush=True)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    return story


def insert(connection, target, columns, rows):
    with connection.cursor() as cursor:
        if target == "postgres":
            buffer = io.StringIO()
            for row in rows:
                buffer.write("\t".join(_copy_value(v) for v in row) + "\n")
            with cursor.cursor.copy(f"COPY annotations_annotation ({', '.join(columns)}) FROM STDIN") as copy:
                copy.write(buffer.getvalue())
        else:
            marks = ", ".join(["%s"] * len(columns))
            cursor.executemany(f"INSERT INTO annotations_annotation ({', '.join(columns)}) VALUES ({marks})", rows)


def _copy_value(value):
    if isinstance(value, bool):
        return "t" if value else "f"
    return str(value).replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def timed(label, function, repeat=1):
    best = None
    for _ in range(repeat):
        started = time.perf_counter()
        result = function()
        elapsed = time.perf_counter() - started
        best = elapsed if best is None else min(best, elapsed)
    return best, result


def measure(story, n_articles, n_highlights):
    from django.db import connection

    from annotations.exports import Exporter, export_highlights
    from annotations.reports import Filters, build_report, summary_json

    def floor():
        with connection.cursor() as cursor:
            cursor.execute("SELECT article_id, tag, COUNT(*) FROM annotations_annotation GROUP BY article_id, tag")
            return len(cursor.fetchall())

    def summary():
        return summary_json(build_report(Filters(story=story)))

    def export():
        exporter = Exporter("https://newsdesk.example/")
        return sum(len(chunk) for chunk in exporter.jsonld(export_highlights(story), "https://newsdesk.example/x",
                                                           "benchmark"))

    floor_s, groups = timed("floor", floor, repeat=3)
    summary_s, data = timed("summary", summary)
    export_s, size = timed("export", export)
    alpha = data["agreement"]["overall"]["alpha"]
    print(f"{connection.vendor}: {n_articles:,} articles, {n_highlights:,} highlights, {REVIEWERS} reviewers")
    print(f"  floor   GROUP BY article, tag      {floor_s:8.3f} s  ({groups:,} groups)")
    print(f"  summary report (agreement incl.)   {summary_s:8.3f} s  ratio {summary_s / floor_s:8.1f} x floor"
          f"  (alpha {alpha:.3f} over {data['agreement']['overall']['units']:,} characters)")
    print(f"  JSON-LD export                     {export_s:8.3f} s  ratio {export_s / floor_s:8.1f} x floor"
          f"  ({size / 1e6:,.1f} MB)", flush=True)


if __name__ == "__main__":
    main()
