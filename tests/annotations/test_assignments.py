import pytest
from django.db import IntegrityError
from django.test import Client

from annotations.models import Assignment
from annotations.workflow import assignments

from .helpers import highlight

pytestmark = pytest.mark.django_db


def test_assigning_a_story_gives_each_reviewer_every_article_once(editor, reviewer, other_reviewer, seed_story):
    articles = list(seed_story.articles.all())

    first = assignments.assign([reviewer, other_reviewer], articles, by=editor, story=seed_story)
    again = assignments.assign([reviewer], articles, by=editor, story=seed_story)

    assert first == 2 * len(articles)
    assert again == 0
    assert Assignment.objects.filter(reviewer=reviewer).count() == len(articles)


def test_database_refuses_a_second_assignment_of_the_same_article(editor, reviewer, seed_article):
    Assignment.objects.create(reviewer=reviewer, article=seed_article, assigned_by=editor)

    with pytest.raises(IntegrityError):
        Assignment.objects.create(reviewer=reviewer, article=seed_article, assigned_by=editor)


def test_state_moves_from_not_started_to_in_progress_to_done(editor, reviewer, seed_article):
    assignments.assign([reviewer], [seed_article], by=editor)
    assert assignments.queue_for(reviewer).get().state == Assignment.NOT_STARTED

    highlight(seed_article, reviewer, 0, 5)
    assert assignments.queue_for(reviewer).get().state == Assignment.IN_PROGRESS

    assignments.mark_done(assignments.queue_for(reviewer).get(), by=reviewer)
    assert assignments.queue_for(reviewer).get().state == Assignment.DONE


def test_editor_assigns_two_reviewers_to_a_whole_story_from_the_progress_page(
    client, editor, reviewer, other_reviewer, seed_story
):
    client.force_login(editor)

    response = client.post(
        f"/stories/{seed_story.slug}/assign/", {"reviewers": [reviewer.pk, other_reviewer.pk]}, follow=True
    )

    assert response.status_code == 200
    assert "6 new assignments" in response.content.decode()
    page = client.get(f"/stories/{seed_story.slug}/progress/").content.decode()
    assert "reviewer" in page and "other" in page and "Not started" in page


def test_assigning_without_choosing_a_reviewer_says_so_and_saves_nothing(client, editor, seed_story):
    client.force_login(editor)

    response = client.post(f"/stories/{seed_story.slug}/assign/", {})

    assert response.status_code == 422
    assert "Choose at least one reviewer." in response.content.decode()
    assert not Assignment.objects.exists()


def test_editor_can_assign_single_articles(client, editor, reviewer, seed_articles):
    client.force_login(editor)
    story = seed_articles[0].story

    client.post(f"/stories/{story.slug}/assign/", {"reviewers": [reviewer.pk], "articles": [seed_articles[1].pk]})

    assert list(Assignment.objects.values_list("article_id", flat=True)) == [seed_articles[1].pk]
    assert Assignment.objects.get().story is None


def test_my_queue_lists_my_articles_with_state_and_not_others(client, editor, reviewer, other_reviewer, seed_articles):
    assignments.assign([reviewer], seed_articles[:2], by=editor)
    assignments.assign([other_reviewer], seed_articles[2:], by=editor)
    highlight(seed_articles[0], reviewer, 0, 5)
    client.force_login(reviewer)

    page = client.get("/queue/").content.decode()

    assert seed_articles[0].title in page and seed_articles[1].title in page
    assert seed_articles[2].title not in page
    assert "In progress" in page and "Not started" in page
    assert "2 of 2 articles still open" in page


def test_empty_queue_explains_what_will_appear(client, reviewer):
    client.force_login(reviewer)

    page = client.get("/queue/").content.decode()

    assert "Nothing assigned to you yet" in page


def test_reviewer_marks_an_article_done_from_the_queue(client, editor, reviewer, seed_article):
    assignments.assign([reviewer], [seed_article], by=editor)
    client.force_login(reviewer)

    response = client.post(f"/articles/{seed_article.pk}/done/", follow=True)

    assert response.redirect_chain[-1][0] == "/queue/"
    assert Assignment.objects.get().done_at is not None
    assert "Done" in response.content.decode()


def test_mark_done_over_htmx_answers_with_the_refreshed_queue_item(client, editor, reviewer, seed_article):
    assignments.assign([reviewer], [seed_article], by=editor)
    client.force_login(reviewer)

    response = client.post(f"/articles/{seed_article.pk}/done/", headers={"HX-Request": "true"})

    body = response.content.decode()
    assert response.status_code == 200
    assert body.strip().startswith(f'<li class="card queue-item state-done" id="queue-item-{seed_article.pk}"')


