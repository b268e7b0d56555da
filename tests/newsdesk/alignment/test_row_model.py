"""The row model: how a pair of segments is described, and how segments are joined into rows by its probabilities."""

import json

import numpy as np
import pytest

from newsdesk.alignment import row_model
from newsdesk.alignment.row_model import (
    FEATURES,
    RowModel,
    SegmentPairs,
    describe_pairs,
    join_segments,
    lone_passages_apart,
)
from tests.newsdesk.corpus_stories import written_stories

# Four segments: two of article "a", two of article "b". a0 and b0 report one thing, a1 and b1 another.
SIMILARITY = np.array([
    [1.0, 0.2, 0.8, 0.1],
    [0.2, 1.0, 0.3, 0.7],
    [0.8, 0.3, 1.0, 0.25],
    [0.1, 0.7, 0.25, 1.0],
])
OWNERS = ["a", "a", "b", "b"]
ORDER = [(0, 2), (1, 2), (0, 2), (1, 2)]
SIZES = np.array([2.0, 1.0, 3.0, 1.0])
RULE_ROWS = np.array([0, 1, 0, 2])
RULE_MATCHES = np.zeros((4, 4), dtype=bool)
RULE_MATCHES[0, 2] = RULE_MATCHES[2, 0] = True


def described():
    return describe_pairs(SIMILARITY, OWNERS, ORDER, SIZES, RULE_ROWS, RULE_MATCHES)


def feature(pairs: SegmentPairs, first: int, second: int, name: str) -> float:
    row = np.flatnonzero((pairs.first == first) & (pairs.second == second))[0]
    return float(pairs.features[row, FEATURES.index(name)])


def test_every_pair_of_segments_is_described_once_by_every_feature():
    pairs = described()

    assert sorted(zip(pairs.first.tolist(), pairs.second.tolist(), strict=True)) == [
        (0, 1), (0, 2), (0, 3), (1, 2), (1, 3), (2, 3)]
    assert pairs.features.shape == (6, len(FEATURES))


def test_a_pair_that_is_each_others_best_match_has_rank_zero_and_a_margin_over_the_runner_up():
    pairs = described()

    assert feature(pairs, 0, 2, "rank_high") == 0
    assert feature(pairs, 0, 2, "margin_low") == pytest.approx(0.8 - 0.3)  # b0's runner-up in a is a1 (0.3)
    assert feature(pairs, 0, 3, "rank_low") == 1  # b0 is more like a0 than b1 is


def test_the_lift_is_the_similarity_above_each_segments_average():
    pairs = described()
    average_of_a0 = (0.2 + 0.8 + 0.1) / 3
    average_of_b0 = (0.8 + 0.3 + 0.25) / 3

    assert feature(pairs, 0, 2, "lift_low") == pytest.approx(0.8 - average_of_b0)
    assert feature(pairs, 0, 2, "lift_high") == pytest.approx(0.8 - average_of_a0)


def test_the_rules_verdicts_and_the_shape_of_the_pair_are_features():
    pairs = described()

    assert feature(pairs, 0, 2, "same_rule_row") == 1 and feature(pairs, 1, 3, "same_rule_row") == 0
    assert feature(pairs, 0, 2, "rule_match") == 1 and feature(pairs, 1, 3, "rule_match") == 0
    assert feature(pairs, 0, 1, "same_article") == 1 and feature(pairs, 0, 1, "segments_apart") == 1
    assert feature(pairs, 0, 2, "one_lede") == 1 and feature(pairs, 0, 3, "one_lede") == 1
    assert feature(pairs, 1, 3, "one_lede") == 0 and feature(pairs, 0, 1, "one_lede") == 0  # none; one article
    assert feature(pairs, 0, 2, "log_size") == pytest.approx(np.log(6))


def test_the_features_of_a_pair_do_not_depend_on_the_order_the_segments_are_listed_in():
    order = [2, 3, 0, 1]
    pairs = describe_pairs(SIMILARITY[np.ix_(order, order)], [OWNERS[i] for i in order], [ORDER[i] for i in order],
                           SIZES[order], RULE_ROWS[order], RULE_MATCHES[np.ix_(order, order)])
    original = described()

    # In the new order a0 is segment 2 and b0 is segment 0.
    assert np.allclose(pairs.features[(pairs.first == 0) & (pairs.second == 2)],
                       original.features[(original.first == 0) & (original.second == 2)])


