"""Tagging in the comparison grid refreshes the grid's coverage table out of band, and never sends the
reader's legend, which the grid does not have (htmx would log a missing target for it)."""

import re

import pytest

from annotations.models import Annotation
from tests.annotations.highlights import highlight

pytestmark = pytest.mark.django_db

PHRASE = "Security Council"


def tag_from(client, page_url, article, tag="rhetoric"):
    start = article.text.index(PHRASE)
    return client.post("/annotations/", {
        "article": article.pk, "tag": tag, "start": start, "end": start + len(PHRASE), "quote": PHRASE,
    }, HTTP_HX_REQUEST="true", HTTP_HX_CURRENT_URL=page_url)


def out_of_band_ids(html):
    return re.findall(r'<[^>]+\bid="([^"]+)"[^>]*\bhx-swap-oob=', html)


def test_tagging_in_the_grid_refreshes_the_coverage_table_and_sends_no_legend(client, reviewer, seed_article):
    client.force_login(reviewer)
    page = f"http://testserver/stories/{seed_article.story.slug}/compare/?furniture=hide"

    response = tag_from(client, page, seed_article)

    assert response.status_code == 200
    html = response.content.decode()
    assert "coverage" in out_of_band_ids(html)
    assert "legend" not in out_of_band_ids(html)
    coverage = html[html.index('id="coverage"'):]
    assert "1 Rhetoric" in coverage
    assert 'id="furniture"' not in html and "Page furniture</a>" not in coverage  # the page's options kept


def test_tagging_in_the_reader_still_refreshes_its_legend(client, reviewer, seed_article):
    client.force_login(reviewer)

    response = tag_from(client, f"http://testserver/articles/{seed_article.pk}/", seed_article)

    ids = out_of_band_ids(response.content.decode())
    assert "legend" in ids and "coverage" not in ids


def test_changing_a_highlight_from_the_grid_refreshes_the_coverage_counts(client, reviewer, seed_article):
    start = seed_article.text.index(PHRASE)
    mark = highlight(seed_article, reviewer, "rhetoric", start, start + len(PHRASE))
    client.force_login(reviewer)

    response = client.post(f"/annotations/{mark.pk}/edit/", {"tag": "attribution", "note": "", "source": "",
                                                             "version": mark.version},
                           HTTP_HX_REQUEST="true",
                           HTTP_HX_CURRENT_URL=f"http://testserver/stories/{seed_article.story.slug}/compare/")

    html = response.content.decode()
    coverage = html[html.index('id="coverage"'):]
    assert "1 Attribution" in coverage and "Rhetoric</span>" not in coverage
    assert Annotation.objects.get().tag == "attribution"
