"""The last step of building rows: which segments of a story report the same sub-topic, as a probability.

The rules before this step (``clustering._align_rows``) each look at one thing: whether two segments are each
other's best match, whether a row is alike on average, whether a lone segment clearly leans one way. Their bars were
set by hand. Here those same readings of a pair of segments, and the rules' own verdict, are weighed together by a
logistic regression fitted on the hand-made gold of the stories written for the project
(``benchmarks/fit_row_model.py``; never on the seed story, whose gold is kept for measuring). Rows are then
segments joined by average linkage over the probabilities, while the average is at least the model's threshold.

What a pair of segments is described by (``FEATURES``), all relative to the story, never a word or a subject:

- ``similarity``: the cosine of the two segments' centroids in the story's latent space;
- ``lift_low`` / ``lift_high``: that similarity above each segment's average similarity to all other segments;
- ``rank_low`` / ``rank_high``: for each segment, how many segments of the other's article it is more alike;
- ``margin_low`` / ``margin_high``: the similarity above the runner-up in the other's article, for each side;
- ``same_article``, and for two segments of one article ``segments_apart`` (how far apart their places are:
  neighbours are 1 apart);
- ``position_apart``: how far apart the two sit in their articles, as a share of each article's length;
- ``standardised``: the similarity in standard deviations of the story's similarities across articles;
- ``log_size``: the log of the product of the segments' passage counts;
- ``one_lede``: of two articles, one of them opens its article (a lede mostly reports what the story is about);
- ``same_rule_row``: the rules put them in one row; ``rule_match``: the rules matched them directly.

The coefficients ship in ``data/row_model.json``; the cost is quadratic in the segments of the clustered sample,
which ``clustering.EXACT_LIMIT`` bounds.
"""

import functools
import json
from collections.abc import Hashable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

MODEL_FILE = Path(__file__).resolve().parent / "data" / "row_model.json"

FEATURES = (
    "similarity", "lift_low", "lift_high", "rank_low", "rank_high", "margin_low", "margin_high", "same_article",
    "segments_apart", "position_apart", "standardised", "log_size", "one_lede", "same_rule_row",
    "rule_match",
)


@dataclass(frozen=True)
class RowModel:
    """A fitted logistic regression over ``FEATURES`` (standardised by ``mean`` and ``scale``)."""
    mean: np.ndarray
    scale: np.ndarray
    coefficients: np.ndarray
    intercept: float
    threshold: float

    def probabilities(self, features: np.ndarray) -> np.ndarray:
        """The probability that each described pair of segments reports one sub-topic."""
        scores = ((features - self.mean) / self.scale) @ self.coefficients + self.intercept
        return 1.0 / (1.0 + np.exp(-scores))

    def as_dict(self) -> dict:
        return {"features": list(FEATURES), "mean": self.mean.tolist(), "scale": self.scale.tolist(),
                "coefficients": self.coefficients.tolist(), "intercept": self.intercept,
                "threshold": self.threshold}

    @classmethod
    def from_dict(cls, data: dict) -> "RowModel":
        if tuple(data["features"]) != FEATURES:
            raise ValueError(f"the row model was fitted on other features: {data['features']}")
        return cls(mean=np.array(data["mean"], dtype=float), scale=np.array(data["scale"], dtype=float),
                   coefficients=np.array(data["coefficients"], dtype=float), intercept=float(data["intercept"]),
                   threshold=float(data["threshold"]))


@functools.cache
def shipped_model() -> RowModel:
    return RowModel.from_dict(json.loads(MODEL_FILE.read_text(encoding="utf-8")))


@dataclass
class SegmentPairs:
    """The pairs of a story's segments (``first[i]`` < ``second[i]``) and a row of ``FEATURES`` for each."""
    first: np.ndarray
    second: np.ndarray
    features: np.ndarray


def describe_pairs(similarity: np.ndarray, owners: list[Hashable], order: list[tuple[int, int]],
                   sizes: np.ndarray, rule_rows: np.ndarray, rule_matches: np.ndarray) -> SegmentPairs:
    """``FEATURES`` for every pair of segments. ``similarity``: between segments; ``owners``: each segment's
    article; ``order``: each segment's (place, count of segments) in its article; ``sizes``: its passage count;
    ``rule_rows``: the row the rules gave it; ``rule_matches``: which pairs the rules matched directly."""
    count = len(similarity)
    keys = np.array([repr(owner) for owner in owners])
    same = keys[:, None] == keys[None, :]
    others = ~np.eye(count, dtype=bool)
    mean = np.where(others, similarity, 0.0).sum(axis=1) / max(count - 1, 1)
    lift = similarity - mean[:, None]  # lift[i, j]: the pair above i's average
    rank, margin = _ranks_and_margins(similarity, keys)
    across = similarity[~same]
    centre, spread = (across.mean(), across.std()) if across.size else (0.0, 1.0)
    place = np.array([p for p, _ in order], dtype=float)
    share = place / np.maximum(np.array([n for _, n in order], dtype=float) - 1, 1)
    first, second = np.triu_indices(count, k=1)
    same_pair = same[first, second]
    features = np.column_stack([
        similarity[first, second],
        np.minimum(lift[first, second], lift[second, first]),
        np.maximum(lift[first, second], lift[second, first]),
        np.minimum(rank[first, second], rank[second, first]),
        np.maximum(rank[first, second], rank[second, first]),
        np.minimum(margin[first, second], margin[second, first]),
        np.maximum(margin[first, second], margin[second, first]),
        same_pair.astype(float),
        np.where(same_pair, np.abs(place[first] - place[second]), 0.0),
        np.abs(share[first] - share[second]),
        (similarity[first, second] - centre) / (spread + 1e-9),
        np.log(sizes[first] * sizes[second]),
        ((np.minimum(place[first], place[second]) == 0) & ~same_pair).astype(float),
        (rule_rows[first] == rule_rows[second]).astype(float),
        rule_matches[first, second].astype(float),
    ]) if len(first) else np.zeros((0, len(FEATURES)))
    return SegmentPairs(first=first, second=second, features=features)


