"""The reports page in plain words: distinct filter labels, no abbreviations, a reading of α and κ, the topic
table in the comparison page's order with its CSV, and outlet names that charts do not cut off."""

import csv
import io

import pytest

from annotations.reports import charts
from annotations.reports.filters import ReportFilterForm
from annotations.templatetags.report_format import agreement_reading
from newsdesk.alignment import story_topics
from tests.annotations.highlights import highlight

pytestmark = pytest.mark.django_db

LONG_OUTLET = "The Northern Provinces Evening Chronicle and Weekly Review"


def test_the_layer_and_reviewer_filters_never_read_alike(editor):
    form = ReportFilterForm({}, user=editor)

    layer_labels = {label for _, label in form.fields["layer"].choices}
    reviewer_labels = {label for _, label in form.fields["reviewer"].choices}

    assert not layer_labels & reviewer_labels
    assert "All reviewers" in reviewer_labels


@pytest.mark.parametrize(("value", "reading"), [
    (0.93, "reliable"), (0.8, "reliable"), (0.7, "tentative"), (0.667, "tentative"), (0.5, "not reliable"),
    (-0.2, "not reliable"), (None, "not computable"),
])
def test_agreement_reads_on_krippendorffs_thresholds(value, reading):
    assert agreement_reading(value) == reading


def test_the_page_spells_out_its_figures_and_reads_alpha_and_kappa(
    client, editor, reviewer, other_reviewer, seed_article
):
    highlight(seed_article, reviewer, "rhetoric", 0, 40)
    highlight(seed_article, other_reviewer, "rhetoric", 0, 30)
    client.force_login(editor)

    page = client.get("/reports/").content.decode()

    assert " hl " not in page and " hl<" not in page and " ch<" not in page
    assert "characters" in page and "highlights" in page
    assert "≥ 0.8 reliable, ≥ 0.667 tentative" in page
    assert "Cohen’s κ" in page and "Reading" in page


def test_the_topic_table_follows_the_comparison_order_and_downloads_as_csv(
    client, editor, reviewer, seed_story, seed_article
):
    highlight(seed_article, reviewer, "rhetoric", 0, 40)
    order = [row.topic.label for row in story_topics.story_alignment(seed_story).rows]
    client.force_login(editor)

    response = client.get(f"/reports/topics.csv?story={seed_story.slug}")

    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][:2] == ["topic", "outlet"]
    labels = list(dict.fromkeys(row[0] for row in rows[1:]))
    assert labels == order
    page = client.get(f"/reports/?story={seed_story.slug}").content.decode()
    shown = [label for label in order if f'<th scope="row" dir="auto">{label}</th>' in page]
    assert shown == order
    assert [page.index(f'<th scope="row" dir="auto">{label}</th>') for label in order] == sorted(
        page.index(f'<th scope="row" dir="auto">{label}</th>') for label in order)
    assert f"/reports/topics.csv?story={seed_story.slug}" in page


def test_a_long_outlet_name_is_drawn_whole_in_the_charts():
    row = {"outlet": LONG_OUTLET, "annotated": 1,
           "tags": {"rhetoric": {"share": 0.2}, "attribution": {"share": 0.1}}}

    chart = charts.stacked_share_bars([row], ["rhetoric", "attribution"])

    lines = chart["bars"][0]["lines"]
    assert " ".join(line["text"] for line in lines) == LONG_OUTLET
    assert all(len(line["text"]) * charts.LABEL_CHAR_WIDTH <= chart["label_width"] for line in lines)
    kappa = charts.kappa_bars([{"a": LONG_OUTLET, "b": "reviewer", "kappa": 0.5}])
    assert " ".join(line["text"] for line in kappa["bars"][0]["lines"]) == f"{LONG_OUTLET} / reviewer"
    strips = charts.position_strips([{"outlet": LONG_OUTLET, "tag": "rhetoric", "tenths": [1] * 10}])
    assert " ".join(line["text"] for line in strips["strips"][0]["lines"]) == f"{LONG_OUTLET} · Rhetoric"


def test_the_reports_page_draws_a_long_outlet_name_whole(client, editor, reviewer, make_article, seed_story):
    article = make_article("Officials said the strike was brutal. " * 5, outlet=LONG_OUTLET, story=seed_story)
    highlight(article, reviewer, "rhetoric", 0, 20)
    client.force_login(editor)

    page = client.get("/reports/").content.decode()

    lines = charts.label_lines(LONG_OUTLET)
    assert len(lines) > 1
    for line in lines:
        assert f">{line}</tspan>" in page


def test_averaged_characters_read_as_whole_characters_on_the_page_and_stay_exact_in_the_csv(
    client, editor, reviewer, other_reviewer, seed_article
):
    highlight(seed_article, reviewer, "rhetoric", 0, 40)
    highlight(seed_article, other_reviewer, "rhetoric", 0, 21)  # 30.5 characters on average
    client.force_login(editor)
    query = f"article={seed_article.pk}"

    page = client.get(f"/reports/?{query}").content.decode()
    rows = list(csv.DictReader(io.StringIO(client.get(f"/reports/outlets.csv?{query}").content.decode("utf-8-sig"))))

    assert "31 characters" in page
    assert "30.5" not in page
    assert [row["rhetoric characters"] for row in rows] == ["30.5"]


def test_characters_reads_decimals_and_fractions_of_a_character_as_a_reader_would():
    from decimal import Decimal

    from annotations.templatetags.report_format import characters

    assert characters(Decimal("30.5")) == "31"
    assert characters(0.5) == "1"
    assert characters(0.25) == "< 1"
    assert characters(1234.4) == "1,234"
    assert characters("") == "—"  # a cell with no figure
