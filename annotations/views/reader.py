"""Pages that show articles together with reviewers' highlights, and the reader's write actions.

Every action answers htmx with the refreshed pieces of the page (passages and legend as out-of-band
swaps) and a plain form post with a redirect back, so tagging also works without JavaScript.

The popover's edit and delete forms send the version of the highlight they show. When the highlight has
changed since (in another tab, say), nothing is written: the answer (409) shows the highlight as it is now
and says who changed what.
"""

from django.contrib import messages
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET, require_POST

from annotations.anchoring import quoted
from annotations.forms import AnnotationChangeForm, AnnotationForm
from annotations.models import Annotation, DuplicateHighlight, StaleVersion
from annotations.reader import reader_context, reviewers_of
from annotations.suggestions.panel import panel_context
from annotations.tags import TAGS
from annotations.views.compare import coverage_for_page
from annotations.workflow import assignments, conflicts
from newsdesk.blinding import attach_mastheads
from newsdesk.input_checks import parse_id
from newsdesk.models import Article
from newsdesk.redirects import next_url
from newsdesk.roles import requires

TEMPLATE = "annotations/reader.html"
MAX_IDS = 100  # highlights under one click


@requires("newsdesk.view_article")
@require_GET
def reader(request, pk):
    """One article, passage by passage, with the highlights the reader has chosen to see."""
    article = get_object_or_404(Article.objects.with_related(), pk=pk)
    attach_mastheads([article], request.user)
    context = reader_context(request, article)
    reviewers = list(reviewers_of(article, request.user))
    others = [name for name in reviewers if name != request.user.get_username()]
    unseen = others and not context["filters"].others_visible and not any(e["count"] for e in context["legend"])
    context.update(
        tags=TAGS, reviewers=reviewers,
        # Whose highlights the user may see but has hidden while having none of their own: the legend says how to
        # show them (an editor opening an article sees only their own highlights, often none).
        unseen_reviewers=(" and ".join([", ".join(others[:-1]), others[-1]]) if len(others) > 1 else others[0])
        if unseen else "",
        unseen_count=len(others),
        every_reviewer_url=every_reviewer_url(request, article),
        review=assignments.review_status(request.user, article), **panel_context(request, [article]),
    )
    return render(request, TEMPLATE, context)


def every_reviewer_url(request, article) -> str:
    """The reader of ``article`` showing every reviewer's highlights, with the page's other query parameters kept (the
    tag filter the reader chose, the claims and suggestions shown)."""
    query = request.GET.copy()
    query["all"] = "1"
    return f"{article.get_absolute_url()}?{query.urlencode()}"


@requires("annotations.add_annotation", message="Only reviewers may add highlights.")
@require_POST
def annotation_create(request):
    """Save a highlight from the toolbar; answer with the refreshed passages and legend."""
    form = AnnotationForm(request.POST, reviewer=request.user)
    if not form.is_valid():
        return create_refused(request, form)
    try:
        annotation = form.save(reviewer=request.user)
    except DuplicateHighlight:
        return create_refused(request, form)  # the reviewer already has this highlight
    status = f"Saved: {annotation.tag_info.label} on {quoted(annotation.quote, 40)}."
    if not request.htmx:
        messages.success(request, status)
        return redirect_back(request, annotation.article)
    return render_changes(request, annotation, status)


def create_refused(request, form):
    if request.htmx:
        return render(request, f"{TEMPLATE}#toolbar-errors", {"form": form}, status=422)
    for field, errors in form.errors.items():
        messages.error(request, f"Highlight not saved — {field}: {' '.join(errors)}")
    return redirect_back(request, form.cleaned_data.get("article"))


@requires("annotations.view_annotation")
@require_GET
def annotation_details(request, pk):
    """The popover for the highlights under a click: tag, note, source, author, time; owners may edit."""
    article = get_object_or_404(Article.objects.with_related(), pk=pk)
    # A value that is not a highlight id names nothing to show ("no longer visible"), never a query.
    ids = [pk for pk in map(parse_id, request.GET.get("ids", "").split()[:MAX_IDS]) if pk is not None]
    annotations = Annotation.objects.for_reader(article, request.user, show_all=True).filter(pk__in=ids)
    # Opened without naming a highlight (a bare address, a bookmark): say that none was chosen, not that it went.
    none_chosen = not request.GET.get("ids", "").strip()
    context = {"article": article, "cards": cards(request, annotations), "none_chosen": none_chosen}
    if request.htmx:
        return render(request, f"{TEMPLATE}#popover", context)
    attach_mastheads([article], request.user)  # the breadcrumb names the outlet as the reader does
    return render(request, "annotations/details.html", context)


