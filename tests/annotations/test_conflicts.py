"""Two people (or two tabs) changing one highlight: the later write is refused and told what changed.

Every change moves a highlight's version on; a write naming an older version gets 409 with who changed
what, and nothing is written. A write naming no version goes through, as it always did.
"""

import json
import re

import pytest
from django.db import IntegrityError
from django.test import Client

from annotations.models import Annotation, ConsensusAnnotation, RejectedHighlight
from annotations.workflow import adjudication

from .helpers import highlight

pytestmark = pytest.mark.django_db

URL = "/api/annotations/"


def patch(client, pk, data, **headers):
    return client.patch(f"{URL}{pk}/", json.dumps(data), content_type="application/json", headers=headers)


def delete(client, pk, data=None, **headers):
    body = json.dumps(data) if data is not None else ""
    return client.delete(f"{URL}{pk}/", body, content_type="application/json", headers=headers)


@pytest.fixture
def mine(reviewer, seed_article):
    return highlight(seed_article, reviewer, 10, 20, tag="rhetoric", note="first thoughts")


@pytest.fixture
def two_tabs(reviewer):
    """Two clients logged in as the same reviewer: two tabs, or two machines."""
    tabs = Client(), Client()
    for tab in tabs:
        tab.force_login(reviewer)
    return tabs


def test_a_highlight_json_carries_its_version_and_an_etag(client, reviewer, mine):
    client.force_login(reviewer)

    one = client.get(f"{URL}{mine.pk}/")
    listed = client.get(URL, {"article": mine.article_id}).json()

    assert one.json()["version"] == 1
    assert one.headers["ETag"] == '"1"'
    assert listed[0]["version"] == 1


def test_each_change_moves_the_version_on(client, reviewer, mine):
    client.force_login(reviewer)

    first = patch(client, mine.pk, {"note": "second thoughts", "version": 1})
    second = patch(client, mine.pk, {"tag": "attribution", "version": 2})

    assert (first.status_code, first.json()["version"]) == (200, 2)
    assert (second.status_code, second.json()["version"]) == (200, 3)


def test_the_later_of_two_tabs_gets_a_conflict_naming_what_changed(two_tabs, mine):
    tab_a, tab_b = two_tabs
    seen = tab_b.get(f"{URL}{mine.pk}/").json()["version"]
    patch(tab_a, mine.pk, {"tag": "attribution", "note": "changed in tab A", "version": seen})

    response = patch(tab_b, mine.pk, {"note": "typed in tab B", "version": seen})

    assert response.status_code == 409
    body = response.json()
    message = body["errors"]["conflict"][0]
    assert message.startswith("This highlight was changed by reviewer at ")
    assert "tag Rhetoric → Attribution; note changed. Reload and try again." in message
    assert body["changed"] == ["tag", "note"]
    assert body["current"]["note"] == "changed in tab A" and body["current"]["version"] == seen + 1
    mine.refresh_from_db()
    assert (mine.tag, mine.note, mine.version) == ("attribution", "changed in tab A", 2)


def test_a_stale_if_match_header_is_a_conflict_and_a_fresh_one_is_not(client, reviewer, mine):
    client.force_login(reviewer)
    patch(client, mine.pk, {"note": "moved on"})

    stale = patch(client, mine.pk, {"note": "from the old copy"}, **{"If-Match": '"1"'})
    fresh = patch(client, mine.pk, {"note": "from the new copy"}, **{"If-Match": '"2"'})

    assert stale.status_code == 409 and stale.json()["changed"] == ["note"]
    assert fresh.status_code == 200
    mine.refresh_from_db()
    assert mine.note == "from the new copy"


def test_a_delete_naming_an_old_version_deletes_nothing(two_tabs, mine):
    tab_a, tab_b = two_tabs
    patch(tab_a, mine.pk, {"source": "KCNA", "version": 1})

    response = delete(tab_b, mine.pk, {"version": 1})

    assert response.status_code == 409
    assert response.json()["changed"] == ["source"]
    assert Annotation.objects.live().filter(pk=mine.pk).exists()


def test_a_delete_with_the_current_version_in_if_match_deletes(client, reviewer, mine):
    client.force_login(reviewer)

    response = delete(client, mine.pk, **{"If-Match": '"1"'})

    assert response.status_code == 204
    assert not Annotation.objects.live().filter(pk=mine.pk).exists()


def test_changing_a_highlight_deleted_in_another_tab_says_it_was_deleted(two_tabs, mine):
    tab_a, tab_b = two_tabs
    delete(tab_a, mine.pk, {"version": 1})

    response = patch(tab_b, mine.pk, {"note": "too late", "version": 1})

    assert response.status_code == 409
    assert re.match(r"This highlight was deleted by reviewer at .+\. Reload and try again\.$",
                    response.json()["errors"]["conflict"][0])
    assert "deleted" in response.json()["changed"]
    mine.refresh_from_db()
    assert mine.note == "first thoughts"


