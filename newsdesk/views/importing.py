"""Import from the browser: paste or upload, preview, confirm. Editors only.

Both buttons post the whole form. "Preview" runs the import and rolls it back; "Import" runs it for real.
An uploaded file's text is moved into the paste box after the preview, so the page needs no server-side
state between the two steps.
"""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import RequestDataTooBig
from django.shortcuts import redirect, render

from newsdesk.importing import importer, ingest
from newsdesk.importing.forms import ImportForm, declared_size, over_the_limit, too_big_message
from newsdesk.importing.preview import preview_import
from newsdesk.roles import requires


@requires("newsdesk.add_article", message="Only editors import articles.")
def article_import(request):
    """Paste text or upload .txt/.html/.jsonl; "Preview" shows the passages, "Import" stores them."""
    if request.method != "POST":
        initial = {k: v for k, v in request.GET.items() if k in ("story", "outlet")}
        return import_page(request, ImportForm(initial=initial))

    declared = declared_size(request)
    if over_the_limit(declared):
        return refuse_too_big(request, declared)
    try:
        form = ImportForm(request.POST, request.FILES)
        valid = form.is_valid()
    except RequestDataTooBig:
        return refuse_too_big(request, declared)
    if not valid:
        return import_page(request, form, status=422)

    name, data = form.source()
    options = {"story": form.story_slug(), "outlet": form.outlet_name() or None, "metadata": form.metadata(),
               "imported_by": request.user}
    try:
        if request.POST.get("action") != "import":
            preview = preview_import(name, data, **options)
            return import_page(request, carry_over(form, data), preview=preview,
                               suggestion=story_suggestion(form, preview))
        result = importer.import_bytes(name, data, **options)
    except ingest.IngestError as error:
        form.add_error(None, f"Nothing was imported: {error}.")
        return import_page(request, carry_over(form, data), status=422)
    return redirect(announce(request, result))


def import_page(request, form, *, preview=None, status=200, refusal="", suggestion=None):
    context = {"form": form, "preview": preview, "refusal": refusal, "suggestion": suggestion,
               "max_bytes": settings.NEWSDESK_MAX_IMPORT_BYTES}
    return render(request, "newsdesk/import.html", context, status=status)


def story_suggestion(form: ImportForm, preview) -> dict | None:
    """The stored story the first new article looks like, when the editor has not chosen one."""
    if form.cleaned_data.get("story") or (form.cleaned_data.get("new_story") or "").strip():
        return None
    first = next((item for item in preview if not item.duplicate_of and not item.story), None)
    if first is None:
        return None
    from newsdesk.alignment import story_suggestion as matching  # brings NumPy: loaded on the first preview

    # Dated as the preview dates it (the date given, or the one the page prints).
    found = matching.suggestion(first.title, first.text, published=first.published or None)
    if found.story:
        return {"story": found.story, "score": found.score}
    if found.passed_over:
        # The story the words chose, which the article is dated weeks before: said, not offered.
        return {"story": None, "score": found.score, "passed_over": found.passed_over,
                "before": matching.time_before(found.days_before)}
    return None


def carry_over(form: ImportForm, data: bytes) -> ImportForm:
    """The same form, with an uploaded file's text moved into the paste box so "Import" can send it again."""
    if not form.cleaned_data.get("file"):
        return form
    try:
        text = ingest.decode(data)
    except ingest.IngestError:
        return form
    values = form.data.copy()
    values["text"] = text
    values["format"] = form.kind()
    carried = ImportForm(values)
    carried.is_valid()
    for error in form.non_field_errors():
        carried.add_error(None, error)
    return carried


def announce(request, result: importer.ImportResult) -> str:
    """Say what happened and return where to go next: the article, its story, or the list of stories."""
    from newsdesk.alignment import upkeep  # the aligner: loaded by the import itself when it stored articles

    created, duplicates = result.created, result.duplicates
    if created:
        skipped = f"; {len(duplicates)} already imported, skipped" if duplicates else ""
        messages.success(request, f"Imported {len(created)} article{'s' if len(created) != 1 else ''}{skipped}.")
    else:
        messages.warning(request, "Nothing new: every article was already imported.")
    for match in result.mismatches:
        messages.warning(request, upkeep.mismatch_message(match.article, match))
    articles = created or duplicates
    if len(articles) == 1:
        return articles[0].get_absolute_url()
    stories = {a.story for a in articles}
    if len(stories) == 1 and None not in stories:
        return stories.pop().get_absolute_url()
    return "/"


def refuse_too_big(request, size):
    return import_page(request, ImportForm(), status=413, refusal=too_big_message("The upload", size))
