"""Agreement between reviewers, counted over characters.

Every character of an article's text is a unit. A reviewer who highlighted anything in an article has coded
every character of it: for one tag the value is whether they marked that character with the tag; overall the
value is the set of tags they gave it (none, one, or several, as one nominal category). A reviewer who left
an article untouched has not coded it (a missing value), so agreement rests only on articles reviewers
actually worked through.

Characters between two consecutive highlight boundaries carry the same values for everyone, so the
reliability data is kept as runs of characters with a length each. Krippendorff's alpha (nominal) comes
from the ``krippendorff`` package on the per-character value counts; Cohen's kappa for a pair of reviewers
is scikit-learn's ``cohen_kappa_score`` computed from the characters both coded, those they agree on and
each one's value totals (the tests check the two give the same value). Only when the
per-character matrix would be more than a small article's worth is alpha computed from the same
coincidence-matrix formula with each run weighted by its length (the tests check the two give the same
value): expanding runs back into characters costs far more than the formula, and a large report computes
alpha for every article.
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property
from itertools import combinations

import krippendorff
import numpy as np

from .tags import TAG_KEYS

MISSING = -1
# Beyond this many cells (characters x values x values) the runs are not expanded for the library.
EXPAND_LIMIT = 20_000


@dataclass
class Coding:
    """Reliability data as runs of characters: who coded each run, and with which tags."""

    reviewers: list  # reviewer ids, one column each
    codes: np.ndarray  # (runs, reviewers) tag bitmask per run, MISSING where the reviewer did not code it
    lengths: np.ndarray  # (runs,) characters in each run
    articles: np.ndarray  # (runs,) article id of each run
    starts: np.ndarray  # (runs,) first code point of each run in its article
    tags: Sequence[str] = TAG_KEYS

    @property
    def units(self) -> int:
        """Characters coded by at least two reviewers: what the statistics rest on."""
        return int(self.lengths[self.coders_per_run >= 2].sum())

    def coders(self) -> list:
        """Reviewers who coded at least one character."""
        return [r for r, column in zip(self.reviewers, self.columns, strict=True) if (column != MISSING).any()]

    def for_article(self, article_id) -> Coding:
        """The runs of one article (runs are stored in article order)."""
        first, last = np.searchsorted(self.articles, [article_id, article_id + 1])
        rows = slice(first, last)
        return Coding(self.reviewers, self.codes[rows], self.lengths[rows], self.articles[rows],
                      self.starts[rows], self.tags)

    def bit(self, tag: str) -> int:
        return 1 << list(self.tags).index(tag)

    @cached_property
    def columns(self) -> np.ndarray:
        """(reviewers, runs): each reviewer's codes, contiguous."""
        return np.ascontiguousarray(self.codes.T)

    @cached_property
    def all_value_counts(self) -> np.ndarray:
        """(runs, 1 + 2**tags): how many reviewers gave each run each value; column 0 counts MISSING."""
        counts = np.zeros((len(self.lengths), (1 << len(self.tags)) + 1), dtype=np.int32)
        rows = np.arange(len(self.lengths))
        for column in self.columns:
            counts[rows, column + 1] += 1  # one value per reviewer and run: the indices never collide
        return counts

    @cached_property
    def coders_per_run(self) -> np.ndarray:
        return self.all_value_counts[:, 1:].sum(axis=1)

    @cached_property
    def value_counts(self) -> tuple[np.ndarray, np.ndarray]:
        """The values given (tag combinations), and (runs, values): how many reviewers gave each to each run."""
        given = self.all_value_counts[:, 1:]
        domain = np.flatnonzero(given.any(axis=0))
        return domain, given[:, domain]

    def tag_counts(self, tag: str) -> np.ndarray:
        """(runs, 2): how many reviewers left each run unmarked with ``tag``, and how many marked it."""
        cache = self.__dict__.setdefault("_tag_counts", {})
        if tag not in cache:
            with_tag = [value + 1 for value in range(1 << len(self.tags)) if value & self.bit(tag)]
            marked = self.all_value_counts[:, with_tag].sum(axis=1)
            cache[tag] = np.stack([self.coders_per_run - marked, marked], axis=1)
        return cache[tag]


def empty_coding(reviewers=(), tags=TAG_KEYS) -> Coding:
    return Coding(list(reviewers), np.zeros((0, len(reviewers)), np.int16), np.zeros(0, np.int64),
                  np.zeros(0, np.int64), np.zeros(0, np.int64), tags)