def test_reviewer_cannot_mark_done_an_article_not_assigned_to_them(
    client, editor, reviewer, other_reviewer, seed_article
):
    assignments.assign([other_reviewer], [seed_article], by=editor)
    client.force_login(reviewer)

    response = client.post(f"/articles/{seed_article.pk}/done/")

    assert response.status_code == 404
    assert Assignment.objects.get().done_at is None


def test_mark_done_needs_the_csrf_token(editor, reviewer, seed_article):
    assignments.assign([reviewer], [seed_article], by=editor)
    client = Client(enforce_csrf_checks=True)
    client.force_login(reviewer)

    response = client.post(f"/articles/{seed_article.pk}/done/")

    assert response.status_code == 403
    assert Assignment.objects.get().done_at is None


def test_progress_table_counts_done_per_reviewer(client, editor, reviewer, other_reviewer, seed_articles):
    assignments.assign([reviewer, other_reviewer], seed_articles, by=editor)
    assignments.mark_done(Assignment.objects.get(reviewer=reviewer, article=seed_articles[0]), by=reviewer)

    rows = assignments.progress_table(seed_articles)

    assert [(r.reviewer.username, r.done, r.assigned) for r in rows] == [("other", 0, 3), ("reviewer", 1, 3)]


def test_progress_page_query_count_does_not_grow_with_reviewers(
    client, editor, make_user, seed_story, django_assert_max_num_queries
):
    articles = list(seed_story.articles.all())
    reviewers = [make_user(groups=("reviewer",)) for _ in range(6)]
    assignments.assign(reviewers, articles, by=editor)
    client.force_login(editor)

    with django_assert_max_num_queries(20):
        response = client.get(f"/stories/{seed_story.slug}/progress/")

    assert response.status_code == 200


def test_editor_unassigns_a_reviewer(client, editor, reviewer, seed_article):
    assignments.assign([reviewer], [seed_article], by=editor)
    client.force_login(editor)

    response = client.post(f"/assignments/{Assignment.objects.get().pk}/delete/")

    assert response.status_code == 302
    assert not Assignment.objects.exists()


def test_reviewer_may_neither_assign_nor_see_progress(client, reviewer, seed_story):
    client.force_login(reviewer)

    assert client.get(f"/stories/{seed_story.slug}/progress/").status_code == 403
    assert client.post(f"/stories/{seed_story.slug}/assign/", {"reviewers": [reviewer.pk]}).status_code == 403
    assert not Assignment.objects.exists()


def test_queue_api_lists_my_assignments_with_their_state(client, editor, reviewer, seed_articles):
    assignments.assign([reviewer], seed_articles[:2], by=editor)
    highlight(seed_articles[1], reviewer, 0, 4)
    client.force_login(reviewer)

    data = client.get("/api/queue/").json()

    assert {(row["article"], row["state"]) for row in data} == {
        (seed_articles[0].pk, "not_started"), (seed_articles[1].pk, "in_progress"),
    }
    assert all(row["story"] == seed_articles[0].story.slug for row in data)


def test_editor_reopens_a_done_assignment(client, editor, reviewer, seed_article):
    assignments.assign([reviewer], [seed_article], by=editor)
    assignment = Assignment.objects.get()
    assignments.mark_done(assignment, by=reviewer)
    client.force_login(editor)

    response = client.post(f"/assignments/{assignment.pk}/reopen/")

    assignment.refresh_from_db()
    assert response.status_code == 302
    assert assignment.done_at is None


def test_assigning_needs_the_csrf_token(editor, reviewer, seed_story):
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)

    response = client.post(f"/stories/{seed_story.slug}/assign/", {"reviewers": [reviewer.pk]})

    assert response.status_code == 403
    assert not Assignment.objects.exists()


def test_assigning_marking_done_and_unassigning_are_audited(editor, reviewer, seed_article):
    from newsdesk.models import AuditEvent

    assignments.assign([reviewer], [seed_article], by=editor)
    assignment = Assignment.objects.get()
    assignments.mark_done(assignment, by=reviewer)
    assignments.unassign(assignment, by=editor)

    events = list(AuditEvent.objects.filter(object_type="annotations.assignment").order_by("pk"))
    assert [(e.action, e.actor_name) for e in events] == [
        ("create", "editor"), ("change", "reviewer"), ("delete", "editor"),
    ]
    assert "done_at" in events[1].changes
