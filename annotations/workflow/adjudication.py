"""Adjudication: lining reviewers' highlights up span by span, and settling them into the consensus layer.

Highlights that overlap form one span group. Within a group, highlights with the same start, end and tag
are one *candidate*, proposed by one or more reviewers. A candidate every reviewer of the article (at least
two) proposed is an *agreement*, and stands as a group of its own even when other highlights overlap it;
what else overlaps is a *disagreement*. Agreements are listed first so the editor can accept them quickly,
then disagreements, each in reading order.

The reviewers of an article are those who highlighted it, and those assigned to it who marked it done: an
assigned reviewer who has highlighted nothing yet is not counted against an agreement until then.

An editor accepts a candidate as it is, edits it (tag, span, note, source) or rejects it. Accepted and
edited candidates become ``ConsensusAnnotation`` rows that remember the highlights they came from;
rejections are recorded on the highlights. Reviewers' own highlights are never changed.

The page's forms say which version of each highlight the editor saw (``seen``). A decision on a highlight
its owner has changed or deleted since, or that another editor has decided meanwhile, is refused with a
``DecisionConflict`` naming who did what, rather than settled on words the editor never saw.
"""

from dataclasses import dataclass, field

from django.db import transaction
from django.utils import formats, timezone

from annotations.anchoring import anchor, fits, place_in_words
from annotations.models import (
    NOTE_MAX_LENGTH,
    Annotation,
    Assignment,
    ConsensusAnnotation,
    RejectedHighlight,
)
from annotations.tags import TAG_BY_KEY
from annotations.workflow import conflicts
from newsdesk import audit
from newsdesk.importing.scripts import trimmed
from newsdesk.input_checks import parse_offset, text_problem

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
    overlaps_agreement: bool = False  # a disagreement beside an agreement on the same words
    place: str = ""  # where it is, in words (``anchoring.place_in_words``); set for pages

    @property
    def settled(self) -> bool:
        return all(c.state != PENDING for c in self.candidates)


def _clusters(items) -> list[list]:
    """Items (with ``start`` and ``end``) in runs that overlap one another, in reading order."""
    clusters: list[list] = []
    cluster_end = -1
    for item in sorted(items, key=lambda i: (i.start, i.end)):
        if clusters and item.start < cluster_end:
            clusters[-1].append(item)
            cluster_end = max(cluster_end, item.end)
        else:
            clusters.append([item])
            cluster_end = item.end
    return clusters


def _ranked(candidates) -> list[Candidate]:
    return sorted(candidates, key=lambda c: (-len(c.reviewer_ids), c.start, c.end, c.tag))


def align(highlights, reviewer_count: int) -> list[SpanGroup]:
    """Group overlapping highlights into span groups: agreements first, then disagreements, by position.

    ``highlights`` need ``start``, ``end``, ``tag`` and ``reviewer_id``; ``reviewer_count`` is how many
    reviewers the article has (see :func:`counted_reviewer_ids`).
    """
    ordered = sorted(highlights, key=lambda h: (h.start, h.end, h.tag, getattr(h, "pk", 0) or 0))
    groups = []
    for cluster in _clusters(ordered):
        candidates: dict[tuple, Candidate] = {}
        for highlight in cluster:
            key = (highlight.start, highlight.end, highlight.tag)
            candidates.setdefault(key, Candidate(*key)).highlights.append(highlight)
        agreed = [c for c in candidates.values() if reviewer_count >= 2 and len(c.reviewer_ids) >= reviewer_count]
        for candidate in agreed:
            groups.append(SpanGroup(candidate.start, candidate.end, [candidate], True))
        rest = [c for c in candidates.values() if c not in agreed]
        for part in _clusters(rest):  # what is left may no longer overlap once an agreement is taken out
            groups.append(SpanGroup(min(c.start for c in part), max(c.end for c in part), _ranked(part), False,
                                    overlaps_agreement=bool(agreed)))
    groups.sort(key=lambda g: (not g.agreed, g.start, g.end, g.candidates[0].tag))
    return groups


def counted_reviewer_ids(article, highlights) -> set:
    """Who counts for agreement: every reviewer who highlighted the article, and the assigned reviewers who
    marked it done (having found nothing to highlight is then their answer)."""
    done = Assignment.objects.filter(article=article).done().values_list("reviewer_id", flat=True)
    return set(done) | {h.reviewer_id for h in highlights}


