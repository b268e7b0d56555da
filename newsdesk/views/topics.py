"""Editors' curation of a story's topics: rename, move a passage, merge, re-run. Plain form posts that
return to the comparison page (keeping its options); errors come back as a message on that page."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.views.decorators.http import require_POST

from newsdesk.alignment import story_topics
from newsdesk.input_checks import parse_id
from newsdesk.models import AlignmentRun, Passage, Story, Topic
from newsdesk.redirects import next_url
from newsdesk.roles import requires

CURATE = "newsdesk.change_topic"


def back(request, story):
    """To the page the form was on (the comparison, with its options), or the comparison itself."""
    return redirect(next_url(request, reverse("annotations:story-compare", args=[story.slug])))


def curate(request, story, change):
    """Make the editor's ``change`` (it returns what to tell them) and go back; a refused one says why."""
    try:
        done = change()
    except story_topics.CurationError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, done)
    return back(request, story)


def story_topic(slug, topic_id) -> Topic:
    """The topic of the story in the address, or 404."""
    return get_object_or_404(Topic.objects.select_related("story"), pk=topic_id, story__slug=slug)


@requires(CURATE)
@require_POST
def topic_rename(request, slug, topic_id):
    """Give a topic a label of the editor's own; re-runs keep it."""
    topic = story_topic(slug, topic_id)

    def rename():
        story_topics.rename_topic(topic, request.POST.get("label", ""))
        return f"Renamed the topic “{topic.label}”."

    return curate(request, topic.story, rename)


@requires(CURATE)
@require_POST
def passage_move(request, slug, passage_id):
    """Move a passage to another topic, a new topic or the page-furniture band; re-runs keep it there."""
    story = get_object_or_404(Story, slug=slug)
    passage = get_object_or_404(Passage.objects.select_related("article"), pk=passage_id, article__story=story)
    destination = request.POST.get("destination", "")

    def move():
        if destination == "furniture":
            story_topics.move_passage(passage, request.user, furniture=True)
            return "Moved the passage to the page-furniture band."
        if destination == "new":
            topic = story_topics.move_passage(passage, request.user, new_label=request.POST.get("new_label", "") or "")
            return f"Moved the passage to the new topic “{topic.label}”."
        topic = Topic.objects.filter(pk=parse_id(destination), story=story).first()
        if topic is None:
            raise story_topics.CurationError("Choose where to move the passage.")
        story_topics.move_passage(passage, request.user, topic=topic)
        return f"Moved the passage to “{topic.label}”."

    return curate(request, story, move)


@requires(CURATE)
@require_POST
def topic_merge(request, slug, topic_id):
    """Fold this topic into another one chosen in the form."""
    source = story_topic(slug, topic_id)
    story = source.story
    target = Topic.objects.filter(pk=parse_id(request.POST.get("into")), story=story).first()

    def merge():
        if target is None:
            raise story_topics.CurationError("Choose the topic to merge into.")
        story_topics.merge_topics(target, source, request.user)
        return f"Merged into “{target.label}”."

    return curate(request, story, merge)


@requires(CURATE)
@require_POST
def story_realign(request, slug):
    """Re-run the automatic alignment; hand placements and curated labels stay."""
    from newsdesk.alignment import upkeep  # the aligner and NumPy: loaded on the first re-run

    story = get_object_or_404(Story, slug=slug)
    run = upkeep.realign(story, trigger=AlignmentRun.Trigger.RERUN, user=request.user)
    messages.success(
        request,
        f"Re-aligned: {run.topics} topics, {run.furniture} passages of page furniture, "
        f"{run.kept_by_hand} placed by hand kept, {run.kept_in_curated} kept in curated topics.",
    )
    return back(request, story)
