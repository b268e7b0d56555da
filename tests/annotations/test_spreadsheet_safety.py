"""CSV downloads cannot smuggle spreadsheet formulas; report filters and chart labels respect the reader."""

import csv
import io

import pytest

from annotations.interchange.spreadsheet_csv import safe_cell
from annotations.reports.charts import label_lines, position_strips
from annotations.reports.filters import ReportFilterForm
from tests.annotations.highlights import highlight

pytestmark = pytest.mark.django_db

TEXT = "Officials said the strike was brutal. " * 5
NOTE = '=HYPERLINK("http://evil","x")'
SOURCE = "+cmd|' /C calc'!A0"


@pytest.fixture
def article(make_article, seed_story):
    return make_article(TEXT, outlet="Daily Test", story=seed_story, title="A test report")


@pytest.mark.parametrize("text", [NOTE, SOURCE, "-2+3", "@SUM(A1)", "\tx", "\rx", "-", "+"])
def test_text_a_spreadsheet_would_run_gets_a_leading_quote(text):
    assert safe_cell(text) == "'" + text


@pytest.mark.parametrize("value", ["plain note", "", "-0.12", "+3", "-7", "1e-5", -0.12, 3, None, "a=b"])
def test_plain_text_and_numbers_are_left_alone(value):
    assert safe_cell(value) == value


def test_annotation_csv_export_neutralises_formulas_in_notes_and_sources(client, article, reviewer):
    highlight(article, reviewer, "attribution", 0, 9, note=NOTE, source=SOURCE)
    client.force_login(reviewer)

    response = client.get(f"/api/export/annotations.csv?story={article.story.slug}")
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))

    assert rows[0]["note"] == "'" + NOTE
    assert rows[0]["source"] == "'" + SOURCE
    assert rows[0]["start"] == "0" and rows[0]["quote"] == "Officials"


def test_report_sources_csv_neutralises_a_formula_source(client, editor, article, reviewer):
    highlight(article, reviewer, "attribution", 0, 9, source=SOURCE)
    client.force_login(editor)

    rows = list(csv.reader(io.StringIO(client.get(f"/reports/sources.csv?article={article.pk}").content.decode())))

    assert ["'" + SOURCE] == [cell for row in rows[1:] for cell in row if SOURCE in cell]


def test_report_csv_keeps_negative_kappa_a_number(client, editor, article, reviewer, other_reviewer):
    highlight(article, reviewer, "rhetoric", 0, 60)
    highlight(article, other_reviewer, "attribution", 0, 60)
    highlight(article, other_reviewer, "rhetoric", 100, 160)
    client.force_login(editor)

    text = client.get(f"/reports/pairs.csv?article={article.pk}").content.decode()

    assert "'" not in text


def test_a_blind_reviewer_is_offered_only_reviewers_whose_highlights_they_may_see(
    article, reviewer, other_reviewer, editor
):
    highlight(article, reviewer, "rhetoric", 0, 10)
    highlight(article, other_reviewer, "attribution", 20, 30)

    offered = {u.username for u in ReportFilterForm({}, user=reviewer).fields["reviewer"].queryset}
    editor_offered = {u.username for u in ReportFilterForm({}, user=editor).fields["reviewer"].queryset}

    assert offered == {reviewer.username}
    assert editor_offered == {reviewer.username, other_reviewer.username}


def test_a_blind_reviewer_cannot_filter_by_a_hidden_reviewer(client, article, reviewer, other_reviewer):
    highlight(article, other_reviewer, "attribution", 20, 30)
    client.force_login(reviewer)

    page = client.get("/reports/").content.decode()
    response = client.get(f"/api/reports/summary?reviewer={other_reviewer.username}")

    assert f'value="{other_reviewer.username}"' not in page
    assert response.status_code == 400


def test_long_heat_strip_labels_wrap_whole_with_the_full_text_kept():
    row = {"outlet": "The Independent Review of International Affairs", "tag": "factual_claim", "tenths": [1] * 10}

    strip = position_strips([row])["strips"][0]

    assert strip["label"] == "The Independent Review of International Affairs · Factual claim"
    assert len(strip["lines"]) > 1
    assert " ".join(line["text"] for line in strip["lines"]) == strip["label"]
    seed_outlet = position_strips([{**row, "outlet": "The Independent"}])["strips"][0]
    assert [line["text"] for line in seed_outlet["lines"]] == ["The Independent · Factual", "claim"]
    assert label_lines("abcdefghij klm", 10) == ["abcdefghij", "klm"]


def test_reports_page_puts_the_full_heat_strip_label_in_a_title(client, editor, article, reviewer):
    highlight(article, reviewer, "factual_claim", 0, 9)
    client.force_login(editor)

    page = client.get(f"/reports/?article={article.pk}").content.decode()

    assert '<title>Daily Test · Factual claim</title><tspan' in page
    assert '>Daily Test · Factual claim</tspan></text>' in page
