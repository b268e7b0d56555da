"""The tagging workflow in a real browser: select, press a key, see it, reload, change, delete."""

import pytest
from playwright.sync_api import expect

from annotations.models import Annotation
from tests.annotations.highlights import highlight
from tests.e2e.selecting import select_phrase

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def highlight_of(page, phrase):
    return page.locator(".passage .hl", has_text=phrase)


def test_select_a_phrase_press_1_and_the_highlight_survives_a_reload(page, live_server, login, reviewer,
                                                                     seed_article):
    login(page, reviewer)
    page.goto(live_server.url + seed_article.get_absolute_url())
    phrase = "weapons factories"

    select_phrase(page, seed_article, phrase)
    page.keyboard.press("1")

    expect(page.locator(".passage .hl-attribution").first).to_contain_text(phrase)
    expect(page.locator("#legend")).to_contain_text("1")
    page.reload()
    expect(page.locator(".passage .hl-attribution").first).to_have_text(phrase)
    stored = Annotation.objects.get()
    assert (stored.tag, stored.quote, stored.reviewer) == ("attribution", phrase, reviewer)


def test_offsets_after_emoji_and_cjk_are_exact_code_points(page, live_server, login, reviewer, make_article):
    text = "Intro paragraph.\n\n😀 报道称 🚀🚀 officials said the launch was reckless.\n\nLast paragraph."
    article = make_article(text, title="Astral test")
    login(page, reviewer)
    page.goto(live_server.url + article.get_absolute_url())

    select_phrase(page, article, "the launch was reckless")
    page.get_by_role("button", name="Rhetoric").click()

    expect(page.locator(".passage .hl-rhetoric")).to_have_text("the launch was reckless")
    data = page.evaluate(
        "async (id) => (await fetch(`/api/annotations/?article=${id}`)).json()", article.pk
    )
    start = text.index("the launch was reckless")
    assert [(a["start"], a["end"], a["quote"]) for a in data] == [(start, start + 23, "the launch was reckless")]
    page.reload()
    expect(page.locator(".passage .hl-rhetoric")).to_have_text("the launch was reckless")


def test_selection_across_passages_is_stored_with_the_text_between(page, live_server, login, reviewer,
                                                                    make_article):
    article = make_article("First paragraph ends here.\n\nSecond paragraph starts here.")
    login(page, reviewer)
    page.goto(live_server.url + article.get_absolute_url())

    page.evaluate("""() => {
      const [a, b] = document.querySelectorAll('.passage');
      const range = document.createRange();
      range.setStart(a.firstChild, 16); range.setEnd(b.firstChild, 6);
      getSelection().removeAllRanges(); getSelection().addRange(range);
    }""")
    page.keyboard.press("3")

    expect(page.locator(".passage .hl-boilerplate")).to_have_count(2)
    assert Annotation.objects.get().quote == "ends here.\n\nSecond"


def test_owner_changes_the_tag_then_deletes_the_highlight(page, live_server, login, reviewer, seed_article):
    phrase = "weapons factories"
    start = seed_article.text.index(phrase)
    Annotation.objects.create(article=seed_article, reviewer=reviewer, tag="rhetoric", start=start,
                              end=start + len(phrase), quote=phrase)
    page.on("dialog", lambda dialog: dialog.accept())
    login(page, reviewer)
    page.goto(live_server.url + seed_article.get_absolute_url())

    page.locator(".passage .hl-rhetoric").first.click()
    popover = page.get_by_role("dialog", name="Highlight details")
    popover.get_by_label("Factual claim").check()
    popover.get_by_label("Note").fill("Count from the agency")
    popover.get_by_role("button", name="Save changes").click()

    expect(page.locator(".passage .hl-factual_claim").first).to_have_text(phrase)
    expect(page.locator(".passage .hl-rhetoric")).to_have_count(0)
    expect(popover).to_be_hidden()  # a saved change closes the pop-up
    page.locator(".passage .hl-factual_claim").first.click()
    popover.get_by_role("button", name="Delete highlight").click()
    expect(page.locator(".passage .hl")).to_have_count(0)
    expect(popover).to_be_hidden()
    stored = Annotation.objects.get()
    assert (stored.tag, stored.note, stored.deleted_at is not None) == ("factual_claim", "Count from the agency", True)


