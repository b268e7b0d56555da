"""See what an import would store, without storing it.

The preview runs the real import inside a transaction and rolls it back, so it shows exactly what
confirming would do, with the same errors: the canonical text cut into passages, the metadata that was
found (and the publication date read from the page when none was given), which outlet and story each article
lands in (and whether they are new), and which are duplicates.
"""

from dataclasses import dataclass

from django.db import transaction
from django.db.models import Max

from newsdesk.importing import importer
from newsdesk.models import Article, Outlet, Story
from newsdesk.text_language import language_name


@dataclass(frozen=True)
class PreviewArticle:
    title: str
    outlet: str
    new_outlet: bool
    story: str
    new_story: bool
    byline: str
    url: str
    published: object
    length: int
    passages: list[str]
    text: str = ""
    duplicate_of: Article | None = None
    # The date was read from the page's header, none being given: the editor checks it, and may give another.
    published_from_page: bool = False
    # The language the text was told to be written in (``Article.text_language``; "" when it could not be told), which
    # decides how its words are read: the editor sees a wrong one before anything is stored.
    language: str = ""
    language_name: str = ""


def preview_import(name: str, data: bytes, **options) -> list[PreviewArticle]:
    """Everything ``importer.import_bytes`` would import, as plain values; nothing is saved."""
    with transaction.atomic():
        last_outlet = Outlet.objects.aggregate(m=Max("pk"))["m"] or 0
        last_story = Story.objects.aggregate(m=Max("pk"))["m"] or 0
        result = importer.import_bytes(name, data, upkeep=False, **options)
        items = [describe(a, last_outlet, last_story) for a in result.created]
        items += [describe(a, last_outlet, last_story, duplicate=True) for a in result.duplicates]
        transaction.set_rollback(True)
    return items


def describe(article: Article, last_outlet: int, last_story: int, duplicate: bool = False) -> PreviewArticle:
    return PreviewArticle(
        title=article.title,
        outlet=article.outlet.name,
        new_outlet=article.outlet.pk > last_outlet,
        story=article.story.title if article.story else "",
        new_story=bool(article.story) and article.story.pk > last_story,
        byline=article.byline,
        url=article.url,
        published=article.published,
        length=len(article.text),
        passages=[article.text[p.start : p.end] for p in article.passages.order_by("index")],
        text=article.text,
        duplicate_of=article if duplicate else None,
        published_from_page=not duplicate and getattr(article, "published_from_page", False),
        language=article.text_language,
        language_name=language_name(article.text_language),
    )
