"""Suggested highlights in the reader: toggle them, accept one by key, reject one, accept all boilerplate."""

import re

import pytest
from playwright.sync_api import expect

from annotations.models import Annotation, SuggestionDecision
from annotations.suggestions import suggest
from tests.annotations.highlights import highlight

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def box_centre(page, locator):
    box = locator.bounding_box()
    return box["x"] + box["width"] / 2, box["y"] + box["height"] / 2


def test_reviewer_accepts_and_rejects_suggestions_by_key_and_accepts_all_boilerplate(
    page, live_server, login, reviewer, seed_article
):
    suggestions = suggest(seed_article.text)
    boilerplate = [s for s in suggestions if s.tag == "boilerplate"]
    login(page, reviewer)
    page.goto(f"{live_server.url}{seed_article.get_absolute_url()}")

    page.get_by_role("button", name="Show suggestions").click()
    boxes = page.locator(".suggestion-box")
    expect(boxes.first).to_be_visible()
    expect(page.get_by_role("button", name="Hide suggestions")).to_have_attribute("aria-pressed", "true")

    # Accept the suggestion under the pointer with A: it becomes the reviewer's own highlight.
    attribution = page.locator(".suggestion-box.suggestion-attribution").first
    attribution.scroll_into_view_if_needed()
    page.mouse.move(*box_centre(page, attribution))
    tip = page.get_by_role("tooltip")
    expect(tip).to_contain_text("Attribution")
    page.keyboard.press("a")
    expect(page.locator(".passage .hl-attribution")).to_have_count(1)
    expect(page.locator("#suggestion-status")).to_contain_text("Accepted")
    accepted = Annotation.objects.get()
    assert accepted.tag == "attribution" and accepted.suggestion_rule.startswith("attribution.")

    # Move to the next suggestion with N and reject it with X: no highlight, a recorded rejection.
    page.mouse.move(1, 1)
    page.keyboard.press("n")
    expect(tip).to_be_visible()
    page.keyboard.press("x")
    expect(page.locator("#suggestion-status")).to_contain_text("Rejected")
    assert SuggestionDecision.objects.filter(decision="rejected").count() == 1
    assert Annotation.objects.count() == 1

    # Accept every boilerplate suggestion of the article at once.
    rejected = SuggestionDecision.objects.get(decision="rejected")
    pending = [s for s in boilerplate if (s.tag, s.start) != (rejected.tag, rejected.start)]
    page.get_by_role("button", name=f"Accept all {len(pending)} boilerplate suggestions").click()
    expect(page.get_by_role("button", name="No boilerplate suggestions left")).to_be_disabled()
    expect(page.locator(".suggestion-box.suggestion-boilerplate")).to_have_count(0)
    assert Annotation.objects.filter(tag="boilerplate").count() == len(pending)
    expect(page.locator(".passage .hl-boilerplate").first).to_be_visible()


def test_suggestions_show_in_the_comparison_grid_and_are_accepted_there(
    page, live_server, login, reviewer, seed_story
):
    login(page, reviewer)
    page.goto(f"{live_server.url}/stories/{seed_story.slug}/compare/")

    page.get_by_role("button", name="Show suggestions").click()
    rhetoric = page.locator(".cell .suggestion-box.suggestion-rhetoric").first
    expect(rhetoric).to_be_visible()
    rhetoric.scroll_into_view_if_needed()
    page.mouse.move(*box_centre(page, rhetoric))
    expect(page.get_by_role("tooltip")).to_contain_text("Rhetoric")
    page.keyboard.press("a")

    expect(page.locator("#suggestion-status")).to_contain_text("Accepted")
    accepted = Annotation.objects.get()
    assert accepted.reviewer == reviewer and accepted.tag == "rhetoric" and accepted.suggestion_rule


