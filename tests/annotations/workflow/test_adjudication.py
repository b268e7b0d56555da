from types import SimpleNamespace

import pytest
from django.db import IntegrityError

from annotations.models import ConsensusAnnotation, RejectedHighlight
from annotations.workflow import adjudication
from tests.annotations.helpers import highlight


def span(start, end, tag="rhetoric", reviewer=1):
    return SimpleNamespace(start=start, end=end, tag=tag, reviewer_id=reviewer, pk=None)


def test_identical_spans_from_every_reviewer_are_one_agreement():
    groups = adjudication.align([span(0, 5, reviewer=1), span(0, 5, reviewer=2)], reviewer_count=2)

    assert len(groups) == 1
    assert groups[0].agreed
    assert groups[0].candidates[0].reviewer_ids == {1, 2}


def test_overlapping_spans_with_different_bounds_or_tags_are_one_disagreement():
    groups = adjudication.align(
        [span(0, 5, reviewer=1), span(3, 9, reviewer=2), span(0, 5, "attribution", reviewer=3)], reviewer_count=3
    )

    assert len(groups) == 1
    assert not groups[0].agreed
    assert (groups[0].start, groups[0].end) == (0, 9)
    assert len(groups[0].candidates) == 3


def test_a_span_only_some_reviewers_marked_is_a_disagreement():
    groups = adjudication.align([span(0, 5, reviewer=1)], reviewer_count=2)

    assert not groups[0].agreed


def test_agreements_come_first_then_disagreements_in_reading_order():
    groups = adjudication.align(
        [span(0, 4, reviewer=1), span(20, 25, reviewer=1), span(20, 25, reviewer=2), span(10, 12, reviewer=2)],
        reviewer_count=2,
    )

    assert [(g.start, g.agreed) for g in groups] == [(20, True), (0, False), (10, False)]


def test_adjacent_spans_that_do_not_overlap_stay_apart():
    groups = adjudication.align([span(0, 5, reviewer=1), span(5, 9, reviewer=2)], reviewer_count=2)

    assert len(groups) == 2


@pytest.mark.django_db
def test_accepting_copies_the_span_into_consensus_with_who_decided_and_from_which_highlights(
    editor, reviewer, other_reviewer, seed_article
):
    mine, theirs = highlight(seed_article, reviewer, 10, 20), highlight(seed_article, other_reviewer, 10, 20)

    consensus = adjudication.accept(seed_article, [mine, theirs], tag="rhetoric", start=10, end=20, by=editor)

    assert consensus.quote == seed_article.text[10:20]
    assert consensus.decided_by == editor and consensus.decided_at
    assert set(consensus.from_annotations.all()) == {mine, theirs}
    mine.refresh_from_db()
    assert mine.tag == "rhetoric" and mine.start == 10  # reviewers' own highlight is untouched


@pytest.mark.django_db
def test_editing_before_accepting_changes_tag_span_and_note(editor, reviewer, seed_article):
    mine = highlight(seed_article, reviewer, 10, 20, note="loaded")

    consensus = adjudication.accept(
        seed_article, [mine], tag="factual_claim", start=12, end=30, note="checkable", by=editor
    )

    assert (consensus.tag, consensus.start, consensus.end) == ("factual_claim", 12, 30)
    assert consensus.quote == seed_article.text[12:30] and consensus.note == "checkable"
    assert mine.note == "loaded"


@pytest.mark.django_db
def test_an_impossible_span_is_refused_and_nothing_is_saved(editor, reviewer, seed_article):
    mine = highlight(seed_article, reviewer, 10, 20)

    with pytest.raises(adjudication.DecisionError) as error:
        adjudication.accept(seed_article, [mine], tag="rhetoric", start=30, end=len(seed_article.text) + 1, by=editor)

    assert "start" in error.value.errors
    assert not ConsensusAnnotation.objects.exists()


