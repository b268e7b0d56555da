"""Reports: reviewers' highlights summed up per outlet, article, reviewer, position and source.

The highlights are read once, grouped in the database per article, reviewer and tag (``report_groups``):
each group's count, latest change and suggestion count, and its spans in compact form. Counts per outlet,
article and reviewer add those groups up; the characters a tag covers, where tags fall and agreement come
from the spans as numpy arrays (the character runs of ``agreement``, in which a character one reviewer
marked twice with a tag counts once). No Python code loops over single highlights, and the report runs a
fixed number of queries however many highlights there are.

Definitions, shared by the page, the CSV downloads and the JSON summary:
- *highlights*: live highlights (not deleted, not orphaned by a text correction), from every reviewer;
- *characters* of a tag in an article: characters the tag covers for one reviewer, averaged over the
  reviewers who highlighted anything in that article; for an outlet, the sum over its articles;
- *share*: those characters over the text characters of the annotated articles.

Which highlights count comes from ``annotation_source``: the one place a consensus layer plugs in.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

import numpy as np
from django.contrib.auth import get_user_model
from django.db import connection
from django.db.models import CharField, Count, F, IntegerField, Max, Sum, Value
from django.db.models.functions import Length, Lower, Trim

from annotations.models import Annotation, ConsensusAnnotation, SuggestionDecision
from annotations.reports import agreement, digests
from annotations.reports import groups as report_groups
from annotations.suggestions.figures import rule_outcomes
from annotations.tags import TAG_BY_KEY, TAG_KEYS
from newsdesk.alignment import story_topics
from newsdesk.blinding import outlet_labels
from newsdesk.models import Article, Outlet, PassagePlacement, Story, Topic
from newsdesk.outlet_order import outlet_key
from newsdesk.roles import is_editor

DECILES = 10
DISAGREEMENTS_SHOWN = 10


ALL_REVIEWERS, CONSENSUS = "all", "consensus"
# The layer choice reads differently from the reviewer filter's "All reviewers", which sits beside it.
LAYERS = ((ALL_REVIEWERS, "Reviewers’ own"), (CONSENSUS, "Consensus"))
CONSENSUS_NAME = "Consensus"


def annotation_source(user=None, layer: str = ALL_REVIEWERS):
    """The highlights every report counts: live, still anchored in the text, and visible to ``user``.

    Blind annotation holds in the reports too: a reviewer's figures include others' highlights only on
    articles they may already see them on. ``layer="consensus"`` counts the editors' agreed highlights
    instead, as if made by one reviewer named "Consensus" (so agreement between reviewers does not apply).
    """
    if layer == CONSENSUS:
        highlights = ConsensusAnnotation.objects.annotate(
            reviewer_id=Value(0, output_field=IntegerField()), created=F("decided_at"), updated=F("decided_at"),
            suggestion_rule=Value("", output_field=CharField()),
            # Exports name each highlight's author; the consensus is one author, named "Consensus".
            **{
                "reviewer__username": Value(CONSENSUS_NAME, output_field=CharField()),
                "reviewer__first_name": Value("", output_field=CharField()),
                "reviewer__last_name": Value("", output_field=CharField()),
            },
        )
    else:
        highlights = Annotation.objects.live().filter(orphaned=False)
    if user is not None:
        highlights = highlights.visible_to(user)
    return highlights


def is_consensus(highlights) -> bool:
    return highlights.model is ConsensusAnnotation


@dataclass
class Filters:
    story: Story | None = None
    outlet: Outlet | None = None
    article: Article | None = None
    reviewer: object | None = None
    tag: str = ""
    since: dt.date | None = None
    until: dt.date | None = None
    layer: str = ALL_REVIEWERS
    # Outlet-blind stories the user may not see the outlets of: a filter by a real outlet leaves them out.
    blind_stories: frozenset[int] = frozenset()

    @property
    def consensus(self) -> bool:
        return self.layer == CONSENSUS

    @property
    def tags(self) -> tuple[str, ...]:
        return (self.tag,) if self.tag else TAG_KEYS

    def articles(self):
        return self.on_articles(Article.objects.all())

    def on_articles(self, queryset, path: str = ""):
        """``queryset`` narrowed by the story, outlet and article filters on the article found at ``path``;
        a filter by outlet leaves out the outlet-blind stories."""
        queryset = queryset.filter(**self.article_lookups(path))
        if self.outlet and self.blind_stories:
            queryset = queryset.exclude(**{f"{path}story_id__in": self.blind_stories})
        return queryset

    def article_lookups(self, path: str = "") -> dict:
        """The story, outlet and article filters, as lookups on the article found at ``path``."""
        lookups = {}
        if self.story:
            lookups[f"{path}story"] = self.story
        if self.outlet:
            lookups[f"{path}outlet"] = self.outlet
        if self.article:
            lookups[f"{path}pk"] = self.article.pk
        return lookups

    def annotations(self, source=None):
        highlights = source if source is not None else annotation_source(layer=self.layer)
        highlights = self.on_articles(highlights, "article__")
        if self.reviewer and not is_consensus(highlights):
            highlights = highlights.filter(reviewer=self.reviewer)
        if self.tag:
            highlights = highlights.filter(tag=self.tag)
        if self.since:
            highlights = highlights.filter(created__date__gte=self.since)
        if self.until:
            highlights = highlights.filter(created__date__lte=self.until)
        return highlights.order_by()


def _tag_cells():
    return {tag: {"highlights": 0, "characters": 0.0, "share": None} for tag in TAG_KEYS}


@dataclass
class Report:
    filters: Filters
    outlets: list = field(default_factory=list)
    articles: list = field(default_factory=list)
    reviewers: list = field(default_factory=list)
    positions: list = field(default_factory=list)
    sources: list = field(default_factory=list)
    agreement: dict = field(default_factory=dict)
    disagreements: list = field(default_factory=list)
    highlights: int = 0
    suggestions: dict = field(default_factory=dict)
    topics: dict | None = None

    @property
    def tags(self):
        return [TAG_BY_KEY[t] for t in self.filters.tags]

    @property
    def annotated_articles(self) -> int:
        """How many of the articles in scope carry at least one of the highlights counted."""
        return sum(1 for row in self.articles if any(cell["highlights"] for cell in row["tags"].values()))


def build_report(filters: Filters, source=None, user=None, *, use_digests: bool = True) -> Report:
    """Every table of the reports page, in a fixed number of queries.

    ``user`` decides the outlet names shown: in an outlet-blind story a reviewer sees "Outlet A" and so
    on, as everywhere else in Newsdesk. ``source`` is what ``annotation_source(user, filters.layer)`` gives
    (the default). Every reviewer's highlights, seen by an editor (or by no one in particular) and narrowed by
    story, outlet or article only, are read from the kept per-article digests (``digests``), which give the
    same figures as the full computation below; ``use_digests=False`` always computes in full.
    """
    if use_digests and reads_digests(filters, user):
        return _report_from_digests(filters)
    highlights = filters.annotations(source)
    report = Report(filters)
    articles = _articles(filters)
    _blind_outlets(articles, user)
    groups = report_groups.fetch(highlights)
    report.reviewers = _reviewer_rows(groups, is_consensus(highlights))
    report.highlights = groups.total
    names = {row["id"]: row["reviewer"] for row in report.reviewers}
    coding = _coding(groups, articles, list(names))
    report.articles = _article_rows(articles, _coverage(groups, coding))
    report.outlets = _outlet_rows(report.articles)
    report.positions = _position_rows(groups, articles)
    report.sources = _source_rows(highlights, articles)
    report.topics = _topic_table(filters, highlights, articles)
    _add_agreement(report, coding, articles, names)
    report.suggestions = _suggestion_outcomes(filters, groups)
    return report


def reads_digests(filters: Filters, user) -> bool:
    """Whether the report counts what the digests hold: every reviewer's live highlights, all of them visible to
    ``user``, on whole articles (no reviewer, tag or date narrowing)."""
    return (not filters.consensus and filters.reviewer is None and not filters.tag and filters.since is None
            and filters.until is None and (user is None or is_editor(user)))


def _report_from_digests(filters: Filters) -> Report:
    """The report from each article's kept digest (recomputed for articles changed since), merged."""
    report = Report(filters)
    articles = _articles(filters, stamps=True)
    stamps = {pk: digests.Stamp(a.pop("report_digest__stamp"), a.pop("report_digest__digest_stamp"),
                                a.pop("report_digest__digest_token")) for pk, a in articles.items()}
    # A current digest kept in this process knows its article's length (a new text moves the stamp on); the
    # others' lengths are read, which means reading their whole texts.
    lengths = digests.kept_lengths(stamps)
    if unknown := [pk for pk in articles if pk not in lengths]:
        texts = filters.articles() if len(unknown) == len(articles) else Article.objects.filter(pk__in=unknown)
        lengths.update(texts.annotate(length=Length("text")).values_list("pk", "length").order_by())
    for pk, article in articles.items():
        article["length"] = lengths[pk]
    merged = digests.merged_for(stamps, lengths)
    usernames = dict(get_user_model().objects.filter(pk__in=list(merged.reviewers)).order_by("username")
                     .values_list("pk", "username"))
    report.reviewers = digests.reviewer_rows(merged, usernames)
    report.highlights = merged.highlights
    names = {row["id"]: row["reviewer"] for row in report.reviewers}
    tags = filters.tags
    report.articles, report.outlets, report.positions = _kept_rows(merged, articles, tags)
    report.sources = digests.source_rows(merged, articles)
    report.topics = _topic_table(filters, filters.annotations(), articles)
    report.agreement = digests.agreement_summary(merged, names, tags)
    report.disagreements = _disagreement_rows(digests.disagreements(merged, list(names)), articles, names)
    report.suggestions = rule_outcomes(_decisions(filters), merged.highlights, merged.suggested)
    return report


