"""Every payload, through every way text gets in, comes out as text on every page and as data in every API.

The corpus is poisoned through the app's own entry points (``poisoned.poison``); each page that shows it
must carry no markup a template did not write, and must show each payload it displays escaped, character
for character. The JSON API and the exports must hand the payloads back exactly, as JSON or CSV that no
browser would read as HTML, with spreadsheet formulas neutralised. The browser test
(``tests/e2e/test_injection.py``) opens the same pages in Chromium and watches for any script running.
"""

import csv
import io
import json

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from django.urls import reverse
from django.utils.html import escape

from annotations.models import Annotation, ConsensusAnnotation
from newsdesk.importing.scripts import trimmed
from newsdesk.models import Article, Story, Topic

from .markup import foreign_markup
from .payloads import PAYLOADS, STORABLE, WITH_NUL
from .poisoned import LIVE_NOTES, STORY_TITLE, TAGS, jsonl_document, normal, pages, poison, query

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    """Poisoned once for the module (it takes hundreds of requests), inside a transaction rolled back after."""
    with django_db_blocker.unblock(), transaction.atomic():
        users = {
            role: get_user_model().objects.create_user(role, password="correct horse battery staple")
            for role in ("reviewer", "other", "editor", "admin")
        }
        users["reviewer"].groups.add(Group.objects.get(name="reviewer"))
        users["other"].groups.add(Group.objects.get(name="reviewer"))
        users["editor"].groups.add(Group.objects.get(name="editor"))
        users["admin"].is_staff = users["admin"].is_superuser = True
        users["admin"].save()
        yield poison(users["reviewer"], users["other"], users["editor"], users["admin"])
        transaction.set_rollback(True)


def body_of(response) -> str:
    content = b"".join(response.streaming_content) if response.streaming else response.content
    return content.decode()


def page_problems(response, shows) -> list[str]:
    html = body_of(response)
    problems = [f"foreign markup {found}" for found in foreign_markup(html)]
    flat = normal(html)
    problems += [f"does not show {text[:60]!r} as text" for text in shows if escape(text) not in flat]
    return problems


def test_there_are_at_least_fifty_payloads_each_with_its_own_marker():
    assert len(PAYLOADS) >= 50
    assert all(str(n) in payload for n, payload in enumerate(PAYLOADS))
    assert sum("__xss(" in payload for payload in PAYLOADS) > 0.8 * len(PAYLOADS)
    assert len(set(PAYLOADS)) == len(PAYLOADS)


def test_the_payloads_reached_every_entry_point(world):
    story, reviewer, other_reviewer = world.story, world.users["reviewer"], world.users["other"]
    texts = {normal(p) for p in STORABLE}

    assert story.title == normal(STORY_TITLE)
    assert {a.title for a in world.line_articles} == texts
    assert {a.byline for a in world.line_articles} == set(STORABLE)
    assert {a.outlet.name for a in world.line_articles} == texts
    assert {s.title for s in world.payload_stories} == texts
    folded = get_user_model().normalize_username  # as an account stores a name: "＜" is "<"
    assert {u.username for u in world.payload_users} == {folded(p.strip()) for p in STORABLE}
    notes = {p.strip() for p in STORABLE}  # forms trim the ends of what is typed
    assert set(Annotation.objects.filter(reviewer=other_reviewer).values_list("note", flat=True)) == notes
    assert set(Annotation.objects.filter(reviewer=reviewer).values_list("note", flat=True)) == notes
    assert set(ConsensusAnnotation.objects.values_list("note", flat=True)) >= LIVE_NOTES
    assert {normal(label) for label in Topic.objects.filter(story=story).values_list("label", flat=True)} >= texts
    reviewer.refresh_from_db()
    assert {reviewer.first_name, reviewer.last_name} == {STORABLE[6], STORABLE[7]}
    assert Annotation.objects.orphans().count() >= 3
    assert all(normal(trimmed(p)) in normal(world.text_article.text) for p in STORABLE[3:])  # as its passages hold it
    assert set(Annotation.objects.filter(article=world.text_article).values_list("tag", flat=True)) == set(TAGS)


def test_every_page_shows_the_payloads_as_text_and_no_markup_of_theirs(world):
    clients = {role: world.client(role) for role in ("reviewer", "editor", "admin")}
    wrong, shown = [], 0

    for page in pages(world):
        response = clients[page.role].get(page.url)
        if response.status_code != 200:
            wrong.append(f"{page.name} ({page.url}): {response.status_code}")
            continue
        wrong += [f"{page.name}: {problem}" for problem in page_problems(response, page.shows)]
        shown += len(page.shows)

    assert not wrong, "\n".join(wrong)
    assert shown > 20 * len(STORABLE)


