"""Articles imported without a story: listed on the story list, and filed into a story by editors."""

import re

import pytest

from newsdesk.alignment import filing
from newsdesk.models import AuditEvent, PassagePlacement

pytestmark = pytest.mark.django_db

ARMS_REPORT = (
    "North Korean leader Kim Jong Un toured munitions factories that make artillery shells and missiles.\n\n"
    "Pyongyang is accused of shipping weapons to Russia for its war in Ukraine, in exchange for technology.\n\n"
    "Kim called for more production of missiles and shells at the factories."
)


@pytest.fixture
def unfiled(make_article):
    return make_article(ARMS_REPORT, outlet="Yonhap", title="Kim tours arms factories making shells")


def test_story_list_shows_unfiled_articles_with_outlet_and_reader_link(client, reviewer, seed_story, unfiled):
    client.force_login(reviewer)

    html = client.get("/").content.decode()

    assert "Unfiled articles" in html
    assert "Kim tours arms factories making shells" in html and "Yonhap" in html
    assert f'href="/articles/{unfiled.pk}/"' in html


def test_reviewers_see_no_filing_form(client, reviewer, seed_story, unfiled):
    client.force_login(reviewer)

    html = client.get("/").content.decode()

    assert f"/articles/{unfiled.pk}/file/" not in html


def test_story_list_without_unfiled_articles_has_no_unfiled_section(client, editor, seed_story):
    client.force_login(editor)

    html = client.get("/").content.decode()

    assert "Unfiled articles" not in html


def test_filing_form_preselects_the_suggested_story(client, editor, seed_story, unfiled):
    client.force_login(editor)

    html = client.get("/").content.decode()

    assert re.search(rf'<option value="{seed_story.pk}"[^>]* selected[ >]', html)


def test_story_list_reads_the_stories_to_file_into_once_however_many_articles_are_unfiled(
        client, editor, seed_story, unfiled, make_article):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(editor)
    client.get("/")
    with CaptureQueriesContext(connection) as one:
        client.get("/")
    make_article(ARMS_REPORT.replace("Kim", "The leader"), outlet="Other Wire", title="Leader tours factories")
    with CaptureQueriesContext(connection) as two:
        html = client.get("/").content.decode()

    assert html.count('data-titled') == 2
    assert len(two.captured_queries) == len(one.captured_queries)


def test_editor_files_an_article_and_it_joins_the_story_and_its_alignment(client, editor, seed_story, unfiled):
    client.force_login(editor)

    response = client.post(f"/articles/{unfiled.pk}/file/", {"story": seed_story.pk})

    assert response.status_code == 302 and response.url == "/"
    unfiled.refresh_from_db()
    assert unfiled.story == seed_story
    placed = PassagePlacement.objects.filter(passage__article=unfiled).count()
    assert placed == unfiled.passages.count() > 0
    compare = client.get(f"/stories/{seed_story.slug}/compare/").content.decode()
    assert "Pyongyang is accused of shipping weapons to Russia" in compare
    assert "Unfiled articles" not in client.get("/").content.decode()


def test_filing_is_audited_with_the_story_change(client, editor, seed_story, unfiled):
    client.force_login(editor)

    client.post(f"/articles/{unfiled.pk}/file/", {"story": seed_story.pk})

    event = AuditEvent.objects.filter(object_type="newsdesk.article", object_id=str(unfiled.pk), action="change").get()
    assert event.actor == editor and event.article_id == unfiled.pk
    assert event.changes["story_id"] == [None, seed_story.pk]


def test_reviewer_cannot_file_an_article(client, reviewer, seed_story, unfiled):
    client.force_login(reviewer)

    response = client.post(f"/articles/{unfiled.pk}/file/", {"story": seed_story.pk})

    assert response.status_code == 403
    unfiled.refresh_from_db()
    assert unfiled.story is None


def test_filing_without_a_story_says_so_and_changes_nothing(client, editor, seed_story, unfiled):
    client.force_login(editor)

    response = client.post(f"/articles/{unfiled.pk}/file/", {"story": ""}, follow=True)

    assert "Choose a story." in response.content.decode()
    unfiled.refresh_from_db()
    assert unfiled.story is None and not AuditEvent.objects.filter(action="change").exists()


def test_an_article_already_in_a_story_is_not_moved(editor, seed_article, make_article):
    from newsdesk.models import Story

    other = Story.objects.create(title="Another story", slug="another-story")

    with pytest.raises(filing.FilingError):
        filing.file_article(seed_article, other, editor)

    seed_article.refresh_from_db()
    assert seed_article.story.slug != "another-story"


def test_filing_needs_a_post_with_csrf(editor, seed_story, unfiled):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)

    assert client.get(f"/articles/{unfiled.pk}/file/").status_code == 405
    assert client.post(f"/articles/{unfiled.pk}/file/", {"story": seed_story.pk}).status_code == 403
    unfiled.refresh_from_db()
    assert unfiled.story is None
