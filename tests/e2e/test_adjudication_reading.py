"""What an editor sees on the adjudication page: an exact agreement stays an agreement when another highlight
overlaps it, an assigned reviewer with nothing highlighted is named but not counted, and spans are placed by
paragraph and first words."""

import pytest
from playwright.sync_api import expect

from annotations.models import Assignment, ConsensusAnnotation
from tests.annotations.helpers import highlight

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

PHRASE = "weapons factories"


def test_an_overlapped_exact_agreement_is_shown_and_accepted_as_one(
    page, live_server, login, editor, reviewer, other_reviewer, make_user, seed_article
):
    start = seed_article.text.index(PHRASE)
    end = start + len(PHRASE)
    highlight(seed_article, reviewer, start, end)
    highlight(seed_article, other_reviewer, start, end)
    highlight(seed_article, other_reviewer, start, end + 6, tag="attribution")
    waiting = make_user("waiting", groups=("reviewer",))
    Assignment.objects.create(article=seed_article, reviewer=waiting)
    paragraph = next(number for number, p in enumerate(seed_article.passages.order_by("index"), start=1)
                     if p.start <= start < p.end)
    login(page, editor)

    page.goto(f"{live_server.url}/articles/{seed_article.pk}/adjudicate/")

    summary = page.locator(".adjudication-summary")
    expect(summary).to_contain_text("2 reviewers · 2 spans · 1 agreed by all")
    expect(summary).to_contain_text("Not counted until they mark the article done: waiting.")
    agreement = page.get_by_role("article", name=f"Agreement: paragraph {paragraph}, “{PHRASE}”")
    expect(agreement).to_be_visible()
    expect(page.get_by_role("article", name=f"Disagreement: paragraph {paragraph}")).to_contain_text(
        "Overlaps an agreed span")
    expect(page.get_by_text("code points")).to_have_count(0)
    page.get_by_role("button", name="Accept all 1 agreed span").click()

    expect(page.get_by_role("heading", name="Consensus (1)")).to_be_visible()
    expect(page.locator(".consensus-list")).to_contain_text(f"paragraph {paragraph}, “{PHRASE}”")
    assert list(ConsensusAnnotation.objects.values_list("start", "end", "tag")) == [(start, end, "rhetoric")]
