"""Assignments: the reviewer's queue with "mark done", and the editor's progress table per story."""

from django.contrib import messages
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_GET, require_POST

from annotations.models import Assignment
from annotations.workflow import assignments
from annotations.workflow.assignment_forms import AssignForm
from newsdesk.blinding import attach_mastheads
from newsdesk.models import Story
from newsdesk.roles import requires

EDITORS_ONLY = "Only editors assign reviewers and follow their progress."


def _next_url(request, default):
    target = request.POST.get("next", "")
    if target and url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        return target
    return default


@requires("annotations.add_annotation")
@require_GET
def my_queue(request):
    """The articles assigned to me, open ones first, with their state and a "mark done" action."""
    queue = list(assignments.queue_for(request.user))
    attach_mastheads([a.article for a in queue], request.user)
    open_count = sum(1 for a in queue if not a.done_at)
    return render(request, "annotations/queue.html", {"queue": queue, "open_count": open_count})


@requires("annotations.add_annotation")
@require_POST
def mark_done(request, pk):
    """Mark my assignment on an article done; in a blind story, others' highlights then appear to me."""
    assignment = get_object_or_404(
        Assignment.objects.with_progress().select_related("article__outlet", "article__story"),
        article_id=pk, reviewer=request.user,
    )
    if assignments.mark_done(assignment, by=request.user) and not request.htmx:
        messages.success(request, f"Marked “{assignment.article.title}” done.")
    if request.htmx and request.POST.get("next") is None:
        attach_mastheads([assignment.article], request.user)
        return render(request, "annotations/queue.html#queue-item", {"assignment": assignment})
    return redirect(_next_url(request, reverse("annotations:my-queue")))


def _progress_context(story, user, form=None):
    articles = attach_mastheads(story.articles.select_related("outlet", "story").order_by("pk"), user)
    return {
        "story": story,
        "articles": articles,
        "rows": assignments.progress_table(articles),
        "form": form or AssignForm(story=story),
    }


@requires("annotations.add_assignment", "annotations.view_assignment", message=EDITORS_ONLY)
@require_GET
def story_progress(request, slug):
    """Per story: who is assigned which article and how far each has got; assign more reviewers."""
    story = get_object_or_404(Story, slug=slug)
    return render(request, "annotations/progress.html", _progress_context(story, request.user))


@requires("annotations.add_assignment", message=EDITORS_ONLY)
@require_POST
def story_assign(request, slug):
    """Assign reviewers to the whole story or to chosen articles of it."""
    story = get_object_or_404(Story, slug=slug)
    form = AssignForm(request.POST, story=story)
    if not form.is_valid():
        context = _progress_context(story, request.user, form)
        return render(request, "annotations/progress.html", context, status=422)
    created = assignments.assign(
        form.cleaned_data["reviewers"], form.chosen_articles(), by=request.user,
        story=story if form.whole_story else None,
    )
    messages.success(request, f"{created} new assignment{'s' if created != 1 else ''}.")
    return redirect("annotations:story-progress", slug=story.slug)


@requires("annotations.change_assignment", message=EDITORS_ONLY)
@require_POST
def assignment_reopen(request, pk):
    """Open a done assignment again, so the reviewer may change their highlights."""
    assignment = get_object_or_404(Assignment.objects.select_related("article__story", "reviewer"), pk=pk)
    if assignments.reopen(assignment, by=request.user):
        messages.success(request, f"Reopened “{assignment.article.title}” for {assignment.reviewer.get_username()}.")
    if assignment.article.story is None:
        return redirect(assignment.article)
    return redirect("annotations:story-progress", slug=assignment.article.story.slug)


@requires("annotations.delete_assignment", message=EDITORS_ONLY)
@require_POST
def assignment_delete(request, pk):
    """Take an article off a reviewer's queue (their highlights stay)."""
    assignment = get_object_or_404(Assignment.objects.select_related("article__story", "reviewer"), pk=pk)
    story = assignment.article.story
    assignments.unassign(assignment, by=request.user)
    messages.success(request, f"Unassigned {assignment.reviewer.get_username()}.")
    if story is None:
        return redirect(assignment.article)
    return redirect("annotations:story-progress", slug=story.slug)


@requires("annotations.add_annotation")
@require_GET
def api_queue(request):
    """My assignments as JSON: ``[{article, title, story, outlet, state, done_at}]``, open ones first."""
    queue = list(assignments.queue_for(request.user))
    attach_mastheads([a.article for a in queue], request.user)
    data = [
        {
            "article": a.article_id,
            "title": a.article.title,
            "story": a.article.story.slug if a.article.story else None,
            "outlet": a.article.masthead.outlet,
            "state": a.state,
            "done_at": a.done_at.isoformat() if a.done_at else None,
        }
        for a in queue
    ]
    return JsonResponse(data, safe=False)
