"""Right-to-left articles in a real browser: the text reads from the right, the page around it from the left,
and a highlight dragged with the mouse over Arabic words (with a Latin name among them) stores their offsets."""

import pytest
from playwright.sync_api import expect

from .selecting import select_phrase

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

# Invented for this test. The emoji before the phrase, in its paragraph, is two UTF-16 units but one code point.
TEXT = (
    "مجلس المدينة يقر خطة النقل\n\n"
    "قال رئيس المجلس إن الخطة ستكلف 120 مليون دينار وستضيف 14 خطاً جديداً.\n\n"
    "📰 وبعد الجلسة قالت المهندسة Lina Farouk للصحفيين إن العمل يبدأ في 3 أحياء."
)
PHRASE = "قالت المهندسة Lina Farouk للصحفيين"

# Where a mouse presses and releases to drag over `phrase`: inside its first letter on the side where it
# starts, inside its last letter on the side where it ends (both Arabic, so right edge, then left edge).
DRAG_ENDS = """([index, phrase]) => {
  const passage = document.querySelector(`.passage[data-index="${index}"]`);
  const at = passage.textContent.indexOf(phrase);
  const letter = (k) => {
    const walker = document.createTreeWalker(passage, NodeFilter.SHOW_TEXT);
    let node, seen = 0;
    while ((node = walker.nextNode())) {
      if (k < seen + node.data.length) {
        const range = document.createRange();
        range.setStart(node, k - seen);
        range.setEnd(node, k - seen + 1);
        return range.getBoundingClientRect();
      }
      seen += node.data.length;
    }
  };
  const first = letter(at), last = letter(at + phrase.length - 1);
  return [[first.right - 1, (first.top + first.bottom) / 2], [last.left + 1, (last.top + last.bottom) / 2]];
}"""

TEXT_EDGES = """(element) => {
  const range = document.createRange();
  range.selectNodeContents(element);
  const text = range.getBoundingClientRect(), box = element.getBoundingClientRect();
  return {gapRight: box.right - text.right, gapLeft: text.left - box.left};
}"""


def test_arabic_reads_from_the_right_and_a_dragged_highlight_stores_code_point_offsets(page, live_server, login,
                                                                                        reviewer, make_article):
    article = make_article(TEXT, title="مجلس المدينة يقر خطة النقل", outlet="Sahil Daily")
    passage = next(p for p in article.passages.all() if PHRASE in article.text[p.start : p.end])
    login(page, reviewer)
    page.goto(live_server.url + article.get_absolute_url())
    page.wait_for_load_state()  # the deferred annotator must be listening before the mouse is released

    direction = "(element) => getComputedStyle(element).direction"
    assert page.locator("h1").evaluate(direction) == "rtl"
    assert all(direction == "rtl" for direction in page.locator(".passage").evaluate_all(
        "(passages) => passages.map((p) => getComputedStyle(p).direction)"))
    assert page.locator("nav.breadcrumbs").evaluate(direction) == "ltr"
    heading = page.locator('.passage[data-index="0"]').evaluate(TEXT_EDGES)
    assert heading["gapRight"] < 2 < heading["gapLeft"], heading

    start, end = page.evaluate(DRAG_ENDS, [passage.index, PHRASE])
    page.mouse.move(*start)
    page.mouse.down()
    page.mouse.move(*end, steps=8)
    page.mouse.up()
    page.get_by_role("button", name="Factual claim").click()

    expect(page.locator(".passage .hl-factual_claim")).to_have_text(PHRASE)
    data = page.evaluate("async (id) => (await fetch(`/api/annotations/?article=${id}`)).json()", article.pk)
    at = article.text.index(PHRASE)
    assert [(a["start"], a["end"], a["quote"]) for a in data] == [(at, at + len(PHRASE), PHRASE)]


# From near the start of its line (a line starts on the right), so the toolbar has room on the left; the Latin
# name splits the line into three runs.
OPENING = "وبعد الجلسة قالت المهندسة Lina Farouk للصحفيين"
SELECTION_AND_TOOLBAR = """() => {
  const selected = getSelection().getRangeAt(0).getBoundingClientRect();
  const toolbar = document.getElementById("annotation-toolbar").getBoundingClientRect();
  return {
    selection: {left: selected.left, right: selected.right, top: selected.top, bottom: selected.bottom},
    toolbar: {left: toolbar.left, right: toolbar.right, top: toolbar.top, bottom: toolbar.bottom},
    viewport: {width: document.documentElement.clientWidth, height: innerHeight},
  };
}"""


@pytest.mark.parametrize("width", [1280, 375])
def test_the_toolbar_over_an_arabic_selection_starts_from_its_right_edge_and_stays_on_screen(
        page, live_server, login, reviewer, make_article, width):
    article = make_article(TEXT, title="مجلس المدينة يقر خطة النقل", outlet="Sahil Daily")
    page.set_viewport_size({"width": width, "height": 800})
    login(page, reviewer)
    page.goto(live_server.url + article.get_absolute_url())
    select_phrase(page, article, OPENING)

    boxes = page.evaluate(SELECTION_AND_TOOLBAR)
    selection, toolbar, viewport = boxes["selection"], boxes["toolbar"], boxes["viewport"]
    assert 0 <= toolbar["left"] and toolbar["right"] <= viewport["width"], boxes
    assert 0 <= toolbar["top"] and toolbar["bottom"] <= viewport["height"], boxes
    if width > 600:  # on a phone the toolbar is a sheet along the bottom of the screen
        assert abs(toolbar["right"] - selection["right"]) <= 3, boxes
        assert toolbar["top"] >= selection["bottom"], boxes


def test_the_import_and_correction_boxes_follow_the_direction_of_what_is_typed(page, live_server, login, editor,
                                                                                make_article):
    article = make_article(TEXT, title="مجلس المدينة يقر خطة النقل", outlet="Sahil Daily")
    direction = "(element) => getComputedStyle(element).direction"
    login(page, editor)

    page.goto(live_server.url + "/import/")
    box = page.get_by_label("Paste the article")
    box.fill("مجلس المدينة يقر خطة النقل")
    assert box.evaluate(direction) == "rtl"
    box.fill("The council approves the transport plan")
    assert box.evaluate(direction) == "ltr"
    page.get_by_label("…or a new outlet").fill("ساحل اليوم")
    assert page.get_by_label("…or a new outlet").evaluate(direction) == "rtl"

    page.goto(live_server.url + f"/articles/{article.pk}/correct/")
    assert page.get_by_label("Corrected text").evaluate(direction) == "rtl"
