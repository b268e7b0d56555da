"""A story's stored alignment, read for pages and the API, and the editors' curation of it.

Curation policy: whatever an editor decides is kept by a re-run. Renaming marks the label as curated;
moving a passage (to a topic, a new topic or the furniture band) and merging two topics mark the moved
passages as placed by hand, by that editor. Topics are ordered by how many outlets cover them, then by how
many passages they hold, then by where they first appear.
"""

from dataclasses import dataclass, field

from django.db import transaction

from newsdesk import audit
from newsdesk.models import Article, Passage, PassagePlacement, Topic
from newsdesk.outlet_order import by_outlet

LABEL_MAX_LENGTH = Topic._meta.get_field("label").max_length


class CurationError(ValueError):
    """The curation cannot be done; the message says why, for the editor."""


@dataclass
class TopicRow:
    topic: Topic
    passages: list[Passage] = field(default_factory=list)
    outlets: set[int] = field(default_factory=set)

    @property
    def curated(self) -> bool:
        return self.topic.label_curated or any(p.placement.by_hand for p in self.passages)


@dataclass
class StoryAlignment:
    story: object
    articles: list[Article]
    rows: list[TopicRow]
    furniture: list[Passage]


def story_alignment(story) -> StoryAlignment:
    """The stored alignment in four queries, whatever the size of the story."""
    articles = by_outlet(Article.objects.filter(story=story).select_related("outlet", "story"))
    by_pk = {article.pk: article for article in articles}
    rows = {topic.pk: TopicRow(topic) for topic in Topic.objects.filter(story=story)}
    furniture = []
    placements = (PassagePlacement.objects.filter(passage__article__story=story)
                  .select_related("passage").order_by("passage__article_id", "passage__index"))
    for placement in placements:
        passage = placement.passage
        passage.article = by_pk[passage.article_id]
        passage.placement = placement
        if placement.topic_id is None:
            furniture.append(passage)
        elif placement.topic_id in rows:
            row = rows[placement.topic_id]
            row.passages.append(passage)
            row.outlets.add(passage.article.outlet_id)
    article_order = {article.pk: position for position, article in enumerate(articles)}

    def first_seen(row):
        return min(((article_order[p.article_id], p.index) for p in row.passages), default=(len(articles), 0))

    ordered = sorted((row for row in rows.values() if row.passages),
                     key=lambda row: (-len(row.outlets), -len(row.passages), first_seen(row)))
    return StoryAlignment(story=story, articles=articles, rows=ordered, furniture=furniture)


# --- curation ------------------------------------------------------------------------------------------


def clean_label(label: str) -> str:
    label = " ".join((label or "").split())
    if not label:
        raise CurationError("Give the topic a label.")
    if "\x00" in label:
        raise CurationError("A label cannot hold a NUL character.")
    if len(label) > LABEL_MAX_LENGTH:
        raise CurationError(f"Keep the label under {LABEL_MAX_LENGTH} characters.")
    return label


def rename_topic(topic: Topic, label: str) -> Topic:
    topic.label = clean_label(label)
    topic.label_curated = True
    topic.save(update_fields=["label", "label_curated", "updated_at"])
    return topic


def place_by_hand(passage: Passage, topic: Topic | None, editor) -> PassagePlacement:
    """Put ``passage`` in ``topic`` (``None``: the furniture band), as a decision re-runs keep."""
    if topic is not None and topic.story_id != passage.article.story_id:
        raise CurationError("That topic belongs to another story.")
    existing = PassagePlacement.objects.filter(passage=passage).first()
    before = audit.snapshot(existing) if existing else None
    placement, _ = PassagePlacement.objects.update_or_create(
        passage=passage, defaults={"topic": topic, "by_hand": True, "placed_by": editor}
    )
    audit.record(editor, "change" if existing else "create", placement, before=before, article=passage.article_id)
    return placement


@transaction.atomic
def move_passage(passage: Passage, editor, *, topic: Topic | None = None, new_label: str = "",
                 furniture: bool = False) -> Topic | None:
    """Move a passage to ``topic``, to a new topic called ``new_label``, or to the furniture band."""
    if sum([topic is not None, bool(new_label.strip()), furniture]) != 1:
        raise CurationError("Choose one destination: a topic, a new topic's label, or the furniture band.")
    if passage.article.story_id is None:
        raise CurationError("This passage's article is not filed in a story.")
    if new_label.strip():
        topic = Topic.objects.create(story_id=passage.article.story_id, label=clean_label(new_label),
                                     label_curated=True)
    previous = getattr(getattr(passage, "placement", None), "topic", None)
    place_by_hand(passage, topic, editor)
    if previous is not None and previous != topic and not previous.placements.exists():
        previous.delete()
    return topic


@transaction.atomic
def merge_topics(target: Topic, source: Topic, editor) -> Topic:
    """Fold ``source`` into ``target``: its passages move there, by hand, and ``source`` goes."""
    if target.pk == source.pk:
        raise CurationError("Choose two different topics to merge.")
    if target.story_id != source.story_id:
        raise CurationError("Only topics of the same story can be merged.")
    target.placements.model.objects.filter(topic=source).update(topic=target, by_hand=True, placed_by=editor)
    # Passages already in the target stay automatic no more: the merged row is the editor's decision.
    target.placements.filter(by_hand=False).update(by_hand=True, placed_by=editor)
    source.delete()
    return target


# --- what the alignment last did, for the comparison page ---------------------------------------------


@dataclass
class AlignmentStatus:
    last_run: object  # the latest AlignmentRun, or None
    mismatches: list  # StoryMatch rows: articles filed here that do not resemble the story
    unplaced: int  # passages not aligned yet (an article stored without the import pipeline)


def alignment_status(story) -> AlignmentStatus:
    """The latest run's changes, the articles that do not resemble the story, and passages awaiting a run;
    three queries, and no alignment work: that was done when the data changed."""
    from newsdesk.models import AlignmentRun, StoryMatch

    last_run = AlignmentRun.objects.filter(story=story).order_by("-ran_at", "-pk").first()
    mismatches = list(StoryMatch.objects.filter(article__story=story, story=story, resembles=False)
                      .select_related("article").order_by("score", "article_id"))
    unplaced = Passage.objects.filter(article__story=story, placement__isnull=True).count()
    return AlignmentStatus(last_run=last_run, mismatches=mismatches, unplaced=unplaced)
