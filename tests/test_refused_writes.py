"""A refused write stores nothing: for every write endpoint, a bad request leaves every table as it was.

Each case sends one request that must be refused (bad input, a stale version, someone else's highlight, a
broken import, a preview) and compares a snapshot of the whole database from before and after it.
"""

import json
from dataclasses import dataclass

import pytest
from django.test import Client

from annotations.models import Annotation, Assignment, ConsensusAnnotation
from annotations.workflow import adjudication
from newsdesk.alignment.clustering import align_story
from newsdesk.models import Article, Passage, Story, Topic

from .annotations.helpers import highlight
from .snapshots import changed_tables, database_state

pytestmark = pytest.mark.django_db

HTMX = {"HX-Request": "true"}


@dataclass
class World:
    reviewer: object
    editor: object
    story: Story
    article: Article
    other_article: Article
    unfiled: Article
    mine: Annotation  # the reviewer's, changed once: version 2
    theirs: Annotation
    deleted_twin: Annotation  # deleted, and tagged again since: restoring it would duplicate
    consensus: ConsensusAnnotation  # changed once: version 2
    topic: Topic
    passage: Passage


@pytest.fixture
def world(seed_story, seed_article, reviewer, other_reviewer, editor, make_article):
    align_story(seed_story)
    mine = highlight(seed_article, reviewer, 10, 20, note="first thoughts")
    mine.note = "second thoughts"
    mine.save_change(["note"], by=reviewer)
    theirs = highlight(seed_article, other_reviewer, 30, 40)
    deleted_twin = highlight(seed_article, reviewer, 50, 60)
    deleted_twin.soft_delete(reviewer)
    highlight(seed_article, reviewer, 50, 60)
    adjudication.accept(seed_article, [theirs], tag="rhetoric", start=30, end=40, by=editor)
    consensus = adjudication.accept(seed_article, [theirs], tag="rhetoric", start=30, end=40, note="checked",
                                    by=editor)
    Assignment.objects.create(article=seed_article, reviewer=reviewer, story=seed_story, assigned_by=editor)
    other_article = seed_story.articles.exclude(pk=seed_article.pk).first()
    unfiled = make_article("An article nobody has filed yet.\n\nIt waits on the story list.", outlet="Wire")
    return World(
        reviewer=reviewer, editor=editor, story=seed_story, article=seed_article, other_article=other_article,
        unfiled=unfiled, mine=mine, theirs=theirs, deleted_twin=deleted_twin, consensus=consensus,
        topic=Topic.objects.filter(story=seed_story).first(), passage=seed_article.passages.first(),
    )


def api(method, path, body, **headers):
    data = body if isinstance(body, str) else json.dumps(body)
    return method, path, {"data": data, "content_type": "application/json", "headers": headers}


def form(path, data, htmx=False):
    return "post", path, {"data": data, "headers": HTMX if htmx else {}}


NEW_PASSWORD = "a brand new passphrase"
BROKEN_JSONL = "\n".join([
    json.dumps({"text": "A first article that would import on its own.", "outlet": "Brand New Outlet"}),
    json.dumps({"text": "A second one, also fine.", "outlet": "Brand New Outlet"}),
    "this line is not JSON",
])

