"""Adjudication pages: an editor settles reviewers' highlights on an article into the consensus layer.

The forms carry the versions of what they show; a decision made on something changed since is refused with
409 (htmx: the section as it is now, with the message) or a message on the page.
"""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_POST

from annotations.anchoring import place_in_words
from annotations.models import Annotation, ConsensusAnnotation
from annotations.tags import TAGS
from annotations.workflow import adjudication, conflicts
from newsdesk.blinding import attach_mastheads
from newsdesk.input_checks import parse_id, parse_ids
from newsdesk.models import Article
from newsdesk.roles import requires

EDITORS_ONLY = "Only editors adjudicate highlights into the consensus."


def _chosen_highlights(request, article):
    """The article's live highlights the form names. A value that is not a highlight id is refused
    (``DecisionError``), never skipped: the decision would rest on fewer highlights than the editor chose."""
    ids = parse_ids(request.POST.getlist("annotations"))
    if ids is None:
        raise adjudication.DecisionError({"annotations": "The form names something that is not a highlight."})
    return list(Annotation.objects.live().filter(article=article, pk__in=ids))


def _seen(request) -> dict[int, int] | None:
    """The versions the form saw, ``id:version`` each; None from a client that sends none."""
    seen = {}
    for value in request.POST.getlist("seen"):
        pk, _, version = value.partition(":")
        pk, version = parse_id(pk), parse_id(version)
        if pk is None or version is None:
            raise adjudication.DecisionError({"seen": "The versions the form saw are not highlight id:version pairs."})
        seen[pk] = version
    return seen or None


def _refused(request, article, message: str):
    """422: nothing was decided; the section (htmx) or the page (a plain form) says why."""
    return _back(request, article, message, status=422)


def _conflict(request, article, error):
    """409: nothing was decided, because someone changed what the page showed; it shows what is there now."""
    return _back(request, article, error.message, status=409, outcome="Not saved: ")


def _back(request, article, error: str = "", *, status: int = 200, outcome: str = ""):
    """The adjudication section as it is now (htmx), or the page again. A refusal's ``error`` is shown in the
    section with ``status``, or on the page as a message that starts with the ``outcome``."""
    if request.htmx:
        context = {**_context(request, article), "error": error}
        return render(request, "annotations/adjudicate.html#adjudication", context, status=status if error else 200)
    if error:
        messages.error(request, f"{outcome}{error}")
    return redirect("annotations:article-adjudicate", pk=article.pk)


def _context(request, article):
    groups, reviewer_count = adjudication.adjudication_for(article)
    consensus = list(ConsensusAnnotation.objects.filter(article=article).select_related("decided_by"))
    passages = adjudication.paragraphs(article)
    for item in consensus:
        item.place = place_in_words(article.text, passages, item.start, item.end)
    return {
        "article": article,
        "groups": groups,
        "reviewer_count": reviewer_count,
        "waiting": adjudication.waiting_reviewers(article),
        "agreements": sum(1 for g in groups if g.agreed),
        "pending": sum(1 for g in groups if not g.settled),
        "pending_agreements": sum(1 for g in groups if g.agreed and not g.settled),
        "consensus": consensus,
        "tags": TAGS,
    }


@requires("annotations.view_consensusannotation", "annotations.add_consensusannotation", message=EDITORS_ONLY)
@require_GET
def adjudicate(request, pk):
    """Every reviewer's highlights on the article, span by span: agreements first, then disagreements."""
    article = get_object_or_404(Article.objects.with_related(), pk=pk)
    attach_mastheads([article], request.user)
    return render(request, "annotations/adjudicate.html", _context(request, article))


@requires("annotations.add_consensusannotation", message=EDITORS_ONLY)
@require_POST
def consensus_accept(request, pk):
    """Accept a candidate into the consensus as proposed, or with the editor's changes."""
    article = get_object_or_404(Article.objects.with_related(), pk=pk)
    try:
        adjudication.accept(
            article, _chosen_highlights(request, article), tag=request.POST.get("tag", ""),
            start=request.POST.get("start"), end=request.POST.get("end"), note=request.POST.get("note", ""),
            source=request.POST.get("source", ""), by=request.user, seen=_seen(request),
        )
    except adjudication.DecisionConflict as error:
        return _conflict(request, article, error)
    except adjudication.DecisionError as error:
        return _back(request, article, str(error), status=422, outcome="Not accepted: ")
    return _back(request, article)


@requires("annotations.add_consensusannotation", message=EDITORS_ONLY)
@require_POST
def consensus_accept_agreements(request, pk):
    """Accept every span all reviewers agree on that is not decided yet."""
    article = get_object_or_404(Article.objects.with_related(), pk=pk)
    try:
        accepted = adjudication.accept_agreements(article, by=request.user)
    except adjudication.DecisionError as error:
        return _back(request, article, f"None accepted: {error}", status=422)
    if not request.htmx:
        messages.success(request, f"Accepted {accepted} agreed span{'s' if accepted != 1 else ''}.")
    return _back(request, article)


@requires("annotations.add_consensusannotation", message=EDITORS_ONLY)
@require_POST
def consensus_reject(request, pk):
    """Leave a candidate out of the consensus."""
    article = get_object_or_404(Article.objects.with_related(), pk=pk)
    try:
        highlights, seen = _chosen_highlights(request, article), _seen(request)
    except adjudication.DecisionError as error:
        return _refused(request, article, f"Not rejected: {error}")
    if not highlights and not seen:
        return _back(request, article, "Choose a highlight to reject.", status=422)
    try:
        adjudication.reject(highlights, by=request.user, seen=seen)
    except adjudication.DecisionConflict as error:
        return _conflict(request, article, error)
    return _back(request, article)


@requires("annotations.add_consensusannotation", "annotations.delete_consensusannotation", message=EDITORS_ONLY)
@require_POST
def consensus_reopen(request, pk):
    """Undo the decision on a candidate, so it is pending again."""
    article = get_object_or_404(Article.objects.with_related(), pk=pk)
    try:
        highlights = _chosen_highlights(request, article)
        _seen(request)  # not needed to reopen, but a malformed one is refused like everywhere else
    except adjudication.DecisionError as error:
        return _refused(request, article, f"Not reopened: {error}")
    if not highlights:
        return _refused(request, article, "Choose a highlight to reopen.")
    adjudication.reopen(article, highlights, by=request.user)
    return _back(request, article)


@requires("annotations.delete_consensusannotation", message=EDITORS_ONLY)
@require_POST
def consensus_delete(request, pk):
    """Remove a span from the consensus layer."""
    try:
        seen = conflicts.parse_version(request.POST.get("version"))
    except conflicts.BadVersion:
        seen = None
    consensus = ConsensusAnnotation.objects.select_related("article").filter(pk=pk).first()
    if consensus is None:
        removal = adjudication.removal_of(pk) if seen is not None else None
        if removal is None or removal.article is None:
            raise Http404("No such consensus highlight.")
        return _conflict(request, removal.article, adjudication.removed_conflict(pk))
    try:
        adjudication.remove(consensus, by=request.user, seen=seen)
    except adjudication.DecisionConflict as error:
        return _conflict(request, consensus.article, error)
    return _back(request, consensus.article)
