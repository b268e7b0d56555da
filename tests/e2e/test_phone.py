"""At phone width (390 px): the reader's tag legend, how-to and suggestions are reached from the top of the page, and a
table wider than the screen says that it scrolls sideways (and does, with the keyboard too)."""

import re

import pytest
from playwright.sync_api import expect

from tests.annotations.highlights import highlight

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 390, "height": 844}


@pytest.fixture
def phone_reader(page, live_server, login, reviewer, seed_article):
    """The seed article's reader, open at phone width for a reviewer."""
    page.set_viewport_size(PHONE)
    login(page, reviewer)
    page.goto(live_server.url + seed_article.get_absolute_url())
    return page


def test_the_legend_and_how_to_are_one_tap_from_the_top_of_the_reader(phone_reader):
    page = phone_reader
    legend = page.get_by_role("heading", name="Tags", exact=True)
    how_to = page.get_by_role("heading", name="How to tag")
    expect(legend).not_to_be_in_viewport()
    link = page.get_by_role("link", name="Tags and how to tag")
    expect(link).to_be_in_viewport()

    link.click()

    expect(legend).to_be_in_viewport()
    legend_bottom = page.locator("#legend").bounding_box()
    how_to_box = how_to.bounding_box()
    assert how_to_box["y"] >= legend_bottom["y"] + legend_bottom["height"] - 1  # right after the legend
    assert how_to_box["y"] - (legend_bottom["y"] + legend_bottom["height"]) < 60
    page.get_by_role("link", name="Back to the text").click()
    expect(page.locator("#reader-text .passage").first).to_be_in_viewport()


def test_the_suggestions_panel_is_one_tap_from_the_top_of_the_reader(phone_reader):
    page = phone_reader
    panel = page.get_by_role("heading", name="Suggestions", exact=True)
    expect(panel).not_to_be_in_viewport()
    link = page.get_by_role("link", name=re.compile(r"^Suggestions"))
    expect(link).to_be_in_viewport()

    link.click()

    expect(panel).to_be_in_viewport()
    expect(page.locator("#suggestions .suggestion-keys")).to_contain_text("tap an outline")


def test_the_rule_table_keeps_its_figures_on_a_phone_screen(page, live_server, login, editor, reviewer,
                                                            seed_article):
    from annotations.suggestions import decisions, suggest

    for found in [s for s in suggest(seed_article.text) if s.tag == "boilerplate"][:2]:
        decisions.accept(seed_article, reviewer, found)
    page.set_viewport_size(PHONE)
    login(page, editor)
    page.goto(f"{live_server.url}/reports/")
    table = page.locator(".rule-table")

    expect(table.locator("tbody th").first).to_contain_text("Boilerplate · ")
    assert table.evaluate("(t) => t.parentElement.scrollWidth <= t.parentElement.clientWidth")
    share = table.get_by_role("columnheader", name="Accepted share")
    share.scroll_into_view_if_needed()
    expect(share).to_be_in_viewport(ratio=1)


def test_a_wide_report_table_says_it_scrolls_sideways(page, live_server, login, editor, reviewer, seed_article):
    highlight(seed_article, reviewer, "rhetoric", 0, 40)
    page.set_viewport_size(PHONE)
    login(page, editor)
    page.goto(f"{live_server.url}/reports/")
    table = page.get_by_role("region", name="Tag mix per outlet: table, scrolls sideways")

    expect(table).to_be_visible()
    assert table.evaluate("(box) => box.scrollWidth > box.clientWidth")
    hint = page.get_by_text("Scroll sideways for more columns").first
    expect(hint).to_be_visible()
    table.focus()
    page.keyboard.press("ArrowRight")
    page.wait_for_function("(box) => box.scrollLeft > 0", arg=table.element_handle())
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]


def test_a_table_that_fits_gets_no_hint(page, live_server, login, editor, reviewer, seed_article):
    highlight(seed_article, reviewer, "rhetoric", 0, 40)
    page.set_viewport_size({"width": 1366, "height": 900})
    login(page, editor)

    page.goto(f"{live_server.url}/reports/")

    expect(page.get_by_role("heading", name="Per reviewer")).to_be_visible()
    box = page.locator(".table-wrap").filter(has=page.locator("caption", has_text="Highlights per reviewer"))
    expect(box).not_to_have_class(re.compile(r"\bis-scrollable\b"))
    expect(box.locator("xpath=preceding-sibling::p[1]")).to_be_hidden()
    expect(page.locator(".scroll-hint:visible")).to_have_count(page.locator(".is-scrollable").count())
