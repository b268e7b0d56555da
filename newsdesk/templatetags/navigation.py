"""The main menu says where the reader is: the link of the section a page belongs to is the current one.

A section is the first segment of a page's address. The story list lives at the root, and a story's pages and
its articles' pages (``/stories/…``, ``/articles/…``) belong to it too.

The page's title, in the browser's tab, is text alone: no ``<bdi>`` can set a name apart there, so the
bidirectional controls that open an embedding, an override or an isolate are left out of it
(``without_direction_controls``), and a name that opens a right-to-left override (U+202E) and never closes it turns
neither itself nor "· Newsdesk" around.
"""

from django import template
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe

register = template.Library()

IN_STORIES = {"", "stories", "articles"}


def section(path: str) -> str:
    first = path.strip("/").split("/", 1)[0]
    return "" if first in IN_STORIES else first


@register.simple_tag(takes_context=True)
def aria_current(context, url: str) -> str:
    """``aria-current="page"`` on a menu link whose section holds the page being shown, else nothing."""
    request = context.get("request")
    if request is None or section(request.path) != section(url):
        return ""
    return format_html(' aria-current="{}"', "page")


# Embeddings and overrides (U+202A … U+202E, with their closing U+202C) and isolates (U+2066 … U+2069).
DIRECTION_CONTROLS = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))


@register.filter(is_safe=True)
def without_direction_controls(text: str) -> str:
    """``text`` without the bidirectional controls that open or close an embedding, an override or an isolate
    (``DIRECTION_CONTROLS``); the marks that open nothing (U+200E, U+200F) stay. Taking characters that are no part
    of any markup out of escaped text leaves it escaped."""
    stripped = str(text).translate(DIRECTION_CONTROLS)
    return mark_safe(stripped) if isinstance(text, SafeString) else stripped  # noqa: S308 - see above
