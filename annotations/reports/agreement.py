"""Agreement between reviewers, counted over characters.

Every character of an article's text is a unit. A reviewer who highlighted anything in an article has coded
every character of it: for one tag the value is whether they marked that character with the tag; overall the
value is the set of tags they gave it (none, one, or several, as one nominal category). A reviewer who left
an article untouched has not coded it (a missing value), so agreement rests only on articles reviewers
actually worked through.

Characters between two consecutive highlight boundaries carry the same values for everyone, so the
reliability data is kept as runs of characters with a length each, built for all articles at once with
array operations. Krippendorff's alpha (nominal) is the ``krippendorff`` package's coincidence-matrix
formula with each run weighted by its length (expanding runs back into characters would cost far more);
each article's matrices are kept, so the alpha of every article and of the whole report come from one pass.
Cohen's kappa for a pair of reviewers is scikit-learn's ``cohen_kappa_score`` computed from the characters
both coded, those they agree on and each one's value totals. The tests check both against the libraries.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property
from itertools import combinations

import numpy as np

from annotations.tags import TAG_KEYS

MISSING = -1


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
        marked = self.marked_per_tag[:, list(self.tags).index(tag)]
        return np.stack([self.coders_per_run - marked, marked], axis=1)

    @cached_property
    def marked_per_tag(self) -> np.ndarray:
        """(runs, tags): how many reviewers marked each run with each tag."""
        has_tag = np.array([[0] + [(value >> t) & 1 for value in range(1 << len(self.tags))]
                            for t in range(len(self.tags))], dtype=np.int32).T  # (values + 1, tags)
        return self.all_value_counts @ has_tag


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
    nearest = np.searchsorted(article_bounds, np.arange(0, len(bounds), CHUNK_BOUNDS))  # next article's start
    cuts = np.unique(article_bounds[nearest[nearest < len(article_bounds)]])
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
    return alpha_from_matrix(coincidence_matrix(value_counts, lengths))


def coincidence_matrix(value_counts: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """Krippendorff's coincidences: each run coded by m >= 2 reviewers adds length * (n_c * n_k - [c == k] * n_c)
    / (m - 1) to o[c, k], where n_c is how many of them gave it value c. A weighted matrix product."""
    counts = value_counts.astype(np.float64)
    coders = counts.sum(axis=1)
    weights = np.where(coders >= 2, lengths / np.maximum(coders - 1, 1), 0.0)
    weighted = counts * weights[:, None]
    return weighted.T @ counts - np.diag(weighted.sum(axis=0))


def alpha_from_matrix(o: np.ndarray) -> float | None:
    """Nominal alpha from a coincidence matrix, as the ``krippendorff`` package computes it; None when
    undefined (no unit coded twice, or a single value given throughout)."""
    n_v = o.sum(axis=0)
    n = n_v.sum()
    if n <= 1:
        return None
    e = (np.outer(n_v, n_v) - np.diag(n_v)) / (n - 1)
    d = 1 - np.eye(len(n_v))
    expected = (e * d).sum()
    if expected <= 0:
        return None
    return float(1 - (o * d).sum() / expected)


def _alpha_from_coincidences(value_counts, lengths):
    return alpha_from_runs(value_counts, lengths)


@dataclass
class Coincidences:
    """The coincidence matrices of every article: over the tag combinations given (overall), and for each tag
    over unmarked / marked. Summed over articles they are the coding's; alpha comes from either."""

    articles: np.ndarray  # (articles,) ids, ascending
    overall: np.ndarray  # (articles, values, values)
    tags: dict  # tag -> (articles, 2, 2)


def coincidences(coding: Coding) -> Coincidences:
    """Each article's coincidence matrices, from the value counts of its runs (cached on ``coding``)."""
    if "_coincidences" in coding.__dict__:
        return coding.__dict__["_coincidences"]
    ids, firsts = np.unique(coding.articles, return_index=True)
    lasts = np.append(firsts[1:], len(coding.articles)).astype(np.int64) if len(ids) else firsts
    domain, counts = coding.value_counts
    coders = coding.coders_per_run
    weights = np.where(coders >= 2, coding.lengths / np.maximum(coders - 1, 1), 0.0)
    overall = np.zeros((len(ids), len(domain), len(domain)))
    for row, (first, last) in enumerate(zip(firsts.tolist(), lasts.tolist(), strict=True)):
        counted = counts[first:last].astype(np.float64)
        weighted = counted * weights[first:last, None]
        overall[row] = weighted.T @ counted - np.diag(weighted.sum(axis=0))
    article = np.repeat(np.arange(len(ids)), lasts - firsts)
    tags = {}
    for tag in coding.tags:
        unmarked, marked = (coding.tag_counts(tag)[:, i].astype(np.float64) for i in (0, 1))
        cells = [weights * (unmarked * unmarked - unmarked), weights * unmarked * marked,
                 weights * unmarked * marked, weights * (marked * marked - marked)]
        tags[tag] = np.stack([np.bincount(article, weights=cell, minlength=len(ids)) for cell in cells],
                             axis=1).reshape(len(ids), 2, 2)
    result = Coincidences(ids, overall, tags)
    coding.__dict__["_coincidences"] = result
    return result


def tag_alpha(coding: Coding, tag: str) -> float | None:
    """Alpha for one tag: per character, did the reviewer mark it with this tag?"""
    return alpha_from_matrix(coincidences(coding).tags[tag].sum(axis=0))


def overall_alpha(coding: Coding) -> float | None:
    """Alpha over the combination of tags each reviewer gave each character (untagged is a value too)."""
    return alpha_from_matrix(coincidences(coding).overall.sum(axis=0))


def article_alphas(coding: Coding, tags: Sequence[str] | None = None) -> dict:
    """{article: {"alpha": overall, "tags": {tag: alpha}}} for every article in ``coding``: the values
    ``overall_alpha`` and ``tag_alpha`` give on each article's runs alone."""
    found = coincidences(coding)
    return {
        article: {"alpha": alpha_from_matrix(found.overall[row]),
                  "tags": {tag: alpha_from_matrix(found.tags[tag][row]) for tag in tags or coding.tags}}
        for row, article in enumerate(found.articles.tolist())
    }


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
