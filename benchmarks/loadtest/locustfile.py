"""Reviewers at work, for locust: they log in, read stories and articles, and highlight, re-tag and delete.

Run through ``benchmarks/loadtest/run.py``, which prepares the database and the accounts and sets:

- ``LOADTEST_USERNAMES``: comma-separated reviewer accounts, one per simulated reviewer (each account is
  driven by one client only, so the order of its writes in the log is the order the server saw them);
- ``LOADTEST_PASSWORD``: their password;
- ``LOADTEST_LOG_DIR``: where each locust process appends its write log, ``acks-<pid>.jsonl``;
- ``LOADTEST_SECONDS``: how long the reviewers work once all of them have logged in;
- ``LOADTEST_THINK``: "MIN,MAX" seconds a reviewer pauses between actions (default "0.2,1.0").

Every write is logged twice: ``sent`` before the request (what it asks for) and ``ack`` after a 2xx (the id
and state the server returned), both with the request id sent in ``X-Request-ID``. Any 5xx, or a request
that got no answer, is logged as ``server_error`` or ``no_answer``. ``verification.py`` reads the log back.

Highlights are whole words of the article text fetched from ``/api/articles/``; offsets are code points,
which is what Python's ``str`` indexes. A reviewer never creates a span and tag it already has live, so a
refusal (400) is a failure of the run, not part of the load.
"""

import json
import os
import random
import re
import time
import uuid
from functools import cache
from pathlib import Path

import gevent
from gevent.event import Event
from locust import HttpUser, between, events, task
from locust.exception import StopUser

TAGS = ("attribution", "rhetoric", "boilerplate", "factual_claim")
NOTES = ("", "", "", "check the original", "loaded wording", "source unnamed", "vgl. Originalquelle", "« à vérifier »")
WORD = re.compile(r"\w+", re.UNICODE)
CSRF_FIELD = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
USERNAMES = [name for name in os.environ.get("LOADTEST_USERNAMES", "").split(",") if name]
PASSWORD = os.environ.get("LOADTEST_PASSWORD", "")
LOG_DIR = Path(os.environ.get("LOADTEST_LOG_DIR", "."))
SECONDS = float(os.environ.get("LOADTEST_SECONDS", "0"))
# The server's process group: its CPU time is read as the measured period starts and ends.
SERVER_GROUP = int(os.environ.get("LOADTEST_SERVER_GROUP", "0"))
_cpu = {}
# A busy reviewer: a second or less between one action and the next. "0,0" is a closed loop at full pressure.
THINK = tuple(float(s) for s in os.environ.get("LOADTEST_THINK", "0.2,1.0").split(","))
_next_account = iter(USERNAMES)
_everyone_in = Event()
_arrived = 0


@cache
def _log_file():
    LOG_DIR.mkdir(parents=True, exist_ok=True)
    return (LOG_DIR / f"acks-{os.getpid()}.jsonl").open("a", encoding="utf-8", buffering=1)


def log(**event) -> None:
    _log_file().write(json.dumps(event, ensure_ascii=False) + "\n")


@events.request.add_listener
def log_server_errors(request_type, name, response, exception, **kwargs):
    status = getattr(response, "status_code", 0) or 0
    rid = response.request.headers.get("X-Request-ID") if getattr(response, "request", None) else None
    if status >= 500:
        log(phase="server_error", status=status, method=request_type, name=name, rid=rid)
    elif status == 0:
        log(phase="no_answer", method=request_type, name=name, rid=rid, error=repr(exception))


@events.quitting.add_listener
def save_statistics(environment, **kwargs):
    """The final figures, once every reviewer has finished (locust's CSV is a snapshot taken every second)."""
    stats = environment.runner.stats
    entries = [*sorted(stats.entries.values(), key=lambda e: (e.method, e.name)), stats.total]
    figures = [
        {"name": "Aggregated" if entry is stats.total else f"{entry.method} {entry.name}",
         "count": entry.num_requests, "failures": entry.num_failures, "rps": entry.total_rps,
         **{f"p{round(p * 100)}": entry.get_response_time_percentile(p) for p in (0.5, 0.95, 0.99)}}
        for entry in entries if entry.num_requests
    ]
    (LOG_DIR / "stats.json").write_text(json.dumps(figures, indent=1))
    _cpu["end_ms"] = server_cpu_ms()
    (LOG_DIR / "cpu.json").write_text(json.dumps({**_cpu, "requests": stats.total.num_requests}))


def server_cpu_ms() -> float | None:
    from benchmarks.scratch import group_cpu_ms

    return group_cpu_ms([SERVER_GROUP]) if SERVER_GROUP else None


@cache
def word_spans(text) -> list[tuple[int, int]]:
    return [match.span() for match in WORD.finditer(text)]


