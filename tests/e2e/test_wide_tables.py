"""Wide tables and stories in other languages in a real browser: a table that scrolls sideways keeps its first
column (and a claims topic's heading) in view; five outlets' coverage fits a laptop's width; a topic's label says
the language of the story's articles; the article text names a font family for each script it is written in.

Set ``NEWSDESK_SCREENSHOTS`` to a folder to keep a screenshot of each scrolled table."""

import os
import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest
from playwright.sync_api import expect

from newsdesk.importing import importer
from newsdesk.models import Story

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "stories"
PHONE = {"width": 390, "height": 844}
LAPTOP = {"width": 1366, "height": 900}


def written_story(slug):
    """One of the multi-outlet stories written for the project, imported as an editor would (claims follow)."""
    gold = tomllib.loads((CORPUS / slug / "gold.toml").read_text(encoding="utf-8"))
    Story.objects.create(title=gold["title"], slug=slug, blind_annotation=False)
    for entry in gold["articles"]:
        importer.import_bytes(entry["file"], (CORPUS / slug / entry["file"]).read_bytes(), story=slug,
                              outlet=entry["outlet"], metadata={"title": entry["title"]})
    return Story.objects.get(slug=slug)


@pytest.fixture
def english_story(db):
    return written_story("dene-river-spill")  # five outlets, in English


@pytest.fixture
def chinese_story(db):
    return written_story("shimei-xiaoyuan-zhongdu")  # five outlets, in Chinese


@pytest.fixture
def hindi_story(db):
    return written_story("surmaghat-madhyahn-bhojan")  # five outlets, in Hindi


OUTLETS = ("Beacon FM", "Breakwater Daily", "Coastline Wire", "Driftwood Courier", "Estuary Review", "Fenwick Herald",
           "Gullhaven Echo", "Harbourside Online", "Lantern Radio", "Mariner Bulletin", "North Ledger", "Pier Gazette",
           "Quay Times", "Saltmarsh Post", "Shingle Weekly", "Tidewater News")


@pytest.fixture
def crowded_story(db):
    """Sixteen outlets carrying the same invented claim, some with a different detail: a claims table wider than a
    laptop's screen."""
    Story.objects.create(title="Ferry pier closed after storm damage", slug="ferry-pier", blind_annotation=False)
    for n, outlet in enumerate(OUTLETS):
        text = (
            f"Storm shuts Wrenmouth pier, {outlet} reports\n\n"
            f"The Wrenmouth ferry pier was closed on Tuesday after a storm tore {30 + n % 3} metres of decking from "
            f"its southern arm, the harbour board said.\n\n"
            f"Harbour master Olwen Treace said repairs would cost about {2 + n % 2} million pounds and take six "
            f"weeks.\n\n"
            f"Ferries to Carrick Isle will sail from the old fish quay until the pier reopens, the operator said."
        )
        importer.import_bytes(f"pier-{n}.txt", text.encode(), story="ferry-pier", outlet=outlet,
                              metadata={"title": f"Storm shuts Wrenmouth pier ({outlet})"})
    return Story.objects.get(slug="ferry-pier")