def test_a_suggestion_inside_another_is_underlined_until_pointed_at(page, live_server, login, reviewer,
                                                                    seed_article):
    found = suggest(seed_article.text)
    inner = next(s for s in found if any(o.start <= s.start and o.end >= s.end and (o.start, o.end) != (s.start, s.end)
                                         for o in found))
    login(page, reviewer)
    page.goto(f"{live_server.url}{seed_article.get_absolute_url()}")

    page.get_by_role("button", name="Show suggestions").click()
    box = page.locator(f'.suggestion-box[data-start="{inner.start}"][data-end="{inner.end}"]').first
    expect(box).to_have_class(re.compile(r"\bis-nested\b"))
    assert box.evaluate("(b) => [getComputedStyle(b).borderTopWidth, getComputedStyle(b).borderBottomWidth]") == [
        "0px", "2px"]
    box.scroll_into_view_if_needed()
    page.mouse.move(*box_centre(page, box))

    expect(box).to_have_class(re.compile(r"\bis-current\b"))
    assert box.evaluate("(b) => getComputedStyle(b).borderTopWidth") == "3px"


def test_a_suggestion_across_a_highlight_is_one_outline_per_line(page, live_server, login, reviewer, seed_article):
    longest = max(suggest(seed_article.text), key=lambda s: s.end - s.start)
    highlight(seed_article, reviewer, "rhetoric", longest.start + 4, longest.start + 12)
    login(page, reviewer)
    page.goto(f"{live_server.url}{seed_article.get_absolute_url()}")

    page.get_by_role("button", name="Show suggestions").click()
    boxes = page.locator(f'.suggestion-box[data-start="{longest.start}"][data-end="{longest.end}"]')
    expect(boxes.first).to_be_visible()

    tops = boxes.evaluate_all("(boxes) => boxes.map((box) => Math.round(box.getBoundingClientRect().top))")
    lines = page.locator("article[data-article]").evaluate(
        "(text, [start, end]) => NewsdeskSelection.rangeFor(text, start, end).getClientRects().length",
        [longest.start, longest.end])
    assert lines > len(tops)  # the words are split by the highlight's edges ...
    assert len(tops) == len(set(tops))  # ... yet each line has one outline


CROSSED_OUTLINES = """([points, start, end]) => {
  const others = [...document.querySelectorAll(".suggestion-box")].filter(
    (box) => box.dataset.start !== String(start) || box.dataset.end !== String(end));
  return points.filter(([x, y]) => others.some((box) => {
    const r = box.getBoundingClientRect();
    return x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;
  })).length;
}"""


def test_the_tip_keeps_its_suggestion_while_the_pointer_crosses_other_outlines_to_its_accept_button(
    page, live_server, login, reviewer, seed_article
):
    login(page, reviewer)
    page.goto(f"{live_server.url}{seed_article.get_absolute_url()}")
    page.get_by_role("button", name="Show suggestions").click()
    boxes = page.locator(".suggestion-box")
    expect(boxes.first).to_be_visible()
    tip = page.get_by_role("tooltip")
    accept = tip.locator('[data-tip-action="accept"]')

    # A suggestion whose tip covers the outlines of others: the way from it to the tip's Accept button crosses them.
    for index in range(boxes.count()):
        box = boxes.nth(index)
        box.scroll_into_view_if_needed()
        start = box_centre(page, box)
        page.mouse.move(*start)
        expect(box).to_have_class(re.compile(r"\bis-current\b"))
        target = box_centre(page, accept)
        way = [[start[0] + (target[0] - start[0]) * step / 10, start[1] + (target[1] - start[1]) * step / 10]
               for step in range(1, 10)]
        chosen = (int(box.get_attribute("data-start")), int(box.get_attribute("data-end")))
        if page.evaluate(CROSSED_OUTLINES, [way, *chosen]):
            break
    else:
        pytest.fail("no suggestion's tip lies over another suggestion's outline")
    reason = tip.inner_text()

    page.mouse.move(*target, steps=10)
    expect(tip).to_have_text(reason)
    accept.click()

    expect(page.locator("#suggestion-status")).to_contain_text("Accepted")
    accepted = Annotation.objects.get()
    assert (accepted.start, accepted.end) == chosen
