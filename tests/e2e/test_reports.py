import json
import re

import pytest
from playwright.sync_api import expect

from tests.annotations.highlights import highlight
from tests.e2e.screens import choice_cut, choice_widths

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_editor_filters_the_reports_by_tag_and_the_link_keeps_the_view(
    page, live_server, login, editor, reviewer, other_reviewer, seed_article
):
    highlight(seed_article, reviewer, "rhetoric", 0, 40)
    highlight(seed_article, other_reviewer, "rhetoric", 0, 20)
    highlight(seed_article, reviewer, "attribution", 100, 130, source="KCNA")
    login(page, editor)

    page.get_by_role("link", name="Reports").click()
    expect(page.get_by_role("heading", name="Tag mix per outlet")).to_be_visible()
    page.get_by_label("Tag", exact=True).select_option("rhetoric")

    expect(page).to_have_url(re.compile(r"tag=rhetoric"))
    expect(page.get_by_role("heading", name="Who each outlet cites")).to_be_visible()
    expect(page.get_by_text("No attribution highlight here names its source yet.")).to_be_visible()
    page.reload()
    expect(page.get_by_label("Tag", exact=True)).to_have_value("rhetoric")


def test_a_disagreement_links_into_the_reader_at_the_spot(
    page, live_server, login, editor, reviewer, other_reviewer, seed_article
):
    highlight(seed_article, reviewer, "rhetoric", 0, 40)
    highlight(seed_article, other_reviewer, "rhetoric", 0, 20)
    login(page, editor)
    page.goto(f"{live_server.url}/reports/?article={seed_article.pk}")

    page.locator(".disagreement-link").first.click()

    page.wait_for_url(re.compile(rf"/articles/{seed_article.pk}/#char-20$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(seed_article.title)


def test_heat_strip_labels_are_not_clipped_at_desktop_width(page, live_server, login, editor, reviewer, seed_article):
    highlight(seed_article, reviewer, "factual_claim", 0, 40)
    page.set_viewport_size({"width": 1280, "height": 900})
    login(page, editor)
    page.goto(f"{live_server.url}/reports/?article={seed_article.pk}")

    label = page.locator("svg[aria-labelledby=position-chart-title] text.chart-label").first
    expect(label).to_contain_text("The Independent · Factual claim")
    svg_box = page.locator("svg[aria-labelledby=position-chart-title]").bounding_box()
    label_box = label.bounding_box()

    assert label_box["x"] >= svg_box["x"]


def test_the_filters_read_apart_and_agreement_is_read_in_words(
    page, live_server, login, editor, reviewer, other_reviewer, seed_article
):
    highlight(seed_article, reviewer, "rhetoric", 0, 40)
    highlight(seed_article, other_reviewer, "rhetoric", 0, 40)
    login(page, editor)

    page.goto(f"{live_server.url}/reports/")

    layer = page.get_by_label("Highlights", exact=True)
    reviewer_filter = page.get_by_label("Reviewer", exact=True)
    expect(layer.locator("option:checked")).to_have_text("Reviewers’ own")
    expect(reviewer_filter.locator("option:checked")).to_have_text("All reviewers")
    expect(page.locator(".agreement-headline .reading")).to_have_text("reliable")
    expect(page.get_by_text("≥ 0.8 reliable, ≥ 0.667 tentative").first).to_be_visible()
    expect(page.get_by_text(re.compile(r"\bhl\b"))).to_have_count(0)
    expect(page.locator(".report-table").first).to_contain_text("characters")


def test_the_topic_table_downloads_as_csv(page, live_server, login, editor, reviewer, seed_article):
    highlight(seed_article, reviewer, "rhetoric", 0, 40)
    login(page, editor)
    page.goto(f"{live_server.url}/stories/{seed_article.story.slug}/compare/")  # aligns the story
    first_topic = page.locator(".topic-row .topic-label").first.inner_text()
    page.goto(f"{live_server.url}/reports/?story={seed_article.story.slug}")
    section = page.locator("section", has=page.get_by_role("heading", name="Per topic and outlet"))

    expect(section.locator("tbody th").first).to_have_text(first_topic)
    with page.expect_download() as download:
        section.get_by_role("link", name="CSV").click()

    assert download.value.suggested_filename == "newsdesk-topics.csv"


def test_the_topic_table_without_a_story_leads_to_the_story_filter(page, live_server, login, editor, reviewer,
                                                                  seed_article):
    highlight(seed_article, reviewer, "rhetoric", 0, 20)
    login(page, editor)
    page.goto(f"{live_server.url}/reports/")

    page.get_by_role("link", name="Choose a story").click()

    expect(page.get_by_label("Story", exact=True)).to_be_focused()


def test_a_storys_highlights_export_from_the_reports_page_and_follow_the_layer_filter(
    page, live_server, login, editor, reviewer, seed_article
):
    highlight(seed_article, reviewer, "rhetoric", 0, 40)
    slug = seed_article.story.slug
    login(page, editor)
    page.goto(f"{live_server.url}/reports/?story={slug}")
    export = page.get_by_role("region", name="Export the highlights")
    expect(export).to_contain_text("every reviewer’s own in “North Korea's arms build-up and Russia”")

    with page.expect_download() as download:
        export.get_by_role("link", name=re.compile(r"^JSON-LD")).click()

    assert download.value.suggested_filename == f"newsdesk-{slug}-annotations.jsonld"
    with open(download.value.path(), encoding="utf-8") as exported:
        collection = json.load(exported)
    assert collection["total"] == 1, collection
    page.get_by_label("Highlights", exact=True).select_option("consensus")
    expect(page).to_have_url(re.compile(r"layer=consensus"))
    expect(export.get_by_role("link", name=re.compile(r"^CSV"))).to_have_attribute(
        "href", f"/api/export/annotations.csv?story={slug}&layer=consensus")
    expect(export).to_contain_text("the consensus in")


def test_a_filter_error_names_the_field_as_its_label_does(page, live_server, login, editor):
    login(page, editor)
    page.goto(f"{live_server.url}/reports/?since=31.02.2026")

    errors = page.get_by_role("alert").filter(has_text="Check the filters")
    expect(errors).to_contain_text("From: Enter the day as year-month-day, for example 2026-03-14.")
    expect(errors).not_to_contain_text("Since")


def test_each_export_format_name_stays_on_one_line_on_a_phone(page, live_server, login, editor, reviewer, seed_article):
    highlight(seed_article, reviewer, "rhetoric", 0, 40)
    page.set_viewport_size({"width": 375, "height": 800})
    login(page, editor)
    page.goto(f"{live_server.url}/reports/")
    links = page.get_by_role("region", name="Export the highlights").get_by_role("link")
    expect(links).to_have_count(3)

    for link in links.all():
        # The format's name is the link's first text; its description may wrap below it, never the name itself.
        lines = link.evaluate("""(a) => {
            const range = document.createRange();
            range.selectNodeContents(a.firstChild);
            return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
        }""")
        assert lines == 1, link.inner_text()


def test_a_filter_choice_cut_by_its_box_on_a_phone_ends_in_an_ellipsis(page, live_server, login, editor, seed_article):
    page.set_viewport_size({"width": 375, "height": 800})
    login(page, editor)
    page.goto(f"{live_server.url}/reports/")
    layer = page.get_by_label("Highlights", exact=True)

    # "Reviewers’ own" is wider than its box on a phone: it is cut, and ends in an ellipsis.
    assert choice_cut(layer)
    for select in page.locator(".report-filters select").all():
        assert select.evaluate("(box) => getComputedStyle(box).textOverflow") == "ellipsis"
    # On a wide screen every choice shows whole.
    page.set_viewport_size({"width": 1280, "height": 800})
    for select in page.locator(".report-filters select").all():
        needed, shown = choice_widths(select)
        assert needed <= shown + 1, select.get_attribute("name")