def build_coding(spans: Iterable[tuple], article_lengths: dict, reviewers: Sequence, tags=TAG_KEYS) -> Coding:
    """Runs of characters from highlights ``(article_id, reviewer_id, tag, start, end)``."""
    rows = list(spans)
    tag_index = {t: i for i, t in enumerate(tags)}
    articles, reviewer_ids, tag_names, starts, ends = (list(column) for column in zip(*rows, strict=True)) if rows \
        else ([], [], [], [], [])
    return coding_from_arrays(
        np.array(articles, dtype=np.int64), np.array(reviewer_ids, dtype=np.int64),
        np.array([tag_index[t] for t in tag_names], dtype=np.int64), np.array(starts, dtype=np.int64),
        np.array(ends, dtype=np.int64), article_lengths, reviewers, tags,
    )


# Runs are worked out this many boundaries at a time (whole articles), to bound the memory of one report.
CHUNK_BOUNDS = 100_000


def coding_from_arrays(article_ids: np.ndarray, reviewer_ids: np.ndarray, tag_indices: np.ndarray,
                       starts: np.ndarray, ends: np.ndarray, article_lengths: dict, reviewers: Sequence,
                       tags=TAG_KEYS) -> Coding:
    """Runs of characters from highlights given as parallel arrays (one entry per highlight).

    Every reviewer id must be in ``reviewers``; articles missing from ``article_lengths`` are left out.
    The articles are laid end to end on one axis, so that the runs of all of them come from a few array
    operations: every highlight adds one at its start and takes one away at its end, for its reviewer and
    tag, and the running sum along the axis says who covers each run with which tags.
    """
    known = np.asarray(list(reviewers), dtype=np.int64)
    ids = sorted_unique(article_ids)
    lengths = np.array([article_lengths.get(a, 0) for a in ids.tolist()], dtype=np.int64)
    ids, lengths = ids[lengths > 0], lengths[lengths > 0]
    article = np.searchsorted(ids, article_ids)
    kept = article < len(ids)
    kept[kept] = ids[article[kept]] == article_ids[kept]
    if not kept.any():
        return empty_coding(reviewers, tags)
    article, reviewer_ids, tag_indices = article[kept], reviewer_ids[kept], tag_indices[kept]
    by_id = np.argsort(known, kind="stable")
    columns_of_spans = by_id[np.minimum(np.searchsorted(known[by_id], reviewer_ids), len(known) - 1)]
    if not (known[columns_of_spans] == reviewer_ids).all():
        raise KeyError("a highlight's reviewer is not among the reviewers")
    offsets = np.concatenate(([0], np.cumsum(lengths)[:-1]))
    span_starts = offsets[article] + np.clip(starts[kept], 0, lengths[article])
    span_ends = offsets[article] + np.clip(ends[kept], 0, lengths[article])
    bounds = sorted_unique(np.concatenate((offsets, offsets + lengths, span_starts, span_ends)))
    first, last = np.searchsorted(bounds, span_starts), np.searchsorted(bounds, span_ends)
    columns = _runs_codes(bounds, offsets, first, last, columns_of_spans, tag_indices, len(known),
                          len(tags))
    run_article = np.searchsorted(offsets, bounds[:-1], side="right") - 1
    present = np.zeros((len(known), len(ids)), dtype=bool)
    present[columns_of_spans, article] = True
    columns[~present[:, run_article]] = MISSING
    coding = Coding(list(reviewers), np.ascontiguousarray(columns.T), np.diff(bounds), ids[run_article],
                    bounds[:-1] - offsets[run_article], tags)
    coding.__dict__["columns"] = columns  # already at hand, in the layout the pairwise figures read
    return coding


def _runs_codes(bounds, offsets, first, last, columns, tag_indices, n_reviewers, n_tags) -> np.ndarray:
    """(reviewers, runs): the tag bitmask each reviewer gave each run, chunk by chunk of whole articles.

    A highlight never leaves its article, so the running sum is zero at every article's first boundary and
    each chunk starts afresh there.
    """
    codes = np.zeros((n_reviewers, len(bounds) - 1), dtype=np.int16)
    article_bounds = np.searchsorted(bounds, offsets)
    cuts = np.unique(article_bounds[np.searchsorted(article_bounds, np.arange(0, len(bounds), CHUNK_BOUNDS))])
    cuts = np.append(cuts[cuts < len(bounds) - 1], len(bounds) - 1)
    order = np.argsort(first, kind="stable")
    first, last, columns, tag_indices = first[order], last[order], columns[order], tag_indices[order]
    weights = (1 << np.arange(n_tags)).astype(np.int16)[None, :, None]
    for low, high in zip(cuts[:-1].tolist(), cuts[1:].tolist(), strict=True):
        inside = slice(*np.searchsorted(first, [low, high]).tolist())
        diff = np.zeros((n_reviewers, n_tags, high - low + 1), dtype=np.int32)
        np.add.at(diff, (columns[inside], tag_indices[inside], first[inside] - low), 1)
        np.subtract.at(diff, (columns[inside], tag_indices[inside], last[inside] - low), 1)
        covered = np.cumsum(diff, axis=2)[:, :, :-1] > 0
        codes[:, low:high] = (covered * weights).sum(axis=1, dtype=np.int16)
    return codes


