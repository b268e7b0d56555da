"""The side-by-side comparison in a real browser: the grid, gaps, the coverage matrix, tabs on a phone,
and an editor's curation."""

import pytest
from playwright.sync_api import expect

from tests.e2e.selecting import select_phrase

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def open_comparison(page, live_server, login, user, story):
    login(page, user)
    page.goto(f"{live_server.url}/stories/{story.slug}/")
    page.get_by_role("link", name="Compare side by side").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("side by side")


def test_the_grid_shows_each_article_as_a_column_and_says_where_an_outlet_is_silent(
    page, live_server, login, reviewer, seed_articles
):
    story = seed_articles[0].story

    open_comparison(page, live_server, login, reviewer, story)

    for article in seed_articles:
        expect(page.get_by_role("link", name=article.title)).to_be_visible()
    expect(page.locator(".topic-row").first.locator(".passage").first).to_be_visible()
    expect(page.get_by_text("does not cover this topic").first).to_be_visible()


def test_a_coverage_cell_jumps_to_its_row(page, live_server, login, reviewer, seed_story):
    open_comparison(page, live_server, login, reviewer, seed_story)

    first_topic = page.locator(".coverage-matrix tbody th a").nth(2)
    label = first_topic.inner_text()
    first_topic.click()

    target = page.locator(".topic-row:target")
    expect(target).to_have_count(1)
    expect(target.get_by_role("heading", level=2)).to_have_text(label)


def test_hiding_page_furniture_applies_itself_and_stays_in_the_url(page, live_server, login, reviewer, seed_story):
    open_comparison(page, live_server, login, reviewer, seed_story)
    expect(page.locator("#furniture")).to_have_count(1)

    page.get_by_label("Hide page furniture").check()

    expect(page).to_have_url(f"{live_server.url}/stories/{seed_story.slug}/compare/?furniture=hide")
    expect(page.locator("#furniture")).to_have_count(0)
    expect(page.get_by_label("Hide page furniture")).to_be_checked()


def test_at_phone_width_the_columns_become_tabs(page, live_server, login, reviewer, seed_articles):
    story = seed_articles[0].story
    page.set_viewport_size({"width": 375, "height": 800})
    open_comparison(page, live_server, login, reviewer, story)

    tabs = page.get_by_role("tab")
    expect(tabs).to_have_count(len(seed_articles))
    first_row = page.locator(".topic-row").first
    expect(first_row.locator('.cell[data-column="0"]')).to_be_visible()
    expect(first_row.locator('.cell[data-column="1"]')).to_be_hidden()

    tabs.nth(1).click()

    expect(tabs.nth(1)).to_have_attribute("aria-selected", "true")
    expect(first_row.locator('.cell[data-column="1"]')).to_be_visible()
    expect(first_row.locator('.cell[data-column="0"]')).to_be_hidden()
    tabs.nth(1).press("ArrowRight")
    expect(tabs.nth(2)).to_be_focused()
    assert page.evaluate("document.documentElement.scrollWidth") <= 375


def test_an_editor_renames_a_topic_and_moves_a_passage_to_a_new_topic(page, live_server, login, editor, seed_story):
    open_comparison(page, live_server, login, editor, seed_story)
    row = page.locator(".topic-row").first

    row.get_by_text("Edit topic").click()
    row.get_by_label("Topic label", exact=True).fill("Weapons factories")
    row.get_by_role("button", name="Rename").click()

    expect(page.get_by_role("status")).to_contain_text("Renamed the topic “Weapons factories”")
    expect(page.get_by_role("heading", name="Weapons factories", level=2, exact=True)).to_be_visible()

    passage = page.locator(".topic-row").first.locator(".cell-passage").first
    passage.locator("details.move summary").click()
    passage.get_by_label("Move this passage to").select_option(label="A new topic…")
    passage.get_by_label("New topic's label").fill("My own row")
    passage.get_by_role("button", name="Move passage").click()

    expect(page.get_by_role("status")).to_contain_text("Moved the passage to the new topic “My own row”")
    expect(page.get_by_role("heading", name="My own row", level=2, exact=True)).to_be_visible()


def test_a_reviewer_tags_a_phrase_in_the_grid_as_in_the_reader(page, live_server, login, reviewer, seed_article):
    from annotations.models import Annotation

    open_comparison(page, live_server, login, reviewer, seed_article.story)
    phrase = "Security Council"

    passage = select_phrase(page, seed_article, phrase, scope=f'.cell[data-article="{seed_article.pk}"]')
    page.keyboard.press("2")

    cell_passage = page.locator(f'.cell[data-article="{seed_article.pk}"] .passage[data-index="{passage.index}"]')
    expect(cell_passage.locator(".hl-rhetoric")).to_have_text(phrase)
    stored = Annotation.objects.get()
    start = seed_article.text.index(phrase, passage.start)
    assert (stored.article, stored.tag, stored.start, stored.end) == (seed_article, "rhetoric", start,
                                                                     start + len(phrase))
    page.reload()
    expect(cell_passage.locator(".hl-rhetoric")).to_have_text(phrase)
    expect(page.locator(".coverage-matrix .mix-chip", has_text="Rhetoric")).to_have_count(1)
