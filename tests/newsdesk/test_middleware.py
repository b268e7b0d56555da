"""The request policy's small functions, each on its own; the pages and the API that use them are tested elsewhere."""

import pytest
from django.contrib import messages
from django.contrib.messages.storage.fallback import FallbackStorage
from django.contrib.sessions.backends.signed_cookies import SessionStore
from django.db import connection
from django.http import HttpResponse
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

from newsdesk.middleware import IdleSessionMiddleware, MessageMiddleware, messages_untouched, query_holds_nul

LAST_SEEN = IdleSessionMiddleware.LAST_SEEN


@pytest.mark.parametrize("query", ["story=%00", "a%00b=1", "q=x&ids=1%00", "q=\x00"])
def test_a_query_holding_a_nul_anywhere_is_found(query):
    assert query_holds_nul(RequestFactory().get("/", QUERY_STRING=query))


@pytest.mark.parametrize("query", ["", "story=peer&tag=rhetoric", "q=%2500", "q=%0", "q=%10%20"])
def test_a_query_without_a_nul_is_not_refused(query):
    assert not query_holds_nul(RequestFactory().get("/", QUERY_STRING=query))


def request_through_messages(view, cookies=None):
    request = RequestFactory().get("/")
    request.COOKIES.update(cookies or {})
    request.session = SessionStore()
    response = MessageMiddleware(lambda request: view(request) or HttpResponse())(request)
    return request, response


def test_a_request_that_neither_adds_nor_reads_a_message_leaves_the_store_unmade():
    request, response = request_through_messages(lambda request: None)

    assert messages_untouched(request)
    assert "messages" not in response.cookies


def test_a_message_added_is_stored_for_the_next_page():
    request, response = request_through_messages(lambda request: messages.info(request, "Saved."))

    assert not messages_untouched(request)
    assert isinstance(request._messages, FallbackStorage)
    shown = []
    request_through_messages(lambda request: shown.extend(map(str, messages.get_messages(request))),
                             {"messages": response.cookies["messages"].value})
    assert shown == ["Saved."]


def test_a_message_read_is_marked_as_read():
    def read(request):
        list(messages.get_messages(request))

    request, _ = request_through_messages(read)

    assert not messages_untouched(request) and request._messages.used


def session_writes(client, path, times):
    """The statements writing the session table over ``times`` requests for ``path``."""
    with CaptureQueriesContext(connection) as queries:
        for _ in range(times):
            assert client.get(path).status_code == 200
    return [q["sql"] for q in queries.captured_queries
            if "newsdesk_session" in q["sql"] and not q["sql"].lstrip().upper().startswith("SELECT")]


@pytest.mark.django_db
def test_an_active_reviewer_costs_no_session_write_per_request(client, reviewer):
    client.force_login(reviewer)
    client.get("/api/stories/")  # the first request notes when the login began and when it was last seen

    assert session_writes(client, "/api/stories/", 5) == []


@pytest.mark.django_db
def test_the_last_seen_time_is_written_again_once_it_is_a_minute_old(client, reviewer):
    client.force_login(reviewer)
    client.get("/api/stories/")
    session = client.session
    session[LAST_SEEN] -= IdleSessionMiddleware.REFRESH_SECONDS
    session.save()

    assert len(session_writes(client, "/api/stories/", 3)) == 1
