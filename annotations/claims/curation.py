"""Editors' curation of claims: rename, link a mention to another claim, unlink it, split, merge.

Policy: every change marks the claims it touches as curated, so re-runs keep them as they are; each change
goes in the audit trail (one event per claim or mention changed, inside the change's transaction); which
mentions of a claim differ is worked out again from their words after every change. A claim left without
mentions is deleted. A change that moves mentions between claims works out again which articles state each of the
story's claims in another claim's row (``elsewhere``).
"""

from __future__ import annotations

from django.db import transaction

from annotations.claims.elsewhere import record_stated_elsewhere
from annotations.claims.finding import Mention
from annotations.claims.linking import differing, label_for
from annotations.claims.models import Claim, ClaimMention
from annotations.claims.normalise import details, story_language
from newsdesk import audit
from newsdesk.input_checks import text_problem

LABEL_MAX = Claim._meta.get_field("label").max_length


class CurationError(ValueError):
    """The change cannot be made; the message says why, for the editor."""


def _mark(claim: Claim, actor, before=None) -> None:
    before = before if before is not None else audit.snapshot(claim)
    claim.curated = True
    claim.save()
    audit.record(actor, "change", claim, before=before)


def refresh_differs(claim: Claim) -> None:
    mentions = list(claim.mentions.order_by("article_id", "start"))
    # read as the claims were found: in their language ("1,2" is 1.2 in French, 1200 in English)
    language = story_language([m.quote for m in mentions]) if mentions else None
    flags = differing([Mention(m.article_id, m.start, m.end, m.quote, details(m.quote, language), 0)
                       for m in mentions])
    if len(mentions) < 2:
        flags = [False] * len(mentions)
    for mention, flag in zip(mentions, flags, strict=True):
        if mention.differs != flag:
            mention.differs = flag
            mention.save(update_fields=["differs"])


def _drop_if_empty(claim: Claim, actor) -> bool:
    if claim.mentions.exists():
        return False
    audit.record(actor, "delete", claim)
    claim.delete()
    return True


def clean_label(label: str) -> str:
    """The editor's label with its white space folded; ``CurationError`` when it cannot be stored as given (an
    empty one is the caller's to judge)."""
    label = " ".join(label.split())
    if problem := text_problem(label):
        raise CurationError(f"A claim's label {problem}.")
    if len(label) > LABEL_MAX:
        raise CurationError(f"A claim's label has at most {LABEL_MAX} characters.")
    return label


def rename(claim: Claim, label: str, actor) -> str:
    label = clean_label(label)
    if not label:
        raise CurationError("Give the claim a label.")
    with transaction.atomic():
        before = audit.snapshot(claim)
        claim.label = label
        _mark(claim, actor, before)
    return f"Claim renamed to “{label}”."


def _move(mention: ClaimMention, claim: Claim, actor) -> None:
    before = audit.snapshot(mention)
    mention.claim = claim
    mention.reason = "linked by an editor"
    mention.save(update_fields=["claim", "reason"])
    audit.record(actor, "change", mention, before=before)


def link(mention: ClaimMention, claim: Claim, actor) -> str:
    if mention.claim_id == claim.pk:
        raise CurationError("This mention is already part of that claim.")
    if claim.story_id != mention.claim.story_id:
        raise CurationError("A mention can only join a claim of its own story.")
    with transaction.atomic():
        source = Claim.objects.select_for_update().get(pk=mention.claim_id)
        _move(mention, claim, actor)
        _mark(claim, actor)
        if not _drop_if_empty(source, actor):
            _mark(source, actor)
            refresh_differs(source)
        refresh_differs(claim)
        record_stated_elsewhere(claim.story_id)
    return f"Mention linked to “{claim.label}”."


def unlink(mention: ClaimMention, actor) -> str:
    source = mention.claim
    if source.mentions.count() < 2:
        raise CurationError("This mention is the claim's only one; there is nothing to unlink it from.")
    with transaction.atomic():
        alone = Claim.objects.create(story_id=source.story_id, label=label_for(mention.quote)[:LABEL_MAX],
                                     curated=True)
        audit.record(actor, "create", alone)
        _move(mention, alone, actor)
        mention.reason = ""
        mention.save(update_fields=["reason"])
        _mark(source, actor)
        refresh_differs(source)
        refresh_differs(alone)
        record_stated_elsewhere(source.story_id)
    return "Mention unlinked: it is now a claim of its own."


def split(claim: Claim, mention_ids: list[int], label: str, actor) -> str:
    chosen = list(claim.mentions.filter(pk__in=mention_ids))
    if not chosen:
        raise CurationError("Choose the mentions to split off.")
    if len(chosen) == claim.mentions.count():
        raise CurationError("Leave at least one mention in the claim; choose fewer to split off.")
    label = clean_label(label) or label_for(chosen[0].quote)[:LABEL_MAX]
    with transaction.atomic():
        new = Claim.objects.create(story_id=claim.story_id, label=label, curated=True)
        audit.record(actor, "create", new)
        for mention in chosen:
            _move(mention, new, actor)
        _mark(claim, actor)
        refresh_differs(claim)
        refresh_differs(new)
        record_stated_elsewhere(claim.story_id)
    return f"{len(chosen)} mention{'s' if len(chosen) != 1 else ''} split off into “{new.label}”."


def merge(claim: Claim, into: Claim, actor) -> str:
    if claim.pk == into.pk:
        raise CurationError("Choose another claim to merge into.")
    if claim.story_id != into.story_id:
        raise CurationError("Only claims of one story can be merged.")
    with transaction.atomic():
        for mention in list(claim.mentions.all()):
            _move(mention, into, actor)
        _mark(into, actor)
        _drop_if_empty(claim, actor)
        refresh_differs(into)
        record_stated_elsewhere(into.story_id)
    return f"Claims merged into “{into.label}”."
