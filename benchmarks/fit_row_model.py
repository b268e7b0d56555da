"""Fit the row model (``newsdesk/alignment/row_model.py``) on the gold of the stories written for the project.

    python -m benchmarks.fit_row_model [--write] [--seed-ceiling]

Every pair of a story's segments is a row: its ``row_model.FEATURES`` and a label, whether most of the pairs of
passages it stands for share a gold sub-topic; it weighs as many pairs of passages as it stands for. A logistic
regression (scikit-learn) is fitted on them. The seed story is never fitted on: its gold is kept for measuring.

The threshold (the least average probability at which two groups of segments are one row) is chosen by
leave-one-story-out validation: for each written story the model is fitted on all the others and the story's rows
are scored against its gold (pairwise F1, as ``benchmarks/alignment_quality.py`` scores them); thresholds whose
mean F1 over the left-out stories is within ``TOLERANCE`` of the best count as equal, and the lowest of them is
kept (it joins the most segments: rows cut into facets of one sub-topic were the rules' fault on the stories
written blind). The script prints each story's F1 with the rules
alone (the rows before the model), with the model fitted without it, and the seed story's with the model fitted on
all written stories. These are the figures to quote: no story is scored by a model that saw its gold.

With ``--write`` it fits on all written stories and writes the coefficients and the threshold to
``newsdesk/alignment/data/row_model.json``.
"""

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402

from benchmarks.alignment_quality import FURNITURE, load_stories, pairwise, passages_of  # noqa: E402
from newsdesk.alignment import row_model  # noqa: E402
from newsdesk.alignment.clustering import (  # noqa: E402
    _segment_order,
    passage_vectors,
    segment_pairs,
    split_furniture,
)

SEED = "north-korea-arms-russia"
THRESHOLDS = tuple(round(0.1 + 0.02 * step, 2) for step in range(11))
REGULARISATION = 1.0
# Thresholds whose mean F1 is within this of the best count as equal (a few paragraphs moved in one story move the
# mean by as much); of those the lowest is kept: it joins the most segments, and rows cut into facets of one
# sub-topic are what the rules got wrong on the stories written blind.
TOLERANCE = 0.015


@dataclass
class StoryPairs:
    slug: str
    keys: list  # the content passages' keys
    segment: np.ndarray  # a segment number per content passage
    pairs: row_model.SegmentPairs
    labels: np.ndarray  # per pair: most of its passage pairs share a gold sub-topic
    weights: np.ndarray  # per pair: how many passage pairs it stands for
    body: dict  # gold sub-topic per body passage key
    rule_rows: np.ndarray  # the rules' row per segment
    lone: np.ndarray  # per segment: one passage, not its article's first (``row_model.lone_passages_apart``)


def story_pairs(spec: dict, articles: list) -> StoryPairs:
    passages, gold = passages_of(articles)
    content, _furniture, _reasons = split_furniture(passages, {})
    vectors = passage_vectors(content)
    segment, pairs = segment_pairs(vectors, [p.article for p in content], [p.index for p in content],
                                   [p.text for p in content])
    count = int(segment.max()) + 1
    sub_topic = [gold[p.key] for p in content]
    members = [[sub_topic[row] for row in np.flatnonzero(segment == number)] for number in range(count)]
    labels, weights = [], []
    for first, second in zip(pairs.first, pairs.second, strict=True):
        together = sum(a == b and a != FURNITURE for a in members[first] for b in members[second])
        total = len(members[first]) * len(members[second])
        labels.append(together * 2 > total)
        weights.append(total)
    rule_rows = _rule_rows(pairs, count)
    place = np.array([place for place, _ in _segment_order(segment, [p.article for p in content],
                                                           [p.index for p in content])])
    lone = (np.bincount(segment, minlength=count) == 1) & (place > 0)
    body = {key: label for key, label in gold.items() if label != FURNITURE}
    return StoryPairs(spec["slug"], [p.key for p in content], segment, pairs, np.array(labels),
                      np.array(weights, dtype=float), body, rule_rows, lone)


def _rule_rows(pairs: row_model.SegmentPairs, count: int) -> np.ndarray:
    """The rows of the rules alone, read back from the pairs' ``same_rule_row`` feature (a row is named by its
    first segment)."""
    together = pairs.features[:, row_model.FEATURES.index("same_rule_row")] > 0
    rows = np.arange(count)
    for first, second in zip(pairs.first[together], pairs.second[together], strict=True):
        rows[second] = min(rows[second], first)
    return rows


