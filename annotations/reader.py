"""What the reader shows for an article: its passages cut into highlight runs, and the legend.

Pages that show highlights (the reader, the comparison grid) call :func:`reader_context` so that the
same filters, the same visibility rule (``Annotation.objects.for_reader``) and the same run markup apply
everywhere. The filters travel in the page's query string: ``all=1`` shows every reviewer's highlights,
``reviewer=USERNAME`` one reviewer's, ``tag=KEY`` one tag's.
"""

from collections import Counter
from dataclasses import dataclass
from urllib.parse import urlencode, urlsplit

from django.http import QueryDict

from .anchoring import overlaps
from .models import Annotation
from .rendering import split_into_runs
from .tags import TAG_BY_KEY, TAG_KEYS, TAGS

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


def passages_with_runs(article, annotations, passages=None, within=None) -> list[dict]:
    """Each passage of ``article`` with its text cut into runs by ``annotations``.

    ``within=(start, end)`` keeps only the passages that overlap that span (for refreshing a few).
    """
    passages = article.passages.all() if passages is None else passages
    spans = sorted(annotations, key=lambda a: a.start)
    result = []
    for passage in passages:
        if within is not None and not overlaps(passage.start, passage.end, *within):
            continue
        inside = [a for a in spans if a.start < passage.end and a.end > passage.start]
        result.append(
            {
                "index": passage.index,
                "start": passage.start,
                "end": passage.end,
                "runs": [run_view(run) for run in split_into_runs(article.text, inside, passage.start, passage.end)],
            }
        )
    return result


def run_view(run) -> dict:
    """What the passage template needs about one run: text, and for highlighted runs ids, tags, owners."""
    if not run.spans:
        return {"text": run.text}
    mine = [getattr(span, "mine", False) for span in run.spans]
    return {
        "text": run.text,
        "start": run.start,
        "ids": run.ids,
        "tags": run.tags,
        "mine": any(mine),
        "others": not all(mine),
        "depth": min(len(run.spans), 4),
        "title": "; ".join(f"{TAG_BY_KEY[span.tag].label} by {span.reviewer.get_username()}" for span in run.spans),
    }


def legend(annotations) -> list[dict]:
    counts = Counter(a.tag for a in annotations)
    return [{"tag": tag, "count": counts[tag.key]} for tag in TAGS]


def reader_context(request, article, *, filters=None, within=None) -> dict:
    """Passages-with-runs, legend counts and filters for ``article`` as ``request.user`` sees it.

    Two queries whatever the number of highlights: the passages, and the visible highlights.
    """
    filters = filters or reader_filters(request)
    visible = list(
        Annotation.objects.for_reader(article, request.user, show_all=filters.show_all, reviewer=filters.reviewer)
    )
    shown = [a for a in visible if filters.tag is None or a.tag == filters.tag]
    for annotation in shown:
        annotation.mine = annotation.reviewer_id == request.user.pk
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
