"""A topic an editor named or placed passages into is an anchor: re-runs keep its passages, new passages may
join it, and the page says what a run changed."""

from collections import Counter

import pytest

from newsdesk.alignment import clustering, story_topics
from newsdesk.alignment.clustering import PassageText, align
from newsdesk.importing import importer
from newsdesk.models import AlignmentRun, PassagePlacement, Topic

from .corpus_stories import matching_articles, story

WATER = [
    "The water company told households not to drink tap water after the leak reached its intake.",
    "Bottled water is handed out at the leisure centre while the tap water warning stays in place.",
    "Residents queued for bottled water as the warning on tap water entered its second day.",
]
FISH = [
    "Dead fish lined the riverbank for a mile below the plant, and anglers counted hundreds of trout.",
    "Ecologists said thousands of fish died and otters that feed on the river were at risk.",
]


def passages(texts, article="a", first_index=0):
    return [PassageText(key=(article, first_index + n), article=article, index=first_index + n, text=text)
            for n, text in enumerate(texts)]


def test_the_members_of_a_curated_topic_stay_however_unlike_they_are():
    story_passages = passages(WATER + FISH)
    keys = [p.key for p in story_passages]
    curated = {keys[0]: "kept", keys[3]: "kept"}  # an editor's topic holding a water and a fish paragraph

    result = align(story_passages, curated, joinable=[])

    kept = next(t for t in result.topics if t.group == "kept")
    assert set(kept.members) == {keys[0], keys[3]}


def test_a_new_passage_like_a_curated_topic_joins_it_and_an_old_one_does_not():
    old = passages(WATER[:2] + FISH, article="old")
    new = passages([WATER[2]], article="new")
    fixed = {old[0].key: "water", old[1].key: "water"}
    unlike_new = passages([FISH[0].replace("trout", "eels")], article="newer")

    result = align(old + new + unlike_new, fixed, joinable=[new[0].key, unlike_new[0].key])

    water = next(t for t in result.topics if t.group == "water")
    assert new[0].key in water.members
    assert unlike_new[0].key not in water.members
    assert not set(water.members) & {p.key for p in old[2:]}


# --- through the database --------------------------------------------------------------------------------


def members(topic):
    return set(PassagePlacement.objects.filter(topic=topic).values_list("passage_id", flat=True))


def eight_new_articles(seed_story):
    """Two articles on the seed story's subject and six on others, imported into the seed story: the
    alignment must place them without moving what editors curated."""
    related = [a for a in matching_articles() if a["story"] == seed_story.slug]
    _, spill = story("dene-river-spill")
    _, strike = story("port-alder-transit-strike")
    created = []
    for number, article in enumerate(related[:2] + spill[:3] + strike[:3]):
        result = importer.import_bytes(f"new-{number}.txt", article["text"].encode(), story=seed_story.slug,
                                       outlet=article["outlet"], metadata={"title": article["title"]})
        created += result.created
    assert len(created) == 8
    return created


@pytest.mark.django_db
def test_renamed_topics_keep_their_passages_through_an_import_of_eight_articles_and_a_re_run(
    client, editor, seed_story
):
    sizes = Counter(PassagePlacement.objects.for_story(seed_story).exclude(topic=None)
                    .values_list("topic", flat=True))
    largest = [Topic.objects.get(pk=pk) for pk, _ in sizes.most_common(2)]
    story_topics.rename_topic(largest[0], "Kim's weapons factories")
    story_topics.rename_topic(largest[1], "The joint statement")
    before = {topic.pk: members(topic) for topic in largest}
    client.force_login(editor)

    eight_new_articles(seed_story)
    client.post(f"/stories/{seed_story.slug}/realign/")

    for topic in largest:
        topic.refresh_from_db()
        assert before[topic.pk] <= members(topic)
    assert [t.label for t in largest] == ["Kim's weapons factories", "The joint statement"]


@pytest.mark.django_db
def test_a_passage_placed_by_hand_makes_its_topic_an_anchor(editor, seed_story):
    placement = PassagePlacement.objects.for_story(seed_story).exclude(topic=None).select_related("passage").first()
    topic = placement.topic
    story_topics.move_passage(placement.passage, editor, topic=topic)
    held = members(topic)

    run = clustering.align_story(seed_story, trigger=AlignmentRun.Trigger.RERUN, user=editor)

    assert members(topic) == held
    assert run.kept_in_curated == len(held) - 1 and run.kept_by_hand >= 1


@pytest.mark.django_db
def test_a_run_records_what_joined_and_which_topics_are_new(seed_story, make_article):
    story_topics.rename_topic(Topic.objects.filter(story=seed_story).first(), "Named by an editor")
    related = next(a for a in matching_articles() if a["story"] == seed_story.slug)

    make_article(related["text"], outlet=related["outlet"], story=seed_story, title=related["title"])

    run = AlignmentRun.objects.filter(story=seed_story).latest()
    assert run.trigger == AlignmentRun.Trigger.IMPORT
    assert run.changes["new_passages"] > 0
    joined = sum(topic["joined"] for topic in run.changes["topics"]) + run.changes["furniture"]["joined"]
    assert joined >= run.changes["new_passages"]


@pytest.mark.django_db
def test_the_comparison_page_says_what_the_last_run_changed(client, editor, seed_story):
    topic = Topic.objects.filter(story=seed_story).first()
    story_topics.rename_topic(topic, "Named by an editor")
    client.force_login(editor)
    client.post(f"/stories/{seed_story.slug}/realign/")
    related = next(a for a in matching_articles() if a["story"] == seed_story.slug)
    importer.import_bytes("related.txt", related["text"].encode(), story=seed_story.slug,
                          outlet=related["outlet"], metadata={"title": related["title"]}, imported_by=editor)

    html = client.get(f"/stories/{seed_story.slug}/compare/").content.decode()

    assert 'id="alignment-status"' in html
    assert "articles imported by editor" in html
    assert "joined" in html or "new topic" in html
