"""The reports' one pass over the highlights: a GROUP BY per article, reviewer and tag.

Each group brings its number of highlights, its latest change, how many of them began as suggestions, and
every span as one string (``"start,end,start,end,..."``) that numpy parses in a single call. What the
report needs from single highlights (characters covered, where tags fall, agreement) is then computed
from these arrays, so the database is read once and no Python code loops over highlights. The covering
index ``annotation_report`` lets the database answer from the index alone.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from django.db.models import Aggregate, Count, Max, Q, TextField

from annotations.tags import TAG_KEYS


class SpanList(Aggregate):
    """``start,end,start,end,...`` of the group's rows, in no particular order (SQLite's GROUP_CONCAT,
    PostgreSQL's STRING_AGG)."""

    function = "GROUP_CONCAT"
    arg_joiner = " || ',' || "
    output_field = TextField()

    def as_postgresql(self, compiler, connection, **extra_context):
        return self.as_sql(compiler, connection, function="STRING_AGG",
                           template="%(function)s(%(expressions)s, ',')", **extra_context)


@dataclass
class HighlightGroups:
    """Highlights per (article, reviewer, tag) group, ordered by article, and their spans."""

    articles: np.ndarray  # (groups,) article id
    reviewers: np.ndarray  # (groups,) reviewer id
    tags: np.ndarray  # (groups,) index into TAG_KEYS
    counts: np.ndarray  # (groups,) highlights in the group
    last: list  # (groups,) latest change in the group
    suggestions: np.ndarray  # (groups,) highlights in the group that began as suggestions
    starts: np.ndarray  # (highlights,) grouped as ``counts`` says
    ends: np.ndarray

    @property
    def total(self) -> int:
        return int(self.counts.sum())

    @property
    def suggested(self) -> int:
        """Highlights that began as suggestions."""
        return int(self.suggestions.sum())

    def per_span(self, values: np.ndarray) -> np.ndarray:
        """A per-group array spread to one value per highlight."""
        return np.repeat(values, self.counts)


def fetch(highlights) -> HighlightGroups:
    """Group ``highlights`` (any queryset of tagged spans) in one query."""
    rows = list(
        highlights.order_by()
        .values_list("article_id", "reviewer_id", "tag")
        .annotate(n=Count("pk"), last=Max("updated"), suggested=Count("pk", filter=~Q(suggestion_rule="")),
                  spans=SpanList("start", "end"))
        .order_by("article_id", "reviewer_id", "tag")
    )
    tag_index = {tag: i for i, tag in enumerate(TAG_KEYS)}
    counts = np.fromiter((row[3] for row in rows), dtype=np.int64, count=len(rows))
    text = ",".join(row[6] for row in rows)
    bounds = np.fromstring(text, dtype=np.int64, sep=",") if text else np.zeros(0, np.int64)
    if len(bounds) != 2 * counts.sum():
        raise ValueError("the spans of a highlight group do not match its count")
    return HighlightGroups(
        articles=np.fromiter((row[0] for row in rows), dtype=np.int64, count=len(rows)),
        reviewers=np.fromiter((row[1] for row in rows), dtype=np.int64, count=len(rows)),
        tags=np.fromiter((tag_index[row[2]] for row in rows), dtype=np.int64, count=len(rows)),
        counts=counts,
        last=[row[4] for row in rows],
        suggestions=np.fromiter((row[5] for row in rows), dtype=np.int64, count=len(rows)),
        starts=bounds[0::2],
        ends=bounds[1::2],
    )
