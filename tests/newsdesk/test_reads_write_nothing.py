"""Reading a page or the API never aligns a story or matches an article: that work is done when the data
changes (import, filing, re-run)."""

import pytest

from newsdesk.models import AlignmentRun, Article, Passage, PassagePlacement, StoryMatch, Topic

pytestmark = pytest.mark.django_db


def rows():
    """Every row the alignment and story matching write, as plain values."""
    return (
        sorted(Topic.objects.values_list("pk", "label", "label_curated")),
        sorted(PassagePlacement.objects.values_list("passage_id", "topic_id", "by_hand")),
        sorted(AlignmentRun.objects.values_list("pk", "topics")),
        sorted(StoryMatch.objects.values_list("article_id", "story_id", "score", "resembles")),
    )


@pytest.fixture
def article_stored_without_the_pipeline(seed_story):
    """An article written straight to the database (as a data migration or a script might): its passages
    have no place until something aligns the story."""
    article = Article.objects.create(story=seed_story, outlet=seed_story.articles.first().outlet, title="Raw",
                                     text="Raw paragraph one.\n\nRaw paragraph two.", checksum="f" * 64)
    Passage.objects.create(article=article, index=0, start=0, end=18)
    Passage.objects.create(article=article, index=1, start=20, end=38)
    return article


@pytest.mark.parametrize("path", ["/stories/{slug}/compare/", "/api/stories/{slug}/alignment", "/",
                                  "/stories/{slug}/claims/", "/api/stories/{slug}/claims"])
def test_reading_writes_no_alignment_or_match(client, editor, seed_story, make_article,
                                              article_stored_without_the_pipeline, path):
    make_article("Rain closed schools in the valley.\n\nThe river rose overnight.", story=None, title="Floods")
    client.force_login(editor)
    before = rows()

    response = client.get(path.format(slug=seed_story.slug))

    assert response.status_code == 200
    assert rows() == before


def test_the_comparison_page_says_when_passages_wait_for_a_re_run(client, editor, seed_story,
                                                                  article_stored_without_the_pipeline):
    client.force_login(editor)

    html = client.get(f"/stories/{seed_story.slug}/compare/").content.decode()

    assert "2 passages not aligned yet" in html


def test_the_story_list_reads_stored_suggestions_in_a_fixed_number_of_queries(
    client, editor, seed_story, make_article, django_assert_max_num_queries
):
    for number in range(6):
        make_article(f"Kim Jong Un toured a munitions factory, KCNA said ({number}).\n\nPyongyang sent "
                     f"shells to Russia for its war against Ukraine.", story=None, title=f"Kim tours {number}")
    client.force_login(editor)

    with django_assert_max_num_queries(16):
        html = client.get("/").content.decode()

    assert html.count("Suggested: <bdi>North Korea") == 6
