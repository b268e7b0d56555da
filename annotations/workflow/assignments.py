"""Who reviews what: assigning reviewers to articles, their queues, marking done, and a story's progress.

Assigning a story assigns each article it holds at that moment; assigning it again picks up articles
imported since, and never duplicates a reviewer's assignment for an article.
"""

from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone

from annotations.models import Assignment
from newsdesk import audit
from newsdesk.roles import EDITOR, REVIEWER, is_editor


def assignable_reviewers():
    """Active users who may annotate: members of the reviewer or editor role."""
    return (
        get_user_model()
        .objects.filter(is_active=True)
        .filter(Q(groups__name__in=(REVIEWER, EDITOR)) | Q(is_superuser=True))
        .distinct()
        .order_by("username")
    )


@transaction.atomic
def assign(reviewers, articles, *, by, story=None) -> int:
    """Assign every reviewer to every article; return how many assignments are new."""
    created = 0
    for reviewer in reviewers:
        for article in articles:
            assignment, is_new = Assignment.objects.get_or_create(
                reviewer=reviewer, article=article, defaults={"assigned_by": by, "story": story}
            )
            if is_new:
                created += 1
                audit.record(by, "create", assignment)
    return created


@transaction.atomic
def unassign(assignment, *, by) -> None:
    audit.record(by, "delete", assignment)
    assignment.delete()


@transaction.atomic
def mark_done(assignment, *, by) -> bool:
    """Mark the reviewer's work on the article finished; return False if it already was."""
    if assignment.done_at:
        return False
    before = audit.snapshot(assignment)
    assignment.done_at = timezone.now()
    assignment.save(update_fields=["done_at"])
    audit.record(by, "change", assignment, before=before)
    return True


@transaction.atomic
def reopen(assignment, *, by) -> bool:
    """Let the reviewer work on the article again; return False if it was not done."""
    if not assignment.done_at:
        return False
    before = audit.snapshot(assignment)
    assignment.done_at = None
    assignment.save(update_fields=["done_at"])
    audit.record(by, "change", assignment, before=before)
    return True


def queue_for(user):
    """The user's assignments, open ones first, with the state each is in."""
    return (
        Assignment.objects.filter(reviewer=user)
        .with_progress()
        .select_related("article__outlet", "article__story")
        .order_by(F("done_at").asc(nulls_first=True), "article__story__title", "article_id")
    )


@dataclass
class ProgressRow:
    reviewer: object
    cells: list  # one Assignment or None per article, in the column order
    done: int
    assigned: int


def progress_table(articles) -> list[ProgressRow]:
    """One row per reviewer assigned anything in the story; one cell per article (None if not assigned)."""
    articles_by_id = {article.pk: article for article in articles}
    assignments = list(
        Assignment.objects.filter(article__in=articles).with_progress().select_related("reviewer")
    )
    by_reviewer: dict[int, dict[int, Assignment]] = {}
    reviewers = {}
    for assignment in assignments:
        reviewers[assignment.reviewer_id] = assignment.reviewer
        by_reviewer.setdefault(assignment.reviewer_id, {})[assignment.article_id] = assignment
    rows = []
    for assignment in assignments:
        assignment.article = articles_by_id[assignment.article_id]
    for reviewer in sorted(reviewers.values(), key=lambda u: u.get_username().lower()):
        cells = [by_reviewer[reviewer.pk].get(article.pk) for article in articles]
        present = [c for c in cells if c]
        rows.append(ProgressRow(reviewer, cells, sum(1 for c in present if c.done_at), len(present)))
    return rows


@dataclass
class ReviewStatus:
    """What the reader tells a user about their own review of an article."""

    assignment: Assignment | None
    others_hidden: bool


def review_status(user, article) -> ReviewStatus:
    """The user's assignment on the article (if any), and whether blind annotation hides others' highlights."""
    assignment = (
        Assignment.objects.filter(reviewer=user, article=article).with_progress().first()
        if user.is_authenticated else None
    )
    blind = article.story is None or article.story.blind_annotation
    others_hidden = blind and not is_editor(user) and not (assignment and assignment.done_at)
    return ReviewStatus(assignment, others_hidden)
