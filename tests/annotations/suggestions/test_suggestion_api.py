"""Suggestions over HTTP and what reviewers decide about them."""

import pytest
from django.test import Client

from annotations.models import Annotation, RhetoricTerm, SuggestionDecision
from annotations.suggestions import decisions, suggest

pytestmark = pytest.mark.django_db

ARTICLE_TEXT = (
    "Share this article\n\n"
    "The regime said on Friday that 40 people were arrested, according to the interior ministry.\n\n"
    "Subscribe to our newsletter\n"
)


@pytest.fixture
def article(make_article):
    return make_article(ARTICLE_TEXT)


def url(article, action=""):
    return f"/api/articles/{article.pk}/suggestions" + (f"/{action}" if action else "")


def first(article, tag, rule=""):
    return next(s for s in suggest(article.text) if s.tag == tag and s.rule.endswith(rule))


def test_api_lists_the_suggesters_spans_in_code_points(client, reviewer, article):
    client.force_login(reviewer)

    response = client.get(url(article))

    assert response.status_code == 200
    data = response.json()
    assert [(d["start"], d["end"], d["tag"]) for d in data] == [(s.start, s.end, s.tag) for s in suggest(article.text)]
    assert {"start", "end", "tag", "reason", "confidence", "source"} <= set(data[0])
    sources = [d["source"] for d in data if d["tag"] == "attribution"]
    assert sources == ["The regime", "the interior ministry"]
    assert all(ARTICLE_TEXT[d["start"] : d["end"]] == d["quote"] for d in data)


def test_api_filters_by_tag(client, reviewer, article):
    client.force_login(reviewer)

    response = client.get(url(article) + "?tag=boilerplate")

    assert response.status_code == 200
    assert {d["tag"] for d in response.json()} == {"boilerplate"}
    assert len(response.json()) == 2


def test_the_list_with_a_trailing_slash_redirects_to_the_documented_address(client, reviewer, article):
    client.force_login(reviewer)

    response = client.get(url(article) + "/?tag=boilerplate")

    assert response.status_code == 301
    assert response["Location"] == url(article) + "?tag=boilerplate"
    assert {d["tag"] for d in client.get(response["Location"]).json()} == {"boilerplate"}


def test_unknown_tag_is_a_clear_error(client, reviewer, article):
    client.force_login(reviewer)

    response = client.get(url(article) + "?tag=spin")

    assert response.status_code == 400
    assert "tag" in response.json()["errors"]


def test_anonymous_request_gets_401_json(client, article):
    response = client.get(url(article))

    assert response.status_code == 401


def test_missing_article_is_404(client, reviewer):
    client.force_login(reviewer)

    assert client.get("/api/articles/99999/suggestions").status_code == 404


def test_accepting_a_suggestion_makes_it_the_reviewers_highlight(client, reviewer, article):
    client.force_login(reviewer)
    suggestion = first(article, "attribution", "according_to")

    response = client.post(
        url(article, "accept"), {"tag": "attribution", "start": suggestion.start, "end": suggestion.end},
        content_type="application/json",
    )

    assert response.status_code == 201
    annotation = Annotation.objects.get()
    assert (annotation.reviewer, annotation.tag, annotation.start, annotation.end) == (
        reviewer, "attribution", suggestion.start, suggestion.end)
    assert annotation.quote == ARTICLE_TEXT[suggestion.start : suggestion.end]
    assert annotation.suggestion_rule == suggestion.rule
    assert annotation.source == "the interior ministry"
    assert SuggestionDecision.objects.get().decision == "accepted"


def test_an_accepted_suggestion_answers_as_the_highlights_api_does_plus_its_rule(client, reviewer, article):
    client.force_login(reviewer)
    suggestion = first(article, "attribution", "according_to")

    accepted = client.post(
        url(article, "accept"), {"tag": "attribution", "start": suggestion.start, "end": suggestion.end},
        content_type="application/json",
    ).json()["annotation"]

    highlight = client.get(f"/api/annotations/{accepted['id']}/").json()
    assert accepted == {**highlight, "suggestion_rule": suggestion.rule}


def test_decided_suggestions_are_no_longer_listed_for_that_reviewer_only(
    client, reviewer, other_reviewer, article
):
    accepted, rejected = first(article, "attribution"), first(article, "rhetoric")
    decisions.accept(article, reviewer, accepted)
    decisions.reject(article, reviewer, rejected)
    client.force_login(reviewer)

    mine = {(d["tag"], d["start"]) for d in client.get(url(article)).json()}
    client.force_login(other_reviewer)
    theirs = {(d["tag"], d["start"]) for d in client.get(url(article)).json()}

    assert ("attribution", accepted.start) not in mine and ("rhetoric", rejected.start) not in mine
    assert ("attribution", accepted.start) in theirs and ("rhetoric", rejected.start) in theirs


