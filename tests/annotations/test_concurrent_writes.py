"""Writes that really happen at the same time, from two threads with their own database connections.

These run with committed transactions (``transaction=True``), so each thread sees what the other committed,
as two requests to two app servers would.
"""

import json
import threading

import pytest
from django.db import connection
from django.test import Client

from annotations.models import Annotation, duplicate_message

from .helpers import highlight

pytestmark = pytest.mark.django_db(transaction=True)

URL = "/api/annotations/"
WAIT = 30  # seconds; only reached if a thread is stuck


def in_thread(work, results, name):
    """Run ``work`` in a thread with its own connection, closed afterwards; its answer lands in ``results``."""

    def run():
        try:
            results[name] = work()
        finally:
            connection.close()

    thread = threading.Thread(target=run)
    thread.start()
    return thread


def logged_in(user):
    client = Client()
    client.force_login(user)
    return client


def test_two_identical_creates_at_the_same_instant_the_second_is_refused_naming_the_first(reviewer, make_article):
    article = make_article("The regime's reckless launch alarmed its neighbours.")
    start = article.text.index("reckless")
    body = json.dumps({"article": article.pk, "tag": "rhetoric", "start": start, "end": start + len("reckless")})
    checked, other_stored = threading.Event(), threading.Event()

    def pause_before_storing(execute, sql, params, many, context):
        statement = sql.lstrip().upper()
        if not checked.is_set() and statement.startswith("WITH") and "NEWSDESK_ARTICLE" in statement:
            checked.set()  # one statement checks the span and stores it (PostgreSQL): let the other one go first
            other_stored.wait(WAIT)
        result = execute(sql, params, many, context)
        if not checked.is_set() and statement.startswith("SELECT") and "NEWSDESK_ARTICLE" in statement:
            checked.set()  # this request has validated its highlight; now let the other one store it
            other_stored.wait(WAIT)
        return result

    def slow():
        with connection.execute_wrapper(pause_before_storing):
            return logged_in(reviewer).post(URL, body, content_type="application/json")

    def quick():
        checked.wait(WAIT)
        try:
            return logged_in(reviewer).post(URL, body, content_type="application/json")
        finally:
            other_stored.set()

    results = {}
    threads = [in_thread(slow, results, "slow"), in_thread(quick, results, "quick")]
    for thread in threads:
        thread.join(WAIT * 2)

    assert results["quick"].status_code == 201
    assert results["slow"].status_code == 400
    stored = Annotation.objects.get()
    assert results["slow"].json()["errors"] == {"start": [duplicate_message(stored)]}


def test_two_changes_from_the_same_version_at_once_one_wins_and_the_other_hears_of_it(reviewer, make_article):
    article = make_article("The regime's reckless launch alarmed its neighbours.")
    tagged = highlight(article, reviewer, 4, 10)
    together = threading.Barrier(2)

    def change(note):
        def work():
            client = logged_in(reviewer)
            together.wait(WAIT)
            return client.patch(f"{URL}{tagged.pk}/", json.dumps({"note": note, "version": 1}),
                                content_type="application/json")
        return work

    results = {}
    threads = [in_thread(change("from A"), results, "A"), in_thread(change("from B"), results, "B")]
    for thread in threads:
        thread.join(WAIT * 2)

    statuses = sorted(response.status_code for response in results.values())
    assert statuses == [200, 409]
    winner = next(name for name, response in results.items() if response.status_code == 200)
    tagged.refresh_from_db()
    assert (tagged.note, tagged.version) == (f"from {winner}", 2)
