"""A story's stored claims, read for the claims matrix, the API, the reader hint and the per-outlet report.

Columns are the story's articles (as the comparison grid has them); a claim's cell in a column says
whether the article states it, states it with a different detail, or leaves it out. A claim belongs to
the topic holding most of its mentions' paragraphs. Two kinds of claim stand out: an **exclusive** claim,
carried by one outlet only in a story of several outlets, and a **shared** claim (carried by at least two
outlets) that an outlet **omits** while at least half of the other outlets carry it, unless that outlet's article
states the same figure of the same thing in another row (``ReportedElsewhere``: one of its sentences holds two
facts, or its wording strayed too far for a link); such a cell stays plain "absent". That is judged when the
story's claims are stored and kept as ``Claim.stated_elsewhere_in`` (``elsewhere``): reading the matrix parses
nothing. Read in four queries whatever the size of the story.
"""

from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import dataclass, field

from annotations.claims.models import Claim, ClaimMention
from newsdesk.blinding import attach_mastheads
from newsdesk.models import Article, Passage, Topic
from newsdesk.outlet_order import by_outlet, outlet_key

STATES = ("states", "differs", "absent")


@dataclass
class Cell:
    article: Article
    mentions: list[ClaimMention]
    omitted: bool = False
    # Whether another outlet carries the claim. A mention's ``differs`` flag compares it with the claim's other
    # mentions, which for a claim only one outlet carries are in that outlet's own article: not a difference
    # between outlets, so such a cell just states the claim.
    compared: bool = True
    # Whether one of its mentions is the sentence the claim's label quotes (``quotes``). Where no detail of a claim
    # has a majority, every mention differs from the others ("3.4 metres" beside "3.1 metres"); the label still
    # states the claim in one outlet's words, which that outlet states as labelled, not with a different detail.
    labelled: bool = False

    @property
    def state(self) -> str:
        if not self.mentions:
            return "absent"
        differs = self.compared and any(m.differs for m in self.mentions)
        return "differs" if differs and not self.labelled else "states"


@dataclass
class ClaimRow:
    claim: Claim
    mentions: list[ClaimMention]
    topic: Topic | None = None
    cells: list[Cell] = field(default_factory=list)
    outlets: set[int] = field(default_factory=set)
    exclusive: bool = False
    omitted_by: list[Article] = field(default_factory=list)

    @property
    def shared(self) -> bool:
        return len(self.outlets) >= 2


@dataclass
class TopicGroup:
    topic: Topic | None
    rows: list[ClaimRow]


@dataclass
class StoryClaims:
    story: object
    articles: list[Article]
    rows: list[ClaimRow]
    outlet_count: int

    @property
    def groups(self) -> list[TopicGroup]:
        groups: dict[int | None, TopicGroup] = {}
        for row in self.rows:
            key = row.topic.pk if row.topic else None
            groups.setdefault(key, TopicGroup(row.topic, [])).rows.append(row)
        return sorted(groups.values(), key=lambda g: (g.topic is None, -max(len(r.outlets) for r in g.rows)))

    @property
    def exclusive_count(self) -> int:
        return sum(row.exclusive for row in self.rows)

    @property
    def omitted_count(self) -> int:
        """Claims that at least one outlet leaves out while most carry them."""
        return sum(bool(row.omitted_by) for row in self.rows)

    def row_for(self, claim_id: int) -> ClaimRow | None:
        return next((row for row in self.rows if row.claim.pk == claim_id), None)


# What a label cut from its sentence adds to it: the marks of a cut, and the closing quotation mark of a quotation
# cut short (``linking.label_for``).
LABEL_MARKS = "…”’\"»“"


def quotes(label: str, quote: str) -> bool:
    """Whether ``label`` is ``quote``'s own words, as ``linking.label_for`` cuts a sentence to a label: each run of
    it between the marks of a cut stands in the quote (case aside: the label opens with a capital); an editor's
    label in words of its own quotes no mention."""
    written = " ".join(quote.split()).casefold()
    pieces = [piece.strip().strip(LABEL_MARKS).strip() for piece in " ".join(label.split()).casefold().split("…")]
    pieces = [piece for piece in pieces if piece]
    return bool(pieces) and all(piece in written for piece in pieces)


def _topics_by_offset(story):
    """Per article: paragraph starts, and each paragraph's (end, topic id), from the stored alignment; and
    the story's topics by id."""
    starts: dict[int, list[int]] = {}
    spans: dict[int, list[tuple[int, int | None]]] = {}
    topics: dict[int, Topic] = {}
    passages = (Passage.objects.filter(article__story=story).order_by("article_id", "start")
                .values_list("article_id", "start", "end", "placement__topic_id", "placement__topic__label"))
    for article_id, start, end, topic_id, label in passages:
        starts.setdefault(article_id, []).append(start)
        spans.setdefault(article_id, []).append((end, topic_id))
        if topic_id is not None and topic_id not in topics:
            topics[topic_id] = Topic(pk=topic_id, story=story, label=label)
    return starts, spans, topics


def _topic_of(mention, starts, spans) -> int | None:
    article_starts = starts.get(mention.article_id)
    if not article_starts:
        return None
    i = bisect.bisect_right(article_starts, mention.start) - 1
    if i < 0:
        return None
    end, topic_id = spans[mention.article_id][i]
    return topic_id if mention.start < end else None