def test_rejecting_records_the_decision_and_creates_no_highlight(client, reviewer, article):
    client.force_login(reviewer)
    suggestion = first(article, "rhetoric")

    response = client.post(
        url(article, "reject"), {"tag": "rhetoric", "start": suggestion.start, "end": suggestion.end},
        content_type="application/json",
    )

    assert response.status_code == 200
    assert not Annotation.objects.exists()
    decision = SuggestionDecision.objects.get()
    assert (decision.decision, decision.rule) == ("rejected", suggestion.rule)


ALREADY_HIGHLIGHTED = "This span is already your highlight, so the suggestion cannot be rejected: delete the highlight."


def test_rejecting_a_suggestion_already_accepted_in_another_tab_is_refused(client, reviewer, article):
    suggestion = first(article, "attribution", "according_to")
    decisions.accept(article, reviewer, suggestion)
    client.force_login(reviewer)
    before = list(SuggestionDecision.objects.values_list("decision", "annotation"))

    response = client.post(
        url(article, "reject"), {"tag": "attribution", "start": suggestion.start, "end": suggestion.end},
        content_type="application/json",
    )

    assert response.status_code == 409
    assert response.json() == {"errors": {"suggestion": [ALREADY_HIGHLIGHTED]}}
    assert list(SuggestionDecision.objects.values_list("decision", "annotation")) == before
    assert Annotation.objects.live().count() == 1


def test_rejecting_an_accepted_suggestion_by_form_says_why_on_the_page(client, reviewer, article):
    suggestion = first(article, "attribution", "according_to")
    decisions.accept(article, reviewer, suggestion)
    client.force_login(reviewer)

    response = client.post(url(article, "reject"), {"tag": "attribution", "start": suggestion.start,
                                                     "end": suggestion.end}, follow=True)

    assert [str(m) for m in response.context["messages"]] == [ALREADY_HIGHLIGHTED]
    assert SuggestionDecision.objects.get().decision == "accepted"


def test_a_suggestion_rejected_then_accepted_becomes_a_highlight(client, reviewer, article):
    suggestion = first(article, "rhetoric")
    decisions.reject(article, reviewer, suggestion)
    client.force_login(reviewer)

    response = client.post(
        url(article, "accept"), {"tag": "rhetoric", "start": suggestion.start, "end": suggestion.end},
        content_type="application/json",
    )

    assert response.status_code == 201
    assert SuggestionDecision.objects.get().decision == "accepted"


def test_accepting_a_span_that_is_not_a_suggestion_is_refused(client, reviewer, article):
    client.force_login(reviewer)

    response = client.post(
        url(article, "accept"), {"tag": "rhetoric", "start": 0, "end": 3}, content_type="application/json"
    )

    assert response.status_code == 404
    assert "suggestion" in response.json()["errors"]
    assert not Annotation.objects.exists()
    assert not SuggestionDecision.objects.exists()


def test_bad_offsets_and_tags_are_each_explained(client, reviewer, article):
    client.force_login(reviewer)

    response = client.post(
        url(article, "accept"), {"tag": "nope", "start": "x", "end": None}, content_type="application/json"
    )

    assert response.status_code == 400
    assert set(response.json()["errors"]) == {"tag", "start", "end"}


def test_user_without_a_role_cannot_accept(client, make_user, article):
    client.force_login(make_user("visitor"))
    suggestion = first(article, "boilerplate")

    response = client.post(
        url(article, "accept"), {"tag": "boilerplate", "start": suggestion.start, "end": suggestion.end},
        content_type="application/json",
    )

    assert response.status_code == 403
    assert not Annotation.objects.exists()


def test_accept_all_boilerplate_accepts_every_pending_line(client, reviewer, article):
    client.force_login(reviewer)

    response = client.post(url(article, "accept-all"), {"tag": "boilerplate"}, content_type="application/json")

    assert response.status_code == 201
    assert sorted(a.quote for a in Annotation.objects.all()) == ["Share this article", "Subscribe to our newsletter"]
    assert client.get(url(article) + "?tag=boilerplate").json() == []


def test_accept_all_refuses_judgement_tags(client, reviewer, article):
    client.force_login(reviewer)

    response = client.post(url(article, "accept-all"), {"tag": "rhetoric"}, content_type="application/json")

    assert response.status_code == 400
    assert not Annotation.objects.exists()


def test_plain_form_post_accepts_and_redirects_to_the_article(client, reviewer, article):
    client.force_login(reviewer)
    suggestion = first(article, "boilerplate")

    response = client.post(url(article, "accept"), {"tag": "boilerplate", "start": suggestion.start,
                                                     "end": suggestion.end})

    assert response.status_code == 302
    assert response["Location"] == f"/articles/{article.pk}/?suggestions=on"
    assert Annotation.objects.get().suggestion_rule == suggestion.rule


def test_writes_need_the_csrf_token(reviewer, article):
    client = Client(enforce_csrf_checks=True)
    client.force_login(reviewer)
    suggestion = first(article, "boilerplate")

    response = client.post(url(article, "accept"), {"tag": "boilerplate", "start": suggestion.start,
                                                     "end": suggestion.end})

    assert response.status_code == 403
    assert not Annotation.objects.exists()


