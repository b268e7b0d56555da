"""Pages for corrections and their aftermath: correct an article's text (editors), see its history and
restore deleted highlights (editors), and place again or delete one's own orphaned highlights."""

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied, RequestDataTooBig
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from annotations.anchoring import anchor, occurrences, shorten
from annotations.history import describe_events
from annotations.models import Annotation, DuplicateHighlight
from annotations.workflow.corrections import correct_article, preview_correction
from newsdesk.blinding import attach_mastheads
from newsdesk.importing import ingest
from newsdesk.importing.forms import declared_size, over_the_limit, too_big_message
from newsdesk.importing.scripts import visible
from newsdesk.input_checks import PastedTextField, parse_offset
from newsdesk.models import Article, AuditEvent
from newsdesk.roles import requires

MAX_PLACES_SHOWN = 50
NOT_OFFSETS = "start and end must be whole numbers (counts of characters)"
NO_TEXT = "The corrected text holds no text: only spaces, line breaks or marks that show nothing."


class CorrectionForm(forms.Form):
    text = PastedTextField(what="The corrected text", label="Corrected text", strip=False,
                           widget=forms.Textarea(attrs={"rows": 24, "spellcheck": "true", "dir": "auto"}),
                           help_text="Paragraphs are separated by blank lines, as on import.")

    def clean_text(self):
        """The corrected text becomes the article's text, as an import's does: it is held to the same limit, and
        it must show something."""
        text = self.cleaned_data["text"]
        size = len(text.encode("utf-8"))
        if size > settings.NEWSDESK_MAX_IMPORT_BYTES:
            raise forms.ValidationError(too_big_message("The corrected text", size))
        if not any(visible(line) != (0, 0) for line in text.splitlines()):
            raise forms.ValidationError(NO_TEXT)
        return text


@requires("newsdesk.change_article", message="Only editors correct articles.")
def article_correct(request, pk):
    """Replace an article's text with a corrected version: preview what happens to highlights, then save."""
    article = get_object_or_404(Article.objects.with_related(), pk=pk)
    if request.method == "POST":
        # A text far over the limit is refused with the limit before it is read, as an import is; so is one past
        # what the server reads of a form at all (``DATA_UPLOAD_MAX_MEMORY_SIZE``).
        declared = declared_size(request)
        if over_the_limit(declared):
            return refuse_too_big(request, article, declared)
        try:
            request.POST  # noqa: B018 - reads the body, which may be past what the server reads of a form
        except RequestDataTooBig:
            return refuse_too_big(request, article, declared)
    form = CorrectionForm(request.POST or None, initial={"text": article.text})
    report = None
    if request.method == "POST" and form.is_valid():
        text = form.cleaned_data["text"]
        try:
            if request.POST.get("action") == "save":
                report = correct_article(article, text, by=request.user)
                messages.success(request, summary(report))
                return redirect("annotations:article-history", pk=article.pk)
            report = preview_correction(article, text, by=request.user)
        except ingest.IngestError as error:
            form.add_error("text", f"Not saved: {error}.")
    status = 422 if form.errors else 200
    return render(request, "annotations/correct.html", {"article": article, "form": form, "report": report},
                  status=status)


def refuse_too_big(request, article, size):
    """The correction page again, with the article's text as it is and the limit said, nothing saved (413)."""
    form = CorrectionForm({"text": article.text})
    form.is_valid()
    form.add_error("text", f"Not saved: {too_big_message('The corrected text', size)}")
    return render(request, "annotations/correct.html", {"article": article, "form": form, "report": None},
                  status=413)


def summary(report) -> str:
    orphaned = report.counts.get("orphaned", 0)
    text = f"Text corrected. {report.placed} highlight{'s' if report.placed != 1 else ''} placed"
    adjusted = report.counts.get("adjusted", 0)
    if adjusted:
        text += f" ({adjusted} adjusted to the new wording)"
    if orphaned:
        text += f"; {orphaned} could not be placed and wait for their owners under Orphans"
    if report.consensus_removed:
        removed = len(report.consensus_removed)
        text += (f". {removed} agreed (consensus) highlight{'s' if removed != 1 else ''} could not be placed and "
                 "were removed (kept in the history): adjudicate the article again")
    return text + "."


