"""The language of a story's words on its pages, for templates: ``{{ articles|shared_language }}`` is the ``lang``
of a label read from those articles, or "" (``newsdesk.text_language.shared_language``); ``{{ article|outlet_lang }}``
is the ``lang`` attribute of an article's outlet name, or nothing."""

from django import template
from django.utils.html import format_html

from newsdesk import text_language

register = template.Library()


@register.filter
def shared_language(articles) -> str:
    return text_language.shared_language(articles)


@register.filter
def outlet_lang(article) -> str:
    """`` lang="…"`` for an article's outlet name: its text's language, unless the outlet is hidden from the reader
    ("Outlet A" is the page's own words) or the language is unknown."""
    if article.masthead.hidden or not article.text_language:
        return ""
    return format_html(' lang="{}"', article.text_language)
