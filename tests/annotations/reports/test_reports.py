"""Reports: coverage from merged intervals, per-reviewer and position tables, the page, JSON and CSV."""

import csv
import io

import pytest
from django.db import connection
from django.utils import timezone

from annotations.models import Annotation
from annotations.reports.aggregates import Filters, build_report
from tests.annotations.highlights import highlight

pytestmark = pytest.mark.django_db

TEXT = "Officials said the strike was brutal. " * 5  # 190 code points


@pytest.fixture
def article(make_article, seed_story):
    return make_article(TEXT, outlet="Daily Test", story=seed_story, title="A test report")


def test_overlapping_highlights_of_one_tag_count_their_characters_once(article, reviewer):
    highlight(article, reviewer, "rhetoric", 0, 10)
    highlight(article, reviewer, "rhetoric", 5, 20)
    highlight(article, reviewer, "rhetoric", 20, 25)
    highlight(article, reviewer, "rhetoric", 100, 110)

    row = next(a for a in build_report(Filters(article=article)).articles if a["id"] == article.pk)

    assert row["tags"]["rhetoric"] == {"highlights": 4, "characters": 35.0, "share": round(35 / 190, 4)}


def test_covered_characters_are_averaged_over_the_reviewers_who_annotated_the_article(
    article, reviewer, other_reviewer
):
    highlight(article, reviewer, "rhetoric", 0, 30)
    highlight(article, other_reviewer, "rhetoric", 0, 10)
    highlight(article, other_reviewer, "attribution", 50, 60)

    report = build_report(Filters(article=article))

    tags = report.articles[0]["tags"]
    assert tags["rhetoric"]["characters"] == 20.0
    assert tags["attribution"]["characters"] == 5.0
    outlet = report.outlets[0]
    assert outlet["outlet"] == "Daily Test"
    assert outlet["characters"] == 190
    assert outlet["tags"]["rhetoric"]["share"] == round(20 / 190, 4)


def test_deleted_and_orphaned_highlights_are_not_counted(article, reviewer):
    highlight(article, reviewer, "rhetoric", 0, 10)
    highlight(article, reviewer, "rhetoric", 20, 30, deleted_at=timezone.now())
    highlight(article, reviewer, "rhetoric", 40, 50, orphaned=True)

    report = build_report(Filters(article=article))

    assert report.articles[0]["tags"]["rhetoric"]["highlights"] == 1
    assert report.reviewers[0]["highlights"] == 1


def test_reviewer_table_counts_highlights_per_tag_and_articles(article, make_article, seed_story, reviewer):
    second = make_article("Another text entirely, with words.", outlet="Daily Test", story=seed_story)
    highlight(article, reviewer, "rhetoric", 0, 10)
    highlight(article, reviewer, "attribution", 0, 10)
    highlight(second, reviewer, "rhetoric", 0, 7)

    row = build_report(Filters(story=seed_story)).reviewers[0]

    assert row["reviewer"] == "reviewer"
    assert row["tags"] == {"attribution": 1, "rhetoric": 2, "boilerplate": 0, "factual_claim": 0}
    assert row["articles"] == 2
    assert row["last_activity"] is not None


def test_positions_count_highlights_by_the_tenth_of_the_article_they_start_in(article, reviewer):
    highlight(article, reviewer, "rhetoric", 0, 5)  # tenth 1
    highlight(article, reviewer, "rhetoric", 18, 25)  # 18 * 10 // 190 = 0: still the first tenth
    highlight(article, reviewer, "rhetoric", 95, 99)  # tenth 6
    highlight(article, reviewer, "rhetoric", 189, 190)  # last tenth

    positions = build_report(Filters(article=article)).positions

    assert positions == [{"outlet": "Daily Test", "tag": "rhetoric", "tenths": [2, 0, 0, 0, 0, 1, 0, 0, 0, 1],
                          "total": 4, "first_three": 0.5}]


