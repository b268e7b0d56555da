"""The editor's claims page grows with the story's claims, not with their square: the claims to choose from in
"Merge into" and "Link to" are listed once, and the page reads the same number of queries however many claims."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from annotations.claims.models import Claim, ClaimMention
from newsdesk.models import Story

pytestmark = pytest.mark.django_db

OUTLETS = ("Gorse Valley Post", "Millrace Bulletin", "Upland Wire")


def sentence(number):
    return f"Inspectors counted {number} cracked culverts under the Gorse Valley road by Friday. "


@pytest.fixture
def story_with_claims(make_article):
    """A story of three outlets whose ``count`` claims are each stated by two of them (written by hand, as an
    editor's curation would leave them)."""

    def make(count, slug):
        story = Story.objects.create(title=f"Culverts {slug}", slug=slug, blind_annotation=False)
        body = "".join(sentence(number) for number in range(count))
        articles = [make_article(f"{outlet} reports on the road.\n\n{body}", outlet=outlet, story=story)
                    for outlet in OUTLETS]
        Claim.objects.filter(story=story).delete()
        for number in range(count):
            claim = Claim.objects.create(story=story, label=f"{number} cracked culverts counted")
            for article in (articles[number % 3], articles[(number + 1) % 3]):
                start = article.text.index(sentence(number))
                end = start + len(sentence(number)) - 1
                ClaimMention.objects.create(claim=claim, article=article, start=start, end=end,
                                            quote=article.text[start:end])
        return story

    return make


def claims_page(client, story):
    return client.get(f"/stories/{story.slug}/claims/").content.decode()


@pytest.mark.parametrize("count", [4, 40])
def test_the_claims_to_choose_from_are_listed_once_however_many_fields_offer_them(client, editor, story_with_claims,
                                                                                count):
    story = story_with_claims(count, f"culverts-{count}")
    client.force_login(editor)

    html = claims_page(client, story)

    assert html.count("<option") <= count + 2
    fields = re.findall(r'<input [^>]*data-claim-choice[^>]*>', html)
    assert len(fields) == count + 2 * count  # a "Merge into" for each claim, a "Link to" for each mention
    assert html.count('<datalist id="claim-choices">') == 1
    listed = re.findall(r'<datalist id="claim-choices">(.*?)</datalist>', html, re.S)[0]
    assert sorted(map(int, re.findall(r'<option value="(\d+)"', listed))) == sorted(
        Claim.objects.filter(story=story).values_list("pk", flat=True))


def test_the_page_grows_in_step_with_its_claims(client, editor, story_with_claims):
    client.force_login(editor)
    small = len(claims_page(client, story_with_claims(10, "culverts-small")).encode())
    large = len(claims_page(client, story_with_claims(40, "culverts-large")).encode())

    # Four times the claims and mentions: under four times the page (its frame is the same), where a menu of
    # every claim in every field made it over six times.
    assert large < 4.5 * small, (small, large)


def test_each_field_posts_a_claim_number_to_its_own_form_with_the_token(client, editor, story_with_claims):
    story = story_with_claims(3, "culverts-forms")
    claim = Claim.objects.filter(story=story).first()
    mention = claim.mentions.first()
    client.force_login(editor)

    html = claims_page(client, story)

    merge = re.search(rf'<form method="post" action="/stories/{story.slug}/claims/{claim.pk}/merge/"[^>]*>(.*?)</form>',
                      html, re.S).group(1)
    assert 'name="csrfmiddlewaretoken"' in merge
    assert re.search(rf'<input type="text" id="claim-merge-{claim.pk}" name="into" list="claim-choices"[^>]*'
                     rf'required data-claim-choice data-current="{claim.pk}"', merge)
    link = re.search(rf'<form method="post" action="/stories/{story.slug}/mentions/{mention.pk}/link/"[^>]*>(.*?)'
                     r"</form>", html, re.S).group(1)
    assert 'name="csrfmiddlewaretoken"' in link
    assert re.search(rf'id="mention-link-{mention.pk}" name="claim" list="claim-choices"', link)
    assert f'<label for="mention-link-{mention.pk}">Link to</label>' in link


def test_a_claim_number_typed_without_scripts_merges_as_the_menu_did(client, editor, story_with_claims):
    story = story_with_claims(3, "culverts-merge")
    claim, into, _ = Claim.objects.filter(story=story)
    client.force_login(editor)

    response = client.post(f"/stories/{story.slug}/claims/{claim.pk}/merge/", {"into": str(into.pk)}, follow=True)

    assert "Claims merged into" in response.content.decode()
    assert not Claim.objects.filter(pk=claim.pk).exists()
    assert into.mentions.count() == 4


def test_the_claims_page_reads_the_same_queries_however_many_claims(client, editor, story_with_claims,
                                                                    django_assert_num_queries):
    few, many = story_with_claims(3, "culverts-few"), story_with_claims(30, "culverts-many")
    client.force_login(editor)
    claims_page(client, few)
    with CaptureQueriesContext(connection) as queries:
        claims_page(client, few)

    with django_assert_num_queries(len(queries)):
        claims_page(client, many)
