"""Editors' curation of a story's topics, and re-runs that keep it."""

import pytest

from newsdesk.alignment import clustering, story_topics
from newsdesk.models import PassagePlacement, Story, Topic

pytestmark = pytest.mark.django_db


@pytest.fixture
def aligned(seed_story):
    clustering.align_story(seed_story)
    return seed_story


def placement_of(story, fragment):
    placements = PassagePlacement.objects.for_story(story).select_related("passage__article", "topic")
    return next(p for p in placements if fragment in p.passage.text)


def test_a_renamed_topic_keeps_its_label_through_a_re_run(aligned, editor):
    topic = Topic.objects.filter(story=aligned).first()

    story_topics.rename_topic(topic, "  Kim's factory   visits ")
    clustering.align_story(aligned)

    topic.refresh_from_db()
    assert topic.label == "Kim's factory visits" and topic.label_curated


def test_an_empty_label_is_refused(aligned):
    topic = Topic.objects.filter(story=aligned).first()

    with pytest.raises(story_topics.CurationError):
        story_topics.rename_topic(topic, "   ")

    topic.refresh_from_db()
    assert topic.label


def test_a_passage_moved_by_hand_stays_through_a_re_run(aligned, editor):
    placement = placement_of(aligned, "Ryonha machine tools")
    target = Topic.objects.filter(story=aligned).exclude(pk=placement.topic_id).first()

    story_topics.move_passage(placement.passage, editor, topic=target)
    clustering.align_story(aligned)

    placement = placement_of(aligned, "Ryonha machine tools")
    assert placement.topic == target and placement.by_hand and placement.placed_by == editor


def test_a_passage_moved_to_a_new_topic_makes_a_curated_topic(aligned, editor):
    placement = placement_of(aligned, "mock city")

    topic = story_topics.move_passage(placement.passage, editor, new_label="Training for war on Seoul")
    clustering.align_story(aligned)

    topic.refresh_from_db()
    assert topic.label == "Training for war on Seoul" and topic.label_curated
    assert placement_of(aligned, "mock city").topic == topic


def test_a_passage_moved_to_the_furniture_band_stays_there(aligned, editor):
    placement = placement_of(aligned, "Ryonha machine tools")

    story_topics.move_passage(placement.passage, editor, furniture=True)
    clustering.align_story(aligned)

    assert placement_of(aligned, "Ryonha machine tools").topic is None


def test_a_furniture_passage_moved_into_a_topic_stays_there(aligned, editor):
    placement = placement_of(aligned, "Part of the same strategy")
    target = Topic.objects.filter(story=aligned).first()

    story_topics.move_passage(placement.passage, editor, topic=target)
    clustering.align_story(aligned)

    assert placement_of(aligned, "Part of the same strategy").topic == target


def test_moving_needs_exactly_one_destination(aligned, editor):
    placement = placement_of(aligned, "Ryonha machine tools")

    with pytest.raises(story_topics.CurationError):
        story_topics.move_passage(placement.passage, editor)
    with pytest.raises(story_topics.CurationError):
        story_topics.move_passage(placement.passage, editor, topic=placement.topic, furniture=True)


def test_a_passage_cannot_move_to_another_storys_topic(aligned, editor):
    other = Story.objects.create(title="Other", slug="other")
    foreign = Topic.objects.create(story=other, label="Elsewhere")
    placement = placement_of(aligned, "Ryonha machine tools")

    with pytest.raises(story_topics.CurationError):
        story_topics.move_passage(placement.passage, editor, topic=foreign)

    assert placement_of(aligned, "Ryonha machine tools").topic == placement.topic


def test_merged_topics_stay_merged_through_a_re_run(aligned, editor):
    first, second = Topic.objects.filter(story=aligned)[:2]
    moved = set(second.placements.values_list("passage_id", flat=True))

    story_topics.merge_topics(first, second, editor)
    clustering.align_story(aligned)

    assert not Topic.objects.filter(pk=second.pk).exists()
    assert moved <= set(first.placements.values_list("passage_id", flat=True))


def test_a_topic_cannot_merge_with_itself(aligned, editor):
    topic = Topic.objects.filter(story=aligned).first()

    with pytest.raises(story_topics.CurationError):
        story_topics.merge_topics(topic, topic, editor)


def test_re_running_moves_only_passages_nobody_placed_by_hand(aligned, editor):
    placement = placement_of(aligned, "Ryonha machine tools")
    target = Topic.objects.filter(story=aligned).exclude(pk=placement.topic_id).last()
    story_topics.move_passage(placement.passage, editor, topic=target)
    automatic_before = PassagePlacement.objects.for_story(aligned).filter(by_hand=False).count()

    run = clustering.align_story(aligned)

    assert run.kept_by_hand == 1
    assert PassagePlacement.objects.for_story(aligned).filter(by_hand=False).count() == automatic_before


def test_align_stories_command_reports_each_story(seed_story, capsys):
    from django.core.management import call_command

    call_command("align_stories", seed_story.slug)

    out = capsys.readouterr().out
    assert f"[1/1] {seed_story.slug}:" in out and "topic(s)" in out
    assert Topic.objects.filter(story=seed_story).exists()


def test_align_stories_command_decides_again_how_each_article_matches_its_story(seed_story):
    from django.core.management import call_command

    from newsdesk.models import StoryMatch

    StoryMatch.objects.filter(article__story=seed_story).update(resembles=False, score=0.0)

    call_command("align_stories", seed_story.slug)

    assert all(match.resembles for match in StoryMatch.objects.filter(article__story=seed_story))


def test_align_stories_command_refuses_an_unknown_slug(db):
    from django.core.management import CommandError, call_command

    with pytest.raises(CommandError, match="no-such"):
        call_command("align_stories", "no-such")


def test_reading_an_alignment_takes_the_same_queries_however_large(aligned, django_assert_num_queries):
    with django_assert_num_queries(3):
        result = story_topics.story_alignment(aligned)

    assert result.rows and result.furniture