def test_sources_are_grouped_per_outlet_ignoring_case_and_spaces(article, reviewer, other_reviewer):
    highlight(article, reviewer, "attribution", 0, 9, source="KCNA")
    highlight(article, other_reviewer, "attribution", 0, 9, source=" kcna ")
    highlight(article, reviewer, "attribution", 38, 47, source="US intelligence")
    highlight(article, reviewer, "rhetoric", 60, 70, source="ignored, not an attribution")

    sources = build_report(Filters(article=article)).sources

    assert [(s["source"].lower(), s["count"]) for s in sources] == [("kcna", 2), ("us intelligence", 1)]


def test_spellings_of_one_source_make_one_row_counting_each_article_once(article, reviewer, other_reviewer):
    highlight(article, reviewer, "attribution", 0, 9, source="KCNA")
    highlight(article, other_reviewer, "attribution", 0, 9, source="state media KCNA")
    highlight(article, reviewer, "attribution", 38, 47, source="the KCNA news agency")

    sources = build_report(Filters(article=article)).sources

    assert sources == [{"outlet": "Daily Test", "source": "KCNA", "count": 3, "articles": 1}]


def test_summary_api_returns_the_contract_shape(client, editor, article, reviewer, other_reviewer, seed_story):
    highlight(article, reviewer, "rhetoric", 0, 30)
    highlight(article, other_reviewer, "rhetoric", 0, 30)
    highlight(article, reviewer, "attribution", 0, 9, source="Officials")
    client.force_login(editor)

    data = client.get(f"/api/reports/summary?story={seed_story.slug}").json()

    assert data["story"] == seed_story.slug
    outlet = next(o for o in data["outlets"] if o["outlet"] == "Daily Test")
    assert set(outlet) >= {"outlet", "articles", "characters", "tags"}
    assert set(outlet["tags"]) == {"attribution", "rhetoric", "boilerplate", "factual_claim"}
    assert set(outlet["tags"]["rhetoric"]) == {"highlights", "characters", "share"}
    assert {r["reviewer"] for r in data["reviewers"]} == {"reviewer", "other"}
    assert data["agreement"]["overall"]["reviewers"] == 2
    assert data["agreement"]["overall"]["units"] == 190
    assert data["agreement"]["tags"]["rhetoric"]["alpha"] == pytest.approx(1.0)
    assert data["agreement"]["pairs"][0]["a"] in {"reviewer", "other"}
    assert "kappa" in data["agreement"]["pairs"][0]
    assert data["sources"] == [{"outlet": "Daily Test", "source": "Officials", "count": 1, "articles": 1}]


def test_summary_api_answers_404_for_an_unknown_story(client, editor, reviewer):
    client.force_login(editor)

    response = client.get("/api/reports/summary?story=no-such-story")

    assert response.status_code == 404
    assert "story" in response.json()["errors"]


def test_summary_api_needs_a_login(client, editor, seed_story):
    response = client.get(f"/api/reports/summary?story={seed_story.slug}")

    assert response.status_code == 401


def test_reports_page_says_plainly_when_fewer_than_two_reviewers_annotated(client, editor, article, reviewer):
    highlight(article, reviewer, "rhetoric", 0, 30)
    client.force_login(editor)

    html = client.get(f"/reports/?article={article.pk}").content.decode()

    assert "only one reviewer has" in html
    assert "at least two reviewers" in html


def test_reports_page_links_the_biggest_disagreement_into_the_reader_at_the_spot(
    client, editor, article, reviewer, other_reviewer
):
    highlight(article, reviewer, "rhetoric", 0, 10)
    highlight(article, other_reviewer, "rhetoric", 0, 10)
    highlight(article, reviewer, "rhetoric", 76, 112)
    client.force_login(editor)

    html = client.get(f"/reports/?article={article.pk}").content.decode()

    assert f'href="/articles/{article.pk}/#char-76"' in html
    assert "tagged by reviewer, not by other" in html


