"""Suggestions for one reviewer on one article, and what they decided about them.

The suggestions themselves are computed, never stored: they depend only on the article's text and the
rhetoric lexicon, so they are cached under the text's checksum and a fingerprint of the lexicon. What is
stored is each reviewer's decision about a span (``SuggestionDecision``) and, for an accepted one, the
ordinary highlight it became (an ``Annotation`` with ``suggestion_rule`` set). A suggestion counts nowhere
until it is accepted; a reviewer does not see again a suggestion they decided or already highlighted.
"""

import hashlib

from django.core.cache import cache
from django.db import transaction

from annotations.forms import AnnotationForm
from annotations.models import Annotation, DuplicateHighlight, RhetoricTerm, SuggestionDecision
from annotations.suggestions.base import Suggestion
from annotations.suggestions.lexicon import DEFAULT_LEXICON, LexiconEntry
from newsdesk.importing.scripts import visible

CACHE_SECONDS = 24 * 60 * 60
SOURCE_MAX_LENGTH = Annotation._meta.get_field("source").max_length


class BulkAcceptRefused(ValueError):
    """Only boilerplate is accepted in bulk: the other tags need a reviewer's judgement one by one."""


ALREADY_HIGHLIGHTED = "This span is already your highlight, so the suggestion cannot be rejected: delete the highlight."


class AlreadyHighlighted(ValueError):
    """The reviewer's highlight already covers the suggestion being rejected."""


def lexicon() -> tuple[LexiconEntry, ...]:
    """The active terms of the editable lexicon; the documented default when the table is empty."""
    terms = list(RhetoricTerm.objects.values_list("phrase", "kind", "note", "neutral_uses", "active"))
    if not terms:
        return DEFAULT_LEXICON
    return tuple(
        LexiconEntry(phrase, kind, note, tuple(u.strip() for u in neutral.split(",") if u.strip()))
        for phrase, kind, note, neutral, active in terms
        if active
    )


def for_article(article) -> list[Suggestion]:
    terms = lexicon()
    fingerprint = hashlib.sha256(repr(terms).encode()).hexdigest()[:16]
    key = f"suggestions:{article.checksum}:{fingerprint}"
    found = cache.get(key)
    if found is None:
        from annotations.suggestions.suggester import suggest  # the rules' patterns: loaded when first needed

        found = suggest(article.text, lexicon=terms)
        cache.set(key, found, CACHE_SECONDS)
    return found


def pending(article, reviewer, tag: str | None = None) -> list[Suggestion]:
    """What the reviewer still has to decide: no decision yet, and no highlight of theirs on the same span."""
    decided = set(
        SuggestionDecision.objects.filter(article=article, reviewer=reviewer).values_list("tag", "start", "end")
    )
    highlighted = set(
        Annotation.objects.live().filter(article=article, reviewer=reviewer).values_list("tag", "start", "end")
    )
    # A span decided before a passage's ends left out invisible marks (a right-to-left mark at a line's end)
    # still stands for the suggestion now made without them.
    text = article.text
    done = {(tag, *visible_span(text, start, end)) for tag, start, end in decided | highlighted}
    return [
        s for s in for_article(article)
        if (s.tag, s.start, s.end) not in done and (tag is None or s.tag == tag)
    ]


def find(article, tag: str, start: int, end: int) -> Suggestion | None:
    wanted = (tag, *visible_span(article.text, start, end))
    return next((s for s in for_article(article) if (s.tag, s.start, s.end) == wanted), None)


def visible_span(text: str, start: int, end: int) -> tuple[int, int]:
    """[start, end) of ``text`` without the spaces and invisible marks at its ends (itself when nothing shows)."""
    first, last = visible(text[start:end])
    return (start + first, start + last) if last else (start, end)


def _record(article, reviewer, suggestion, decision, annotation=None) -> SuggestionDecision:
    record, _ = SuggestionDecision.objects.update_or_create(
        article=article, reviewer=reviewer, tag=suggestion.tag, start=suggestion.start, end=suggestion.end,
        defaults={"rule": suggestion.rule, "decision": decision, "annotation": annotation},
    )
    return record


def _highlight(article, reviewer, suggestion) -> Annotation:
    existing = (
        Annotation.objects.live()
        .filter(article=article, reviewer=reviewer, tag=suggestion.tag, start=suggestion.start, end=suggestion.end)
        .first()
    )
    if existing:
        return existing
    # The same checks and anchoring as a highlight made by hand in the reader.
    form = AnnotationForm({
        "article": article.pk, "tag": suggestion.tag, "start": suggestion.start, "end": suggestion.end,
        "source": suggestion.source[:SOURCE_MAX_LENGTH],
    })
    if not form.is_valid():
        raise ValueError(f"suggestion does not fit the article: {form.errors.as_text()}")
    try:
        annotation = form.save(reviewer=reviewer)
    except DuplicateHighlight as duplicate:
        return duplicate.existing  # accepted a moment ago, in another tab or by a double click
    Annotation.objects.filter(pk=annotation.pk).update(suggestion_rule=suggestion.rule)  # not an edit
    annotation.suggestion_rule = suggestion.rule
    return annotation


@transaction.atomic
def accept(article, reviewer, suggestion: Suggestion) -> Annotation:
    """The suggestion becomes the reviewer's own highlight, remembering the rule it came from."""
    annotation = _highlight(article, reviewer, suggestion)
    _record(article, reviewer, suggestion, SuggestionDecision.Decision.ACCEPTED, annotation)
    return annotation


@transaction.atomic
def reject(article, reviewer, suggestion: Suggestion) -> SuggestionDecision:
    """Record that the reviewer turned the suggestion down; ``AlreadyHighlighted`` when its span is already
    their highlight (accepted in another tab, say): rejecting it then would leave the highlight standing behind
    a decision that says the opposite."""
    if Annotation.objects.live().filter(
        article=article, reviewer=reviewer, tag=suggestion.tag, start=suggestion.start, end=suggestion.end
    ).exists():
        raise AlreadyHighlighted(ALREADY_HIGHLIGHTED)
    return _record(article, reviewer, suggestion, SuggestionDecision.Decision.REJECTED)


@transaction.atomic
def accept_all(article, reviewer, tag: str) -> list[Annotation]:
    """Accept every pending suggestion of ``tag`` (boilerplate only) in one go."""
    if tag != "boilerplate":
        raise BulkAcceptRefused(
            "Only boilerplate suggestions can be accepted all at once; judge the others one by one."
        )
    return [accept(article, reviewer, s) for s in pending(article, reviewer, tag)]