@pytest.mark.django_db
def test_database_refuses_the_same_consensus_span_twice(editor, seed_article):
    fields = {"article": seed_article, "tag": "rhetoric", "start": 1, "end": 4, "quote": "abc", "decided_by": editor}
    ConsensusAnnotation.objects.create(**fields)

    with pytest.raises(IntegrityError):
        ConsensusAnnotation.objects.create(**fields)


@pytest.mark.django_db
def test_rejecting_and_undoing_moves_a_candidate_back_to_pending(editor, reviewer, other_reviewer, seed_article):
    highlight(seed_article, reviewer, 10, 20)
    theirs = highlight(seed_article, other_reviewer, 40, 50)

    adjudication.reject([theirs], by=editor)
    groups, _ = adjudication.adjudication_for(seed_article)
    assert [c.state for g in groups for c in g.candidates] == ["pending", "rejected"]

    adjudication.reopen(seed_article, [theirs])
    groups, _ = adjudication.adjudication_for(seed_article)
    assert [c.state for g in groups for c in g.candidates] == ["pending", "pending"]
    assert not RejectedHighlight.objects.exists()


@pytest.mark.django_db
def test_adjudication_page_lists_agreements_before_disagreements(
    client, editor, reviewer, other_reviewer, seed_article
):
    highlight(seed_article, reviewer, 100, 120, tag="attribution")
    highlight(seed_article, other_reviewer, 105, 125, tag="attribution")
    highlight(seed_article, reviewer, 200, 230)
    highlight(seed_article, other_reviewer, 200, 230)
    client.force_login(editor)

    page = client.get(f"/articles/{seed_article.pk}/adjudicate/").content.decode()

    assert page.index('aria-label="Agreement: paragraph') < page.index('aria-label="Disagreement: paragraph')
    assert "1 agreed by all" in page


@pytest.mark.django_db
def test_editor_accepts_edits_and_rejects_through_the_page(client, editor, reviewer, other_reviewer, seed_article):
    agreed = [highlight(seed_article, reviewer, 200, 230), highlight(seed_article, other_reviewer, 200, 230)]
    lone = highlight(seed_article, reviewer, 300, 310)
    edited = highlight(seed_article, other_reviewer, 400, 420, tag="attribution")
    client.force_login(editor)
    url = f"/articles/{seed_article.pk}/adjudicate/"

    client.post(url + "accept-agreements/")
    client.post(url + "reject/", {"annotations": [lone.pk]})
    client.post(url + "accept/", {"annotations": [edited.pk], "tag": "factual_claim", "start": 401, "end": 420})

    rows = list(ConsensusAnnotation.objects.values_list("tag", "start", "end"))
    assert rows == [("rhetoric", 200, 230), ("factual_claim", 401, 420)]
    assert set(ConsensusAnnotation.objects.get(start=200).from_annotations.all()) == set(agreed)
    assert RejectedHighlight.objects.get().annotation == lone


@pytest.mark.django_db
def test_accepting_all_agreements_accepts_each_pending_one(client, editor, reviewer, other_reviewer, seed_article):
    for start, end in ((100, 120), (200, 230)):
        highlight(seed_article, reviewer, start, end)
        highlight(seed_article, other_reviewer, start, end)
    client.force_login(editor)

    client.post(f"/articles/{seed_article.pk}/adjudicate/accept-agreements/")

    assert list(ConsensusAnnotation.objects.values_list("start", "end")) == [(100, 120), (200, 230)]


@pytest.mark.django_db
def test_accepting_all_agreements_is_all_or_nothing_when_one_fails_part_way(
    client, editor, reviewer, other_reviewer, seed_article
):
    for start, end in ((100, 120), (200, 230), (300, 330)):
        highlight(seed_article, reviewer, start, end)
        highlight(seed_article, other_reviewer, start, end)
    # The text was cut behind the highlights' backs (an edit that skipped re-anchoring): the last agreed
    # span no longer fits, so its accept fails after the first two went through.
    type(seed_article).objects.filter(pk=seed_article.pk).update(text=seed_article.text[:310])
    client.force_login(editor)

    response = client.post(f"/articles/{seed_article.pk}/adjudicate/accept-agreements/", follow=True)

    assert "None accepted" in response.content.decode()
    assert not ConsensusAnnotation.objects.exists()


