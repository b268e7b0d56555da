"""Read a W3C Web Annotation export back into Newsdesk.

Accepts what ``exports`` writes (an AnnotationCollection with its annotations on its pages) and also a bare
list of annotations or a single one. For each annotation:

- the article is found by the target's ``newsdesk:checksum`` (SHA-256 of the text), else by its ``source``
  URL: the article's own URL, or a Newsdesk article URL ``.../articles/ID/``;
- the span is taken from the ``TextPositionSelector`` when the text there is still the quote; otherwise it
  is re-anchored by the ``TextQuoteSelector``: the occurrence of the quote whose prefix and suffix match
  best, nearest to the old position;
- the reviewer is the user named by the creator's ``nickname`` (or ``name``); when there is none an
  inactive account of that name is created, so the highlight keeps its author without opening a login.

A file is imported in one transaction: any annotation that cannot be placed fails the whole file with a
message naming it, and nothing is saved. Highlights already present (same article, reviewer, tag and span)
are skipped, so importing a file twice changes nothing.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils.dateparse import parse_datetime

from annotations.anchoring import Anchor, anchor, best_occurrence, fits
from annotations.interchange.exports import CHECKSUM_KEY
from annotations.models import NOTE_MAX_LENGTH, Annotation
from annotations.tags import TAG_KEYS
from newsdesk.importing.scripts import trimmed
from newsdesk.input_checks import parse_id, text_problem
from newsdesk.models import Article

ARTICLE_PATH = re.compile(r"/articles/([0-9]+)/?(?:[#?].*)?$")


class ImportProblem(Exception):
    pass


@dataclass
class ImportResult:
    created: int = 0
    skipped: int = 0
    reanchored: int = 0
    users_created: list = field(default_factory=list)


def annotations_in(document) -> list[dict]:
    """The annotations of a collection (all its pages), a list, or a single annotation."""
    if isinstance(document, list):
        return document
    if not isinstance(document, dict):
        raise ImportProblem("the file holds neither an annotation nor a collection of them")
    kind = document.get("type")
    if kind == "Annotation":
        return [document]
    if kind == "AnnotationCollection":
        items, page = [], document.get("first")
        seen = set()
        while isinstance(page, dict) and id(page) not in seen:
            seen.add(id(page))
            items.extend(page.get("items") or [])
            page = page.get("next")
        return items
    if kind == "AnnotationPage":
        return list(document.get("items") or [])
    raise ImportProblem(f"unexpected type {kind!r}: expected AnnotationCollection, AnnotationPage or Annotation")


def _selectors(target) -> tuple[dict, dict]:
    selectors = target.get("selector") or []
    if isinstance(selectors, dict):
        selectors = [selectors]
    quote = next((s for s in selectors if isinstance(s, dict) and s.get("type") == "TextQuoteSelector"), {})
    position = next((s for s in selectors if isinstance(s, dict) and s.get("type") == "TextPositionSelector"), {})
    return quote, position


def _bodies(annotation) -> dict:
    bodies = annotation.get("body") or []
    if isinstance(bodies, dict):
        bodies = [bodies]
    found = {}
    for body in bodies:
        if isinstance(body, dict) and body.get("purpose") and isinstance(body.get("value"), str):
            found.setdefault(body["purpose"], body["value"])
    return found


def _username(creator) -> str:
    if isinstance(creator, list):
        creator = creator[0] if creator else None
    if isinstance(creator, str):
        return creator.rstrip("/").rsplit("/", 1)[-1]
    if isinstance(creator, dict):
        return str(creator.get("nickname") or creator.get("name") or "").strip()
    return ""


def _when(value, name: str) -> dt.datetime | None:
    """The date and time ``value`` names; None when it names none; a well-formed impossible one is refused."""
    try:
        return parse_datetime(value) if isinstance(value, str) else None
    except ValueError:
        raise ImportProblem(f"{name} {value[:40]!r} is not a date and time") from None


class Importer:
    def __init__(self):
        self.articles_by_checksum = {}
        self.articles_by_url = {}
        self.users = {}
        self.result = ImportResult()

    def article_for(self, target) -> Article:
        checksum = target.get(CHECKSUM_KEY)
        source = target.get("source")
        source = source.get("id") if isinstance(source, dict) else source
        if checksum:
            if checksum not in self.articles_by_checksum:
                self.articles_by_checksum[checksum] = Article.objects.filter(checksum=checksum).first()
            if self.articles_by_checksum[checksum]:
                return self.articles_by_checksum[checksum]
        if isinstance(source, str) and source:
            if source not in self.articles_by_url:
                article = Article.objects.filter(url=source).first()
                match = ARTICLE_PATH.search(source)
                if article is None and match and not checksum:
                    article = Article.objects.filter(pk=parse_id(match.group(1))).first()
                self.articles_by_url[source] = article
            if self.articles_by_url[source]:
                return self.articles_by_url[source]
        raise ImportProblem(f"no article matches source {source!r}" + (f" or checksum {checksum}" if checksum else ""))

    def user_for(self, name: str):
        if not name:
            raise ImportProblem("the annotation names no creator")
        User = get_user_model()
        limit = User._meta.get_field(User.USERNAME_FIELD).max_length
        if problem := text_problem(name):
            raise ImportProblem(f"the creator {name[:40]!r} cannot be a username: it {problem}")
        # The name as an account stores it (compatibility characters folded: "ｒｅｖｉｅｗｅｒ" is "reviewer"), and
        # one account per name whatever its case, as the team page keeps them.
        stored = User.normalize_username(name)
        if len(stored) > limit:
            raise ImportProblem(f"the creator {name[:40]!r} cannot be a username: it is over {limit} characters")
        if name not in self.users:
            user = (User.objects.filter(username=stored).first()
                    or User.objects.filter(username__iexact=stored).order_by("pk").first())
            if user is None:
                user = User(username=stored, is_active=False)
                user.set_unusable_password()
                user.save()
                self.result.users_created.append(stored)
            self.users[name] = user
        return self.users[name]

    def build(self, data: dict) -> Annotation:
        if not isinstance(data, dict) or data.get("type") != "Annotation":
            raise ImportProblem("not an Annotation")
        target = data.get("target")
        if isinstance(target, list):
            target = target[0] if target else None
        if not isinstance(target, dict):
            raise ImportProblem("the target is not a specific resource with selectors")
        article = self.article_for(target)
        quote, position = _selectors(target)
        bodies = _bodies(data)
        tag = bodies.get("tagging")
        if tag not in TAG_KEYS:
            raise ImportProblem(f"tag {tag!r} is not one of {', '.join(TAG_KEYS)}")
        text = article.text
        exact = quote.get("exact") or ""
        start, end = position.get("start"), position.get("end")
        whole = [isinstance(value, int) and not isinstance(value, bool) for value in (start, end)]
        placed = all(whole) and fits(text, start, end)
        if not placed and not exact:
            raise ImportProblem(f"the position {start!r} to {end!r} is not a span of article {article.pk}'s text, "
                                "and there is no quote to find it by")
        if not placed or (exact and text[start:end] != exact):
            near = start if whole[0] else None
            selector = Anchor(near or 0, (near or 0) + len(exact), exact, quote.get("prefix") or "",
                              quote.get("suffix") or "")
            found = best_occurrence(text, selector, near)
            if found is None:
                raise ImportProblem(f"the quote {exact[:40]!r} is not in article {article.pk} any more")
            start, end = found, found + len(exact)
            self.result.reanchored += 1
        if not trimmed(text[start:end]):
            raise ImportProblem("the highlight covers only white space")  # as every other way in refuses
        for purpose, field_name in (("commenting", "note"), ("identifying", "source")):
            if problem := text_problem(bodies.get(purpose) or ""):
                raise ImportProblem(f"the {field_name} {problem}")
        annotation = Annotation(
            article=article, reviewer=self.user_for(_username(data.get("creator"))), tag=tag,
            **anchor(text, start, end).fields(), note=(bodies.get("commenting") or "")[:NOTE_MAX_LENGTH],
            source=(bodies.get("identifying") or "")[:200],
        )
        annotation.imported_created = _when(data.get("created"), "created")
        annotation.imported_modified = _when(data.get("modified"), "modified") or annotation.imported_created
        return annotation


def import_document(document) -> ImportResult:
    """Import every annotation of a parsed JSON-LD document, all or nothing."""
    items = annotations_in(document)
    with transaction.atomic():
        importer = Importer()
        built = []
        for number, item in enumerate(items, 1):
            try:
                built.append(importer.build(item))
            except ImportProblem as problem:
                label = item.get("id") if isinstance(item, dict) else None
                raise ImportProblem(f"annotation {number}{f' ({label})' if label else ''}: {problem}") from None
        fresh = _without_existing(built)
        importer.result.skipped = len(built) - len(fresh)
        Annotation.objects.bulk_create(fresh, batch_size=1000)
        dated = [a for a in fresh if a.imported_created]
        for annotation in dated:
            annotation.created = annotation.imported_created
            annotation.updated = annotation.imported_modified
        Annotation.objects.bulk_update(dated, ["created", "updated"], batch_size=1000)
        importer.result.created = len(fresh)
        return importer.result


def _without_existing(built: list[Annotation]) -> list[Annotation]:
    article_ids = {a.article_id for a in built}
    existing = set(
        Annotation.objects.live().filter(article_id__in=article_ids)
        .values_list("article_id", "reviewer_id", "tag", "start", "end")
    )
    fresh = []
    for annotation in built:
        key = (annotation.article_id, annotation.reviewer_id, annotation.tag, annotation.start, annotation.end)
        if key not in existing:
            existing.add(key)
            fresh.append(annotation)
    return fresh
