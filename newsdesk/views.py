"""Corpus pages: the list of stories and a story's articles. The reader lives with the annotations."""

from django import forms
from django.contrib import messages
from django.db.models import Count
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from .blinding import attach_mastheads, hides_outlets
from .models import Story
from .roles import requires


@requires("newsdesk.view_story")
def story_list(request):
    """Every story, with how many articles and outlets it holds."""
    stories = Story.objects.annotate(
        article_count=Count("articles", distinct=True),
        outlet_count=Count("articles__outlet", distinct=True),
    )
    return render(request, "newsdesk/story_list.html", {"stories": stories})


@requires("newsdesk.view_story", "newsdesk.view_article")
def story_detail(request, slug):
    """A story's articles, grouped by outlet (in import order while outlets are hidden from the user)."""
    story = get_object_or_404(Story, slug=slug)
    articles = story.articles.select_related("outlet", "story")
    if hides_outlets(request.user, story):
        articles = articles.order_by("outlet_id", "pk")
    else:
        articles = articles.order_by("outlet__name", "published", "pk")
    articles = attach_mastheads(articles, request.user)
    context = {"story": story, "articles": articles, "settings_form": ReviewSettingsForm(instance=story)}
    return render(request, "newsdesk/story_detail.html", context)


class ReviewSettingsForm(forms.ModelForm):
    class Meta:
        model = Story
        fields = ["blind_annotation", "outlet_blind"]
        labels = {"blind_annotation": "Blind annotation", "outlet_blind": "Outlet-blind review"}


@requires("newsdesk.change_story", message="Only editors change a story's review settings.")
@require_POST
def story_review_settings(request, slug):
    """Switch a story's blind annotation and outlet-blind review on or off."""
    story = get_object_or_404(Story, slug=slug)
    ReviewSettingsForm(request.POST, instance=story).save()
    messages.success(request, "Review settings saved.")
    if request.POST.get("next") == "progress":
        return redirect("story-progress", slug=story.slug)
    return redirect("story-detail", slug=story.slug)
