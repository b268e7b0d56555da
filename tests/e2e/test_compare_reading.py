"""Reading a long story side by side: column headers that stay in view, compact rows, the topic list, keys
for the next and previous row, and an editor's quiet move menu. The seed story's grid is over 7,000 px tall
at desktop width."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

DESKTOP = {"width": 1366, "height": 900}


def open_comparison(page, live_server, login, user, story):
    page.set_viewport_size(DESKTOP)
    login(page, user)
    page.goto(f"{live_server.url}/stories/{story.slug}/compare/")
    expect(page.get_by_role("heading", level=1)).to_contain_text("side by side")
    page.wait_for_load_state()  # compare.js is deferred
    expect(page.get_by_role("button", name="Compact")).to_be_visible()


def column_heads_in_view(page):
    """The top of each column head's box, relative to the window."""
    return page.evaluate("""() => Array.from(document.querySelectorAll('.grid-head .cell-head'))
        .map((head) => head.getBoundingClientRect().top)""")


def test_column_headers_stay_in_view_far_down_a_long_story(page, live_server, login, reviewer, seed_articles):
    story = seed_articles[0].story
    open_comparison(page, live_server, login, reviewer, story)
    assert page.evaluate("document.documentElement.scrollHeight") > 6000

    page.evaluate("window.scrollTo(0, 6000)")

    tops = column_heads_in_view(page)
    assert len(tops) == len(seed_articles)
    assert all(-1 <= top <= 5 for top in tops), tops
    for article in seed_articles:
        expect(page.locator(".grid-head").get_by_text(article.outlet.name, exact=True)).to_be_in_viewport()


def test_compact_mode_shows_first_lines_and_opens_a_row_on_demand(page, live_server, login, reviewer, seed_story):
    open_comparison(page, live_server, login, reviewer, seed_story)
    grid = page.locator("#compare-grid")
    full_height = grid.bounding_box()["height"]

    page.get_by_role("button", name="Compact").click()

    expect(page.get_by_role("button", name="Compact")).to_have_attribute("aria-pressed", "true")
    assert grid.bounding_box()["height"] < full_height / 2
    row = page.locator(".topic-row").first
    body = row.locator(".cell:not(.cell-empty) .cell-body").first
    assert body.evaluate("(element) => element.scrollHeight > element.clientHeight")
    row.get_by_role("button", name="Show more").first.click()
    expect(row.get_by_role("button", name="Show less").first).to_have_attribute("aria-expanded", "true")
    assert body.evaluate("(element) => element.scrollHeight <= element.clientHeight + 1")

    page.reload()
    expect(page.get_by_role("button", name="Compact")).to_have_attribute("aria-pressed", "true")


def test_the_topic_list_jumps_to_a_row_below_the_sticky_headers(page, live_server, login, reviewer, seed_story):
    open_comparison(page, live_server, login, reviewer, seed_story)
    topics = page.get_by_role("navigation", name="Topics")

    page.locator("details.topic-jump summary").click()
    links = topics.get_by_role("link")
    expect(links).to_have_count(page.locator(".topic-row").count())
    label = links.nth(4).inner_text()
    links.nth(4).click()

    heading = page.get_by_role("heading", name=label, level=2, exact=True)
    expect(heading).to_be_in_viewport()
    head_bottom = page.locator(".grid-head").evaluate("(element) => element.getBoundingClientRect().bottom")
    assert heading.bounding_box()["y"] >= head_bottom - 1
    expect(topics).to_be_hidden()


def test_j_and_k_move_to_the_next_and_previous_topic(page, live_server, login, reviewer, seed_story):
    open_comparison(page, live_server, login, reviewer, seed_story)
    labels = page.locator(".topic-row .topic-label")

    page.keyboard.press("j")
    expect(labels.nth(0)).to_be_focused()
    page.keyboard.press("j")
    page.keyboard.press("j")
    expect(labels.nth(2)).to_be_focused()
    expect(labels.nth(2)).to_be_in_viewport()
    page.keyboard.press("k")

    expect(labels.nth(1)).to_be_focused()
    expect(page.locator(".topic-row.is-current")).to_have_count(1)
    help_text = page.locator("#compare-help")
    help_text.get_by_text("Reading a long story").click()
    expect(help_text).to_contain_text("J next topic, K previous topic")


def test_keys_typed_into_a_field_stay_in_the_field(page, live_server, login, editor, seed_story):
    open_comparison(page, live_server, login, editor, seed_story)
    row = page.locator(".topic-row").nth(1)
    row.get_by_text("Edit topic").click()
    field = row.get_by_label("Topic label", exact=True)
    field.fill("")
    before = page.evaluate("window.scrollY")

    field.press_sequentially("jk")

    expect(field).to_have_value("jk")
    expect(field).to_be_focused()
    assert page.evaluate("window.scrollY") == before


def test_an_editors_move_control_is_a_small_menu_button(page, live_server, login, editor, seed_story):
    open_comparison(page, live_server, login, editor, seed_story)
    passage = page.locator(".topic-row").first.locator(".cell-passage").first
    menu = passage.locator("details.move summary")
    form = passage.get_by_label("Move this passage to")

    box = menu.bounding_box()
    assert box["width"] <= 32 and box["height"] <= 32
    expect(menu).to_have_attribute("title", "Move this passage to another topic")
    expect(form).to_be_hidden()
    menu.click()

    expect(form).to_be_visible()
    page.keyboard.press("Escape")
    expect(form).to_be_hidden()
    expect(menu).to_be_focused()