def test_without_a_version_the_last_write_wins_as_before(two_tabs, mine):
    tab_a, tab_b = two_tabs
    patch(tab_a, mine.pk, {"note": "tab A"})

    response = patch(tab_b, mine.pk, {"note": "tab B"})

    assert response.status_code == 200
    mine.refresh_from_db()
    assert (mine.note, mine.version) == ("tab B", 3)


def test_a_deleted_highlight_without_a_version_is_still_not_found(client, reviewer, mine):
    client.force_login(reviewer)
    delete(client, mine.pk)

    assert patch(client, mine.pk, {"note": "x"}).status_code == 404
    assert delete(client, mine.pk).status_code == 404


@pytest.mark.parametrize("body, headers", [
    ({"note": "x", "version": 0}, {}),
    ({"note": "x", "version": "1"}, {}),
    ({"note": "x", "version": True}, {}),
    ({"note": "x"}, {"If-Match": "one"}),
    ({"note": "x", "version": 1}, {"If-Match": '"2"'}),
])
def test_a_malformed_version_is_refused_and_nothing_changes(client, reviewer, mine, body, headers):
    client.force_login(reviewer)

    response = patch(client, mine.pk, body, **headers)

    assert response.status_code == 400
    assert "version" in response.json()["errors"]
    mine.refresh_from_db()
    assert (mine.note, mine.version) == ("first thoughts", 1)


def test_the_database_refuses_a_version_below_one(mine):
    with pytest.raises(IntegrityError):
        Annotation.objects.filter(pk=mine.pk).update(version=0)


def test_a_correction_that_moves_a_highlight_makes_older_copies_stale(client, reviewer, editor, make_article):
    from annotations.workflow.corrections import correct_article

    article = make_article("The minister said the plan was reckless.\n\nNothing else happened.")
    start = article.text.index("reckless")
    tagged = highlight(article, reviewer, start, start + len("reckless"))
    correct_article(article, "Earlier that day, the minister said the plan was reckless.\n\nNothing else happened.",
                    by=editor)
    client.force_login(reviewer)

    response = patch(client, tagged.pk, {"note": "stale", "version": 1})

    assert response.status_code == 409
    assert response.json()["changed"] == ["start", "end"]
    assert "changed by editor" in response.json()["errors"]["conflict"][0]


# The reader's popover forms: they always send the version they show.


def test_the_popover_forms_carry_the_version_they_show(client, reviewer, mine):
    client.force_login(reviewer)

    html = client.get(f"/articles/{mine.article_id}/highlights/", {"ids": mine.pk}).content.decode()

    assert html.count('name="version" value="1"') == 2  # edit and delete


def test_saving_the_popover_of_an_old_copy_shows_the_conflict_and_overwrites_nothing(two_tabs, mine):
    tab_a, tab_b = two_tabs
    tab_a.post(f"/annotations/{mine.pk}/edit/", {"tag": "attribution", "note": "tab A", "source": "", "version": 1})

    response = tab_b.post(f"/annotations/{mine.pk}/edit/",
                          {"tag": "boilerplate", "note": "tab B", "source": "", "version": 1},
                          headers={"HX-Request": "true"})

    assert response.status_code == 409
    html = response.content.decode()
    assert 'class="error conflict" role="alert"' in html
    assert "tag Rhetoric → Attribution; note changed. Reload and try again." in html
    assert 'name="version" value="2"' in html  # a fresh form, to try again from what is there now
    assert 'hx-swap-oob' in html  # the passages redrawn as they are now
    mine.refresh_from_db()
    assert (mine.tag, mine.note) == ("attribution", "tab A")


def test_without_javascript_the_conflict_is_a_page_that_says_so(two_tabs, mine):
    tab_a, tab_b = two_tabs
    tab_a.post(f"/annotations/{mine.pk}/edit/", {"tag": "rhetoric", "note": "tab A", "source": "", "version": 1})

    response = tab_b.post(f"/annotations/{mine.pk}/delete/", {"version": 1})

    assert response.status_code == 409
    assert "This highlight was changed by reviewer" in response.content.decode()
    assert Annotation.objects.live().filter(pk=mine.pk).exists()


def test_editing_in_a_tab_after_deleting_in_another_says_it_was_deleted(two_tabs, mine):
    tab_a, tab_b = two_tabs
    tab_a.post(f"/annotations/{mine.pk}/delete/", {"version": 1})

    response = tab_b.post(f"/annotations/{mine.pk}/edit/",
                          {"tag": "rhetoric", "note": "tab B", "source": "", "version": 1},
                          headers={"HX-Request": "true"})

    assert response.status_code == 409
    assert "This highlight was deleted by reviewer" in response.content.decode()
    mine.refresh_from_db()
    assert mine.note == "first thoughts" and mine.deleted_at is not None


def test_someone_elses_deleted_highlight_stays_not_found_from_the_reader(client, other_reviewer, mine):
    mine.soft_delete(mine.reviewer)
    client.force_login(other_reviewer)

    response = client.post(f"/annotations/{mine.pk}/edit/", {"tag": "rhetoric", "version": 1})

    assert response.status_code == 404


# The owner and an adjudicating editor.


