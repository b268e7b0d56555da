"""Claims stored per story: recomputed when articles change, read by the API, curated by editors, reported."""

import pytest
from django.test import Client

from annotations.claims import curation
from annotations.claims.models import Claim, ClaimMention
from annotations.claims.store import find_claims
from newsdesk.models import AuditEvent, Story

pytestmark = pytest.mark.django_db

BLOCKADE = [
    ("Coastal Courier", "Crews moored 27 trawlers across the harbour of Saltby on Monday in protest at the quota.\n\n"
                        "The regional council cut the cod quota by 18 per cent in December."),
    ("Northwire", "Nearly 30 fishing boats blocked the harbour of Saltby on Monday in protest at the quota.\n\n"
                  "Ferry services to the islands were suspended for the whole day on Monday."),
    ("Daily Ledger", "A line of 27 trawlers sealed the harbour at Saltby on Monday in protest at the quota.\n\n"
                     "The council said it cut the cod quota by 18 per cent in December."),
]


@pytest.fixture
def blockade(make_article, django_capture_on_commit_callbacks):
    story = Story.objects.create(title="Saltby blockade", slug="saltby")
    with django_capture_on_commit_callbacks(execute=True):
        articles = [make_article(text, outlet=outlet, story=story) for outlet, text in BLOCKADE]
    return story, articles


def mentions_of(claim_json, article):
    return [m for m in claim_json["mentions"] if m["article"] == article.pk]


def claim_with(data, words):
    return next(c for c in data["claims"] if any(words in m["quote"] for m in c["mentions"]))


def test_claims_are_found_once_the_import_commits(blockade):
    story, articles = blockade

    blockade_claim = Claim.objects.filter(story=story, mentions__quote__contains="Nearly 30").get()

    assert set(blockade_claim.mentions.values_list("article_id", flat=True)) == {a.pk for a in articles}


def test_nothing_is_computed_while_the_import_is_uncommitted(make_article):
    story = Story.objects.create(title="Quiet", slug="quiet")

    make_article(BLOCKADE[0][1], outlet="A", story=story)

    assert not Claim.objects.filter(story=story).exists()


def test_the_api_answers_the_contract_with_code_point_offsets(client, reviewer, blockade):
    story, articles = blockade
    client.force_login(reviewer)

    data = client.get(f"/api/stories/{story.slug}/claims").json()

    assert set(data) == {"story", "articles", "claims"}
    assert data["story"] == "saltby"
    assert [set(a) for a in data["articles"]] == [{"id", "outlet", "title"}] * 3
    texts = {a.pk: a.text for a in articles}
    for claim in data["claims"]:
        assert set(claim) == {"id", "label", "topic", "curated", "mentions"}
        for mention in claim["mentions"]:
            assert set(mention) == {"article", "start", "end", "quote", "differs"}
            assert texts[mention["article"]][mention["start"]:mention["end"]] == mention["quote"]
    blockade_claim = claim_with(data, "Nearly 30")
    assert [m["differs"] for m in blockade_claim["mentions"] if "Nearly 30" in m["quote"]] == [True]
    assert all(not m["differs"] for m in blockade_claim["mentions"] if "27 trawlers" in m["quote"])


def test_offsets_count_code_points_beyond_the_basic_plane(client, reviewer, make_article,
                                                          django_capture_on_commit_callbacks):
    story = Story.objects.create(title="Emoji", slug="emoji")
    with django_capture_on_commit_callbacks(execute=True):
        article = make_article("🚢🚢 Port news\n\nCrews moored 27 trawlers across the harbour of Saltby on Monday.",
                               outlet="A", story=story)
    client.force_login(reviewer)

    [claim] = client.get("/api/stories/emoji/claims").json()["claims"]

    mention = claim["mentions"][0]
    assert mention["start"] == article.text.index("Crews")
    assert article.text[mention["start"]:mention["end"]] == mention["quote"]


def test_an_unknown_story_is_404(client, reviewer):
    client.force_login(reviewer)

    response = client.get("/api/stories/nope/claims")

    assert response.status_code == 404


def test_anonymous_clients_get_401(client, blockade):
    assert client.get("/api/stories/saltby/claims").status_code == 401


def test_outlet_blind_review_hides_mastheads_in_the_api(client, reviewer, blockade):
    story, _ = blockade
    story.outlet_blind = True
    story.save()
    client.force_login(reviewer)

    data = client.get("/api/stories/saltby/claims").json()

    assert {a["outlet"] for a in data["articles"]} == {"Outlet A", "Outlet B", "Outlet C"}


def test_a_correction_recomputes_the_story(blockade, django_capture_on_commit_callbacks):
    story, articles = blockade
    article = articles[1]

    with django_capture_on_commit_callbacks(execute=True):
        article.text = article.text.replace("Nearly 30", "Barely 27")  # same length: the passages stay
        article.save(update_fields=["text"])

    assert ClaimMention.objects.filter(article=article, quote__startswith="Barely 27").exists()
    assert not ClaimMention.objects.filter(article=article, quote__contains="Nearly 30").exists()


