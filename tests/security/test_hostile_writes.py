"""Writes probed with hostile input that once ended in a server error, a half-understood value or a message in
Python's own words. Each must be refused with a message a person can act on, and store nothing.

- a claim's label holding a NUL character (PostgreSQL refuses it: a server error there, stored on SQLite);
- a username in compatibility characters (fullwidth letters, ligatures) that Django folds into the name of an
  account that already exists;
- offsets that are not whole numbers written in ASCII digits (``1e3``, ``٣``, ``10.9``, ``true``), or a span of
  white space alone, when placing an orphan again, accepting a span into the consensus or deciding a suggestion.
"""

import json

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

from annotations.claims.models import Claim
from annotations.models import Annotation, ConsensusAnnotation
from tests.annotations.helpers import highlight
from tests.security.writes import as_user, nothing_changed

pytestmark = pytest.mark.django_db


def shown_messages(client, response) -> list[str]:
    """The messages the page a redirect leads to shows (they are kept for that next page)."""
    return [str(message) for message in client.get(response.url).context["messages"]]


# --- claim labels -------------------------------------------------------------------------------------------


@pytest.fixture
def claims(seed_story):
    from annotations.claims.store import find_claims

    find_claims(seed_story)
    return Claim.objects.filter(story=seed_story)


def test_renaming_a_claim_to_a_label_holding_a_nul_is_refused(seed_story, claims, editor):
    claim = claims.order_by("pk").first()
    client = as_user(editor)

    response = nothing_changed(lambda: client.post(f"/stories/{seed_story.slug}/claims/{claim.pk}/rename/",
                                                   {"label": "Arms\x00 deal"}))

    assert response.status_code == 302
    assert shown_messages(client, response) == ["A claim's label holds a NUL character."]


@pytest.mark.parametrize(("label", "message"), [
    ("Arms\x00 deal", "A claim's label holds a NUL character."),
    ("word " * 100, "A claim's label has at most 300 characters."),  # refused, not cut
], ids=["nul", "too-long"])
def test_splitting_a_claim_under_a_label_it_cannot_store_is_refused(seed_story, claims, editor, label, message):
    claim = next(claim for claim in claims.order_by("pk") if claim.mentions.count() >= 2)
    mention = claim.mentions.order_by("pk").first()
    client = as_user(editor)

    response = nothing_changed(lambda: client.post(f"/stories/{seed_story.slug}/claims/{claim.pk}/split/",
                                                   {"mentions": [mention.pk], "label": label}))

    assert shown_messages(client, response) == [message]


# --- usernames --------------------------------------------------------------------------------------------------


@pytest.fixture
def admin(make_user):
    return make_user("admin", is_staff=True, is_superuser=True)


@pytest.mark.parametrize("username, folded", [("ｒｅｖｉｅｗｅｒ", "reviewer"), ("ＲＥＶＩＥＷＥＲ", "REVIEWER")])
def test_adding_a_person_whose_name_folds_into_an_existing_one_is_refused(username, folded, reviewer, admin):
    client = as_user(admin)

    response = nothing_changed(lambda: client.post("/team/add/", {"username": username, "role": "reviewer"}))

    assert response.status_code == 422
    assert f"There is already an account called {folded}." in response.content.decode()


def test_a_name_in_compatibility_characters_is_kept_as_it_folds(admin):
    client = as_user(admin)

    first = client.post("/team/add/", {"username": "ﬁsher", "role": "reviewer"})
    again = nothing_changed(lambda: client.post("/team/add/", {"username": "ﬁsher", "role": "reviewer"}))

    assert first.status_code == 201 and again.status_code == 422
    assert get_user_model().objects.filter(username="fisher").count() == 1
    assert "There is already an account called fisher." in again.content.decode()


def test_an_e_mail_address_longer_than_its_column_is_refused(admin):
    client = as_user(admin)
    email = "a" * 250 + "@example.org"

    response = nothing_changed(lambda: client.post("/team/add/", {"username": "newcomer", "role": "reviewer",
                                                                  "email": email}))

    assert response.status_code == 422
    assert "Ensure this value has at most 254 characters (it has 262)." in response.content.decode()


