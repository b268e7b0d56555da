"""Sessions are read with their user in one plain query, and mean what Django's database sessions mean."""

import datetime as dt

import pytest
from django.test import RequestFactory
from django.utils import timezone

from newsdesk.models import Session
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


def test_a_login_names_its_user_beside_the_session(client, reviewer):
    client.force_login(reviewer)

    assert Session.objects.get(session_key=client.session.session_key).user_id == reviewer.pk


def test_a_session_without_a_login_names_nobody(client):
    stored = SessionStore()
    stored["colour"] = "blue"
    stored.create()

    assert Session.objects.get(session_key=stored.session_key).user_id is None
    assert SessionStore(stored.session_key).load() == {"colour": "blue"}


def test_the_session_and_its_user_are_read_in_one_query(client, reviewer, django_assert_num_queries):
    from newsdesk.request_user import logged_in_user

    client.force_login(reviewer)
    request = RequestFactory().get("/")
    request.session = SessionStore(client.session.session_key)

    with django_assert_num_queries(1):
        user = logged_in_user(request)
        allowed = user.has_perm("annotations.add_annotation"), user.has_perm("annotations.add_consensusannotation")

    assert user == reviewer and allowed == (True, False)


def test_the_user_is_the_one_the_signed_session_names_whatever_its_column_says(client, reviewer, other_reviewer):
    client.force_login(reviewer)
    Session.objects.update(user=other_reviewer)

    assert client.get("/api/annotations/counts?story=none").wsgi_request.user == reviewer


def test_changing_the_password_ends_the_other_sessions(client, reviewer):
    client.force_login(reviewer)
    assert client.get("/api/stories/").status_code == 200

    reviewer.set_password("another horse battery staple")
    reviewer.save()

    assert client.get("/api/stories/").status_code == 401
    assert client.get("/api/stories/").status_code == 401


def test_a_session_made_under_a_retired_secret_moves_to_the_current_one(client, reviewer, settings):
    old_secret = settings.SECRET_KEY
    client.force_login(reviewer)
    first_key = client.session.session_key
    settings.SECRET_KEY, settings.SECRET_KEY_FALLBACKS = "a new secret key " * 4, [old_secret]

    assert client.get("/api/stories/").status_code == 200
    assert client.session.session_key != first_key
    assert client.get("/api/stories/").status_code == 200

    settings.SECRET_KEY_FALLBACKS = []
    settings.SECRET_KEY = "yet another secret key " * 4
    assert client.get("/api/stories/").status_code == 401


def test_deleting_a_user_ends_their_sessions(client, make_user):
    person = make_user()
    client.force_login(person)

    person.delete()

    assert not Session.objects.exists()
    assert client.get("/api/stories/").status_code == 401


def test_a_session_read_twice_gives_each_reader_its_own_data():
    stored = SessionStore()
    stored["colours"] = ["blue"]
    stored.create()

    first = SessionStore(stored.session_key)
    first["colours"].append("red")
    first["shape"] = "round"

    assert SessionStore(stored.session_key).load() == {"colours": ["blue"]}


def test_a_session_signed_with_a_secret_no_longer_held_is_empty(settings):
    stored = SessionStore()
    stored["colour"] = "blue"
    stored.create()
    assert SessionStore(stored.session_key).load() == {"colour": "blue"}

    settings.SECRET_KEY = "a different secret key " * 3

    assert SessionStore(stored.session_key).load() == {}
