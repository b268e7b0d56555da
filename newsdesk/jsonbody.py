"""JSON requests and answers of the API: reading a body, the error envelope, and which paths are the API.

Every refusal under ``/api/`` answers ``{"errors": {field: [messages]}}`` with its status, whoever refuses:
a view, the permission check, the login check or Django itself (``ApiJsonErrorsMiddleware``).

Reading JSON from outside (request bodies, JSON lines, annotation files): every way it can be malformed ends as
one ValueError. The parser is strict, so that what it returns can be stored as it is: bad UTF-8, a lone
surrogate escape (``"\\ud800"``, half of a UTF-16 pair: not a character, and no database stores it), nesting
deeper than 1,024 levels (no document of ours comes near; Python's own parser would recurse until it stops),
``NaN`` and numbers too large for a float are all refused. To an API client they all mean the same thing: 400,
the body is not usable JSON.
"""

import orjson
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse, JsonResponse

API_PREFIX = "/api/"
NOT_JSON = "The request body is not valid JSON."
NOT_AN_OBJECT = "The request body must be a JSON object."


def parse_json(document: bytes | str):
    """The parsed document; ValueError with a short reason ("depth limit exceeded") for anything else."""
    try:
        return orjson.loads(document)
    except orjson.JSONDecodeError as error:
        raise ValueError(error.msg) from None


def is_api(request) -> bool:
    """True for the JSON API's paths, whose every answer (refusals included) is JSON."""
    return request.path.startswith(API_PREFIX)


def load_json(raw: bytes, empty=None):
    """The parsed body, or ``empty`` for an empty one; ValueError for anything that is not JSON."""
    if not raw:
        return empty
    return parse_json(raw)


class BadBody(ValueError):
    """The request body cannot be used; ``errors`` are the envelope's, by field."""

    def __init__(self, errors: dict[str, list[str]]):
        super().__init__(errors)
        self.errors = errors


def json_object(request, *, empty=None, message: str | None = None) -> dict:
    """The request's body as a JSON object (``empty`` when there is no body), or ``BadBody`` under ``body``:
    ``message`` when given, otherwise one saying whether the body is not JSON or not an object."""
    try:
        body = load_json(request.body, empty=empty)
    except ValueError:
        raise BadBody({"body": [message or NOT_JSON]}) from None
    if not isinstance(body, dict):
        raise BadBody({"body": [message or NOT_AN_OBJECT]})
    return body


_django_default = DjangoJSONEncoder().default


def json_response(data, status: int = 200) -> HttpResponse:
    """``JsonResponse(data)``, encoded by orjson: the same document, written several times faster (a large report
    spends a tenth of its time in ``json.dumps`` otherwise). Dates, times and whatever else orjson does not write
    itself go through Django's encoder, so they read as ``JsonResponse`` writes them; a document orjson refuses
    (a lone surrogate, an integer beyond 64 bits) is left to ``JsonResponse``."""
    try:
        body = orjson.dumps(data, default=_django_default,
                            option=orjson.OPT_NON_STR_KEYS | orjson.OPT_PASSTHROUGH_DATETIME)
    except TypeError:  # orjson.JSONEncodeError included
        return JsonResponse(data, status=status)
    return HttpResponse(body, status=status, content_type="application/json")


def errors_response(errors: dict[str, list[str]], status: int = 400) -> JsonResponse:
    """The error envelope: ``{"errors": {field: [messages]}}``."""
    return JsonResponse({"errors": errors}, status=status)


def error_response(status: int = 400, **messages: str) -> JsonResponse:
    """The error envelope with one message per field: ``error_response(404, story="No story ...")``."""
    return errors_response({field: [message] for field, message in messages.items()}, status=status)


def form_errors(form) -> dict[str, list[str]]:
    """A Django form's errors, as the envelope has them."""
    return {field: [str(message) for message in messages] for field, messages in form.errors.items()}