def test_the_import_preview_shows_every_field_of_every_line_as_text(world):
    client = world.client("editor")
    pasted = jsonl_document("previewed-story").replace("line article", "previewed article")

    response = client.post(reverse("newsdesk:article-import"), {"text": pasted, "format": "jsonl", "action": "preview"})

    assert response.status_code == 200
    assert page_problems(response, [normal(p) for p in STORABLE]) == []
    assert "previewed article 0" in response.content.decode()
    assert not Article.objects.filter(text__contains="previewed article").exists()


def test_the_import_form_shows_refused_values_back_as_text(world):
    client = world.client("editor")
    fields = {"text": "\n\n".join(STORABLE), "format": "text", "new_outlet": STORABLE[45], "new_story": STORABLE[46],
              "title": STORABLE[47], "byline": STORABLE[48], "url": STORABLE[44], "action": "import"}

    response = client.post(reverse("newsdesk:article-import"), fields)

    html = response.content.decode()
    assert response.status_code == 422
    assert page_problems(response, [normal("\n\n".join(STORABLE))]) == []
    assert all(f'value="{escape(fields[name])}"' in html for name in ("new_outlet", "new_story", "title", "byline"))


def test_the_correction_preview_shows_quotes_and_text_as_text(world):
    client = world.client("editor")
    text = world.text_article.text.replace(STORABLE[20], "gone")

    response = client.post(reverse("annotations:article-correct", args=[world.text_article.pk]),
                           {"text": text, "action": "preview"})

    assert response.status_code == 200
    assert page_problems(response, [normal(STORABLE[20])]) == []


def test_the_story_list_offers_poisoned_stories_for_filing_as_text(world):
    client = world.client("editor")

    html = client.get("/").content.decode()

    assert world.html_article.title in html or escape(world.html_article.title) in html
    assert all(f">{escape(story.title)}</option>" in normal(html) for story in world.payload_stories)


def json_of(response):
    assert response["Content-Type"].startswith(("application/json", "application/ld+json")), response["Content-Type"]
    assert response["X-Content-Type-Options"] == "nosniff"
    return json.loads(body_of(response))


def test_the_json_api_returns_every_payload_exactly_as_data(world):
    client = world.client("editor")
    story, text = world.story, world.text_article

    stories = json_of(client.get(reverse("newsdesk:api-stories")))
    articles = json_of(client.get(reverse("newsdesk:api-articles"), {"story": world.line_story.slug}))
    [text_json] = json_of(client.get(reverse("newsdesk:api-articles"), {"story": story.slug}))
    highlights = json_of(client.get(reverse("annotations:api-annotations"), {"article": text.pk}))
    alignment = json_of(client.get(reverse("newsdesk:api-story-alignment", args=[story.slug])))
    summary = json_of(client.get(reverse("annotations:api-report-summary"), {"story": world.line_story.slug}))
    queue = json_of(world.client("reviewer").get(reverse("annotations:api-queue")))

    texts = {normal(p) for p in STORABLE}
    assert {s["title"] for s in stories} >= texts | {story.title}
    assert {a["title"] for a in articles} == {a["outlet"] for a in articles} == texts
    assert {a["byline"] for a in articles} == set(STORABLE)
    assert text_json["id"] == text.pk and all(trimmed(p) in text_json["text"] for p in STORABLE[3:])
    assert {h["note"] for h in highlights} >= LIVE_NOTES
    line = world.line_articles[9]
    listed = json_of(client.get(reverse("annotations:api-annotations"), {"article": line.pk}))
    assert {h["reviewer"] for h in listed} == {
        line.annotations.get().reviewer.username}
    assert {normal(t["label"]) for t in alignment["topics"]} >= {normal(p) for p in STORABLE[3:]}
    assert {r["reviewer"] for r in summary["reviewers"]} >= world.payload_usernames()
    assert {normal(q["title"]) for q in queue} >= texts


def test_the_json_ld_and_jsonl_exports_return_every_payload_exactly(world):
    client = world.client("editor")

    jsonld = json_of(client.get(reverse("annotations:api-export", args=["jsonld"])))
    jsonl = client.get(reverse("annotations:api-export", args=["jsonl"]))
    lines = [json.loads(line) for line in body_of(jsonl).split("\n") if line]  # JSON lines end at \n only

    items = jsonld["first"]["items"]
    notes = {body["value"] for item in items for body in item["body"] if body["purpose"] == "commenting"}
    creators = {item["creator"]["nickname"] for item in items}
    names = {item["creator"].get("name") for item in items}
    assert notes >= LIVE_NOTES
    assert creators >= world.payload_usernames()
    assert f"{STORABLE[6]} {STORABLE[7]}" in names
    assert jsonl["X-Content-Type-Options"] == "nosniff" and not jsonl["Content-Type"].startswith("text/html")
    assert {line["reviewer"] for line in lines} >= world.payload_usernames()


def csv_rows(response) -> list[dict]:
    assert response["Content-Type"].startswith("text/csv")
    assert response["X-Content-Type-Options"] == "nosniff"
    return list(csv.DictReader(io.StringIO(body_of(response))))