def _ranks_and_margins(similarity: np.ndarray, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``rank[i, j]``: how many segments of j's article (other than i) are more like i than j is;
    ``margin[i, j]``: how much more like i j is than the next most like segment of j's article (other than i
    and j; 0 when there is none)."""
    from scipy.stats import rankdata

    count = len(similarity)
    rank = np.zeros((count, count))
    margin = np.zeros((count, count))
    rows = np.arange(count)
    for key in dict.fromkeys(keys.tolist()):
        columns = np.flatnonzero(keys == key)
        block = similarity[:, columns].astype(float)
        block[columns, np.arange(len(columns))] = -np.inf  # a segment is not compared with itself
        rank[:, columns] = rankdata(-block, method="min", axis=1) - 1
        if len(columns) > 1:
            top = np.argsort(-block, axis=1, kind="stable")
            best, runner = block[rows, top[:, 0]], block[rows, top[:, 1]]
            runner_up = np.where(np.arange(len(columns))[None, :] == top[:, :1], runner[:, None], best[:, None])
        else:
            runner_up = np.full((count, 1), -np.inf)
        margin[:, columns] = block - np.where(np.isfinite(runner_up), runner_up, 0.0)
    np.fill_diagonal(rank, 0)
    np.fill_diagonal(margin, 0)
    return rank, margin


def join_segments(pairs: SegmentPairs, count: int, model: RowModel | None = None,
                  lone: np.ndarray | None = None) -> np.ndarray:
    """A row number for each of ``count`` segments: average linkage over the model's probabilities, joining
    while two groups' pairs are on average at least ``model.threshold`` likely to report one sub-topic. With
    ``lone`` (for each segment: it is one passage, not its article's first), such a passage its row does not
    clearly hold leaves it (``lone_passages_apart``)."""
    if count < 2:
        return np.zeros(count, dtype=int)
    from sklearn.cluster import AgglomerativeClustering

    model = model or shipped_model()
    probability = np.eye(count)
    values = model.probabilities(pairs.features)
    probability[pairs.first, pairs.second] = values
    probability[pairs.second, pairs.first] = values
    distance = 1.0 - probability
    np.fill_diagonal(distance, 0)
    rows = AgglomerativeClustering(n_clusters=None, metric="precomputed", linkage="average",
                                   distance_threshold=1.0 - model.threshold).fit_predict(distance)
    if lone is None:
        return rows
    return lone_passages_apart(probability, rows, lone, LONE_LIFT)


# A segment of one passage stays in the row the linkage gave it only when it is on average this much more likely to
# report one sub-topic with the row's other segments than with every other segment of the story. The bar of the
# linkage is low (rows cut into facets of one sub-topic cost more than a stray passage), so a paragraph on something
# only its outlet reports, as likely with one row as with the story at large, is pulled into whichever row is
# nearest; kept apart, it is a visible gap in the grid. An article's first segment is never judged so: a lede reports
# what the whole story is about, so it is as likely with the story at large as with its row by its nature. Chosen on
# the mean pairwise F1 of the written stories (0.1 of 0.06-0.15).
LONE_LIFT = 0.1


def lone_passages_apart(probability: np.ndarray, rows: np.ndarray, lone: np.ndarray, lift: float) -> np.ndarray:
    """``rows`` (a row per segment), where each ``lone`` segment (one passage, not its article's first) whose average
    ``probability`` with its row's other segments is less than ``lift`` above its average with all other segments
    becomes a row of its own. Each segment is weighed against the rows as given, so their order does not matter."""
    rows = np.unique(rows, return_inverse=True)[1]
    count = len(rows)
    if count < 3:
        return rows
    others = probability - np.diag(np.diag(probability))
    membership = rows[None, :] == rows[:, None]  # membership[i, j]: i and j share a row
    np.fill_diagonal(membership, False)
    in_row = membership.sum(axis=1)
    with_row = np.where(membership, others, 0.0).sum(axis=1) / np.maximum(in_row, 1)
    with_story = others.sum(axis=1) / (count - 1)
    leaves = np.asarray(lone, dtype=bool) & (in_row > 0) & (with_row - with_story < lift)
    result = rows.copy()
    result[leaves] = rows.max() + 1 + np.arange(int(leaves.sum()))
    return result

