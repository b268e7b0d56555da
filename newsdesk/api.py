"""JSON for scripts: stories, articles with their passages, a story's topic alignment, story suggestion."""

import datetime as dt

from django.db.models import Prefetch
from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_GET, require_POST

from newsdesk.alignment import story_topics
from newsdesk.blinding import Masthead, attach_mastheads
from newsdesk.jsonbody import BadBody, error_response, errors_response, json_object
from newsdesk.models import Article, Story
from newsdesk.roles import requires

SUGGEST_MAX_CHARS = 2_000_000


def article_json(article: Article) -> dict:
    """An article as JSON; outlet, byline and URL as the requesting user may see them (``attach_mastheads``)."""
    masthead = getattr(article, "masthead", None) or Masthead(article.outlet.name, article.byline, article.url, False)
    return {
        "id": article.pk,
        "story": article.story.slug if article.story else None,
        "outlet": masthead.outlet,
        "title": article.title,
        "byline": masthead.byline,
        "url": masthead.url,
        "published": article.published.isoformat() if article.published else None,
        "text": article.text,
        "passages": [{"index": p.index, "start": p.start, "end": p.end} for p in article.passages.all()],
    }


@requires("newsdesk.view_story")
@require_GET
def stories(request):
    data = [
        {
            "slug": s.slug,
            "title": s.title,
            "articles": [
                {"id": a.pk, "outlet": a.masthead.outlet, "title": a.title}
                for a in attach_mastheads(s.articles.all(), request.user)
            ],
        }
        for s in Story.objects.prefetch_related(Prefetch("articles", Article.objects.with_related()))
    ]
    return JsonResponse(data, safe=False)


@requires("newsdesk.view_article")
@require_GET
def articles(request):
    queryset = Article.objects.with_related().prefetch_related("passages").order_by("pk")
    slug = request.GET.get("story")
    if slug is not None:
        if not Story.objects.filter(slug=slug).exists():
            return error_response(404, story=f"No story with slug {slug!r}.")
        queryset = queryset.filter(story__slug=slug)
    return JsonResponse([article_json(a) for a in attach_mastheads(queryset, request.user)], safe=False)


def passage_json(passage) -> dict:
    return {"article": passage.article_id, "index": passage.index, "start": passage.start, "end": passage.end}


@requires("newsdesk.view_topic")
@require_GET
def story_alignment(request, slug):
    """A story's topics (ordered by outlet coverage) and its page-furniture band, as last aligned (on import,
    filing or an editor's re-run: reading never aligns)."""
    story = get_object_or_404(Story, slug=slug)
    aligned = story_topics.story_alignment(story)
    return JsonResponse({
        "story": story.slug,
        "articles": [
            {"id": a.pk, "outlet": a.masthead.outlet, "title": a.title}
            for a in attach_mastheads(aligned.articles, request.user)
        ],
        "topics": [
            {"id": row.topic.pk, "label": row.topic.label, "curated": row.curated,
             "passages": [passage_json(p) for p in row.passages]}
            for row in aligned.rows
        ],
        "furniture": [passage_json(p) for p in aligned.furniture],
    })


@requires("newsdesk.view_story")
@require_POST
def suggest(request):
    """{title, text, published?} -> {story: slug or null, score, not_suggested}: the stored story this article most
    resembles."""
    try:
        data = json_object(request, empty={}, message='Send a JSON object: {"title": ..., "text": ...}.')
    except BadBody as bad:
        return errors_response(bad.errors)
    errors = {}
    title, text = data.get("title", ""), data.get("text")
    if not isinstance(title, str):
        errors["title"] = ["The title must be a string."]
    if not isinstance(text, str) or not text.strip():
        errors["text"] = ["Give the article's text."]
    elif len(text) > SUGGEST_MAX_CHARS:
        errors["text"] = [f"The text is longer than {SUGGEST_MAX_CHARS:,} characters."]
    # The day the article was published, when the script knows it; else the date its page prints, as an import reads.
    published = data.get("published")
    if published is not None:
        try:
            published = dt.date.fromisoformat(published) if isinstance(published, str) and published else None
        except ValueError:
            published = None
        if published is None:
            errors["published"] = ["Give the day the article was published as YYYY-MM-DD, or leave it out."]
    if errors:
        return errors_response(errors)
    from newsdesk.alignment import story_suggestion  # brings NumPy: loaded on the first suggestion

    found = story_suggestion.suggestion(title, text, published=published)
    # The story the words chose that the article is dated weeks before (``story_suggestion.passed_over``), if any.
    passed_over = found.passed_over
    return JsonResponse({"story": found.story.slug if found.story else None, "score": found.score,
                         "not_suggested": {"story": passed_over.slug, "days_before": found.days_before}
                         if passed_over else None})
