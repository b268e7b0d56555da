"""Claims across outlets in a real browser: the matrix on the comparison page (desktop and phone), the
reader's hint on a factual-claim highlight, and an editor's curation.

Set ``NEWSDESK_SCREENSHOTS`` to a folder to keep a screenshot of each view at 1366 and 390 pixels."""

import os
import re
import tomllib
from pathlib import Path

import pytest
from playwright.sync_api import expect

from annotations.claims.models import Claim, ClaimMention
from newsdesk.importing import importer
from newsdesk.models import AuditEvent, Story
from tests.annotations.highlights import highlight

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "claims" / "harbour-blockade"


@pytest.fixture
def harbour(db):
    """The harbour-blockade story written for the claims gold, imported as an editor would (claims follow)."""
    gold = tomllib.loads((CORPUS / "gold.toml").read_text(encoding="utf-8"))
    Story.objects.create(title=gold["title"], slug=gold["slug"], blind_annotation=False)
    for entry in gold["articles"]:
        importer.import_bytes(entry["file"], (CORPUS / entry["file"]).read_bytes(), story=gold["slug"],
                              outlet=entry["outlet"], metadata={"title": entry["title"]})
    return Story.objects.get(slug=gold["slug"])


def shot(page, name):
    folder = os.environ.get("NEWSDESK_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(folder) / f"{name}.png"), full_page=False)


def open_the_matrix(matrix):
    """The matrix is folded on the comparison page under a one-line summary; open it as a reviewer would."""
    matrix.locator("summary.claims-fold-summary").click()
    expect(matrix.locator(".claims-matrix")).to_be_visible()


def test_on_the_comparison_page_the_matrix_is_folded_under_a_one_line_summary(
    page, live_server, login, reviewer, harbour
):
    page.set_viewport_size({"width": 1366, "height": 900})
    login(page, reviewer)
    page.goto(f"{live_server.url}/stories/{harbour.slug}/compare/")

    matrix = page.locator("#claims")
    summary = matrix.locator("summary.claims-fold-summary")
    expect(summary).to_be_visible()
    expect(summary).to_contain_text(re.compile(r"\d+ claims · \d+ only in one outlet · [1-9]\d* left out by an outlet"))
    expect(matrix.locator(".claims-matrix")).to_be_hidden()
    assert matrix.bounding_box()["height"] < 200
    matrix.scroll_into_view_if_needed()
    shot(page, "claims-folded-1366")

    page.goto(f"{live_server.url}/stories/{harbour.slug}/compare/?claims=shared#claims")
    expect(page.locator("#claims .claims-matrix")).to_be_visible()


def test_on_the_claims_page_the_matrix_is_open(page, live_server, login, reviewer, harbour):
    login(page, reviewer)
    page.goto(f"{live_server.url}/stories/{harbour.slug}/claims/")

    expect(page.locator("#claims .claims-matrix")).to_be_visible()


def test_the_matrix_shows_states_differences_and_omissions_and_jumps_to_the_grid(
    page, live_server, login, reviewer, harbour
):
    page.set_viewport_size({"width": 1366, "height": 900})
    login(page, reviewer)
    page.goto(f"{live_server.url}/stories/{harbour.slug}/compare/")

    matrix = page.locator("#claims")
    expect(matrix.get_by_role("heading", name="Claims")).to_be_visible()
    open_the_matrix(matrix)
    differs = matrix.locator(".claim-cell-differs summary").first
    expect(differs).to_be_visible()
    expect(matrix.locator(".claim-cell-omitted").first).to_be_visible()
    expect(matrix.locator(".claim-row-exclusive").first).to_be_visible()
    matrix.scroll_into_view_if_needed()
    shot(page, "claims-matrix-1366")

    differs.click()
    quote = matrix.locator(".claim-cell-differs details[open] .claim-quote").first
    expect(quote).to_be_visible()
    expect(quote).to_contain_text("A detail differs")
    shot(page, "claims-matrix-quote-1366")
    quote.get_by_role("link", name="Show in the grid").first.click()

    target = page.locator("#compare-grid .passage.claim-target")
    expect(target).to_have_count(1)
    expect(target).to_be_in_viewport()
    shot(page, "claims-jump-to-grid-1366")


def test_at_phone_width_a_tap_shows_the_words(page, live_server, login, reviewer, harbour):
    page.set_viewport_size({"width": 390, "height": 844})
    login(page, reviewer)
    page.goto(f"{live_server.url}/stories/{harbour.slug}/compare/")

    matrix = page.locator("#claims")
    matrix.scroll_into_view_if_needed()
    open_the_matrix(matrix)
    shot(page, "claims-matrix-390")
    claim_column = matrix.locator(".claim-label").first.bounding_box()
    assert claim_column["width"] >= 180  # a claim reads in a few lines, not one word a line
    box = matrix.locator(".claims-scroll")
    assert box.evaluate("(box) => box.scrollWidth > box.clientWidth")  # the outlets scroll inside the box
    expect(page.get_by_text("Scroll sideways for more columns").first).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    mark = matrix.locator(".claim-cell-states summary").first
    mark.click()

    quote = matrix.locator("details[open] .claim-quote").first
    expect(quote).to_be_visible()
    expect(quote).to_be_in_viewport()
    shot(page, "claims-matrix-quote-390")


def test_from_the_claims_page_at_phone_width_the_grid_opens_on_the_mentions_outlet(
    page, live_server, login, reviewer, harbour
):
    page.set_viewport_size({"width": 390, "height": 844})
    login(page, reviewer)
    first_column = min(harbour.articles.values_list("pk", flat=True))
    mention = ClaimMention.objects.filter(article__story=harbour).exclude(article_id=first_column).first()
    page.goto(f"{live_server.url}/stories/{harbour.slug}/compare/?mention={mention.article_id}:{mention.start}")

    target = page.locator("#compare-grid .passage.claim-target")
    expect(target).to_have_count(1)
    expect(target).to_be_visible()
    column = target.evaluate("(passage) => passage.closest('[data-column]').dataset.column")
    selected = page.locator("[data-compare-tabs] [role=tab][aria-selected=true]")
    expect(selected).to_have_attribute("data-column", column)
    assert column != "0"
    expect(target).to_be_in_viewport()
    shot(page, "claims-jump-to-grid-390")


def test_outlet_blind_review_hides_the_mastheads_in_the_matrix(page, live_server, login, reviewer, harbour):
    harbour.outlet_blind = True
    harbour.save()
    login(page, reviewer)

    page.goto(f"{live_server.url}/stories/{harbour.slug}/compare/")

    open_the_matrix(page.locator("#claims"))
    header = page.locator("#claims thead")
    expect(header).to_contain_text("Outlet A")
    expect(header).not_to_contain_text("Northwire")


def test_a_factual_claim_highlight_says_where_else_the_claim_is(page, live_server, login, reviewer, harbour):
    mention = ClaimMention.objects.filter(claim__story=harbour, quote__contains="Nearly 30").get()
    highlight(mention.article, reviewer, "factual_claim", mention.start, mention.end)
    page.set_viewport_size({"width": 1366, "height": 900})
    login(page, reviewer)
    page.goto(f"{live_server.url}/articles/{mention.article_id}/")

    page.locator(".passage .hl-factual_claim").first.click()

    popover = page.get_by_role("dialog", name="Highlight details")
    hint = popover.locator(".claim-hint")
    expect(hint).to_contain_text("Also in:")
    expect(hint).to_contain_text("absent from:")
    expect(hint.get_by_role("link", name="Coastal Courier")).to_be_visible()
    expect(hint.get_by_role("link", name="Shipping Today")).to_be_visible()
    shot(page, "claims-reader-hint-1366")
    hint.get_by_role("link", name="Coastal Courier").click()

    expect(page.get_by_role("heading", level=1)).to_contain_text("Trawlers seal off Port Kessary")


def test_an_editor_renames_unlinks_and_the_trail_records_it(page, live_server, login, editor, harbour):
    claim = Claim.objects.filter(story=harbour, mentions__quote__contains="Nearly 30").get()
    page.set_viewport_size({"width": 1366, "height": 900})
    login(page, editor)
    page.goto(f"{live_server.url}/stories/{harbour.slug}/claims/")

    curate = page.locator(f"#claim-{claim.pk}")
    curate.locator("summary").click()
    curate.get_by_label("Label", exact=True).fill("Trawlers blockade the harbour")
    curate.get_by_role("button", name="Rename").click()

    expect(page.get_by_role("status")).to_contain_text("Claim renamed")
    expect(page.locator("#claims")).to_contain_text("Trawlers blockade the harbour")
    curate = page.locator(f"#claim-{claim.pk}")
    curate.locator("summary").click()
    wire = curate.locator("li", has_text="Nearly 30")
    wire.get_by_role("button", name="Unlink this mention from the claim").click()

    expect(page.get_by_role("status")).to_contain_text("Mention unlinked")
    shot(page, "claims-curation-1366")
    assert Claim.objects.get(pk=claim.pk).curated
    assert not Claim.objects.get(pk=claim.pk).mentions.filter(quote__contains="Nearly 30").exists()
    assert AuditEvent.objects.filter(actor=editor, object_type="annotations.claim", action="change").exists()
    page.set_viewport_size({"width": 390, "height": 844})
    page.reload()
    shot(page, "claims-page-390")


def test_the_claims_pages_cards_stand_apart_and_the_counts_line_up(page, live_server, login, editor, harbour):
    login(page, editor)
    page.goto(f"{live_server.url}/stories/{harbour.slug}/claims/")

    boxes = [page.get_by_role("region", name=name, exact=True).bounding_box()
             for name in ("Claims", "Per outlet", "Curate claims")]
    gaps = [below["y"] - (above["y"] + above["height"]) for above, below in zip(boxes, boxes[1:], strict=False)]
    assert min(gaps) >= 16, gaps
    counts = page.get_by_role("region", name="Per outlet").locator("tbody td")
    expect(counts.first).to_have_css("text-align", "right")
