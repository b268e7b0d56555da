import json

import pytest
from django.test import Client

from annotations.models import Annotation

pytestmark = pytest.mark.django_db

URL = "/api/annotations/"


def post(client, data, **extra):
    body = data if isinstance(data, (str, bytes)) else json.dumps(data)
    return client.post(URL, body, content_type="application/json", **extra)


def patch(client, pk, data):
    return client.patch(f"{URL}{pk}/", json.dumps(data), content_type="application/json")


def phrase_span(article, phrase):
    start = article.text.index(phrase)
    return start, start + len(phrase)


@pytest.fixture
def tagged(reviewer, seed_article):
    start, end = phrase_span(seed_article, seed_article.text.split()[1])
    return Annotation.objects.create(
        article=seed_article, reviewer=reviewer, tag="rhetoric", start=start, end=end,
        quote=seed_article.text[start:end],
    )


def test_post_stores_the_highlight_with_quote_and_context_filled_in(client, reviewer, make_article):
    article = make_article("Officials said the launch was reckless and dangerous for the whole region.")
    client.force_login(reviewer)
    start, end = phrase_span(article, "reckless")

    response = post(client, {"article": article.pk, "tag": "rhetoric", "start": start, "end": end})

    assert response.status_code == 201
    data = response.json()
    assert data["quote"] == "reckless"
    assert data["prefix"] == article.text[max(0, start - 32) : start]
    assert data["suffix"] == article.text[end : end + 32]
    assert data["reviewer"] == "reviewer"
    assert set(data) == {"id", "article", "reviewer", "tag", "start", "end", "quote", "prefix", "suffix",
                         "note", "source", "created", "updated", "version"}
    assert Annotation.objects.get(pk=data["id"]).quote == "reckless"


def test_offsets_are_code_points_after_astral_characters(client, reviewer, make_article):
    article = make_article("😀😀 中文 the phrase here.")
    client.force_login(reviewer)
    start = 10  # 2 emoji, space, 2 CJK, space, "the " = 10 code points (14 UTF-16 units)

    response = post(client, {"article": article.pk, "tag": "factual_claim", "start": start, "end": start + 6,
                             "quote": "phrase", "source": "KCNA", "note": "check <b>this</b>"})

    assert response.status_code == 201
    assert response.json()["quote"] == "phrase"
    assert response.json()["note"] == "check <b>this</b>"
    assert response.json()["source"] == "KCNA"


@pytest.mark.parametrize(
    "change, field",
    [
        ({"article": 999999}, "article"),
        ({"article": "abc"}, "article"),
        ({"tag": "propaganda"}, "tag"),
        ({"tag": None}, "tag"),
        ({"start": -1}, "start"),
        ({"end": 10**6}, "end"),
        ({"start": 8, "end": 8}, "end"),
        ({"start": 9, "end": 3}, "end"),
        ({"quote": "not the text"}, "quote"),
        ({"start": "3"}, "start"),
        ({"start": 1.5}, "start"),
        ({"end": True}, "end"),
        ({"note": "x" * 2001}, "note"),
        ({"note": 12}, "note"),
        ({"colour": "red"}, "colour"),
    ],
)
def test_bad_input_is_refused_with_an_error_for_the_field_and_nothing_stored(client, reviewer, seed_article,
                                                                             change, field):
    client.force_login(reviewer)
    data = {"article": seed_article.pk, "tag": "rhetoric", "start": 0, "end": 5, **change}

    response = post(client, data)

    assert response.status_code == 400
    assert field in response.json()["errors"]
    assert all(isinstance(m, str) for messages in response.json()["errors"].values() for m in messages)
    assert not Annotation.objects.exists()


def test_missing_fields_are_each_named(client, reviewer):
    client.force_login(reviewer)

    response = post(client, {})

    assert response.status_code == 400
    assert {"article", "tag", "start", "end"} <= set(response.json()["errors"])


