"""Overlapping highlights -> non-overlapping runs of text, so every character shows every tag on it.

Highlights may be identical, nested, crossing or adjacent. The reader cannot nest HTML elements along
crossing spans, so it cuts the text at every span boundary and renders each piece (a *run*) once,
carrying the list of spans that cover it. Joining the runs' text gives back the input text exactly.
Spans are any objects with ``start`` and ``end`` (code points of the whole article); pure functions.
"""

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Run:
    start: int
    end: int
    text: str
    spans: tuple = field(default=())

    @property
    def ids(self) -> str:
        """Space-separated ids of the covering spans, for ``data-ids``."""
        return " ".join(str(getattr(span, "pk", None) or getattr(span, "id", "")) for span in self.spans)

    @property
    def tags(self) -> list[str]:
        """Distinct tags on this run, in the order the spans began."""
        seen: dict[str, None] = {}
        for span in self.spans:
            tag = getattr(span, "tag", None)
            if tag:
                seen.setdefault(tag, None)
        return list(seen)


def _span_order(span):
    return (span.start, -span.end, getattr(span, "pk", None) or getattr(span, "id", 0) or 0)


def split_into_runs(text: str, spans, start: int = 0, end: int | None = None) -> list[Run]:
    """Cut ``text[start:end]`` into runs at every boundary of ``spans`` that falls inside it.

    Offsets of spans and runs are positions in ``text`` (the whole article), so a passage is rendered
    by passing the article text with the passage's bounds. Spans outside the bounds are ignored;
    spans reaching past them are clipped. Runs without spans are returned too (plain text).
    """
    end = len(text) if end is None else end
    if start >= end:
        return []
    inside = sorted((s for s in spans if s.start < end and s.end > start and s.start < s.end), key=_span_order)
    events: dict[int, tuple[list, list]] = {}
    for span in inside:
        events.setdefault(max(span.start, start), ([], []))[0].append(span)
        events.setdefault(min(span.end, end), ([], []))[1].append(span)
    points = sorted({start, end, *events})
    active: dict[int, object] = {}  # insertion-ordered: spans in the order they began
    runs = []
    for here, following in zip(points, points[1:], strict=False):
        opening, closing = events.get(here, ((), ()))
        for span in closing:
            active.pop(id(span), None)
        for span in opening:
            active[id(span)] = span
        runs.append(Run(here, following, text[here:following], tuple(active.values())))
    return runs
