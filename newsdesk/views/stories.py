"""Corpus pages: the list of stories and a story's articles. The reader lives with the annotations."""

from django import forms
from django.contrib import messages
from django.db.models import Count
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from newsdesk.alignment import filing
from newsdesk.blinding import attach_mastheads, hides_outlets
from newsdesk.input_checks import IdChoiceField
from newsdesk.models import Article, Story
from newsdesk.outlet_order import by_outlet
from newsdesk.roles import requires


@requires("newsdesk.view_story")
def story_list(request):
    """Every story, with how many articles and outlets it holds; then the articles no story holds yet."""
    stories = Story.objects.annotate(
        article_count=Count("articles", distinct=True),
        outlet_count=Count("articles__outlet", distinct=True),
    )
    unfiled = []
    if request.user.has_perm("newsdesk.view_article"):
        unfiled = list(filing.unfiled_articles().select_related("story_match__story", "story_match__passed_over"))
    if unfiled and request.user.has_perm(FILE_PERMISSION):
        # The suggestion was decided when the article was imported or a story changed; reading it is all
        # this page does.
        # The stories to file into, read once for every article's form rather than once per form.
        choices = list(FilingForm.base_fields["story"].choices)
        for article in unfiled:
            match = getattr(article, "story_match", None)
            suggested = match.story if match is not None and match.resembles else None
            article.filing_form = FilingForm(initial={"story": suggested}, auto_id=f"file-{article.pk}-%s")
            article.filing_form.fields["story"].choices = choices
            article.suggested_story = suggested
            article.suggestion_reason = match if suggested else None
            # The story its words chose, not suggested because the article is dated weeks before it began.
            article.passed_over = match.passed_over if match is not None and not suggested else None
            if article.passed_over is not None:
                from newsdesk.alignment.story_suggestion import time_before

                article.dated_before = time_before(match.days_before)
    return render(request, "newsdesk/story_list.html", {"stories": stories, "unfiled": unfiled})


FILE_PERMISSION = "newsdesk.change_article"


class TitledSelect(forms.Select):
    """A select whose options carry their whole label as a title: a long story title is cut at the select's edge
    (with an ellipsis, app.css), and read whole on hover. ``static/js/choices.js`` gives the select the title of
    its chosen option."""

    def create_option(self, name, value, label, selected, index, subindex=None, attrs=None):
        option = super().create_option(name, value, label, selected, index, subindex, attrs)
        if value:
            option["attrs"]["title"] = label
        return option

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        chosen = [option["label"] for group in context["widget"]["optgroups"] for option in group[1]
                  if option["selected"] and option["value"]]
        context["widget"]["attrs"]["data-titled"] = ""
        if chosen:
            context["widget"]["attrs"]["title"] = chosen[0]
        return context


class FilingForm(forms.Form):
    story = IdChoiceField(
        queryset=Story.objects.order_by("title"), empty_label="— choose a story —", widget=TitledSelect,
        error_messages={"required": "Choose a story.", "invalid_choice": "That story no longer exists."},
    )


@requires(FILE_PERMISSION, message="Only editors file articles into stories.")
@require_POST
def article_file(request, pk):
    """File an unfiled article into a story; back to the list of stories with what happened."""
    article = get_object_or_404(Article, pk=pk)
    form = FilingForm(request.POST)
    if not form.is_valid():
        messages.error(request, f"“{article.title}” not filed: {' '.join(form.errors['story'])}")
        return redirect("newsdesk:story-list")
    story = form.cleaned_data["story"]
    try:
        article = filing.file_article(article, story, request.user)
    except filing.FilingError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, f"Filed “{article.title}” into “{story.title}”.")
        match = article.story_match_after_filing
        if match is not None and not match.resembles:
            from newsdesk.alignment import upkeep  # the aligner, loaded by the filing above, not at start-up

            messages.warning(request, upkeep.mismatch_message(article, match))
    return redirect("newsdesk:story-list")


@requires("newsdesk.view_story", "newsdesk.view_article")
def story_detail(request, slug):
    """A story's articles, grouped by outlet (in import order while outlets are hidden from the user)."""
    story = get_object_or_404(Story, slug=slug)
    articles = story.articles.select_related("outlet", "story")
    if hides_outlets(request.user, story):
        articles = articles.order_by("outlet_id", "pk")
    else:
        articles = by_outlet(articles)
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
        return redirect("annotations:story-progress", slug=story.slug)
    return redirect("newsdesk:story-detail", slug=story.slug)