@requires("newsdesk.view_auditevent", message="Only editors see the history of an article.")
def article_history(request, pk):
    """Who created, changed, deleted or restored what on this article, newest first; deleted highlights."""
    article = get_object_or_404(Article.objects.with_related(), pk=pk)
    events = describe_events(AuditEvent.objects.filter(article=article)[:500], article=article)
    deleted = Annotation.objects.deleted().filter(article=article).select_related("reviewer", "deleted_by")
    orphans = Annotation.objects.orphans().filter(article=article).select_related("reviewer")
    return render(request, "annotations/history.html", {
        "article": article, "events": events, "deleted": deleted, "orphans": orphans,
        "can_restore": request.user.has_perm("newsdesk.restore_deleted"),
    })


@requires("newsdesk.restore_deleted", message="Only editors restore deleted highlights.")
@require_POST
def annotation_restore(request, pk):
    """Bring back a deleted highlight (editors)."""
    annotation = get_object_or_404(Annotation.objects.deleted().select_related("article"), pk=pk)
    try:
        annotation.restore(by=request.user)
    except DuplicateHighlight:
        words = shorten(annotation.quote, one_line=True)
        messages.error(request, f"Not restored: {annotation.reviewer} has tagged “{words}” as "
                                f"{annotation.tag_info.label} again since it was deleted.")
        return redirect("annotations:article-history", pk=annotation.article_id)
    where = "and waits to be placed again by its owner" if annotation.orphaned else "and shows again"
    messages.success(request, f"Highlight “{shorten(annotation.quote, one_line=True)}” restored {where}.")
    return redirect("annotations:article-history", pk=annotation.article_id)


@requires("annotations.view_annotation")
def orphan_list(request):
    """Highlights a correction could not place: one's own to place again or delete; editors see everyone's."""
    orphans = Annotation.objects.orphans().select_related("article__outlet", "article__story", "reviewer")
    everyone = request.user.has_perm("newsdesk.view_auditevent")
    if not everyone:
        orphans = orphans.filter(reviewer=request.user)
    orphans = list(orphans)
    attach_mastheads([annotation.article for annotation in orphans], request.user)  # outlet-blind stories
    return render(request, "annotations/orphans.html", {"orphans": orphans, "everyone": everyone})


def own_orphan(request, pk) -> Annotation:
    annotation = get_object_or_404(Annotation.objects.orphans().select_related("article"), pk=pk)
    if annotation.reviewer_id != request.user.pk:
        raise PermissionDenied("Only the reviewer who made a highlight places it again or deletes it.")
    return annotation


@requires("annotations.change_annotation")
def orphan_place(request, pk):
    """Find the highlight's words in the corrected text and put it on one of the places found."""
    annotation = own_orphan(request, pk)
    text = annotation.article.text
    if request.method == "POST":
        start, end = parse_offset(request.POST.get("start")), parse_offset(request.POST.get("end"))
        try:
            if start is None or end is None:
                raise ValueError(NOT_OFFSETS)
            annotation.place(start, end, by=request.user)
        except ValueError as error:
            messages.error(request, f"Not placed: {error}.")
            return redirect("annotations:orphan-place", pk=pk)
        messages.success(request, f"Highlight placed on “{shorten(annotation.quote, one_line=True)}”.")
        return redirect("annotations:orphan-list")
    words = request.GET.get("words", annotation.quote)
    places = []
    if words.strip():
        for at in occurrences(text, words)[:MAX_PLACES_SHOWN]:
            spot = anchor(text, at, at + len(words), context=60)
            places.append({"start": at, "end": at + len(words), "before": spot.prefix, "quote": spot.quote,
                           "after": spot.suffix})
    return render(request, "annotations/orphan_place.html", {
        "annotation": annotation, "words": words, "places": places, "limit": MAX_PLACES_SHOWN,
    })


@requires("annotations.delete_annotation")
@require_POST
def orphan_delete(request, pk):
    """Delete one's own orphan (softly: an editor can restore it)."""
    annotation = own_orphan(request, pk)
    annotation.soft_delete(by=request.user)
    messages.success(request, f"Highlight “{shorten(annotation.quote, one_line=True)}” deleted.")
    return redirect("annotations:orphan-list")