def as_spreadsheet_shows(payload: str) -> str:
    """What a safe CSV cell holds for ``payload``: a formula-like start is neutralised with a quote."""
    return "'" + payload if payload[:1] in ("=", "+", "-", "@", "\t", "\r") else payload


def test_the_csv_exports_return_payloads_as_data_and_neutralise_formulas(world):
    client = world.client("editor")
    slug = world.story.slug

    export = csv_rows(client.get(reverse("annotations:api-export", args=["csv"])))
    sources = csv_rows(client.get(reverse("annotations:report-csv", args=["sources"]), {"story": slug}))
    reviewers = csv_rows(
        client.get(reverse("annotations:report-csv", args=["reviewers"]), {"story": world.line_story.slug})
    )

    assert {row["note"] for row in export} >= {as_spreadsheet_shows(note) for note in LIVE_NOTES}
    assert {row["reviewer"] for row in export} >= {as_spreadsheet_shows(n) for n in world.payload_usernames()}
    assert any(row["note"].startswith("'=HYPERLINK(") for row in export)
    assert not any(cell[:1] in "=+-@" for row in export + sources + reviewers for cell in row.values() if cell)
    assert {row["reviewer"] for row in reviewers} >= {as_spreadsheet_shows(n) for n in world.payload_usernames()}


def test_payloads_with_a_nul_character_are_refused_by_every_entry_point(world):
    """PostgreSQL cannot store NUL: every way in refuses it with a message rather than failing."""
    editor, as_reviewer = world.client("editor"), world.client("reviewer")
    story, text = world.story, world.text_article
    passage = text.passages.order_by("index")[1]
    topic = Topic.objects.filter(story=story).first()
    mine = Annotation.objects.live().filter(reviewer=world.users["reviewer"], article=text).first()
    before = (Article.objects.count(), Annotation.objects.count(), ConsensusAnnotation.objects.count(),
              Story.objects.count(), Topic.objects.count(), text.text)
    for payload in WITH_NUL:
        answers = {
            "paste": editor.post(reverse("newsdesk:article-import"), {"text": payload, "format": "text",
                                                             "new_outlet": "O", "action": "import"}),
            "upload": editor.post(reverse("newsdesk:article-import"), {
                "file": io.BytesIO(payload.encode()), "new_outlet": "O", "action": "import"}),
            "jsonl title": editor.post(reverse("newsdesk:article-import"), {
                "text": json.dumps({"text": "t", "title": payload, "outlet": "O"}), "format": "jsonl",
                "action": "import"}),
            "form title": editor.post(reverse("newsdesk:article-import"), {
                "text": "t", "title": payload, "new_outlet": "O", "action": "import"}),
            "api note": as_reviewer.post(reverse("annotations:api-annotations"), {
                "article": text.pk, "tag": "rhetoric", "start": passage.start, "end": passage.end, "note": payload},
                content_type="application/json"),
            "api patch": as_reviewer.patch(reverse("annotations:api-annotation", args=[mine.pk]), {"source": payload},
                                           content_type="application/json"),
            "reader form": as_reviewer.post(reverse("annotations:annotation-create"), {
                "article": text.pk, "tag": "rhetoric", "start": passage.start, "end": passage.end, "note": payload},
                HTTP_HX_REQUEST="true"),
            "topic label": editor.post(
                reverse("newsdesk:topic-rename", args=[story.slug, topic.pk]), {"label": payload}
            ),
            "new topic": editor.post(reverse("newsdesk:passage-move", args=[story.slug, passage.pk]), {
                "destination": "new", "new_label": payload}),
            "consensus note": editor.post(reverse("annotations:consensus-accept", args=[text.pk]), {
                "annotations": [mine.pk], "tag": "rhetoric", "start": passage.start, "end": passage.end,
                "note": payload}),
            "correction": editor.post(reverse("annotations:article-correct", args=[text.pk]), {
                "text": text.text + "\n\n" + payload, "action": "save"}),
            "report filter": editor.get(reverse("annotations:reports") + query(reviewer=payload, story=payload)),
            "api filter": editor.get(reverse("annotations:api-annotations"), {"article": text.pk, "reviewer": payload}),
            "orphan search": as_reviewer.get(
                reverse("annotations:orphan-place", args=[world.orphan.pk]), {"words": payload}
            ),
        }
        wrong = {name: r.status_code for name, r in answers.items() if r.status_code >= 500}
        assert not wrong, f"{payload!r}: {wrong}"
    text.refresh_from_db()
    after = (Article.objects.count(), Annotation.objects.count(), ConsensusAnnotation.objects.count(),
             Story.objects.count(), Topic.objects.count(), text.text)
    assert after == before
    assert "\x00" not in "".join(Topic.objects.values_list("label", flat=True))
    assert not ConsensusAnnotation.objects.filter(note__contains="<scr").exclude(note__in=STORABLE).exists()

