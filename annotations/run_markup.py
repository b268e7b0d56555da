"""A passage's highlight runs -> the HTML inside its ``<p>``, built in one pass.

A page with thousands of highlights has thousands of runs; drawing each through template tags cost
more than everything else the reader and the comparison grid do, so the runs are drawn here, with the
markup the passage partial (``reader.html#passage``) used to write. Pure functions: runs are
``annotations.rendering.Run``; their spans need ``tag``, ``reviewer`` (the name shown) and ``mine``
(whether the viewer owns the highlight).

Escaping: every value that comes from data (the article's text, the highlights' ids and tags, the
reviewers' names in the title) passes through ``escape``, the function Django's autoescaping uses, before
it meets the fixed markup of this module; nothing else is written. The passage's markup is then marked
safe once, here: the one place besides ``newsdesk.importing.sanitize`` that calls ``mark_safe``.
"""

from functools import lru_cache
from html import escape

from django.utils.safestring import SafeString, mark_safe

from annotations.tags import TAG_BY_KEY

MAX_DEPTH = 4  # deeper stacks of highlights look the same


def passage_markup(runs) -> SafeString:
    """The runs of one passage as HTML: plain runs as escaped text, highlighted runs as ``span.hl``."""
    parts = []
    for run in runs:
        if not run.spans:
            parts.append(escape(run.text))
            continue
        mine = [span.mine for span in run.spans]
        classes, opening, closing = run_look(tuple(run.tags), any(mine), not all(mine),
                                             min(len(run.spans), MAX_DEPTH))
        title = "; ".join([span_title(span.tag, span.reviewer) for span in run.spans])
        parts.append(
            f'<span class="{classes}" data-ids="{escape(run.ids)}" data-start="{int(run.start)}" tabindex="0"'
            f' title="{title}">{opening}{escape(run.text)}{closing}</span>'
        )
    return mark_safe("".join(parts))  # noqa: S308 - every value escaped above


@lru_cache(maxsize=1024)
def run_look(tags: tuple, mine: bool, others: bool, depth: int) -> tuple[str, str, str]:
    """The class list, and the underline spans opened and closed around the text, of every run with the
    same tags, owners and depth (escaped)."""
    classes = ["hl", *(f"hl-{tag}" for tag in tags)]
    classes += ["hl-mine"] * mine + ["hl-others"] * others + [f"hl-depth-{depth}"]
    opening = "".join(f'<span class="u u-{escape(tag)}">' for tag in tags)
    return escape(" ".join(classes)), opening, "</span>" * len(tags)


@lru_cache(maxsize=4096)
def span_title(tag: str, reviewer: str) -> str:
    """``Rhetoric by alice``, escaped: one highlight in a run's tooltip (a title joins them with ``; ``)."""
    return escape(f"{TAG_BY_KEY[tag].label} by {reviewer}")