def shot(page, name):
    folder = os.environ.get("NEWSDESK_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(folder) / f"{name}.png"))


def scroll_to_the_end(box):
    """Scroll a table's box as far sideways as it goes, as a reader swiping would; the distance scrolled."""
    assert box.evaluate("(box) => box.scrollWidth > box.clientWidth + 1"), "the table fits: nothing to scroll"
    box.evaluate("(box) => { box.scrollLeft = box.scrollWidth; }")
    return box.evaluate("(box) => box.scrollLeft")


def bring_into_view(page, element):
    """Scroll the window and the table's box (a long table scrolls in its box under its sticky head row) only up or
    down to an element: scrolling it into view as a browser does would scroll its table back sideways too."""
    page.evaluate("""(element) => {
        const box = element.closest('.claims-scroll');
        if (box) { box.scrollTop += element.getBoundingClientRect().top - box.getBoundingClientRect().top - 100; }
        window.scrollTo(0, element.getBoundingClientRect().top + window.scrollY - 200);
    }""", element.element_handle())


# Where an element is on screen inside its scrolling box, and whether it is what the reader sees there (not a
# cell scrolled over it or showing through it).
IN_VIEW = """([element, box]) => {
    const own = element.getBoundingClientRect(), frame = box.getBoundingClientRect();
    const x = own.left + Math.min(own.width / 2, 20), y = own.top + own.height / 2;
    const seen = document.elementFromPoint(x, y);
    return {left: own.left - frame.left, right: frame.right - own.right, width: own.width,
            onTop: element.contains(seen), background: getComputedStyle(element).backgroundColor};
}"""


@pytest.mark.parametrize(("view", "box_selector", "first_column"), [
    ("compare", "#coverage .table-scroll", "#coverage tbody th"),
    ("claims", "#claims .claims-scroll", "#claims tbody th.claim-label"),
])
def test_on_a_phone_a_wide_tables_first_column_stays_in_view_as_it_scrolls(page, live_server, login, reviewer,
                                                                          english_story, view, box_selector,
                                                                          first_column):
    page.set_viewport_size(PHONE)
    login(page, reviewer)
    page.goto(f"{live_server.url}/stories/{english_story.slug}/{view}/")
    box = page.locator(box_selector)
    box.scroll_into_view_if_needed()

    scrolled = scroll_to_the_end(box)
    assert scrolled > 100
    shot(page, f"wide-table-{view}-390")

    labels = page.locator(first_column)
    assert labels.count() >= 5
    for label in labels.all()[:8]:
        bring_into_view(page, label)
        seen = page.evaluate(IN_VIEW, [label.element_handle(), box.element_handle()])
        assert abs(seen["left"]) <= 1 and seen["width"] > 100, (label.inner_text(), seen)
        assert seen["onTop"], label.inner_text()
        assert seen["background"] == "rgb(255, 255, 255)", seen  # opaque: the scrolled cells do not show through
    heading = page.locator(box_selector).locator("thead th").first
    bring_into_view(page, heading)
    assert abs(page.evaluate(IN_VIEW, [heading.element_handle(), box.element_handle()])["left"]) <= 1
    assert box.evaluate("(box) => box.scrollLeft") == scrolled  # still scrolled to the end


@pytest.mark.parametrize("width", [PHONE, LAPTOP], ids=["390", "1366"])
def test_a_claims_topic_heading_stays_in_view_as_the_table_scrolls(page, live_server, login, reviewer,
                                                                   english_story, crowded_story, width):
    story = english_story if width == PHONE else crowded_story  # five outlets scroll on a phone, sixteen on a laptop
    page.set_viewport_size(width)
    login(page, reviewer)
    page.goto(f"{live_server.url}/stories/{story.slug}/claims/")
    box = page.locator("#claims .claims-scroll")

    scrolled = scroll_to_the_end(box)
    assert scrolled > 100
    shot(page, f"claims-topics-scrolled-{width['width']}")

    headings = page.locator("#claims .claims-topic-row th > *")
    expect(headings.first).not_to_be_empty()
    for heading in headings.all()[:6]:
        bring_into_view(page, heading)
        seen = page.evaluate(IN_VIEW, [heading.element_handle(), box.element_handle()])
        assert seen["left"] >= 0 and seen["right"] >= 0, (heading.inner_text(), seen)  # the whole text shows
        assert seen["onTop"], heading.inner_text()
    assert box.evaluate("(box) => box.scrollLeft") == scrolled  # still scrolled to the end


@pytest.mark.parametrize("story_fixture", ["english_story", "hindi_story"])
def test_five_outlets_coverage_fits_a_laptop_without_scrolling_sideways(page, live_server, login, reviewer,
                                                                         request, story_fixture):
    story = request.getfixturevalue(story_fixture)
    assert story.articles.count() == 5
    page.set_viewport_size(LAPTOP)
    login(page, reviewer)
    page.goto(f"{live_server.url}/stories/{story.slug}/compare/")
    box = page.locator("#coverage .table-scroll")

    assert box.evaluate("(box) => box.scrollWidth <= box.clientWidth"), box.evaluate(
        "(box) => [box.scrollWidth, box.clientWidth]")
    expect(page.locator("#coverage .scroll-hint")).to_be_hidden()
    # A cell wraps between its counts, never inside one ("1 passage ·" over "216 characters").
    counts = page.locator("#coverage .coverage-count")
    assert counts.count() >= 20
    assert counts.evaluate_all("(counts) => counts.every((count) => count.getClientRects().length === 1)")


LANG = "(element) => element.getAttribute('lang')"


def test_a_chinese_storys_topic_labels_say_they_are_chinese(page, live_server, login, reviewer, chinese_story):
    page.set_viewport_size(LAPTOP)
    login(page, reviewer)
    page.goto(f"{live_server.url}/stories/{chinese_story.slug}/compare/")

    topics = page.locator(".topic-row:not(.furniture-row) .topic-label")
    assert topics.count() >= 3
    assert set(topics.evaluate_all("(labels) => labels.map((label) => label.lang)")) == {"zh"}
    expect(page.locator(".furniture-row .topic-label")).not_to_have_attribute("lang", "zh")  # "Page furniture"
    coverage = page.locator("#coverage tbody tr:not(.coverage-furniture) th a")
    assert set(coverage.evaluate_all("(labels) => labels.map((label) => label.lang)")) == {"zh"}
    assert page.locator("#coverage .coverage-furniture th a").evaluate(LANG) is None

    page.goto(f"{live_server.url}/stories/{chinese_story.slug}/claims/")
    names = page.locator("#claims .claims-topic-row [lang]")
    assert names.count() >= 3
    assert set(names.evaluate_all("(labels) => labels.map((label) => label.lang)")) == {"zh"}


def test_an_english_storys_topic_labels_keep_the_pages_language(page, live_server, login, reviewer, english_story):
    login(page, reviewer)
    page.goto(f"{live_server.url}/stories/{english_story.slug}/compare/")

    expect(page.locator(".topic-label").first).to_be_visible()
    assert page.locator(".topic-label[lang], #coverage th [lang], .claims-topic-row [lang]").count() == 0


# Invented for these tests: a bridge shut for repairs, told in eight languages.
TEXTS = {
    "zh": "江岚市老桥因裂缝封闭\n\n"
          "江岚市的一座老桥于周二因桥面出现裂缝而封闭，市政部门表示维修将持续三个月。\n\n"
          "居民说，绕行会让每天的通勤多花二十分钟。",
    "ja": "霧沢市の古い橋が通行止めに\n\n"
          "霧沢市の古い橋が火曜日にひび割れのため通行止めとなった。市は修理に三か月かかると発表した。\n\n"
          "住民は、遠回りで通勤が二十分長くなると話している。",
    "hi": "सुरमाघाट का पुराना पुल बंद\n\nसुरमाघाट में पुराना पुल मंगलवार को दरारों के कारण बंद कर दिया गया। नगर निगम ने कहा कि "
          "मरम्मत में तीन महीने लगेंगे।\n\nलोगों ने बताया कि दूसरे रास्ते से रोज़ का सफ़र बीस मिनट लंबा हो गया है।",
    "bn": "কেতকীপুরের পুরোনো সেতু বন্ধ\n\nকেতকীপুরে পুরোনো সেতুটি মঙ্গলবার ফাটলের কারণে বন্ধ করে দেওয়া হয়েছে। পৌরসভা "
          "জানিয়েছে, মেরামতে তিন মাস লাগবে।\n\nবাসিন্দারা বলছেন, ঘুরপথে রোজ যাতায়াতে কুড়ি মিনিট বেশি লাগছে।",
    "th": "สะพานเก่าห้วยพะเนินปิดซ่อม\n\nสะพานเก่าในห้วยพะเนินถูกปิดเมื่อวันอังคารเพราะพบรอยร้าว "
          "เทศบาลระบุว่าการซ่อมจะใช้เวลาสามเดือน\n\nชาวบ้านบอกว่าการอ้อมทำให้เดินทางนานขึ้นวันละยี่สิบนาที",
    "ar": "إغلاق الجسر القديم في وادي القرنفل\n\nأغلق الجسر القديم في وادي القرنفل يوم الثلاثاء بسبب تشققات، وقالت "
          "البلدية إن الإصلاح سيستغرق ثلاثة أشهر.\n\nويقول السكان إن الطريق البديل يضيف عشرين دقيقة "
          "إلى رحلتهم اليومية.",
    "he": "הגשר הישן בגבעת תמרית נסגר\n\nהגשר הישן בגבעת תמרית נסגר ביום שלישי בגלל סדקים, והמועצה מסרה שהתיקון "
          "יימשך שלושה חודשים.\n\nתושבים אומרים שהעקיפה מוסיפה עשרים דקות לנסיעה היומית.",
    "ta": "பவழக்குடி பழைய பாலம் மூடல்\n\nபவழக்குடியில் உள்ள பழைய பாலம் விரிசல் காரணமாக செவ்வாய்க்கிழமை மூடப்பட்டது. "
          "பழுதுபார்க்க மூன்று மாதங்கள் ஆகும் என்று நகராட்சி தெரிவித்தது.\n\nசுற்றுப்பாதையால் தினசரி பயணம் இருபது "
          "நிமிடங்கள் கூடுதலாகிறது என்று மக்கள் கூறுகின்றனர்.",
}
# The families each script is drawn in, in the order the article text (a serif text) names them before the generic
# family: the first of them the machine has draws the script. Each script but Han falls back on its sans family.
FAMILIES = {"zh": ("Noto Serif CJK SC",), "ja": ("Noto Serif CJK JP",),
            "hi": ("Noto Serif Devanagari", "Noto Sans Devanagari"),
            "bn": ("Noto Serif Bengali", "Noto Sans Bengali"), "th": ("Noto Serif Thai", "Noto Sans Thai"),
            "ar": ("Noto Naskh Arabic", "Noto Sans Arabic"), "he": ("Noto Serif Hebrew", "Noto Sans Hebrew"),
            "ta": ("Noto Serif Tamil", "Noto Sans Tamil")}


def installed(family):
    if not shutil.which("fc-list"):
        return False
    return family in subprocess.run(["fc-list", ":", "family"], capture_output=True, text=True).stdout


def families_drawing(page, selector):
    """The fonts the browser drew an element's own text in (Chrome's DevTools protocol)."""
    cdp = page.context.new_cdp_session(page)
    cdp.send("DOM.enable")
    cdp.send("CSS.enable")
    root = cdp.send("DOM.getDocument")["root"]["nodeId"]
    node = cdp.send("DOM.querySelector", {"nodeId": root, "selector": selector})["nodeId"]
    return {font["familyName"] for font in cdp.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]}


