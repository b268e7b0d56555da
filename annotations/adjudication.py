"""Adjudication: lining reviewers' highlights up span by span, and settling them into the consensus layer.

Highlights that overlap form one span group. Within a group, highlights with the same start, end and tag
are one *candidate*, proposed by one or more reviewers. A group is an *agreement* when every reviewer of
the article (at least two) proposed the same single candidate; anything else is a disagreement. Agreements
are listed first so the editor can accept them quickly, then disagreements, each in reading order.

An editor accepts a candidate as it is, edits it (tag, span, note, source) or rejects it. Accepted and
edited candidates become ``ConsensusAnnotation`` rows that remember the highlights they came from;
rejections are recorded on the highlights. Reviewers' own highlights are never changed.
"""

from dataclasses import dataclass, field

from django.db import transaction

from .models import CONTEXT_LENGTH, NOTE_MAX_LENGTH, Assignment, ConsensusAnnotation, RejectedHighlight
from .tags import TAG_BY_KEY

PENDING, ACCEPTED, REJECTED = "pending", "accepted", "rejected"


@dataclass
class Candidate:
    start: int
    end: int
    tag: str
    highlights: list = field(default_factory=list)

    @property
    def reviewer_ids(self) -> set:
        return {h.reviewer_id for h in self.highlights}

    @property
    def ids(self) -> list[int]:
        return [h.pk for h in self.highlights]

    @property
    def quote(self) -> str:
        return self.highlights[0].quote if self.highlights else ""

    @property
    def tag_label(self) -> str:
        return TAG_BY_KEY[self.tag].label

    @property
    def state(self) -> str:
        if any(getattr(h, "accepted", False) for h in self.highlights):
            return ACCEPTED
        if self.highlights and all(getattr(h, "rejected", False) for h in self.highlights):
            return REJECTED
        return PENDING


@dataclass
class SpanGroup:
    start: int
    end: int
    candidates: list[Candidate]
    agreed: bool

    @property
    def settled(self) -> bool:
        return all(c.state != PENDING for c in self.candidates)


def align(highlights, reviewer_count: int) -> list[SpanGroup]:
    """Group overlapping highlights into span groups: agreements first, then disagreements, by position.

    ``highlights`` need ``start``, ``end``, ``tag`` and ``reviewer_id``; ``reviewer_count`` is how many
    reviewers the article has (those who highlighted it or are assigned to it).
    """
    ordered = sorted(highlights, key=lambda h: (h.start, h.end, h.tag, getattr(h, "pk", 0) or 0))
    clusters: list[list] = []
    cluster_end = -1
    for highlight in ordered:
        if clusters and highlight.start < cluster_end:
            clusters[-1].append(highlight)
            cluster_end = max(cluster_end, highlight.end)
        else:
            clusters.append([highlight])
            cluster_end = highlight.end
    groups = []
    for cluster in clusters:
        candidates: dict[tuple, Candidate] = {}
        for highlight in cluster:
            key = (highlight.start, highlight.end, highlight.tag)
            candidates.setdefault(key, Candidate(*key)).highlights.append(highlight)
        listed = sorted(candidates.values(), key=lambda c: (-len(c.reviewer_ids), c.start, c.end, c.tag))
        agreed = reviewer_count >= 2 and len(listed) == 1 and len(listed[0].reviewer_ids) >= reviewer_count
        groups.append(
            SpanGroup(min(h.start for h in cluster), max(h.end for h in cluster), listed, agreed)
        )
    groups.sort(key=lambda g: (not g.agreed, g.start, g.end))
    return groups


def article_reviewer_ids(article, highlights) -> set:
    assigned = set(Assignment.objects.filter(article=article).values_list("reviewer_id", flat=True))
    return assigned | {h.reviewer_id for h in highlights}


def adjudication_for(article) -> tuple[list[SpanGroup], int]:
    """The article's span groups with each highlight's decision; and how many reviewers it has."""
    from .models import Annotation

    highlights = list(
        Annotation.objects.live()
        .filter(article=article, orphaned=False)
        .select_related("reviewer", "rejection")
        .prefetch_related("consensus_annotations")
    )
    for highlight in highlights:
        highlight.accepted = bool(highlight.consensus_annotations.all())
        highlight.rejected = hasattr(highlight, "rejection")
    reviewer_count = len(article_reviewer_ids(article, highlights))
    return align(highlights, reviewer_count), reviewer_count


class DecisionError(ValueError):
    """A consensus decision that cannot be stored, with a message for the editor."""

    def __init__(self, errors: dict[str, str]):
        super().__init__("; ".join(errors.values()))
        self.errors = errors


def check_span(text: str, start, end) -> dict[str, str]:
    errors = {}
    try:
        start, end = int(start), int(end)
    except (TypeError, ValueError):
        return {"start": "Start and end must be whole numbers."}
    if not 0 <= start < end <= len(text):
        errors["start"] = f"The span must satisfy 0 ≤ start < end ≤ {len(text)}."
    return errors


@transaction.atomic
def accept(article, highlights, *, tag, start, end, note="", source="", by) -> ConsensusAnnotation:
    """Put a span into the consensus (as proposed, or edited); merge with an identical consensus span."""
    errors = check_span(article.text, start, end)
    if tag not in TAG_BY_KEY:
        errors["tag"] = "Choose one of the four tags."
    if len(note) > NOTE_MAX_LENGTH:
        errors["note"] = f"The note is longer than {NOTE_MAX_LENGTH} characters."
    if len(source) > 200:
        errors["source"] = "The source is longer than 200 characters."
    for name, value in (("note", note), ("source", source)):
        if "\x00" in value:
            errors[name] = f"The {name} holds a NUL character."
    if any(h.article_id != article.pk for h in highlights):
        errors["annotations"] = "Those highlights belong to another article."
    if errors:
        raise DecisionError(errors)
    start, end = int(start), int(end)
    consensus, created = ConsensusAnnotation.objects.get_or_create(
        article=article, tag=tag, start=start, end=end,
        defaults={
            "quote": article.text[start:end],
            "prefix": article.text[max(0, start - CONTEXT_LENGTH) : start],
            "suffix": article.text[end : end + CONTEXT_LENGTH],
            "note": note.strip(),
            "source": source.strip(),
            "decided_by": by,
        },
    )
    if not created and (note.strip() or source.strip()):
        consensus.note = note.strip() or consensus.note
        consensus.source = source.strip() or consensus.source
        consensus.decided_by = by
        consensus.save(update_fields=["note", "source", "decided_by"])
    consensus.from_annotations.add(*highlights)
    RejectedHighlight.objects.filter(annotation__in=highlights).delete()
    return consensus


@transaction.atomic
def reject(highlights, *, by) -> int:
    """Leave these highlights out of the consensus; return how many were newly rejected."""
    count = 0
    for highlight in highlights:
        _, created = RejectedHighlight.objects.get_or_create(annotation=highlight, defaults={"decided_by": by})
        count += created
    return count


@transaction.atomic
def reopen(article, highlights) -> None:
    """Undo decisions on these highlights: forget rejections, drop consensus spans made only from them."""
    RejectedHighlight.objects.filter(annotation__in=highlights).delete()
    for consensus in ConsensusAnnotation.objects.filter(article=article, from_annotations__in=highlights).distinct():
        consensus.from_annotations.remove(*highlights)
        if not consensus.from_annotations.exists():
            consensus.delete()
