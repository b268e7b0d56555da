"""The corpus: outlets publish articles; articles about the same subject form a story.

An article's ``text`` is the canonical plain text every offset in Newsdesk refers to, counted in Unicode
code points. Passages are the article's paragraphs as offsets into that text; the text itself is stored
once, on the article.
"""

from django.conf import settings
from django.contrib.sessions.base_session import AbstractBaseSession
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property


class Outlet(models.Model):
    name = models.CharField(max_length=200, unique=True, help_text="The outlet's name as readers know it.")
    slug = models.SlugField(max_length=200, unique=True)
    homepage = models.URLField(blank=True)
    country = models.CharField(max_length=100, blank=True, help_text="Where the outlet is based.")
    notes = models.TextField(blank=True, help_text="Ownership, audience, how its pages were captured.")

    class Meta:
        ordering = ["name"]
        constraints = [models.CheckConstraint(condition=~Q(name=""), name="outlet_name_not_empty")]

    def __str__(self):
        return self.name


class Story(models.Model):
    title = models.CharField(max_length=300)
    slug = models.SlugField(max_length=200, unique=True)
    summary = models.TextField(blank=True, help_text="What the story is about, in a sentence or two.")
    blind_annotation = models.BooleanField(
        default=True,
        help_text="Reviewers see no one else's highlights on an article until they have marked it done.",
    )
    outlet_blind = models.BooleanField(
        default=False,
        help_text="Hide the outlet's name, URL and byline from reviewers while they annotate.",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["title"]
        verbose_name_plural = "stories"
        constraints = [models.CheckConstraint(condition=~Q(title=""), name="story_title_not_empty")]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("newsdesk:story-detail", args=[self.slug])


class ArticleQuerySet(models.QuerySet):
    def with_related(self):
        return self.select_related("outlet", "story")


class Article(models.Model):
    story = models.ForeignKey(
        Story, on_delete=models.SET_NULL, null=True, blank=True, related_name="articles",
        help_text="The story this article is compared within; empty until someone files it.",
    )
    outlet = models.ForeignKey(Outlet, on_delete=models.PROTECT, related_name="articles")
    title = models.CharField(max_length=500)
    byline = models.CharField(max_length=300, blank=True)
    url = models.URLField(max_length=1000, blank=True)
    published = models.DateField(null=True, blank=True)
    text = models.TextField(help_text="Canonical plain text; every offset counts code points of this text.")
    original_html = models.TextField(blank=True, help_text="The sanitised original HTML, when there was one.")
    checksum = models.CharField(max_length=64, unique=True, help_text="SHA-256 of the canonical text.")
    imported_at = models.DateTimeField(auto_now_add=True)
    imported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["story_id", "outlet__name", "published", "pk"]
        constraints = [
            models.CheckConstraint(condition=~Q(text=""), name="article_text_not_empty"),
            models.CheckConstraint(condition=~Q(title=""), name="article_title_not_empty"),
            models.CheckConstraint(condition=Q(checksum__regex=r"^[0-9a-f]{64}$"), name="article_checksum_sha256"),
        ]
        indexes = [models.Index(fields=["story", "outlet"])]

    def __str__(self):
        return f"{self.outlet}: {self.title}"

    def get_absolute_url(self):
        return reverse("annotations:article-detail", args=[self.pk])

    @cached_property
    def text_language(self) -> str:
        """The language of the article's text for its pages' ``lang`` (``languages.language_of``): by it a browser draws
        Chinese in Chinese glyphs, not Japanese ones, and breaks Korean between words, not inside them. Empty (unknown)
        for a text mostly in a script other than Latin that no function words told, rather than "en"."""
        from newsdesk.importing import languages

        language = languages.language_of(self.text)
        if language == languages.ENGLISH and not languages.mostly_latin(self.text):
            return ""
        return language

    @property
    def length(self) -> int:
        return len(self.text)

    def replace_text(self, canonical, offsets) -> None:
        """Store a corrected text (an ``ingest.Canonical``), moving each passage with its paragraph.

        Passages are updated in place rather than recreated, so whatever points at a passage (topic
        placements) follows its paragraph; a paragraph that disappeared takes its passage with it.
        ``offsets`` is the ``textdiff.OffsetMap`` from the old text to the new. Highlights are the
        annotations app's business (``annotations.workflow.corrections``).
        """
        from newsdesk.textdiff import match_spans

        old = list(self.passages.order_by("index"))
        pairs = match_spans([(p.start, p.end) for p in old], canonical.passages, offsets)
        kept = {old[i].pk for i in pairs.values()}
        self.passages.exclude(pk__in=kept).delete()
        # Move the kept rows out of the way first: (article, index) is unique at every step.
        self.passages.update(index=F("index") + len(old) + len(canonical.passages) + 1)
        for j, (start, end) in enumerate(canonical.passages):
            if j in pairs:
                Passage.objects.filter(pk=old[pairs[j]].pk).update(index=j, start=start, end=end)
            else:
                Passage.objects.create(article=self, index=j, start=start, end=end)
        self.text, self.checksum = canonical.text, canonical.checksum
        self.original_html = canonical.original_html
        self.save(update_fields=["text", "checksum", "original_html"])


class Passage(models.Model):
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="passages")
    index = models.PositiveIntegerField(help_text="Position of the paragraph in the article, from 0.")
    start = models.PositiveIntegerField(help_text="First code point of the paragraph in the article text.")
    end = models.PositiveIntegerField(help_text="Code point just after the paragraph.")

    class Meta:
        ordering = ["article_id", "index"]
        constraints = [
            models.UniqueConstraint(fields=["article", "index"], name="passage_unique_index"),
            models.CheckConstraint(condition=Q(start__lt=F("end")), name="passage_start_before_end"),
        ]

    def __str__(self):
        return f"{self.article_id}#{self.index} [{self.start}:{self.end}]"

    @property
    def text(self) -> str:
        return self.article.text[self.start : self.end]


