"""A corpus poisoned with every payload, fed in through the app's own entry points, and the pages that show it.

``poison()`` puts each storable payload (``payloads.STORABLE``) through every way text gets into Newsdesk:

- the browser import form: an uploaded ``.txt`` (every payload a paragraph), an uploaded ``.html`` page
  (every payload as raw markup, sanitised on the way in), and a ``.jsonl`` file whose lines carry payloads as
  title, byline, outlet, story title and inside the URL's query; the form's own fields (new outlet, new story,
  title, byline, URL);
- highlights: notes and sources through the JSON API (POST, then PATCH) and through the reader's form;
- usernames: a JSON-LD export whose creators are renamed to payloads, read back by ``import_annotations``;
  first and last names through the admin's user form;
- topic labels: renaming topics and moving passages into new topics on the comparison page;
- adjudication: consensus notes and sources;
- a text correction, which orphans some highlights and keeps the previous text in the history.

``pages(world)`` lists every page that shows that text, with what each must show literally. The unit tests
read them with Django's test client; the browser test opens them in Chromium.
"""

import io
import json
import tempfile
import urllib.parse
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from annotations.interchange.exports import CHECKSUM_KEY, CONTEXT
from annotations.models import Annotation, ConsensusAnnotation
from newsdesk.importing.scripts import trimmed
from newsdesk.models import Article, Story, Topic

from .payloads import STORABLE

TAGS = ("attribution", "rhetoric", "boilerplate", "factual_claim")
STORY_TITLE = "Poisoned story " + STORABLE[0]
LINE_STORY_TITLE = "Story of the lines " + STORABLE[8]
ORPHANED = 3  # payload paragraphs the correction removes, orphaning their highlights
# Notes and sources as stored: forms trim the ends of what is typed. Those of the orphaned highlights aside.
LIVE_NOTES = {payload.strip() for payload in STORABLE[ORPHANED:]}


def normal(text: str) -> str:
    """Whitespace as a page shows it: runs of it are one space (titles and names are stored so, too)."""
    return " ".join(text.split())


def web_address(payload: str) -> str:
    """A valid http address carrying the payload in its query (URLs may hold any non-space character)."""
    return "https://example.org/article?q=" + "".join("%20" if c.isspace() else c for c in payload)


@dataclass
class World:
    story: Story
    line_story: Story
    text_article: Article
    html_article: Article
    line_articles: list[Article]
    payload_stories: list[Story]
    users: dict
    payload_users: list = field(default_factory=list)
    orphan: Annotation | None = None

    def payload_usernames(self) -> set[str]:
        return {user.username for user in self.payload_users}

    def client(self, role: str) -> Client:
        client = Client()
        client.force_login(self.users[role])
        return client


def upload(client, name: str, content: str, **fields):
    """Import a file through the browser import form, as an editor does; fail loudly if it is refused."""
    data = {"action": "import", "format": "auto", **fields,
            "file": SimpleUploadedFile(name, content.encode("utf-8"))}
    response = client.post(reverse("newsdesk:article-import"), data)
    assert response.status_code == 302, response.content.decode()[:2000]


def text_document() -> str:
    return "Every payload as a paragraph.\n\n" + "\n\n".join(STORABLE) + "\n\nThe end."


def html_document() -> str:
    body = "".join(f"<p>{payload}</p>\n" for payload in STORABLE)
    return f"<!doctype html><html><head><title>t</title></head><body><h1>HTML {STORABLE[1]}</h1>{body}</body></html>"


def jsonl_document(story_slug: str = "line-story") -> str:
    lines = []
    for n, payload in enumerate(STORABLE):
        lines.append({"text": f"Line article {n}.\n\n{payload}\n\nThe end of line article {n}.", "title": payload,
                      "byline": payload, "outlet": payload, "url": web_address(payload),
                      "published": "2024-05-01", "story": story_slug, "story_title": LINE_STORY_TITLE})
        lines.append({"text": f"The only article of payload story {n}.", "title": f"Article of story {n}",
                      "outlet": "Story outlet", "story": f"payload-story-{n}", "story_title": payload})
    return "\n".join(json.dumps(line) for line in lines)


def payload_passages(article: Article) -> list:
    """(payload, passage) for each payload paragraph of the text article (a passage leaves out the invisible
    marks at its paragraph's ends, such as a right-to-left override that opens a payload)."""
    by_text = {normal(trimmed(p.text)): p for p in article.passages.all()}
    return [(payload, by_text[normal(trimmed(payload))]) for payload in STORABLE
            if normal(trimmed(payload)) in by_text]


