"""The side-by-side comparison page of a story: topic rows x article columns, with highlights."""

from django.shortcuts import get_object_or_404, render

from newsdesk import topics
from newsdesk.blinding import attach_mastheads
from newsdesk.models import Story
from newsdesk.roles import requires

from . import comparison
from .models import Annotation
from .suggestion_panel import panel_context


def visible_highlights(user, story):
    """(article id, start, tag) of the highlights this user may see in the story."""
    visible = Annotation.objects.live().visible_to(user).filter(article__story=story)
    return visible.values_list("article_id", "start", "tag")


@requires("newsdesk.view_story", "newsdesk.view_topic")
def story_compare(request, slug):
    """How each outlet covers each sub-topic of a story, row by row; gaps show what an outlet leaves out."""
    story = get_object_or_404(Story, slug=slug)
    topics.ensure_aligned(story)
    aligned = topics.story_alignment(story)
    attach_mastheads(aligned.articles, request.user)
    options = comparison.Options.from_query(request.GET)
    compared = comparison.build(aligned, options, visible_highlights(request.user, story))
    context = {
        "story": story,
        "compared": compared,
        "options": options,
        "all_topics": [row.topic for row in aligned.rows],
        "can_curate": request.user.has_perm("newsdesk.change_topic"),
        "here": request.get_full_path(),
        **panel_context(request, aligned.articles),
    }
    return render(request, "annotations/compare.html", context)
