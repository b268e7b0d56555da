"""Writing a story's claims: run the finder and linker over its articles and store what they found.

Page furniture (menus, captions, appeals) holds no claims. Runs when a story's articles change (an article
imported into it, filed into it, or corrected: see ``hooks``), when an editor asks for a re-run, and from
``manage.py find_claims``; never while a page is shown. Policy for curated claims: they keep every mention
an editor gave them; a found mention that overlaps one of their mentions is left out, so a re-run never
undoes an editor's link, unlink, split or merge. A found mention the linker puts with a curated claim's
mentions (a new article stating the claim, say) joins that claim, by similarity as any link is made: of
several curated claims among its linked mentions, the one holding most of them. Each such join goes in the
audit trail, and the claim's differing details are worked out again. After a correction a curated mention
whose words moved is found again by its quote (the nearest occurrence); one whose words are gone is dropped,
and a curated claim left without mentions goes too. Last, which articles state each claim in another claim's row
is worked out again for the whole story (``elsewhere``), for the matrix to read.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from django.db import transaction

from annotations.claims.curation import refresh_differs
from annotations.claims.elsewhere import record_stated_elsewhere
from annotations.claims.linking import link_articles
from annotations.claims.models import Claim, ClaimMention
from newsdesk import audit
from newsdesk.models import Article, Passage, Story

REASON_MAX = ClaimMention._meta.get_field("reason").max_length
LABEL_MAX = Claim._meta.get_field("label").max_length


@dataclass
class ClaimRun:
    claims: int
    mentions: int
    kept_curated: int
    joined_curated: int = 0  # found mentions that joined a curated claim


def _furniture_spans(story, texts: dict[int, str]) -> dict[int, list[tuple[int, int]]]:
    """Page furniture per article: the alignment's furniture band, or for a passage not placed yet (an import
    commits before the story is aligned) the furniture the alignment would set apart, by its shape rules and its
    line rules alike (``clustering.split_furniture``, ``set_lines_apart``: a subscription offer the line rules know
    is no claim)."""
    from newsdesk.alignment.clustering import PassageText, set_lines_apart, split_furniture

    spans: dict[int, list[tuple[int, int]]] = {}
    rows = list(Passage.objects.filter(article__story=story).values_list(
        "pk", "article_id", "index", "start", "end", "placement__pk", "placement__topic_id"))
    unplaced_furniture: set[int] = set()
    if any(placement is None for *_, placement, _topic in rows):
        passages = [PassageText(key=pk, article=article_id, index=index, text=texts.get(article_id, "")[start:end])
                    for pk, article_id, index, start, end, _placement, _topic in rows]
        content, furniture, reasons = split_furniture(passages, {})
        set_lines_apart(content, {}, furniture, reasons)
        unplaced_furniture = set(furniture)
    for pk, article_id, _index, start, end, placement, topic_id in rows:
        if (topic_id is None) if placement is not None else (pk in unplaced_furniture):
            spans.setdefault(article_id, []).append((start, end))
    return spans


def _overlaps(spans, start, end) -> bool:
    return any(s < end and start < e for s, e, *_ in spans)


def _holders(spans, start, end) -> list[int]:
    """The curated claims holding a span that overlaps [start, end)."""
    return [claim_id for s, e, claim_id in spans if s < end and start < e]


def _refresh_curated(story, texts: dict[int, str]) -> dict[int, list[tuple[int, int, int]]]:
    """Keep curated mentions on their words after corrections; the spans they hold, per article, with the
    claim holding each."""
    held: dict[int, list[tuple[int, int, int]]] = {}
    for mention in ClaimMention.objects.filter(claim__story=story, claim__curated=True).order_by("pk"):
        text = texts.get(mention.article_id)
        if text is None:
            mention.delete()
            continue
        if text[mention.start:mention.end] != mention.quote:
            places = [i for i in range(len(text)) if text.startswith(mention.quote, i)] if mention.quote else []
            if not places:
                mention.delete()
                continue
            mention.start = min(places, key=lambda i: abs(i - mention.start))
            mention.end = mention.start + len(mention.quote)
            mention.save(update_fields=["start", "end"])
        held.setdefault(mention.article_id, []).append((mention.start, mention.end, mention.claim_id))
    Claim.objects.filter(story=story, curated=True, mentions__isnull=True).delete()
    return held


def find_claims(story: Story) -> ClaimRun:
    """Find and link the claims of one story, replacing the claims no editor has curated."""
    with transaction.atomic():
        story = Story.objects.select_for_update().get(pk=story.pk)
        texts = dict(Article.objects.filter(story=story).order_by("pk").values_list("pk", "text"))
        held = _refresh_curated(story, texts)
        Claim.objects.filter(story=story, curated=False).delete()
        furniture = _furniture_spans(story, texts)
        found = link_articles(texts.items(), exclude=furniture)
        created_claims, rows, joined = 0, [], {}
        for found_claim in found:
            kept = [
                (m, differs, reason)
                for m, differs, reason in zip(found_claim.mentions, found_claim.differs, found_claim.reasons,
                                              strict=True)
                if not _overlaps(held.get(m.article, ()), m.start, m.end)
            ]
            if not kept:
                continue
            holders = Counter(claim_id for m in found_claim.mentions
                              for claim_id in set(_holders(held.get(m.article, ()), m.start, m.end)))
            if holders:
                # most of the curated mentions it was linked with; of equals, the older claim
                target = min(holders, key=lambda claim_id: (-holders[claim_id], claim_id))
                joined.setdefault(target, []).extend((m, reason) for m, _differs, reason in kept)
                continue
            claim = Claim.objects.create(story=story, label=found_claim.label[:LABEL_MAX])
            created_claims += 1
            alone = len(kept) == 1
            for m, differs, reason in kept:
                rows.append(ClaimMention(
                    claim=claim, article_id=m.article, start=m.start, end=m.end, quote=m.text,
                    differs=differs and not alone, reason="" if alone else reason[:REASON_MAX],
                ))
        ClaimMention.objects.bulk_create(rows, batch_size=500)
        joined_count = 0
        for claim in Claim.objects.filter(pk__in=joined):
            for m, reason in joined[claim.pk]:
                mention = ClaimMention.objects.create(
                    claim=claim, article_id=m.article, start=m.start, end=m.end, quote=m.text,
                    reason=reason[:REASON_MAX] or "linked by similarity")
                audit.record(None, "create", mention, article=m.article)
                joined_count += 1
            refresh_differs(claim)
        record_stated_elsewhere(story.pk)
        kept_curated = Claim.objects.filter(story=story, curated=True).count()
    return ClaimRun(claims=created_claims + kept_curated, mentions=len(rows) + joined_count,
                    kept_curated=kept_curated, joined_curated=joined_count)
