"""The reader's furniture around the text: a skip link to the side column, the status line kept clear of the
highlight's popover, no inline style refused by the page's policy, and a side column that shows it scrolls."""

import re

import pytest
from playwright.sync_api import expect

from annotations.models import Assignment
from tests.annotations.highlights import highlight

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

DESKTOP = {"width": 1366, "height": 900}


def overlap(a, b):
    return not (a["x"] + a["width"] <= b["x"] or b["x"] + b["width"] <= a["x"]
                or a["y"] + a["height"] <= b["y"] or b["y"] + b["height"] <= a["y"])


@pytest.fixture
def assigned(seed_article, reviewer, editor):
    Assignment.objects.create(article=seed_article, reviewer=reviewer, assigned_by=editor)
    highlight(seed_article, reviewer, "attribution", 0, 30)
    return seed_article


def test_a_skip_link_takes_the_keyboard_from_the_top_of_the_reader_to_the_review_box(page, live_server, login,
                                                                                       reviewer, assigned):
    page.set_viewport_size(DESKTOP)
    login(page, reviewer)
    page.goto(live_server.url + assigned.get_absolute_url())
    skip = page.get_by_role("link", name="Skip to your review and filters")
    expect(skip).not_to_be_in_viewport()

    page.keyboard.press("Tab")  # the site's own "Skip to content"
    for _ in range(12):
        if page.evaluate("document.activeElement.textContent.trim()") == "Skip to your review and filters":
            break
        page.keyboard.press("Tab")
    expect(skip).to_be_focused()
    expect(skip).to_be_in_viewport()
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")

    expect(page.get_by_role("button", name="Mark done")).to_be_focused()


def test_the_status_line_does_not_cover_an_open_popovers_buttons(page, live_server, login, reviewer, assigned):
    # A window too short for the popover above or below its highlight: the page scrolls it whole into view, its
    # buttons at the window's foot, where the status line shows.
    page.set_viewport_size({"width": 1366, "height": 620})
    login(page, reviewer)
    page.goto(live_server.url + assigned.get_absolute_url())
    page.locator(".passage .hl-mine").first.click()
    page.locator("#annotation-popover").get_by_label("Note").fill("Checked against the agency's statement.")
    page.get_by_role("button", name="Save changes").click()
    status = page.locator("#reader-status")
    expect(status).to_contain_text("Updated")

    page.locator(".passage .hl-mine").first.click()  # open again while the status is still shown
    delete = page.get_by_role("button", name="Delete highlight")
    expect(delete).to_be_visible()
    expect(status).to_be_visible()

    for button in page.locator("#annotation-popover button").all():
        assert not overlap(status.bounding_box(), button.bounding_box()), button.text_content()


def test_saving_in_the_popover_applies_no_inline_style_the_policy_refuses(page, live_server, login, reviewer,
                                                                         assigned):
    page.set_viewport_size(DESKTOP)
    refused = []
    page.on("console", lambda message: refused.append(message.text) if "Content Security Policy" in message.text
            else None)
    login(page, reviewer)
    page.goto(live_server.url + assigned.get_absolute_url())

    page.locator(".passage .hl-mine").first.click()
    page.locator("#annotation-popover .tag-radio", has_text="Rhetoric").click()
    page.locator("#annotation-popover").get_by_label("Note").fill("Reads as a verdict, not a report.")
    page.get_by_role("button", name="Save changes").click()
    expect(page.locator("#reader-status")).to_contain_text("Updated")
    page.locator(".passage .hl-mine").first.click()
    # Dragging the note box's corner gives it an inline height, as scripts give the popover its place: htmx
    # settling the answer copied such a style attribute onto the new elements, which the policy refuses.
    page.locator("#annotation-popover textarea").evaluate("(box) => { box.style.height = '7rem'; }")
    page.locator("#annotation-popover").get_by_label("Source cited").fill("Ministry statement")
    page.get_by_role("button", name="Save changes").click()
    expect(page.locator("#annotation-popover")).to_be_hidden()
    page.wait_for_timeout(300)  # htmx settles 20 ms after the swap

    assert refused == []


def test_the_side_column_fades_at_its_foot_while_more_of_it_is_below(page, live_server, login, reviewer,
                                                                     assigned):
    page.set_viewport_size({"width": 1366, "height": 700})
    login(page, reviewer)
    page.goto(live_server.url + assigned.get_absolute_url())
    aside = page.locator(".reader-aside")

    more_below = re.compile(r"\bhas-more-below\b")
    expect(aside).to_have_class(more_below)
    assert aside.evaluate("(box) => getComputedStyle(box).maskImage") != "none"
    aside.evaluate("(box) => { box.scrollTop = box.scrollHeight; }")
    expect(aside).not_to_have_class(more_below)
    assert aside.evaluate("(box) => getComputedStyle(box).maskImage") == "none"


def test_the_side_columns_faded_foot_is_in_the_window_before_the_page_is_scrolled(page, live_server, login, reviewer,
                                                                                  assigned):
    page.set_viewport_size({"width": 960, "height": 700})
    login(page, reviewer)
    page.goto(live_server.url + assigned.get_absolute_url())
    aside = page.locator(".reader-aside")
    expect(aside).to_have_class(re.compile(r"\bhas-more-below\b"))

    def bottom():
        return aside.evaluate("(box) => box.getBoundingClientRect().bottom")

    assert 700 - 48 <= bottom() <= 700, "the fade at the column's foot is below the window's edge"
    page.mouse.wheel(0, 400)
    page.wait_for_function("() => window.scrollY > 0")
    page.wait_for_timeout(100)
    assert 700 - 48 <= bottom() <= 700
    assert aside.evaluate("(box) => box.getBoundingClientRect().top") <= 20
