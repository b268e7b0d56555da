"""``GET /api/annotations/counts``: how many highlights of each tag a user may see, on an article or a story."""

import pytest

from annotations.models import Assignment
from annotations.workflow import assignments
from tests.annotations.helpers import highlight

pytestmark = pytest.mark.django_db

URL = "/api/annotations/counts"
TEXT = "Officials said the launch was reckless.\n\nAnalysts called it a success, according to KCNA."
ZERO = {"attribution": 0, "rhetoric": 0, "boilerplate": 0, "factual_claim": 0}


def span(article, phrase):
    start = article.text.index(phrase)
    return start, start + len(phrase)


@pytest.fixture
def story(db):
    from newsdesk.models import Story

    return Story.objects.create(title="Launch", slug="launch", blind_annotation=False)


@pytest.fixture
def articles(make_article, story):
    return [make_article(f"{TEXT}\n\n{name}", story=story, outlet=name) for name in ("Outlet A", "Outlet B")]


def test_an_articles_counts_name_every_tag_and_leave_out_deleted_and_orphaned_highlights(
    client, reviewer, articles
):
    article = articles[0]
    highlight(article, reviewer, *span(article, "reckless"), tag="rhetoric")
    highlight(article, reviewer, *span(article, "launch"), tag="rhetoric")
    highlight(article, reviewer, *span(article, "according to KCNA"), tag="attribution")
    highlight(article, reviewer, *span(article, "success"), tag="rhetoric").soft_delete(reviewer)
    highlight(article, reviewer, *span(article, "Officials"), tag="factual_claim", orphaned=True)
    client.force_login(reviewer)

    response = client.get(URL, {"article": article.pk})

    assert response.status_code == 200
    assert response.json() == {"article": article.pk, "counts": {**ZERO, "rhetoric": 2, "attribution": 1}}
    assert list(response.json()["counts"]) == list(ZERO)


def test_a_storys_counts_add_up_its_articles(client, reviewer, other_reviewer, articles, make_article):
    highlight(articles[0], reviewer, *span(articles[0], "reckless"), tag="rhetoric")
    highlight(articles[1], reviewer, *span(articles[1], "reckless"), tag="rhetoric")
    highlight(articles[1], other_reviewer, *span(articles[1], "reckless"), tag="rhetoric")
    elsewhere = make_article("Another story's text, reckless too.")
    highlight(elsewhere, reviewer, *span(elsewhere, "reckless"), tag="rhetoric")
    client.force_login(reviewer)

    response = client.get(URL, {"story": "launch"})

    assert response.json() == {"story": "launch", "counts": {**ZERO, "rhetoric": 3}}


def test_blind_annotation_hides_others_highlights_from_the_counts_until_the_reviewer_is_done(
    client, reviewer, other_reviewer, editor, articles, story
):
    story.blind_annotation = True
    story.save(update_fields=["blind_annotation"])
    article = articles[0]
    highlight(article, reviewer, *span(article, "reckless"), tag="rhetoric")
    highlight(article, other_reviewer, *span(article, "launch"), tag="rhetoric")

    client.force_login(reviewer)
    before = client.get(URL, {"story": "launch"}).json()["counts"]
    assignments.assign([reviewer], [article], by=editor)
    assignments.mark_done(Assignment.objects.get(reviewer=reviewer, article=article), by=reviewer)
    after = client.get(URL, {"story": "launch"}).json()["counts"]
    client.force_login(editor)
    editors = client.get(URL, {"article": article.pk}).json()["counts"]

    assert before["rhetoric"] == 1
    assert after["rhetoric"] == 2
    assert editors["rhetoric"] == 2


def test_a_story_without_highlights_counts_zeros(client, reviewer, articles):
    client.force_login(reviewer)

    response = client.get(URL, {"story": "launch"})

    assert response.status_code == 200
    assert response.json() == {"story": "launch", "counts": ZERO}


@pytest.mark.parametrize(
    "params, fields",
    [({}, {"article", "story"}), ({"article": "1", "story": "launch"}, {"article", "story"}),
     ({"article": "x"}, {"article"}), ({"article": "999999"}, {"article"}), ({"article": str(10**30)}, {"article"}),
     ({"story": "no-such-story"}, {"story"})],
)
def test_bad_requests_are_refused_naming_the_field(client, reviewer, articles, params, fields):
    client.force_login(reviewer)

    response = client.get(URL, params)

    assert response.status_code == 400
    assert set(response.json()["errors"]) == fields


def test_anonymous_requests_get_401(client, articles):
    response = client.get(URL, {"article": articles[0].pk})

    assert response.status_code == 401


@pytest.mark.parametrize("count", [1, 40])
def test_counting_takes_a_fixed_number_of_queries(client, reviewer, articles, django_assert_num_queries, count):
    article = articles[0]
    for start in range(count):
        highlight(article, reviewer, start, start + 5, tag="rhetoric")
    client.force_login(reviewer)
    client.get(URL, {"story": "launch"})

    with django_assert_num_queries(2):  # session with its user and their permissions, counts
        story = client.get(URL, {"story": "launch"})
    with django_assert_num_queries(3):  # session with its user and their permissions, article, counts
        one = client.get(URL, {"article": article.pk})

    assert story.json()["counts"]["rhetoric"] == one.json()["counts"]["rhetoric"] == count
