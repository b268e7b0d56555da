"""The side-by-side comparison of a story: a grid of topic rows x article columns, and its coverage matrix.

Pure: it takes a story's stored alignment (``newsdesk.alignment.story_topics.story_alignment``) and the highlights the
viewer may see, and lays them out. A cell holds one article's passages on one topic; an empty cell is a
topic the article does not cover. The coverage matrix counts, per topic and article, passages, characters
and the tags of the highlights that start in those passages.
"""

from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from annotations.tags import TAGS

FURNITURE_LABEL = "Page furniture"


@dataclass(frozen=True)
class Options:
    """What the viewer chose to see; kept in the URL's query string."""

    hide_furniture: bool = False
    shared_only: bool = False

    @classmethod
    def from_query(cls, query) -> "Options":
        return cls(hide_furniture=query.get("furniture") == "hide", shared_only=query.get("shared") == "1")

    def as_query(self) -> str:
        parts = (["furniture=hide"] if self.hide_furniture else []) + (["shared=1"] if self.shared_only else [])
        return "&".join(parts)


@dataclass
class Cell:
    article: object
    passages: list = field(default_factory=list)
    tags: Counter = field(default_factory=Counter)

    @property
    def characters(self) -> int:
        return sum(p.end - p.start for p in self.passages)

    @property
    def empty(self) -> bool:
        return not self.passages

    @property
    def tag_mix(self) -> list[tuple[object, int]]:
        """(tag info, count) for each tag present, in the tags' own order."""
        return [(tag, self.tags[tag.key]) for tag in TAGS if self.tags[tag.key]]


@dataclass
class Row:
    key: str  # "topic-<id>" or "furniture": the DOM id of the row
    label: str
    topic: object | None
    cells: list[Cell]
    curated: bool = False

    @property
    def furniture(self) -> bool:
        return self.topic is None

    @property
    def coverage(self) -> int:
        return len({cell.article.outlet_id for cell in self.cells if not cell.empty})

    @property
    def passage_count(self) -> int:
        return sum(len(cell.passages) for cell in self.cells)


@dataclass
class Comparison:
    articles: list
    rows: list[Row]
    hidden_topics: int
    outlet_count: int

    @property
    def topic_rows(self) -> list[Row]:
        return [row for row in self.rows if not row.furniture]


def tag_counts(passages: Iterable, highlights: Iterable[tuple[int, int, str]]) -> dict[int, Counter]:
    """Count each highlight (article id, start, tag) against the passage its start falls in."""
    by_article: dict[int, list] = {}
    for passage in passages:
        by_article.setdefault(passage.article_id, []).append(passage)
    starts = {}
    for article_id, items in by_article.items():
        items.sort(key=lambda p: p.start)
        starts[article_id] = [p.start for p in items]
    counts: dict[int, Counter] = {}
    for article_id, start, tag in highlights:
        items = by_article.get(article_id)
        if not items:
            continue
        position = bisect_right(starts[article_id], start) - 1
        if position >= 0 and start < items[position].end:
            counts.setdefault(items[position].pk, Counter())[tag] += 1
    return counts


def build(aligned, options: Options, highlights: Iterable[tuple[int, int, str]] = ()) -> Comparison:
    """Lay out ``aligned`` (rows already ordered by outlet coverage) as the viewer asked."""
    articles = aligned.articles
    all_passages = [p for row in aligned.rows for p in row.passages] + list(aligned.furniture)
    counts = tag_counts(all_passages, highlights)

    def cells_for(passages) -> list[Cell]:
        cells = {article.pk: Cell(article) for article in articles}
        for passage in passages:
            cell = cells[passage.article_id]
            cell.passages.append(passage)
            cell.tags.update(counts.get(passage.pk, {}))
        for cell in cells.values():
            cell.passages.sort(key=lambda p: p.index)
        return [cells[article.pk] for article in articles]

    rows = [Row(f"topic-{r.topic.pk}", r.topic.label, r.topic, cells_for(r.passages), r.curated) for r in aligned.rows]
    shown = [row for row in rows if not options.shared_only or row.coverage >= 2]
    if aligned.furniture and not options.hide_furniture:
        shown.append(Row("furniture", FURNITURE_LABEL, None, cells_for(aligned.furniture)))
    return Comparison(
        articles=articles,
        rows=shown,
        hidden_topics=len(rows) - len([r for r in shown if not r.furniture]),
        outlet_count=len({article.outlet_id for article in articles}),
    )
