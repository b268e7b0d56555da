"""An editor finds an article imported without a story on the story list and files it into a story."""

import pytest
from playwright.sync_api import expect

from newsdesk.models import PassagePlacement
from tests.e2e.screens import choice_cut
from tests.newsdesk.alignment.test_filing import ARMS_REPORT

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_editor_files_an_unfiled_article_into_the_suggested_story_and_sees_it_compared(
        page, live_server, login, editor, seed_story, make_article):
    article = make_article(ARMS_REPORT, outlet="Yonhap", title="Kim tours arms factories making shells")
    login(page, editor)
    unfiled = page.get_by_role("region", name="Unfiled articles")
    expect(unfiled.get_by_role("link", name="Kim tours arms factories making shells")).to_be_visible()
    choice = unfiled.get_by_label("File “Kim tours arms factories making shells” into story")
    expect(choice).to_have_value(str(seed_story.pk))

    unfiled.get_by_role("button", name="File").click()

    expect(page.get_by_role("status")).to_contain_text("Filed “Kim tours arms factories making shells”")
    expect(page.get_by_role("region", name="Unfiled articles")).to_have_count(0)
    assert PassagePlacement.objects.filter(passage__article=article).exists()
    page.goto(f"{live_server.url}/stories/{seed_story.slug}/compare/")
    grid = page.locator(".cell-body")  # the grid's cells, not the claims panel's quotes of the same sentence
    expect(grid.get_by_text("Pyongyang is accused of shipping weapons to Russia").first).to_be_visible()


LONG_TITLE = ("The regional health board’s decision to close the maternity ward at the northern district hospital and "
              "what it means for families across the valley")


def test_a_long_story_title_in_the_filing_choice_is_cut_with_an_ellipsis_and_read_whole_in_its_title(
        page, live_server, login, editor, seed_story, make_article):
    from newsdesk.models import Story

    long_story = Story.objects.create(slug="maternity-ward", title=LONG_TITLE)
    make_article("A council in a small northern town voted to close its maternity ward, officials said on Tuesday.",
                 outlet="Valley Herald", title="Maternity ward to close next spring")
    page.set_viewport_size({"width": 375, "height": 812})
    login(page, editor)
    choice = page.get_by_label("File “Maternity ward to close next spring” into story")
    assert not choice_cut(choice)  # a short title shows whole

    choice.select_option(str(long_story.pk))

    expect(choice.locator("option:checked")).to_have_attribute("title", LONG_TITLE)
    expect(choice).to_have_attribute("title", LONG_TITLE)
    assert choice_cut(choice)
    box, form = choice.bounding_box(), page.locator(".filing-form").bounding_box()
    assert box["x"] + box["width"] <= form["x"] + form["width"] + 1
