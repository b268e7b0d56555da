"""The language of words a page shows from a story's articles outside their text: a topic's label and a claim's
are read from the articles' passages, so they are written in the articles' language.

A page says it is in English (``<html lang="en">``, ``PAGE_LANGUAGE``). A label in Chinese on it, with no ``lang``
of its own, is taken for English: a browser draws its Han in whatever shapes it likes (often Japanese ones) and
a screen reader reads it with an English voice. ``shared_language`` tells a template which ``lang`` to give it.
"""

import unicodedata
from collections.abc import Iterable

from django.conf.locale import LANG_INFO

PAGE_LANGUAGE = "en"  # templates/base.html's <html lang>


def primary_subtag(language: str) -> str:
    """The language of a BCP 47 tag without its script or region: "zh" for "zh-Hans", "en" for "en-GB"."""
    return language.split("-", 1)[0].lower()


# The languages the importer tells (``languages.language_of``) that Django's table of languages does not name.
OTHER_LANGUAGE_NAMES = {"zh": "Chinese", "gu": "Gujarati", "si": "Sinhala", "am": "Amharic", "tl": "Tagalog",
                        "ha": "Hausa", "so": "Somali", "yo": "Yoruba", "zu": "Zulu"}


def language_name(language: str) -> str:
    """The English name of the language ``language`` (a BCP 47 tag) for a page that shows what was told ("Slovak"
    for "sk"); the tag itself for a language no table names, and "" for none."""
    for code in (language.lower(), primary_subtag(language)) if language else ():
        name = LANG_INFO.get(code, {}).get("name") or OTHER_LANGUAGE_NAMES.get(code)
        if name:
            return name
    return language


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


def text_direction(text: str) -> str:
    """"rtl" or "ltr" for a passage by the letters most of it is written in, "auto" when it holds none.

    A browser's ``dir="auto"`` takes a passage's direction from its first strong letter alone: an Urdu or Hebrew
    passage that opens on a Latin word ("LIVE", "BREAKING |", a brand) was set left to right and left-aligned. Here
    every letter counts: those of a right-to-left script (``unicodedata.bidirectional`` "R" or "AL") against all
    the others that have a direction ("L")."""
    right = left = 0
    for character in text:
        if not character.isalpha():
            continue
        kind = unicodedata.bidirectional(character)
        if kind in ("R", "AL"):
            right += 1
        elif kind == "L":
            left += 1
    if not right and not left:
        return "auto"
    return "rtl" if right > left else "ltr"