def _kept_rows(merged: digests.Merged, articles: dict, tags) -> tuple[list, list, list]:
    """The articles, outlets and positions tables from the merged figures: worked out once per merged figures
    and articles (title, outlet, story, length, order), and for figures updated from others, again only for
    the articles that changed and their outlets. Copies of the rows are returned."""
    key = ("rows", tuple(tags), tuple((pk, a["title"], a["outlet__name"], a["story__slug"], a["length"])
                                      for pk, a in articles.items()))
    kept = merged.tables.get(key)
    if kept is None:
        kept = merged.tables[key] = digests.KeptRows(outlet_of={pk: a["outlet__name"] for pk, a in articles.items()})
    by_article, by_outlet, positions_by_outlet = kept.articles, kept.outlets, kept.positions
    if missing := [pk for pk in articles if pk not in by_article]:
        found = {pk: articles[pk] for pk in missing}
        made = _article_rows(found, digests.coverage(merged, missing))
        for row in made:
            row["agreement"] = digests.article_agreement(merged, row["id"], row["reviewers"], tags)
        by_article = kept.articles = {**by_article, **{row["id"]: row for row in made}}
    rows = [by_article[pk] for pk in articles]
    if stale := {a["outlet__name"] for a in articles.values()} - by_outlet.keys():
        by_outlet = kept.outlets = {**by_outlet, **{row["outlet"]: row for row in _outlet_rows(
            [row for row in rows if row["outlet"] in stale])}}
        stale_articles = {pk: a for pk, a in articles.items() if a["outlet__name"] in stale}
        positions = {name: [] for name in stale}
        for row in digests.position_rows(merged, stale_articles):
            positions[row["outlet"]].append(row)
        positions_by_outlet = kept.positions = {**positions_by_outlet, **positions}
    outlets = sorted(by_outlet.values(), key=lambda o: outlet_key(o["outlet"]))
    positions = sorted((row for name in sorted(positions_by_outlet) for row in positions_by_outlet[name]),
                       key=lambda r: (outlet_key(r["outlet"]), TAG_KEYS.index(r["tag"])))
    return [dict(row) for row in rows], [dict(row) for row in outlets], [dict(row) for row in positions]


