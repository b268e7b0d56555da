"""Reviewers' highlights: a tag on a span of an article's text, counted in code points.

An annotation keeps its quote and 32 code points of context on each side (as the W3C Web Annotation
TextQuoteSelector does), so it can be re-anchored when an article's text is corrected.
"""

from django.conf import settings
from django.db import models, transaction
from django.db.models import Count, F, OuterRef, Q
from django.utils import timezone

from annotations.anchoring import CONTEXT_LENGTH, Anchor, anchor, fits, shorten
from annotations.tags import TAG_BY_KEY, TAG_CHOICES, TAG_KEYS
from newsdesk import audit
from newsdesk.importing.scripts import trimmed
from newsdesk.models import Article, Story
from newsdesk.roles import is_editor

NOTE_MAX_LENGTH = 2000
WRITE_ATTEMPTS = 5  # a write without a version retries this often when others keep changing the highlight


class DuplicateHighlight(ValueError):
    """The reviewer already has a live highlight with this tag on exactly these words."""

    def __init__(self, message, existing=None):
        super().__init__(message)
        self.existing = existing


class StaleVersion(Exception):
    """A write named a version of a highlight older than the stored one, so nothing was written.

    ``seen`` is the version the writer had; ``annotations.workflow.conflicts`` says who changed what since.
    """

    def __init__(self, obj, seen: int):
        super().__init__(f"{obj._meta.verbose_name} {obj.pk} is no longer at version {seen}")
        self.obj, self.seen = obj, seen


def duplicate_message(annotation, quote=None) -> str:
    quote = annotation.quote if quote is None else quote
    return f"You already tagged these words as {TAG_BY_KEY[annotation.tag].label}: “{shorten(quote)}”."


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

    def same_highlight(self, annotation):
        """Live highlights identical to ``annotation`` (same reviewer, article, tag, start and end), itself
        excluded: the database refuses a second one (``annotation_unique_live_highlight``)."""
        return self.live().filter(
            article_id=annotation.article_id, reviewer_id=annotation.reviewer_id, tag=annotation.tag,
            start=annotation.start, end=annotation.end,
        ).exclude(pk=annotation.pk)

    def for_article(self, article):
        return self.live().filter(article=article).select_related("reviewer")

    def visible_to(self, user):
        """Blind annotation: the highlights ``user`` may see, on any set of articles.

        In a blind story (the default, and any article not filed in a story) a reviewer sees only their own
        highlights on an article until they have marked it done, so that agreement figures measure
        independent judgement. Editors see everyone's: they adjudicate.
        """
        return restrict_to_visible(self, user)

    def for_reader(self, article_or_articles, user, *, show_all=False, reviewer=None, tag=None):
        """The highlights ``user`` sees on one article (or several): THE rule for reader, grid and API.

        By default a reviewer sees only their own highlights; ``show_all`` shows every reviewer's, and
        ``reviewer`` (a user or a username) narrows to one reviewer's. ``tag`` narrows to one tag key.
        Every page and endpoint that lists highlights goes through here, so a visibility rule added
        here (like blind annotation, in :meth:`visible_to`) holds everywhere.
        """
        queryset = self.live().visible_to(user).select_related("reviewer")
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

    def tag_counts(self) -> dict[str, int]:
        """{tag: number of highlights} for every tag, zeros included, in the tags' order.

        Counted per article and tag, the order of the ``annotation_live_tag_counts`` index, so that the database
        reads the groups off the index instead of sorting them; the few groups are summed here. (The counts
        endpoint reads ``LiveTagCount`` instead, which holds the same figures already counted.)
        """
        counts = dict.fromkeys(TAG_KEYS, 0)
        for _article, tag, number in self.order_by().values_list("article_id", "tag").annotate(n=Count("*")):
            counts[tag] += number
        return counts


