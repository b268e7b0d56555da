"""Reviewers' highlights: a tag on a span of an article's text, counted in code points.

An annotation keeps its quote and 32 code points of context on each side (as the W3C Web Annotation
TextQuoteSelector does), so it can be re-anchored when an article's text is corrected.
"""

from django.conf import settings
from django.db import models
from django.db.models import F, Q

from newsdesk.models import Article

from .tags import TAG_KEYS, Tag

CONTEXT_LENGTH = 32
NOTE_MAX_LENGTH = 2000


class AnnotationQuerySet(models.QuerySet):
    def live(self):
        """Not soft-deleted."""
        return self.filter(deleted_at__isnull=True)

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


class RhetoricTerm(models.Model):
    """One entry of the rhetoric lexicon the suggester reads; editors extend and prune it in the admin."""

    class Kind(models.TextChoices):
        LOADED_LABEL = "loaded_label", "Loaded label"
        INTENSIFIER = "intensifier", "Intensifier"
        FRAMING = "framing", "Framing word"

    phrase = models.CharField(
        max_length=100, unique=True,
        help_text="A word or phrase, matched on whole words regardless of case; plurals in -s/-es match too.",
    )
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.LOADED_LABEL)
    note = models.CharField(
        max_length=300, blank=True, help_text="Why the term colours the reader's judgement; shown in the reason."
    )
    neutral_uses = models.CharField(
        max_length=1000, blank=True,
        help_text="Comma-separated phrases in which the term is ordinary vocabulary, e.g. “sanctions regime”.",
    )
    active = models.BooleanField(default=True, help_text="Untick to stop suggesting the term without losing it.")

    class Meta:
        ordering = ["phrase"]
        verbose_name = "rhetoric lexicon term"
        constraints = [
            models.CheckConstraint(condition=~Q(phrase=""), name="rhetoricterm_phrase_not_empty"),
            models.CheckConstraint(
                condition=Q(kind__in=["loaded_label", "intensifier", "framing"]), name="rhetoricterm_kind_known"
            ),
        ]

    def __str__(self):
        return self.phrase

    def save(self, *args, **kwargs):
        self.phrase = " ".join(self.phrase.lower().split())
        super().save(*args, **kwargs)


class SuggestionDecision(models.Model):
    """A reviewer's answer to one suggested span: accepted (it became their highlight) or rejected."""

    class Decision(models.TextChoices):
        ACCEPTED = "accepted", "Accepted"
        REJECTED = "rejected", "Rejected"

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="suggestion_decisions")
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="suggestion_decisions"
    )
    tag = models.CharField(max_length=20, choices=Tag.choices)
    start = models.PositiveIntegerField(help_text="First code point of the suggested span.")
    end = models.PositiveIntegerField(help_text="Code point just after the suggested span.")
    rule = models.CharField(max_length=100, help_text="The suggester rule that proposed the span.")
    decision = models.CharField(max_length=10, choices=Decision.choices)
    annotation = models.ForeignKey(
        Annotation, on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
        help_text="The highlight an accepted suggestion became.",
    )
    decided_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["article_id", "start", "end", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["article", "reviewer", "tag", "start", "end"], name="suggestiondecision_once_per_span"
            ),
            models.CheckConstraint(
                condition=Q(start__gte=0) & Q(start__lt=F("end")), name="suggestiondecision_start_before_end"
            ),
            models.CheckConstraint(condition=Q(tag__in=TAG_KEYS), name="suggestiondecision_tag_known"),
            models.CheckConstraint(
                condition=Q(decision__in=["accepted", "rejected"]), name="suggestiondecision_decision_known"
            ),
            models.CheckConstraint(condition=~Q(rule=""), name="suggestiondecision_rule_not_empty"),
        ]
        indexes = [models.Index(fields=["rule", "decision"])]

    def __str__(self):
        return f"{self.get_decision_display()} {self.rule} [{self.start}:{self.end}] by {self.reviewer}"
