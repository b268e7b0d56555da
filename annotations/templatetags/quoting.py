"""The words around a quoted span, for showing it in its sentence.

A highlight keeps up to ``CONTEXT_LENGTH`` code points on each side of its quote so it can find its place
again after a correction; cut there, the first and last words shown are often halves ("leap fo…"). These
filters show only the whole words of that context, with an ellipsis where it was cut. A context shorter than
the kept length reached the start or the end of the text: its edge is a real one and gets no ellipsis.
"""

import re

from django import template

from annotations.anchoring import CONTEXT_LENGTH

register = template.Library()

LEADING_PART = re.compile(r"^\S*\s+")
TRAILING_PART = re.compile(r"\s+\S*$")


@register.filter
def whole_words_before(prefix: str) -> str:
    """The context before a quote from its first whole word, after an ellipsis when it was cut."""
    prefix = prefix or ""
    if len(prefix) < CONTEXT_LENGTH:
        return prefix
    if not prefix[0].isspace():
        trimmed = LEADING_PART.sub("", prefix, count=1)
        prefix = "" if trimmed == prefix else trimmed
    return "…" + prefix.lstrip()


@register.filter
def whole_words_after(suffix: str) -> str:
    """The context after a quote up to its last whole word, then an ellipsis when it was cut."""
    suffix = suffix or ""
    if len(suffix) < CONTEXT_LENGTH:
        return suffix
    if not suffix[-1].isspace():
        trimmed = TRAILING_PART.sub("", suffix, count=1)
        suffix = "" if trimmed == suffix else trimmed
    return suffix.rstrip() + "…"
