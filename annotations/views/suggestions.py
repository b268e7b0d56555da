"""Suggested highlights over HTTP: the list for the reader, and accepting or rejecting them.

Every endpoint answers JSON. The writes also take an ordinary form post (from the reader's suggestion list
without JavaScript) and then redirect back to the article with the suggestions shown.
"""

from django.contrib import messages
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_POST

from annotations.anchoring import quoted
from annotations.api.serialisers import highlight_json
from annotations.reader import reader_context
from annotations.suggestions import decisions
from annotations.tags import TAG_BY_KEY, TAG_KEYS
from annotations.views.reader import TEMPLATE, render_changes, tag_counts_region
from newsdesk.input_checks import parse_offset
from newsdesk.jsonbody import BadBody, error_response, errors_response, json_object
from newsdesk.models import Article
from newsdesk.roles import requires

PERMISSION = "annotations.add_annotation"
DECIDERS_ONLY = "Only reviewers and editors can accept or reject suggestions."
BAD_BODY = "Send a JSON object or a form with tag, start and end."


def _article(pk):
    return get_object_or_404(Article.objects.with_related(), pk=pk)


def _wants_json(request) -> bool:
    return request.content_type == "application/json" or "application/json" in request.headers.get("Accept", "")


def _payload(request, message: str = BAD_BODY) -> dict:
    """The fields sent as JSON or as a form; ``BadBody`` (saying ``message``) for JSON that is not an object."""
    if request.content_type == "application/json":
        return json_object(request, empty={}, message=message)
    return request.POST.dict()


def _tag_error(tag):
    if tag not in TAG_KEYS:
        return f"Unknown tag {tag!r}; use one of: {', '.join(TAG_KEYS)}."
    return None


def suggestion_json(suggestion, text) -> dict:
    data = suggestion.as_dict(text)
    data["confidence"] = round(data["confidence"], 2)
    return data


def accepted_json(annotation) -> dict:
    """An accepted suggestion: the highlight it became, and the rule it came from."""
    return {**highlight_json(annotation), "suggestion_rule": annotation.suggestion_rule}


@requires("newsdesk.view_article")
@require_GET
def suggestion_list(request, pk):
    """The suggestions this reviewer has not yet decided, in code points, optionally of one tag."""
    article = _article(pk)
    tag = request.GET.get("tag") or None
    if tag is not None and (problem := _tag_error(tag)):
        return error_response(tag=problem)
    found = decisions.pending(article, request.user, tag)
    return JsonResponse([suggestion_json(s, article.text) for s in found], safe=False)


def _decide(request, pk, action):
    article = _article(pk)
    as_json = _wants_json(request)
    try:
        data = _payload(request)
    except BadBody as bad:
        return errors_response(bad.errors)
    problems = {}
    tag = data.get("tag", "")
    if problem := _tag_error(tag):
        problems["tag"] = problem
    offsets = {}
    from_json = request.content_type == "application/json"  # a number there; a form's digits otherwise
    for field in ("start", "end"):
        value = data.get(field)
        offsets[field] = None if from_json and isinstance(value, str) else parse_offset(value)
        if offsets[field] is None:
            problems[field] = f"{field} must be a whole number of code points."
    if problems:
        return error_response(**problems)
    suggestion = decisions.find(article, tag, offsets["start"], offsets["end"])
    if suggestion is None:
        gone = "No such suggestion on this article (the text or the lexicon may have changed)."
        return error_response(404, suggestion=gone)
    if action == "accept":
        annotation = decisions.accept(article, request.user, suggestion)
        body = {"annotation": accepted_json(annotation), "suggestion": suggestion_json(suggestion, article.text)}
        status = 201
        message = f"Accepted: {quoted(annotation.quote)} is now your {TAG_BY_KEY[tag].label.lower()} highlight."
    else:
        try:
            decisions.reject(article, request.user, suggestion)
        except decisions.AlreadyHighlighted as refusal:
            if as_json or request.htmx:
                return error_response(409, suggestion=str(refusal))
            messages.error(request, str(refusal))
            return redirect(f"{article.get_absolute_url()}?suggestions=on")
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
    try:
        data = _payload(request, message="Send a JSON object or a form with the tag.")
    except BadBody as bad:  # a body that is not JSON is refused, not read as "accept the default"
        return errors_response(bad.errors)
    tag = data.get("tag")
    if not tag:
        # Never a default: a client that forgot the tag must not have suggestions accepted in its name.
        return error_response(tag="Name the tag to accept, as {\"tag\": \"boilerplate\"}; only boilerplate "
                                  "suggestions are accepted all at once.")
    try:
        annotations = decisions.accept_all(article, request.user, tag)
    except decisions.BulkAcceptRefused as refusal:
        return error_response(tag=str(refusal))
    count = len(annotations)
    if request.htmx:
        status = f"Accepted {count} boilerplate suggestion{'s' if count != 1 else ''}."
        context = reader_context(request, article)
        return render(request, f"{TEMPLATE}#changes", {**context, "status": status, "cards": (), "oob": True,
                                                       **tag_counts_region(request, article)})
    if _wants_json(request):
        return JsonResponse({"accepted": [accepted_json(a) for a in annotations]}, status=201)
    messages.success(request, f"Accepted {count} boilerplate suggestion{'s' if count != 1 else ''}.")
    return redirect(f"{article.get_absolute_url()}?suggestions=on")