def test_curated_claims_survive_a_rerun(blockade, editor):
    story, articles = blockade
    mention = ClaimMention.objects.get(quote__contains="Nearly 30")
    curation.unlink(mention, editor)
    renamed = mention.claim
    curation.rename(renamed, "Boats at the harbour (wire's count)", editor)

    find_claims(story)

    kept = Claim.objects.get(pk=renamed.pk)
    assert kept.curated and kept.label == "Boats at the harbour (wire's count)"
    assert list(kept.mentions.values_list("quote", flat=True)) == [mention.quote]
    assert ClaimMention.objects.filter(quote=mention.quote).count() == 1


def test_a_new_article_stating_a_curated_claim_joins_it_and_the_claim_keeps_its_members(
    blockade, editor, make_article, django_capture_on_commit_callbacks
):
    story, articles = blockade
    claim = Claim.objects.filter(story=story, mentions__quote__contains="Nearly 30").get()
    curation.rename(claim, "Trawlers blockade the harbour", editor)
    members = set(claim.mentions.values_list("pk", flat=True))

    with django_capture_on_commit_callbacks(execute=True):
        late = make_article("Some 27 trawlers blocked the harbour of Saltby on Monday in protest at the quota.\n\n"
                            "The town's library reopened on Friday after a long refurbishment.",
                            outlet="Evening Post", story=story)

    claim.refresh_from_db()
    assert claim.curated and claim.label == "Trawlers blockade the harbour"
    assert members < set(claim.mentions.values_list("pk", flat=True))
    joined = claim.mentions.get(article=late)
    assert "27 trawlers" in joined.quote and joined.reason
    assert not claim.mentions.filter(article=late, quote__contains="library").exists()
    assert AuditEvent.objects.filter(object_type="annotations.claimmention", object_id=str(joined.pk),
                                     action="create").exists()
    assert ClaimMention.objects.filter(article=late, quote=joined.quote).count() == 1


def test_every_curation_goes_in_the_audit_trail(blockade, editor):
    story, _ = blockade
    quota = Claim.objects.get(story=story, mentions__quote__contains="cod quota",
                              mentions__article__outlet__name="Coastal Courier")
    ferries = Claim.objects.get(story=story, mentions__quote__contains="Ferry")
    before = AuditEvent.objects.count()

    curation.merge(ferries, quota, editor)
    first = quota.mentions.order_by("pk").first()
    curation.split(quota, [first.pk], "Split off", editor)

    events = AuditEvent.objects.filter(actor=editor).values_list("action", "object_type")
    assert AuditEvent.objects.count() > before
    assert ("delete", "annotations.claim") in events
    assert ("create", "annotations.claim") in events
    assert ("change", "annotations.claimmention") in events


def test_linking_a_mention_moves_it_and_recomputes_differs(blockade, editor):
    story, _ = blockade
    wire = ClaimMention.objects.get(quote__contains="Nearly 30")
    curation.unlink(wire, editor)
    target = Claim.objects.get(story=story, mentions__quote__contains="A line of 27")

    curation.link(ClaimMention.objects.get(pk=wire.pk), target, editor)

    wire.refresh_from_db()
    assert wire.claim_id == target.pk and wire.differs
    assert Claim.objects.get(pk=target.pk).curated


def test_refused_curation_says_why(blockade, editor):
    story, _ = blockade
    claim = Claim.objects.filter(story=story).first()

    with pytest.raises(curation.CurationError):
        curation.merge(claim, claim, editor)
    with pytest.raises(curation.CurationError):
        curation.rename(claim, "   ", editor)


def test_reviewers_cannot_curate(client, reviewer, blockade):
    client.force_login(reviewer)
    claim = Claim.objects.first()

    response = client.post(f"/stories/saltby/claims/{claim.pk}/rename/", {"label": "x"})

    assert response.status_code == 403
    assert Claim.objects.get(pk=claim.pk).label != "x"


def test_curation_forms_need_the_csrf_token(editor, blockade):
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    claim = Claim.objects.first()

    response = client.post(f"/stories/saltby/claims/{claim.pk}/rename/", {"label": "x"})

    assert response.status_code == 403
    assert Claim.objects.get(pk=claim.pk).label != "x"


def test_editors_rename_through_the_form(client, editor, blockade):
    client.force_login(editor)
    claim = Claim.objects.first()

    response = client.post(f"/stories/saltby/claims/{claim.pk}/rename/", {"label": "The blockade"}, follow=True)

    assert response.status_code == 200
    assert "The blockade" in response.content.decode()
    assert Claim.objects.get(pk=claim.pk).curated