def _suggestion_outcomes(filters: Filters, groups: report_groups.HighlightGroups) -> dict:
    """Highlights that began as suggestions, and each suggester rule's accepts and rejects (one more query).
    Suggestions nobody accepted never count anywhere else in the report."""
    return rule_outcomes(_decisions(filters), groups.total, groups.suggested)


def _decisions(filters: Filters):
    """The suggestion decisions the report covers."""
    decisions = SuggestionDecision.objects.all()
    for name, lookup in (("story", "article__story"), ("outlet", "article__outlet"), ("article", "article"),
                         ("reviewer", "reviewer"), ("tag", "tag"), ("since", "decided_at__date__gte"),
                         ("until", "decided_at__date__lte")):
        value = getattr(filters, name)
        if value:
            decisions = decisions.filter(**{lookup: value})
    if filters.outlet and filters.blind_stories:
        decisions = decisions.exclude(article__story_id__in=filters.blind_stories)
    return decisions


def _articles(filters, stamps: bool = False):
    """The report's articles by id, in the tables' order, with their lengths; with ``stamps``, their digests'
    stamps instead of their lengths."""
    columns = ["pk", "title", "outlet_id", "outlet__name", "story_id", "story__slug", "story__outlet_blind"]
    articles = filters.articles()
    if stamps:
        columns += ["report_digest__stamp", "report_digest__digest_stamp", "report_digest__digest_token"]
    else:
        articles, columns = articles.annotate(length=Length("text")), [*columns, "length"]
    rows = articles.values(*columns).order_by("outlet__name", "published", "pk")
    # The outlets in a reader's order (``outlet_key``), each one's articles in the database's (a stable sort).
    return {row["pk"]: row for row in sorted(rows, key=lambda r: outlet_key(r["outlet__name"]))}