def model_of_similarity(threshold: float) -> RowModel:
    """A model whose probability follows the similarity alone: ``similarity`` 0.5 is an even chance."""
    coefficients = np.zeros(len(FEATURES))
    coefficients[FEATURES.index("similarity")] = 20.0
    return RowModel(mean=np.zeros(len(FEATURES)), scale=np.ones(len(FEATURES)), coefficients=coefficients,
                    intercept=-10.0, threshold=threshold)


def test_segments_join_while_their_average_probability_reaches_the_threshold():
    rows = join_segments(described(), 4, model_of_similarity(0.5))

    assert rows[0] == rows[2] and rows[1] == rows[3] and rows[0] != rows[1]


def test_a_higher_threshold_keeps_segments_apart():
    rows = join_segments(described(), 4, model_of_similarity(0.999))

    assert len(set(rows.tolist())) == 4


def test_one_segment_is_one_row():
    pairs = describe_pairs(np.ones((1, 1)), ["a"], [(0, 1)], np.ones(1), np.zeros(1, dtype=int),
                           np.zeros((1, 1), dtype=bool))

    assert pairs.features.shape == (0, len(FEATURES))
    assert join_segments(pairs, 1).tolist() == [0]


def test_the_shipped_model_reads_the_features_it_was_fitted_on_and_never_the_seed_story():
    data = json.loads(row_model.MODEL_FILE.read_text(encoding="utf-8"))
    model = row_model.shipped_model()

    assert tuple(data["features"]) == FEATURES
    assert 0 < model.threshold < 1
    assert "north-korea-arms-russia" not in data["fitted_on"]
    assert set(data["fitted_on"]) <= set(written_stories())


def test_a_model_fitted_on_other_features_is_refused():
    data = {**row_model.shipped_model().as_dict(), "features": ["similarity"]}

    with pytest.raises(ValueError, match="other features"):
        RowModel.from_dict(data)


# Five segments in one row: 0, 1 and 2 report one sub-topic (likely together), 3 is a lone passage that leans to them no
# more than to the rest of the story, 4 a segment of two passages (or an article's first) that leans as little.
ROW_PROBABILITY = np.array([
    [1.0, 0.9, 0.8, 0.2, 0.2],
    [0.9, 1.0, 0.85, 0.2, 0.2],
    [0.8, 0.85, 1.0, 0.15, 0.2],
    [0.2, 0.2, 0.15, 1.0, 0.1],
    [0.2, 0.2, 0.2, 0.1, 1.0],
])


def test_a_lone_passage_no_more_likely_with_its_row_than_with_the_story_leaves_the_row_and_a_lede_stays():
    rows = np.zeros(5, dtype=int)
    rows_with_a_rest = np.array([0, 0, 0, 0, 0, 1, 1])
    probability = np.pad(ROW_PROBABILITY, ((0, 2), (0, 2)), constant_values=0.15)
    probability[5, 6] = probability[6, 5] = 0.8  # the rest of the story: a clear pair of its own
    np.fill_diagonal(probability, 1.0)

    apart = lone_passages_apart(probability, rows_with_a_rest, np.array([False, True, False, True, False, True, True]),
                                lift=0.1)

    assert apart[3] not in set(apart[[0, 1, 2, 4, 5, 6]].tolist())  # the lone passage is its own row, a visible gap
    assert len(set(apart[[0, 1, 2, 4]].tolist())) == 1  # not lone (two passages, or a lede): left where it was
    assert apart[5] == apart[6] != apart[0]
    never = lone_passages_apart(ROW_PROBABILITY, rows, np.array([False, True, False, True, False]), lift=-1.0)
    assert len(set(never.tolist())) == 1


def test_a_lone_passage_clearly_more_likely_with_its_row_than_with_the_story_stays():
    probability = np.array([
        [1.0, 0.7, 0.1, 0.1],
        [0.7, 1.0, 0.05, 0.1],
        [0.1, 0.05, 1.0, 0.6],
        [0.1, 0.1, 0.6, 1.0],
    ])

    apart = lone_passages_apart(probability, np.array([0, 0, 1, 1]), np.ones(4, dtype=bool), lift=0.1)

    assert apart.tolist()[0] == apart.tolist()[1] and apart.tolist()[2] == apart.tolist()[3]
    assert apart[0] != apart[2]


def test_a_lone_passage_alone_in_its_row_stays_its_own_row():
    apart = lone_passages_apart(ROW_PROBABILITY[:2, :2], np.array([0, 1]), np.ones(2, dtype=bool), lift=0.1)

    assert apart[0] != apart[1]
