"""One reviewer, two tabs, one highlight: the tab with the older copy is told what changed, and overwrites
nothing."""

import pytest
from playwright.sync_api import expect

from annotations.models import Annotation

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

PHRASE = "weapons factories"


def open_popover(page, url):
    page.goto(url)
    page.locator(".passage .hl", has_text=PHRASE).first.click()
    popover = page.get_by_role("dialog", name="Highlight details")
    expect(popover.get_by_role("button", name="Save changes")).to_be_visible()
    return popover


def test_saving_in_a_second_tab_after_the_first_changed_the_highlight_shows_a_conflict(
    page, live_server, login, reviewer, seed_article
):
    start = seed_article.text.index(PHRASE)
    Annotation.objects.create(article=seed_article, reviewer=reviewer, tag="rhetoric", start=start,
                              end=start + len(PHRASE), quote=PHRASE)
    login(page, reviewer)
    url = live_server.url + seed_article.get_absolute_url()
    tab_b = page.context.new_page()  # same browser, same login: a second tab
    popover_a = open_popover(page, url)
    popover_b = open_popover(tab_b, url)

    popover_a.get_by_label("Factual claim").check()
    popover_a.get_by_role("button", name="Save changes").click()
    expect(page.locator(".passage .hl-factual_claim").first).to_have_text(PHRASE)
    popover_b.get_by_label("Note").fill("Typed in the second tab")
    popover_b.get_by_role("button", name="Save changes").click()

    conflict = popover_b.get_by_role("alert")
    expect(conflict).to_contain_text("This highlight was changed by reviewer at")
    expect(conflict).to_contain_text("tag Rhetoric → Factual claim. Reload and try again.")
    expect(tab_b.locator(".passage .hl-factual_claim").first).to_have_text(PHRASE)  # redrawn as it is now
    expect(popover_b.get_by_role("radio", name="Factual claim")).to_be_checked()  # the current values
    stored = Annotation.objects.get()
    assert (stored.tag, stored.note, stored.version) == ("factual_claim", "", 2)
