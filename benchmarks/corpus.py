"""A synthetic corpus for the benchmarks: stories x articles x passages, with reviewers' highlights.

Everything follows from the seed: the same seed gives the same outlets, stories, texts, passages and
highlights (offsets, tags, reviewers, quotes, context and timestamps), so two runs measure the same data.
Texts are sentences drawn from a word list; each story has a few sub-topics with their own vocabulary, so
the topic alignment finds real structure. Some words are Chinese, Korean, Cyrillic, accented or emoji, so
that code-point offsets differ from UTF-16 and byte offsets, as in real articles.

Highlights run from the start of one word to the end of a word up to 15 words on, may cross passages, and
are distinct per reviewer, tag and span (the database allows one live highlight of each). They are inserted
in bulk: ``executemany`` on SQLite and ``COPY`` on PostgreSQL, so a million load in a minute or two.

Outlets and reviewers are named ``Outlet N`` and ``reviewerNN`` and reused when they exist, so several
corpora (each with its own seed) can share one database.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import connection, transaction
from tqdm import tqdm

from annotations.models import CONTEXT_LENGTH, Annotation
from annotations.tags import TAG_KEYS
from newsdesk.importing import ingest
from newsdesk.models import Article, Outlet, Passage, Story
from newsdesk.roles import REVIEWER

COMMON = (
    "the a of in on and to that with for as by from was were has had is are it its this which after before "
    "while over under about into said says told officials minister government report reports according "
    "sources analysts warned claimed estimate week Tuesday Friday morning statement spokesman agency "
    "country region border talks deal support forces military capital leader people year years new first "
    "last many more most some several could would should may might will not also but only still again"
).split()
TOPICAL = (
    "missile launch artillery shells tonnes troops deployment sanctions regime intelligence satellite "
    "imagery shipment railway port convoy factory production munitions drones pilots training exercise "
    "summit delegation treaty embassy ambassador election ballot turnout protest police court verdict "
    "appeal prosecutor witness budget inflation prices wages pension harvest drought flood reservoir dam "
    "vaccine hospital clinic doctors patients outbreak school teachers pupils exam university research "
    "energy pipeline gas grid blackout reactor turbine coal emissions carbon climate forest wildfire"
).split()
LOADED = ("brutal reckless unprecedented so-called “success” alleged regime's shocking devastating").split()
WORLD = ("Pyongyang Moscow Kyiv Seoul Субботин 북한 报道称 平壤 café naïve Zürich 😀 🚀 🇰🇵 — ½").split()
SOURCES = ("KCNA", "officials", "analysts", "US intelligence", "the ministry", "Reuters", "a spokesman")
REVIEWER_PASSWORD = "benchmark"
ORIGIN = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
TOPICS_PER_STORY = 8
WORDS = re.compile(r"\S+")


@dataclass
class Corpus:
    """What ``generate`` stored: primary keys in creation order."""

    seed: int
    stories: list[int] = field(default_factory=list)
    articles: list[int] = field(default_factory=list)
    reviewers: list[int] = field(default_factory=list)
    highlights: int = 0


def generate(seed: int, stories: int, articles_per_story: int, passages_per_article: int, highlights: int,
             reviewers: int, *, progress: bool = True) -> Corpus:
    """Store a corpus made from ``seed``; ``highlights`` are spread evenly over every article."""
    rng = random.Random(seed)
    corpus = Corpus(seed)
    users = reviewer_accounts(reviewers)
    corpus.reviewers = [u.pk for u in users]
    outlets = outlet_rows(min(articles_per_story, 12))
    with transaction.atomic():
        for s in range(stories):
            story = Story.objects.create(
                title=f"{sentence(rng, TOPICAL, 6).rstrip('.')} ({seed}-{s})", slug=f"bench-{seed}-{s}",
                summary=sentence(rng, TOPICAL, 14),
            )
            corpus.stories.append(story.pk)
            vocabularies = [rng.sample(TOPICAL, 10) for _ in range(TOPICS_PER_STORY)]
            articles = []
            for a in range(articles_per_story):
                text = article_text(rng, vocabularies, passages_per_article)
                articles.append(Article(
                    story=story, outlet=outlets[a % len(outlets)], title=sentence(rng, TOPICAL, 8).rstrip("."),
                    url=f"https://outlet{a % len(outlets)}.example/{seed}/{s}/{a}", text=text,
                    checksum=ingest.checksum(text), byline=f"Reporter {rng.randrange(100)}",
                    published=ORIGIN.date() + dt.timedelta(days=rng.randrange(60)),
                ))
            Article.objects.bulk_create(articles, batch_size=500)
            corpus.articles += [a.pk for a in articles]
            Passage.objects.bulk_create(
                [Passage(article=article, index=i, start=start, end=end)
                 for article in articles for i, (start, end) in enumerate(ingest.split_passages(article.text))],
                batch_size=2000,
            )
        texts = dict(Article.objects.filter(pk__in=corpus.articles).values_list("pk", "text"))
        corpus.highlights = insert_highlights(rng, [(pk, texts[pk]) for pk in corpus.articles], corpus.reviewers,
                                              highlights, progress)
    return corpus


def reviewer_accounts(count: int, prefix: str = "reviewer"):
    """``count`` reviewers named ``reviewer00``, ``reviewer01``..., created when missing."""
    User = get_user_model()
    names = [f"{prefix}{i:02d}" for i in range(count)]
    existing = {u.username: u for u in User.objects.filter(username__in=names)}
    group, _ = Group.objects.get_or_create(name=REVIEWER)
    users = []
    for name in names:
        user = existing.get(name)
        if user is None:
            user = User.objects.create_user(name, password=REVIEWER_PASSWORD)
            user.groups.add(group)
        users.append(user)
    return users


def outlet_rows(count: int) -> list[Outlet]:
    outlets = []
    for i in range(count):
        outlet, _ = Outlet.objects.get_or_create(slug=f"outlet-{i}", defaults={"name": f"Outlet {i}"})
        outlets.append(outlet)
    return outlets


def sentence(rng: random.Random, vocabulary, length: int | None = None) -> str:
    words = []
    for _ in range(length or rng.randint(8, 22)):
        roll = rng.random()
        pool = vocabulary if roll < 0.35 else LOADED if roll < 0.38 else WORLD if roll < 0.42 else COMMON
        words.append(rng.choice(pool))
    return " ".join(words).capitalize() + "."


def article_text(rng: random.Random, vocabularies, passages: int) -> str:
    """Passages of two to four sentences on one of the story's sub-topics, separated by blank lines."""
    blocks = []
    for index in range(passages):
        if index == passages - 1 and passages > 2:
            blocks.append("Share this article. Sign up for our newsletter.")
            continue
        vocabulary = rng.choice(vocabularies)
        blocks.append(" ".join(sentence(rng, vocabulary) for _ in range(rng.randint(2, 4))))
    return "\n\n".join(blocks)


