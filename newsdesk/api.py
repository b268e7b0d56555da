"""Read-only JSON for scripts: stories, and articles with their passages."""

from django.db.models import Prefetch
from django.http import JsonResponse
from django.views.decorators.http import require_GET

from .blinding import Masthead, attach_mastheads
from .models import Article, Story
from .roles import requires


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
            return JsonResponse({"errors": {"story": [f"No story with slug {slug!r}."]}}, status=404)
        queryset = queryset.filter(story__slug=slug)
    return JsonResponse([article_json(a) for a in attach_mastheads(queryset, request.user)], safe=False)