def test_another_reviewers_highlight_is_hidden_until_the_toggle(page, live_server, login, reviewer,
                                                                 other_reviewer, seed_article):
    seed_article.story.blind_annotation = False  # blind stories hide others' work until marked done
    seed_article.story.save()
    phrase = "weapons factories"
    start = seed_article.text.index(phrase)
    Annotation.objects.create(article=seed_article, reviewer=other_reviewer, tag="rhetoric", start=start,
                              end=start + len(phrase), quote=phrase, note="their note")
    login(page, reviewer)
    page.goto(live_server.url + seed_article.get_absolute_url())
    expect(page.locator(".passage .hl")).to_have_count(0)

    page.get_by_label("Show every reviewer’s highlights").check()

    expect(page.locator(".passage .hl-rhetoric").first).to_have_text(phrase)
    page.locator(".passage .hl-rhetoric").first.click()
    popover = page.get_by_role("dialog", name="Highlight details")
    expect(popover).to_contain_text("their note")
    expect(popover.get_by_role("button", name="Delete highlight")).to_have_count(0)


def test_escape_cancels_the_toolbar_and_nothing_is_saved(page, live_server, login, reviewer, seed_article):
    login(page, reviewer)
    page.goto(live_server.url + seed_article.get_absolute_url())
    select_phrase(page, seed_article, "weapons factories")

    page.keyboard.press("Escape")
    page.keyboard.press("1")

    expect(page.get_by_role("button", name="Attribution")).to_be_hidden()
    expect(page.locator(".passage .hl")).to_have_count(0)
    assert not Annotation.objects.exists()


def test_a_selection_across_two_articles_is_refused_with_a_message(page, live_server, login, reviewer,
                                                                    seed_article):
    login(page, reviewer)
    page.goto(live_server.url + seed_article.get_absolute_url())

    page.evaluate("""() => {
      const column = document.querySelector('[data-article]').cloneNode(true);
      column.dataset.article = '999999';
      document.querySelector('.reader-layout').appendChild(column);
      const passages = document.querySelectorAll('.passage');
      const range = document.createRange();
      range.setStart(passages[0].firstChild, 0);
      range.setEnd(passages[passages.length - 1].firstChild, 3);
      getSelection().removeAllRanges(); getSelection().addRange(range);
    }""")

    expect(page.get_by_role("alert")).to_contain_text("within one article")
    expect(page.get_by_role("button", name="Attribution")).to_be_disabled()


def test_keyboard_alone_selects_words_and_tags_them(page, live_server, login, reviewer, make_article):
    article = make_article("Officials said the launch was reckless and dangerous.")
    login(page, reviewer)
    page.goto(live_server.url + article.get_absolute_url())

    page.locator(".passage").first.focus()
    page.keyboard.press("Control+ArrowRight")
    page.keyboard.press("Control+ArrowRight")
    page.keyboard.press("Control+Shift+ArrowRight")
    page.keyboard.press("Control+Shift+ArrowRight")
    expect(page.get_by_role("button", name="Rhetoric")).to_be_visible()
    page.keyboard.press("2")

    expect(page.locator(".passage .hl-rhetoric")).to_have_text("the launch")
    assert Annotation.objects.get().quote == "the launch"


