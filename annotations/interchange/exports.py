"""Highlights in formats other tools read: W3C Web Annotation JSON-LD, CSV, and JSONL for machine learning.

Offsets are Unicode code points of the article's stored text everywhere, as in the rest of Newsdesk: the
``TextPositionSelector``'s start and end, the CSV's columns and the JSONL labels. A Python ``str`` indexes
code points, so ``text[start:end]`` is the quote in any of them.

Every export is written as a stream of text chunks from one ordered pass over the database, so a large
corpus never has to sit in memory as one document.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator

from django.urls import reverse

from annotations.interchange import spreadsheet_csv
from newsdesk.blinding import attach_mastheads
from newsdesk.models import Article

ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
# Newsdesk's own terms beside the W3C vocabulary: the SHA-256 of the article text, to find the article again.
CONTEXT = [ANNO_CONTEXT, {"newsdesk": "urn:newsdesk:"}]
CHECKSUM_KEY = "newsdesk:checksum"
CHUNK = 2_000

EXPORT_FIELDS = (
    "pk", "article_id", "tag", "start", "end", "quote", "prefix", "suffix", "note", "source", "created", "updated",
    "reviewer__username", "reviewer__first_name", "reviewer__last_name",
)


def export_queryset(highlights):
    """The rows an export needs, in a stable order, without loading article texts."""
    return highlights.order_by("article_id", "start", "end", "pk").values_list(*EXPORT_FIELDS)


def article_index(highlights, user=None) -> dict:
    """{article_id: (url, checksum, title, outlet, story)} for the articles the highlights fall on.

    In an outlet-blind story a reviewer gets the story's outlet letter and no original URL, as on every page.
    """
    ids = highlights.order_by().values("article_id").distinct()
    articles = Article.objects.filter(pk__in=ids).select_related("outlet", "story").only(
        "pk", "url", "checksum", "title", "byline", "outlet__name", "story__slug", "story__outlet_blind",
        "story__title",
    )
    index = {}
    for article in attach_mastheads(articles, user) if user is not None else articles:
        masthead = getattr(article, "masthead", None)
        outlet = masthead.outlet if masthead else article.outlet.name
        url = masthead.url if masthead else article.url
        index[article.pk] = (url, article.checksum, article.title, outlet, article.story.slug if article.story else "")
    return index


class Exporter:
    """Absolute URLs for articles and annotations, from the server's own address."""

    def __init__(self, base_url: str, user=None):
        self.base_url = base_url.rstrip("/")
        self.user = user
        self._article_urls = {}

    def article_url(self, article_id: int) -> str:
        if article_id not in self._article_urls:
            self._article_urls[article_id] = self.base_url + reverse("annotations:article-detail", args=[article_id])
        return self._article_urls[article_id]

    def annotation_id(self, article_id: int, pk: int) -> str:
        return f"{self.article_url(article_id)}#annotation-{pk}"

    def annotation(self, row, articles: dict) -> dict:
        pk, article_id, tag, start, end, quote, prefix, suffix, note, source, created, updated, username = row[:13]
        first, last = row[13:]
        url, checksum = articles[article_id][0], articles[article_id][1]
        body = [{"type": "TextualBody", "purpose": "tagging", "value": tag, "format": "text/plain"}]
        if note:
            body.append({"type": "TextualBody", "purpose": "commenting", "value": note, "format": "text/plain"})
        if source:
            body.append({"type": "TextualBody", "purpose": "identifying", "value": source, "format": "text/plain"})
        creator = {"type": "Person", "nickname": username, "name": f"{first} {last}".strip() or username}
        return {
            "@context": CONTEXT,
            "id": self.annotation_id(article_id, pk),
            "type": "Annotation",
            "motivation": "tagging",
            "created": created.isoformat(),
            "modified": updated.isoformat(),
            "creator": creator,
            "body": body,
            "target": {
                "type": "SpecificResource",
                "source": url or self.article_url(article_id),
                CHECKSUM_KEY: checksum,
                "selector": [
                    {"type": "TextQuoteSelector", "exact": quote, "prefix": prefix, "suffix": suffix},
                    {"type": "TextPositionSelector", "start": start, "end": end},
                ],
            },
        }

    def jsonld(self, highlights, collection_id: str, label: str) -> Iterator[str]:
        """An AnnotationCollection with every annotation on its one page, as a stream of JSON text."""
        total = highlights.count()
        articles = article_index(highlights, self.user)
        head = {"@context": CONTEXT, "id": collection_id, "type": "AnnotationCollection", "label": label,
                "total": total}
        if not total:
            yield json.dumps(head, ensure_ascii=False)
            return
        # The page also stands on its own (a context, and what it is part of), as the W3C page tests ask.
        page = {"@context": CONTEXT, "id": f"{collection_id}#page-1", "type": "AnnotationPage",
                "partOf": {"id": collection_id, "total": total, "label": label}, "startIndex": 0}
        yield json.dumps(head, ensure_ascii=False)[:-1] + ', "first": ' + json.dumps(page, ensure_ascii=False)[:-1]
        yield ', "items": ['
        chunk = []
        for i, row in enumerate(export_queryset(highlights).iterator(chunk_size=CHUNK)):
            chunk.append(("," if i else "") + json.dumps(self.annotation(row, articles), ensure_ascii=False))
            if len(chunk) >= CHUNK:
                yield "".join(chunk)
                chunk = []
        yield "".join(chunk) + "]}}"