def test_the_command_line_refuses_a_name_that_folds_into_an_existing_one(reviewer, monkeypatch):
    monkeypatch.setenv("NEWSDESK_PASSWORD", "an invented passphrase for tests")

    with pytest.raises(CommandError, match="already exists"):
        nothing_changed(lambda: call_command("createuser", "ＲＥＶＩＥＷＥＲ", "--role", "reviewer"))


# --- offsets from forms and JSON ----------------------------------------------------------------------------------

NOT_WHOLE_NUMBERS = ["1e3", "٣", " 5", "5 ", "1_0", "0x1", "10.0", "", "9" * 5000]


def white_space_at(text: str) -> int:
    return next(i for i, character in enumerate(text) if character.isspace())


@pytest.fixture
def orphan(seed_article, reviewer):
    annotation = highlight(seed_article, reviewer, 10, 20)
    Annotation.objects.filter(pk=annotation.pk).update(orphaned=True)
    return annotation


@pytest.mark.parametrize("value", NOT_WHOLE_NUMBERS)
def test_placing_an_orphan_at_offsets_that_are_not_whole_numbers_is_refused_in_plain_words(value, orphan, reviewer):
    client = as_user(reviewer)

    response = nothing_changed(lambda: client.post(f"/highlights/{orphan.pk}/place/", {"start": value, "end": "15"}))

    assert response.status_code == 302
    assert shown_messages(client, response) == [
        "Not placed: start and end must be whole numbers (counts of characters)."]


def test_placing_an_orphan_without_offsets_is_refused_in_plain_words(orphan, reviewer):
    client = as_user(reviewer)

    response = nothing_changed(lambda: client.post(f"/highlights/{orphan.pk}/place/", {}))

    assert shown_messages(client, response) == [
        "Not placed: start and end must be whole numbers (counts of characters)."]


def test_placing_an_orphan_on_white_space_alone_is_refused(orphan, reviewer, seed_article):
    at = white_space_at(seed_article.text)
    client = as_user(reviewer)

    response = nothing_changed(lambda: client.post(f"/highlights/{orphan.pk}/place/",
                                                   {"start": str(at), "end": str(at + 1)}))

    assert shown_messages(client, response) == ["Not placed: the highlight covers only white space."]


def test_placing_an_orphan_on_words_still_works(orphan, reviewer):
    client = as_user(reviewer)

    response = client.post(f"/highlights/{orphan.pk}/place/", {"start": "30", "end": "40"})

    orphan.refresh_from_db()
    assert response.url == "/highlights/orphans/"
    assert (orphan.orphaned, orphan.start, orphan.end) == (False, 30, 40)


def accept_form(highlight_pk, start, end):
    return {"annotations": [highlight_pk], "tag": "rhetoric", "start": start, "end": end}


@pytest.mark.parametrize("value", NOT_WHOLE_NUMBERS)
def test_accepting_a_consensus_span_at_offsets_that_are_not_whole_numbers_is_refused(
        value, seed_article, reviewer, editor):
    chosen = highlight(seed_article, reviewer, 10, 20)
    client = as_user(editor)

    response = nothing_changed(lambda: client.post(f"/articles/{seed_article.pk}/adjudicate/accept/",
                                                   accept_form(chosen.pk, value, "20"), headers={"HX-Request": "true"}))

    assert response.status_code == 422
    assert "Start and end must be whole numbers." in response.content.decode()


def test_accepting_a_consensus_span_of_white_space_alone_is_refused(seed_article, reviewer, editor):
    chosen = highlight(seed_article, reviewer, 10, 20)
    at = white_space_at(seed_article.text)
    client = as_user(editor)

    response = nothing_changed(lambda: client.post(f"/articles/{seed_article.pk}/adjudicate/accept/",
                                                   accept_form(chosen.pk, str(at), str(at + 1)),
                                                   headers={"HX-Request": "true"}))

    assert response.status_code == 422
    assert "The span covers only white space." in response.content.decode()
    assert not ConsensusAnnotation.objects.exists()


