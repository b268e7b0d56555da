"""Correct an article's text without losing anyone's work.

``correct_article`` stores the corrected text (canonicalised by the import pipeline), moves the passages
with their paragraphs, re-anchors every highlight (deleted ones too, so a restore lands in the right place)
by ``reanchoring``'s rules, flags those that cannot be placed as orphans for their owners, and records it
all in the audit trail, keeping the previous text. ``preview_correction`` does the same and rolls back.
"""

from collections import Counter
from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import F

from annotations.models import Annotation, ConsensusAnnotation
from annotations.reanchoring import ORPHANED, Anchor, context, reanchor
from newsdesk import audit
from newsdesk.importing import ingest
from newsdesk.models import Article
from newsdesk.textdiff import OffsetMap


@dataclass
class CorrectionReport:
    article: Article
    counts: Counter = field(default_factory=Counter)  # how -> number of highlights
    orphans: list[Annotation] = field(default_factory=list)
    moved: list[tuple[Annotation, str]] = field(default_factory=list)  # (highlight, old quote) whose words changed
    consensus_placed: int = 0
    consensus_removed: list[ConsensusAnnotation] = field(default_factory=list)

    @property
    def placed(self) -> int:
        return sum(n for how, n in self.counts.items() if how != "orphaned")


def corrected_canonical(article: Article, text: str) -> ingest.Canonical:
    canonical = ingest.from_text(text)
    if canonical.checksum == article.checksum:
        raise ingest.IngestError("the corrected text is the same as the current one")
    other = Article.objects.filter(checksum=canonical.checksum).exclude(pk=article.pk).first()
    if other:
        raise ingest.IngestError(f"this text is already stored as article {other.pk} ({other.title!r})")
    return canonical


def correct_article(article: Article, text: str, *, by) -> CorrectionReport:
    """Replace the article's text with ``text`` and re-anchor its highlights; all or nothing."""
    with transaction.atomic():
        article = Article.objects.select_for_update().get(pk=article.pk)
        canonical = corrected_canonical(article, text)
        old_text, old_checksum = article.text, article.checksum
        offsets = OffsetMap(old_text, canonical.text)
        article.replace_text(canonical, offsets)
        report = CorrectionReport(article=article)
        # Locked, so that each highlight's next version is the one after the version read here.
        annotations = list(
            Annotation.objects.select_for_update(of=("self",)).filter(article=article).select_related("reviewer")
            .order_by("pk")
        )
        # Parked as orphans while they move (the unique constraint leaves orphans out), so no two of a
        # reviewer's highlights meet on the same words and tag midway; each is saved with its final state.
        Annotation.objects.filter(article=article).live().update(orphaned=True)
        taken = set()
        for annotation in annotations:
            _reanchor_one(annotation, offsets, report, by, taken)
        _reanchor_consensus(article, offsets, report, by)
        audit.record(by, "change", article, changes={
            "text": {"previous_text": old_text, "previous_checksum": old_checksum,
                     "checksum": canonical.checksum, "length": [len(old_text), len(canonical.text)]},
            "highlights": dict(report.counts),
            "consensus": {"placed": report.consensus_placed, "removed": len(report.consensus_removed)},
        })
    return report


def preview_correction(article: Article, text: str, *, by) -> CorrectionReport:
    """What ``correct_article`` would do; nothing is saved."""
    with transaction.atomic():
        report = correct_article(article, text, by=by)
        report.orphans, report.moved = list(report.orphans), list(report.moved)
        transaction.set_rollback(True)
    return report


def _reanchor_one(annotation: Annotation, offsets: OffsetMap, report: CorrectionReport, by, taken: set) -> None:
    """Place one highlight on the new text; one that lands on the words and tag of another of the same
    reviewer's live highlights (``taken``) becomes an orphan rather than a duplicate."""
    old_quote = annotation.quote
    anchor = Anchor(annotation.start, annotation.end, old_quote, annotation.prefix, annotation.suffix)
    placement = reanchor(anchor, offsets)
    key = (annotation.reviewer_id, annotation.tag, placement.start, placement.end)
    live = not annotation.deleted_at
    if live and not placement.orphaned and key in taken:
        placement = ORPHANED
    elif live and not placement.orphaned:
        taken.add(key)
    report.counts[placement.how] += 1
    before = audit.snapshot(annotation)
    if placement.orphaned:
        annotation.orphaned = True
        if not annotation.deleted_at:
            report.orphans.append(annotation)
    else:
        annotation.start, annotation.end = placement.start, placement.end
        annotation.quote, annotation.prefix, annotation.suffix = context(offsets.new, placement.start, placement.end)
        annotation.orphaned = False
        if annotation.quote != old_quote and not annotation.deleted_at:
            report.moved.append((annotation, old_quote))
    changes = audit.diff(before, audit.snapshot(annotation))
    if changes:
        annotation.version += 1
        changes["version"] = [annotation.version - 1, annotation.version]
        annotation.save(update_fields=["start", "end", "quote", "prefix", "suffix", "orphaned", "updated", "version"])
        changes["reanchored"] = placement.how
        audit.record(by, "change", annotation, changes=changes)
    elif live and not annotation.orphaned:
        Annotation.objects.filter(pk=annotation.pk).update(orphaned=False)  # back from its parking


# Added to every consensus offset while they move, so no two rows meet on (article, tag, start, end) midway.
PARKING = 10_000_000


def _reanchor_consensus(article: Article, offsets: OffsetMap, report: CorrectionReport, by) -> None:
    """Move the adjudicated highlights too. One that cannot be placed (or lands on another's span) is
    removed with its snapshot in the audit trail, and the editor is told to adjudicate again."""
    rows = list(ConsensusAnnotation.objects.select_for_update().filter(article=article).order_by("pk"))
    if not rows:
        return
    ConsensusAnnotation.objects.filter(article=article).update(start=F("start") + PARKING, end=F("end") + PARKING)
    taken = set()
    for row in rows:
        before = audit.snapshot(row)
        placement = reanchor(Anchor(row.start, row.end, row.quote, row.prefix, row.suffix), offsets)
        if placement.orphaned or (row.tag, placement.start, placement.end) in taken:
            audit.record(by, "delete", row, changes={"snapshot": before, "reanchored": "orphaned"})
            report.consensus_removed.append(row)
            ConsensusAnnotation.objects.filter(pk=row.pk).delete()
            continue
        taken.add((row.tag, placement.start, placement.end))
        row.start, row.end = placement.start, placement.end
        row.quote, row.prefix, row.suffix = context(offsets.new, placement.start, placement.end)
        changes = audit.diff(before, audit.snapshot(row))
        if changes:
            row.version += 1
            changes["version"] = [row.version - 1, row.version]
        row.save(update_fields=["start", "end", "quote", "prefix", "suffix", "version"])  # back from its parking
        report.consensus_placed += 1
        if changes:
            changes["reanchored"] = placement.how
            audit.record(by, "change", row, changes=changes)
