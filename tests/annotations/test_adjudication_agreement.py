"""What the adjudication page counts as agreed, and how it says where a span is.

An exact agreement of every reviewer stays an agreement when other highlights overlap it; a reviewer who is
assigned but has highlighted nothing counts only once they mark the article done.
"""

from types import SimpleNamespace

import pytest
from django.utils import timezone

from annotations.anchoring import opening_words, place_in_words
from annotations.models import Assignment
from annotations.workflow import adjudication

from .helpers import highlight


def span(start, end, tag="rhetoric", reviewer=1):
    return SimpleNamespace(start=start, end=end, tag=tag, reviewer_id=reviewer, pk=None)


def test_an_exact_agreement_overlapped_by_another_highlight_is_still_an_agreement():
    groups = adjudication.align(
        [span(10, 20, reviewer=1), span(10, 20, reviewer=2), span(15, 30, "attribution", reviewer=2)],
        reviewer_count=2,
    )

    agreed = [g for g in groups if g.agreed]
    assert [(g.start, g.end, len(g.candidates)) for g in agreed] == [(10, 20, 1)]
    assert agreed[0].candidates[0].reviewer_ids == {1, 2}
    rest = [g for g in groups if not g.agreed]
    assert [(g.start, g.end, g.overlaps_agreement) for g in rest] == [(15, 30, True)]


def test_what_is_left_around_an_agreement_splits_where_it_no_longer_overlaps():
    groups = adjudication.align(
        [span(0, 40, reviewer=1), span(0, 40, reviewer=2), span(2, 5, reviewer=1), span(30, 35, reviewer=2)],
        reviewer_count=2,
    )

    assert [(g.start, g.end, g.agreed) for g in groups] == [(0, 40, True), (2, 5, False), (30, 35, False)]


def test_two_agreements_on_one_stretch_with_different_tags_both_count():
    groups = adjudication.align(
        [span(0, 9, "rhetoric", 1), span(0, 9, "rhetoric", 2), span(0, 9, "attribution", 1),
         span(0, 9, "attribution", 2)],
        reviewer_count=2,
    )

    assert sorted(g.candidates[0].tag for g in groups if g.agreed) == ["attribution", "rhetoric"]
    assert all(g.agreed for g in groups)


@pytest.mark.django_db
def test_an_assigned_reviewer_who_has_highlighted_nothing_does_not_count_until_done(
    reviewer, other_reviewer, make_user, seed_article
):
    third = make_user("third", groups=("reviewer",))
    for person in (reviewer, other_reviewer, third):
        Assignment.objects.create(article=seed_article, reviewer=person)
    highlight(seed_article, reviewer, 10, 20)
    highlight(seed_article, other_reviewer, 10, 20)

    groups, counted = adjudication.adjudication_for(seed_article)

    assert counted == 2
    assert [g.agreed for g in groups] == [True]
    assert adjudication.waiting_reviewers(seed_article) == ["third"]

    Assignment.objects.filter(reviewer=third).update(done_at=timezone.now())
    groups, counted = adjudication.adjudication_for(seed_article)

    assert counted == 3
    assert [g.agreed for g in groups] == [False]
    assert adjudication.waiting_reviewers(seed_article) == []


def test_a_place_is_a_paragraph_number_and_the_opening_words():
    text = "First paragraph here.\n\nSecond one holds the span we look for today.\n\nThird."
    passages = [SimpleNamespace(start=0, end=21), SimpleNamespace(start=23, end=67),
                SimpleNamespace(start=69, end=75)]
    start = text.index("holds")

    assert place_in_words(text, passages, start, start + 5) == "paragraph 2, “holds”"
    assert place_in_words(text, passages, start, 75) == "paragraphs 2–3, “holds the span we look for…”"


def test_opening_words_are_cut_on_long_words_too():
    assert opening_words("a b c") == "a b c"
    assert opening_words("x" * 100).endswith("…")
    assert len(opening_words("x" * 100)) <= 48


@pytest.mark.django_db
def test_the_page_counts_an_overlapped_agreement_and_says_where_spans_are(
    client, editor, reviewer, other_reviewer, seed_article
):
    phrase = "weapons factories"
    start = seed_article.text.index(phrase)
    highlight(seed_article, reviewer, start, start + len(phrase))
    highlight(seed_article, other_reviewer, start, start + len(phrase))
    highlight(seed_article, other_reviewer, start, start + len(phrase) + 6, tag="attribution")
    client.force_login(editor)

    page = client.get(f"/articles/{seed_article.pk}/adjudicate/").content.decode()

    assert "1 agreed by all" in page
    assert "Accept all 1 agreed span" in page
    assert "code points" not in page
    paragraph = next(number for number, p in enumerate(seed_article.passages.all(), start=1)
                     if p.start <= start < p.end)
    assert f"paragraph {paragraph}, “weapons factories”" in page
    assert "Overlaps an agreed span" in page


@pytest.mark.django_db
def test_the_page_names_who_is_assigned_but_not_counted_yet(client, editor, reviewer, make_user, seed_article):
    waiting = make_user("waiting", groups=("reviewer",))
    Assignment.objects.create(article=seed_article, reviewer=waiting)
    highlight(seed_article, reviewer, 10, 20)
    client.force_login(editor)

    page = client.get(f"/articles/{seed_article.pk}/adjudicate/").content.decode()

    assert "1 reviewer ·" in page
    assert "Not counted until they mark the article done: waiting." in page
