"""Sessions are read with one plain query, and mean what Django's database sessions mean."""

import datetime as dt

import pytest
from django.contrib.sessions.models import Session
from django.utils import timezone

from newsdesk.sessions import SessionStore

pytestmark = pytest.mark.django_db


def test_a_session_is_read_in_one_query(django_assert_num_queries):
    stored = SessionStore()
    stored["colour"] = "blue"
    stored.create()

    with django_assert_num_queries(1):
        loaded = SessionStore(stored.session_key).load()

    assert loaded == {"colour": "blue"}


def test_an_unknown_or_expired_session_is_empty_and_forgotten():
    stored = SessionStore()
    stored["colour"] = "blue"
    stored.create()
    Session.objects.filter(session_key=stored.session_key).update(expire_date=timezone.now() - dt.timedelta(seconds=1))
    expired, unknown = SessionStore(stored.session_key), SessionStore("x" * 32)

    assert expired.load() == {} and unknown.load() == {}
    assert expired.session_key is None and unknown.session_key is None


def test_a_login_whose_session_expired_is_refused(client, reviewer):
    client.force_login(reviewer)
    assert client.get("/api/stories/").status_code == 200

    Session.objects.update(expire_date=timezone.now() - dt.timedelta(seconds=1))

    assert client.get("/api/stories/").status_code == 401