def restrict_to_visible(queryset, user):
    """Blind annotation, THE rule: narrow ``queryset`` (of anything with ``article`` and ``reviewer``, each
    row one reviewer's work on one article) to what ``user`` may see.

    A reviewer sees their own work, every reviewer's on the articles of open stories, and every reviewer's
    on an article they have marked done; editors see everyone's.
    """
    if not user.is_authenticated:
        return queryset.none()
    if is_editor(user):
        return queryset
    done = Assignment.objects.filter(reviewer=user, done_at__isnull=False).values("article_id")
    # Open stories' articles as a subquery, not a join: the database lists them once instead of looking up
    # each row's article and story.
    open_stories = Article.objects.filter(story__blind_annotation=False).values("pk")
    return queryset.filter(Q(reviewer=user) | Q(article_id__in=open_stories) | Q(article_id__in=done))


class TaggedSpan(models.Model):
    """A tag on a span of an article's text, anchored as the W3C TextQuoteSelector anchors it.

    Shared by reviewers' highlights and the editors' consensus layer, so both carry the same offsets, quote
    and context, and re-anchoring, rendering and exports treat them alike.
    """

    tag = models.CharField(max_length=20, choices=TAG_CHOICES)
    start = models.PositiveIntegerField(help_text="First code point of the highlight in the article text.")
    end = models.PositiveIntegerField(help_text="Code point just after the highlight.")
    quote = models.TextField(help_text="The exact text between start and end.")
    prefix = models.CharField(max_length=CONTEXT_LENGTH, blank=True, help_text="Up to 32 code points before.")
    suffix = models.CharField(max_length=CONTEXT_LENGTH, blank=True, help_text="Up to 32 code points after.")
    note = models.TextField(blank=True, max_length=NOTE_MAX_LENGTH)
    source = models.CharField(
        max_length=200, blank=True, help_text="For attribution: who is cited, e.g. KCNA or US intelligence."
    )
    version = models.PositiveIntegerField(
        default=1, db_default=1, editable=False,
        help_text="1 when made, one more at every change; a write naming an older version is a conflict.",
    )

    class Meta:
        abstract = True
        ordering = ["article_id", "start", "end", "pk"]
        # Named per model: annotation_start_before_end, consensusannotation_start_before_end ...
        constraints = [
            models.CheckConstraint(
                condition=Q(start__gte=0) & Q(start__lt=F("end")), name="%(class)s_start_before_end"
            ),
            models.CheckConstraint(condition=Q(tag__in=TAG_KEYS), name="%(class)s_tag_known"),
            models.CheckConstraint(condition=~Q(quote=""), name="%(class)s_quote_not_empty"),
            models.CheckConstraint(condition=Q(version__gte=1), name="%(class)s_version_positive"),
        ]

    def anchor(self) -> Anchor:
        """Where the span sits, as stored: offsets, quote and context."""
        return Anchor(self.start, self.end, self.quote, self.prefix, self.suffix)

    def place_at(self, spot: Anchor) -> None:
        """Take the offsets, quote and context of ``spot`` (made by ``anchoring.anchor``); nothing is saved."""
        for name, value in spot.fields().items():
            setattr(self, name, value)

    def save_version(self, fields) -> bool:
        """Write ``fields`` and the next version in one ``UPDATE ... WHERE id = ? AND version = ?``.

        The version is the one this object was read at; when the row has changed since, nothing is written
        and the answer is False. Every change to a tagged span goes through here (or moves ``version`` on
        itself), so that two writers can never both succeed from the same version.
        """
        values = {name: getattr(self, name) for name in fields}
        written = type(self)._default_manager.filter(pk=self.pk, version=self.version).update(
            version=self.version + 1, **values
        )
        if written:
            self.version += 1
        return bool(written)


