"""Editors' curation of a story's topics: rename, move a passage, merge, re-run. Plain form posts that
return to the comparison page (keeping its options); errors come back as a message on that page."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from newsdesk.alignment import clustering, story_topics
from newsdesk.input_checks import parse_id
from newsdesk.models import Passage, Story, Topic
from newsdesk.roles import requires

CURATE = "newsdesk.change_topic"


def back(request, story):
    """To the page the form was on (the comparison, with its options), or the comparison itself."""
    target = request.POST.get("next", "")
    host = {request.get_host()}
    safe = url_has_allowed_host_and_scheme(target, allowed_hosts=host, require_https=request.is_secure())
    if not safe:
        target = reverse("annotations:story-compare", args=[story.slug])
    return redirect(target)


@requires(CURATE)
@require_POST
def topic_rename(request, slug, topic_id):
    """Give a topic a label of the editor's own; re-runs keep it."""
    story = get_object_or_404(Story, slug=slug)
    topic = get_object_or_404(Topic, pk=topic_id, story=story)
    try:
        story_topics.rename_topic(topic, request.POST.get("label", ""))
    except story_topics.CurationError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, f"Renamed the topic “{topic.label}”.")
    return back(request, story)


@requires(CURATE)
@require_POST
def passage_move(request, slug, passage_id):
    """Move a passage to another topic, a new topic or the page-furniture band; re-runs keep it there."""
    story = get_object_or_404(Story, slug=slug)
    passage = get_object_or_404(Passage.objects.select_related("article"), pk=passage_id, article__story=story)
    destination = request.POST.get("destination", "")
    try:
        if destination == "furniture":
            story_topics.move_passage(passage, request.user, furniture=True)
            where = "the page-furniture band"
        elif destination == "new":
            topic = story_topics.move_passage(passage, request.user, new_label=request.POST.get("new_label", "") or "")
            where = f"the new topic “{topic.label}”"
        else:
            topic = Topic.objects.filter(pk=parse_id(destination), story=story).first()
            if topic is None:
                raise story_topics.CurationError("Choose where to move the passage.")
            story_topics.move_passage(passage, request.user, topic=topic)
            where = f"“{topic.label}”"
    except story_topics.CurationError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, f"Moved the passage to {where}.")
    return back(request, story)


@requires(CURATE)
@require_POST
def topic_merge(request, slug, topic_id):
    """Fold this topic into another one chosen in the form."""
    story = get_object_or_404(Story, slug=slug)
    source = get_object_or_404(Topic, pk=topic_id, story=story)
    target = Topic.objects.filter(pk=parse_id(request.POST.get("into")), story=story).first()
    try:
        if target is None:
            raise story_topics.CurationError("Choose the topic to merge into.")
        story_topics.merge_topics(target, source, request.user)
    except story_topics.CurationError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, f"Merged into “{target.label}”.")
    return back(request, story)


@requires(CURATE)
@require_POST
def story_realign(request, slug):
    """Re-run the automatic alignment; hand placements and curated labels stay."""
    story = get_object_or_404(Story, slug=slug)
    run = clustering.align_story(story)
    messages.success(
        request,
        f"Re-aligned: {run.topics} topics, {run.furniture} passages of page furniture, "
        f"{run.kept_by_hand} placed by hand kept.",
    )
    return back(request, story)
