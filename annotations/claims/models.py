"""Claims across a story's outlets: one checkable fact, and the words each article states it in.

A claim belongs to a story; its mentions are spans of the story's articles (code points of the stored
text, with the quote between them). The finder and linker (``annotations.claims.linking``) write them when
a story's articles change; editors curate them. Curated claims (renamed, linked, unlinked, split or merged
by hand) are kept as they are by every later run, as curated topics are.
"""

from django.db import models
from django.db.models import F, Q

from newsdesk.models import Article, Story


class Claim(models.Model):
    story = models.ForeignKey(Story, on_delete=models.CASCADE, related_name="claims")
    label = models.CharField(max_length=300, help_text="The fact in a few words.")
    curated = models.BooleanField(
        default=False, help_text="An editor renamed, linked, unlinked, split or merged it; re-runs keep it."
    )
    # Articles with no mention of the claim that state its fact all the same, in a mention of another claim
    # (``elsewhere``): the matrix does not mark them as leaving the claim out. Worked out whenever the story's
    # claims are stored or curated, never while a page is shown.
    stated_elsewhere_in = models.ManyToManyField(
        Article, blank=True, related_name="claims_stated_elsewhere",
        help_text="Articles that state the claim's figure in another claim's mention: not said to leave it out.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["story_id", "pk"]
        constraints = [models.CheckConstraint(condition=~Q(label=""), name="claim_label_not_empty")]
        indexes = [models.Index(fields=["story", "curated"])]

    def __str__(self):
        return self.label[:200]


class ClaimMention(models.Model):
    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="mentions")
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="claim_mentions")
    start = models.PositiveIntegerField(help_text="First code point of the mention in the article text.")
    end = models.PositiveIntegerField(help_text="Code point just after the mention.")
    quote = models.TextField(help_text="The article's words between start and end.")
    differs = models.BooleanField(
        default=False, help_text="Its figure, date or actor differs from what the claim's other mentions state."
    )
    reason = models.CharField(max_length=300, blank=True, help_text="Why it was linked: what it shares.")

    class Meta:
        ordering = ["claim_id", "article_id", "start"]
        constraints = [
            models.CheckConstraint(condition=Q(start__lt=F("end")), name="claimmention_start_before_end"),
            # A span of an article states one claim.
            models.UniqueConstraint(fields=["article", "start", "end"], name="claimmention_unique_span"),
        ]
        indexes = [models.Index(fields=["article", "start"])]

    def __str__(self):
        return f"{self.article_id} [{self.start}:{self.end}] {self.quote[:80]}"
