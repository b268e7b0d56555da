"""Every page at phone width (390 px): nothing sticks out past the right edge of the screen, unless it sits in a
box that scrolls sideways (a wide table, the comparison's outlet tabs, a report's chart); such a box says so."""

import re

import pytest
from playwright.sync_api import expect

from annotations.models import Assignment
from tests.annotations.highlights import highlight
from tests.e2e.screens import overflows_horizontally, sticking_out

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 390, "height": 844}


@pytest.fixture
def reviewed_story(seed_articles, reviewer, other_reviewer):
    for article in seed_articles:
        highlight(article, reviewer, "rhetoric", 0, 40)
        highlight(article, other_reviewer, "attribution", 10, 60)
    return seed_articles[0].story


def test_no_page_sticks_out_past_a_phone_screen(page, live_server, login, editor, reviewed_story):
    article = reviewed_story.articles.first()
    paths = [
        "/", reviewed_story.get_absolute_url(), f"/stories/{reviewed_story.slug}/compare/",
        f"/stories/{reviewed_story.slug}/claims/", f"/stories/{reviewed_story.slug}/progress/",
        article.get_absolute_url(), f"/articles/{article.pk}/adjudicate/", f"/articles/{article.pk}/history/",
        f"/articles/{article.pk}/correct/", "/reports/", "/queue/", "/import/", "/team/", "/highlights/orphans/",
        "/accounts/password/", "/no-such-page/",
    ]
    page.set_viewport_size(PHONE)
    login(page, editor)

    found = {}
    for path in paths:
        page.goto(live_server.url + path)
        page.wait_for_load_state()
        if overflows_horizontally(page) or sticking_out(page):
            found[path] = sticking_out(page)[:5]

    assert found == {}


def test_the_report_charts_fit_a_phone_with_their_text_legible(page, live_server, login, editor, reviewed_story):
    page.set_viewport_size({"width": 375, "height": 812})
    login(page, editor)
    page.goto(f"{live_server.url}/reports/?story={reviewed_story.slug}")

    charts = page.locator("figure.chart")
    expect(charts).to_have_count(3)
    for chart in charts.all():
        chart.scroll_into_view_if_needed()
        assert chart.evaluate("box => box.scrollWidth <= box.clientWidth + 1"), chart.inner_text()
        drawing = chart.locator("svg.chart-svg:visible")
        expect(drawing).to_have_count(1)
        label = drawing.locator("text.chart-label").first
        assert label.evaluate("text => text.getBoundingClientRect().height") >= 12  # 12.5 px type, not shrunk
        box, edges = label.bounding_box(), chart.bounding_box()
        assert edges["x"] <= box["x"] and box["x"] + box["width"] <= edges["x"] + edges["width"] + 1
    expect(page.locator(".scroll-hint:visible").filter(has_text="chart")).to_have_count(0)


def test_a_report_chart_wider_than_a_very_narrow_screen_says_it_scrolls_sideways(page, live_server, login, editor,
                                                                                 reviewed_story):
    page.set_viewport_size({"width": 280, "height": 653})
    login(page, editor)
    page.goto(f"{live_server.url}/reports/")

    chart = page.get_by_role("region", name="Bars: Cohen's kappa for each pair of reviewers, from −1 to 1: chart, "
                                            "scrolls sideways")
    expect(chart).to_be_visible()
    hint = chart.locator("xpath=preceding-sibling::p[1]")
    expect(hint).to_have_text("Scroll sideways for the whole chart →")
    chart.focus()
    page.keyboard.press("ArrowRight")
    page.wait_for_function("(box) => box.scrollLeft > 0", arg=chart.element_handle())


def test_a_report_tables_caption_is_read_whole_on_a_phone(page, live_server, login, editor, reviewed_story):
    page.set_viewport_size(PHONE)
    login(page, editor)
    page.goto(f"{live_server.url}/reports/")

    captions = page.locator(".table-wrap .report-table caption:not(.visually-hidden)")
    expect(captions.first).to_be_visible()

    for caption in captions.all():
        caption.scroll_into_view_if_needed()
        box = caption.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"], caption.text_content()


