"""Who reviews what: assigning reviewers to articles, their queues, marking done, and a story's progress.

Assigning a story assigns each article it holds at that moment; assigning it again picks up articles
imported since, and never duplicates a reviewer's assignment for an article.
"""

from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone

from newsdesk import audit
from newsdesk.roles import EDITOR, REVIEWER

from .models import Assignment


def audit_record(user, action: str, assignment) -> None:
    """Hook for the audit trail: every create, change and delete of an assignment passes through here."""
    audit.record(user, action, assignment)


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
                audit_record(by, "create", assignment)
    return created


@transaction.atomic
def unassign(assignment, *, by) -> None:
    audit_record(by, "delete", assignment)
    assignment.delete()


def mark_done(assignment, *, by) -> bool:
    """Mark the reviewer's work on the article finished; return False if it already was."""
    if assignment.done_at:
        return False
    assignment.done_at = timezone.now()
    assignment.save(update_fields=["done_at"])
    audit_record(by, "change", assignment)
    return True


def reopen(assignment, *, by) -> bool:
    """Let the reviewer work on the article again; return False if it was not done."""
    if not assignment.done_at:
        return False
    assignment.done_at = None
    assignment.save(update_fields=["done_at"])
    audit_record(by, "change", assignment)
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