def test_on_a_phone_the_toolbar_fits_the_screen_and_a_tap_saves(browser, live_server, login, reviewer,
                                                                 make_article):
    context = browser.new_context(viewport={"width": 375, "height": 740}, has_touch=True, is_mobile=True)
    page = context.new_page()
    article = make_article("Officials said the launch was reckless and dangerous.\n\nA second paragraph.")
    login(page, reviewer)
    page.goto(live_server.url + article.get_absolute_url())

    select_phrase(page, article, "reckless and dangerous")
    toolbar = page.get_by_role("form", name="Tag the selected text")
    box = toolbar.bounding_box()
    page.get_by_role("button", name="Rhetoric").tap()

    assert box["x"] >= 0 and box["x"] + box["width"] <= 375 and box["y"] + box["height"] <= 740
    expect(page.locator(".passage .hl-rhetoric")).to_have_text("reckless and dangerous")
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    context.close()


def test_a_link_to_a_spot_in_the_text_scrolls_to_its_paragraph(page, live_server, login, reviewer, make_article):
    text = "\n\n".join(f"Paragraph number {i} of a long article." for i in range(40))
    article = make_article(text)
    spot = text.index("Paragraph number 33")
    login(page, reviewer)

    page.goto(f"{live_server.url}{article.get_absolute_url()}#char-{spot + 3}")

    target = page.locator(".passage.is-target")
    expect(target).to_have_text("Paragraph number 33 of a long article.")
    expect(target).to_be_in_viewport()


def test_tagging_the_same_words_twice_says_so_and_keeps_one_highlight(page, live_server, login, reviewer,
                                                                      make_article):
    article = make_article("Officials said the launch was reckless and dangerous.")
    login(page, reviewer)
    page.goto(live_server.url + article.get_absolute_url())
    select_phrase(page, article, "reckless")
    page.keyboard.press("2")
    expect(page.locator(".passage .hl-rhetoric")).to_have_text("reckless")

    select_phrase(page, article, "reckless")
    page.keyboard.press("2")

    expect(page.get_by_role("alert")).to_contain_text("You already tagged these words as Rhetoric")
    expect(page.locator(".passage .hl-rhetoric")).to_have_count(1)
    assert Annotation.objects.count() == 1


@pytest.mark.parametrize("width", [1280, 640, 375])
def test_all_four_tag_buttons_sit_inside_the_toolbar(browser, live_server, login, reviewer, make_article, width):
    context = browser.new_context(viewport={"width": width, "height": 800})
    page = context.new_page()
    article = make_article("Officials said the launch was reckless and dangerous.\n\nA second paragraph.")
    login(page, reviewer)
    page.goto(live_server.url + article.get_absolute_url())

    select_phrase(page, article, "reckless")
    toolbar = page.get_by_role("form", name="Tag the selected text").bounding_box()
    buttons = page.locator(".toolbar-tags .tag-button")

    expect(buttons).to_have_count(4)
    for index in range(4):
        box = buttons.nth(index).bounding_box()
        assert toolbar["x"] <= box["x"] and box["x"] + box["width"] <= toolbar["x"] + toolbar["width"], index
        assert toolbar["y"] <= box["y"] and box["y"] + box["height"] <= toolbar["y"] + toolbar["height"], index
    assert toolbar["x"] >= 0 and toolbar["x"] + toolbar["width"] <= width
    overflowing = buttons.evaluate_all("buttons => buttons.filter(b => b.scrollWidth > b.clientWidth).length")
    assert overflowing == 0
    context.close()


def test_a_highlights_popover_too_tall_for_the_room_around_it_is_scrolled_into_view(page, live_server, login,
                                                                                    reviewer, seed_article):
    passage = seed_article.passages.all()[3]
    highlight(seed_article, reviewer, "rhetoric", passage.start, passage.start + 20)
    page.set_viewport_size({"width": 1280, "height": 560})
    login(page, reviewer)
    page.goto(live_server.url + seed_article.get_absolute_url())
    mark = page.locator(".passage .hl").first
    mark.evaluate("(element) => element.scrollIntoView({block: 'center'})")

    mark.click()

    popover = page.get_by_role("dialog", name="Highlight details")
    save = popover.get_by_role("button", name="Save changes")
    expect(save).to_be_visible()
    box = popover.bounding_box()
    assert box["y"] >= 0 and box["y"] + box["height"] <= 560 + 1, box
    expect(save).to_be_in_viewport()
