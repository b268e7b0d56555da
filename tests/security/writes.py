"""Helpers for the tests of refused writes: a client logged in as a user, and a check that a request stored
nothing at all (``tests.snapshots``)."""

from django.test import Client

from tests.snapshots import changed_tables, database_state


def as_user(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def nothing_changed(action):
    """Run ``action``; return its result after checking that no table changed."""
    before = database_state()
    result = action()
    assert changed_tables(before, database_state()) == []
    return result
