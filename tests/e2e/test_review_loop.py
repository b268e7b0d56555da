"""The whole review loop in a browser: import, assign, annotate blind, mark done, adjudicate, report."""

import pytest
from playwright.sync_api import expect

from annotations.models import Annotation, ConsensusAnnotation
from newsdesk.models import Article
from tests.e2e.selecting import select_phrase

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

TEXT = (
    "Port reopens after storm\n\n"
    "Ships docked at dawn, harbour officials said on Tuesday.\n\n"
    "Critics called the delay a reckless gamble with the town's livelihood.\n\n"
    "The authority expects 40 ships this week."
)
AGREED = "harbour officials said"
LONE = "a reckless gamble"


def open_as(browser, login, user):
    page = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    page.set_default_timeout(15_000)
    login(page, user)
    return page


def annotate_blind_and_mark_done(page, article, tags):
    page.get_by_role("link", name="My queue").click()
    page.get_by_role("link", name=article.title).click()
    expect(page.get_by_text("other reviewers’ highlights stay hidden until you mark this article done")).to_be_visible()
    expect(page.locator(".passage .hl")).to_have_count(0)
    for phrase, key in tags:
        select_phrase(page, article, phrase)
        page.keyboard.press(key)
        expect(page.locator(".passage .hl", has_text=phrase).first).to_be_visible()
    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Mark done").click()
    expect(page.locator("#review-status")).to_contain_text("Done")


def test_editor_imports_assigns_two_blind_reviewers_adjudicates_and_reports(
    browser, page, live_server, login, editor, reviewer, other_reviewer
):
    page.set_default_timeout(15_000)
    login(page, editor)
    page.get_by_role("link", name="Import", exact=True).click()  # the menu's, not an empty list's "Import an article"
    page.get_by_label("Paste the article").fill(TEXT)
    page.get_by_label("…or a new outlet").fill("Harbour Gazette")
    page.get_by_label("…or a new story titled").fill("Port reopening")
    page.get_by_role("button", name="Preview").click()
    page.get_by_role("button", name="Import 1 article").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Port reopens after storm")
    article = Article.objects.get()

    page.get_by_role("navigation", name="Breadcrumb").get_by_role("link", name="Port reopening").click()
    page.get_by_role("link", name="Assignments and progress").click()
    page.get_by_label("reviewer", exact=True).check()
    page.get_by_label("other", exact=True).check()
    page.get_by_role("button", name="Assign").click()
    expect(page.get_by_text("2 new assignments")).to_be_visible()

    first = open_as(browser, login, reviewer)
    annotate_blind_and_mark_done(first, article, [(AGREED, "1")])
    second = open_as(browser, login, other_reviewer)
    annotate_blind_and_mark_done(second, article, [(AGREED, "1"), (LONE, "2")])
    second.goto(f"{live_server.url}{article.get_absolute_url()}?all=1")
    expect(second.locator(".passage .hl-others")).not_to_have_count(0)  # done: the other's highlight shows
    assert Annotation.objects.count() == 3

    page.goto(f"{live_server.url}/stories/{article.story.slug}/progress/")
    expect(page.locator(".progress-table .state-badge", has_text="Done")).to_have_count(2)
    page.get_by_role("link", name="Adjudicate").click()
    expect(page.get_by_text("1 agreed by all")).to_be_visible()
    page.get_by_role("button", name="Accept all 1 agreed span").click()
    expect(page.get_by_role("heading", name="Consensus (1)")).to_be_visible()
    page.get_by_role("button", name=f"Reject Rhetoric: {LONE}").click()
    expect(page.get_by_text("Rejected", exact=True)).to_be_visible()
    assert list(ConsensusAnnotation.objects.values_list("quote", "tag")) == [(AGREED, "attribution")]

    page.goto(f"{live_server.url}/reports/?story={article.story.slug}")
    expect(page.locator(".agreement-headline")).to_contain_text("from 2 reviewers")
    page.get_by_label("Highlights", exact=True).select_option("consensus")
    expect(page.locator(".report-scope")).to_contain_text("1 consensus highlight")
    expect(page.get_by_text("These figures count the consensus")).to_be_visible()