@pytest.fixture
def suggestion(seed_article, reviewer):
    return as_user(reviewer).get(f"/api/articles/{seed_article.pk}/suggestions").json()[0]


@pytest.mark.parametrize("action", ["accept", "reject"])
@pytest.mark.parametrize("shift", [0.5, True, "1", [1], None])
def test_a_suggestion_decision_whose_offset_is_not_a_whole_number_is_refused(
        action, shift, suggestion, seed_article, reviewer):
    start = suggestion["start"] + shift if isinstance(shift, float) else shift
    body = {"tag": suggestion["tag"], "start": start, "end": suggestion["end"]}
    client = as_user(reviewer)

    response = nothing_changed(lambda: client.post(f"/api/articles/{seed_article.pk}/suggestions/{action}",
                                                   json.dumps(body), content_type="application/json"))

    assert response.status_code == 400
    assert response.json() == {"errors": {"start": ["start must be a whole number of code points."]}}


@pytest.mark.parametrize("value", ["٣", "1e3", " 5"])
def test_a_suggestion_decision_posted_as_a_form_reads_only_ascii_digits(value, suggestion, seed_article, reviewer):
    client = as_user(reviewer)
    form = {"tag": suggestion["tag"], "start": value, "end": str(suggestion["end"])}

    response = nothing_changed(lambda: client.post(f"/api/articles/{seed_article.pk}/suggestions/accept", form))

    assert response.status_code == 400


def test_a_suggestion_decision_with_good_offsets_still_works(suggestion, seed_article, reviewer):
    client = as_user(reviewer)
    form = {"tag": suggestion["tag"], "start": str(suggestion["start"]), "end": str(suggestion["end"])}

    response = client.post(f"/api/articles/{seed_article.pk}/suggestions/accept", form)

    assert response.status_code == 302
    assert Annotation.objects.filter(start=suggestion["start"], end=suggestion["end"]).exists()


def test_a_name_taken_between_the_check_and_the_insert_is_refused(reviewer, admin, monkeypatch):
    from django.db.models import QuerySet

    from people import team

    monkeypatch.setattr(QuerySet, "exists", lambda self: False)  # as if the other request's row were not seen yet

    with pytest.raises(team.TeamError, match="There is already an account called reviewer."):
        nothing_changed(lambda: team.add_person("reviewer", "reviewer", by=admin))


# --- the admin's highlight forms ------------------------------------------------------------------------------------


def admin_change(client, annotation, **changes):
    """Post the admin's change form of ``annotation`` with its current values and ``changes``."""
    data = {"tag": annotation.tag, "start": annotation.start, "end": annotation.end, "quote": annotation.quote,
            "prefix": annotation.prefix, "suffix": annotation.suffix, "note": annotation.note,
            "source": annotation.source, "article": annotation.article_id, "reviewer": annotation.reviewer_id,
            "suggestion_rule": annotation.suggestion_rule, "deleted_at_0": "", "deleted_at_1": "",
            "deleted_by": "", **({"orphaned": "on"} if annotation.orphaned else {}), **changes}
    return client.post(f"/admin/annotations/annotation/{annotation.pk}/change/", data)


@pytest.mark.parametrize("changes, field", [
    ({"start": "3990", "end": "99999"}, "end"),
    ({"start": "30", "end": "40", "quote": "not these words"}, "quote"),
])
def test_the_admin_refuses_a_highlight_span_the_text_does_not_hold(changes, field, seed_article, reviewer, admin):
    annotation = highlight(seed_article, reviewer, 10, 20)
    client = as_user(admin)

    response = nothing_changed(lambda: admin_change(client, annotation, **changes))

    assert response.status_code == 200
    assert field in response.context["adminform"].form.errors