def fit(stories: list[StoryPairs], threshold: float) -> row_model.RowModel:
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler

    features = np.vstack([story.pairs.features for story in stories])
    labels = np.concatenate([story.labels for story in stories])
    weights = np.concatenate([story.weights for story in stories])
    scaler = StandardScaler().fit(features)
    regression = LogisticRegression(C=REGULARISATION, max_iter=5000).fit(
        scaler.transform(features), labels.astype(int), sample_weight=weights)
    return row_model.RowModel(mean=scaler.mean_, scale=scaler.scale_, coefficients=regression.coef_[0],
                              intercept=float(regression.intercept_[0]), threshold=threshold)


def score(story: StoryPairs, rows: np.ndarray) -> float:
    predicted = {key: int(rows[number]) for key, number in zip(story.keys, story.segment, strict=True)}
    return pairwise(predicted, story.body)[2]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--write", action="store_true", help="Write the fitted model to the shipped file.")
    parser.add_argument("--seed-ceiling", action="store_true",
                        help="Also print the seed story's F1 under models fitted on its own gold (a ceiling of what "
                             "the features can tell apart there; never written, never shipped).")
    options = parser.parse_args(argv)
    print("reading the stories...", file=sys.stderr)
    stories = [story_pairs(spec, articles) for spec, articles in load_stories()]
    written = [story for story in stories if story.slug != SEED]
    seed = next(story for story in stories if story.slug == SEED)
    left_out = {}
    for story in written:
        model = fit([other for other in written if other is not story], THRESHOLDS[0])
        left_out[story.slug] = {threshold: score(story, row_model.join_segments(
            story.pairs, len(story.rule_rows), _with_threshold(model, threshold), story.lone))
            for threshold in THRESHOLDS}
    means = {threshold: float(np.mean([scores[threshold] for scores in left_out.values()]))
             for threshold in THRESHOLDS}
    best = max(means.values())
    chosen = min(threshold for threshold in THRESHOLDS if means[threshold] >= best - TOLERANCE)
    print("mean F1 of the left-out stories by threshold: "
          + "  ".join(f"{threshold:.2f}: {means[threshold]:.3f}" for threshold in THRESHOLDS))
    print(f"chosen threshold {chosen:.2f}\n")
    final = fit(written, chosen)
    print(f"{'story':<34} {'rules':>6} {'model':>6}")
    for story in written:
        print(f"{story.slug:<34} {score(story, story.rule_rows):>6.2f} {left_out[story.slug][chosen]:>6.2f}")
    rules_mean = np.mean([score(story, story.rule_rows) for story in written])
    print(f"{'mean of the written stories':<34} {rules_mean:>6.2f} {means[chosen]:>6.2f}")
    seed_model = score(seed, row_model.join_segments(seed.pairs, len(seed.rule_rows), final, seed.lone))
    print(f"{SEED + ' (never fitted on)':<34} {score(seed, seed.rule_rows):>6.2f} {seed_model:>6.2f}")
    if options.seed_ceiling:
        print_seed_ceiling(seed)
    print("\ncoefficients (standardised features):")
    for name, value in sorted(zip(row_model.FEATURES, final.coefficients, strict=True), key=lambda item: -abs(item[1])):
        print(f"  {name:<16} {value:+.3f}")
    if options.write:
        row_model.MODEL_FILE.parent.mkdir(exist_ok=True)
        data = {**final.as_dict(), "fitted_on": [story.slug for story in written]}
        row_model.MODEL_FILE.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
        print(f"\nwrote {row_model.MODEL_FILE.relative_to(ROOT)}")
    return 0


def print_seed_ceiling(seed: StoryPairs) -> None:
    """The seed story's F1 when the model is fitted on the seed's own gold, at each threshold: what the pairs'
    features can tell apart in that story at best. A diagnosis, never a figure to quote as the method's."""
    global REGULARISATION
    shipped = REGULARISATION
    for regularisation in (1.0, 100.0):
        REGULARISATION = regularisation
        model = fit([seed], THRESHOLDS[0])
        scores = {threshold: score(seed, row_model.join_segments(seed.pairs, len(seed.rule_rows),
                                                                 _with_threshold(model, threshold), seed.lone))
                  for threshold in (*THRESHOLDS, 0.4, 0.5, 0.6, 0.7)}
        best = max(scores, key=scores.get)
        print(f"{SEED} fitted on its own gold (C={regularisation:g}): best F1 {scores[best]:.2f} "
              f"at threshold {best:.2f} (a ceiling of the features, not the method)")
    REGULARISATION = shipped


def _with_threshold(model: row_model.RowModel, threshold: float) -> row_model.RowModel:
    return row_model.RowModel(model.mean, model.scale, model.coefficients, model.intercept, threshold)


if __name__ == "__main__":
    raise SystemExit(main())
