import pytest
from playwright.sync_api import expect

from annotations.anchoring import anchor
from annotations.models import Annotation

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

TEXT = "Talks failed on Monday.\n\nThe minister called the plan a disgrace in a statement.\n\nTalks resume soon."


def test_editor_corrects_and_the_owner_places_the_orphan_again(page, live_server, login, editor, reviewer,
                                                                 make_article):
    article = make_article(TEXT, title="Talks fail")
    start = TEXT.index("a disgrace")
    Annotation.objects.create(article=article, reviewer=reviewer, tag="rhetoric",
                              **anchor(TEXT, start, start + 10).fields())
    login(page, editor)
    page.goto(f"{live_server.url}{article.get_absolute_url()}")

    page.get_by_role("link", name="Correct the text").click()
    page.get_by_label("Corrected text").fill(TEXT.replace("a disgrace", "unworkable"))
    page.get_by_role("button", name="Preview").click()
    expect(page.get_by_text("cannot be placed and are kept as orphans")).to_be_visible()
    page.get_by_role("button", name="Save correction").first.click()
    expect(page.get_by_role("heading", name="History")).to_be_visible()
    expect(page.get_by_role("status")).to_contain_text("1 could not be placed")

    page.context.clear_cookies()
    login(page, reviewer)
    page.get_by_role("link", name="Orphans").click()
    page.get_by_role("link", name="Place again").click()
    page.get_by_label("Find these words in the corrected text").fill("unworkable")
    page.get_by_role("button", name="Find").click()
    page.get_by_role("button", name="Place here").click()

    expect(page.get_by_role("heading", name="No orphaned highlights")).to_be_visible()
    assert Annotation.objects.get().quote == "unworkable"
