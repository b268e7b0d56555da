"""Reading JSON request bodies and the error envelope, shared by every JSON endpoint."""

import datetime as dt
import json

import pytest
from django.http import JsonResponse
from django.test import RequestFactory

from newsdesk.jsonbody import BadBody, error_response, is_api, json_object, json_response

factory = RequestFactory()


def post(body: bytes):
    return factory.post("/api/anything", data=body, content_type="application/json")


@pytest.mark.parametrize("body", [b"{not json", b"\xff\xfe", b"[" * 100_000])
def test_a_body_that_is_not_json_is_refused_under_body(body):
    with pytest.raises(BadBody) as refused:
        json_object(post(body))

    assert refused.value.errors == {"body": ["The request body is not valid JSON."]}


def test_json_that_is_not_an_object_is_refused_with_the_callers_message():
    with pytest.raises(BadBody) as refused:
        json_object(post(b"[1, 2]"), message="Send a JSON object.")

    assert refused.value.errors == {"body": ["Send a JSON object."]}


def test_an_empty_body_is_the_callers_default():
    assert json_object(post(b""), empty={}) == {}


def test_the_error_envelope_names_each_field_with_its_messages():
    response = error_response(404, story="No story with slug 'x'.")

    assert response.status_code == 404
    assert response.content == b'{"errors": {"story": ["No story with slug \'x\'."]}}'


def test_only_api_paths_are_the_api():
    assert is_api(factory.get("/api/stories/"))
    assert not is_api(factory.get("/apis/"))
    assert not is_api(factory.get("/stories/api/"))


def test_a_json_answer_says_what_djangos_json_response_says():
    data = {"story": "harbour", "share": 0.1234, "tiny": 1e-05, "none": None, "flag": True, 3: "three",
            "when": dt.datetime(2026, 1, 2, 3, 4, 5, 678901, tzinfo=dt.UTC), "day": dt.date(2026, 1, 2),
            "rows": [(1, 2), {"title": "Пхеньян — 平壤 😀"}]}

    response = json_response(data, status=201)

    assert response.status_code == 201
    assert response["Content-Type"] == "application/json"
    assert json.loads(response.content) == json.loads(JsonResponse(data).content)


def test_a_json_answer_orjson_refuses_is_written_as_django_writes_it():
    data = {"note": "half a pair \ud800", "big": 2**70}

    response = json_response(data)

    assert json.loads(response.content) == {"note": "half a pair \ud800", "big": 2**70}
