"""Every payload, in every page that shows it, rendered in Chromium: nothing runs, nothing even tries.

The corpus is poisoned through the app's entry points (``tests.security.poisoned``). Each page is opened
with, from before its first byte:

- ``window.__xss``, which every payload would call if it ran, recording the call;
- a ``securitypolicyviolation`` listener: the Content-Security-Policy would block an injected inline script,
  handler or ``javascript:`` link, but any attempt at all means escaping failed somewhere;
- a dialog handler, for ``alert`` and its kind, and a record of uncaught script errors.

Then the live DOM is searched for markup no template writes (``FOREIGN_MARKUP_JS``) and the page's text for
each payload it must show, character for character. The import preview, the correction preview and the
reader's highlight popover (an htmx swap) are reached by using the page, as an editor or reviewer would.
"""

import pytest

from tests.e2e.conftest import PASSWORD
from tests.security.markup import FOREIGN_MARKUP_JS
from tests.security.payloads import STORABLE
from tests.security.poisoned import Page, jsonl_document, normal, pages, poison

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

WATCH = """
window.__xssCalls = [];
window.__xss = (n) => { window.__xssCalls.push(n); };
window.__violations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__violations.push(`${event.violatedDirective} blocked ${event.blockedURI} (${event.sample})`);
});
"""
# Line articles opened one by one: those whose payload breaks out of attributes, or is a link or htmx.
LINE_ARTICLES_OPENED = (16, 24, 29, 43, 65, 66)
JSON_PAGES = ("api-articles", "api-annotations", "api-story-alignment")


class Watched:
    """A logged-in browser tab that records every sign of a payload running."""

    def __init__(self, browser, base_url, user):
        self.context = browser.new_context(viewport={"width": 1280, "height": 900})
        self.context.add_init_script(WATCH)
        self.page = self.context.new_page()
        self.page.set_default_timeout(15_000)
        self.base_url = base_url
        self.dialogs, self.errors = [], []
        self.page.on("dialog", lambda dialog: (self.dialogs.append(dialog.message), dialog.dismiss()))
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.goto(f"{base_url}/accounts/login/")
        self.page.get_by_label("Username").fill(user.get_username())
        self.page.get_by_label("Password").fill(PASSWORD)
        self.page.get_by_role("button", name="Log in").click()
        self.page.wait_for_url(f"{base_url}/")

    def open(self, url):
        response = self.page.goto(self.base_url + url)
        return response.status

    def problems(self, shows=()) -> list[str]:
        page = self.page
        found = [f"__xss({n}) ran" for n in page.evaluate("window.__xssCalls")]
        found += [f"policy violation: {v}" for v in page.evaluate("window.__violations")]
        found += [f"dialog: {message}" for message in self.dialogs]
        found += [f"script error: {error}" for error in self.errors]
        found += [f"foreign markup {markup}" for markup in page.evaluate(FOREIGN_MARKUP_JS)]
        text = normal(page.evaluate("document.body.textContent"))
        found += [f"does not show {expected[:60]!r}" for expected in shows if expected not in text]
        self.dialogs.clear()
        self.errors.clear()
        return found


def browser_pages(world) -> list[Page]:
    """The pages of ``poisoned.pages``, with a handful of the line articles' readers rather than all of them."""
    opened = {f"reader of line article {n}" for n in LINE_ARTICLES_OPENED}
    chosen = [page for page in pages(world) if not page.name.startswith("reader of line article")
              or page.name in opened]
    text, story = world.text_article, world.story
    chosen += [
        Page("api-articles", "editor", f"/api/articles/?story={story.slug}"),
        Page("api-annotations", "reviewer", f"/api/annotations/?article={text.pk}"),
        Page("api-story-alignment", "editor", f"/api/stories/{story.slug}/alignment"),
    ]
    return chosen


def test_no_payload_runs_or_shows_as_markup_on_any_page(browser, live_server, reviewer, other_reviewer, editor,
                                                        make_user):
    admin = make_user("admin", is_staff=True, is_superuser=True)
    world = poison(reviewer, other_reviewer, editor, admin)
    tabs = {role: Watched(browser, live_server.url, world.users[role]) for role in ("reviewer", "editor", "admin")}
    wrong, opened = [], 0

    for page in browser_pages(world):
        tab = tabs[page.role]
        status = tab.open(page.url)
        opened += 1
        if status != 200:
            wrong.append(f"{page.name}: {status}")
        wrong += [f"{page.name}: {problem}" for problem in tab.problems(page.shows)]
    wrong += [f"import preview: {p}" for p in preview_import(tabs["editor"], world)]
    wrong += [f"correction preview: {p}" for p in preview_correction(tabs["editor"], world)]
    wrong += [f"highlight popover: {p}" for p in open_popover(tabs["reviewer"], world)]

    for tab in tabs.values():
        tab.context.close()
    assert not wrong, "\n".join(wrong)
    assert opened >= 40


def preview_import(tab, world) -> list[str]:
    """Paste JSON lines carrying every payload into the import form and press Preview."""
    tab.open("/import/")
    page = tab.page
    page.get_by_label("Paste the article").fill(jsonl_document("previewed").replace("line article", "preview"))
    page.get_by_label("Pasted text is").select_option("jsonl")
    page.get_by_role("button", name="Preview").click()
    page.get_by_role("heading", name=f"Preview: {2 * len(STORABLE)} articles").wait_for()
    return tab.problems([normal(p) for p in STORABLE])


def preview_correction(tab, world) -> list[str]:
    """Remove a payload paragraph on the correction page and preview what happens to its highlights."""
    text = world.text_article
    tab.open(f"/articles/{text.pk}/correct/")
    page = tab.page
    page.get_by_label("Corrected text").fill(text.text.replace(STORABLE[30], "gone"))
    page.get_by_role("button", name="Preview").click()
    page.get_by_text("gone").first.wait_for(state="attached")
    return tab.problems([normal(STORABLE[30])])


def open_popover(tab, world) -> list[str]:
    """Click a highlight in the reader: its details (notes, sources, the edit form) are swapped in by htmx."""
    text = world.text_article
    tab.open(f"/articles/{text.pk}/?all=1")
    page = tab.page
    page.wait_for_load_state()
    page.locator(".hl").nth(5).click()
    page.locator("#annotation-popover .popover-card").first.wait_for()
    return tab.problems()