def sorted_unique(values: np.ndarray) -> np.ndarray:
    """``np.unique`` for integer arrays, by sorting (faster than ``np.unique`` on large unsorted input)."""
    ordered = np.sort(values)
    return ordered[np.concatenate(([True], ordered[1:] != ordered[:-1]))] if len(ordered) else ordered


def alpha_from_runs(value_counts: np.ndarray, lengths: np.ndarray) -> float | None:
    """Nominal Krippendorff's alpha for units given as runs of identical value counts; None if undefined."""
    pairable = value_counts.sum(axis=1) >= 2
    value_counts, lengths = value_counts[pairable], lengths[pairable]
    if not len(lengths) or value_counts.shape[1] < 2:
        return None
    n_values = value_counts.shape[1]
    with warnings.catch_warnings(), np.errstate(divide="ignore", invalid="ignore"):
        warnings.simplefilter("ignore", RuntimeWarning)
        if int(lengths.sum()) * n_values * n_values <= EXPAND_LIMIT:
            value = krippendorff.alpha(value_counts=np.repeat(value_counts, lengths, axis=0),
                                       level_of_measurement="nominal")
        else:
            value = _alpha_from_coincidences(value_counts, lengths)
    value = float(value)
    return None if math.isnan(value) else value


def _alpha_from_coincidences(value_counts, lengths):
    """The library's formula (coincidences o, expected e, nominal distance) with each run weighted."""
    counts = value_counts.astype(np.float64)
    # Each run adds length * (n_c * n_k - [c == k] * n_c) / (m - 1) to o[c, k]: a weighted matrix product.
    weights = lengths / (np.maximum(counts.sum(axis=1), 2) - 1)
    o = (counts * weights[:, None]).T @ counts - np.diagflat(counts.T @ weights)
    n_v = o.sum(axis=0)
    e = (np.outer(n_v, n_v) - np.diagflat(n_v)) / (n_v.sum() - 1)
    d = 1 - np.eye(len(n_v))
    return 1 - (o * d).sum() / (e * d).sum()


def tag_alpha(coding: Coding, tag: str) -> float | None:
    """Alpha for one tag: per character, did the reviewer mark it with this tag?"""
    return alpha_from_runs(coding.tag_counts(tag), coding.lengths)


def overall_alpha(coding: Coding) -> float | None:
    """Alpha over the combination of tags each reviewer gave each character (untagged is a value too)."""
    domain, counts = coding.value_counts
    if len(domain) < 2:
        return alpha_from_runs(np.zeros((len(coding.lengths), 1), np.int64), coding.lengths)
    return alpha_from_runs(counts, coding.lengths)


def article_alphas(coding: Coding, tags: Sequence[str] | None = None) -> dict:
    """{article: {"alpha": overall, "tags": {tag: alpha}}} for every article in ``coding``.

    The same values as ``overall_alpha`` and ``tag_alpha`` on each article's runs, from value counts taken
    once over all runs.
    """
    if not len(coding.lengths):
        return {}
    tags = list(tags or coding.tags)
    _, overall = coding.value_counts
    articles, firsts = np.unique(coding.articles, return_index=True)
    lasts = np.append(firsts[1:], len(coding.articles))
    result = {}
    for article, first, last in zip(articles.tolist(), firsts.tolist(), lasts.tolist(), strict=True):
        lengths = coding.lengths[first:last]
        counts = overall[first:last]
        counts = counts[:, counts.sum(axis=0) > 0]  # the values given in this article
        alpha = alpha_from_runs(counts, lengths) if counts.shape[1] >= 2 else None
        result[article] = {"alpha": alpha,
                           "tags": {tag: alpha_from_runs(coding.tag_counts(tag)[first:last], lengths) for tag in tags}}
    return result


def pair_kappa(coding: Coding, a_index: int, b_index: int) -> tuple[float | None, int]:
    """Cohen's kappa between two reviewers over the characters both coded, and how many there were."""
    return _pair_kappa(_PairData(coding), a_index, b_index)


