"""The main menu says where the reader is: the link of the section a page belongs to is the current one.

A section is the first segment of a page's address. The story list lives at the root, and a story's pages and
its articles' pages (``/stories/…``, ``/articles/…``) belong to it too.
"""

from django import template
from django.utils.html import format_html

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
