"""Claims an article states in another claim's row: worked out when a story's claims are stored, kept for the matrix.

The matrix marks a shared claim as left out by an outlet whose article has no mention of it, unless that article
states the same figure of the same thing in another row (one of its sentences holds two facts and was linked by the
other, or its wording strayed too far for a link). Judging that reads the mentions' details and words, analysis no
page should do while it is shown: ``record_stated_elsewhere`` does it for every claim of a story whenever its claims
are stored (``store.find_claims``) or an editor moves mentions between them (``curation``), and keeps the answer as
``Claim.stated_elsewhere_in``, which the matrix reads.
"""

from __future__ import annotations

from typing import NamedTuple

from annotations.claims.linking import content_words, same_figure_of_one_thing
from annotations.claims.models import Claim, ClaimMention
from annotations.claims.normalise import details
from newsdesk.models import Article, Story

StatedElsewhere = Claim.stated_elsewhere_in.through


class ReportedElsewhere:
    """Whether an article that has no mention in a claim's row states its fact in another row all the same: one
    of its mentions states the same figure of the same thing as one of the row's mentions
    (``linking.same_figure_of_one_thing``), as when one sentence of it holds two facts and was linked by the
    other, or its wording strayed too far for a link. Such an article is not marked as leaving the claim out: its
    cell stays plain "absent" (its mention is in the other row). Each mention's details are read once, and only
    when a row asks about an article; an article's mentions are looked up by the figures they state."""

    def __init__(self, in_articles: dict[int, list]):
        self.in_articles = in_articles
        self.read: dict[int, tuple] = {}
        self.by_figure: dict[int, dict[tuple, list]] = {}  # per article: its mentions by the figures they state

    def _details(self, mention):
        if mention.pk not in self.read:
            language = mention.article.text_language or None
            self.read[mention.pk] = (details(mention.quote, language), content_words(mention.quote, language),
                                     language)
        return self.read[mention.pk]

    def _figures_of(self, article_pk: int) -> dict[tuple, list]:
        if article_pk not in self.by_figure:
            found: dict[tuple, list] = {}
            for mention in self.in_articles.get(article_pk, ()):
                for figure in self._details(mention)[0].figures:
                    found.setdefault(figure.signature[:2], []).append(mention)
            self.by_figure[article_pk] = found
        return self.by_figure[article_pk]

    def __call__(self, row, article) -> bool:
        figures = self._figures_of(article.pk)
        if not figures:
            return False
        for own in row.mentions:
            found, words, _ = self._details(own)
            candidates = {m.pk: m for f in found.figures for m in figures.get(f.signature[:2], ())
                          if m.claim_id != row.claim.pk}
            for mention in candidates.values():
                theirs, their_words, language = self._details(mention)
                if same_figure_of_one_thing(found, theirs, words, their_words, language):
                    return True
        return False


class _Row(NamedTuple):
    claim: Claim
    mentions: list[ClaimMention]


def stated_elsewhere(story_id: int) -> list[tuple[int, int]]:
    """(claim, article) pairs of the story: the article has no mention of the claim and states its fact in another
    claim's mention. Asked of every claim stated in two articles or more (a claim of one article is never shared
    between outlets, so never marked as left out) and every other article of the story; read as the matrix reads
    the story, from the mentions of its articles."""
    articles = {a.pk: a for a in Article.objects.filter(story_id=story_id).only("pk", "text", "story_id")}
    rows: dict[int, list[ClaimMention]] = {}
    in_articles: dict[int, list[ClaimMention]] = {}
    for mention in ClaimMention.objects.filter(claim__story_id=story_id).order_by("article_id", "start"):
        if mention.article_id in articles:
            mention.article = articles[mention.article_id]
            rows.setdefault(mention.claim_id, []).append(mention)
            in_articles.setdefault(mention.article_id, []).append(mention)
    elsewhere = ReportedElsewhere(in_articles)
    pairs = []
    for claim_id, mentions in rows.items():
        carriers = {m.article_id for m in mentions}
        if len(carriers) < 2:
            continue
        row = _Row(Claim(pk=claim_id, story_id=story_id), mentions)
        pairs.extend((claim_id, pk) for pk, article in articles.items()
                     if pk not in carriers and elsewhere(row, article))
    return pairs


def record_stated_elsewhere(story_id: int) -> int:
    """Work out ``stated_elsewhere`` for the story and store it as ``Claim.stated_elsewhere_in``, replacing what its
    claims held; the number of pairs stored. Call it inside the transaction that changed the story's mentions: the
    story stays locked until it commits, so that two editors curating at once each read what the other stored."""
    list(Story.objects.select_for_update().filter(pk=story_id).values_list("pk"))
    pairs = stated_elsewhere(story_id)
    StatedElsewhere.objects.filter(claim__story_id=story_id).delete()
    StatedElsewhere.objects.bulk_create([StatedElsewhere(claim_id=claim_id, article_id=article_id)
                                         for claim_id, article_id in pairs], batch_size=500)
    return len(pairs)