def test_htmx_filter_change_answers_with_the_report_body_only(client, editor, article, reviewer):
    client.force_login(editor)

    response = client.get(f"/reports/?article={article.pk}", headers={"HX-Request": "true", "HX-Target": "report-body"})

    html = response.content.decode()
    assert html.lstrip().startswith('<div id="report-body"')
    assert "<html" not in html


def test_bad_filters_are_reported_without_a_report(client, editor, reviewer):
    client.force_login(editor)

    response = client.get("/reports/?tag=propaganda&since=2026-05-01&until=2026-01-01")

    assert response.status_code == 400
    html = response.content.decode()
    assert "Select a valid choice" in html
    assert "The end date is before the start date." in html


def test_filters_narrow_the_report_to_one_reviewer_and_tag(client, editor, article, reviewer, other_reviewer):
    highlight(article, reviewer, "rhetoric", 0, 10)
    highlight(article, reviewer, "attribution", 20, 30)
    highlight(article, other_reviewer, "rhetoric", 40, 50)
    client.force_login(editor)

    data = client.get("/api/reports/summary?reviewer=other&tag=rhetoric").json()

    outlet = next(o for o in data["outlets"] if o["outlet"] == "Daily Test")
    assert outlet["tags"]["rhetoric"]["highlights"] == 1
    assert outlet["tags"]["attribution"]["highlights"] == 0
    assert [r["reviewer"] for r in data["reviewers"]] == ["other"]


def _fill(article, reviewers, count):
    rows = []
    for i in range(count):
        start, end = (i * 7) % 150, (i * 7) % 150 + 12 + i // 150  # no two alike: duplicates are refused
        rows.append(Annotation(article=article, reviewer=reviewers[i % len(reviewers)], tag=("rhetoric", "attribution",
                    "boilerplate", "factual_claim")[i % 4], start=start, end=end,
                    quote=article.text[start:end], source="KCNA" if i % 4 == 1 else ""))
    Annotation.objects.bulk_create(rows)


@pytest.mark.parametrize("count", [10, 1000])
def test_reports_page_runs_a_fixed_number_of_queries(
    client, editor, article, reviewer, other_reviewer, seed_story, django_assert_num_queries, count
):
    _fill(article, [reviewer, other_reviewer], count)
    client.force_login(editor)

    # Fixed: filters (with who may be seen), the articles' digests and lengths (made and stored the first time,
    # with a short lock timeout on PostgreSQL), tables, agreement, the aligned story's topics and claims, menu.
    with django_assert_num_queries(28 + (connection.vendor == "postgresql")):
        response = client.get(f"/reports/?story={seed_story.slug}")
    with django_assert_num_queries(17):  # the digests and lengths are kept now; the topic grid is read again
        again = client.get(f"/reports/?story={seed_story.slug}")

    assert response.status_code == again.status_code == 200


CSV_TABLES = ["outlets", "articles", "reviewers", "positions", "sources", "agreement", "pairs", "disagreements"]