class AuditEvent(models.Model):
    """One change by one person: who created, changed, deleted or restored what, and when.

    Written by ``newsdesk.audit.record`` from the domain functions (highlights, assignments, topic
    placements, articles). ``changes`` holds a snapshot of the object on create, delete and restore, and
    ``{"field": [old, new]}`` pairs on change, so a deleted item can be inspected and put back.
    """

    class Action(models.TextChoices):
        CREATE = "create", "created"
        CHANGE = "change", "changed"
        DELETE = "delete", "deleted"
        RESTORE = "restore", "restored"

    # No index: nothing looks events up by their actor (see migration 0008).
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
        help_text="Who did it; empty for commands run on the server.", db_index=False,
    )
    actor_name = models.CharField(max_length=150, blank=True, help_text="The username, kept if the user goes.")
    action = models.CharField(max_length=10, choices=Action.choices)
    object_type = models.CharField(max_length=100, help_text="app_label.model of what changed.")
    object_id = models.CharField(max_length=64)
    object_repr = models.CharField(max_length=200, blank=True, help_text="What it was, in words, at the time.")
    # No index of its own: the (article, -created_at) index below serves every look-up by article.
    article = models.ForeignKey(
        Article, on_delete=models.SET_NULL, null=True, blank=True, related_name="audit_events",
        help_text="The article the change concerns, when there is one.", db_index=False,
    )
    changes = models.JSONField(default=dict, blank=True, encoder=DjangoJSONEncoder)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        default_permissions = ("view",)
        permissions = [("restore_deleted", "Can restore deleted highlights")]
        constraints = [
            models.CheckConstraint(condition=Q(action__in=["create", "change", "delete", "restore"]),
                                   name="auditevent_action_known"),
        ]
        indexes = [
            models.Index(fields=["article", "-created_at"]),
            models.Index(fields=["object_type", "object_id"]),
        ]

    def __str__(self):
        return f"{self.actor_name or 'system'} {self.get_action_display()} {self.object_repr or self.object_type}"


class Topic(models.Model):
    """A sub-topic of a story: one row of the comparison grid, holding passages from any of its articles."""

    story = models.ForeignKey(Story, on_delete=models.CASCADE, related_name="topics")
    label = models.CharField(max_length=200, help_text="What the passages in this row are about.")
    label_curated = models.BooleanField(
        default=False, help_text="An editor wrote this label; re-running the alignment keeps it."
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["story_id", "pk"]
        constraints = [models.CheckConstraint(condition=~Q(label=""), name="topic_label_not_empty")]

    def __str__(self):
        return self.label

    def get_absolute_url(self):
        return reverse("annotations:story-compare", args=[self.story.slug]) + f"#topic-{self.pk}"


class PassagePlacementQuerySet(models.QuerySet):
    def for_story(self, story):
        return self.filter(passage__article__story=story)

    def by_hand(self):
        return self.filter(by_hand=True)


class PassagePlacement(models.Model):
    """Where a passage sits in its story's alignment: in a topic, or (no topic) in the page-furniture band.

    Placements made by the automatic alignment are replaced on every re-run; those an editor made by hand
    (``by_hand``) are kept, and the re-run builds around them.
    """

    passage = models.OneToOneField(Passage, on_delete=models.CASCADE, related_name="placement")
    topic = models.ForeignKey(
        Topic, on_delete=models.CASCADE, null=True, blank=True, related_name="placements",
        help_text="The topic row; empty for page furniture (navigation, captions, appeals, prompts).",
    )
    by_hand = models.BooleanField(default=False, help_text="An editor placed this passage; re-runs keep it.")
    placed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
        help_text="The editor who placed it by hand.",
    )
    placed_at = models.DateTimeField(auto_now=True)

    objects = PassagePlacementQuerySet.as_manager()

    class Meta:
        ordering = ["passage__article_id", "passage__index"]
        constraints = [
            models.CheckConstraint(
                condition=Q(by_hand=True) | Q(placed_by__isnull=True), name="placement_placer_only_by_hand"
            ),
        ]
        indexes = [models.Index(fields=["topic", "passage"])]

    def __str__(self):
        where = self.topic.label if self.topic_id else "page furniture"
        return f"{self.passage} in {where}"

    @property
    def furniture(self) -> bool:
        return self.topic_id is None


