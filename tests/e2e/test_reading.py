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
