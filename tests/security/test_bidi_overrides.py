"""A name holding a bidirectional override it never closes (U+202E, the right-to-left override, is the trick that
shows "invoice‮fdp.exe" as "invoiceexe.pdf") must not turn the page's own words around: wherever a title, an
outlet's name or a note stands among other text, it is set apart as an isolate (``<bdi>``, an element with
``dir``, or U+2068 … U+2069 in the text), which ends every override opened inside it; in a chart's SVG text and
its tooltips, where no element isolates, each line closes what the name opened; the page's own <title> leaves the
controls out."""

from html.parser import HTMLParser

import pytest
from django.test import Client

from newsdesk.models import Story
from tests.annotations.helpers import highlight

pytestmark = pytest.mark.django_db

RLO = "\u202e"
OPENERS = set("\u202a\u202b\u202d\u202e")  # embeddings and overrides, closed by U+202C
ISOLATES = set("\u2066\u2067\u2068")  # closed by U+2069, which also closes what was opened inside
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
# Text the browser shows on its own, or not as part of the page's running text.
SET_APART = {"bdi", "title", "textarea", "option", "script", "style"}


def leaves_an_override_open(text: str) -> bool:
    """Whether ``text`` ends with an embedding or override opened outside any isolate and never closed."""
    stack: list[str] = []
    for character in text:
        if character in OPENERS or character in ISOLATES:
            stack.append(character)
        elif character == "\u202c" and stack and stack[-1] in OPENERS:
            stack.pop()
        elif character == "\u2069" and any(c in ISOLATES for c in stack):
            while stack.pop() not in ISOLATES:
                pass
    return any(c in OPENERS for c in stack)


class OpenOverrides(HTMLParser):
    """The text of a page that leaves an override open where no element around it isolates it."""

    def __init__(self):
        super().__init__()
        self.open: list[tuple[str, dict]] = []
        self.found: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag not in VOID:
            self.open.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        for depth in range(len(self.open) - 1, -1, -1):
            if self.open[depth][0] == tag:
                del self.open[depth:]
                return

    def handle_data(self, data):
        if any(tag in SET_APART or "dir" in attrs for tag, attrs in self.open):
            return
        if leaves_an_override_open(data):
            self.found.append(" > ".join(tag for tag, _ in self.open[-3:]) + f": {data.strip()[:60]!r}")


def open_overrides(html: str) -> list[str]:
    finder = OpenOverrides()
    finder.feed(html)
    return finder.found


@pytest.mark.parametrize(("text", "open_"), [
    ("Harbour " + RLO + "closing", True),
    ("Harbour \u2068" + RLO + "closing\u2069 · 2 articles", False),
    ("Harbour " + RLO + "closing\u202c · 2 articles", False),
    ("\u2067مرفأ\u2069 and \u200fmarks\u200e alone", False),
])
def test_an_override_is_open_only_when_neither_closed_nor_isolated(text, open_):
    assert leaves_an_override_open(text) is open_


@pytest.fixture
def overridden(make_article, reviewer):
    """A story, outlets, titles, a byline and a note, each holding a right-to-left override it never closes."""
    story = Story.objects.create(slug="veldmoor-pier", title=f"Veldmoor pier {RLO}closing")
    body = ("The harbour council of Veldmoor voted on Tuesday to close the old pier, number {n}.\n\n"
            "A survey found cracks in the piles of the pier, the council's engineer said.")
    filed = [make_article(body.format(n=n), outlet=f"Harbour {RLO}Post {n}", story=story,
                          title=f"Pier {RLO}shut {n}", byline=f"By {RLO}Ola Brenn") for n in (1, 2)]
    unfiled = make_article(body.format(n=3) + " The quay stays open.", outlet=f"Quay {RLO}Herald",
                           title=f"Quay {RLO}open")
    # An unfiled article that looks like the story: the list suggests the story by its title.
    Story.objects.create(slug="other-story", title=f"Tram {RLO}fares rise in Orlisk")
    for article in (*filed, unfiled):
        highlight(article, reviewer, 4, 11, note=f"Loaded {RLO}word", source=f"Council {RLO}engineer")
    return story, filed, unfiled