class AlignmentRun(models.Model):
    """One run of a story's alignment: why it ran, what it found, and what it changed, so the comparison page
    can say which passages joined or left which topics and which topics are new."""

    class Trigger(models.TextChoices):
        IMPORT = "import", "articles imported"
        FILING = "filing", "an article filed"
        RERUN = "rerun", "re-run by an editor"
        COMMAND = "command", "run on the server"

    story = models.ForeignKey(Story, on_delete=models.CASCADE, related_name="alignment_runs")
    trigger = models.CharField(max_length=10, choices=Trigger.choices)
    ran_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
        help_text="The editor whose action ran it; empty for commands run on the server.",
    )
    ran_at = models.DateTimeField(default=timezone.now)
    topics = models.PositiveIntegerField(help_text="Topics after the run.")
    furniture = models.PositiveIntegerField(help_text="Passages in the page-furniture band after the run.")
    kept_by_hand = models.PositiveIntegerField(help_text="Passages an editor placed, kept where they were.")
    kept_in_curated = models.PositiveIntegerField(
        default=0, help_text="Passages kept in topics an editor named or placed passages into."
    )
    changes = models.JSONField(
        default=dict, blank=True, encoder=DjangoJSONEncoder,
        help_text="Per topic, the passages that joined and left it, and the topics that are new or gone.",
    )

    class Meta:
        ordering = ["-ran_at", "-pk"]
        get_latest_by = ["ran_at", "pk"]
        constraints = [
            models.CheckConstraint(condition=Q(trigger__in=["import", "filing", "rerun", "command"]),
                                   name="alignmentrun_trigger_known"),
        ]
        indexes = [models.Index(fields=["story", "-ran_at"])]

    def __str__(self):
        return f"{self.story} aligned ({self.get_trigger_display()}) at {self.ran_at:%Y-%m-%d %H:%M}"


class StoryMatch(models.Model):
    """Story matching's decision for one article, made when the article was imported or filed (never when a
    page is read): for an unfiled article, the story it most resembles; for a filed one, how much it
    resembles the other articles of its own story. The shared terms and names say why."""

    article = models.OneToOneField(Article, on_delete=models.CASCADE, related_name="story_match")
    story = models.ForeignKey(
        Story, on_delete=models.CASCADE, null=True, blank=True, related_name="+",
        help_text="The story compared with: the best match of an unfiled article, or a filed article's own.",
    )
    score = models.FloatField(help_text="How much the article resembles that story, from 0 to 1.")
    resembles = models.BooleanField(help_text="The score clears the threshold: the article belongs there.")
    shared_terms = models.JSONField(default=list, blank=True, help_text="Distinctive words both share.")
    shared_names = models.JSONField(default=list, blank=True, help_text="Names and figures both mention.")
    passed_over = models.ForeignKey(
        Story, on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
        help_text="The story the words alone would suggest for an unfiled article, not suggested because the "
                  "article is dated weeks before its first article.",
    )
    days_before = models.PositiveIntegerField(
        default=0, help_text="How many days before that story's first article the article is dated.")
    matched_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.CheckConstraint(condition=Q(score__gte=0), name="storymatch_score_not_negative"),
        ]

    def __str__(self):
        return f"{self.article_id} ~ {self.story_id}: {self.score:.2f}"


class Session(AbstractBaseSession):
    """A session as Django keeps it, and beside it the user it is logged in as (none before login).

    Every request reads its session and then its user; with the user's id in a column of its own, one query
    reads both (``newsdesk.sessions``). The session's signed data still says who is logged in: the column only
    lets the user's row come with it. Deleting a user ends their sessions.
    """

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, null=True, blank=True,
                             related_name="+")

    @classmethod
    def get_session_store_class(cls):
        from newsdesk.sessions import SessionStore

        return SessionStore
