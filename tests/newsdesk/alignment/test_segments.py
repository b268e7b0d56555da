"""Rows built from segments: neighbouring paragraphs of one article that report one thing hold together, and
rows gather the outlets' matching segments, never paragraphs that share only the story's common words."""

import numpy as np
import pytest

from newsdesk.alignment import clustering
from newsdesk.alignment.clustering import PassageText, align
from newsdesk.importing import ingest
from tests.newsdesk.corpus_stories import story


def similarity(pairs: dict[tuple[int, int], float], size: int) -> np.ndarray:
    matrix = np.eye(size)
    for (first, second), value in pairs.items():
        matrix[first, second] = matrix[second, first] = value
    return matrix


ARTICLES = ["a", "a", "b", "b"]
INDEXES = [0, 1, 0, 1]
PLAIN = ["The council voted.", "The bridge opens in May.", "Councillors voted.", "It opens in May."]


def test_neighbours_stay_apart_when_each_is_closer_to_another_outlet():
    # Parallel accounts: a0 matches b0, a1 matches b1, far better than a0 matches a1.
    matrix = similarity({(0, 1): 0.2, (2, 3): 0.2, (0, 2): 0.9, (1, 3): 0.9}, 4)

    segment = clustering.segments(matrix, ARTICLES, INDEXES, PLAIN)

    assert len(set(segment.tolist())) == 4


def test_neighbours_hold_together_when_no_other_outlet_reports_them():
    # a0 and a1 are a section of their own: more alike than either is like anything in b.
    matrix = similarity({(0, 1): 0.5, (2, 3): 0.1, (0, 2): 0.2, (1, 3): 0.3}, 4)

    segment = clustering.segments(matrix, ARTICLES, INDEXES, PLAIN)

    assert segment[0] == segment[1]
    assert segment[2] != segment[3]


def test_neighbours_another_outlet_reports_apart_stay_apart_however_alike():
    # a0 and a1 are alike, but b reports them in two paragraphs: a0 matches b0, a1 matches b1.
    matrix = similarity({(0, 1): 0.6, (2, 3): 0.1, (0, 2): 0.5, (1, 3): 0.5}, 4)

    segment = clustering.segments(matrix, ARTICLES, INDEXES, PLAIN)

    assert segment[0] != segment[1]


def test_neighbours_matched_to_one_paragraph_of_another_outlet_hold_together():
    matrix = similarity({(0, 1): 0.6, (2, 3): 0.1, (0, 2): 0.5, (1, 2): 0.5}, 4)

    segment = clustering.segments(matrix, ARTICLES, INDEXES, PLAIN)

    assert segment[0] == segment[1]


def test_a_paragraph_opening_with_a_quotation_carries_on_the_one_before():
    matrix = similarity({(0, 2): 0.9, (1, 3): 0.9}, 4)
    texts = ["The council voted.", "“It will change how people cross the river,” the mayor said.",
             "Councillors voted.", "It opens in May."]

    segment = clustering.segments(matrix, ARTICLES, INDEXES, texts)

    assert segment[0] == segment[1]
    assert segment[2] != segment[3]


def test_segments_that_are_each_others_best_match_are_matched_across_outlets_only():
    matrix = similarity({(0, 2): 0.8, (0, 3): 0.6, (1, 3): 0.7, (0, 1): 0.9}, 4)

    matched = clustering.mutual_best_matches(matrix, ARTICLES)

    assert matched[0, 2] and matched[1, 3]
    assert not matched[0, 3] and not matched[0, 1]


def seed_passages() -> list[PassageText]:
    _, articles = story("north-korea-arms-russia")
    passages = []
    for article in articles:
        canonical = ingest.from_text(article["text"].encode())
        passages += [PassageText(key=(article["outlet"], index), article=article["outlet"], index=index,
                                 text=canonical.text[start:end])
                     for index, (start, end) in enumerate(canonical.passages)]
    return passages


def test_a_section_only_one_seed_outlet_reports_stays_together_in_a_row_of_that_outlet():
    passages = seed_passages()
    texts = {p.key: p.text for p in passages}

    result = align(passages)

    submarine = [key for key in texts if "submarine" in texts[key] and key not in result.furniture]
    rows = [topic for topic in result.topics if set(submarine) & set(topic.members)]
    assert len(submarine) >= 5 and len(rows) == 1
    outlets = [outlet for outlet, _ in rows[0].members]
    assert outlets.count("Euronews") >= 0.8 * len(outlets)


def test_the_quoted_joint_statement_stays_in_one_row():
    passages = seed_passages()
    texts = {p.key: p.text for p in passages}

    result = align(passages)

    statement = [key for key in texts if texts[key].startswith(("“The transfer of these", "“We are deeply",
                                                                 "“Russia’s use of DPRK", "The joint statement"))]
    assert len(statement) == 4
    assert len({next(t.label for t in result.topics if key in t.members) for key in statement}) == 1