def poison(reviewer, other, editor, admin) -> World:
    users = {"reviewer": reviewer, "other": other, "editor": editor, "admin": admin}
    as_editor, as_reviewer, as_other = Client(), Client(), Client()
    as_editor.force_login(editor)
    as_reviewer.force_login(reviewer)
    as_other.force_login(other)

    upload(as_editor, "all-payloads.txt", text_document(), new_outlet="Text outlet " + STORABLE[2],
           new_story=STORY_TITLE, title="Every payload " + STORABLE[3], byline=STORABLE[4],
           url=web_address(STORABLE[5]))
    text_article = Article.objects.get(title=normal("Every payload " + STORABLE[3]))
    story = text_article.story
    upload(as_editor, "payloads.html", html_document(), new_outlet="HTML outlet")
    upload(as_editor, "payloads.jsonl", jsonl_document())
    line_story = Story.objects.get(slug="line-story")
    for each in (story, line_story):
        # open: reviewers see each other
        as_editor.post(reverse("newsdesk:story-review-settings", args=[each.slug]), {})
        assign = reverse("annotations:story-assign", args=[each.slug])
        as_editor.post(assign, {"reviewers": [reviewer.pk, other.pk]})

    spans = payload_passages(text_article)
    for n, (payload, passage) in enumerate(spans):
        created = as_reviewer.post(
            reverse("annotations:api-annotations"),
            {"article": text_article.pk, "tag": TAGS[n % 4], "start": passage.start, "end": passage.end,
             "note": "draft", "source": payload[:200]},
            content_type="application/json",
        )
        assert created.status_code == 201, created.content
        changed = as_reviewer.patch(reverse("annotations:api-annotation", args=[created.json()["id"]]),
                                    {"note": payload}, content_type="application/json")
        assert changed.status_code == 200, changed.content
        as_other.post(reverse("annotations:annotation-create"), {
            "article": text_article.pk, "tag": TAGS[(n + 1) % 4], "start": passage.start, "end": passage.end,
            "note": payload, "source": payload[:200], "next": text_article.get_absolute_url(),
        })
    assert Annotation.objects.filter(reviewer=other).count() == len(spans)
    line_articles = list(line_story.articles.order_by("pk"))
    payload_users = import_payload_creators(line_articles)
    name_reviewer_in_admin(admin, reviewer)

    for payload, passage in spans:
        mine = Annotation.objects.get(reviewer=reviewer, article=text_article, start=passage.start)
        as_editor.post(reverse("annotations:consensus-accept", args=[text_article.pk]), {
            "annotations": [mine.pk], "tag": mine.tag, "start": passage.start, "end": passage.end,
            "note": payload, "source": payload[:200],
        })
    assert ConsensusAnnotation.objects.filter(article=text_article).count() == len(spans)

    curate_topics(as_editor, story, line_story, spans)
    as_reviewer.post(reverse("annotations:article-mark-done", args=[text_article.pk]))
    correct_text(as_editor, text_article, spans)
    text_article.refresh_from_db()

    payload_stories = list(Story.objects.filter(slug__startswith="payload-story-").order_by("pk"))
    html_article = Article.objects.get(outlet__name="HTML outlet")
    orphan = Annotation.objects.orphans().filter(reviewer=reviewer).order_by("start").first()
    return World(story=story, line_story=line_story, text_article=text_article, html_article=html_article,
                 line_articles=line_articles, payload_stories=payload_stories, users=users,
                 payload_users=payload_users, orphan=orphan)


def import_payload_creators(line_articles) -> list:
    """Highlight each line article's payload paragraph in a JSON-LD file whose creator is named by that payload,
    and read it with ``import_annotations``: each payload becomes a username. One reviewer per article keeps
    the agreement statistics, which compare every pair of reviewers of an article, small."""
    items = []
    for article, payload in zip(line_articles, STORABLE, strict=True):
        passage = article.passages.get(index=1)
        items.append({
            "type": "Annotation",
            "creator": {"type": "Person", "nickname": payload},
            "body": [{"type": "TextualBody", "purpose": "tagging", "value": "rhetoric"},
                     {"type": "TextualBody", "purpose": "commenting", "value": payload}],
            "target": {"source": article.url, CHECKSUM_KEY: article.checksum, "selector": [
                {"type": "TextQuoteSelector", "exact": passage.text},
                {"type": "TextPositionSelector", "start": passage.start, "end": passage.end},
            ]},
        })
    document = {"@context": CONTEXT, "type": "AnnotationCollection",
                "first": {"type": "AnnotationPage", "items": items}}
    with tempfile.NamedTemporaryFile("w", suffix=".jsonld", encoding="utf-8") as file:
        json.dump(document, file)
        file.flush()
        call_command("import_annotations", file.name, stdout=io.StringIO())
    # Each payload as an account stores a name: compatibility characters folded ("＜" is "<").
    names = [get_user_model().normalize_username(payload.strip()) for payload in STORABLE]
    users = list(get_user_model().objects.filter(username__in=names))
    assert len(users) == len(STORABLE)
    return users