@requires("annotations.change_annotation")
@require_POST
def annotation_edit(request, pk):
    """Change a highlight's tag, note or source (its owner only)."""

    def edit(annotation, seen):
        form = AnnotationChangeForm(request.POST, instance=annotation, auto_id=f"edit-{pk}-%s")
        if not form.is_valid():
            context = {"article": annotation.article, "cards": [(annotation, form)]}
            if request.htmx:
                return render(request, f"{TEMPLATE}#popover", context, status=422)
            attach_mastheads([annotation.article], request.user)
            return render(request, "annotations/details.html", context, status=422)
        annotation = form.save(by=request.user, expected_version=seen)
        status = f"Updated: {annotation.tag_info.label} on {quoted(annotation.quote, 40)}."
        return changed(request, annotation, status, cards=cards(request, [annotation]))

    return write_own(request, pk, edit)


@requires("annotations.delete_annotation")
@require_POST
def annotation_delete(request, pk):
    """Delete a highlight (its owner only). The row stays, marked deleted, for the audit trail."""

    def delete(annotation, seen):
        annotation.soft_delete(request.user, expected_version=seen)
        status = f"Deleted the {annotation.tag_info.label.lower()} highlight on {quoted(annotation.quote, 40)}."
        return changed(request, annotation, status)

    return write_own(request, pk, delete)


def write_own(request, pk, write):
    """Run ``write(annotation, seen)`` on the user's own highlight at the version the popover showed (``seen``)
    and return its answer; when the highlight has changed since, before or during the write, the answer is a
    conflict instead and nothing is written."""
    seen = posted_version(request)
    annotation = owned_annotation(request, pk, seen)
    if seen not in (None, annotation.version):
        return conflict_answer(request, annotation, seen)
    try:
        return write(annotation, seen)
    except StaleVersion:
        return conflict_answer(request, owned_annotation(request, pk, seen), seen)


def posted_version(request) -> int | None:
    """The version the popover showed; a malformed one is treated as none (the form always sends a good one)."""
    try:
        return conflicts.parse_version(request.POST.get("version"))
    except conflicts.BadVersion:
        return None


def changed(request, annotation, status: str, cards=()):
    """After a change: the page again with ``status`` as a message, or (htmx) the changed regions."""
    if not request.htmx:
        messages.success(request, status)
        return redirect_back(request, annotation.article)
    return render_changes(request, annotation, status, cards=cards)


def owned_annotation(request, pk, seen=None) -> Annotation:
    """The user's own highlight: someone else's is not theirs to change, so it is not found (404). One that
    was deleted or orphaned is found only for a form that saw an earlier version of it (a conflict)."""
    mine = Annotation.objects.filter(reviewer=request.user).select_related("article", "reviewer")
    annotation = get_object_or_404(mine, pk=pk)
    if annotation.vanished_before(seen):
        raise Http404("No such highlight.")
    return annotation


def conflict_answer(request, annotation, seen):
    """409: the highlight as it is now (with a fresh form when it still shows) and what changed since ``seen``."""
    conflict = conflicts.describe(annotation, seen)
    shown = cards(request, [annotation]) if annotation.is_live else []
    if request.htmx:
        return render_changes(request, annotation, conflict.message, cards=shown, conflict=conflict.message,
                              status_code=409)
    context = {"article": attach_mastheads([annotation.article], request.user)[0], "cards": shown,
               "conflict": conflict.message}
    return render(request, "annotations/details.html", context, status=409)


def cards(request, annotations):
    """Each highlight with its edit form when the user owns it."""
    return [
        (a, AnnotationChangeForm(instance=a, auto_id=f"edit-{a.pk}-%s") if a.is_owned_by(request.user) else None)
        for a in annotations
    ]


def render_changes(request, annotation, status, cards=(), status_code=200, **extra):
    """The passages the highlight touches and the page's tag counts, swapped out of band; a status line."""
    article = annotation.article
    context = reader_context(request, article, within=(annotation.start, annotation.end))
    context.update(extra, status=status, cards=cards, oob=True, **tag_counts_region(request, article))
    return render(request, f"{TEMPLATE}#changes", context, status=status_code)


def tag_counts_region(request, article) -> dict:
    """Which tag counts the page that sent the write shows: the comparison grid's coverage table, or (the
    reader) its legend. Each page has only its own, and htmx reports an out-of-band swap with no target."""
    return {"coverage": coverage_for_page(request, article)}


def redirect_back(request, article):
    return HttpResponseRedirect(next_url(request, article.get_absolute_url() if article else "/"))