@pytest.mark.parametrize("table", CSV_TABLES)
def test_every_report_table_downloads_as_csv(client, editor, article, reviewer, other_reviewer, table):
    highlight(article, reviewer, "attribution", 0, 9, source="Officials")
    highlight(article, other_reviewer, "attribution", 0, 20, source="Officials")
    client.force_login(editor)

    response = client.get(f"/reports/{table}.csv?article={article.pk}")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert f"newsdesk-{table}.csv" in response["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert len(rows) >= 2


def test_outlet_csv_holds_the_same_numbers_as_the_summary(client, editor, article, reviewer):
    highlight(article, reviewer, "rhetoric", 0, 19)
    client.force_login(editor)

    rows = list(csv.DictReader(io.StringIO(client.get(f"/reports/outlets.csv?article={article.pk}").content.decode())))

    assert rows == [{
        "outlet": "Daily Test", "articles": "1", "annotated articles": "1", "characters": "190",
        "attribution highlights": "0", "attribution characters": "0.0", "attribution share": "0.0",
        "rhetoric highlights": "1", "rhetoric characters": "19.0", "rhetoric share": "0.1",
        "boilerplate highlights": "0", "boilerplate characters": "0.0", "boilerplate share": "0.0",
        "factual_claim highlights": "0", "factual_claim characters": "0.0", "factual_claim share": "0.0",
    }]


def test_unknown_csv_table_is_404(client, editor, reviewer):
    client.force_login(editor)

    assert client.get("/reports/everything.csv").status_code == 404


def test_a_reviewer_sees_no_one_elses_highlights_in_a_blind_story_before_marking_done(
    client, article, reviewer, other_reviewer
):
    highlight(article, reviewer, "rhetoric", 0, 10)
    highlight(article, other_reviewer, "attribution", 20, 30)
    client.force_login(reviewer)

    data = client.get(f"/api/reports/summary?article={article.pk}").json()

    assert [r["reviewer"] for r in data["reviewers"]] == ["reviewer"]
    assert data["outlets"][0]["tags"]["attribution"]["highlights"] == 0


def test_reports_show_highlights_from_suggestions_and_rule_outcomes(client, editor, reviewer, seed_article):
    from annotations.suggestions import decisions, suggest

    found = [s for s in suggest(seed_article.text) if s.tag == "boilerplate"]
    decisions.accept(seed_article, reviewer, found[0])
    decisions.reject(seed_article, reviewer, found[1])
    client.force_login(editor)

    page = client.get("/reports/").content.decode()
    summary = client.get("/api/reports/summary").json()["suggestions"]

    assert "Suggested highlights" in page and found[0].rule in page
    assert summary["began_as_suggestions"] == 1
    outcomes = {}
    for rule, accepted, rejected in ((found[0].rule, 1, 0), (found[1].rule, 0, 1)):
        before = outcomes.get(rule, (0, 0))
        outcomes[rule] = (before[0] + accepted, before[1] + rejected)
    assert {r["rule"]: (r["accepted"], r["rejected"]) for r in summary["rules"]} == outcomes


def test_the_rule_table_reads_a_rule_as_tag_and_words_and_keeps_the_id_as_a_title(
    client, editor, reviewer, seed_article
):
    from annotations.suggestions import decisions, suggest

    found = next(s for s in suggest(seed_article.text) if s.tag == "boilerplate")
    decisions.accept(seed_article, reviewer, found)
    client.force_login(editor)

    page = client.get("/reports/").content.decode()

    label = "Boilerplate · " + found.rule.partition(".")[2].replace("_", " ")
    assert f'title="{found.rule}">{label}</th>' in page
    assert f">{found.rule}<" not in page
    assert client.get("/api/reports/summary").json()["suggestions"]["rules"][0]["rule"] == found.rule


@pytest.mark.parametrize(("rule", "label"), [
    ("rhetoric.subjective_word", "Rhetoric · subjective word"),
    ("factual_claim.number", "Factual claim · number"),
    ("unknown_rule", "unknown rule"),
])
def test_a_rule_label_is_its_tag_label_and_its_name_in_words(rule, label):
    from annotations.templatetags.report_format import rule_label

    assert rule_label(rule) == label


def test_topic_table_gives_the_tag_mix_of_each_cell_of_the_comparison_grid(make_article, seed_story, reviewer):
    from newsdesk.models import PassagePlacement, Topic

    seed_story.articles.all().delete()
    first = make_article("Troops massed.\n\nThe regime lied.", outlet="Alpha", story=seed_story)
    second = make_article("Troops arrived.\n\nNothing else.", outlet="Beta", story=seed_story)
    Topic.objects.filter(story=seed_story).delete()  # the import aligned the story: place the passages by hand
    PassagePlacement.objects.filter(passage__article__story=seed_story).delete()
    troops, lies = Topic.objects.create(story=seed_story, label="troops"), Topic.objects.create(
        story=seed_story, label="lies")
    for article, topics in ((first, (troops, lies)), (second, (troops, None))):
        for passage, topic in zip(article.passages.order_by("index"), topics, strict=True):
            PassagePlacement.objects.create(passage=passage, topic=topic)
    highlight(first, reviewer, "factual_claim", 0, 14)
    highlight(first, reviewer, "rhetoric", 20, 25)
    highlight(first, reviewer, "attribution", 16, 26)
    highlight(second, reviewer, "factual_claim", 0, 6)

    table = build_report(Filters(story=seed_story)).topics

    assert table["outlets"] == ["Alpha", "Beta"]
    rows = {row["label"]: row["cells"] for row in table["topics"]}
    assert rows["troops"][0]["tags"]["factual_claim"] == 1
    assert rows["troops"][1]["tags"]["factual_claim"] == 1
    assert rows["lies"][0]["tags"] == {"attribution": 1, "rhetoric": 1, "boilerplate": 0, "factual_claim": 0}
    assert rows["lies"][1] is None  # Beta leaves the topic out: a gap


def test_a_story_without_topics_says_so(client, editor, article, seed_story):
    from newsdesk.models import Story

    empty = Story.objects.create(title="Not aligned yet", slug="not-aligned-yet")
    client.force_login(editor)

    html = client.get(f"/reports/?story={empty.slug}").content.decode()

    assert "No topics yet" in html


def test_outlet_names_are_hidden_from_reviewers_in_an_outlet_blind_story(client, article, reviewer, seed_story):
    seed_story.outlet_blind = True
    seed_story.save()
    highlight(article, reviewer, "attribution", 0, 9, source="Officials")
    client.force_login(reviewer)

    data = client.get(f"/api/reports/summary?story={seed_story.slug}").json()
    html = client.get(f"/reports/?story={seed_story.slug}").content.decode()

    assert all(o["outlet"].startswith("Outlet ") for o in data["outlets"])
    assert data["sources"][0]["outlet"].startswith("Outlet ")
    assert "Daily Test" not in html.split('id="report-body"')[1]


def test_the_sources_table_is_worked_out_once_while_nothing_changes(article, reviewer, monkeypatch):
    from annotations.reports import digests

    highlight(article, reviewer, "attribution", 0, 9, source="KCNA")
    highlight(article, reviewer, "attribution", 38, 47, source="state media KCNA")
    build_report(Filters(article=article))  # the first report computes the digests and the sources table
    calls = []
    original = digests.outlet_sources
    monkeypatch.setattr(digests, "outlet_sources", lambda *args: calls.append(1) or original(*args))

    first = build_report(Filters(article=article)).sources
    first[0]["count"] = 999  # a caller changing its rows changes nothing kept
    second = build_report(Filters(article=article)).sources
    worked_out_before_the_change = len(calls)
    highlight(article, reviewer, "attribution", 76, 85, source="KCNA")
    third = build_report(Filters(article=article)).sources

    assert second == [{"outlet": "Daily Test", "source": "KCNA", "count": 2, "articles": 1}]
    assert third == [{"outlet": "Daily Test", "source": "KCNA", "count": 3, "articles": 1}]
    assert worked_out_before_the_change == 0 and len(calls) == 1


def test_the_story_filter_takes_a_storys_number_as_well_as_its_address(client, editor, article, reviewer):
    highlight(article, reviewer, "rhetoric", 0, 30)
    client.force_login(editor)
    story = article.story

    by_number = client.get(f"/reports/?story={story.pk}")
    summary = client.get(f"/api/reports/summary?story={story.pk}")

    assert by_number.status_code == 200
    html = by_number.content.decode()
    assert f'<option value="{story.slug}" selected>' in html
    assert "Check the filters" not in html
    assert summary.status_code == 200
    assert summary.json() == client.get(f"/api/reports/summary?story={story.slug}").json()


def test_an_unknown_story_is_named_in_a_plain_message_not_a_choice_error(client, editor, seed_story):
    client.force_login(editor)

    response = client.get("/reports/?story=99999")

    assert response.status_code == 400
    html = response.content.decode()
    assert "Story: No story has the address or number “99999”" in html
    assert "Select a valid choice" not in html