def test_an_editor_added_lexicon_term_is_suggested(client, reviewer, make_article):
    RhetoricTerm.objects.create(phrase="Junket", kind="framing", note="Frames a trip as a perk.")
    article = make_article("The minister returned from another junket abroad on Monday with 12 aides.")
    client.force_login(reviewer)

    data = client.get(url(article) + "?tag=rhetoric").json()

    assert [d["quote"] for d in data] == ["junket"]
    assert "(frames a trip as a perk)" in data[0]["reason"]


def test_a_deactivated_lexicon_term_is_no_longer_suggested(client, reviewer, article):
    RhetoricTerm.objects.filter(phrase="regime").update(active=False)
    client.force_login(reviewer)

    data = client.get(url(article) + "?tag=rhetoric").json()

    assert "regime" not in [d["quote"] for d in data]


def test_default_lexicon_is_seeded_by_migration():
    assert RhetoricTerm.objects.filter(phrase="dictator", kind="loaded_label").exists()
    assert "sanctions regime" in RhetoricTerm.objects.get(phrase="regime").neutral_uses


def test_listing_suggestions_takes_a_fixed_number_of_queries(client, reviewer, article, django_assert_num_queries):
    client.force_login(reviewer)
    client.get(url(article))

    with django_assert_num_queries(5):  # session with user and permissions, article, lexicon, decisions, highlights
        client.get(url(article))


def test_outcomes_count_highlights_from_suggestions_and_each_rules_decisions(reviewer, other_reviewer, article):
    from annotations.suggestions.figures import suggestion_outcomes

    boilerplate = [s for s in suggest(article.text) if s.tag == "boilerplate"]
    decisions.accept(article, reviewer, boilerplate[0])
    decisions.reject(article, other_reviewer, boilerplate[0])
    decisions.reject(article, reviewer, first(article, "rhetoric"))
    Annotation.objects.create(article=article, reviewer=reviewer, tag="rhetoric", start=0, end=5,
                              quote=article.text[:5])

    outcomes = suggestion_outcomes(Annotation.objects.live(), SuggestionDecision.objects.all())

    assert (outcomes["highlights"], outcomes["began_as_suggestions"]) == (2, 1)
    by_rule = {row["rule"]: (row["accepted"], row["rejected"]) for row in outcomes["rules"]}
    assert by_rule[boilerplate[0].rule] == (1, 1)
    assert by_rule[first(article, "rhetoric").rule] == (0, 1)


def test_reader_offers_suggestions_without_listing_them_until_asked(client, reviewer, article):
    client.force_login(reviewer)

    page = client.get(f"/articles/{article.pk}/").content.decode()

    assert "Show suggestions" in page
    assert "List of suggestions" not in page


def test_reader_lists_suggestions_with_accept_and_reject_forms_when_asked(client, reviewer, article):
    client.force_login(reviewer)
    pending = decisions.pending(article, reviewer)

    page = client.get(f"/articles/{article.pk}/?suggestions=on").content.decode()

    assert f"List of suggestions ({len(pending)})" in page
    assert page.count(f'action="/api/articles/{article.pk}/suggestions/accept"') == len(pending)
    assert page.count(f'action="/api/articles/{article.pk}/suggestions/reject"') == len(pending)


def test_comparison_grid_offers_suggestions(client, reviewer, seed_story):
    client.force_login(reviewer)

    page = client.get(f"/stories/{seed_story.slug}/compare/").content.decode()

    assert "Show suggestions" in page and "js/suggestions.js" in page


def test_the_readers_jump_links_lead_to_the_suggestions_panel_with_its_count(client, reviewer, article):
    client.force_login(reviewer)
    pending = len(decisions.pending(article, reviewer))

    shown = client.get(f"/articles/{article.pk}/?suggestions=on").content.decode()
    hidden = client.get(f"/articles/{article.pk}/").content.decode()

    assert pending > 0
    assert f'<a href="#suggestions" class="jump-suggestions">Suggestions ({pending}) ↓</a>' in shown
    assert '<a href="#suggestions" class="jump-suggestions">Suggestions ↓</a>' in hidden
    assert '<section id="suggestions" class="card suggestions-panel' in hidden


@pytest.mark.django_db
def test_a_decision_taken_when_a_line_s_invisible_marks_were_part_of_its_span_still_counts(reviewer, make_article):
    text = ("\u200fShare this article\u200f\n\nThe council met on Monday to approve the budget for next year, "
            "officials said on Tuesday evening.")
    article = make_article(text)
    line = next(s for s in decisions.for_article(article) if s.tag == "boilerplate")
    assert text[line.start:line.end] == "Share this article"  # the marks are no longer part of it
    SuggestionDecision.objects.create(article=article, reviewer=reviewer, tag="boilerplate", rule=line.rule,
                                      start=line.start - 1, end=line.end + 1, decision="rejected")

    still = {(s.tag, s.start, s.end) for s in decisions.pending(article, reviewer)}
    assert (line.tag, line.start, line.end) not in still
    assert decisions.find(article, "boilerplate", line.start - 1, line.end + 1) == line
