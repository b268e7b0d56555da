"""Agreement between reviewers, counted over characters.

Every character of an article's text is a unit. A reviewer who highlighted anything in an article has coded
every character of it: for one tag the value is whether they marked that character with the tag; overall the
value is the set of tags they gave it (none, one, or several, as one nominal category). A reviewer who left
an article untouched has not coded it (a missing value), so agreement rests only on articles reviewers
actually worked through.

Characters between two consecutive highlight boundaries carry the same values for everyone, so the
reliability data is kept as runs of characters with a length each. Krippendorff's alpha (nominal) comes
from the ``krippendorff`` package on the per-character value counts; Cohen's kappa for a pair of reviewers
comes from scikit-learn's ``cohen_kappa_score`` with each run weighted by its length. Only when the
per-character matrix would not fit comfortably in memory (millions of characters with many tag
combinations) is alpha computed from the same coincidence-matrix formula over the runs; the tests check the
two give the same value.
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import combinations

import krippendorff
import numpy as np
from sklearn.metrics import cohen_kappa_score

from .tags import TAG_KEYS

MISSING = -1
# Beyond this many cells (characters x values x values) the library's per-character arrays get large.
EXPAND_LIMIT = 8_000_000


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
        return int(self.lengths[(self.codes != MISSING).sum(axis=1) >= 2].sum())

    def coders(self) -> list:
        """Reviewers who coded at least one character."""
        return [r for i, r in enumerate(self.reviewers) if (self.codes[:, i] != MISSING).any()]

    def for_article(self, article_id) -> Coding:
        """The runs of one article (runs are stored in article order)."""
        first, last = np.searchsorted(self.articles, [article_id, article_id + 1])
        rows = slice(first, last)
        return Coding(self.reviewers, self.codes[rows], self.lengths[rows], self.articles[rows],
                      self.starts[rows], self.tags)

    def bit(self, tag: str) -> int:
        return 1 << list(self.tags).index(tag)


def empty_coding(reviewers=(), tags=TAG_KEYS) -> Coding:
    return Coding(list(reviewers), np.zeros((0, len(reviewers)), np.int16), np.zeros(0, np.int64),
                  np.zeros(0, np.int64), np.zeros(0, np.int64), tags)


def build_coding(spans: Iterable[tuple], article_lengths: dict, reviewers: Sequence, tags=TAG_KEYS) -> Coding:
    """Runs of characters from highlights ``(article_id, reviewer_id, tag, start, end)`` grouped by article.

    One pass over the spans; each article is turned into runs with array operations.
    """
    column = {r: i for i, r in enumerate(reviewers)}
    tag_index = {t: i for i, t in enumerate(tags)}
    parts = []
    current, rows = None, []
    for span in spans:
        if span[0] != current:
            if rows:
                parts.append(_article_runs(current, rows, article_lengths.get(current, 0), len(reviewers), len(tags)))
            current, rows = span[0], []
        rows.append((column[span[1]], tag_index[span[2]], span[3], span[4]))
    if rows:
        parts.append(_article_runs(current, rows, article_lengths.get(current, 0), len(reviewers), len(tags)))
    parts = [p for p in parts if p is not None]
    if not parts:
        return empty_coding(reviewers, tags)
    codes, lengths, articles, starts = (np.concatenate(arrays) for arrays in zip(*parts, strict=True))
    return Coding(list(reviewers), codes, lengths, articles, starts, tags)


def _article_runs(article_id, rows, length, n_reviewers, n_tags):
    data = np.asarray(rows, dtype=np.int64)
    cols, tag_idx = data[:, 0], data[:, 1]
    starts, ends = np.clip(data[:, 2], 0, length), np.clip(data[:, 3], 0, length)
    if length <= 0:
        return None
    bounds = np.unique(np.concatenate(([0, length], starts, ends)))
    present, local = np.unique(cols, return_inverse=True)
    diff = np.zeros((len(bounds), len(present), n_tags), dtype=np.int32)
    np.add.at(diff, (np.searchsorted(bounds, starts), local, tag_idx), 1)
    np.add.at(diff, (np.searchsorted(bounds, ends), local, tag_idx), -1)
    covered = np.cumsum(diff, axis=0)[:-1] > 0  # (runs, present reviewers, tags)
    weights = (1 << np.arange(n_tags)).astype(np.int16)
    codes = np.full((len(bounds) - 1, n_reviewers), MISSING, dtype=np.int16)
    codes[:, present] = (covered * weights).sum(axis=2)
    lengths = np.diff(bounds)
    return codes, lengths, np.full(len(lengths), article_id, dtype=np.int64), bounds[:-1]


def _value_counts(values: np.ndarray, domain: np.ndarray) -> np.ndarray:
    """(runs, values): how many reviewers gave each value to each run (missing values are not counted)."""
    return np.stack([(values == value).sum(axis=1) for value in domain], axis=1)


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
    coded = coding.codes != MISSING
    marked = coded & ((coding.codes & coding.bit(tag)) != 0)
    counts = np.stack([(coded & ~marked).sum(axis=1), marked.sum(axis=1)], axis=1)
    return alpha_from_runs(counts, coding.lengths)


def overall_alpha(coding: Coding) -> float | None:
    """Alpha over the combination of tags each reviewer gave each character (untagged is a value too)."""
    domain = np.unique(coding.codes[coding.codes != MISSING])
    if len(domain) < 2:
        return alpha_from_runs(np.zeros((len(coding.lengths), 1), np.int64), coding.lengths)
    return alpha_from_runs(_value_counts(coding.codes, domain), coding.lengths)


def pair_kappa(coding: Coding, a_index: int, b_index: int) -> tuple[float | None, int]:
    """Cohen's kappa between two reviewers over the characters both coded, and how many there were."""
    a, b = coding.codes[:, a_index], coding.codes[:, b_index]
    both = (a != MISSING) & (b != MISSING)
    units = int(coding.lengths[both].sum())
    if not units:
        return None, 0
    # Characters with the same pair of values are interchangeable: one weighted row per pair of values.
    size = 1 << len(coding.tags)
    weights = np.bincount(a[both].astype(np.int64) * size + b[both], weights=coding.lengths[both],
                          minlength=size * size)
    keys = np.flatnonzero(weights)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        value = float(cohen_kappa_score(keys // size, keys % size, sample_weight=weights[keys]))
    return (None if math.isnan(value) else value), units


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
    for a, b in combinations(coders, 2):
        kappa, pair_units = pair_kappa(coding, index[a], index[b])
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
    for tag in tags or coding.tags:
        marked = coded & ((coding.codes & coding.bit(tag)) != 0)
        unmarked = coded & ~marked
        split = marked.any(axis=1) & unmarked.any(axis=1)
        if not split.any():
            continue
        same_as_previous = np.zeros(len(split), dtype=bool)
        same_as_previous[1:] = (
            split[:-1] & split[1:] & (coding.articles[1:] == coding.articles[:-1])
            & (marked[1:] == marked[:-1]).all(axis=1) & (coded[1:] == coded[:-1]).all(axis=1)
        )
        group = np.cumsum(~same_as_previous) - 1
        sizes = np.bincount(group[split], weights=coding.lengths[split], minlength=group[-1] + 1)
        best = np.argsort(-sizes, kind="stable")[:limit]
        for g in best:
            if sizes[g] <= 0:
                break
            rows = np.flatnonzero(group == g)
            first, last = rows[0], rows[-1]
            found.append(Disagreement(
                article=int(coding.articles[first]), tag=tag, start=int(coding.starts[first]),
                end=int(coding.starts[last] + coding.lengths[last]),
                marked_by=[r for i, r in enumerate(coding.reviewers) if marked[first, i]],
                not_marked_by=[r for i, r in enumerate(coding.reviewers) if unmarked[first, i]],
            ))
    found.sort(key=lambda d: (-d.length, d.article, d.start, d.tag))
    return found[:limit]