CSV_HEADER = ["annotation", "article", "article_url", "article_checksum", "story", "outlet", "reviewer", "tag",
              "start", "end", "quote", "prefix", "suffix", "note", "source", "created", "modified"]


def csv_rows(highlights, exporter: Exporter) -> Iterator[str]:
    """One highlight per row, offsets in code points, as a stream of CSV text."""
    articles = article_index(highlights, exporter.user)
    buffer = io.StringIO()
    writer = spreadsheet_csv.writer(buffer)
    writer.writerow(CSV_HEADER)
    for i, row in enumerate(export_queryset(highlights).iterator(chunk_size=CHUNK)):
        pk, article_id, tag, start, end, quote, prefix, suffix, note, source, created, updated, username, *_ = row
        url, checksum, _title, outlet, story = articles[article_id]
        writer.writerow([pk, article_id, url or exporter.article_url(article_id), checksum, story or "", outlet,
                         username, tag, start, end, quote, prefix, suffix, note, source, created.isoformat(),
                         updated.isoformat()])
        if i % CHUNK == CHUNK - 1:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


def jsonl_lines(highlights) -> Iterator[str]:
    """One line per article and reviewer: {"text", "label": [[start, end, tag], ...], "reviewer"}.

    The shape sequence-labelling tools (doccano, spaCy's converters) read; each article's text is fetched
    once, when its first reviewer's line is written.
    """
    rows = highlights.order_by("article_id", "reviewer__username", "start", "end", "pk").values_list(
        "article_id", "reviewer__username", "start", "end", "tag"
    )
    current, labels, text = None, [], ""
    for article_id, username, start, end, tag in rows.iterator(chunk_size=CHUNK):
        if (article_id, username) != current:
            if current is not None:
                yield _jsonl_line(current, text, labels)
            if current is None or current[0] != article_id:
                text = Article.objects.values_list("text", flat=True).get(pk=article_id)
            current, labels = (article_id, username), []
        labels.append([start, end, tag])
    if current is not None:
        yield _jsonl_line(current, text, labels)


# Characters that JSON allows raw inside a string but that some line readers (Python's str.splitlines, editors)
# take for a line break, which would cut one JSON line in two. Written as escapes, the line is the same JSON.
LINE_BREAKS_IN_STRINGS = (("\u2028", "\\u2028"), ("\u2029", "\\u2029"), ("\x85", "\\u0085"))


def _jsonl_line(key, text, labels) -> str:
    article_id, username = key
    line = json.dumps({"text": text, "label": labels, "reviewer": username, "article": article_id}, ensure_ascii=False)
    # Searched for and replaced one by one: str.translate looks every character of a long text up in a table.
    for character, escape in LINE_BREAKS_IN_STRINGS:
        if character in line:
            line = line.replace(character, escape)
    return line + "\n"


def export_highlights(story=None, user=None, layer="all"):
    """What an export holds: the reports' highlights (live, anchored, visible to ``user``), optionally one story.

    ``layer="consensus"`` exports the editors' agreed highlights instead of every reviewer's."""
    from annotations.reports.aggregates import annotation_source

    highlights = annotation_source(user, layer)
    if story is not None:
        highlights = highlights.filter(article__story=story)
    return highlights

