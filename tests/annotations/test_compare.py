"""The comparison page: columns, rows in coverage order, empty cells, options kept in the URL, permissions."""

import pytest
from django.test import Client

from annotations import comparison
from annotations.models import Annotation
from newsdesk.alignment import clustering, filing, story_topics
from newsdesk.models import PassagePlacement, Topic

pytestmark = pytest.mark.django_db


def compare_url(story, query=""):
    return f"/stories/{story.slug}/compare/" + (f"?{query}" if query else "")


def test_the_page_has_one_column_per_article_and_one_row_per_topic(client, reviewer, seed_articles):
    story = seed_articles[0].story
    client.force_login(reviewer)

    html = client.get(compare_url(story)).content.decode()

    for article in seed_articles:
        assert article.title in html
    for topic in Topic.objects.filter(story=story):
        assert f'id="topic-{topic.pk}"' in html
    assert 'id="furniture"' in html


def test_rows_are_ordered_by_how_many_outlets_cover_them(client, reviewer, seed_story):
    client.force_login(reviewer)

    rows = client.get(compare_url(seed_story)).context["compared"].topic_rows

    coverage = [row.coverage for row in rows]
    assert coverage == sorted(coverage, reverse=True)


def test_an_empty_cell_says_the_outlet_does_not_cover_the_topic(client, reviewer, seed_story):
    client.force_login(reviewer)

    response = client.get(compare_url(seed_story))

    gaps = [(row, cell) for row in response.context["compared"].topic_rows for cell in row.cells if cell.empty]
    assert gaps
    _, cell = gaps[0]
    assert f"<bdi>{cell.article.outlet.name}</bdi> does not cover this topic." in response.content.decode()


def test_hiding_furniture_and_single_outlet_topics_is_kept_in_the_url(client, reviewer, seed_story):
    client.force_login(reviewer)

    response = client.get(compare_url(seed_story, "furniture=hide&shared=1"))

    compared = response.context["compared"]
    assert all(not row.furniture for row in compared.rows)
    assert all(row.coverage >= 2 for row in compared.rows)
    assert compared.hidden_topics >= 1
    html = response.content.decode()
    assert 'name="furniture" value="hide" checked' in html and 'name="shared" value="1" checked' in html


def test_the_coverage_matrix_counts_passages_characters_and_visible_tags(client, reviewer, seed_story):
    clustering.align_story(seed_story)
    placement = PassagePlacement.objects.for_story(seed_story).filter(topic__isnull=False).select_related(
        "passage__article").first()
    passage = placement.passage
    text = passage.article.text
    Annotation.objects.create(article=passage.article, reviewer=reviewer, tag="rhetoric",
                              start=passage.start, end=passage.start + 5, quote=text[passage.start:passage.start + 5])
    client.force_login(reviewer)

    compared = client.get(compare_url(seed_story)).context["compared"]

    row = next(r for r in compared.rows if r.topic and r.topic.pk == placement.topic_id)
    cell = next(c for c in row.cells if c.article.pk == passage.article_id)
    assert cell.tags["rhetoric"] == 1
    assert cell.characters == sum(p.end - p.start for p in cell.passages)


def test_the_coverage_matrix_does_not_count_highlights_a_blind_reviewer_may_not_see(
    client, reviewer, other_reviewer, seed_story
):
    clustering.align_story(seed_story)
    passage = PassagePlacement.objects.for_story(seed_story).filter(topic__isnull=False).first().passage
    text = passage.article.text
    Annotation.objects.create(article=passage.article, reviewer=other_reviewer, tag="rhetoric",
                              start=passage.start, end=passage.start + 5, quote=text[passage.start:passage.start + 5])
    client.force_login(reviewer)

    compared = client.get(compare_url(seed_story)).context["compared"]

    assert not any(cell.tags for row in compared.rows for cell in row.cells)


def test_reviewers_see_no_curation_controls_and_editors_do(client, reviewer, editor, seed_story):
    client.force_login(reviewer)
    as_reviewer = client.get(compare_url(seed_story)).content.decode()
    client.force_login(editor)
    as_editor = client.get(compare_url(seed_story)).content.decode()

    assert "Re-run alignment" not in as_reviewer and "Move passage" not in as_reviewer
    assert "Re-run alignment" in as_editor and "Move passage" in as_editor and "Rename" in as_editor


def test_the_story_page_links_to_the_comparison(client, reviewer, seed_story):
    client.force_login(reviewer)

    html = client.get(f"/stories/{seed_story.slug}/").content.decode()

    assert f'href="/stories/{seed_story.slug}/compare/"' in html


def test_outlet_blind_reviewers_see_letters_not_mastheads(client, reviewer, seed_story):
    seed_story.outlet_blind = True
    seed_story.save()
    client.force_login(reviewer)

    html = client.get(compare_url(seed_story)).content.decode()

    assert '<p class="outlet-name" dir="auto">Outlet A</p>' in html
    assert '>Euronews</p>' not in html and "Euronews</th>" not in html


def test_the_page_takes_the_same_queries_however_many_topics(
    client, reviewer, seed_story, django_assert_max_num_queries
):
    client.force_login(reviewer)
    client.get(compare_url(seed_story))

    with django_assert_max_num_queries(17):  # four of them read the claims matrix
        client.get(compare_url(seed_story))


def test_options_read_from_the_query_string():
    assert comparison.Options.from_query({"furniture": "hide", "shared": "1"}) == comparison.Options(True, True)
    assert comparison.Options.from_query({}) == comparison.Options()


# --- curation through the page's forms ------------------------------------------------------------------


@pytest.fixture
def aligned(seed_story):
    clustering.align_story(seed_story)
    return seed_story