def insert_highlights(rng: random.Random, articles: list[tuple[int, str]], reviewers: list[int], total: int,
                      progress: bool) -> int:
    per_article, extra = divmod(total, len(articles)) if articles else (0, 0)
    columns = ["article_id", "reviewer_id", "tag", "start", "end", "quote", "prefix", "suffix", "note", "source",
               "suggestion_rule", "orphaned", "created", "updated"]
    stored = 0
    with tqdm(total=total, unit=" highlights", disable=not progress, leave=False, mininterval=1) as bar:
        batch = []
        for index, (pk, text) in enumerate(articles):
            wanted = per_article + (1 if index < extra else 0)
            batch += article_highlights(rng, pk, text, reviewers, wanted)
            if len(batch) >= 50_000 or index == len(articles) - 1:
                insert_rows(columns, batch)
                stored += len(batch)
                bar.update(len(batch))
                batch = []
    return stored


def article_highlights(rng: random.Random, article_id: int, text: str, reviewers: list[int], count: int) -> list:
    words = [(m.start(), m.end()) for m in WORDS.finditer(text)]
    rows, seen = [], set()
    span_limit = len(words) * len(reviewers) * len(TAG_KEYS)
    while len(rows) < min(count, span_limit):
        first = rng.randrange(len(words))
        last = min(len(words) - 1, first + rng.randrange(16))
        start, end = words[first][0], words[last][1]
        tag = rng.choice(TAG_KEYS)
        reviewer = reviewers[rng.randrange(len(reviewers))]
        if (reviewer, tag, start, end) in seen:
            continue
        seen.add((reviewer, tag, start, end))
        created = connection.ops.adapt_datetimefield_value(ORIGIN + dt.timedelta(seconds=rng.randrange(5_184_000)))
        rows.append((
            article_id, reviewer, tag, start, end, text[start:end], text[max(0, start - CONTEXT_LENGTH) : start],
            text[end : end + CONTEXT_LENGTH], "", rng.choice(SOURCES) if tag == "attribution" else "", "", False,
            created, created,
        ))
    return rows


def insert_rows(columns: list[str], rows: list[tuple]) -> None:
    """Highlights straight into their table: COPY on PostgreSQL, one prepared INSERT on SQLite."""
    table = Annotation._meta.db_table
    names = ", ".join(connection.ops.quote_name(c) for c in columns)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            with cursor.cursor.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
        else:
            marks = ", ".join(["%s"] * len(columns))
            cursor.executemany(f"INSERT INTO {table} ({names}) VALUES ({marks})", rows)