def name_reviewer_in_admin(admin, reviewer) -> None:
    """Give the reviewer payloads as first and last name through the admin's user form."""
    client = Client()
    client.force_login(admin)
    url = reverse("admin:auth_user_change", args=[reviewer.pk])
    form = {
        "username": reviewer.username, "first_name": STORABLE[6], "last_name": STORABLE[7],
        "email": "reviewer@example.org", "is_active": "on", "groups": [g.pk for g in reviewer.groups.all()],
        "date_joined_0": "2024-01-01", "date_joined_1": "00:00:00", "initial-date_joined_0": "2024-01-01",
        "initial-date_joined_1": "00:00:00",
    }
    response = client.post(url, form)
    assert response.status_code == 302, response.content.decode()[:3000]


def curate_topics(as_editor, story, line_story, spans) -> None:
    """Align the stories, rename the topics of the lines' story to payloads, and move each payload paragraph
    of the text article into a new topic named by its payload."""
    for each in (story, line_story):
        as_editor.get(reverse("annotations:story-compare", args=[each.slug]))
    topics = Topic.objects.filter(story=line_story).order_by("pk")
    for topic, payload in zip(topics, reversed(STORABLE), strict=False):
        as_editor.post(reverse("newsdesk:topic-rename", args=[line_story.slug, topic.pk]), {"label": payload})
    for payload, passage in spans:
        as_editor.post(reverse("newsdesk:passage-move", args=[story.slug, passage.pk]),
                       {"destination": "new", "new_label": payload})


def correct_text(as_editor, article, spans) -> None:
    """Remove the first few payload paragraphs: their highlights become orphans, the old text stays in history."""
    removed = {passage.pk for _, passage in spans[:ORPHANED]}
    kept = [p.text for p in article.passages.order_by("index") if p.pk not in removed]
    response = as_editor.post(reverse("annotations:article-correct", args=[article.pk]),
                              {"text": "\n\n".join(kept), "action": "save"})
    assert response.status_code == 302, response.content.decode()[:2000]


def query(**params) -> str:
    return "?" + urllib.parse.urlencode(params, doseq=True)


@dataclass(frozen=True)
class Page:
    """A page to open as ``role``, and the texts it must show literally (whitespace runs as one space)."""

    name: str
    role: str
    url: str
    shows: tuple[str, ...] = ()


def shown(*groups) -> tuple[str, ...]:
    return tuple(dict.fromkeys(normal(text) for group in groups for text in group if normal(text)))