def _blind_outlets(articles: dict, user) -> None:
    """Replace outlet names with the story's letters where ``user`` may not see who published what."""
    if user is None or is_editor(user):
        return
    blind = {a["story_id"] for a in articles.values() if a["story__outlet_blind"]}
    labels = {story.pk: outlet_labels(story) for story in Story.objects.filter(pk__in=blind)} if blind else {}
    for article in articles.values():
        if article["story_id"] in labels:
            article["outlet__name"] = labels[article["story_id"]].get(article["outlet_id"], "Outlet")
    if labels:
        # Rows came ordered by the real names; order by what is shown, or the order would give the names away.
        # (The sort is stable: within one name, articles keep their order by date.)
        ordered = sorted(articles.items(), key=lambda item: outlet_key(item[1]["outlet__name"]))
        articles.clear()
        articles.update(ordered)


def _coding(groups: report_groups.HighlightGroups, articles: dict, reviewers: list) -> agreement.Coding:
    """The characters each reviewer coded, as runs (see ``agreement``), from the grouped spans."""
    if not articles or not reviewers:
        return agreement.empty_coding(reviewers)
    lengths = {pk: a["length"] for pk, a in articles.items()}
    return agreement.coding_from_arrays(
        groups.per_span(groups.articles), groups.per_span(groups.reviewers), groups.per_span(groups.tags),
        groups.starts, groups.ends, lengths, reviewers,
    )