class _PairData:
    """What every pair's kappa is made of, gathered once per coding.

    Reviewers code whole articles, so the characters two reviewers both coded are the articles both
    coded. Kappa needs, over those characters: how many there are, on how many the two gave the same
    value, and how many each gave each value; the last come from per-article value totals.
    """

    def __init__(self, coding: Coding):
        self.columns = coding.columns
        self.lengths = coding.lengths
        ids, article = np.unique(coding.articles, return_inverse=True)
        values = 1 << len(coding.tags)
        self.article_lengths = np.bincount(article, weights=coding.lengths, minlength=len(ids))
        self.present = np.zeros((len(coding.reviewers), len(ids)), dtype=bool)
        self.totals = np.zeros((len(coding.reviewers), len(ids), values))  # characters per article and value
        for reviewer, column in enumerate(self.columns):
            coded = column != MISSING
            self.present[reviewer, article[coded]] = True
            self.totals[reviewer] = np.bincount(article[coded] * values + column[coded], weights=self.lengths[coded],
                                                minlength=len(ids) * values).reshape(len(ids), values)


def _pair_kappa(data: _PairData, a: int, b: int) -> tuple[float | None, int]:
    both = data.present[a] & data.present[b]
    units = int(data.article_lengths[both].sum())
    if not units:
        return None, 0
    neither = ~data.present[a] & ~data.present[b]
    same = int(data.lengths[data.columns[a] == data.columns[b]].sum()) - int(data.article_lengths[neither].sum())
    expected = float(data.totals[a][both].sum(axis=0) @ data.totals[b][both].sum(axis=0)) / units
    if units == expected:  # one value only, for both: kappa is undefined
        return None, units
    return 1 - (units - same) / (units - expected), units


def summary(coding: Coding, names: dict | None = None, tags: Sequence[str] | None = None) -> dict:
    """Overall and per-tag alpha with what they rest on, and kappa for every pair of reviewers."""
    names = names or {}
    coders = coding.coders()
    enough = len(coders) >= 2
    units = coding.units if enough else 0
    result = {
        "overall": {"alpha": overall_alpha(coding) if enough else None, "reviewers": len(coders), "units": units},
        "tags": {},
        "pairs": [],
        "enough_reviewers": enough,
    }
    for tag in tags or coding.tags:
        result["tags"][tag] = {"alpha": tag_alpha(coding, tag) if enough else None, "reviewers": len(coders),
                               "units": units}
    index = {r: i for i, r in enumerate(coding.reviewers)}
    pairs = _PairData(coding) if enough else None
    for a, b in combinations(coders, 2):
        kappa, pair_units = _pair_kappa(pairs, index[a], index[b])
        if pair_units:
            result["pairs"].append({"a": names.get(a, a), "b": names.get(b, b), "kappa": kappa, "units": pair_units})
    return result


@dataclass
class Disagreement:
    article: int
    tag: str
    start: int
    end: int
    marked_by: list
    not_marked_by: list

    @property
    def length(self) -> int:
        return self.end - self.start


def disagreements(coding: Coding, limit: int = 10, tags: Sequence[str] | None = None) -> list[Disagreement]:
    """The longest spans that some reviewers tagged and others, who coded the same article, did not."""
    found = []
    coded = coding.codes != MISSING
    coded_bits = np.packbits(coded, axis=1)
    same_article = coding.articles[1:] == coding.articles[:-1]
    for tag in tags or coding.tags:
        counts = coding.tag_counts(tag)
        split = (counts[:, 0] > 0) & (counts[:, 1] > 0)
        if not split.any():
            continue
        marked_bits = np.packbits(coded & ((coding.codes & coding.bit(tag)) != 0), axis=1)
        same_as_previous = np.zeros(len(split), dtype=bool)
        same_as_previous[1:] = (
            split[:-1] & split[1:] & same_article
            & (marked_bits[1:] == marked_bits[:-1]).all(axis=1) & (coded_bits[1:] == coded_bits[:-1]).all(axis=1)
        )
        group_starts = np.flatnonzero(~same_as_previous)
        group = np.cumsum(~same_as_previous) - 1
        sizes = np.bincount(group[split], weights=coding.lengths[split], minlength=group[-1] + 1)
        best = np.argsort(-sizes, kind="stable")[:limit]
        for g in best.tolist():
            if sizes[g] <= 0:
                break
            first = group_starts[g]
            last = group_starts[g + 1] - 1 if g + 1 < len(group_starts) else len(group) - 1
            values = coding.codes[first]
            found.append(Disagreement(
                article=int(coding.articles[first]), tag=tag, start=int(coding.starts[first]),
                end=int(coding.starts[last] + coding.lengths[last]),
                marked_by=[r for r, v in zip(coding.reviewers, values.tolist(), strict=True)
                           if v != MISSING and v & coding.bit(tag)],
                not_marked_by=[r for r, v in zip(coding.reviewers, values.tolist(), strict=True)
                               if v != MISSING and not v & coding.bit(tag)],
            ))
    found.sort(key=lambda d: (-d.length, d.article, d.start, d.tag))
    return found[:limit]
