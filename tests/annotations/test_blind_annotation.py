import pytest

from annotations.models import Annotation, Assignment
from annotations.workflow import assignments

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


def _mark_done(client, user, article):
    client.force_login(user)
    return client.post(f"/articles/{article.pk}/done/", {"next": article.get_absolute_url()})


def test_api_lists_only_my_highlights_until_i_mark_the_article_done(client, reviewer, both_highlighted, seed_article):
    mine, theirs = both_highlighted
    client.force_login(reviewer)

    before = client.get(f"/api/annotations/?article={seed_article.pk}").json()
    _mark_done(client, reviewer, seed_article)
    after = client.get(f"/api/annotations/?article={seed_article.pk}").json()

    assert [a["id"] for a in before] == [mine.pk]
    assert {a["id"] for a in after} == {mine.pk, theirs.pk}


def test_api_asking_for_another_reviewer_by_name_reveals_nothing_while_blind(
    client, reviewer, other_reviewer, both_highlighted, seed_article
):
    client.force_login(reviewer)

    response = client.get(f"/api/annotations/?article={seed_article.pk}&reviewer={other_reviewer.username}")

    assert response.json() == []


def test_single_highlight_of_another_reviewer_is_hidden_while_blind(client, reviewer, both_highlighted):
    _, theirs = both_highlighted
    client.force_login(reviewer)

    response = client.get(f"/api/annotations/{theirs.pk}/")

    assert response.status_code == 404


def test_reader_page_shows_others_highlights_only_after_mark_done(client, reviewer, both_highlighted, seed_article):
    _, theirs = both_highlighted
    client.force_login(reviewer)
    url = f"{seed_article.get_absolute_url()}?all=1"

    before = client.get(url).content.decode()
    response = _mark_done(client, reviewer, seed_article)
    after = client.get(url).content.decode()

    assert response.url == seed_article.get_absolute_url()
    assert f'data-ids="{theirs.pk}"' not in before
    assert "other reviewers’ highlights stay hidden until you mark this article done" in before
    assert f'data-ids="{theirs.pk}"' in after
    assert "stay hidden" not in after


def test_reader_offers_mark_done_to_the_assigned_reviewer(client, reviewer, both_highlighted, seed_article):
    client.force_login(reviewer)

    page = client.get(seed_article.get_absolute_url()).content.decode()

    assert f'action="/articles/{seed_article.pk}/done/"' in page
    assert "In progress" in page


def test_reader_shows_an_editor_every_highlight_without_marking_done(client, editor, both_highlighted, seed_article):
    client.force_login(editor)

    page = client.get(f"{seed_article.get_absolute_url()}?all=1").content.decode()

    assert all(f'data-ids="{h.pk}"' in page for h in both_highlighted)
    assert "stay hidden" not in page


def test_reports_count_only_my_highlights_while_blind(client, reviewer, both_highlighted, seed_article):
    client.force_login(reviewer)

    summary = client.get(f"/api/reports/summary?story={seed_article.story.slug}").json()

    assert [row["reviewer"] for row in summary["reviewers"]] == ["reviewer"]
