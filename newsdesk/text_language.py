"""The language of words a page shows from a story's articles outside their text: a topic's label and a claim's
are read from the articles' passages, so they are written in the articles' language.

A page says it is in English (``<html lang="en">``, ``PAGE_LANGUAGE``). A label in Chinese on it, with no ``lang``
of its own, is taken for English: a browser draws its Han in whatever shapes it likes (often Japanese ones) and
a screen reader reads it with an English voice. ``shared_language`` tells a template which ``lang`` to give it.
"""

from collections.abc import Iterable

PAGE_LANGUAGE = "en"  # templates/base.html's <html lang>


def primary_subtag(language: str) -> str:
    """The language of a BCP 47 tag without its script or region: "zh" for "zh-Hans", "en" for "en-GB"."""
    return language.split("-", 1)[0].lower()


def shared_language(articles: Iterable, page_language: str = PAGE_LANGUAGE) -> str:
    """The ``lang`` for a label drawn from ``articles``' words: their language (``Article.text_language``) when
    every one of them is written in the same one and it is not the page's; "" otherwise, so the label keeps the
    page's language: no articles, articles in two languages, one whose language is not known (""), or articles in
    the page's own language (which needs no ``lang`` of its own)."""
    languages = {article.text_language for article in articles}
    if len(languages) != 1:
        return ""
    (language,) = languages
    if not language or primary_subtag(language) == primary_subtag(page_language):
        return ""
    return language
