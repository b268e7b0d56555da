"""Arabic and Hebrew names inside the pages' own English sentences: each outlet name, article title and topic
label in a sentence is set apart with <bdi>, so it reads in its own direction and the sentence around it keeps
its order; the names stay escaped. The fields where an editor pastes an article or a correction take their
direction from the text typed into them."""

import re
from html.parser import HTMLParser

import pytest

from annotations.views.corrections import CorrectionForm
from newsdesk.importing.forms import ImportForm
from newsdesk.models import Story, Topic
from tests.annotations.highlights import highlight

pytestmark = pytest.mark.django_db

# Invented outlet names and titles; the articles' English text gives the claims finder its figures.
COURIER, NORTHWIRE, LEDGER = "ساحل اليوم", "הדואר הצפוני", "دفتر المساء"
STORY_TITLE = "حصار <i>الميناء</i>"
ESCAPED_STORY_TITLE = "حصار &lt;i&gt;الميناء&lt;/i&gt;"
ARTICLES = [
    (COURIER, "طواقم تغلق الميناء",
     "Crews moored 27 trawlers across the harbour of Saltby on Monday in protest at the quota.\n\n"
     "The regional council cut the cod quota by 18 per cent in December."),
    (NORTHWIRE, "סירות חוסמות את הנמל",
     "Nearly 30 fishing boats blocked the harbour of Saltby on Monday in protest at the quota.\n\n"
     "Ferry services to the islands were suspended for the whole day on Monday."),
    (LEDGER, "سفن الصيد تسد الميناء",
     "A line of 27 trawlers sealed the harbour at Saltby on Monday in protest at the quota.\n\n"
     "The council said it cut the cod quota by 18 per cent in December."),
]


@pytest.fixture
def story(make_article, django_capture_on_commit_callbacks):
    story = Story.objects.create(title=STORY_TITLE, slug="harbour", blind_annotation=False)
    with django_capture_on_commit_callbacks(execute=True):
        articles = [make_article(text, outlet=outlet, story=story, title=title) for outlet, title, text in ARTICLES]
    return story, articles


def page(client, user, url):
    client.force_login(user)
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def test_the_comparison_page_isolates_outlet_names_in_its_tabs_and_sentences(client, editor, story):
    story, _ = story

    html = page(client, editor, f"/stories/{story.slug}/compare/")

    for outlet in (COURIER, NORTHWIRE, LEDGER):
        # the column tabs on a phone (a tab may say its article's language)
        assert re.search(rf'><bdi(?: lang="[a-z-]+")?>{re.escape(outlet)}</bdi></button>', html), outlet
    assert f"<h1><bdi>{ESCAPED_STORY_TITLE}</bdi>: side by side</h1>" in html
    assert f"<bdi>{NORTHWIRE}</bdi> does not cover this topic." in html
    assert "<i>الميناء" not in html


def test_the_claims_page_isolates_the_story_and_outlet_names_in_its_sentences(client, editor, story):
    story, _ = story

    html = page(client, editor, f"/stories/{story.slug}/claims/")

    assert f"<h1><bdi>{ESCAPED_STORY_TITLE}</bdi>: claims across outlets</h1>" in html
    assert f"only in <bdi>{NORTHWIRE}</bdi>" in html
    assert f"left out by <bdi>{NORTHWIRE}</bdi>" in html
    for outlet in (COURIER, NORTHWIRE, LEDGER):
        assert f"<strong><bdi>{outlet}</bdi></strong>" in html  # "Outlet: “quote”" under each claim
        assert f'<th scope="row" dir="auto">{outlet}</th>' in html  # the per-outlet report
    groups = re.findall(r'scope="rowgroup" colspan="4">(.*?)</th>', html)
    labels = set(Topic.objects.filter(story=story).values_list("label", flat=True))
    assert groups and all(group in {f"<bdi>{label}</bdi>" for label in labels} | {"Outside the topics"}
                          for group in groups), groups
    assert "<i>الميناء" not in html


def test_the_history_page_isolates_the_title_and_the_outlet(client, editor, story):
    _, articles = story
    article = articles[0]

    html = page(client, editor, f"/articles/{article.pk}/history/")

    assert f'<p class="lede"><bdi>{article.title}</bdi> — <bdi>{COURIER}</bdi></p>' in html
    assert f'dir="auto">{ESCAPED_STORY_TITLE}</a>' in html and f'dir="auto">{COURIER}</a>' in html


def test_the_reports_page_isolates_the_story_and_outlet_names_in_its_sentences(
        client, editor, reviewer, other_reviewer, story):
    story, articles = story
    article = articles[0]
    highlight(article, reviewer, "rhetoric", 0, 40)
    highlight(article, other_reviewer, "attribution", 50, 70)

    html = page(client, editor, f"/reports/?story={story.slug}")

    assert f"in “<bdi>{ESCAPED_STORY_TITLE}</bdi>”." in html
    assert f"· <bdi>{COURIER}</bdi> ·" in html  # a disagreement's line
    assert f'<th scope="row" dir="auto">{COURIER}</th>' in html
    assert f'<span class="outlet-name" dir="auto">{COURIER}</span>' in html
    assert f'dir="auto">{article.title}</a>' in html
    assert "<i>الميناء" not in html