def test_the_coverage_table_counts_a_new_highlight_without_a_reload(page, live_server, login, reviewer,
                                                                    seed_article):
    from tests.e2e.selecting import select_phrase

    problems = []
    page.on("console", lambda message: problems.append(message.text) if message.type in ("error", "warning")
            else None)
    open_comparison(page, live_server, login, reviewer, seed_article.story)
    chips = page.locator(".coverage-matrix .mix-chip", has_text="Rhetoric")
    expect(chips).to_have_count(0)

    select_phrase(page, seed_article, "Security Council", scope=f'.cell[data-article="{seed_article.pk}"]')
    page.keyboard.press("2")

    expect(chips).to_have_count(1)
    expect(chips).to_have_text("1 Rhetoric")
    expect(page.locator("#reader-status")).to_contain_text("Saved: Rhetoric")
    assert problems == []


def test_with_more_columns_than_fit_the_grid_scrolls_and_keeps_its_headers(
    page, live_server, login, reviewer, seed_story, seed_articles, make_article
):
    for name in ("Fourth Outlet", "Fifth Outlet"):
        paragraphs = [f"{name} paragraph {n}: the factory visit drew statements from several capitals, and "
                      f"analysts weighed what the new plant could produce in its {n}th month." for n in range(1, 15)]
        make_article("\n\n".join(paragraphs), outlet=name, story=seed_story, title=f"{name} on the plant")
    open_comparison(page, live_server, login, reviewer, seed_story)
    grid = page.locator("#compare-grid")
    expect(grid).to_have_class(re.compile(r"\bis-boxed\b"))

    grid.evaluate("(box) => { box.scrollTop = 3000; box.scrollLeft = 400; }")
    grid.scroll_into_view_if_needed()

    grid_top = grid.bounding_box()["y"]
    head = page.locator(".grid-head").bounding_box()
    assert abs(head["y"] - grid_top) <= 2, (head, grid_top)
    label_column = page.locator(".topic-row .row-label").first.evaluate(
        "(label) => label.getBoundingClientRect().left - label.closest('#compare-grid').getBoundingClientRect().left")
    assert -1 <= label_column <= 2


def test_row_rules_run_under_every_column_when_the_grid_scrolls_sideways(
    page, live_server, login, reviewer, seed_story, seed_articles, make_article
):
    for name in ("Fourth Outlet", "Fifth Outlet"):
        paragraphs = [f"{name} paragraph {n}: the harbour inquiry heard from the pilots, and the board said "
                      f"what the new quay could handle in its {n}th month." for n in range(1, 6)]
        make_article("\n\n".join(paragraphs), outlet=name, story=seed_story, title=f"{name} on the quay")
    open_comparison(page, live_server, login, reviewer, seed_story)
    grid = page.locator("#compare-grid")
    expect(grid).to_have_class(re.compile(r"\bis-boxed\b"))

    widths = grid.evaluate("""(box) => ({
        scroll: box.scrollWidth, client: box.clientWidth,
        rows: Array.from(box.querySelectorAll('.grid-row')).map((row) => row.getBoundingClientRect().width),
    })""")

    assert widths["scroll"] > widths["client"] + 100, widths
    assert all(abs(width - widths["scroll"]) <= 2 for width in widths["rows"]), widths


def test_the_grid_is_one_link_from_the_top_of_the_page_on_a_phone(page, live_server, login, reviewer, seed_story):
    page.set_viewport_size({"width": 390, "height": 844})
    login(page, reviewer)
    page.goto(f"{live_server.url}/stories/{seed_story.slug}/compare/")
    link = page.get_by_role("link", name="Go to the side-by-side grid")
    expect(link).to_be_in_viewport()

    link.click()

    expect(page.get_by_role("tab").first).to_be_in_viewport()
    expect(page.locator(".grid-head .grid-navigator")).to_be_in_viewport()


def test_the_topic_label_field_shows_the_whole_label_and_enter_saves_it(page, live_server, login, editor,
                                                                        seed_story):
    from newsdesk.models import Topic

    longest = max(Topic.objects.filter(story=seed_story), key=lambda topic: len(topic.label))
    open_comparison(page, live_server, login, editor, seed_story)
    row = page.locator(".topic-row", has=page.get_by_role("heading", name=longest.label, exact=True))
    row.get_by_text("Edit topic").click()
    field = row.get_by_label("Topic label", exact=True)

    expect(field).to_have_value(longest.label)
    assert field.evaluate("(f) => f.scrollWidth <= f.clientWidth && f.scrollHeight <= f.clientHeight"), longest.label
    field.fill(longest.label + " abroad")
    field.press("Enter")

    expect(page.get_by_role("status")).to_contain_text(f"Renamed the topic “{longest.label} abroad”")


def test_the_grid_tells_its_keys_beside_the_topic_buttons(page, live_server, login, reviewer, seed_story):
    open_comparison(page, live_server, login, reviewer, seed_story)

    keys = page.locator(".grid-navigator .grid-keys")

    expect(keys).to_be_visible()
    expect(keys).to_have_text("J next topic · K previous")
    first = page.locator(".topic-label").first
    page.locator("body").press("j")
    expect(first).to_be_focused()
