"""The report's figures per article, kept between requests and recomputed only for articles that changed.

Everything the summary report says about every reviewer's highlights (counts per reviewer and tag, the
characters each tag covers, where tags fall, who is cited, agreement) adds up from per-article parts: each
article's highlight groups, coverage, position tenths, sources, coincidence matrices, each coder's characters
per value and each pair's characters in agreement, and its longest disagreements. A *digest* holds those parts
for one article, computed by the same code as the full report (``aggregates``, ``agreement``, ``groups``),
and is stored in ``ReportDigest`` beside a *stamp*.

Invalidation is exact and done by the database: triggers (migration ``0011``) add one to an article's stamp
whenever one of its highlights is inserted, changed or deleted, by any code path, bulk writes and raw SQL
included, and whenever its text changes. A digest is used only while the stamp it was computed at is still the
article's stamp. A report reads the stamps first and the highlights after, so a digest can only be labelled
with a stamp older than its data, which makes it stale at once, never the reverse.

The digests of the articles a report covers are then merged (sums of counts and matrices, maxima, the
longest disagreements); the merged figures are kept in this process for the same articles at the same stamps,
so a report of unchanged highlights reads the articles and their stamps and little more.
"""

from __future__ import annotations

import datetime as dt
import heapq
import secrets
import threading
from collections import OrderedDict, defaultdict
from dataclasses import dataclass, field
from itertools import islice
from typing import NamedTuple

import numpy as np
import orjson
from django.db import OperationalError, connection, transaction
from django.db.models import Count, Max
from django.db.models.functions import Lower, Trim

from annotations.models import Annotation, ReportDigest
from annotations.reports import agreement
from annotations.reports import groups as report_groups
from annotations.reports.sources import group_sources
from annotations.tags import TAG_KEYS
from newsdesk.outlet_order import outlet_key

FORMAT = 1  # stored digests of another format are recomputed
DECILES = 10
DISAGREEMENTS_KEPT = 10
VALUES = 1 << len(TAG_KEYS)  # tag combinations a reviewer may give a character
EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


def microseconds(moment: dt.datetime) -> int:
    delta = moment - EPOCH
    return (delta.days * 86_400 + delta.seconds) * 1_000_000 + delta.microseconds


def moment(value: int) -> dt.datetime:
    return EPOCH + dt.timedelta(microseconds=value)


# --- computing digests ---------------------------------------------------------------------------------------


def compute(lengths: dict[int, int]) -> dict[int, dict]:
    """The digests of the articles ``{article_id: text length}``, from their live highlights, in a few queries."""
    if not lengths:
        return {}
    highlights = Annotation.objects.live().filter(article_id__in=list(lengths)).order_by()
    groups = report_groups.fetch(highlights)
    reviewers = sorted(set(groups.reviewers.tolist()))
    coding = agreement.coding_from_arrays(
        groups.per_span(groups.articles), groups.per_span(groups.reviewers), groups.per_span(groups.tags),
        groups.starts, groups.ends, lengths, reviewers,
    ) if reviewers else agreement.empty_coding(reviewers)
    sources = _sources(highlights)
    digests = {pk: _empty(length) for pk, length in lengths.items()}
    span_articles = groups.per_span(groups.articles)
    bounds = np.searchsorted(span_articles, np.asarray(sorted(lengths) + [np.iinfo(np.int64).max]))
    group_bounds = np.searchsorted(groups.articles, np.asarray(sorted(lengths) + [np.iinfo(np.int64).max]))
    for i, pk in enumerate(sorted(lengths)):
        first, last = group_bounds[i], group_bounds[i + 1]
        if first == last:
            continue
        digest = digests[pk]
        span_first, span_last = bounds[i], bounds[i + 1]
        _add_groups(digest, groups, slice(first, last), slice(span_first, span_last), lengths[pk])
        digest["sources"] = sources.get(pk, [])
        digest["suggested"] = int(groups.suggestions[first:last].sum())
        if lengths[pk] > 0:
            _add_agreement(digest, coding.for_article(pk))
    return digests


def _empty(length: int) -> dict:
    return {"format": FORMAT, "length": length, "groups": [], "highlights": 0, "suggested": 0, "reviewers": 0,
            "tags": [[0, 0] for _ in TAG_KEYS], "tenths": None, "sources": [], "coders": [], "units": 0,
            "values": [], "overall": [], "tag_matrices": [], "alpha": None, "totals": [], "same": [],
            "disagreements": []}