@pytest.mark.django_db
def test_bad_edit_through_the_page_shows_the_error(client, editor, reviewer, seed_article):
    mine = highlight(seed_article, reviewer, 10, 20)
    client.force_login(editor)

    response = client.post(
        f"/articles/{seed_article.pk}/adjudicate/accept/",
        {"annotations": [mine.pk], "tag": "rhetoric", "start": "20", "end": "10"},
        follow=True,
    )

    assert "Not accepted" in response.content.decode()
    assert not ConsensusAnnotation.objects.exists()


@pytest.mark.django_db
def test_reviewers_cannot_adjudicate(client, reviewer, seed_article):
    mine = highlight(seed_article, reviewer, 10, 20)
    client.force_login(reviewer)

    assert client.get(f"/articles/{seed_article.pk}/adjudicate/").status_code == 403
    response = client.post(
        f"/articles/{seed_article.pk}/adjudicate/accept/",
        {"annotations": [mine.pk], "tag": "rhetoric", "start": 10, "end": 20},
    )
    assert response.status_code == 403
    assert not ConsensusAnnotation.objects.exists()


@pytest.mark.django_db
def test_adjudicating_needs_the_csrf_token(editor, reviewer, seed_article):
    from django.test import Client

    mine = highlight(seed_article, reviewer, 10, 20)
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)

    response = client.post(
        f"/articles/{seed_article.pk}/adjudicate/accept/",
        {"annotations": [mine.pk], "tag": "rhetoric", "start": 10, "end": 20},
    )

    assert response.status_code == 403
    assert not ConsensusAnnotation.objects.exists()


@pytest.mark.django_db
def test_accepting_over_htmx_answers_with_the_refreshed_adjudication(client, editor, reviewer, seed_article):
    mine = highlight(seed_article, reviewer, 10, 20)
    client.force_login(editor)

    response = client.post(
        f"/articles/{seed_article.pk}/adjudicate/accept/",
        {"annotations": [mine.pk], "tag": "rhetoric", "start": 10, "end": 20},
        headers={"HX-Request": "true"},
    )

    body = response.content.decode()
    assert body.strip().startswith('<div id="adjudication"')
    assert "Consensus (1)" in body and "In consensus" in body


@pytest.mark.django_db
def test_adjudication_page_queries_do_not_grow_with_highlights(client, editor, reviewer, other_reviewer, seed_article):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(editor)
    url = f"/articles/{seed_article.pk}/adjudicate/"

    last = []

    def count_queries():
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        # The session's own reads and writes (its idle timer) are not the page's work.
        last[:] = [q for q in queries.captured_queries if "newsdesk_session" not in q["sql"]
                   and not q["sql"].startswith(("BEGIN", "COMMIT", "SAVEPOINT", "RELEASE"))]
        return len(last)

    def add_accepted(starts):
        for start in starts:
            adjudication.accept(
                seed_article, [highlight(seed_article, reviewer, start, start + 10),
                               highlight(seed_article, other_reviewer, start, start + 10)],
                tag="rhetoric", start=start, end=start + 10, by=editor,
            )

    highlight(seed_article, reviewer, 10, 20)
    add_accepted([50])
    few = count_queries()
    add_accepted(range(100, 1000, 30))
    many = count_queries()

    assert many == few, [q["sql"][:120] for q in last]


@pytest.mark.django_db
def test_a_consensus_source_in_another_direction_is_isolated_from_the_sentence_around_it(
    client, editor, reviewer, seed_article
):
    mine = highlight(seed_article, reviewer, 10, 20)
    adjudication.accept(seed_article, [mine], tag="attribution", start=10, end=20, source="\u202eabc", by=editor)
    client.force_login(editor)

    page = client.get(f"/articles/{seed_article.pk}/adjudicate/").content.decode()

    # A right-to-left override in the source reverses nothing after it: it ends with its own isolate.
    assert "source “<bdi>\u202eabc</bdi>”" in page
