"""The side-by-side comparison page of a story: topic rows x article columns, with highlights.

The grid's passages are the reader's (``reader.html#passage``, cut into runs by ``reader.passages_with_runs``)
inside cells marked with their article, so the reader's toolbar tags text in the grid exactly as in the
reader. Which highlights show is ``Annotation.objects.for_reader``'s decision, with the reader's filters.
"""

from collections import defaultdict
from urllib.parse import urlsplit

from django.http import QueryDict
from django.shortcuts import get_object_or_404, render
from django.urls import Resolver404, resolve
from django.utils.html import format_html_join

from annotations import comparison
from annotations.reader import ReaderFilters, passages_with_runs, reader_filters, shown_highlights
from annotations.suggestions.panel import panel_context
from annotations.tags import TAGS
from newsdesk.alignment import story_topics
from newsdesk.blinding import attach_mastheads
from newsdesk.models import Story
from newsdesk.roles import requires


def attach_runs(request, aligned, filters):
    """Give every passage of the story its highlight runs (``passage.view``); return the shown highlights."""
    _visible, shown = shown_highlights(aligned.articles, request.user, filters)
    highlights = defaultdict(list)
    for highlight in shown:
        highlights[highlight.article_id].append(highlight)
    passages = defaultdict(list)
    for passage in [p for row in aligned.rows for p in row.passages] + aligned.furniture:
        passages[passage.article_id].append(passage)
    for article in aligned.articles:
        ordered = sorted(passages[article.pk], key=lambda p: p.index)
        for passage, view in zip(ordered, passages_with_runs(article, highlights[article.pk], passages=ordered),
                                 strict=True):
            passage.view = view
    return shown


def attach_move_options(rows, all_topics):
    """Give each row the topics its passages may move to (``row.move_options``, its own selected), drawn
    once per row: every passage of a row offers the same list, and a grid has hundreds of passages."""
    for row in rows:
        row.move_options = format_html_join("", '<option value="{}"{}>{}</option>', (
            (topic.pk, " selected" if topic == row.topic else "", topic.label) for topic in all_topics
        ))


@requires("newsdesk.view_story", "newsdesk.view_topic")
def story_compare(request, slug):
    """How each outlet covers each sub-topic of a story, row by row; gaps show what an outlet leaves out."""
    story = get_object_or_404(Story, slug=slug)
    aligned = story_topics.story_alignment(story)
    attach_mastheads(aligned.articles, request.user)
    filters = reader_filters(request)
    shown = attach_runs(request, aligned, filters)
    options = comparison.Options.from_query(request.GET)
    compared = comparison.build(aligned, options, [(a.article_id, a.start, a.tag) for a in shown])
    all_topics = [row.topic for row in aligned.rows]
    can_curate = request.user.has_perm("newsdesk.change_topic")
    if can_curate:
        attach_move_options(compared.rows, all_topics)
    context = {
        "story": story,
        "compared": compared,
        "options": options,
        "filters": filters,
        "tags": TAGS,
        "all_topics": all_topics,
        "can_curate": can_curate,
        "can_annotate": request.user.has_perm("annotations.add_annotation"),
        "here": request.get_full_path(),
        "alignment_status": story_topics.alignment_status(story),
        **panel_context(request, aligned.articles),
    }
    return render(request, "annotations/compare.html", context)


def coverage_for_page(request, article) -> dict | None:
    """The coverage table of the comparison page an htmx write came from, for an out-of-band refresh.

    The page is the request's ``HX-Current-URL``; its query string holds the options and filters the table
    was drawn with. None when the write came from another page (the reader has a legend instead).
    """
    current_url = getattr(getattr(request, "htmx", None), "current_url", None)
    if not current_url or article.story_id is None:
        return None
    parts = urlsplit(current_url)
    try:
        match = resolve(parts.path)
    except Resolver404:
        return None
    if match.func is not story_compare or match.kwargs.get("slug") != article.story.slug:
        return None
    query = QueryDict(parts.query)
    aligned = story_topics.story_alignment(article.story)
    attach_mastheads(aligned.articles, request.user)
    _visible, shown = shown_highlights(aligned.articles, request.user, ReaderFilters.from_query(query))
    compared = comparison.build(aligned, comparison.Options.from_query(query),
                                [(a.article_id, a.start, a.tag) for a in shown])
    return {"compared": compared, "can_annotate": request.user.has_perm("annotations.add_annotation")}
