"""What the reader shows for an article: its passages cut into highlight runs, and the legend.

Pages that show highlights (the reader, the comparison grid) call :func:`reader_context` so that the
same filters, the same visibility rule (``Annotation.objects.for_reader``) and the same run markup apply
everywhere. The filters travel in the page's query string: ``all=1`` shows every reviewer's highlights,
``reviewer=USERNAME`` one reviewer's, ``tag=KEY`` one tag's.
"""

from collections import Counter
from dataclasses import dataclass
from typing import NamedTuple
from urllib.parse import urlencode, urlsplit

from django.http import QueryDict

from annotations.anchoring import overlaps
from annotations.models import Annotation
from annotations.rendering import split_into_runs
from annotations.run_markup import passage_markup
from annotations.tags import TAG_KEYS, TAGS
from newsdesk.text_language import text_direction

TRUE_VALUES = {"1", "on", "true", "yes"}


@dataclass(frozen=True)
class ReaderFilters:
    show_all: bool = False
    reviewer: str | None = None
    tag: str | None = None

    @classmethod
    def from_query(cls, query) -> "ReaderFilters":
        tag = query.get("tag") or None
        return cls(
            show_all=(query.get("all") or "").lower() in TRUE_VALUES,
            reviewer=query.get("reviewer") or None,
            tag=tag if tag in TAG_KEYS else None,
        )

    @property
    def querystring(self) -> str:
        params = {"all": "1" if self.show_all else None, "reviewer": self.reviewer, "tag": self.tag}
        return urlencode({key: value for key, value in params.items() if value})

    @property
    def others_visible(self) -> bool:
        return self.show_all or self.reviewer is not None


def reader_filters(request) -> ReaderFilters:
    """The filters of the page the user is looking at.

    A GET carries them in its query string; an htmx POST from the toolbar or a popover comes from a page
    whose URL holds them (``HX-Current-URL``), so refreshed passages keep what the user chose to see.
    """
    if request.method == "GET":
        return ReaderFilters.from_query(request.GET)
    current_url = getattr(getattr(request, "htmx", None), "current_url", None)
    if current_url:
        return ReaderFilters.from_query(QueryDict(urlsplit(current_url).query))
    return ReaderFilters()


class ShownHighlight(NamedTuple):
    """A highlight as the reader draws it: where it is, its tag, whose it is, and whether it is the viewer's."""

    pk: int
    article_id: int
    start: int
    end: int
    tag: str
    reviewer: str
    mine: bool


def shown_highlights(article_or_articles, user, filters: ReaderFilters) -> tuple[list, list]:
    """(visible, shown): the highlights ``user`` may see with ``filters`` on one article or several, and those
    of them the tag filter keeps. One query; rows, not model instances, as a page may draw thousands."""
    rows = Annotation.objects.for_reader(
        article_or_articles, user, show_all=filters.show_all, reviewer=filters.reviewer
    ).values_list("pk", "article_id", "start", "end", "tag", "reviewer__username", "reviewer_id")
    visible = [ShownHighlight(*row[:6], row[6] == user.pk) for row in rows]
    shown = [h for h in visible if filters.tag is None or h.tag == filters.tag]
    return visible, shown


def passages_with_runs(article, highlights, passages=None, within=None) -> list[dict]:
    """Each passage of ``article`` with its text cut into runs by ``highlights``, drawn as HTML (``markup``).

    ``within=(start, end)`` keeps only the passages that overlap that span (for refreshing a few).
    """
    passages = article.passages.all() if passages is None else passages
    spans = sorted(highlights, key=lambda h: h.start)
    result = []
    for passage in passages:
        if within is not None and not overlaps(passage.start, passage.end, *within):
            continue
        inside = [h for h in spans if h.start < passage.end and h.end > passage.start]
        runs = split_into_runs(article.text, inside, passage.start, passage.end)
        result.append({"index": passage.index, "start": passage.start, "end": passage.end,
                       "markup": passage_markup(runs),
                       "direction": text_direction(article.text[passage.start : passage.end])})
    return result


def legend(annotations) -> list[dict]:
    counts = Counter(a.tag for a in annotations)
    return [{"tag": tag, "count": counts[tag.key]} for tag in TAGS]


def reader_context(request, article, *, filters=None, within=None) -> dict:
    """Passages-with-runs, legend counts and filters for ``article`` as ``request.user`` sees it.

    Two queries whatever the number of highlights: the passages, and the visible highlights.
    """
    filters = filters or reader_filters(request)
    visible, shown = shown_highlights(article, request.user, filters)
    return {
        "article": article,
        "passages": passages_with_runs(article, shown, within=within),
        "legend": legend(visible),
        "filters": filters,
        "shown_count": len(shown),
    }


def reviewers_of(article, user):
    """Usernames of everyone whose highlights on ``article`` ``user`` may see, for the reviewer filter."""
    return (
        Annotation.objects.for_reader(article, user, show_all=True)
        .order_by("reviewer__username")
        .values_list("reviewer__username", flat=True)
        .distinct()
    )