@pytest.mark.parametrize("language", ["zh", "ja", "hi", "bn", "th", "ar", "he", "ta"])
def test_the_article_text_names_a_family_for_its_script_before_the_generic_one(page, live_server, login, reviewer,
                                                                               make_article, language):
    article = make_article(TEXTS[language], title=TEXTS[language].split("\n")[0], outlet="Bridge Desk")
    assert article.text_language == language
    login(page, reviewer)
    page.goto(live_server.url + article.get_absolute_url())

    families = FAMILIES[language]
    for selector in (".reader-text", ".reader-text .passage"):
        stack = [name.strip().strip('"') for name in
                 page.locator(selector).first.evaluate("(text) => getComputedStyle(text).fontFamily").split(",")]
        assert set(families) <= set(stack) and stack[-1] == "serif", stack
        assert [stack.index(family) for family in families] == sorted(stack.index(family) for family in families)
        assert stack.index(families[-1]) < stack.index("serif")
    if language in ("zh", "ja"):  # Han in the shapes of the text's own language: no other language's CJK family
        other = {"zh": "JP", "ja": "SC"}[language]
        assert not any(f"CJK {other}" in name for name in stack), stack
    present = [family for family in families if installed(family)]
    if present:
        drawn = families_drawing(page, '.reader-text .passage[data-index="1"]')
        assert present[0] in drawn and len(drawn - {present[0]}) <= 1, drawn  # and one Latin font


def test_j_in_a_grid_that_scrolls_in_its_own_box_goes_to_the_first_topic(page, live_server, login, reviewer,
                                                                         crowded_story):
    page.set_viewport_size(LAPTOP)
    login(page, reviewer)
    page.goto(f"{live_server.url}/stories/{crowded_story.slug}/compare/")
    page.wait_for_load_state()
    expect(page.locator(".compare-grid.is-boxed")).to_have_count(1)  # sixteen columns: wider than the screen
    labels = page.locator(".topic-row .topic-label")

    assert labels.count() >= 2

    page.locator("body").press("j")
    expect(labels.nth(0)).to_be_focused()
    page.locator("body").press("j")
    expect(labels.nth(1)).to_be_focused()