def waiting_reviewers(article) -> list[str]:
    """Usernames of reviewers assigned to the article who have neither highlighted it nor marked it done:
    not counted for agreement yet."""
    from annotations.models import Annotation

    highlighted = Annotation.objects.live().filter(article=article).values("reviewer_id")
    return list(
        Assignment.objects.filter(article=article, done_at__isnull=True).exclude(reviewer_id__in=highlighted)
        .order_by("reviewer__username").values_list("reviewer__username", flat=True)
    )


def adjudication_for(article) -> tuple[list[SpanGroup], int]:
    """The article's span groups with each highlight's decision; and how many reviewers it has."""
    from annotations.models import Annotation

    highlights = list(
        Annotation.objects.live()
        .filter(article=article, orphaned=False)
        .select_related("reviewer", "rejection")
        .prefetch_related("consensus_annotations")
    )
    for highlight in highlights:
        highlight.accepted = bool(highlight.consensus_annotations.all())
        highlight.rejected = hasattr(highlight, "rejection")
    reviewer_count = len(counted_reviewer_ids(article, highlights))
    groups = align(highlights, reviewer_count)
    passages = paragraphs(article)
    for group in groups:
        group.place = place_in_words(article.text, passages, group.start, group.end)
    return groups, reviewer_count


def paragraphs(article) -> list:
    """The article's passages in reading order, as :func:`annotations.anchoring.place_in_words` counts them."""
    return list(article.passages.order_by("index").only("start", "end"))


class DecisionError(ValueError):
    """A consensus decision that cannot be stored, with a message for the editor."""

    def __init__(self, errors: dict[str, str]):
        super().__init__("; ".join(errors.values()))
        self.errors = errors