def _coverage(groups: report_groups.HighlightGroups, coding: agreement.Coding) -> dict:
    """{article_id: {"reviewers": n, tag: (highlights, characters covered summed over reviewers)}}.

    A character one reviewer marked twice with a tag counts once: the coding already merged their spans.
    """
    result = defaultdict(dict)
    ids, inverse = np.unique(groups.articles, return_inverse=True)
    counts = np.zeros((len(ids), len(TAG_KEYS)), dtype=np.int64)
    np.add.at(counts, (inverse, groups.tags), groups.counts)
    pairs = np.unique(np.stack([inverse, groups.reviewers], axis=1), axis=0) if len(ids) else np.zeros((0, 2), int)
    reviewers = np.bincount(pairs[:, 0], minlength=len(ids))
    covered = np.zeros((len(ids), len(TAG_KEYS)), dtype=np.int64)
    run_rows = np.searchsorted(ids, coding.articles)
    coded = coding.codes != agreement.MISSING
    for t in range(len(TAG_KEYS)):
        marked = (coded & ((coding.codes & (1 << t)) != 0)).sum(axis=1) * coding.lengths
        covered[:, t] = np.bincount(run_rows, weights=marked, minlength=len(ids))
    for row, article_id in enumerate(ids.tolist()):
        result[article_id]["reviewers"] = int(reviewers[row])
        for t, tag in enumerate(TAG_KEYS):
            if counts[row, t]:
                result[article_id][tag] = (int(counts[row, t]), int(covered[row, t]))
    return result


def _article_rows(articles: dict, coverage: dict) -> list:
    rows = []
    for pk, article in articles.items():
        cover = coverage.get(pk, {})
        reviewers = cover.get("reviewers", 0)
        tags = _tag_cells()
        for tag in TAG_KEYS:
            count, covered = cover.get(tag, (0, 0))
            characters = covered / reviewers if reviewers else 0.0
            tags[tag] = {
                "highlights": count,
                "characters": round(characters, 1),
                "share": round(characters / article["length"], 4) if reviewers and article["length"] else None,
            }
        rows.append({
            "id": pk, "title": article["title"], "outlet": article["outlet__name"], "story": article["story__slug"],
            "characters": article["length"], "reviewers": reviewers, "tags": tags,
        })
    return rows


def _outlet_rows(article_rows: list) -> list:
    outlets = {}
    for row in article_rows:
        outlet = outlets.setdefault(row["outlet"], {
            "outlet": row["outlet"], "articles": 0, "annotated": 0, "characters": 0, "tags": _tag_cells(),
        })
        outlet["articles"] += 1
        if row["reviewers"]:
            outlet["annotated"] += 1
            outlet["characters"] += row["characters"]
        for tag, cell in row["tags"].items():
            outlet["tags"][tag]["highlights"] += cell["highlights"]
            outlet["tags"][tag]["characters"] += cell["characters"]
    for outlet in outlets.values():
        for cell in outlet["tags"].values():
            cell["characters"] = round(cell["characters"], 1)
            cell["share"] = round(cell["characters"] / outlet["characters"], 4) if outlet["characters"] else None
    return sorted(outlets.values(), key=lambda o: outlet_key(o["outlet"]))


def _reviewer_rows(groups: report_groups.HighlightGroups, consensus: bool) -> list:
    """Per reviewer (by username): highlights per tag, articles annotated, last activity."""
    ids, inverse = np.unique(groups.reviewers, return_inverse=True)
    per_tag = np.zeros((len(ids), len(TAG_KEYS)), dtype=np.int64)
    np.add.at(per_tag, (inverse, groups.tags), groups.counts)
    pairs = np.unique(np.stack([inverse, groups.articles], axis=1), axis=0) if len(ids) else np.zeros((0, 2), int)
    articles = np.bincount(pairs[:, 0], minlength=len(ids))
    last = [None] * len(ids)
    for row, changed in zip(inverse.tolist(), groups.last, strict=True):
        if last[row] is None or changed > last[row]:
            last[row] = changed
    row_of = {reviewer: row for row, reviewer in enumerate(ids.tolist())}
    if consensus:
        ordered = [(reviewer, CONSENSUS_NAME) for reviewer in row_of]
    else:
        ordered = get_user_model().objects.filter(pk__in=list(row_of)).order_by("username").values_list(
            "pk", "username")
    return [
        {
            "id": reviewer, "reviewer": name, "highlights": int(per_tag[row_of[reviewer]].sum()),
            "tags": {tag: int(per_tag[row_of[reviewer], t]) for t, tag in enumerate(TAG_KEYS)},
            "articles": int(articles[row_of[reviewer]]), "last_activity": last[row_of[reviewer]],
        }
        for reviewer, name in ordered
    ]


