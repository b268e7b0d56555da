"""JSON API for highlights: ``/api/annotations/`` and ``/api/annotations/ID/``.

Session login (the middleware answers 401 to anonymous requests) and the CSRF token on every write.
Offsets are Unicode code points of the article's stored text. Bad input gets 400 and
``{"errors": {field: [messages]}}`` naming every problem; nothing is stored when a request is refused.
Which highlights a list shows is decided by ``Annotation.objects.for_reader``, as in the reader.

Every highlight has a ``version``. PATCH and DELETE may name the version the client last saw (``"version"``
in the body, or ``If-Match: "3"``); when the highlight has changed since, the answer is 409 with what changed
and the highlight as it is now, and nothing is written (see ``conflicts``). Without a version the write goes
through, as the last word.
"""

from django.contrib.auth import get_user_model
from django.http import HttpResponse, JsonResponse
from django.views.decorators.http import require_GET, require_http_methods

from annotations.api.serialisers import highlight_json, highlights_response
from annotations.forms import AnnotationChangeForm, HighlightBodyForm, SpanRefused
from annotations.models import Annotation, DuplicateHighlight, LiveTagCount, StaleVersion
from annotations.tags import TAG_KEYS
from annotations.workflow import conflicts
from newsdesk.input_checks import parse_id
from newsdesk.jsonbody import BadBody, errors_response, form_errors, json_object, json_response, load_json
from newsdesk.models import Article, Story
from newsdesk.roles import requires

CREATE_FIELDS = ("article", "tag", "start", "end", "quote", "note", "source")
CHANGE_FIELDS = ("tag", "note", "source")
FIXED_FIELDS = ("article", "start", "end", "quote", "prefix", "suffix", "reviewer", "id", "created", "updated")
VERSION = "version"


def json_body(request, allowed: tuple[str, ...], fixed: tuple[str, ...] = ()) -> tuple[dict, dict]:
    """The request's JSON object (fields of the right name and type), and an error for every other field."""
    body = json_object(request)
    errors: dict[str, list[str]] = {}
    for key, value in body.items():
        if key in fixed:
            errors[key] = ["Cannot be changed: delete the highlight and create a new one."]
        elif key not in allowed:
            errors[key] = [f"Unknown field. Accepted fields: {', '.join(allowed)}."]
        elif key in ("start", "end"):
            if isinstance(value, bool) or not isinstance(value, int):
                errors[key] = ["Must be a whole number: a count of Unicode code points."]
        elif key == "article":
            if isinstance(value, bool) or not isinstance(value, int):
                errors[key] = ["Must be the article's id, a whole number."]
        elif key == VERSION:
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                errors[key] = [conflicts.VERSION_MESSAGE]
        elif value is not None and not isinstance(value, str):
            errors[key] = ["Must be a string."]
    valid = {key: ("" if value is None else value) for key, value in body.items() if key not in errors}
    return valid, errors


def validate(form, body_errors: dict) -> dict:
    """Form errors for the well-typed fields, then the body's own errors (which win for their field)."""
    errors = {} if form.is_valid() else form_errors(form)
    for field in body_errors:
        errors.pop(field, None)
    return {**errors, **body_errors}


def unwrapped_user(request):
    """The user object behind ``request.user``, which the authentication middleware wraps in a lazy stand-in:
    each attribute read through the stand-in costs three calls, and saving a highlight and its audit event reads
    the user's a few dozen times (its id, name, state, class)."""
    user = request.user
    user.is_authenticated  # noqa: B018 (loads the user, if nothing has yet)
    return getattr(user, "_wrapped", user)


def permission_denied(message: str) -> JsonResponse:
    return errors_response({"permission": [message]}, status=403)


@requires("annotations.view_annotation")
@require_http_methods(["GET", "POST"])
def annotations(request):
    """List an article's highlights (GET) or store a new one (POST)."""
    if request.method == "POST":
        if not request.user.has_perm("annotations.add_annotation"):
            return permission_denied("Only reviewers may add highlights.")
        return create(request)
    errors: dict[str, list[str]] = {}
    article_id = request.GET.get("article")
    article = None
    if not article_id:
        errors["article"] = ["Required: the id of the article whose highlights to list."]
    elif not (article := Article.objects.filter(pk=parse_id(article_id)).first()):
        errors["article"] = ["No article with this id."]
    tag = request.GET.get("tag") or None
    if tag is not None and tag not in TAG_KEYS:
        errors["tag"] = [f"Unknown tag {tag!r}. Choose one of: {', '.join(TAG_KEYS)}."]
    reviewer = request.GET.get("reviewer") or None
    if reviewer is not None and not get_user_model().objects.filter(username=reviewer).exists():
        errors["reviewer"] = [f"No reviewer named {reviewer!r}."]
    if errors:
        return errors_response(errors)
    queryset = Annotation.objects.for_reader(
        article, request.user, show_all=True, reviewer=reviewer, tag=tag
    )
    return highlights_response(queryset)