def test_the_report_filters_buttons_share_a_row_on_a_phone(page, live_server, login, editor, reviewed_story):
    page.set_viewport_size(PHONE)
    login(page, editor)
    page.goto(f"{live_server.url}/reports/")

    apply = page.get_by_role("button", name="Apply").bounding_box()
    clear = page.get_by_role("link", name="Clear").bounding_box()

    assert abs(apply["y"] - clear["y"]) < 2 and clear["x"] > apply["x"] + apply["width"]


def test_outlet_tabs_past_the_edge_fade_out_and_a_chosen_tab_scrolls_into_view(page, live_server, login, reviewer,
                                                                              seed_story):
    page.set_viewport_size(PHONE)
    login(page, reviewer)
    page.goto(f"{live_server.url}/stories/{seed_story.slug}/compare/")
    tabs = page.get_by_role("tablist", name="Articles")
    last = tabs.get_by_role("tab").last
    assert tabs.evaluate("(strip) => strip.scrollWidth > strip.clientWidth")  # three outlets do not fit
    expect(tabs).to_have_class(re.compile(r"\bhas-more-after\b"))
    expect(tabs).not_to_have_class(re.compile(r"\bhas-more-before\b"))

    tabs.get_by_role("tab").first.focus()
    page.keyboard.press("End")

    expect(last).to_have_attribute("aria-selected", "true")
    strip, tab = tabs.bounding_box(), last.bounding_box()
    assert strip["x"] - 1 <= tab["x"] and tab["x"] + tab["width"] <= strip["x"] + strip["width"] + 1
    expect(tabs).to_have_class(re.compile(r"\bhas-more-before\b"))
    expect(tabs).not_to_have_class(re.compile(r"\bhas-more-after\b"))


def test_the_progress_pages_cards_are_evenly_spaced_once_stacked(page, live_server, login, editor, seed_story):
    page.set_viewport_size(PHONE)
    login(page, editor)
    page.goto(f"{live_server.url}/stories/{seed_story.slug}/progress/")

    boxes = [page.get_by_role("region", name=name).bounding_box()
             for name in ("Progress by reviewer", "Assign reviewers", "Review settings")]

    gaps = [round(below["y"] - (above["y"] + above["height"]))
            for above, below in zip(boxes, boxes[1:], strict=False)]
    assert gaps[0] == gaps[1], gaps


def test_on_a_phone_a_tables_article_titles_keep_a_readable_measure(page, live_server, login, editor,
                                                                    reviewer, reviewed_story):
    for article in reviewed_story.articles.all():
        Assignment.objects.create(article=article, reviewer=reviewer)
    page.set_viewport_size(PHONE)
    login(page, editor)
    page.goto(f"{live_server.url}/stories/{reviewed_story.slug}/progress/")
    progress = page.locator(".progress-table")
    scroller = page.locator(".table-scroll").first.bounding_box()
    first_article = progress.locator("thead th").nth(1).bounding_box()

    assert progress.locator("thead th").first.bounding_box()["width"] < 120  # "Reviewer" and short names
    assert first_article["x"] + first_article["width"] <= scroller["x"] + scroller["width"]  # shown whole

    page.goto(f"{live_server.url}/reports/")
    titles = page.locator(".article-table tbody th")
    expect(titles.first).to_be_visible()
    assert all(title.bounding_box()["width"] >= 190 for title in titles.all())


def test_a_link_tabbed_to_in_a_table_that_scrolls_sideways_is_shown_whole(page, live_server, login, editor,
                                                                          reviewer, reviewed_story):
    for article in reviewed_story.articles.all():
        Assignment.objects.create(article=article, reviewer=reviewer)
    page.set_viewport_size(PHONE)
    login(page, editor)
    page.goto(f"{live_server.url}/stories/{reviewed_story.slug}/progress/")
    box = page.locator(".progress-table").locator("xpath=..")
    links = page.locator(".progress-table thead th a:not(.button)")
    expect(box).to_have_class(re.compile(r"\bis-scrollable\b"))
    first_column = page.locator(".progress-table thead th").first.bounding_box()

    cut = []
    for link in links.all():
        link.focus()
        page.wait_for_timeout(100)  # a smooth scroll, if any, settles
        edges, shown = box.bounding_box(), link.bounding_box()
        if shown["x"] < first_column["x"] + first_column["width"] - 1 or \
                shown["x"] + shown["width"] > edges["x"] + edges["width"] + 1:
            cut.append(link.inner_text())

    assert len(links.all()) >= 3 and cut == []