class DecisionConflict(Exception):
    """The highlights changed, or were decided by someone else, since the editor's page showed them."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def check_seen(seen: dict[int, int] | None) -> None:
    """Refuse a decision made on old copies: ``seen`` maps highlight ids to the versions the page showed.

    The highlights are locked until the decision commits, so their owners' changes wait for it (and then
    apply to a highlight already decided, as they would a moment later).
    """
    if not seen:
        return
    rows = (
        Annotation.objects.select_for_update(of=("self",)).filter(pk__in=list(seen)).select_related("reviewer")
        .order_by("pk")
    )
    for highlight in rows:
        owner = f"{highlight.reviewer.get_username()}’s highlight"
        if highlight.version != seen[highlight.pk]:
            raise DecisionConflict(conflicts.describe(highlight, seen[highlight.pk], subject=owner).message)
        decided = decision_on(highlight)
        if decided:
            raise DecisionConflict(
                f"{owner} “{conflicts.short_quote(highlight.quote)}” was already {decided}. {conflicts.RELOAD}"
            )


def decision_on(highlight) -> str:
    """How the highlight was decided, in words, or "" while it waits."""
    consensus = highlight.consensus_annotations.select_related("decided_by").order_by("-decided_at").first()
    if consensus:
        return f"accepted into the consensus by {consensus.decided_by.get_username()} at {_when(consensus.decided_at)}"
    rejection = RejectedHighlight.objects.filter(annotation=highlight).select_related("decided_by").first()
    if rejection:
        return f"rejected by {rejection.decided_by.get_username()} at {_when(rejection.decided_at)}"
    return ""


def _when(at) -> str:
    return formats.date_format(timezone.localtime(at), "j M Y, H:i:s")


def check_span(text: str, start, end) -> dict[str, str]:
    errors = {}
    start, end = parse_offset(start), parse_offset(end)
    if start is None or end is None:
        return {"start": "Start and end must be whole numbers."}
    if not fits(text, start, end):
        errors["start"] = f"The span must satisfy 0 ≤ start < end ≤ {len(text)}."
    elif not trimmed(text[start:end]):
        errors["start"] = "The span covers only white space."  # as a reviewer's highlight would be refused
    return errors


@transaction.atomic
def accept(article, highlights, *, tag, start, end, note="", source="", by, seen=None) -> ConsensusAnnotation:
    """Put a span into the consensus (as proposed, or edited); merge with an identical consensus span.

    ``seen``: the versions of the highlights the editor's page showed (see ``check_seen``).
    """
    check_seen(seen)
    errors = check_span(article.text, start, end)
    if tag not in TAG_BY_KEY:
        errors["tag"] = "Choose one of the four tags."
    if len(note) > NOTE_MAX_LENGTH:
        errors["note"] = f"The note is longer than {NOTE_MAX_LENGTH} characters."
    if len(source) > 200:
        errors["source"] = "The source is longer than 200 characters."
    for name, value in (("note", note), ("source", source)):
        if problem := text_problem(value):
            errors[name] = f"The {name} {problem}."
    if not highlights:
        # The consensus records which reviewers' highlights each span comes from: never from none.
        errors["annotations"] = "Choose the reviewers' highlights to accept: none of this article's was chosen."
    elif any(h.article_id != article.pk for h in highlights):
        errors["annotations"] = "Those highlights belong to another article."
    if errors:
        raise DecisionError(errors)
    start, end = parse_offset(start), parse_offset(end)
    consensus, created = ConsensusAnnotation.objects.select_for_update().get_or_create(
        article=article, tag=tag, start=start, end=end,
        defaults={
            **anchor(article.text, start, end).fields(),
            "note": note.strip(),
            "source": source.strip(),
            "decided_by": by,
        },
    )
    if created:
        audit.record(by, "create", consensus)
    elif note.strip() or source.strip():
        before = audit.snapshot(consensus)
        consensus.note = note.strip() or consensus.note
        consensus.source = source.strip() or consensus.source
        consensus.decided_by, consensus.decided_at = by, timezone.now()
        consensus.save_version(["note", "source", "decided_by", "decided_at"])  # locked above: it is written
        audit.record(by, "change", consensus, before=before)
    consensus.from_annotations.add(*highlights)
    RejectedHighlight.objects.filter(annotation__in=highlights).delete()
    return consensus


@transaction.atomic
def accept_agreements(article, *, by) -> int:
    """Accept every span all reviewers agree on that is not decided yet, all or none; return how many."""
    groups, _ = adjudication_for(article)
    accepted = 0
    for group in groups:
        candidate = group.candidates[0]
        if group.agreed and candidate.state == PENDING:
            accept(article, candidate.highlights, tag=candidate.tag, start=candidate.start, end=candidate.end, by=by)
            accepted += 1
    return accepted


@transaction.atomic
def reject(highlights, *, by, seen=None) -> int:
    """Leave these highlights out of the consensus; return how many were newly rejected."""
    check_seen(seen)
    count = 0
    for highlight in highlights:
        _, created = RejectedHighlight.objects.get_or_create(annotation=highlight, defaults={"decided_by": by})
        count += created
    return count


@transaction.atomic
def reopen(article, highlights, *, by=None) -> None:
    """Undo decisions on these highlights: forget rejections, drop consensus spans made only from them."""
    RejectedHighlight.objects.filter(annotation__in=highlights).delete()
    for consensus in ConsensusAnnotation.objects.filter(article=article, from_annotations__in=highlights).distinct():
        consensus.from_annotations.remove(*highlights)
        if not consensus.from_annotations.exists():
            audit.record(by, "delete", consensus)
            consensus.delete()


CONSENSUS_SUBJECT = "This consensus highlight"


@transaction.atomic
def remove(consensus, *, by, seen=None) -> None:
    """Take a span out of the consensus. ``seen``: the version the editor's page showed; when another editor
    has changed or removed it since, ``DecisionConflict`` says so and nothing happens."""
    current = ConsensusAnnotation.objects.select_for_update().filter(pk=consensus.pk).first()
    if current is None:
        if seen is None:
            return
        raise removed_conflict(consensus.pk)
    if seen is not None and current.version != seen:
        raise DecisionConflict(conflicts.describe(current, seen, subject=CONSENSUS_SUBJECT).message)
    audit.record(by, "delete", current)
    current.delete()


def removal_of(pk):
    """The audit event of a consensus highlight's removal (it names the article), or None."""
    return audit.history(ConsensusAnnotation(pk=pk)).filter(action="delete").select_related("article").first()


def removed_conflict(pk) -> DecisionConflict:
    label = ConsensusAnnotation._meta.label_lower
    return DecisionConflict(conflicts.describe_removed(label, pk, subject=CONSENSUS_SUBJECT).message)
