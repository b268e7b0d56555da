"""The language of a story's words on its pages, for templates: ``{{ articles|shared_language }}`` is the ``lang``
of a label read from those articles, or "" (``newsdesk.text_language.shared_language``)."""

from django import template

from newsdesk import text_language

register = template.Library()


@register.filter
def shared_language(articles) -> str:
    return text_language.shared_language(articles)
