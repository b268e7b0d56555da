"""An outlet that states a claim's figure in another claim's row is not said to leave the claim out: that is worked
out when the story's claims are found or curated and kept with the claim, and reading the matrix only looks it up."""

import sys

import pytest

from annotations.claims import curation
from annotations.claims.matrix import claims_json, outlet_report, story_claims
from annotations.claims.models import Claim, ClaimMention
from annotations.claims.store import find_claims
from newsdesk.models import Story

pytestmark = pytest.mark.django_db

# The wire's one sentence carries both the blockade and the quota cut, and is linked with the blockade.
HARBOUR = [
    ("Coastal Courier", "Crews moored 27 trawlers across the harbour of Saltby on Monday in protest at the quota.\n\n"
                        "The regional council cut the cod quota by 18 per cent in December."),
    ("Northwire", "Nearly 30 fishing boats blocked the harbour of Saltby on Monday in protest at an 18 per cent cut in "
                  "the cod quota.\n\n"
                  "Ferry services to the islands were suspended for the whole day on Monday."),
    ("Daily Ledger", "A line of 27 trawlers sealed the harbour at Saltby on Monday in protest at the quota.\n\n"
                     "The council said it cut the cod quota by 18 per cent in December."),
]
ANALYSIS = ("annotations.claims.linking", "annotations.claims.normalise", "annotations.claims.elsewhere")


@pytest.fixture
def harbour(make_article, django_capture_on_commit_callbacks):
    story = Story.objects.create(title="Saltby blockade", slug="saltby-harbour")
    with django_capture_on_commit_callbacks(execute=True):
        articles = {outlet: make_article(text, outlet=outlet, story=story) for outlet, text in HARBOUR}
    return story, articles


def quota_claim(story):
    return Claim.objects.get(story=story, mentions__quote__startswith="The regional council")


def wire_sentence():
    return ClaimMention.objects.get(quote__startswith="Nearly 30")


def left_out_by(story, user, claim) -> list[str]:
    return [article.outlet.name for article in story_claims(story, user).row_for(claim.pk).omitted_by]


def test_finding_the_claims_stores_the_articles_that_state_one_in_another_row(harbour, reviewer):
    story, articles = harbour
    quota = quota_claim(story)

    assert wire_sentence().claim_id != quota.pk  # linked with the blockade
    assert list(quota.stated_elsewhere_in.all()) == [articles["Northwire"]]
    assert left_out_by(story, reviewer, quota) == []
    # no other claim of the story is stated elsewhere: 30 boats are not 27 trawlers
    assert set(Claim.stated_elsewhere_in.through.objects.filter(claim__story=story)
               .values_list("claim_id", flat=True)) == {quota.pk}


def test_finding_again_fills_what_was_stored_before_it_was_kept(harbour, reviewer):
    story, articles = harbour
    Claim.stated_elsewhere_in.through.objects.all().delete()
    quota = quota_claim(story)
    assert left_out_by(story, reviewer, quota) == ["Northwire"]

    find_claims(story)

    assert list(quota_claim(story).stated_elsewhere_in.all()) == [articles["Northwire"]]
    assert left_out_by(story, reviewer, quota_claim(story)) == []


def test_curation_that_moves_the_other_mention_into_the_row_clears_it_and_unlinking_brings_it_back(
    harbour, editor, reviewer
):
    story, articles = harbour
    quota = quota_claim(story)

    curation.link(wire_sentence(), quota, editor)

    assert not quota.stated_elsewhere_in.exists()
    row = story_claims(story, reviewer).row_for(quota.pk)
    assert articles["Northwire"] in {m.article for m in row.mentions} and not row.omitted_by

    curation.unlink(wire_sentence(), editor)

    assert list(quota.stated_elsewhere_in.all()) == [articles["Northwire"]]
    assert left_out_by(story, reviewer, quota) == []


def test_merging_the_other_claim_into_the_row_clears_it(harbour, editor):
    story, _ = harbour
    quota = quota_claim(story)

    curation.merge(wire_sentence().claim, quota, editor)

    assert not quota.stated_elsewhere_in.exists()
    assert not Claim.stated_elsewhere_in.through.objects.filter(claim__story=story).exists()


def test_reading_the_matrix_parses_no_mention(harbour, reviewer, monkeypatch, django_assert_num_queries):
    story, _ = harbour
    story_claims(story, reviewer)  # what the first read caches (the outlets' labels, the user's groups)
    for name in ANALYSIS:
        monkeypatch.setitem(sys.modules, name, None)  # importing it now fails

    with django_assert_num_queries(4):  # articles, paragraphs' topics, mentions, claims stated elsewhere
        data = story_claims(story, reviewer)
    claims_json(story, reviewer)
    report = {row.outlet: row for row in outlet_report(story, reviewer)}

    assert data.row_for(quota_claim(story).pk).shared
    assert report["Northwire"].omitted == 0


def test_the_claims_page_reads_the_story_s_claims_once(harbour, reviewer, client, monkeypatch):
    from django.urls import reverse

    from annotations.claims import matrix

    story, _ = harbour
    reads = []
    real = matrix.story_claims
    monkeypatch.setattr(matrix, "story_claims", lambda *args: reads.append(args) or real(*args))
    client.force_login(reviewer)

    response = client.get(reverse("annotations:story-claims", args=[story.slug]))

    assert response.status_code == 200 and b"Northwire" in response.content
    assert len(reads) == 1  # the matrix, the outlets' report and the page share one read