class Reviewer(HttpUser):
    wait_time = between(*THINK)

    def on_start(self):
        try:
            self.username = next(_next_account)
        except StopIteration:
            raise StopUser("more simulated reviewers than accounts") from None
        try:
            self.login()
            self.articles = self.fetch_articles()
        finally:
            self.arrive()
        self.stories = sorted({a["story"] for a in self.articles if a["story"]})
        self.mine: dict[int, dict] = {}  # id -> {article, tag, start, end}: my highlights to change or delete
        self.spans: set[tuple] = set()  # every (article, tag, start, end) I have asked for: never asked twice
        _everyone_in.wait()

    def arrive(self):
        """Hashing twenty passwords at once takes a while: the measured period starts once everyone is in,
        with the statistics reset, and lasts LOADTEST_SECONDS (the logins are logged on their own)."""
        global _arrived
        _arrived += 1
        if _arrived < len(USERNAMES) or _everyone_in.is_set():
            return
        self.environment.runner.stats.reset_all()
        _cpu["start_ms"] = server_cpu_ms()
        log(phase="measuring", seconds=SECONDS, t=time.time())
        if SECONDS:
            gevent.spawn_later(SECONDS, self.environment.runner.quit)
        _everyone_in.set()

    # -- plumbing ---------------------------------------------------------------------------------------

    def send(self, method, url, name, expect, rid=None, **kwargs):
        """One request with a request id (fresh unless given); a status other than ``expect`` is a failure."""
        rid = rid or uuid.uuid4().hex
        headers = {"X-Request-ID": rid}
        if method not in ("GET", "HEAD"):
            headers["X-CSRFToken"] = self.client.cookies.get("csrftoken", "")
        with self.client.request(method, url, name=name, headers=headers, catch_response=True, **kwargs) as response:
            if response.status_code != expect:
                response.failure(f"{response.status_code}: {response.text[:200]}")
        return rid, response

    def login(self):
        _, form = self.send("GET", "/accounts/login/", "login form", 200)
        token = CSRF_FIELD.search(form.text)
        if not token:
            raise StopUser("no CSRF token on the login form")
        data = {"csrfmiddlewaretoken": token.group(1), "username": self.username, "password": PASSWORD, "next": ""}
        started = time.perf_counter()
        self.send("POST", "/accounts/login/", "login", 200, data=data)
        log(phase="login", user=self.username, ms=round((time.perf_counter() - started) * 1000),
            ok="sessionid" in self.client.cookies)
        if "sessionid" not in self.client.cookies:
            raise StopUser(f"login refused for {self.username}")

    def fetch_articles(self):
        _, response = self.send("GET", "/api/articles/", "/api/articles/", 200)
        return response.json() if response.status_code == 200 else []

    # -- reading ----------------------------------------------------------------------------------------

    @task(8)
    def read_article(self):
        article = random.choice(self.articles)
        query = "?all=1" if random.random() < 0.3 else ""
        self.send("GET", f"/articles/{article['id']}/{query}", "/articles/[id]/", 200)

    @task(4)
    def list_highlights(self):
        article = random.choice(self.articles)
        self.send("GET", f"/api/annotations/?article={article['id']}", "/api/annotations/?article=[id]", 200)

    @task(2)
    def read_story_list(self):
        self.send("GET", "/", "/", 200)

    @task(2)
    def read_story(self):
        if self.stories:
            self.send("GET", f"/stories/{random.choice(self.stories)}/", "/stories/[slug]/", 200)

    @task(1)
    def list_stories(self):
        self.send("GET", "/api/stories/", "/api/stories/", 200)

    @task(1)
    def list_articles(self):
        self.fetch_articles()

    # -- writing ----------------------------------------------------------------------------------------

    @task(6)
    def create_highlight(self):
        article = random.choice(self.articles)
        tag = random.choice(TAGS)
        start, end = self.pick_span(article["text"], article["id"], tag)
        body = {"article": article["id"], "tag": tag, "start": start, "end": end,
                "quote": article["text"][start:end], "note": random.choice(NOTES)}
        self.spans.add((article["id"], tag, start, end))  # whatever the answer, never ask for it again
        rid = uuid.uuid4().hex
        log(phase="sent", op="create", rid=rid, user=self.username, article=article["id"], tag=tag, start=start,
            end=end, note=body["note"])
        _, response = self.send("POST", "/api/annotations/", "/api/annotations/ (create)", 201, rid, json=body)
        if response.status_code == 201:
            stored = response.json()
            log(phase="ack", op="create", rid=rid, id=stored["id"], tag=stored["tag"], note=stored["note"])
            self.mine[stored["id"]] = {"article": article["id"], "tag": tag, "start": start, "end": end}

    @task(3)
    def change_highlight(self):
        if not self.mine:
            return self.create_highlight()
        pk = random.choice(list(self.mine))
        highlight = self.mine.pop(pk)  # back in the pool once acknowledged; an unanswered change is not retried
        span = (highlight["article"], highlight["start"], highlight["end"])
        free = [t for t in TAGS if (span[0], t, *span[1:]) not in self.spans]
        tag = random.choice(free) if free else highlight["tag"]  # every tag taken: change the note only
        note = random.choice(NOTES)
        rid = uuid.uuid4().hex
        log(phase="sent", op="change", rid=rid, user=self.username, id=pk, tag=tag, note=note)
        _, response = self.send("PATCH", f"/api/annotations/{pk}/", "/api/annotations/[id]/ (change)", 200, rid,
                                json={"tag": tag, "note": note})
        if response.status_code == 200:
            stored = response.json()
            log(phase="ack", op="change", rid=rid, id=pk, tag=stored["tag"], note=stored["note"])
            self.mine[pk] = {**highlight, "tag": stored["tag"]}
        self.spans.add((span[0], tag, *span[1:]))

    @task(2)
    def delete_highlight(self):
        if not self.mine:
            return self.create_highlight()
        pk = random.choice(list(self.mine))
        self.mine.pop(pk)
        rid = uuid.uuid4().hex
        log(phase="sent", op="delete", rid=rid, user=self.username, id=pk)
        _, response = self.send("DELETE", f"/api/annotations/{pk}/", "/api/annotations/[id]/ (delete)", 204, rid)
        if response.status_code == 204:
            log(phase="ack", op="delete", rid=rid, id=pk)

    def pick_span(self, text, article_id, tag):
        """Whole words, one to twelve of them, that this reviewer has not yet tagged with ``tag``."""
        words = word_spans(text)
        while True:
            first = random.randrange(len(words))
            last = min(len(words) - 1, first + random.randrange(12))
            start, end = words[first][0], words[last][1]
            if (article_id, tag, start, end) not in self.spans:
                return start, end