@pytest.mark.parametrize("body", ["{not json", "[1, 2]", "", b"\xff\xfe"])
def test_a_body_that_is_not_a_json_object_is_refused(client, reviewer, body):
    client.force_login(reviewer)

    response = post(client, body)

    assert response.status_code == 400
    assert "body" in response.json()["errors"]


def test_a_note_of_exactly_2000_characters_is_accepted(client, reviewer, seed_article):
    client.force_login(reviewer)

    response = post(client, {"article": seed_article.pk, "tag": "rhetoric", "start": 0, "end": 5, "note": "n" * 2000})

    assert response.status_code == 201


def test_list_shows_an_articles_highlights_filtered_by_reviewer_and_tag(client, reviewer, other_reviewer,
                                                                       open_seed_article, tagged):
    Annotation.objects.create(article=open_seed_article, reviewer=other_reviewer, tag="attribution", start=0,
                              end=3, quote=open_seed_article.text[:3])
    client.force_login(reviewer)

    everyone = client.get(URL, {"article": open_seed_article.pk}).json()
    theirs = client.get(URL, {"article": open_seed_article.pk, "reviewer": "other"}).json()
    rhetoric = client.get(URL, {"article": open_seed_article.pk, "tag": "rhetoric"}).json()

    assert len(everyone) == 2
    assert [a["reviewer"] for a in theirs] == ["other"]
    assert [a["id"] for a in rhetoric] == [tagged.pk]


def test_each_listed_highlight_is_exactly_what_fetching_it_alone_gives(client, reviewer, open_seed_article, tagged):
    noted = Annotation.objects.create(article=open_seed_article, reviewer=reviewer, tag="attribution", start=0, end=3,
                                      quote=open_seed_article.text[:3], note="Ünïcode 😀 note", source="KCNA")
    # A time on the whole second is written without a fraction, by the list as by isoformat().
    Annotation.objects.filter(pk=noted.pk).update(created=noted.created.replace(microsecond=0))
    client.force_login(reviewer)

    listed = client.get(URL, {"article": open_seed_article.pk})
    alone = [client.get(f"{URL}{pk}/").json() for pk in (noted.pk, tagged.pk)]

    assert listed["Content-Type"] == "application/json"
    assert listed.json() == alone
    assert "." not in alone[0]["created"].split("T")[1].split("+")[0]


@pytest.mark.parametrize(
    "params, field",
    [({"article": None}, "article"), ({"article": "x"}, "article"), ({"article": 999999}, "article"),
     ({"tag": "nope"}, "tag"), ({"reviewer": "nobody"}, "reviewer")],
)
def test_list_with_bad_filters_is_refused(client, reviewer, seed_article, params, field):
    client.force_login(reviewer)
    query = {key: value for key, value in {"article": seed_article.pk, **params}.items() if value is not None}

    response = client.get(URL, query)

    assert response.status_code == 400
    assert field in response.json()["errors"]


def test_get_one_highlight(client, other_reviewer, tagged, open_seed_article):
    client.force_login(other_reviewer)

    response = client.get(f"{URL}{tagged.pk}/")

    assert response.status_code == 200
    assert response.json()["quote"] == tagged.quote


def test_unknown_ids_are_404(client, reviewer):
    client.force_login(reviewer)

    assert client.get(f"{URL}999999/").status_code == 404
    assert patch(client, 999999, {"tag": "rhetoric"}).status_code == 404
    assert client.delete(f"{URL}999999/").status_code == 404


def test_owner_changes_tag_note_and_source(client, reviewer, tagged):
    client.force_login(reviewer)

    response = patch(client, tagged.pk, {"tag": "attribution", "source": "US intelligence"})

    assert response.status_code == 200
    tagged.refresh_from_db()
    assert (tagged.tag, tagged.source, tagged.note) == ("attribution", "US intelligence", "")


def test_patch_refuses_bad_tag_long_note_and_moving_the_span(client, reviewer, tagged):
    client.force_login(reviewer)

    response = patch(client, tagged.pk, {"tag": "nope", "note": "x" * 2001, "start": 0})

    assert response.status_code == 400
    assert {"tag", "note", "start"} <= set(response.json()["errors"])
    tagged.refresh_from_db()
    assert tagged.tag == "rhetoric"