class Fields(HTMLParser):
    """Each textarea and input of a page by name: its attributes and, for a textarea, its text."""

    def __init__(self, html):
        super().__init__(convert_charrefs=True)
        self.found, self._open = {}, None
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        if tag in ("textarea", "input"):
            attrs = dict(attrs)
            self.found[attrs.get("name")] = {"attrs": attrs, "text": ""}
            self._open = attrs.get("name") if tag == "textarea" else None

    def handle_data(self, data):
        if self._open is not None:
            self.found[self._open]["text"] += data

    def handle_endtag(self, tag):
        if tag == "textarea":
            self._open = None


def drawn_with_auto_direction(html, bound_field):
    """The field in ``html`` is the one Django draws (attributes, text), with dir="auto" added."""
    [own] = Fields(str(bound_field)).found.values()
    shown = Fields(html).found[bound_field.html_name]
    return shown == {"attrs": {**own["attrs"], "dir": "auto"}, "text": own["text"]}


@pytest.mark.parametrize("name", ["text", "new_outlet", "new_story", "title", "byline"])
def test_the_import_forms_free_text_fields_follow_their_texts_direction(client, editor, name):
    html = page(client, editor, "/import/")

    assert drawn_with_auto_direction(html, ImportForm()[name])


def test_the_import_preview_keeps_an_arabic_article_in_its_own_direction(client, editor):
    client.force_login(editor)
    text = "طواقم تغلق الميناء\n\nقال رئيس المجلس إن الخطة ستكلف 120 مليون دينار."

    html = client.post("/import/", {"action": "preview", "format": "auto", "text": text,
                                    "new_outlet": COURIER, "new_story": STORY_TITLE}).content.decode()

    pasted = Fields(html).found["text"]
    assert pasted["attrs"]["dir"] == "auto" and pasted["text"] == f"\n{text}"
    assert f'value="{COURIER}"' in html and f'<p class="outlet-name"><bdi>{COURIER}</bdi>' in html
    assert f"<dd><bdi>{ESCAPED_STORY_TITLE}</bdi>" in html
    assert '<li><div dir="auto">قال رئيس المجلس' in html


def test_the_correction_forms_text_follows_its_direction_and_its_errors(client, editor, story):
    _, articles = story
    article = articles[0]

    html = page(client, editor, f"/articles/{article.pk}/correct/")
    refused = client.post(f"/articles/{article.pk}/correct/", {"action": "preview", "text": ""}).content.decode()

    assert drawn_with_auto_direction(html, CorrectionForm(initial={"text": article.text})["text"])
    assert f'<p class="lede"><bdi>{article.title}</bdi> — <bdi>{COURIER}</bdi>.' in html
    [textarea] = re.findall(r"<textarea [^>]*>", refused)
    refused_text = Fields(refused).found["text"]["attrs"]
    assert refused_text["aria-invalid"] == "true" and refused_text["dir"] == "auto"


def test_the_change_log_isolates_titles_quotes_and_labels_in_its_sentences(client, editor, story):
    from annotations.history import describe_events
    from newsdesk.models import AuditEvent

    _, articles = story
    client.force_login(editor)
    text = articles[1].text
    response = client.post("/annotations/", {"article": articles[1].pk, "start": 0, "end": 5, "tag": "rhetoric",
                                             "quote": text[:5]}, HTTP_HX_REQUEST="true")
    assert response.status_code in (200, 201), response.content[:300]
    html = " ".join(str(sentence) for _, sentence in describe_events(AuditEvent.objects.order_by("pk")))

    cited = re.findall(r"<cite>(.*?)</cite>", html)
    quoted = re.findall(r'<span class="audit-quote">“(.*?)”</span>', html)
    assert cited and all(c.startswith("<bdi>") and c.endswith("</bdi>") for c in cited), cited
    assert quoted and all(q.startswith("<bdi>") and q.endswith("</bdi>") for q in quoted), quoted


def test_a_passage_takes_the_direction_most_of_its_letters_have_not_its_first_words(client, editor, make_article):
    # An Urdu passage opening on a Latin strap, and an English one opening on an Arabic name: each in its own
    # direction, where a browser's dir="auto" would follow the first word.
    text = ("LIVE | BREAKING: شہر کے بازار میں آگ لگنے سے کئی دکانیں جل گئیں اور دو افراد زخمی ہوئے۔\n\n"
            "ساحل اليوم reported that the harbour stayed closed for a second day on Tuesday.\n\n"
            "2025 — 14:30")
    article = make_article(text, outlet="Harbour Courier", title="Market fire")

    html = page(client, editor, article.get_absolute_url())

    directions = re.findall(r'<p class="passage" dir="([a-z]+)"', html)
    assert directions == ["rtl", "ltr", "auto"]