def pages(world: World) -> list[Page]:
    """Every page that shows poisoned text, with what it must show."""
    story, line_story, text, line_articles = world.story, world.line_story, world.text_article, world.line_articles
    payload_users = {a.pk: a.annotations.get().reviewer.username for a in line_articles}
    live_notes = list(Annotation.objects.live().filter(article=text, reviewer=world.users["other"])
                      .values_list("note", flat=True))
    remaining = [passage.text for passage in text.passages.all()]
    titles = [a.title for a in line_articles]
    outlets = [a.outlet.name for a in line_articles]
    bylines = [a.byline for a in line_articles]
    orphans = Annotation.objects.orphans().filter(article=text)
    other_ids = list(Annotation.objects.live().filter(article=text, reviewer=world.users["other"])
                     .values_list("pk", flat=True))
    own_ids = list(Annotation.objects.live().filter(article=text, reviewer=world.users["reviewer"])
                   .values_list("pk", flat=True))
    sources = Annotation.objects.live().filter(article=text).values_list("source", flat=True).distinct()
    line_passages = [a.text.split("\n\n")[1] for a in line_articles]
    placed = Topic.objects.filter(placements__isnull=False).distinct()
    labels = placed.filter(story=story).values_list("label", flat=True)
    line_labels = placed.filter(story=line_story).values_list("label", flat=True)
    reviewer = world.users["reviewer"]
    return [
        Page("story list", "editor", "/",
             shown([story.title, line_story.title], [s.title for s in world.payload_stories])),
        Page("story detail", "editor", story.get_absolute_url(), shown([story.title, text.title, text.byline])),
        Page("lines' story detail", "editor", line_story.get_absolute_url(),
             shown([line_story.title], titles, outlets, bylines)),
        Page("compare", "editor", reverse("annotations:story-compare", args=[story.slug]) + query(all=1),
             shown([story.title, text.title], remaining, labels)),
        Page("lines' compare", "reviewer", reverse("annotations:story-compare", args=[line_story.slug]) + query(all=1),
             shown([line_story.title], titles, outlets, line_passages, line_labels)),
        Page("progress", "editor", reverse("annotations:story-progress", args=[line_story.slug]),
             shown([line_story.title], outlets)),
        Page("reader", "editor", text.get_absolute_url() + query(all=1),
             shown([story.title, text.title, text.outlet.name, text.byline], remaining)),
        Page("reader as reviewer", "reviewer", text.get_absolute_url() + query(all=1),
             shown([story.title, text.title], remaining)),
        *[Page(f"reader of line article {n}", "reviewer", a.get_absolute_url() + query(all=1),
               shown([a.title, a.byline, a.outlet.name, line_passages[n], payload_users[a.pk]]))
          for n, a in enumerate(line_articles)],
        Page("adjudicate a line article", "editor",
             reverse("annotations:article-adjudicate", args=[line_articles[8].pk]),
             shown([line_articles[8].title, payload_users[line_articles[8].pk], line_passages[8]])),
        Page("reader of the HTML import", "editor", world.html_article.get_absolute_url()),
        Page("highlight details", "editor", reverse("annotations:annotation-details", args=[text.pk])
             + query(ids=" ".join(map(str, other_ids))), shown([story.title], live_notes)),
        Page("own highlight forms", "reviewer", reverse("annotations:annotation-details", args=[text.pk])
             + query(ids=" ".join(map(str, own_ids))), shown([story.title], live_notes)),
        Page("adjudicate", "editor", reverse("annotations:article-adjudicate", args=[text.pk]),
             shown([story.title, text.title], live_notes)),
        Page("history", "editor", reverse("annotations:article-history", args=[text.pk]),
             shown([story.title, text.title], STORABLE, [o.quote for o in orphans])),
        Page("correct", "editor", reverse("annotations:article-correct", args=[text.pk]),
             shown([text.title], remaining)),
        Page("orphans", "editor", reverse("annotations:orphan-list"),
             shown([o.quote for o in orphans], [o.note for o in orphans])),
        Page("own orphans", "reviewer", reverse("annotations:orphan-list"),
             shown([o.quote for o in orphans.filter(reviewer=reviewer)])),
        Page("place an orphan", "reviewer",
             reverse("annotations:orphan-place", args=[world.orphan.pk]) + query(words=STORABLE[10]),
             shown([world.orphan.quote, text.title])),
        Page("queue", "reviewer", reverse("annotations:my-queue"),
             shown([story.title, line_story.title], titles, outlets)),
        Page("reports", "editor", reverse("annotations:reports") + query(story=story.slug),
             shown([story.title], sources)),
        Page("lines' reports", "editor", reverse("annotations:reports") + query(story=line_story.slug),
             shown([line_story.title], payload_users.values(), outlets)),
        Page("reports filtered", "editor", reverse("annotations:reports") + query(
            story=line_story.slug, reviewer=payload_users[line_articles[0].pk], tag="rhetoric",
            outlet=line_articles[0].outlet.slug, article=line_articles[0].pk), shown([story.title])),
        Page("reports, consensus", "editor",
             reverse("annotations:reports") + query(story=story.slug, layer="consensus"),
             shown([story.title])),
        Page("reports, every story", "reviewer", reverse("annotations:reports"),
             shown([s.title for s in world.payload_stories])),
        Page("password change", "reviewer", reverse("password_change")),
        Page("admin articles", "admin",
             reverse("admin:newsdesk_article_changelist") + query(story__id__exact=line_story.pk),
             shown(titles)),
        Page("admin article", "admin", reverse("admin:newsdesk_article_change", args=[text.pk]), shown(remaining)),
        Page("admin outlets", "admin", reverse("admin:newsdesk_outlet_changelist"), shown(outlets)),
        Page("admin stories", "admin", reverse("admin:newsdesk_story_changelist"),
             shown([s.title for s in world.payload_stories])),
        Page("admin topics", "admin", reverse("admin:newsdesk_topic_changelist"), shown(labels)),
        Page("admin highlights", "admin", reverse("admin:annotations_annotation_changelist") + query(
            reviewer__id__exact=world.users["other"].pk), shown(remaining[1:-1])),
        Page("admin consensus", "admin", reverse("admin:annotations_consensusannotation_changelist")),
        Page("admin audit events", "admin", reverse("admin:newsdesk_auditevent_changelist")),
        Page("admin users", "admin", reverse("admin:auth_user_changelist"),
             shown(payload_users.values(), [reviewer.first_name, reviewer.last_name])),
        Page("admin user", "admin", reverse("admin:auth_user_change", args=[reviewer.pk])),
    ]