CASES = [
    # The highlights API
    ("api create: unknown tag, reversed offsets", "reviewer", 400, lambda w: api(
        "post", "/api/annotations/", {"article": w.article.pk, "tag": "nonsense", "start": 9, "end": 3})),
    ("api create: body not JSON", "reviewer", 400, lambda w: api("post", "/api/annotations/", "{not json")),
    ("api create: a highlight the reviewer already has", "reviewer", 400, lambda w: api(
        "post", "/api/annotations/", {"article": w.article.pk, "tag": "rhetoric", "start": 10, "end": 20})),
    ("api patch: a field that cannot change", "reviewer", 400, lambda w: api(
        "patch", f"/api/annotations/{w.mine.pk}/", {"start": 0})),
    ("api patch: unknown tag", "reviewer", 400, lambda w: api(
        "patch", f"/api/annotations/{w.mine.pk}/", {"tag": "nonsense"})),
    ("api patch: stale version", "reviewer", 409, lambda w: api(
        "patch", f"/api/annotations/{w.mine.pk}/", {"note": "from an old copy", "version": 1})),
    ("api patch: stale If-Match", "reviewer", 409, lambda w: api(
        "patch", f"/api/annotations/{w.mine.pk}/", {"note": "from an old copy"}, **{"If-Match": '"1"'})),
    ("api delete: stale version", "reviewer", 409, lambda w: api(
        "delete", f"/api/annotations/{w.mine.pk}/", {"version": 1})),
    ("api delete: someone else's highlight", "editor", 403, lambda w: api(
        "delete", f"/api/annotations/{w.theirs.pk}/", {})),
    # The reader's forms
    ("reader create: quote does not match", "reviewer", 422, lambda w: form("/annotations/", {
        "article": w.article.pk, "tag": "rhetoric", "start": 0, "end": 5, "quote": "other"}, htmx=True)),
    ("reader edit: note too long", "reviewer", 422, lambda w: form(f"/annotations/{w.mine.pk}/edit/", {
        "tag": "rhetoric", "note": "x" * 2001, "source": "", "version": 2}, htmx=True)),
    ("reader edit: stale version", "reviewer", 409, lambda w: form(f"/annotations/{w.mine.pk}/edit/", {
        "tag": "attribution", "note": "", "source": "", "version": 1}, htmx=True)),
    ("reader delete: stale version", "reviewer", 409, lambda w: form(
        f"/annotations/{w.mine.pk}/delete/", {"version": 1}, htmx=True)),
    ("reader edit: someone else's highlight", "reviewer", 404, lambda w: form(
        f"/annotations/{w.theirs.pk}/edit/", {"tag": "attribution", "version": 1})),
    ("mark done: an article not assigned", "reviewer", 404, lambda w: form(
        f"/articles/{w.other_article.pk}/done/", {})),
    # Suggestions
    ("suggestion accept: no such suggestion", "reviewer", 404, lambda w: api(
        "post", f"/api/articles/{w.article.pk}/suggestions/accept", {"tag": "rhetoric", "start": 0, "end": 1})),
    ("suggestion accept: bad offsets", "reviewer", 400, lambda w: api(
        "post", f"/api/articles/{w.article.pk}/suggestions/accept", {"tag": "rhetoric", "start": "a", "end": 1})),
    ("suggestions accept-all: a tag that needs judging", "reviewer", 400, lambda w: api(
        "post", f"/api/articles/{w.article.pk}/suggestions/accept-all", {"tag": "rhetoric"})),
    # Importing
    ("import: a JSONL whose third line is broken", "editor", 422, lambda w: form("/import/", {
        "text": BROKEN_JSONL, "format": "jsonl", "new_story": "A story that must not appear", "action": "import"})),
    ("import: no outlet", "editor", 422, lambda w: form("/import/", {
        "text": "An article without an outlet.", "format": "text", "action": "import"})),
    ("import: a preview stores nothing", "editor", 200, lambda w: form("/import/", {
        "text": "A fine article.\n\nWith two paragraphs.", "new_outlet": "Preview Outlet",
        "new_story": "Preview story", "format": "text"})),
    ("import: the same text again", "editor", 302, lambda w: form("/import/", {
        "text": w.unfiled.text, "outlet": w.unfiled.outlet_id, "format": "text", "action": "import"})),
    ("correct: the same text", "editor", 422, lambda w: form(f"/articles/{w.article.pk}/correct/", {
        "text": w.article.text, "action": "save"})),
    # Assignments
    ("assign: no reviewer chosen", "editor", 422, lambda w: form(f"/stories/{w.story.slug}/assign/", {})),
    # Adjudication
    ("adjudicate accept: impossible span", "editor", 422, lambda w: form(
        f"/articles/{w.article.pk}/adjudicate/accept/",
        {"annotations": [w.mine.pk], "tag": "rhetoric", "start": 20, "end": 10}, htmx=True)),
    ("adjudicate accept: highlight changed since", "editor", 409, lambda w: form(
        f"/articles/{w.article.pk}/adjudicate/accept/",
        {"annotations": [w.mine.pk], "seen": [f"{w.mine.pk}:1"], "tag": "rhetoric", "start": 10, "end": 20},
        htmx=True)),
    ("adjudicate reject: nothing chosen", "editor", 422, lambda w: form(
        f"/articles/{w.article.pk}/adjudicate/reject/", {}, htmx=True)),
    ("consensus remove: changed since", "editor", 409, lambda w: form(
        f"/consensus/{w.consensus.pk}/delete/", {"version": 1}, htmx=True)),
    ("restore: the words were tagged again", "editor", 302, lambda w: form(
        f"/highlights/{w.deleted_twin.pk}/restore/", {})),
    # Topics
    ("topic rename: empty label", "editor", 302, lambda w: form(
        f"/stories/{w.story.slug}/topics/{w.topic.pk}/rename/", {"label": "   "})),
    ("topic merge: into no topic", "editor", 302, lambda w: form(
        f"/stories/{w.story.slug}/topics/{w.topic.pk}/merge/", {"into": "999999"})),
    ("passage move: nowhere", "editor", 302, lambda w: form(
        f"/stories/{w.story.slug}/passages/{w.passage.pk}/move/", {"destination": "999999"})),
    # Filing
    ("file: no such story", "editor", 302, lambda w: form(f"/articles/{w.unfiled.pk}/file/", {"story": "999999"})),
    ("file: an article already in a story", "editor", 302, lambda w: form(
        f"/articles/{w.article.pk}/file/", {"story": w.story.pk})),
    # Accounts
    ("password change: wrong old password", "reviewer", 200, lambda w: form("/accounts/password/", {
        "old_password": "wrong", "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD})),
]


@pytest.mark.parametrize("role, status, request_for", [pytest.param(*case[1:], id=case[0]) for case in CASES])
def test_a_refused_write_leaves_every_table_as_it_was(world, role, status, request_for):
    client = Client()
    client.force_login(getattr(world, role))
    method, path, options = request_for(world)
    before = database_state()

    response = getattr(client, method)(path, **options)

    assert response.status_code == status, response.content.decode()[:500]
    assert changed_tables(before, database_state()) == []


def test_the_snapshot_sees_a_write_that_is_accepted(world):
    client = Client()
    client.force_login(world.reviewer)
    before = database_state()

    response = client.patch(f"/api/annotations/{world.mine.pk}/", json.dumps({"note": "third", "version": 2}),
                            content_type="application/json")

    assert response.status_code == 200
    assert changed_tables(before, database_state()) == ["annotations_annotation", "newsdesk_auditevent"]
