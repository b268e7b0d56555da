"""Pages that hold up to awkward content and small screens: a title of one 270-character "word" wraps instead of
widening the page; the claims matrix keeps each outlet's header clear of its sticky first column, centres its
marks and says "differs" only between outlets; the reports line counts the articles that carry highlights; the
phone menu keeps to one line."""

import pytest
from playwright.sync_api import expect

from annotations.claims.models import Claim, ClaimMention
from newsdesk.models import Story
from tests.annotations.highlights import highlight

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1366, "height": 900}
LONG_WORD = "Harbour" + "blockade" * 32 + "Z"  # 264 characters, no space to break at


def assert_no_sideways_scroll(page, where):
    widths = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
    assert widths[0] <= widths[1], (where, widths)


def intersect(a, b):
    return not (a["x"] + a["width"] <= b["x"] or b["x"] + b["width"] <= a["x"]
                or a["y"] + a["height"] <= b["y"] or b["y"] + b["height"] <= a["y"])


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["390", "1366"])
def test_a_title_without_spaces_wraps_instead_of_widening_the_page(page, live_server, login, editor, make_article,
                                                                   viewport):
    story = Story.objects.create(title=LONG_WORD, slug="long-word")
    article = make_article("First paragraph of the report.\n\nSecond paragraph of the report.", story=story,
                           outlet="Harbour Gazette", title="Headline" + "x" * 262)
    page.set_viewport_size(viewport)
    login(page, editor)

    for path in ["/", story.get_absolute_url(), f"/stories/{story.slug}/compare/", article.get_absolute_url(),
                 f"/articles/{article.pk}/history/", f"/stories/{story.slug}/progress/"]:
        page.goto(live_server.url + path)
        page.wait_for_load_state()
        assert_no_sideways_scroll(page, path)

    page.goto(f"{live_server.url}/import/")
    page.get_by_label("Paste the article").fill("Ships docked\n\nShips docked at dawn, the authority said.")
    page.get_by_label("…or a new outlet").fill("Harbour Gazette")
    page.get_by_label("…or a new story titled").fill(LONG_WORD + "Again")
    page.get_by_role("button", name="Preview").click()
    expect(page.get_by_role("heading", name="Preview: 1 article")).to_be_visible()
    assert_no_sideways_scroll(page, "import preview")


def test_on_a_phone_the_first_outlets_header_is_whole_beside_the_sticky_claim_column(page, live_server, login,
                                                                                    reviewer, seed_story):
    page.set_viewport_size(PHONE)
    login(page, reviewer)
    page.goto(f"{live_server.url}/stories/{seed_story.slug}/claims/")
    box = page.locator("#claims .claims-scroll")
    sticky = page.locator("#claims thead th.claim-label-col")
    first = page.locator("#claims thead th.claim-outlet-col").first
    assert not intersect(first.bounding_box(), sticky.bounding_box())

    box.evaluate("(box) => { box.scrollLeft = box.scrollWidth; }")
    first.evaluate("(header) => header.scrollIntoView({inline: 'nearest', block: 'nearest'})")
    page.wait_for_function("(box) => box.scrollLeft < box.scrollWidth - box.clientWidth", arg=box.element_handle())

    assert not intersect(first.bounding_box(), sticky.bounding_box())


def test_a_claim_only_one_outlet_carries_is_stated_there_not_marked_as_differing(page, live_server, login,
                                                                                 reviewer, seed_story):
    claim = next(c for c in Claim.objects.filter(story=seed_story)
                 if len({m.article.outlet_id for m in c.mentions.all()}) == 1)
    ClaimMention.objects.filter(claim=claim).update(differs=True)  # as when its two mentions in one article differ
    page.set_viewport_size(DESKTOP)
    login(page, reviewer)
    page.goto(f"{live_server.url}/stories/{seed_story.slug}/claims/")

    row = page.locator(f"#claim-row-{claim.pk}")
    expect(row.locator(".claim-badge")).to_contain_text("only in")
    expect(row.locator(".claim-differs")).to_have_count(0)
    expect(row.locator(".claim-states")).to_have_count(1)


def test_a_claims_marks_sit_in_the_middle_of_their_cells(page, live_server, login, reviewer, seed_story):
    page.set_viewport_size(DESKTOP)
    login(page, reviewer)
    page.goto(f"{live_server.url}/stories/{seed_story.slug}/claims/")

    marks = page.locator("#claims td.claim-cell > .claim-mark")  # ✕ (left out) and · (absent)
    expect(page.locator("#claims td.claim-cell-omitted > .claim-omitted").first).to_be_visible()
    for mark in marks.all()[:12] + page.locator("#claims td.claim-cell-omitted > .claim-omitted").all()[:4]:
        cell = mark.locator("xpath=ancestor::td[1]").bounding_box()
        box = mark.bounding_box()
        middle, cell_middle = box["y"] + box["height"] / 2, cell["y"] + cell["height"] / 2
        assert abs(middle - cell_middle) <= 3, (box, cell)


def test_the_reports_line_counts_the_articles_that_carry_highlights(page, live_server, login, editor, reviewer,
                                                                    seed_article):
    highlight(seed_article, reviewer, "rhetoric", 0, 40)
    highlight(seed_article, reviewer, "attribution", 50, 90)
    login(page, editor)
    page.goto(f"{live_server.url}/reports/")

    expect(page.locator(".report-scope")).to_contain_text("2 highlights by 1 reviewer in 1 of the 3 articles")


def test_the_phone_menu_keeps_to_one_line(page, live_server, login, editor, make_user):
    page.set_viewport_size(PHONE)
    manager = make_user("manager", groups=("editor",))
    from django.contrib.auth.models import Permission

    manager.user_permissions.add(Permission.objects.get(codename="manage_people"))
    login(page, manager)

    links = page.locator(".site-nav a")
    expect(links.last).to_have_text("People")
    tops = {round(link.bounding_box()["y"]) for link in links.all()}
    assert len(tops) == 1, tops
    assert page.locator(".site-header").bounding_box()["height"] <= 100
