"""Read-only JSON for scripts: stories, and articles with their passages."""

from django.db.models import Prefetch
from django.http import JsonResponse
from django.views.decorators.http import require_GET

from .models import Article, Story


def article_json(article: Article) -> dict:
    return {
        "id": article.pk,
        "story": article.story.slug if article.story else None,
        "outlet": article.outlet.name,
        "title": article.title,
        "byline": article.byline,
        "url": article.url,
        "published": article.published.isoformat() if article.published else None,
        "text": article.text,
        "passages": [{"index": p.index, "start": p.start, "end": p.end} for p in article.passages.all()],
    }


@require_GET
def stories(request):
    data = [
        {
            "slug": s.slug,
            "title": s.title,
            "articles": [{"id": a.pk, "outlet": a.outlet.name, "title": a.title} for a in s.articles.all()],
        }
        for s in Story.objects.prefetch_related(Prefetch("articles", Article.objects.with_related()))
    ]
    return JsonResponse(data, safe=False)


@require_GET
def articles(request):
    queryset = Article.objects.with_related().prefetch_related("passages").order_by("pk")
    slug = request.GET.get("story")
    if slug is not None:
        if not Story.objects.filter(slug=slug).exists():
            return JsonResponse({"errors": {"story": [f"No story with slug {slug!r}."]}}, status=404)
        queryset = queryset.filter(story__slug=slug)
    return JsonResponse([article_json(a) for a in queryset], safe=False)
