"""The claims page and the comparison grid on a story of five outlets and some fifty claims, in a real browser: an
editor chooses a claim to merge into or link to from a menu filled from the page's one list of claims (by keyboard
or pointer), the claims table keeps its outlets' names above the marks however far it is scrolled, and a grid
wider than its box says that it scrolls sideways.

Set ``NEWSDESK_SCREENSHOTS`` to a folder to keep a screenshot of each view."""

import os
import tomllib
from pathlib import Path

import pytest
from playwright.sync_api import expect

from annotations.claims.models import Claim
from newsdesk.importing import importer
from newsdesk.models import Story

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
LAPTOP = {"width": 1366, "height": 900}
PHONE = {"width": 390, "height": 844}


def written_story(folder):
    """A story written for the project, imported as an editor would (claims follow)."""
    gold = tomllib.loads((folder / "gold.toml").read_text(encoding="utf-8"))
    slug = gold["slug"]
    Story.objects.create(title=gold["title"], slug=slug, blind_annotation=False)
    for entry in gold["articles"]:
        importer.import_bytes(entry["file"], (folder / entry["file"]).read_bytes(), story=slug,
                              outlet=entry["outlet"], metadata={"title": entry["title"]})
    return Story.objects.get(slug=slug)


@pytest.fixture
def harbour(db):
    return written_story(CORPUS / "claims" / "harbour-blockade")  # three outlets, a handful of claims


@pytest.fixture
def ransomware(db):
    return written_story(CORPUS / "stories" / "brannock-county-ransomware")  # five outlets, some fifty claims