def __getattr__(name):
    # The judgement itself is made when the claims are stored (``elsewhere``), with the analysis libraries it needs,
    # which this module does not import; it is still found by its old name here.
    if name == "ReportedElsewhere":
        from annotations.claims.elsewhere import ReportedElsewhere

        return ReportedElsewhere
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def story_claims(story, user) -> StoryClaims:
    """The story's claims, most widely carried first, with their cells per article as ``user`` may see them."""
    articles = attach_mastheads(by_outlet(Article.objects.filter(story=story).select_related("outlet", "story")), user)
    by_pk = {a.pk: a for a in articles}
    starts, spans, topics = _topics_by_offset(story)
    claims: dict[int, ClaimRow] = {}
    for mention in (ClaimMention.objects.filter(claim__story=story).select_related("claim")
                    .order_by("article_id", "start")):
        if mention.article_id in by_pk:
            mention.article = by_pk[mention.article_id]
            claims.setdefault(mention.claim_id, ClaimRow(mention.claim, [])).mentions.append(mention)
    elsewhere = set(Claim.stated_elsewhere_in.through.objects.filter(claim__story=story)
                    .values_list("claim_id", "article_id"))
    outlets = {a.outlet_id for a in articles}
    rows = []
    for row in claims.values():
        if not row.mentions:
            continue
        row.outlets = {m.article.outlet_id for m in row.mentions}
        topic_votes = Counter(_topic_of(m, starts, spans) for m in row.mentions)
        topic_votes.pop(None, None)
        if topic_votes:
            row.topic = topics.get(topic_votes.most_common(1)[0][0])
        in_article: dict[int, list] = {}
        for m in row.mentions:
            in_article.setdefault(m.article_id, []).append(m)
        row.cells = [Cell(a, in_article.get(a.pk, [])) for a in articles]
        row.exclusive = len(outlets) >= 2 and len(row.outlets) == 1
        for cell in row.cells:
            cell.compared = row.shared
            cell.labelled = any(quotes(row.claim.label, m.quote) for m in cell.mentions)
        if row.shared:
            for cell in row.cells:
                if cell.mentions:
                    continue
                others = len(outlets - {cell.article.outlet_id})
                carried = len(row.outlets - {cell.article.outlet_id})
                if others and carried * 2 >= others and (row.claim.pk, cell.article.pk) not in elsewhere:
                    cell.omitted = True
                    row.omitted_by.append(cell.article)
        rows.append(row)
    rows.sort(key=lambda r: (-len(r.outlets), -len(r.mentions), min((m.article_id, m.start) for m in r.mentions)))
    return StoryClaims(story, articles, rows, len(outlets))


def claims_json(story, user) -> dict:
    """The API's answer: ``{story, articles: [{id, outlet, title}], claims: [{id, label, topic, curated,
    mentions: [{article, start, end, quote, differs}]}]}``; ``topic`` is the topic's id, or null."""
    data = story_claims(story, user)
    return {
        "story": story.slug,
        "articles": [{"id": a.pk, "outlet": a.masthead.outlet, "title": a.title} for a in data.articles],
        "claims": [
            {
                "id": row.claim.pk,
                "label": row.claim.label,
                "topic": row.topic.pk if row.topic else None,
                "curated": row.claim.curated,
                "mentions": [
                    {"article": m.article_id, "start": m.start, "end": m.end, "quote": m.quote, "differs": m.differs}
                    for m in sorted(row.mentions, key=lambda m: (m.article_id, m.start))
                ],
            }
            for row in data.rows
        ],
    }


@dataclass
class OutletClaims:
    outlet: str
    carried: int = 0
    exclusive: int = 0
    omitted: int = 0
    differing: int = 0


def outlet_report(story, user, data: StoryClaims | None = None) -> list[OutletClaims]:
    """Per outlet: claims carried, exclusive claims, shared claims it omits (carried by at least half of
    the other outlets), and its mentions whose details differ; ``data``: the story's claims when the caller has
    read them already."""
    data = story_claims(story, user) if data is None else data
    names: dict[int, str] = {}
    for article in data.articles:
        names.setdefault(article.outlet_id, article.masthead.outlet)
    report = {outlet_id: OutletClaims(name) for outlet_id, name in names.items()}
    for row in data.rows:
        for outlet_id in row.outlets:
            report[outlet_id].carried += 1
            if row.exclusive:
                report[outlet_id].exclusive += 1
        for outlet_id in {a.outlet_id for a in row.omitted_by}:
            if outlet_id not in row.outlets:
                report[outlet_id].omitted += 1
        for m in row.mentions:
            if m.differs:
                report[m.article.outlet_id].differing += 1
    return sorted(report.values(), key=lambda r: outlet_key(r.outlet))


def claims_summary(story, user) -> list[dict] | None:
    """The per-outlet claims report for the reports' JSON summary: null unless one story is chosen."""
    if story is None:
        return None
    return [{"outlet": r.outlet, "claims_carried": r.carried, "exclusive_claims": r.exclusive,
             "shared_claims_omitted": r.omitted, "differing_mentions": r.differing}
            for r in outlet_report(story, user)]