def _add_groups(digest: dict, groups: report_groups.HighlightGroups, rows: slice, spans: slice, length: int) -> None:
    """Counts per reviewer and tag, and where the highlights start (tenths of the text)."""
    tags, counts = groups.tags[rows], groups.counts[rows]
    digest["groups"] = [
        [reviewer, tag, count, microseconds(last)]
        for reviewer, tag, count, last in zip(groups.reviewers[rows].tolist(), tags.tolist(), counts.tolist(),
                                              groups.last[rows], strict=True)
    ]
    digest["highlights"] = int(counts.sum())
    digest["reviewers"] = len(set(groups.reviewers[rows].tolist()))
    per_tag = np.bincount(tags, weights=counts, minlength=len(TAG_KEYS)).astype(np.int64)
    for t in range(len(TAG_KEYS)):
        digest["tags"][t][0] = int(per_tag[t])
    if length > 0:
        span_tags = np.repeat(tags, counts)
        part = np.minimum(groups.starts[spans] * DECILES // length, DECILES - 1)
        digest["tenths"] = np.bincount(span_tags * DECILES + part, minlength=len(TAG_KEYS) * DECILES).reshape(
            len(TAG_KEYS), DECILES).tolist()


def _sources(highlights) -> dict[int, list]:
    """{article: [[key, count, label], ...]}: attribution sources, ignoring case and spacing."""
    rows = (
        highlights.filter(tag="attribution").exclude(source="").annotate(key=Lower(Trim("source")))
        .values_list("article_id", "key").annotate(count=Count("id"), label=Max("source"))
    )
    found = {}
    for article_id, key, count, label in rows:
        found.setdefault(article_id, []).append([key, count, label])
    return found


def _add_agreement(digest: dict, coding: agreement.Coding) -> None:
    """The article's share of the agreement figures: what the report's sums and pairs are made of."""
    coders = coding.coders()
    digest["coders"] = coders
    if not coders:
        return
    covered = []
    coded = coding.codes != agreement.MISSING
    for t in range(len(TAG_KEYS)):
        covered.append(int(((coded & ((coding.codes & (1 << t)) != 0)).sum(axis=1) * coding.lengths).sum()))
    for t, characters in enumerate(covered):
        digest["tags"][t][1] = characters
    digest["units"] = coding.units
    found = agreement.coincidences(coding)
    domain, _counts = coding.value_counts
    digest["values"] = domain.tolist()
    digest["overall"] = found.overall[0].tolist() if len(found.articles) else []
    digest["tag_matrices"] = [found.tags[tag][0].tolist() for tag in TAG_KEYS] if len(found.articles) else []
    digest["alpha"] = agreement.article_alphas(coding).get(coding.articles[0].item()) if len(coding.articles) else None
    index = [coding.reviewers.index(r) for r in coders]
    columns = coding.columns[index]
    totals = np.zeros((len(coders), VALUES), dtype=np.int64)
    for row, column in enumerate(columns):
        totals[row] = np.bincount(column, weights=coding.lengths, minlength=VALUES).astype(np.int64)
    digest["totals"] = totals.tolist()
    same = np.zeros((len(coders), len(coders)), dtype=np.int64)
    for a in range(len(coders)):
        for b in range(a + 1, len(coders)):
            same[a, b] = same[b, a] = int(coding.lengths[columns[a] == columns[b]].sum())
    digest["same"] = same.tolist()
    digest["disagreements"] = [
        [d.tag, d.start, d.end, d.marked_by, d.not_marked_by]
        for d in agreement.disagreements(coding, DISAGREEMENTS_KEPT)
    ]


# --- reading and storing digests -----------------------------------------------------------------------------


@dataclass
class Part:
    """One article's digest, as arrays ready to be added up (kept in this process while its stamp holds)."""

    length: int
    highlights: int
    suggested: int
    reviewers: int
    tags: list  # [[highlights, characters covered] per tag]
    tenths: np.ndarray | None  # (tags, DECILES)
    sources: list
    alpha: dict | None
    groups: np.ndarray  # (groups, 4): reviewer, tag index, highlights, latest change in microseconds
    coders: np.ndarray  # (coders,) reviewer ids, ascending
    units: int
    overall: np.ndarray  # (VALUES, VALUES)
    tag_matrices: np.ndarray  # (tags, 2, 2)
    totals: np.ndarray  # (coders, VALUES)
    same: np.ndarray  # (coders, coders)
    disagreements: list


def part_of(pk: int, digest: dict) -> Part:
    coders = list(digest["coders"])
    order = np.argsort(np.asarray(coders, dtype=np.int64), kind="stable")
    overall = np.zeros((VALUES, VALUES))
    if digest["values"]:
        overall[np.ix_(digest["values"], digest["values"])] = np.asarray(digest["overall"])
    totals = np.asarray(digest["totals"], dtype=np.int64).reshape(len(coders), VALUES)[order]
    same = np.asarray(digest["same"], dtype=np.int64).reshape(len(coders), len(coders))[np.ix_(order, order)]
    return Part(
        length=digest["length"], highlights=digest["highlights"], suggested=digest["suggested"],
        reviewers=digest["reviewers"], tags=digest["tags"],
        tenths=None if digest["tenths"] is None else np.asarray(digest["tenths"], dtype=np.int64),
        sources=digest["sources"], alpha=digest["alpha"],
        groups=np.asarray(digest["groups"], dtype=np.int64).reshape(len(digest["groups"]), 4),
        coders=np.asarray(coders, dtype=np.int64)[order], units=digest["units"], overall=overall,
        tag_matrices=np.asarray(digest["tag_matrices"]) if digest["tag_matrices"] else np.zeros((len(TAG_KEYS), 2, 2)),
        totals=totals, same=same,
        # Longest first, as (-length, article, start, tag, end, marked_by, not_marked_by): the report merges the
        # articles' lists and reads the first few.
        disagreements=sorted((start - end, pk, start, tag, end, marked, unmarked)
                             for tag, start, end, marked, unmarked in digest["disagreements"]),
    )


class Stamp(NamedTuple):
    """An article's stamp, the stamp its stored digest was computed at, and that digest's token (None where there
    is no digest row, or no digest yet)."""

    stamp: int | None
    stored: int | None
    token: int | None

    @property
    def current(self) -> bool:
        return self.stamp is not None and self.stored == self.stamp and self.token is not None


# Article id: (token of the digest, its parts). A digest's token is drawn at random when it is stored, so parts
# kept here are never taken for a digest made later at the same stamp (a database restored from a backup,
# a rolled-back transaction that reused article ids).
_parts: dict[int, tuple[int, Part]] = {}
_lock = threading.Lock()


def kept_lengths(stamps: dict[int, Stamp]) -> dict[int, int]:
    """The text length of each article whose current digest is kept in this process (the digest was computed
    from the text at this stamp, and a new text moves the stamp on)."""
    with _lock:
        return {pk: kept[1].length for pk, stamp in stamps.items()
                if stamp.current and (kept := _parts.get(pk)) is not None and kept[0] == stamp.token}


def parts_for(stamps: dict[int, Stamp], lengths: dict[int, int]) -> tuple[dict[int, Part], dict[int, tuple]]:
    """The digest of every article in ``stamps``, as parts: kept in this process, else read from the database,
    else computed and stored; and for each article, the stamp and token of the digest its part comes from.
    The stamps must have been read before this is called."""
    missing = [pk for pk, found in stamps.items() if found.stamp is None]
    if missing:
        ReportDigest.objects.bulk_create([ReportDigest(article_id=pk) for pk in missing], ignore_conflicts=True)
        stamps = {**stamps, **{pk: Stamp(stamp, None, None) for pk, stamp in ReportDigest.objects.filter(
            article_id__in=missing).values_list("article_id", "stamp")}}
    found: dict[int, Part] = {}
    with _lock:
        for pk, stamp in stamps.items():
            kept = _parts.get(pk)
            if stamp.current and kept is not None and kept[0] == stamp.token and kept[1].length == lengths[pk]:
                found[pk] = kept[1]
    unread = [pk for pk, stamp in stamps.items() if pk not in found and stamp.current]
    read = {}
    for pk, text, token in ReportDigest.objects.filter(article_id__in=unread).values_list(
            "article_id", "digest", "digest_token"):
        digest = orjson.loads(text) if text else None
        if digest and digest.get("format") == FORMAT and digest.get("length") == lengths[pk]:
            read[pk] = (token, part_of(pk, digest))
    computed = compute({pk: lengths[pk] for pk in stamps if pk not in found and pk not in read})
    tokens = {pk: secrets.randbits(62) for pk in computed}
    store([ReportDigest(article_id=pk, digest=orjson.dumps(digest).decode(), digest_stamp=stamps[pk].stamp,
                        digest_token=tokens[pk]) for pk, digest in computed.items()])
    read.update({pk: (tokens[pk], part_of(pk, digest)) for pk, digest in computed.items()})
    with _lock:
        _parts.update(read)
    parts = {**found, **{pk: part for pk, (_token, part) in read.items()}}
    used = {pk: (stamps[pk].stamp, read[pk][0] if pk in read else stamps[pk].token) for pk in parts}
    return parts, used


def store(rows: list[ReportDigest]) -> None:
    """Store computed digests, unless a writer holds some of their rows: the report has its figures already,
    and a later one stores them. On PostgreSQL the wait for such a row is cut short, so that a report never
    queues behind a long write (nor two of them lock each other out).

    Where the digests are written in a transaction of their own, PostgreSQL commits it without waiting for the
    write-ahead log to reach the disk: a digest lost in a crash leaves the row's older digest, stale beside the
    stamp, so it is computed again; a report need not wait on the disk for what is only kept to save work.
    Inside a caller's transaction that would hold for the caller's writes too, so there it waits as usual."""
    if not rows:
        return
    own = not connection.in_atomic_block
    try:
        with transaction.atomic():
            if connection.vendor == "postgresql":
                with connection.cursor() as cursor:
                    cursor.execute("SELECT set_config('lock_timeout', '200ms', true), set_config('synchronous_commit', "
                                   "CASE WHEN %s THEN 'off' ELSE current_setting('synchronous_commit') END, true)",
                                   [own])
            ReportDigest.objects.bulk_update(rows, ["digest", "digest_stamp", "digest_token"], batch_size=500)
    except OperationalError:
        pass


# --- merging digests into the report's figures ---------------------------------------------------------------


@dataclass
class Merged:
    """The report's figures for a set of articles, before names and outlets are put on them.

    Besides the figures, it holds what they were added up from (each reviewer's and coder's totals, the
    coincidence matrices of every coded article), so that when a few articles change, ``update`` takes the
    old parts out and the new ones in instead of adding every article up again."""

    articles: dict[int, Part]
    reviewers: dict  # reviewer id: {"tags": [n per tag], "articles": n, "last": microseconds}
    highlights: int
    suggested: int
    coders: list  # reviewer ids who coded any character, ascending
    units: int
    overall: np.ndarray  # (VALUES, VALUES) coincidences
    tag_matrices: np.ndarray  # (tags, 2, 2)
    pair_units: np.ndarray  # (coders, coders) characters both coded
    pair_same: np.ndarray  # (coders, coders) characters both gave the same value
    pair_totals: np.ndarray  # (coders, coders, VALUES): what the first gave, over the articles both coded
    disagreements: list  # (-length, article, start, tag, end, marked_by, not_marked_by), longest first
    # What the figures add up from: per reviewer (ascending ids), per coder, and per coded article.
    reviewer_ids: np.ndarray = field(default=None, repr=False, compare=False)  # (reviewers,)
    reviewer_tags: np.ndarray = field(default=None, repr=False, compare=False)  # (reviewers, tags)
    reviewer_articles: np.ndarray = field(default=None, repr=False, compare=False)  # (reviewers,)
    reviewer_last: np.ndarray = field(default=None, repr=False, compare=False)  # (reviewers,)
    coder_articles: np.ndarray = field(default=None, repr=False, compare=False)  # (coders,) coded articles
    coded: list = field(default=None, repr=False, compare=False)  # ids of the coded articles, ascending
    overall_stack: np.ndarray = field(default=None, repr=False, compare=False)  # (coded, VALUES, VALUES)
    tag_stack: np.ndarray = field(default=None, repr=False, compare=False)  # (coded, tags, 2, 2)
    # Tables worked out from these figures, by what they were asked for (merged figures are kept between
    # requests while nothing changes, and so are these).
    tables: dict = field(default_factory=dict, repr=False, compare=False)


def merge(parts: dict[int, Part]) -> Merged:
    """Add the parts up, with array operations over all articles at once."""
    ids = sorted(parts)
    ordered = [parts[pk] for pk in ids]
    groups = np.concatenate([p.groups for p in ordered]) if ordered else np.zeros((0, 4), np.int64)
    group_article = np.repeat(np.arange(len(ids)), [len(p.groups) for p in ordered]) if ordered \
        else np.zeros(0, np.int64)
    reviewer_ids, inverse = np.unique(groups[:, 0], return_inverse=True)
    per_tag = np.zeros((len(reviewer_ids), len(TAG_KEYS)), dtype=np.int64)
    np.add.at(per_tag, (inverse, groups[:, 1]), groups[:, 2])
    last = np.full(len(reviewer_ids), np.iinfo(np.int64).min)
    np.maximum.at(last, inverse, groups[:, 3])
    pairs = np.unique(inverse * max(1, len(ids)) + group_article)
    articles = np.bincount(pairs // max(1, len(ids)), minlength=len(reviewer_ids)).astype(np.int64)
    coded_ids = [pk for pk in ids if len(parts[pk].coders)]
    coded = [parts[pk] for pk in coded_ids]
    coders = np.unique(np.concatenate([p.coders for p in coded])) if coded else np.zeros(0, np.int64)
    n = len(coders)
    presence = np.zeros((len(coded), n))
    totals = np.zeros((len(coded), n, VALUES))
    same = np.zeros((n, n), dtype=np.int64)
    lengths = np.zeros(len(coded))
    for row, part in enumerate(coded):
        at = np.searchsorted(coders, part.coders)
        presence[row, at] = 1
        totals[row, at] = part.totals
        same[np.ix_(at, at)] += part.same
        lengths[row] = part.length
    pair_units = ((presence * lengths[:, None]).T @ presence).round().astype(np.int64)
    pair_totals = np.einsum("iav,ib->abv", totals, presence).round().astype(np.int64)
    overall_stack = np.asarray([p.overall for p in coded]).reshape(len(coded), VALUES, VALUES)
    tag_stack = np.asarray([p.tag_matrices for p in coded]).reshape(len(coded), len(TAG_KEYS), 2, 2)
    return _figures(
        dict(zip(ids, ordered, strict=True)), reviewer_ids, per_tag, articles, last, coders,
        presence.sum(axis=0).astype(np.int64), coded_ids, overall_stack, tag_stack, pair_units, same, pair_totals,
    )


def _figures(articles: dict[int, Part], reviewer_ids, reviewer_tags, reviewer_articles, reviewer_last, coders,
             coder_articles, coded: list, overall_stack, tag_stack, pair_units, pair_same, pair_totals) -> Merged:
    """The merged figures from what they add up from (the sums over articles of arrays kept per article are
    taken here, in one order, whether the parts were all added up or a few taken out and put in)."""
    reviewers = {
        reviewer: {"tags": reviewer_tags[row].tolist(), "articles": int(reviewer_articles[row]),
                   "last": int(reviewer_last[row])}
        for row, reviewer in enumerate(reviewer_ids.tolist())
    }
    coded_parts = [articles[pk] for pk in coded]
    ordered = articles.values()
    return Merged(
        articles=articles, reviewers=reviewers,
        highlights=sum(p.highlights for p in ordered), suggested=sum(p.suggested for p in ordered),
        coders=coders.tolist(), units=sum(p.units for p in coded_parts),
        overall=overall_stack.sum(axis=0) if len(coded) else np.zeros((VALUES, VALUES)),
        tag_matrices=tag_stack.sum(axis=0) if len(coded) else np.zeros((len(TAG_KEYS), 2, 2)),
        pair_units=pair_units, pair_same=pair_same, pair_totals=pair_totals,
        disagreements=list(islice(heapq.merge(*(p.disagreements for p in coded_parts)), DISAGREEMENTS_KEPT)),
        reviewer_ids=reviewer_ids, reviewer_tags=reviewer_tags, reviewer_articles=reviewer_articles,
        reviewer_last=reviewer_last, coder_articles=coder_articles, coded=coded, overall_stack=overall_stack,
        tag_stack=tag_stack,
    )


# An update that would touch more than this share of the articles merges them all again instead.
UPDATE_SHARE = 0.25


def update(base: Merged, parts: dict[int, Part]) -> Merged | None:
    """The figures of ``parts`` from ``base``, the figures of the same articles when some of them had other
    parts: the changed articles' old parts taken out, their new parts put in. Counts and characters are
    integers, so taking out and putting in gives exactly what adding all up gives; the coincidence matrices
    are summed again over the kept per-article matrices. None where that cannot be done so (other articles,
    too many changed, a reviewer or a coder who appears or disappears, an article that gains or loses coded
    characters, the latest change of a reviewer that goes away): then ``merge`` adds all up."""
    if base.reviewer_ids is None or parts.keys() != base.articles.keys():
        return None
    changed = [pk for pk, part in parts.items() if base.articles[pk] is not part]
    if not changed:
        return base
    if len(changed) > max(1, UPDATE_SHARE * len(parts)):
        return None
    reviewer_ids, coders = base.reviewer_ids, np.asarray(base.coders, dtype=np.int64)
    reviewer_tags, reviewer_articles = base.reviewer_tags.copy(), base.reviewer_articles.copy()
    reviewer_last = base.reviewer_last.copy()
    coder_articles = base.coder_articles.copy()
    pair_units, pair_same, pair_totals = base.pair_units.copy(), base.pair_same.copy(), base.pair_totals.copy()
    overall_stack, tag_stack = base.overall_stack.copy(), base.tag_stack.copy()
    stack_row = {pk: row for row, pk in enumerate(base.coded)}
    lowered = set()  # reviewers whose latest change came from an old part
    for pk in changed:
        old, new = base.articles[pk], parts[pk]
        if bool(len(old.coders)) != bool(len(new.coders)):
            return None
        for part, sign in ((old, -1), (new, 1)):
            rows = np.searchsorted(reviewer_ids, part.groups[:, 0])
            if len(rows) and (rows.max() >= len(reviewer_ids) or (reviewer_ids[rows] != part.groups[:, 0]).any()):
                return None  # a reviewer the base does not know
            np.add.at(reviewer_tags, (rows, part.groups[:, 1]), sign * part.groups[:, 2])
            reviewer_articles[np.unique(rows)] += sign
            if len(part.coders) == 0:
                continue
            at = np.searchsorted(coders, part.coders)
            if at.max() >= len(coders) or (coders[at] != part.coders).any():
                return None  # a coder the base does not know
            coder_articles[at] += sign
            pair_units[np.ix_(at, at)] += sign * part.length
            pair_same[np.ix_(at, at)] += sign * part.same
            pair_totals[np.ix_(at, at)] += sign * part.totals[:, None, :]
        old_rows = np.searchsorted(reviewer_ids, old.groups[:, 0])
        old_last = np.full(len(reviewer_ids), np.iinfo(np.int64).min)
        np.maximum.at(old_last, old_rows, old.groups[:, 3])
        new_last = np.full(len(reviewer_ids), np.iinfo(np.int64).min)
        np.maximum.at(new_last, np.searchsorted(reviewer_ids, new.groups[:, 0]), new.groups[:, 3])
        lowered.update(np.flatnonzero((old_last == base.reviewer_last) & (new_last < old_last)).tolist())
        np.maximum(reviewer_last, new_last, out=reviewer_last)
        if len(new.coders):
            overall_stack[stack_row[pk]] = new.overall
            tag_stack[stack_row[pk]] = new.tag_matrices
    if (reviewer_articles == 0).any() or (coder_articles == 0).any():
        return None  # a reviewer or coder left with nothing: the lists change
    if lowered:
        # A reviewer's latest change was in an old part and the new one has nothing as late: read every part.
        for row in lowered:
            reviewer = reviewer_ids[row]
            reviewer_last[row] = max(
                (int(p.groups[p.groups[:, 0] == reviewer, 3].max()) for p in parts.values()
                 if (p.groups[:, 0] == reviewer).any()), default=np.iinfo(np.int64).min)
    return _figures(dict(sorted(parts.items())), reviewer_ids, reviewer_tags, reviewer_articles, reviewer_last,
                    coders, coder_articles, base.coded, overall_stack, tag_stack, pair_units, pair_same,
                    pair_totals)


# --- the merged figures, kept in this process -----------------------------------------------------------------

_kept: OrderedDict = OrderedDict()
KEPT = 8


def merged_for(stamps: dict[int, Stamp], lengths: dict[int, int]) -> Merged:
    """The merged figures of these articles at these stamps: kept from an earlier report when nothing changed
    (same articles, same lengths, the same current digests), else updated from the latest kept figures of the
    same articles where only a few of them changed, else merged from digests. Figures are kept under the
    digests they were made from, those just computed included, so the next report of unchanged highlights
    finds them."""
    key = tuple((pk, stamp.stamp, stamp.token, lengths[pk]) for pk, stamp in sorted(stamps.items()))
    if all(stamp.current for stamp in stamps.values()):
        with _lock:
            found = _kept.get(key)
            if found is not None:
                _kept.move_to_end(key)
                return found
    parts, used = parts_for(stamps, lengths)
    with _lock:
        base = next((kept for kept in reversed(_kept.values()) if kept.articles.keys() == parts.keys()), None)
    merged = update(base, parts) if base is not None else None
    if merged is None:
        merged = merge(parts)
    elif merged is not base:
        merged.tables = carried_tables(base, merged)
    key = tuple((pk, stamp, token, lengths[pk]) for pk, (stamp, token) in sorted(used.items()))
    with _lock:
        _kept[key] = merged
        _kept.move_to_end(key)
        while len(_kept) > KEPT:
            _kept.popitem(last=False)
    return merged


def forget() -> None:
    """Drop what this process keeps (merged figures and parsed digests); the digests in the database stay."""
    with _lock:
        _kept.clear()
        _parts.clear()


# --- the report's tables from the merged figures ----------------------------------------------------------------


def coverage(merged: Merged, ids=None) -> dict:
    """{article_id: {"reviewers": n, tag: (highlights, characters covered summed over reviewers)}}, for every
    article or those of ``ids``."""
    result = {}
    for pk in merged.articles if ids is None else ids:
        part = merged.articles.get(pk)
        if part is None or not part.reviewers:
            continue
        cell = {"reviewers": part.reviewers}
        for t, tag in enumerate(TAG_KEYS):
            count, covered = part.tags[t]
            if count:
                cell[tag] = (count, covered)
        result[pk] = cell
    return result


def reviewer_rows(merged: Merged, usernames: dict) -> list:
    """Per reviewer, in the order of ``usernames`` ({id: username}, sorted by username)."""
    return [
        {
            "id": reviewer, "reviewer": name, "highlights": sum(merged.reviewers[reviewer]["tags"]),
            "tags": dict(zip(TAG_KEYS, merged.reviewers[reviewer]["tags"], strict=True)),
            "articles": merged.reviewers[reviewer]["articles"],
            "last_activity": moment(merged.reviewers[reviewer]["last"]),
        }
        for reviewer, name in usernames.items()
    ]


def position_rows(merged: Merged, articles: dict) -> list:
    """Per outlet and tag, how many highlights start in each tenth of the article."""
    outlet_names = sorted({a["outlet__name"] for a in articles.values()})
    outlet_of = {name: i for i, name in enumerate(outlet_names)}
    tenths = np.zeros((len(outlet_names), len(TAG_KEYS), DECILES), dtype=np.int64)
    for pk, article in articles.items():
        part = merged.articles.get(pk)
        if part is not None and part.tenths is not None and article["length"] > 0:
            tenths[outlet_of[article["outlet__name"]]] += part.tenths
    return position_table(tenths, outlet_names)


def position_table(tenths: np.ndarray, outlet_names: list[str]) -> list:
    """The positions table from counts per (outlet, tag, tenth): a row per outlet and tag that has any, with
    its total and the share that starts in the first three tenths."""
    rows = [
        {"outlet": name, "tag": tag, "tenths": tenths[o, t].tolist()}
        for o, name in enumerate(outlet_names) for t, tag in enumerate(TAG_KEYS) if tenths[o, t].any()
    ]
    rows.sort(key=lambda r: (outlet_key(r["outlet"]), TAG_KEYS.index(r["tag"])))
    for row in rows:
        row["total"] = sum(row["tenths"])
        row["first_three"] = round(sum(row["tenths"][:3]) / row["total"], 3) if row["total"] else None
    return rows


def source_rows(merged: Merged, articles: dict) -> list:
    """Who each outlet cites, from each article's attribution sources (worked out once per merged figures and
    outlet of each article, and for figures updated from others, again only for the outlets whose articles
    cite other sources now; a copy of each row is returned)."""
    key = ("sources", tuple((pk, articles[pk]["outlet__name"]) for pk in merged.articles if pk in articles))
    per_outlet = merged.tables.get(key, {})
    outlets = {outlet for _pk, outlet in key[1]}
    if missing := outlets - per_outlet.keys():
        found = [(pk, source, count, label) for pk, part in merged.articles.items()
                 if pk in articles and articles[pk]["outlet__name"] in missing
                 for source, count, label in part.sources]
        # A new dict, not the kept one changed: another thread may be reading it.
        per_outlet = merged.tables[key] = {**per_outlet, **dict.fromkeys(missing, []),
                                           **outlet_sources(found, articles)}
    return [dict(row) for row in _source_order([per_outlet[outlet] for outlet in sorted(outlets)])]


def carried_tables(base: Merged, merged: Merged) -> dict:
    """The tables of ``base`` that still hold for ``merged``, the same articles with some parts changed: each
    outlet's sources, unless one of its articles now cites other sources."""
    tables = {}
    for key, kept in list(base.tables.items()):
        if key[0] == "sources":
            stale = {outlet for pk, outlet in key[1]
                     if merged.articles[pk] is not base.articles[pk]
                     and merged.articles[pk].sources != base.articles[pk].sources}
            tables[key] = {outlet: rows for outlet, rows in kept.items() if outlet not in stale}
        elif key[0] == "rows":
            tables[key] = kept.carried({pk for pk in merged.articles if merged.articles[pk] is not base.articles[pk]})
    return tables


@dataclass
class KeptRows:
    """The rows of the articles, outlets and positions tables (see ``aggregates``), each article's row by id and
    each outlet's rows by name, kept with the merged figures they come from. Its dicts are replaced, never
    changed, so that another thread may read them meanwhile."""

    articles: dict = field(default_factory=dict)  # article id: row
    outlets: dict = field(default_factory=dict)  # outlet name: row
    positions: dict = field(default_factory=dict)  # outlet name: [rows]
    outlet_of: dict = field(default_factory=dict)  # article id: outlet name

    def carried(self, changed: set) -> KeptRows:
        """The rows that still hold once the articles ``changed`` have other figures."""
        stale = {self.outlet_of[pk] for pk in changed if pk in self.outlet_of}
        return KeptRows(
            articles={pk: row for pk, row in self.articles.items() if pk not in changed},
            outlets={name: row for name, row in self.outlets.items() if name not in stale},
            positions={name: rows for name, rows in self.positions.items() if name not in stale},
            outlet_of=self.outlet_of,
        )


def source_table(found, articles: dict) -> list:
    """Rows ``(article_id, key, count, label)`` (one per article and source key, ``label`` the greatest spelling
    in that article) as the sources table: per outlet, spellings of one source grouped (``sources``), with
    highlights and the articles citing it. Rows are taken in article and label order, so the groups do not
    depend on the order the database returns them in."""
    per_outlet = outlet_sources(found, articles)
    return _source_order([per_outlet[outlet] for outlet in sorted(per_outlet)])


def _source_order(outlet_rows: list[list]) -> list:
    return sorted((row for rows in outlet_rows for row in rows),
                  key=lambda r: (outlet_key(r["outlet"]), -r["count"], r["source"].lower()))


def outlet_sources(found, articles: dict) -> dict[str, list]:
    """The sources table's rows of each outlet that cites any source (see ``source_table``)."""
    by_outlet = defaultdict(list)
    for article_id, _key, count, label in sorted(found, key=lambda r: (r[0], r[3], r[1])):
        if article_id in articles:
            by_outlet[articles[article_id]["outlet__name"]].append((article_id, count, label.strip()))
    result = {}
    for outlet, outlet_rows in by_outlet.items():
        labels = group_sources([label for _, _, label in outlet_rows])
        cited_in = defaultdict(set)
        table = {}
        for article_id, count, label in outlet_rows:
            grouped = labels[label]
            row = table.setdefault(grouped, {"outlet": outlet, "source": grouped, "count": 0, "articles": 0})
            row["count"] += count
            cited_in[grouped].add(article_id)
        for grouped, ids in cited_in.items():
            table[grouped]["articles"] = len(ids)
        result[outlet] = list(table.values())
    return result


def agreement_summary(merged: Merged, names: dict, tags) -> dict:
    """What ``agreement.summary`` gives for the whole coding, from the merged parts. ``names`` is
    {reviewer id: name} in the report's order of reviewers."""
    order = [r for r in names if r in set(merged.coders)]
    enough = len(order) >= 2
    units = merged.units if enough else 0
    result = {
        "overall": {"alpha": agreement.alpha_from_matrix(_present(merged.overall)) if enough else None,
                    "reviewers": len(order), "units": units},
        "tags": {},
        "pairs": [],
        "enough_reviewers": enough,
    }
    for tag in tags:
        matrix = merged.tag_matrices[TAG_KEYS.index(tag)]
        result["tags"][tag] = {"alpha": agreement.alpha_from_matrix(matrix) if enough else None,
                               "reviewers": len(order), "units": units}
    if not enough:
        return result
    column = {r: i for i, r in enumerate(merged.coders)}
    for i, a in enumerate(order):
        for b in order[i + 1:]:
            x, y = column[a], column[b]
            both = int(merged.pair_units[x, y])
            if not both:
                continue
            same = int(merged.pair_same[x, y])
            expected = float(int(merged.pair_totals[x, y] @ merged.pair_totals[y, x])) / both
            kappa = None if both == expected else 1 - (both - same) / (both - expected)
            result["pairs"].append({"a": names.get(a, a), "b": names.get(b, b), "kappa": kappa, "units": both})
    return result


def _present(matrix: np.ndarray) -> np.ndarray:
    """The coincidence matrix over the values given at all (as ``agreement`` keeps it)."""
    given = np.flatnonzero(matrix.any(axis=0) | matrix.any(axis=1))
    return matrix[np.ix_(given, given)]


def disagreements(merged: Merged, order: list) -> list[agreement.Disagreement]:
    """The longest disagreements, each reviewer list in the report's order of reviewers."""
    rank = {r: i for i, r in enumerate(order)}

    def ordered(reviewers):
        return sorted(reviewers, key=lambda r: rank.get(r, len(rank)))

    return [agreement.Disagreement(article=pk, tag=tag, start=start, end=end, marked_by=ordered(marked),
                                   not_marked_by=ordered(unmarked))
            for _length, pk, start, tag, end, marked, unmarked in merged.disagreements]


def article_agreement(merged: Merged, article_id: int, reviewers: int, tags) -> dict:
    """The agreement cell of an article's row: its alphas when two or more reviewers worked on it."""
    part = merged.articles.get(article_id)
    if part is not None and part.alpha is not None and reviewers >= 2:
        return part.alpha
    return {"alpha": None, "tags": {t: None for t in tags}}