def test_the_admin_anchors_a_span_it_accepts_on_the_text(seed_article, reviewer, admin):
    annotation = highlight(seed_article, reviewer, 10, 20)
    text = seed_article.text
    client = as_user(admin)

    response = admin_change(client, annotation, start="30", end="40", quote=text[30:40], prefix="", suffix="")

    annotation.refresh_from_db()
    assert response.status_code == 302
    assert (annotation.start, annotation.end, annotation.quote) == (30, 40, text[30:40])
    assert annotation.prefix == text[:30][-len(annotation.prefix):] and annotation.prefix
    assert annotation.suffix and text[40:].startswith(annotation.suffix)


def test_the_admin_still_changes_the_note_of_an_orphan_whose_words_are_gone(seed_article, reviewer, admin):
    annotation = highlight(seed_article, reviewer, 10, 20)
    Annotation.objects.filter(pk=annotation.pk).update(orphaned=True, quote="words the correction removed")
    annotation.refresh_from_db()
    client = as_user(admin)

    response = admin_change(client, annotation, note="kept for the record")

    annotation.refresh_from_db()
    assert response.status_code == 302
    assert annotation.note == "kept for the record"


def test_the_admin_refuses_a_consensus_span_past_the_end_of_the_text(seed_article, editor, admin):
    text = seed_article.text
    consensus = ConsensusAnnotation.objects.create(article=seed_article, tag="rhetoric", start=10, end=20,
                                                   quote=text[10:20], decided_by=editor)
    client = as_user(admin)
    data = {"tag": "rhetoric", "start": "10", "end": str(len(text) + 5), "quote": text[10:], "prefix": "",
            "suffix": "", "note": "", "source": "", "article": seed_article.pk, "decided_by": editor.pk,
            "decided_at_0": "2026-01-01", "decided_at_1": "10:00:00"}

    response = nothing_changed(lambda: client.post(
        f"/admin/annotations/consensusannotation/{consensus.pk}/change/", data))

    assert response.status_code == 200
    assert "end" in response.context["adminform"].form.errors


# --- creators named by an annotation file ---------------------------------------------------------------------------


@pytest.mark.parametrize("creator", ["Reviewer", "ＲＥＶＩＥＷＥＲ", "ｒｅｖｉｅｗｅｒ"])
def test_a_json_ld_creator_naming_an_existing_account_in_other_letters_is_that_account(
        creator, seed_article, reviewer):
    from annotations.interchange.jsonld_import import import_document
    from tests.security.test_import_refusals import annotation_on

    result = import_document(annotation_on(seed_article, creator))

    assert result.users_created == []
    assert list(get_user_model().objects.values_list("username", flat=True)) == ["reviewer"]
    assert Annotation.objects.get().reviewer == reviewer


def test_a_json_ld_creator_is_created_under_the_name_the_account_stores(seed_article):
    from annotations.interchange.jsonld_import import import_document
    from tests.security.test_import_refusals import annotation_on

    result = import_document(annotation_on(seed_article, "ﬁsher"))

    assert result.users_created == ["fisher"]
    assert Annotation.objects.get().reviewer.username == "fisher"


def positioned(article, start, end):
    from tests.security.test_import_refusals import annotation_on

    document = annotation_on(article, "someone")
    document["target"]["selector"] = [{"type": "TextPositionSelector", "start": start, "end": end}]
    return document


@pytest.mark.parametrize("start, end", [(True, 5), (5.0, 9.0), ("5", "9"), (9, 5), (None, 5)])
def test_a_json_ld_position_that_is_not_a_span_of_whole_numbers_is_refused_as_such(start, end, seed_article):
    from annotations.interchange.jsonld_import import ImportProblem, import_document

    with pytest.raises(ImportProblem, match="is not a span of article .* and there is no quote to find it by"):
        nothing_changed(lambda: import_document(positioned(seed_article, start, end)))


def test_a_json_ld_highlight_of_white_space_alone_is_refused(seed_article):
    from annotations.interchange.jsonld_import import ImportProblem, import_document

    at = white_space_at(seed_article.text)

    with pytest.raises(ImportProblem, match="covers only white space"):
        nothing_changed(lambda: import_document(positioned(seed_article, at, at + 1)))
