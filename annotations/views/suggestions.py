"""Suggested highlights over HTTP: the list for the reader, and accepting or rejecting them.

Every endpoint answers JSON. The writes also take an ordinary form post (from the reader's suggestion list
without JavaScript) and then redirect back to the article with the suggestions shown.
"""

from django.contrib import messages
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_POST

from annotations.reader import reader_context
from annotations.suggestions import decisions
from annotations.tags import TAG_BY_KEY, TAG_KEYS
from annotations.views.reader import TEMPLATE, render_changes, tag_counts_region
from newsdesk.jsonbody import load_json
from newsdesk.models import Article
from newsdesk.roles import requires

PERMISSION = "annotations.add_annotation"
DECIDERS_ONLY = "Only reviewers and editors can accept or reject suggestions."


def _errors(status=400, **errors):
    return JsonResponse({"errors": {field: [message] for field, message in errors.items()}}, status=status)


def _article(pk):
    return get_object_or_404(Article.objects.with_related(), pk=pk)


def _wants_json(request) -> bool:
    return request.content_type == "application/json" or "application/json" in request.headers.get("Accept", "")


def _payload(request) -> dict:
    if request.content_type == "application/json":
        try:
            data = load_json(request.body, empty={})
        except ValueError:
            return {"__invalid__": True}
        return data if isinstance(data, dict) else {"__invalid__": True}
    return request.POST.dict()


def _tag_error(tag):
    if tag not in TAG_KEYS:
        return f"Unknown tag {tag!r}; use one of: {', '.join(TAG_KEYS)}."
    return None


def suggestion_json(suggestion, text) -> dict:
    data = suggestion.as_dict(text)
    data["confidence"] = round(data["confidence"], 2)
    return data


def annotation_json(annotation) -> dict:
    return {
        "id": annotation.pk, "article": annotation.article_id, "tag": annotation.tag, "start": annotation.start,
        "end": annotation.end, "quote": annotation.quote, "source": annotation.source,
        "suggestion_rule": annotation.suggestion_rule,
    }


@requires("newsdesk.view_article")
@require_GET
def suggestion_list(request, pk):
    """The suggestions this reviewer has not yet decided, in code points, optionally of one tag."""
    article = _article(pk)
    tag = request.GET.get("tag") or None
    if tag is not None and (problem := _tag_error(tag)):
        return _errors(tag=problem)
    found = decisions.pending(article, request.user, tag)
    return JsonResponse([suggestion_json(s, article.text) for s in found], safe=False)


def _decide(request, pk, action):
    article = _article(pk)
    as_json = _wants_json(request)
    data = _payload(request)
    if data.get("__invalid__"):
        return _errors(body="Send a JSON object or a form with tag, start and end.")
    problems = {}
    tag = data.get("tag", "")
    if problem := _tag_error(tag):
        problems["tag"] = problem
    offsets = {}
    for field in ("start", "end"):
        try:
            offsets[field] = int(data.get(field))
        except (TypeError, ValueError):
            problems[field] = f"{field} must be a whole number of code points."
    if problems:
        return _errors(**problems)
    suggestion = decisions.find(article, tag, offsets["start"], offsets["end"])
    if suggestion is None:
        return _errors(404, suggestion="No such suggestion on this article (the text or the lexicon may have changed).")
    if action == "accept":
        annotation = decisions.accept(article, request.user, suggestion)
        body = {"annotation": annotation_json(annotation), "suggestion": suggestion_json(suggestion, article.text)}
        status = 201
        message = f"Accepted: “{annotation.quote[:60]}” is now your {TAG_BY_KEY[tag].label.lower()} highlight."
    else:
        decisions.reject(article, request.user, suggestion)
        body, status = {"rejected": suggestion_json(suggestion, article.text)}, 200
        message = "Suggestion rejected; it will not be shown to you again."
    if request.htmx and action == "accept":
        # As after a highlight made by hand: the refreshed passages and legend, swapped out of band.
        return render_changes(request, annotation, message)
    if as_json or request.htmx:
        return JsonResponse(body, status=status)
    messages.success(request, message)
    return redirect(f"{article.get_absolute_url()}?suggestions=on")


@requires("newsdesk.view_article", PERMISSION, message=DECIDERS_ONLY)
@require_POST
def suggestion_accept(request, pk):
    """Turn one suggestion into the reviewer's own highlight."""
    return _decide(request, pk, "accept")


@requires("newsdesk.view_article", PERMISSION, message=DECIDERS_ONLY)
@require_POST
def suggestion_reject(request, pk):
    """Dismiss one suggestion for this reviewer."""
    return _decide(request, pk, "reject")


@requires("newsdesk.view_article", PERMISSION, message=DECIDERS_ONLY)
@require_POST
def suggestion_accept_all(request, pk):
    """Accept every pending boilerplate suggestion of the article at once."""
    article = _article(pk)
    data = _payload(request)
    if data.get("__invalid__"):  # a body that is not JSON is refused, not read as "accept the default"
        return _errors(body="Send a JSON object or a form with the tag.")
    tag = data.get("tag")
    if not tag:
        # Never a default: a client that forgot the tag must not have suggestions accepted in its name.
        return _errors(tag="Name the tag to accept, as {\"tag\": \"boilerplate\"}; only boilerplate suggestions "
                           "are accepted all at once.")
    try:
        annotations = decisions.accept_all(article, request.user, tag)
    except decisions.BulkAcceptRefused as refusal:
        return _errors(tag=str(refusal))
    count = len(annotations)
    if request.htmx:
        status = f"Accepted {count} boilerplate suggestion{'s' if count != 1 else ''}."
        context = reader_context(request, article)
        return render(request, f"{TEMPLATE}#changes", {**context, "status": status, "cards": (), "oob": True,
                                                       **tag_counts_region(request, article)})
    if _wants_json(request):
        return JsonResponse({"accepted": [annotation_json(a) for a in annotations]}, status=201)
    messages.success(request, f"Accepted {count} boilerplate suggestion{'s' if count != 1 else ''}.")
    return redirect(f"{article.get_absolute_url()}?suggestions=on")