def shot(page, name):
    folder = os.environ.get("NEWSDESK_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(folder) / f"{name}.png"), full_page=False)


def test_an_editor_merges_a_claim_choosing_the_other_by_keyboard(page, live_server, login, editor, harbour):
    claims = list(Claim.objects.filter(story=harbour))
    claim = claims[0]
    page.set_viewport_size(LAPTOP)
    login(page, editor)
    page.goto(f"{live_server.url}/stories/{harbour.slug}/claims/")

    curate = page.locator(f"#claim-{claim.pk}")
    curate.locator("summary").click()
    menu = curate.get_by_role("combobox", name="Merge into")
    menu.focus()
    # Every other claim of the story, once focused; not the claim itself.
    expect(menu.locator("option")).to_have_count(len(claims))
    expect(menu.locator(f"option[value='{claim.pk}']")).to_have_count(0)
    page.keyboard.press("ArrowDown")
    chosen = int(menu.input_value())
    assert chosen == claims[1].pk
    shot(page, "claims-merge-menu-1366")
    curate.get_by_role("button", name="Merge").click()

    expect(page.get_by_role("status")).to_contain_text("Claims merged into")
    assert not Claim.objects.filter(pk=claim.pk).exists()
    assert Claim.objects.get(pk=chosen).curated


def test_an_editor_links_a_mention_to_another_claim_by_pointer(page, live_server, login, editor, harbour):
    claim = next(c for c in Claim.objects.filter(story=harbour) if c.mentions.count() > 1)
    mention = claim.mentions.first()
    other = Claim.objects.filter(story=harbour).exclude(pk=claim.pk).first()
    login(page, editor)
    page.goto(f"{live_server.url}/stories/{harbour.slug}/claims/")

    curate = page.locator(f"#claim-{claim.pk}")
    curate.locator("summary").click()
    form = curate.locator("form", has=page.locator(f"#mention-link-{mention.pk}"))
    menu = form.get_by_role("combobox", name="Link to")
    menu.click()  # pressed, it is filled before it opens
    expect(menu.locator(f"option[value='{other.pk}']")).to_have_count(1)
    menu.select_option(str(other.pk))
    form.get_by_role("button", name="Link").click()

    expect(page.get_by_role("status")).to_contain_text("Mention linked to")
    assert other.mentions.filter(pk=mention.pk).exists()


def test_without_scripts_a_claim_is_chosen_from_the_pages_one_list(browser, live_server, login, editor, harbour):
    claim, into = Claim.objects.filter(story=harbour)[:2]
    context = browser.new_context(viewport=LAPTOP, java_script_enabled=False)
    page = context.new_page()
    page.set_default_timeout(10_000)
    try:
        login(page, editor)
        page.goto(f"{live_server.url}/stories/{harbour.slug}/claims/")
        curate = page.locator(f"#claim-{claim.pk}")
        curate.locator("summary").click()
        field = curate.get_by_label("Merge into")
        expect(field).to_have_attribute("list", "claim-choices")
        field.fill(str(into.pk))
        curate.get_by_role("button", name="Merge").click()

        expect(page.get_by_role("status")).to_contain_text("Claims merged into")
    finally:
        context.close()
    assert not Claim.objects.filter(pk=claim.pk).exists()


@pytest.mark.parametrize("viewport", [LAPTOP, PHONE], ids=["laptop", "phone"])
def test_the_outlets_names_stay_above_a_long_claims_table(page, live_server, login, editor, ransomware, viewport):
    page.set_viewport_size(viewport)
    login(page, editor)
    page.goto(f"{live_server.url}/stories/{ransomware.slug}/claims/")
    box = page.locator("#claims .claims-scroll")
    head = page.locator("#claims thead th.claim-outlet-col").first
    box.scroll_into_view_if_needed()
    assert box.evaluate("(box) => box.scrollHeight > box.clientHeight + 100")  # a long table, in its box
    assert box.bounding_box()["height"] <= viewport["height"]

    box.evaluate("(box) => { box.scrollTop = box.scrollHeight / 2; }")
    page.wait_for_function("(box) => box.scrollTop > 0", arg=box.element_handle())
    page.locator("#claims").evaluate("(section) => section.querySelector('.claims-scroll').scrollIntoView()")
    shot(page, f"claims-sticky-head-{viewport['width']}")

    top = box.bounding_box()["y"]
    assert abs(head.bounding_box()["y"] - top) <= 2
    expect(head).to_be_in_viewport()
    # A mark just below the head is not hidden under it: the head is drawn above the rows.
    covered = page.evaluate("""(head) => {
        const rect = head.getBoundingClientRect();
        const there = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
        return head.contains(there);
    }""", head.element_handle())
    assert covered


def test_a_row_linked_to_lands_below_the_sticky_head(page, live_server, login, reviewer, ransomware):
    page.set_viewport_size(LAPTOP)
    login(page, reviewer)
    page.goto(f"{live_server.url}/stories/{ransomware.slug}/claims/")
    rows = page.locator("#claims .claim-row")
    middle = rows.nth(rows.count() // 2).get_attribute("id")  # a row the table can scroll to its top
    page.goto(f"{live_server.url}/stories/{ransomware.slug}/compare/#{middle}")

    row = page.locator(f"#{middle}")
    expect(row).to_be_in_viewport()
    head = page.locator("#claims thead th").first.bounding_box()
    assert head["y"] >= -2  # the outlets' names in view, above the row
    assert row.bounding_box()["y"] >= head["y"] + head["height"] - 2


def test_a_comparison_grid_wider_than_a_laptop_says_it_scrolls_sideways(page, live_server, login, reviewer,
                                                                        ransomware):
    page.set_viewport_size(LAPTOP)
    login(page, reviewer)
    page.goto(f"{live_server.url}/stories/{ransomware.slug}/compare/")
    grid = page.locator("#compare-grid")

    assert grid.evaluate("(grid) => grid.scrollWidth > grid.clientWidth + 1")
    hint = page.locator(".compare-scroll-hint")
    expect(hint).to_be_visible()
    expect(hint).to_have_text("Scroll sideways for more columns →")
    assert hint.bounding_box()["y"] < grid.bounding_box()["y"]
    hint.scroll_into_view_if_needed()
    shot(page, "compare-scroll-hint-1366")

    page.set_viewport_size({"width": 3000, "height": 900})  # every column fits: nothing to scroll to
    page.wait_for_function("(grid) => grid.classList.contains('is-open')", arg=grid.element_handle())
    expect(hint).to_be_hidden()


def test_on_a_phone_the_grid_shows_one_outlet_at_a_time_without_the_hint(page, live_server, login, reviewer,
                                                                          ransomware):
    page.set_viewport_size(PHONE)
    login(page, reviewer)
    page.goto(f"{live_server.url}/stories/{ransomware.slug}/compare/")

    expect(page.locator("[data-compare-tabs]")).to_be_visible()
    expect(page.locator(".compare-scroll-hint")).to_be_hidden()