def _position_rows(groups: report_groups.HighlightGroups, articles: dict) -> list:
    """Per outlet and tag, how many highlights start in each tenth of the article."""
    span_articles = groups.per_span(groups.articles)
    ids, inverse = np.unique(span_articles, return_inverse=True)
    outlet_names = sorted({a["outlet__name"] for a in articles.values()})
    outlet_of = {name: i for i, name in enumerate(outlet_names)}
    lengths = np.array([articles[a]["length"] if a in articles else 0 for a in ids.tolist()], dtype=np.int64)
    outlets = np.array([outlet_of[articles[a]["outlet__name"]] if a in articles else -1 for a in ids.tolist()],
                       dtype=np.int64)
    length, outlet = lengths[inverse], outlets[inverse]
    counted = (length > 0) & (outlet >= 0)
    part = np.minimum(groups.starts[counted] * DECILES // length[counted], DECILES - 1)
    keys = (outlet[counted] * len(TAG_KEYS) + groups.per_span(groups.tags)[counted]) * DECILES + part
    tenths = np.bincount(keys, minlength=len(outlet_names) * len(TAG_KEYS) * DECILES).reshape(
        len(outlet_names), len(TAG_KEYS), DECILES)
    return digests.position_table(tenths, outlet_names)


def _source_rows(highlights, articles: dict) -> list:
    """Who each outlet cites: attribution highlights grouped by source, one row per source however the
    outlet spelled it ("KCNA", "state media KCNA"; see ``sources``)."""
    rows = (
        highlights.filter(tag="attribution")
        .exclude(source="")
        .annotate(key=Lower(Trim("source")))
        .values_list("article_id", "key")
        .annotate(count=Count("id"), label=Max("source"))
    )
    return digests.source_table(rows, articles)


TOPIC_SQL = """
WITH h AS ({inner})
SELECT pl."topic_id", h."article_id", h."tag", COUNT(*)
FROM h
JOIN newsdesk_passage p ON p."article_id" = h."article_id" AND h."start" >= p."start" AND h."start" < p."end"
JOIN newsdesk_passageplacement pl ON pl."passage_id" = p."id"
WHERE pl."topic_id" IS NOT NULL
GROUP BY pl."topic_id", h."article_id", h."tag"
"""


def _topic_table(filters: Filters, highlights, articles: dict) -> dict | None:
    """The tag mix of each cell of a story's comparison grid (topic x outlet), by where highlights start.

    None without a story filter; ``{"topics": []}`` for a story not aligned into topics yet.
    """
    if filters.story is None:
        return None
    topics = list(Topic.objects.filter(story=filters.story).order_by("pk").values_list("pk", "label"))
    if not topics:
        return {"topics": [], "outlets": []}
    # Rows in the comparison page's order (outlets covering, passages, first appearance); topics left empty
    # by curation, which the page does not show, last.
    page_order = {row.topic.pk: i for i, row in enumerate(story_topics.story_alignment(filters.story).rows)}
    topics.sort(key=lambda topic: (page_order.get(topic[0], len(page_order)), topic[0]))
    cells = {}
    passages = (
        PassagePlacement.objects.filter(topic__story=filters.story, passage__article_id__in=list(articles))
        .values("topic_id", "passage__article_id")
        .annotate(characters=Sum(F("passage__end") - F("passage__start")))
    )
    for row in passages:
        outlet = articles[row["passage__article_id"]]["outlet__name"]
        cell = cells.setdefault((row["topic_id"], outlet), {"characters": 0, "tags": dict.fromkeys(TAG_KEYS, 0)})
        cell["characters"] += row["characters"]
    inner, params = highlights.values("article_id", "tag", "start").query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(TOPIC_SQL.format(inner=inner), params)
        for topic_id, article_id, tag, count in cursor.fetchall():
            if article_id not in articles:
                continue
            outlet = articles[article_id]["outlet__name"]
            cell = cells.setdefault((topic_id, outlet), {"characters": 0, "tags": dict.fromkeys(TAG_KEYS, 0)})
            cell["tags"][tag] += count
    outlets = sorted({outlet for _, outlet in cells}, key=outlet_key)
    rows = []
    for topic_id, label in topics:
        row_cells = []
        for outlet in outlets:
            cell = cells.get((topic_id, outlet))
            if cell:
                total = sum(cell["tags"].values())
                cell = {**cell, "outlet": outlet, "highlights": total,
                        "mix": {t: round(n / total, 3) if total else 0 for t, n in cell["tags"].items()}}
            row_cells.append(cell)
        rows.append({"id": topic_id, "label": label, "cells": row_cells})
    return {"topics": rows, "outlets": outlets}


def _add_agreement(report: Report, coding: agreement.Coding, articles: dict, names: dict) -> None:
    tags = report.filters.tags
    report.agreement = agreement.summary(coding, names, tags)
    per_article = agreement.article_alphas(coding, tags)
    for row in report.articles:
        if row["id"] in per_article and row["reviewers"] >= 2:
            row["agreement"] = per_article[row["id"]]
        else:
            row["agreement"] = {"alpha": None, "tags": {t: None for t in tags}}
    report.disagreements = _disagreement_rows(agreement.disagreements(coding, DISAGREEMENTS_SHOWN, tags), articles,
                                              names)


def _disagreement_rows(found: list, articles: dict, names: dict) -> list:
    texts = {}
    if found:
        texts = dict(Article.objects.filter(pk__in={d.article for d in found}).values_list("pk", "text"))
    return [
        {
            "article": d.article, "title": articles[d.article]["title"], "outlet": articles[d.article]["outlet__name"],
            "tag": d.tag, "start": d.start, "end": d.end, "length": d.length,
            "quote": texts.get(d.article, "")[d.start : d.end],
            "marked_by": [names.get(r, r) for r in d.marked_by],
            "not_marked_by": [names.get(r, r) for r in d.not_marked_by],
        }
        for d in found
    ]


def summary_json(report: Report) -> dict:
    """The JSON summary: the same numbers as the page."""
    story = report.filters.story
    agree = report.agreement
    return {
        "story": story.slug if story else None,
        "outlets": report.outlets,
        "articles": [{k: v for k, v in row.items()} for row in report.articles],
        "reviewers": [
            {**{k: v for k, v in row.items() if k != "id"},
             "last_activity": row["last_activity"].isoformat() if row["last_activity"] else None}
            for row in report.reviewers
        ],
        "agreement": {
            "overall": agree["overall"], "tags": agree["tags"], "pairs": agree["pairs"],
            "disagreements": report.disagreements,
        },
        "positions": report.positions,
        "sources": report.sources,
        "topics": report.topics,
        "suggestions": report.suggestions,
    }


def reviewer_choices(user=None):
    """Reviewers to filter by: under blind annotation, only those whose highlights ``user`` may see."""
    highlights = Annotation.objects.live()
    if user is not None:
        highlights = highlights.visible_to(user)
    return get_user_model().objects.filter(pk__in=highlights.values("reviewer_id")).order_by("username")
