"""Reviewers' highlights: a tag on a span of an article's text, counted in code points.

An annotation keeps its quote and 32 code points of context on each side (as the W3C Web Annotation
TextQuoteSelector does), so it can be re-anchored when an article's text is corrected.
"""

from django.conf import settings
from django.db import models, transaction
from django.db.models import F, Q
from django.utils import timezone

from newsdesk import audit
from newsdesk.models import Article

from .tags import TAG_KEYS, Tag

CONTEXT_LENGTH = 32
NOTE_MAX_LENGTH = 2000


class AnnotationQuerySet(models.QuerySet):
    def live(self):
        """Highlights to show and count: not deleted, and placed on the article's current text.

        Orphans (highlights a correction could not place, whose offsets no longer fit the text) are left
        out until their owner places them again; see ``orphans()``.
        """
        return self.filter(deleted_at__isnull=True, orphaned=False)

    def orphans(self):
        """Not deleted, but waiting to be placed again after a correction."""
        return self.filter(deleted_at__isnull=True, orphaned=True)

    def deleted(self):
        return self.filter(deleted_at__isnull=False)

    def for_article(self, article):
        return self.live().filter(article=article).select_related("reviewer")


class Annotation(models.Model):
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="annotations")
    reviewer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="annotations")
    tag = models.CharField(max_length=20, choices=Tag.choices)
    start = models.PositiveIntegerField(help_text="First code point of the highlight in the article text.")
    end = models.PositiveIntegerField(help_text="Code point just after the highlight.")
    quote = models.TextField(help_text="The exact text between start and end.")
    prefix = models.CharField(max_length=CONTEXT_LENGTH, blank=True, help_text="Up to 32 code points before.")
    suffix = models.CharField(max_length=CONTEXT_LENGTH, blank=True, help_text="Up to 32 code points after.")
    note = models.TextField(blank=True, max_length=NOTE_MAX_LENGTH)
    source = models.CharField(
        max_length=200, blank=True, help_text="For attribution: who is cited, e.g. KCNA or US intelligence."
    )
    suggestion_rule = models.CharField(
        max_length=100, blank=True, help_text="The suggester rule this highlight was accepted from, if any."
    )
    orphaned = models.BooleanField(
        default=False, help_text="The text was corrected and the quote could not be found again."
    )
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)
    deleted_at = models.DateTimeField(null=True, blank=True)
    deleted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    objects = AnnotationQuerySet.as_manager()

    class Meta:
        ordering = ["article_id", "start", "end", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(start__gte=0) & Q(start__lt=F("end")), name="annotation_start_before_end"
            ),
            models.CheckConstraint(condition=Q(tag__in=TAG_KEYS), name="annotation_tag_known"),
            models.CheckConstraint(condition=~Q(quote=""), name="annotation_quote_not_empty"),
        ]
        indexes = [
            models.Index(fields=["article", "reviewer"]),
            models.Index(fields=["article", "start"]),
            models.Index(fields=["reviewer", "tag"]),
            models.Index(fields=["tag", "article"]),
        ]

    def __str__(self):
        return f"{self.get_tag_display()} [{self.start}:{self.end}] by {self.reviewer}"

    def get_absolute_url(self):
        return f"{self.article.get_absolute_url()}#annotation-{self.pk}"

    def soft_delete(self, by) -> None:
        """Delete, keeping the row so an editor can restore it; recorded in the audit trail."""
        if self.deleted_at is not None:
            return
        self.deleted_at, self.deleted_by = timezone.now(), by
        with transaction.atomic():
            self.save(update_fields=["deleted_at", "deleted_by", "updated"])
            audit.record(by, "delete", self)

    def restore(self, by) -> None:
        """Undo a soft delete; recorded in the audit trail."""
        if self.deleted_at is None:
            return
        self.deleted_at, self.deleted_by = None, None
        with transaction.atomic():
            self.save(update_fields=["deleted_at", "deleted_by", "updated"])
            audit.record(by, "restore", self)

    def place(self, start: int, end: int, by) -> None:
        """Put the highlight on [start, end) of the current text (an orphan placed again by its owner)."""
        text = self.article.text
        if not (0 <= start < end <= len(text)):
            raise ValueError(f"[{start}:{end}] is outside the article's {len(text)} code points")
        before = audit.snapshot(self)
        self.start, self.end = start, end
        self.quote, self.prefix, self.suffix = text[start:end], text[max(0, start - CONTEXT_LENGTH) : start], \
            text[end : end + CONTEXT_LENGTH]
        self.orphaned = False
        with transaction.atomic():
            self.save()
            audit.record(by, "change", self, before=before)