def adjudication_post(client, article, action, data):
    return client.post(f"/articles/{article.pk}/adjudicate/{action}/", data, headers={"HX-Request": "true"})


def test_the_adjudication_forms_carry_the_versions_they_show(client, editor, mine):
    client.force_login(editor)

    html = client.get(f"/articles/{mine.article_id}/adjudicate/").content.decode()

    assert html.count(f'name="seen" value="{mine.pk}:1"') == 3  # accept, reject, accept as edited


def test_accepting_a_highlight_its_owner_changed_meanwhile_is_a_conflict(client, reviewer, editor, mine):
    owner = Client()
    owner.force_login(reviewer)
    patch(owner, mine.pk, {"tag": "attribution", "version": 1})
    client.force_login(editor)

    response = adjudication_post(client, mine.article, "accept", {
        "annotations": [mine.pk], "seen": [f"{mine.pk}:1"], "tag": "rhetoric", "start": 10, "end": 20,
    })

    assert response.status_code == 409
    html = response.content.decode()
    assert "reviewer’s highlight was changed by reviewer at" in html
    assert "tag Rhetoric → Attribution" in html
    assert not ConsensusAnnotation.objects.exists()


def test_rejecting_a_highlight_deleted_meanwhile_is_a_conflict(client, reviewer, editor, mine):
    mine.soft_delete(reviewer)
    client.force_login(editor)

    response = adjudication_post(client, mine.article, "reject", {"annotations": [mine.pk], "seen": [f"{mine.pk}:1"]})

    assert response.status_code == 409
    assert "reviewer’s highlight was deleted by reviewer" in response.content.decode()
    assert not RejectedHighlight.objects.exists()


def test_two_editors_deciding_one_candidate_the_second_hears_of_the_first(editor, make_user, mine):
    first, second = Client(), Client()
    first.force_login(editor)
    second.force_login(make_user("editor2", groups=("editor",)))
    seen = {"annotations": [mine.pk], "seen": [f"{mine.pk}:1"]}
    adjudication_post(first, mine.article, "reject", seen)

    response = adjudication_post(second, mine.article, "accept", {**seen, "tag": "rhetoric", "start": 10, "end": 20})

    assert response.status_code == 409
    assert "was already rejected by editor at" in response.content.decode()
    assert not ConsensusAnnotation.objects.exists()


def test_accepting_with_the_versions_shown_still_works(client, editor, mine):
    client.force_login(editor)

    response = adjudication_post(client, mine.article, "accept", {
        "annotations": [mine.pk], "seen": [f"{mine.pk}:1"], "tag": "rhetoric", "start": 10, "end": 20,
    })

    assert response.status_code == 200
    assert ConsensusAnnotation.objects.get().from_annotations.get() == mine


def test_the_owner_may_still_change_a_highlight_after_it_was_accepted(client, reviewer, editor, mine):
    adjudication.accept(mine.article, [mine], tag="rhetoric", start=10, end=20, by=editor, seen={mine.pk: 1})
    client.force_login(reviewer)

    response = patch(client, mine.pk, {"tag": "attribution", "version": 1})

    assert response.status_code == 200
    assert ConsensusAnnotation.objects.get().tag == "rhetoric"  # the consensus keeps what was agreed


def test_removing_a_consensus_highlight_another_editor_changed_is_a_conflict(editor, make_user, mine):
    agreed = adjudication.accept(mine.article, [mine], tag="rhetoric", start=10, end=20, by=editor)
    other = make_user("editor2", groups=("editor",))
    adjudication.accept(mine.article, [mine], tag="rhetoric", start=10, end=20, note="checked twice", by=other)
    client = Client()
    client.force_login(editor)

    response = client.post(f"/consensus/{agreed.pk}/delete/", {"version": 1}, headers={"HX-Request": "true"})

    assert response.status_code == 409
    assert "This consensus highlight was changed by editor2 at" in response.content.decode()
    assert "note changed" in response.content.decode()
    assert ConsensusAnnotation.objects.filter(pk=agreed.pk).exists()


def test_removing_a_consensus_highlight_already_removed_says_by_whom(editor, make_user, mine):
    agreed = adjudication.accept(mine.article, [mine], tag="rhetoric", start=10, end=20, by=editor)
    first, second = Client(), Client()
    first.force_login(editor)
    second.force_login(make_user("editor2", groups=("editor",)))
    first.post(f"/consensus/{agreed.pk}/delete/", {"version": 1})

    response = second.post(f"/consensus/{agreed.pk}/delete/", {"version": 1}, headers={"HX-Request": "true"})

    assert response.status_code == 409
    assert "This consensus highlight was removed by editor at" in response.content.decode()


def test_an_edit_in_the_admin_makes_older_copies_stale(client, reviewer, mine, rf):
    from django.contrib.admin import site

    mine.note = "fixed by staff"
    site._registry[Annotation].save_model(rf.post("/admin/"), mine, form=None, change=True)
    client.force_login(reviewer)

    response = patch(client, mine.pk, {"note": "from the old copy", "version": 1})

    assert mine.version == 2
    assert response.status_code == 409
