import pytest

from annotations import assignments
from annotations.models import Annotation, Assignment

from .helpers import highlight

pytestmark = pytest.mark.django_db


@pytest.fixture
def both_highlighted(editor, reviewer, other_reviewer, seed_article):
    assignments.assign([reviewer, other_reviewer], [seed_article], by=editor)
    return highlight(seed_article, reviewer, 0, 10), highlight(seed_article, other_reviewer, 20, 30)


def test_in_a_blind_story_a_reviewer_sees_only_their_own_highlights_until_done(reviewer, both_highlighted):
    mine, theirs = both_highlighted

    before = set(Annotation.objects.visible_to(reviewer))
    assignments.mark_done(Assignment.objects.get(reviewer=reviewer), by=reviewer)
    after = set(Annotation.objects.visible_to(reviewer))

    assert before == {mine}
    assert after == {mine, theirs}


def test_the_other_reviewer_stays_blind_after_the_first_marks_done(reviewer, other_reviewer, both_highlighted):
    mine, theirs = both_highlighted

    assignments.mark_done(Assignment.objects.get(reviewer=reviewer), by=reviewer)

    assert set(Annotation.objects.visible_to(other_reviewer)) == {theirs}


def test_when_blind_annotation_is_off_reviewers_see_everyone(reviewer, both_highlighted, seed_story):
    seed_story.blind_annotation = False
    seed_story.save()

    assert set(Annotation.objects.visible_to(reviewer)) == set(both_highlighted)


def test_editors_always_see_every_highlight(editor, both_highlighted):
    assert set(Annotation.objects.visible_to(editor)) == set(both_highlighted)


def test_articles_outside_any_story_are_blind_by_default(reviewer, other_reviewer, make_article):
    article = make_article("A short text about something that happened today.")
    mine, theirs = highlight(article, reviewer, 0, 5), highlight(article, other_reviewer, 8, 12)

    assert set(Annotation.objects.visible_to(reviewer)) == {mine}
    assert theirs not in Annotation.objects.visible_to(reviewer)
