import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_reviewer_logs_in_and_reads_a_seed_article_passage_by_passage(page, live_server, login, reviewer, seed_article):
    login(page, reviewer)

    page.get_by_role("link", name="North Korea's arms build-up and Russia").click()
    expect(page.get_by_role("heading", level=2)).to_have_count(3)
    page.get_by_role("link", name=seed_article.title).click()

    expect(page.get_by_role("heading", level=1)).to_have_text(seed_article.title)
    passages = page.locator(".passage")
    expect(passages).to_have_count(seed_article.passages.count())
    first = seed_article.passages.first()
    expect(passages.first).to_have_text(seed_article.text[first.start : first.end])


def test_beside_a_long_article_the_asides_last_card_is_reachable_mid_article(page, live_server, login, editor,
                                                                             seed_article):
    page.set_viewport_size({"width": 1280, "height": 700})
    login(page, editor)
    page.goto(live_server.url + seed_article.get_absolute_url())
    aside = page.locator(".reader-aside")
    page.evaluate("window.scrollTo(0, document.documentElement.scrollHeight / 3)")

    box = aside.bounding_box()
    assert box["y"] >= 0 and box["y"] + box["height"] <= 700, box
    scrolled = page.evaluate("window.scrollY")
    help_heading = page.get_by_role("heading", name="How to tag")
    help_heading.scroll_into_view_if_needed()

    expect(help_heading).to_be_in_viewport()
    assert page.evaluate("window.scrollY") == scrolled  # the aside scrolled, not the page


def tap(page, element):
    """A click where the element is drawn, whatever lies on top of it (a card's stretched link)."""
    box = element.bounding_box()
    page.mouse.click(box["x"] + 5, box["y"] + box["height"] / 2)


def test_a_tap_anywhere_on_a_story_or_article_card_opens_it_and_adjudicate_still_adjudicates(
        page, live_server, login, editor, seed_article):
    story = seed_article.story
    login(page, editor)

    tap(page, page.locator(".story-card .meta").first)  # "3 articles from 3 outlets", not the title
    page.wait_for_url(f"{live_server.url}{story.get_absolute_url()}")
    card = page.locator(".article-card", has_text=seed_article.title)
    tap(page, card.locator(".meta"))
    page.wait_for_url(f"{live_server.url}{seed_article.get_absolute_url()}")
    page.go_back()
    card.get_by_role("link", name="Adjudicate").click()
    page.wait_for_url(f"{live_server.url}/articles/{seed_article.pk}/adjudicate/")