def create(request):
    try:
        body, body_errors = json_body(request, CREATE_FIELDS)
    except BadBody as bad:
        return errors_response(bad.errors)
    reviewer = unwrapped_user(request)
    # Folded (the span checked by the statement that stores it) only when the body adds no errors of its own.
    form = HighlightBodyForm(body, reviewer=reviewer, fold=not body_errors)
    if errors := validate(form, body_errors):
        return errors_response(errors)
    try:
        annotation = form.save(reviewer=reviewer)
    except (DuplicateHighlight, SpanRefused):
        return errors_response(form_errors(form))
    return json_response(highlight_json(annotation), status=201)


@requires("annotations.view_annotation")
@require_http_methods(["GET", "PATCH", "DELETE"])
def annotation(request, pk):
    """One highlight: read it, or (its owner only) change its tag, note or source, or delete it."""
    found = Annotation.objects.select_related("reviewer").filter(pk=pk).first()
    if not reachable(request, found, found is not None and found.is_live):
        return errors_response({"id": [f"No highlight with id {pk}."]}, status=404)
    if request.method == "GET":
        return JsonResponse(highlight_json(found), headers={"ETag": f'"{found.version}"'})
    needed = "annotations.delete_annotation" if request.method == "DELETE" else "annotations.change_annotation"
    if not found.is_owned_by(request.user) or not request.user.has_perm(needed):
        return errors_response({"reviewer": ["Only the reviewer who made this highlight may change it."]}, 403)
    try:
        body, body_errors = json_body(request, CHANGE_FIELDS + (VERSION,), fixed=FIXED_FIELDS) \
            if request.method == "PATCH" else (delete_body(request), {})
        seen = client_version(request, body)
    except BadBody as bad:
        return errors_response(bad.errors)
    if found.vanished_before(seen):
        return errors_response({"id": [f"No highlight with id {pk}."]}, status=404)  # deleted before it was seen
    if seen is not None and seen != found.version:
        return conflict_response(found, seen)
    try:
        if request.method == "DELETE":
            found.soft_delete(request.user, expected_version=seen)
            return HttpResponse(status=204)
        current = {field: getattr(found, field) for field in CHANGE_FIELDS}
        form = AnnotationChangeForm({**current, **body}, instance=found)
        if errors := validate(form, body_errors):
            return errors_response(errors)
        return JsonResponse(highlight_json(form.save(by=request.user, expected_version=seen)))
    except StaleVersion:
        return conflict_response(Annotation.objects.select_related("reviewer").get(pk=pk), seen)


def reachable(request, found, live: bool) -> bool:
    """A live highlight the user may see; or, to write to, one of their own whatever became of it, so that
    a write naming a version from before it was deleted gets a conflict answer rather than "not found"."""
    if found is None:
        return False
    if live and Annotation.objects.for_reader(found.article_id, request.user, show_all=True).filter(
        pk=found.pk
    ).exists():
        return True
    return request.method != "GET" and found.is_owned_by(request.user)


def delete_body(request) -> dict:
    """A DELETE's body is read only for its version (it was ignored before highlights had one)."""
    try:
        body = load_json(request.body, empty={})
    except ValueError:
        return {}
    if isinstance(body, dict) and VERSION in body:
        value = body[VERSION]
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise BadBody({VERSION: [conflicts.VERSION_MESSAGE]})
        return {VERSION: value}
    return {}


def client_version(request, body: dict) -> int | None:
    """The version the client last saw: ``"version"`` in the body or an ``If-Match`` header; they must agree.
    Taken out of ``body``."""
    from_body = body.pop(VERSION, None)
    try:
        from_header = conflicts.parse_version(request.headers.get("If-Match"))
    except conflicts.BadVersion:
        raise BadBody({VERSION: ['If-Match must be the highlight\'s version in quotes, e.g. If-Match: "3".']}) from None
    if from_body is not None and from_header is not None and from_body != from_header:
        raise BadBody({VERSION: ["The body and the If-Match header name different versions."]})
    return from_body if from_body is not None else from_header


def conflict_response(annotation: Annotation, seen: int) -> JsonResponse:
    """409: the highlight changed since the client's version; what changed, and the highlight as it is now."""
    conflict = conflicts.describe(annotation, seen)
    return JsonResponse(
        {"errors": {"conflict": [conflict.message]}, "current": highlight_json(annotation),
         "changed": conflict.changed},
        status=409,
    )


@requires("annotations.view_annotation")
@require_GET
def annotation_counts(request):
    """How many highlights of each tag the user may see on one article (``?article=ID``) or a story
    (``?story=SLUG``): the list's visibility rule, read off the live tag counters the database keeps."""
    article_id, slug = request.GET.get("article"), request.GET.get("story")
    if bool(article_id) == bool(slug):
        message = "Give one of article (an article's id) or story (a story's slug)."
        return errors_response({"article": [message], "story": [message]})
    if article_id:
        pk = parse_id(article_id)
        if not Article.objects.filter(pk=pk).exists():
            return errors_response({"article": ["No article with this id."]})
        counts = LiveTagCount.objects.for_reader(pk, request.user).totals()
        return JsonResponse({"article": pk, "counts": counts})
    counts = LiveTagCount.objects.for_reader(Article.objects.filter(story__slug=slug), request.user).totals()
    # Whether the story exists matters only when nothing was counted: a story with highlights does.
    if not any(counts.values()) and not Story.objects.filter(slug=slug).exists():
        return errors_response({"story": [f"No story with slug {slug!r}."]})
    return JsonResponse({"story": slug, "counts": counts})