def lone_segment_row(to_lone: list[float]) -> int:
    """The row a lone segment (of outlet c) ends in, beside three rows of two segments (outlets a and b),
    given its similarity to each of the six."""
    matrix = np.eye(7)
    matrix[6, :6] = matrix[:6, 6] = to_lone
    rows = np.array([0, 0, 1, 1, 2, 2, 3])
    attached = clustering._attach_alone(matrix, rows, np.ones(7), list("ababab") + ["c"], clustering.ATTACH_LIFT)
    return int(attached[6])


def test_a_lone_paragraph_that_stands_out_against_a_row_joins_it():
    assert lone_segment_row([0.6, 0.4, 0.0, 0.45, 0.0, 0.0]) == 0


def test_a_lone_background_paragraph_a_little_like_every_row_joins_none():
    assert lone_segment_row([0.31, 0.3, 0.3, 0.31, 0.3, 0.3]) == 3


def test_a_best_match_that_hardly_stands_out_from_the_runner_up_is_no_match_under_a_margin():
    # a0 is b0's best and b0 is a0's best, but a0 is nearly as like b1: outlet b does not single it out.
    matrix = similarity({(0, 2): 0.55, (0, 3): 0.5, (1, 3): 0.9, (1, 2): 0.1}, 4)

    plain = clustering.mutual_best_matches(matrix, ARTICLES)
    strict = clustering.mutual_best_matches(matrix, ARTICLES, margin=0.15)

    assert plain[0, 2] and plain[1, 3]
    assert not strict[0, 2] and not strict[2, 0]
    assert strict[1, 3]


def test_a_gaps_valley_depth_is_the_climb_to_the_peak_on_either_side():
    depths = clustering.valley_depths([0.8, 0.3, 0.7, 0.6, 0.5])

    assert depths[1] == pytest.approx(0.5 + 0.4)  # a valley between two peaks
    assert depths[0] == 0 and depths[2] == 0  # peaks
    assert depths[3] == pytest.approx(0.1)  # on the way down, as far as the last peak
    assert depths[4] == pytest.approx(0.2)


def test_an_article_turning_to_another_thing_is_cut_at_the_valley_though_all_its_paragraphs_are_alike():
    # Article a: three paragraphs on one thing, then three on another, all fairly alike (0.45), each thing's
    # paragraphs very alike (0.9); nothing in article b is close to any of them, so the relative bar is low and
    # every gap clears it: only the valley between the two things says where the article turns.
    size = 8
    pairs = {}
    for first in range(6):
        for second in range(first + 1, 6):
            pairs[first, second] = 0.9 if (first < 3) == (second < 3) else 0.45
    pairs.update({(row, 6): 0.3 for row in range(6)})
    pairs[6, 7] = 0.1
    articles = ["a"] * 6 + ["b"] * 2
    indexes = [0, 1, 2, 3, 4, 5, 0, 1]
    texts = [f"Paragraph {n}." for n in range(size)]

    segment = clustering.segments(similarity(pairs, size), articles, indexes, texts)

    assert len(set(segment[:3].tolist())) == 1 and len(set(segment[3:6].tolist())) == 1
    assert segment[2] != segment[3]


def test_items_each_the_others_closest_of_all_are_mutual_nearest():
    matrix = similarity({(0, 1): 0.7, (1, 2): 0.6, (2, 3): 0.5, (0, 3): 0.1}, 4)

    nearest = clustering.mutual_nearest(matrix)

    assert nearest[0, 1] and nearest[1, 0]
    assert not nearest[1, 2] and not nearest[2, 3] and not nearest[0, 0]


@pytest.mark.parametrize("size", [0, 1])
def test_an_item_alone_is_not_its_own_mutual_nearest(size):
    nearest = clustering.mutual_nearest(np.eye(size))

    assert nearest.shape == (size, size) and not nearest.any()


def test_items_all_equally_alike_are_all_mutual_nearest_but_never_of_themselves():
    nearest = clustering.mutual_nearest(np.full((3, 3), 0.7))

    assert nearest.sum() == 6 and not nearest.diagonal().any()


def test_two_places_of_one_article_nearer_each_other_than_anything_else_are_a_match():
    # a0 and a2 report one thing twice; a0 is also outlet b's match for it, but less alike than a2.
    owners = ["a", "a", "a", "b", "b"]
    matrix = np.eye(5)
    for (first, second), value in {(0, 2): 0.55, (0, 3): 0.52, (1, 4): 0.8, (2, 3): 0.2}.items():
        matrix[first, second] = matrix[second, first] = value

    matched = clustering.segment_matches(matrix, owners)

    assert matched[0, 2] and matched[2, 0]
    assert matched[1, 4]
    assert not matched[0, 1] and not matched[1, 2]


def test_two_places_of_one_article_each_nearer_another_outlet_are_no_match_below_the_same_article_bar():
    owners = ["a", "a", "a", "b", "b"]
    matrix = np.eye(5)
    for (first, second), value in {(0, 2): 0.55, (0, 3): 0.8, (2, 4): 0.8}.items():
        matrix[first, second] = matrix[second, first] = value

    matched = clustering.segment_matches(matrix, owners)

    assert matched[0, 3] and matched[2, 4]
    assert not matched[0, 2]
    assert not matched.diagonal().any()
