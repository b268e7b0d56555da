"""Reviewers' highlights: a tag on a span of an article's text, counted in code points.

An annotation keeps its quote and 32 code points of context on each side (as the W3C Web Annotation
TextQuoteSelector does), so it can be re-anchored when an article's text is corrected.
"""

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils import timezone

from newsdesk.models import Article

from .tags import TAG_BY_KEY, TAG_KEYS, Tag

CONTEXT_LENGTH = 32
NOTE_MAX_LENGTH = 2000


class AnnotationQuerySet(models.QuerySet):
    def live(self):
        """Not soft-deleted."""
        return self.filter(deleted_at__isnull=True)

    def for_article(self, article):
        return self.live().filter(article=article).select_related("reviewer")

    def for_reader(self, article_or_articles, user, *, show_all=False, reviewer=None, tag=None):
        """The highlights ``user`` sees on one article (or several): THE rule for reader, grid and API.

        By default a reviewer sees only their own highlights; ``show_all`` shows every reviewer's, and
        ``reviewer`` (a user or a username) narrows to one reviewer's. ``tag`` narrows to one tag key.
        Every page and endpoint that lists highlights goes through here, so a visibility rule added
        here holds everywhere.
        """
        queryset = self.live().select_related("reviewer")
        if isinstance(article_or_articles, (Article, int, str)):
            queryset = queryset.filter(article=article_or_articles)
        else:
            queryset = queryset.filter(article__in=article_or_articles)
        if reviewer is not None:
            if isinstance(reviewer, str):
                queryset = queryset.filter(reviewer__username=reviewer)
            else:
                queryset = queryset.filter(reviewer=reviewer)
        elif not show_all:
            queryset = queryset.filter(reviewer=user)
        if tag:
            queryset = queryset.filter(tag=tag)
        return queryset


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
        return f"{self.article.get_absolute_url()}#char-{self.start}"

    @property
    def tag_info(self):
        return TAG_BY_KEY[self.tag]

    def is_owned_by(self, user) -> bool:
        return user.is_authenticated and self.reviewer_id == user.pk

    def soft_delete(self, user):
        """Hide the highlight everywhere but keep the row, so reports and audits can explain it."""
        self.deleted_at = timezone.now()
        self.deleted_by = user
        self.save(update_fields=["deleted_at", "deleted_by", "updated"])