class Annotation(TaggedSpan):
    # No index of their own: the indexes below that start with the article, or with the reviewer, serve every
    # look-up by either, and each index is one more page written with every highlight saved.
    article = models.ForeignKey(
        Article, on_delete=models.CASCADE, related_name="annotations", db_index=False
    )
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="annotations", db_index=False
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
    # Indexed only where set (``annotation_deleted_by``): a new highlight, never deleted, writes no index entry.
    deleted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
        db_index=False,
    )

    objects = AnnotationQuerySet.as_manager()

    class Meta(TaggedSpan.Meta):
        constraints = [
            *TaggedSpan.Meta.constraints,
            # One live highlight per reviewer, words and tag: a duplicate would count twice in the legend,
            # the reports and agreement. Deleted highlights and orphans (whose offsets are stale) don't count.
            models.UniqueConstraint(
                fields=["article", "reviewer", "tag", "start", "end"],
                condition=Q(deleted_at__isnull=True, orphaned=False),
                name="annotation_unique_live_highlight",
            ),
        ]
        indexes = [
            models.Index(fields=["article", "reviewer"]),
            models.Index(fields=["article", "start"]),
            models.Index(fields=["reviewer", "tag"]),
            models.Index(fields=["tag", "article"]),
            # Everything that counting the live highlights of an article (or a story's articles) by tag and
            # reviewer reads, so that it reads this index alone, and only live highlights are in it.
            models.Index(
                fields=["article", "tag", "reviewer", "deleted_at", "orphaned"], name="annotation_live_tag_counts",
                condition=Q(deleted_at__isnull=True, orphaned=False),
            ),
            # Who deleted what, for a user's own deletion (``SET_NULL``): only deleted highlights are in it.
            models.Index(fields=["deleted_by"], name="annotation_deleted_by", condition=Q(deleted_by__isnull=False)),
        ]

    def __str__(self):
        # The tag's label as get_tag_display() gives it, without the dictionary of choices it builds each time.
        tag = TAG_BY_KEY.get(self.tag)
        return f"{tag.label if tag else self.tag} [{self.start}:{self.end}] by {self.reviewer}"

    def get_absolute_url(self):
        return f"{self.article.get_absolute_url()}#char-{self.start}"

    @property
    def tag_info(self):
        return TAG_BY_KEY[self.tag]

    def is_owned_by(self, user) -> bool:
        return user.is_authenticated and self.reviewer_id == user.pk

    @property
    def is_live(self) -> bool:
        """The rule of ``Annotation.objects.live()`` for one loaded highlight: not deleted, not orphaned."""
        return self.deleted_at is None and not self.orphaned

    def vanished_before(self, seen: int | None) -> bool:
        """Deleted or orphaned before the writer saw it (or with no version to tell): not found, rather than a
        conflict; a write that saw it live gets the conflict that says who removed it."""
        return not self.is_live and (seen is None or seen == self.version)

    def save_change(self, fields, *, by, action="change", before=None, expected_version=None) -> None:
        """Store ``fields`` (already set on this object) as one change, counted and in the audit trail.

        ``expected_version`` is the version the writer last saw (the reader's form, an API client): if the
        highlight has changed since, nothing is written and ``StaleVersion`` is raised. Without it the write
        goes through whatever happened meanwhile, as the last word, and is still counted. ``before`` is the
        snapshot a "change" is recorded against; delete and restore record the whole row.
        """
        if expected_version is not None and expected_version != self.version:
            raise StaleVersion(self, expected_version)
        fields = [*fields, "updated"]
        before = before if before is not None else audit.snapshot(self)
        with transaction.atomic():
            for _attempt in range(WRITE_ATTEMPTS):
                self.updated = timezone.now()
                if self.save_version(fields):
                    audit.record(by, action, self, before=before if action == "change" else None)
                    return
                if expected_version is not None:
                    raise StaleVersion(self, expected_version)
                # Changed since it was read, and the writer asked for the last word: apply the same fields
                # over the row as it is now.
                current = Annotation.objects.get(pk=self.pk)
                before = audit.snapshot(current)
                for model_field in self._meta.concrete_fields:
                    if model_field.name not in fields:
                        setattr(self, model_field.attname, getattr(current, model_field.attname))
        raise StaleVersion(self, self.version)

    def soft_delete(self, by, *, expected_version=None) -> None:
        """Delete, keeping the row so an editor can restore it; recorded in the audit trail."""
        if self.deleted_at is not None:
            return
        self.deleted_at, self.deleted_by = timezone.now(), by
        self.save_change(["deleted_at", "deleted_by"], by=by, action="delete", expected_version=expected_version)

    def restore(self, by) -> None:
        """Undo a soft delete; recorded in the audit trail."""
        if self.deleted_at is None:
            return
        if not self.orphaned and Annotation.objects.same_highlight(self).exists():
            raise DuplicateHighlight(duplicate_message(self))
        self.deleted_at, self.deleted_by = None, None
        self.save_change(["deleted_at", "deleted_by"], by=by, action="restore")

    def place(self, start: int, end: int, by) -> None:
        """Put the highlight on [start, end) of the current text (an orphan placed again by its owner)."""
        text = self.article.text
        if not fits(text, start, end):
            raise ValueError(f"[{start}:{end}] is outside the article's {len(text)} code points")
        if not trimmed(text[start:end]):
            raise ValueError("the highlight covers only white space")  # as a new highlight is refused
        if Annotation.objects.same_highlight(Annotation(
            pk=self.pk, article_id=self.article_id, reviewer_id=self.reviewer_id, tag=self.tag, start=start, end=end
        )).exists():
            raise DuplicateHighlight(duplicate_message(self, quote=text[start:end]))
        before = audit.snapshot(self)
        self.place_at(anchor(text, start, end))
        self.orphaned = False
        self.save_change(["start", "end", "quote", "prefix", "suffix", "orphaned"], by=by, before=before)