def pages(story, filed, unfiled) -> list[str]:
    urls = ["/", f"/stories/{story.slug}/", f"/stories/{story.slug}/compare/", f"/stories/{story.slug}/claims/",
            f"/stories/{story.slug}/progress/", "/queue/", "/highlights/orphans/", "/reports/",
            f"/reports/?story={story.slug}"]
    for article in (*filed, unfiled):
        urls += [f"/articles/{article.pk}/", f"/articles/{article.pk}/highlights/",
                 f"/articles/{article.pk}/history/", f"/articles/{article.pk}/adjudicate/",
                 f"/articles/{article.pk}/correct/"]
    return urls


@pytest.mark.parametrize("role", ["editor", "reviewer"])
def test_a_name_that_never_closes_its_right_to_left_override_turns_no_words_of_the_page(
        overridden, role, request):
    client = Client()
    client.force_login(request.getfixturevalue(role))

    found = {}
    for url in pages(*overridden):
        response = client.get(url)
        if response.status_code == 200 and (problems := open_overrides(response.content.decode())):
            found[url] = problems

    assert found == {}, "\n".join(f"{url} {problem}" for url, problems in found.items() for problem in problems)


@pytest.mark.parametrize(("label", "lines"), [
    (f"Harbour {RLO}Post", [f"Harbour {RLO}Post\u202c"]),
    (f"\u2067Harbour {RLO}Post", [f"\u2067Harbour {RLO}Post\u202c\u2069"]),
    (f"Harbour {RLO}Post\u202c", [f"Harbour {RLO}Post\u202c"]),
    ("Harbour Post", ["Harbour Post"]),
])
def test_a_chart_label_line_closes_the_overrides_and_isolates_it_opens(label, lines):
    from annotations.reports.charts import label_lines

    assert label_lines(label) == lines


def test_a_strip_label_closes_the_outlet_name_before_the_tag():
    from annotations.reports.charts import position_strips

    strips = position_strips([{"outlet": f"Harbour {RLO}Post", "tag": "rhetoric", "tenths": [1] * 10}])

    assert strips["strips"][0]["label"] == f"Harbour {RLO}Post\u202c · Rhetoric"


def page_titles(html: str) -> list[str]:
    """The text of the page's ``<title>`` elements (the browser's tab, where no ``<bdi>`` can stand)."""

    class Titles(HTMLParser):
        def __init__(self):
            super().__init__()
            self.inside, self.found = False, []

        def handle_starttag(self, tag, attrs):
            if tag == "title":
                self.inside = True
                self.found.append("")

        def handle_endtag(self, tag):
            if tag == "title":
                self.inside = False

        def handle_data(self, data):
            if self.inside:
                self.found[-1] += data

    titles = Titles()
    titles.feed(html)
    return titles.found


@pytest.mark.parametrize("role", ["editor", "reviewer"])
def test_a_title_element_leaves_no_override_a_name_opened(overridden, role, request):
    # A <title> holds text alone, where no <bdi> can stand: the page's own title (the browser's tab) carries no
    # override or isolate of the names in it, so "· Newsdesk" after a title that opened one reads in its own order;
    # a chart's tooltip (an SVG <title>) closes what its name opened before " · Rhetoric".
    client = Client()
    client.force_login(request.getfixturevalue(role))

    found = {}
    for url in pages(*overridden):
        response = client.get(url)
        if response.status_code == 200:
            titles = page_titles(response.content.decode())
            assert titles, url
            if problems := [title for title in titles if leaves_an_override_open(title)] + [
                title for title in titles[:1] if set(title) & (OPENERS | ISOLATES)
            ]:
                found[url] = problems

    assert found == {}, "\n".join(f"{url} {title!r}" for url, titles in found.items() for title in titles)


def test_a_page_title_keeps_the_words_of_the_name_without_its_controls(overridden, editor):
    story, filed, _ = overridden
    client = Client()
    client.force_login(editor)

    titles = page_titles(client.get(f"/articles/{filed[0].pk}/").content.decode())

    assert titles == ["Pier shut 1 · Newsdesk"]