def test_report_counts_carried_exclusive_omitted_and_differing(client, reviewer, blockade):
    client.force_login(reviewer)

    data = client.get("/api/stories/saltby/claims/outlets").json()

    rows = {row["outlet"]: row for row in data["outlets"]}
    assert rows["Northwire"]["differing_mentions"] >= 1
    assert rows["Northwire"]["exclusive_claims"] >= 1  # the ferries
    assert rows["Northwire"]["shared_claims_omitted"] >= 1  # the quota cut both others report
    assert rows["Coastal Courier"]["shared_claims_omitted"] == 0


def test_report_csv_has_a_row_per_outlet(client, reviewer, blockade):
    client.force_login(reviewer)

    response = client.get("/stories/saltby/claims/outlets.csv")

    lines = response.content.decode("utf-8-sig").strip().splitlines()
    assert lines[0].startswith("outlet,claims_carried,exclusive_claims,shared_claims_omitted,differing_mentions")
    assert len(lines) == 4


def test_the_comparison_page_shows_the_matrix(client, reviewer, blockade):
    client.force_login(reviewer)

    page = client.get("/stories/saltby/compare/").content.decode()

    assert 'id="claims"' in page
    assert "claim-cell-differs" in page
    assert "left out by <bdi>Northwire</bdi>" in page


def test_the_claims_page_offers_curation_to_editors_only(client, reviewer, editor, blockade):
    client.force_login(reviewer)
    assert "Curate claims" not in client.get("/stories/saltby/claims/").content.decode()
    client.force_login(editor)
    assert "Curate claims" in client.get("/stories/saltby/claims/").content.decode()


def test_the_command_finds_the_claims_of_named_stories(blockade):
    from io import StringIO

    from django.core.management import call_command

    story, _ = blockade
    Claim.objects.filter(story=story).delete()
    out = StringIO()

    call_command("find_claims", "saltby", stdout=out)

    assert "saltby:" in out.getvalue()
    assert Claim.objects.filter(story=story).exists()


def test_each_claim_names_a_topic_of_the_alignment(client, reviewer, blockade):
    client.force_login(reviewer)

    claims = client.get("/api/stories/saltby/claims").json()["claims"]
    topics = {t["id"] for t in client.get("/api/stories/saltby/alignment").json()["topics"]}

    assert {c["topic"] for c in claims} <= topics | {None}
    assert {c["topic"] for c in claims} & topics


def test_the_api_takes_the_same_queries_however_many_claims(client, reviewer, blockade,
                                                             django_assert_max_num_queries):
    client.force_login(reviewer)
    client.get("/api/stories/saltby/claims")

    with django_assert_max_num_queries(9):
        client.get("/api/stories/saltby/claims")


def test_the_reports_summary_carries_the_claims_of_the_chosen_story(client, reviewer, blockade):
    client.force_login(reviewer)

    chosen = client.get("/api/reports/summary?story=saltby").json()
    every = client.get("/api/reports/summary").json()

    assert {row["outlet"] for row in chosen["claims"]} == {"Coastal Courier", "Northwire", "Daily Ledger"}
    assert every["claims"] is None


def test_the_article_history_lists_claim_curation(client, editor, blockade):
    mention = ClaimMention.objects.get(quote__contains="Nearly 30")
    curation.unlink(mention, editor)
    client.force_login(editor)

    response = client.get(f"/articles/{mention.article_id}/history/")

    assert response.status_code == 200
    assert "to the claim" in response.content.decode()


def test_a_subscription_offer_the_line_rules_know_is_no_claim_before_the_story_is_aligned(
        django_capture_on_commit_callbacks):
    from newsdesk.importing import importer

    offer = "Subscribe today for just £1 a week for the first three months and cancel at any time."
    story = Story.objects.create(title="Saltby blockade", slug="saltby-offer")
    with django_capture_on_commit_callbacks(execute=True):
        for number, (outlet, text) in enumerate(BLOCKADE[:2]):
            # Imported without the alignment's upkeep: the claims run before any passage has a place.
            importer.import_bytes(f"offer-{number}.txt", f"{text}\n\n{offer}".encode(), story=story.slug,
                                  outlet=outlet, metadata={"title": f"Blockade {number}"}, upkeep=False)

    quotes = list(ClaimMention.objects.filter(claim__story=story).values_list("quote", flat=True))

    assert quotes and not any("Subscribe" in quote for quote in quotes)


def test_the_matrix_legend_and_an_omitted_cell_say_the_rule_that_marks_it(client, reviewer, blockade):
    client.force_login(reviewer)

    page = client.get("/stories/saltby/compare/").content.decode()

    rule = "left out, while at least half of the other outlets (two or more) carry it"
    assert f"</span> {rule}</span>" in page
    assert f'aria-label="Northwire: {rule}"' in page
    assert "most outlets carry it" not in page