class AssignmentQuerySet(models.QuerySet):
    def with_progress(self):
        """Annotate ``has_highlights``: whether the reviewer has any live highlight on the article yet."""
        return self.annotate(
            has_highlights=models.Exists(
                Annotation.objects.live().filter(article=OuterRef("article"), reviewer=OuterRef("reviewer"))
            )
        )

    def done(self):
        return self.filter(done_at__isnull=False)


class Assignment(models.Model):
    """A reviewer asked to annotate one article; assigning a story creates one for each of its articles.

    The state is derived: *not started* until the reviewer's first highlight, *in progress* after it, and
    *done* once the reviewer marks it so (which, in a blind story, is when others' highlights appear).
    """

    NOT_STARTED, IN_PROGRESS, DONE = "not_started", "in_progress", "done"
    STATE_LABELS = {NOT_STARTED: "Not started", IN_PROGRESS: "In progress", DONE: "Done"}

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="assignments")
    story = models.ForeignKey(
        Story, on_delete=models.SET_NULL, null=True, blank=True, related_name="assignments",
        help_text="Set when the article was assigned as part of its whole story.",
    )
    reviewer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="assignments")
    assigned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    assigned_at = models.DateTimeField(auto_now_add=True)
    done_at = models.DateTimeField(
        null=True, blank=True, help_text="When the reviewer marked the article done; empty while open."
    )

    objects = AssignmentQuerySet.as_manager()

    class Meta:
        ordering = ["article__story_id", "article_id", "reviewer__username"]
        constraints = [
            models.UniqueConstraint(fields=["reviewer", "article"], name="assignment_unique_reviewer_article"),
            models.CheckConstraint(
                condition=Q(done_at__isnull=True) | Q(done_at__gte=F("assigned_at")),
                name="assignment_done_after_assigned",
            ),
        ]
        indexes = [models.Index(fields=["article", "reviewer"])]

    def __str__(self):
        return f"{self.reviewer} on {self.article_id}"

    @property
    def state(self) -> str:
        if self.done_at:
            return self.DONE
        if getattr(self, "has_highlights", False):
            return self.IN_PROGRESS
        return self.NOT_STARTED

    @property
    def state_label(self) -> str:
        return self.STATE_LABELS[self.state]


class ConsensusQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Blind annotation covers the consensus too: it is built from everyone's highlights."""
        if not user.is_authenticated:
            return self.none()
        if is_editor(user):
            return self
        done = Assignment.objects.filter(reviewer=user, done_at__isnull=False).values("article_id")
        return self.filter(Q(article__story__blind_annotation=False) | Q(article_id__in=done))


