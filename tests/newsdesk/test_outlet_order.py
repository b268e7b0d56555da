"""Outlets are listed for a reader by name with case and diacritics folded, the same on every database. Every name
and text here is invented for the test."""

import numpy as np
import pytest

from annotations.claims.matrix import outlet_report, story_claims
from annotations.reports import digests
from annotations.tags import TAG_KEYS
from newsdesk.alignment.story_topics import story_alignment
from newsdesk.models import Story
from newsdesk.outlet_order import outlet_key

# In a reader's order; by raw code point "NXT North" and "Tribuna Vâlcenilor" would come first and "Șoimul Press" last.
READER_ORDER = ["agora Daily", "NewsLantern", "NXT North", "Șoimul Press", "Tribuna Vâlcenilor"]


def test_outlet_names_sort_with_case_and_diacritics_folded():
    assert sorted(reversed(READER_ORDER), key=outlet_key) == READER_ORDER
    assert sorted(READER_ORDER) != READER_ORDER


def test_the_cedilla_and_the_comma_below_sort_alike():
    assert outlet_key("Şoimul Press")[0] == outlet_key("Șoimul Press")[0] == "soimul press"


def test_the_report_tables_list_outlets_in_a_readers_order():
    tenths = np.ones((len(READER_ORDER), len(TAG_KEYS), 10), dtype=np.int64)
    rows = digests.position_table(tenths, sorted(READER_ORDER))
    assert list(dict.fromkeys(row["outlet"] for row in rows)) == READER_ORDER


@pytest.fixture
def ferry_story(make_article, django_capture_on_commit_callbacks):
    story = Story.objects.create(title="Harbour ferry", slug="harbour-ferry")
    with django_capture_on_commit_callbacks(execute=True):
        for days, outlet in enumerate(reversed(READER_ORDER), start=2):
            make_article(f"The ferry between Varnholt and Escarra stopped for {days} days after 40 workers walked out "
                         "over pay.\n\nThe harbour board said talks with the union would resume on Monday.",
                         outlet=outlet, story=story)
    return story


@pytest.mark.django_db
def test_the_comparison_columns_and_claims_columns_list_outlets_in_a_readers_order(ferry_story, reviewer):
    assert [a.outlet.name for a in story_alignment(ferry_story).articles] == READER_ORDER
    claims = story_claims(ferry_story, reviewer)
    assert [a.outlet.name for a in claims.articles] == READER_ORDER
    assert [row.outlet for row in outlet_report(ferry_story, reviewer, claims)] == READER_ORDER


@pytest.mark.django_db
def test_the_story_page_lists_outlets_in_a_readers_order(client, ferry_story, reviewer):
    client.force_login(reviewer)
    page = client.get(f"/stories/{ferry_story.slug}/").content.decode()
    positions = [page.find(name) for name in READER_ORDER]
    assert -1 not in positions and positions == sorted(positions)


def _option_positions(page: str, names: list[str]) -> list[int]:
    return [page.find(f">{name}") for name in names]


@pytest.mark.django_db
def test_the_import_form_offers_outlets_in_a_readers_order(client, ferry_story, editor):
    client.force_login(editor)
    page = client.get("/import/").content.decode()
    positions = _option_positions(page, READER_ORDER)
    assert -1 not in positions and positions == sorted(positions)


@pytest.mark.django_db
def test_the_report_filters_offer_outlets_and_articles_in_a_readers_order(client, ferry_story, reviewer):
    client.force_login(reviewer)
    page = client.get("/reports/").content.decode()
    outlets = _option_positions(page, READER_ORDER)
    articles = [page.find(f">{name}: ") for name in READER_ORDER]
    assert -1 not in outlets and outlets == sorted(outlets)
    assert -1 not in articles and articles == sorted(articles)
