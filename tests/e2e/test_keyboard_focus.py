"""Working a highlight's pop-up from the keyboard: when the pop-up closes, after a save or with Escape or
its close button, focus is back on the highlight, so the next Tab or Enter carries on from there."""

import pytest
from playwright.sync_api import expect

from annotations.models import Annotation

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

PHRASE = "weapons factories"


@pytest.fixture
def highlighted(reviewer, seed_article):
    start = seed_article.text.index(PHRASE)
    return Annotation.objects.create(article=seed_article, reviewer=reviewer, tag="rhetoric", start=start,
                                     end=start + len(PHRASE), quote=PHRASE)


def open_from_keyboard(page, highlight):
    highlight.focus()
    page.keyboard.press("Enter")
    popover = page.get_by_role("dialog", name="Highlight details")
    expect(popover.get_by_role("radio", name="Rhetoric")).to_be_focused()
    return popover


def test_escape_closes_the_popup_and_focus_returns_to_the_highlight(
    page, live_server, login, reviewer, seed_article, highlighted
):
    login(page, reviewer)
    page.goto(live_server.url + seed_article.get_absolute_url())
    highlight = page.locator(".passage .hl-rhetoric").first
    popover = open_from_keyboard(page, highlight)

    page.keyboard.press("Escape")

    expect(popover).to_be_hidden()
    expect(highlight).to_be_focused()


def test_the_close_button_returns_focus_to_the_highlight(page, live_server, login, reviewer, seed_article,
                                                         highlighted):
    login(page, reviewer)
    page.goto(live_server.url + seed_article.get_absolute_url())
    highlight = page.locator(".passage .hl-rhetoric").first
    popover = open_from_keyboard(page, highlight)

    popover.get_by_role("button", name="Close").press("Enter")

    expect(popover).to_be_hidden()
    expect(highlight).to_be_focused()


def test_saving_closes_the_popup_and_focus_lands_on_the_redrawn_highlight(
    page, live_server, login, reviewer, seed_article, highlighted
):
    login(page, reviewer)
    page.goto(live_server.url + seed_article.get_absolute_url())
    popover = open_from_keyboard(page, page.locator(".passage .hl-rhetoric").first)
    popover.get_by_label("Factual claim").check()

    popover.get_by_role("button", name="Save changes").press("Enter")

    expect(popover).to_be_hidden()
    redrawn = page.locator(".passage .hl-factual_claim").first
    expect(redrawn).to_have_text(PHRASE)
    expect(redrawn).to_be_focused()
    expect(page.locator("#reader-status")).to_contain_text("Updated: Factual claim")


def test_in_the_grid_focus_also_returns_to_the_highlight_after_a_save(
    page, live_server, login, reviewer, seed_article, highlighted
):
    login(page, reviewer)
    page.goto(f"{live_server.url}/stories/{seed_article.story.slug}/compare/")
    cell = page.locator(f'.cell[data-article="{seed_article.pk}"]')
    popover = open_from_keyboard(page, cell.locator(".hl-rhetoric").first)
    popover.get_by_label("Note").fill("Wording of the agency")

    popover.get_by_role("button", name="Save changes").press("Enter")

    expect(popover).to_be_hidden()
    expect(cell.locator(".hl-rhetoric").first).to_be_focused()
    assert Annotation.objects.get().note == "Wording of the agency"
