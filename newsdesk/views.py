"""Corpus pages: the list of stories and a story's articles. The reader lives with the annotations."""

from django.db.models import Count
from django.shortcuts import get_object_or_404, render

from .models import Story


def story_list(request):
    """Every story, with how many articles and outlets it holds."""
    stories = Story.objects.annotate(
        article_count=Count("articles", distinct=True),
        outlet_count=Count("articles__outlet", distinct=True),
    )
    return render(request, "newsdesk/story_list.html", {"stories": stories})


def story_detail(request, slug):
    """A story's articles, grouped by outlet."""
    story = get_object_or_404(Story, slug=slug)
    articles = story.articles.select_related("outlet").order_by("outlet__name", "published", "pk")
    return render(request, "newsdesk/story_detail.html", {"story": story, "articles": articles})