def test_others_may_not_change_or_delete_a_highlight(client, other_reviewer, tagged, open_seed_article):
    client.force_login(other_reviewer)

    changed = patch(client, tagged.pk, {"tag": "attribution"})
    deleted = client.delete(f"{URL}{tagged.pk}/")

    assert changed.status_code == 403
    assert deleted.status_code == 403
    tagged.refresh_from_db()
    assert tagged.tag == "rhetoric" and tagged.deleted_at is None


def test_owner_deletes_and_the_highlight_disappears(client, reviewer, tagged):
    client.force_login(reviewer)

    response = client.delete(f"{URL}{tagged.pk}/")

    assert response.status_code == 204
    assert client.get(f"{URL}{tagged.pk}/").status_code == 404
    assert client.get(URL, {"article": tagged.article_id}).json() == []
    tagged.refresh_from_db()
    assert tagged.deleted_by_id == tagged.reviewer_id


def test_anonymous_requests_get_401_json(client, tagged):
    assert client.get(URL, {"article": tagged.article_id}).status_code == 401
    assert post(client, {"article": tagged.article_id}).status_code == 401
    assert client.delete(f"{URL}{tagged.pk}/").status_code == 401
    assert "errors" in client.get(f"{URL}{tagged.pk}/").json()


def test_writes_need_the_csrf_token(reviewer, seed_article, tagged):
    client = Client(enforce_csrf_checks=True)
    client.force_login(reviewer)

    created = post(client, {"article": seed_article.pk, "tag": "rhetoric", "start": 0, "end": 5})
    changed = patch(client, tagged.pk, {"tag": "attribution"})
    deleted = client.delete(f"{URL}{tagged.pk}/")

    assert (created.status_code, changed.status_code, deleted.status_code) == (403, 403, 403)
    assert Annotation.objects.count() == 1
    tagged.refresh_from_db()
    assert tagged.tag == "rhetoric" and tagged.deleted_at is None


def test_writes_with_the_csrf_token_succeed(reviewer, seed_article):
    client = Client(enforce_csrf_checks=True)
    client.force_login(reviewer)
    token = client.get(seed_article.get_absolute_url()).cookies["csrftoken"].value

    response = post(client, {"article": seed_article.pk, "tag": "rhetoric", "start": 0, "end": 5},
                    HTTP_X_CSRFTOKEN=token)

    assert response.status_code == 201


def test_in_a_blind_story_others_highlights_stay_hidden_from_a_reviewer(client, other_reviewer, tagged):
    client.force_login(other_reviewer)

    listed = client.get(URL, {"article": tagged.article_id}).json()
    one = client.get(f"{URL}{tagged.pk}/")

    assert listed == []
    assert one.status_code == 404


def test_a_user_without_a_role_may_not_add_highlights(client, make_user, seed_article):
    client.force_login(make_user("visitor"))

    response = post(client, {"article": seed_article.pk, "tag": "rhetoric", "start": 0, "end": 5})

    assert response.status_code == 403
    assert not Annotation.objects.exists()


@pytest.mark.parametrize(
    "change, field",
    [({"article": 10**30}, "article"), ({"start": 10**30, "end": 10**30 + 1}, "start"),
     ({"note": "bad\x00byte"}, "note"), ({"source": "s" * 201}, "source")],
)
def test_hostile_values_are_refused_cleanly(client, reviewer, seed_article, change, field):
    client.force_login(reviewer)

    response = post(client, {"article": seed_article.pk, "tag": "rhetoric", "start": 0, "end": 5, **change})

    assert response.status_code == 400
    assert field in response.json()["errors"]
    assert not Annotation.objects.exists()


def test_listing_an_article_id_beyond_any_integer_column_is_refused(client, reviewer):
    client.force_login(reviewer)

    response = client.get(URL, {"article": str(10**30)})

    assert response.status_code == 400
    assert "article" in response.json()["errors"]