def test_an_editor_renames_a_topic_and_returns_to_the_same_view(client, editor, aligned):
    topic = Topic.objects.filter(story=aligned).first()
    client.force_login(editor)
    here = compare_url(aligned, "furniture=hide")

    response = client.post(f"/stories/{aligned.slug}/topics/{topic.pk}/rename/", {"label": "Arms fairs", "next": here})

    assert response.status_code == 302 and response.url == here
    topic.refresh_from_db()
    assert topic.label == "Arms fairs" and topic.label_curated


def test_a_rename_to_nothing_is_refused_with_a_message(client, editor, aligned):
    topic = Topic.objects.filter(story=aligned).first()
    client.force_login(editor)

    response = client.post(f"/stories/{aligned.slug}/topics/{topic.pk}/rename/", {"label": " "}, follow=True)

    assert "Give the topic a label." in response.content.decode()
    assert Topic.objects.get(pk=topic.pk).label == topic.label


def test_each_passage_offers_every_topic_to_move_to_with_its_own_preselected(client, editor, aligned):
    placement = PassagePlacement.objects.for_story(aligned).filter(topic__isnull=False).first()
    Topic.objects.filter(pk=placement.topic_id).update(label='<b>"Arms" & fairs</b>')
    client.force_login(editor)

    html = client.get(compare_url(aligned)).content.decode()

    select = html[html.index(f'id="move-{placement.passage_id}"') :]
    select = select[: select.index("</select>")]
    for topic in Topic.objects.filter(story=aligned):
        assert f'<option value="{topic.pk}"' in select
    assert (f'<option value="{placement.topic_id}" selected>&lt;b&gt;&quot;Arms&quot; &amp; fairs&lt;/b&gt;</option>'
            in select)
    assert select.count(" selected") == 1


def test_an_editor_moves_a_passage_to_a_new_topic(client, editor, aligned):
    placement = PassagePlacement.objects.for_story(aligned).filter(topic__isnull=False).first()
    client.force_login(editor)

    client.post(f"/stories/{aligned.slug}/passages/{placement.passage_id}/move/",
                {"destination": "new", "new_label": "A row of my own"})

    placement.refresh_from_db()
    assert placement.topic.label == "A row of my own" and placement.by_hand and placement.placed_by == editor


def test_a_move_to_another_storys_topic_is_refused(client, editor, aligned):
    from newsdesk.models import Story

    foreign = Topic.objects.create(story=Story.objects.create(title="Other", slug="other"), label="Elsewhere")
    placement = PassagePlacement.objects.for_story(aligned).filter(topic__isnull=False).first()
    client.force_login(editor)

    response = client.post(f"/stories/{aligned.slug}/passages/{placement.passage_id}/move/",
                           {"destination": str(foreign.pk)}, follow=True)

    assert "Choose where to move the passage." in response.content.decode()
    placement.refresh_from_db()
    assert not placement.by_hand


def test_an_editor_merges_two_topics(client, editor, aligned):
    first, second = Topic.objects.filter(story=aligned)[:2]
    client.force_login(editor)

    client.post(f"/stories/{aligned.slug}/topics/{second.pk}/merge/", {"into": first.pk})

    assert not Topic.objects.filter(pk=second.pk).exists()


def test_an_editor_re_runs_the_alignment_and_hand_placements_stay(client, editor, aligned):
    placement = PassagePlacement.objects.for_story(aligned).filter(topic__isnull=False).first()
    target = Topic.objects.filter(story=aligned).exclude(pk=placement.topic_id).first()
    story_topics.move_passage(placement.passage, editor, topic=target)
    client.force_login(editor)

    response = client.post(f"/stories/{aligned.slug}/realign/", follow=True)

    assert "1 placed by hand kept" in response.content.decode()
    placement.refresh_from_db()
    assert placement.topic == target


def test_reviewers_cannot_curate(client, reviewer, aligned):
    topic = Topic.objects.filter(story=aligned).first()
    client.force_login(reviewer)

    response = client.post(f"/stories/{aligned.slug}/topics/{topic.pk}/rename/", {"label": "Mine"})

    assert response.status_code == 403
    assert Topic.objects.get(pk=topic.pk).label == topic.label


def test_curation_needs_the_csrf_token(editor, aligned):
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)

    response = client.post(f"/stories/{aligned.slug}/realign/")

    assert response.status_code == 403


def test_a_foreign_next_url_is_not_followed(client, editor, aligned):
    client.force_login(editor)

    response = client.post(f"/stories/{aligned.slug}/realign/", {"next": "https://evil.example/"})

    assert response.url == compare_url(aligned)


def test_a_story_without_articles_shows_an_empty_state_and_empty_json(client, reviewer, db):
    from newsdesk.models import Story

    story = Story.objects.create(title="Nothing yet", slug="nothing-yet")
    client.force_login(reviewer)

    page = client.get(compare_url(story))
    data = client.get(f"/api/stories/{story.slug}/alignment").json()

    assert page.status_code == 200 and "No articles in this story yet" in page.content.decode()
    assert data == {"story": "nothing-yet", "articles": [], "topics": [], "furniture": []}


def test_a_story_whose_only_article_is_page_furniture_still_renders(client, reviewer, make_article):
    article = make_article("Home\nNews\nSport\n\nShare this", story=None, title="Menu only")
    from newsdesk.models import Story

    story = Story.objects.create(title="Menus", slug="menus")
    filing.file_article(article, story, None)
    client.force_login(reviewer)

    response = client.get(compare_url(story))

    assert response.status_code == 200
    assert response.context["compared"].topic_rows == []
    assert 'id="furniture"' in response.content.decode()