class ConsensusAnnotation(TaggedSpan):
    """The agreed highlight set for an article, settled by an editor from the reviewers' own highlights.

    Kept apart from ``Annotation`` so that reviewers' independent judgements stay as they made them; each row
    records who decided it, when, and which reviewers' highlights it was accepted or edited from.
    """

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="consensus_annotations")
    from_annotations = models.ManyToManyField(
        Annotation, blank=True, related_name="consensus_annotations",
        help_text="The reviewers' highlights this was accepted or edited from.",
    )
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    decided_at = models.DateTimeField(default=timezone.now)

    objects = ConsensusQuerySet.as_manager()

    class Meta(TaggedSpan.Meta):
        verbose_name = "consensus highlight"
        constraints = [
            *TaggedSpan.Meta.constraints,
            models.UniqueConstraint(fields=["article", "tag", "start", "end"], name="consensus_unique_span_tag"),
        ]

    def __str__(self):
        return f"{self.get_tag_display()} [{self.start}:{self.end}] agreed by {self.decided_by}"


class RejectedHighlight(models.Model):
    """An editor's decision to leave a reviewer's highlight out of the consensus."""

    annotation = models.OneToOneField(Annotation, on_delete=models.CASCADE, related_name="rejection")
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    decided_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["annotation_id"]

    def __str__(self):
        return f"{self.annotation} rejected by {self.decided_by}"


class ReportDigest(models.Model):
    """An article's share of the summary report, kept so that a report recomputes only what changed.

    ``stamp`` moves on at every change to the article's highlights or text, kept by database triggers (so
    no write can forget it); the stored ``digest`` is current while ``digest_stamp`` equals it. See
    ``annotations.reports.digests``.
    """

    article = models.OneToOneField(Article, on_delete=models.CASCADE, primary_key=True, related_name="report_digest")
    stamp = models.BigIntegerField(
        default=0, db_default=0,
        help_text="One more at every change to the highlights or the text of the article (kept by database triggers).",
    )
    digest_stamp = models.BigIntegerField(
        null=True, blank=True,
        help_text="The stamp the stored digest was computed at; it is current while this equals the stamp.",
    )
    digest = models.TextField(
        blank=True, help_text="The article's report figures as JSON (see annotations.reports.digests)."
    )
    digest_token = models.BigIntegerField(
        null=True, blank=True, help_text="Drawn at random whenever a digest is stored, to tell two digests apart."
    )

    class Meta:
        verbose_name = "report digest"

    def __str__(self):
        current = "current" if self.digest_stamp == self.stamp else "stale"
        return f"Report digest of article {self.article_id} ({current})"


class LiveTagCountQuerySet(models.QuerySet):
    def for_reader(self, article_or_articles, user):
        """The counters behind the highlights ``user`` sees on one article (an article or its id) or several
        (a queryset of articles): the same visibility as ``Annotation.objects.for_reader(..., show_all=True)``."""
        queryset = restrict_to_visible(self, user)
        if isinstance(article_or_articles, (Article, int, str)):
            return queryset.filter(article=article_or_articles)
        return queryset.filter(article__in=article_or_articles)

    def totals(self) -> dict[str, int]:
        """{tag: number of live highlights} for every tag, zeros included, in the tags' order."""
        counts = dict.fromkeys(TAG_KEYS, 0)
        for tag, number in self.order_by().values_list("tag").annotate(n=models.Sum("live")):
            counts[tag] += number or 0
        return counts


class LiveTagCount(models.Model):
    """How many live highlights (not deleted, not orphaned) one reviewer has of one tag on one article.

    Kept by database triggers on every insert, change and deletion of a highlight, whatever code path writes
    (bulk writes and raw SQL included), so that counting a story's highlights reads a few dozen counters
    instead of every highlight. A test checks the counters against a full count after every kind of write.
    """

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="+")
    reviewer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    tag = models.CharField(max_length=20, choices=TAG_CHOICES)
    live = models.IntegerField(default=0)

    objects = LiveTagCountQuerySet.as_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["article", "reviewer", "tag"], name="livetagcount_one_per_key"),
            models.CheckConstraint(condition=Q(live__gte=0), name="livetagcount_not_negative"),
        ]

    def __str__(self):
        return f"{self.live} {self.tag} by reviewer {self.reviewer_id} on article {self.article_id}"


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
    tag = models.CharField(max_length=20, choices=TAG_CHOICES)
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


from annotations.claims.models import Claim, ClaimMention  # noqa: E402, F401  (registered with this app)
