import pytest
from playwright.sync_api import expect

from annotations.models import ConsensusAnnotation
from tests.annotations.helpers import highlight

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_editor_assigns_reviewers_and_sees_a_reviewer_mark_done(
    browser, page, live_server, login, editor, reviewer, other_reviewer, seed_article
):
    story = seed_article.story
    login(page, editor)
    page.goto(f"{live_server.url}{story.get_absolute_url()}")
    page.get_by_role("link", name="Assignments and progress").click()
    page.get_by_label("reviewer", exact=True).check()
    page.get_by_label("other", exact=True).check()
    page.get_by_role("button", name="Assign").click()
    expect(page.get_by_text("6 new assignments")).to_be_visible()

    reviewer_page = browser.new_context(viewport={"width": 375, "height": 800}).new_page()
    login(reviewer_page, reviewer)
    reviewer_page.get_by_role("link", name="My queue").click()
    item = reviewer_page.locator(f"#queue-item-{seed_article.pk}")
    reviewer_page.once("dialog", lambda dialog: dialog.accept())
    item.get_by_role("button", name="Mark done").click()
    expect(reviewer_page.locator(f"#queue-item-{seed_article.pk}")).to_contain_text("Done")

    page.reload()
    row = page.locator("tr", has=page.get_by_role("rowheader", name="reviewer", exact=True))
    expect(row.get_by_text("Done", exact=True)).to_have_count(1)
    expect(row).to_contain_text("1 / 3")


def test_editor_accepts_agreements_and_rejects_a_lone_highlight(
    page, live_server, login, editor, reviewer, other_reviewer, seed_article
):
    highlight(seed_article, reviewer, 200, 230)
    highlight(seed_article, other_reviewer, 200, 230)
    lone = highlight(seed_article, other_reviewer, 400, 420, tag="attribution")
    login(page, editor)

    page.goto(f"{live_server.url}/articles/{seed_article.pk}/adjudicate/")
    page.get_by_role("button", name="Accept all 1 agreed span").click()
    expect(page.get_by_role("heading", name="Consensus (1)")).to_be_visible()
    page.get_by_role("button", name=f"Reject Attribution: {lone.quote[:20]}").click()

    expect(page.get_by_text("Rejected", exact=True)).to_be_visible()
    assert list(ConsensusAnnotation.objects.values_list("start", "end")) == [(200, 230)]
