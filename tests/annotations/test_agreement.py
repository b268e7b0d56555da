"""Agreement statistics: published worked examples, hand-made cases, and the library on the same matrix."""

import krippendorff
import numpy as np
import pytest
from sklearn.metrics import cohen_kappa_score

from annotations.reports import agreement
from annotations.reports.agreement import alpha_from_runs, build_coding, overall_alpha, pair_kappa, summary, tag_alpha

A, B, C = 1, 2, 3  # reviewer ids


def coding_of(spans, lengths, reviewers=(A, B)):
    return build_coding(sorted(spans), lengths, list(reviewers))


def test_krippendorff_four_observers_with_missing_values_gives_nominal_alpha_0_743():
    # Krippendorff, "Computing Krippendorff's Alpha-Reliability" (2011), section C: 4 observers, 12 units.
    nan = np.nan
    data = np.array([
        [1, 2, 3, 3, 2, 1, 4, 1, 2, nan, nan, nan],
        [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, nan, 3],
        [nan, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, nan],
        [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, nan],
    ])
    domain = np.array([1, 2, 3, 4, 5])
    counts = np.stack([(data == v).sum(axis=0) for v in domain], axis=1)

    value = alpha_from_runs(counts, np.ones(12, dtype=np.int64))

    assert round(value, 3) == 0.743


def test_weighted_runs_give_the_library_value_of_the_expanded_units():
    counts = np.array([[3, 0], [2, 1], [1, 1], [0, 2], [1, 0]])
    lengths = np.array([40, 7, 3, 12, 5])

    weighted = agreement._alpha_from_coincidences(counts, lengths)

    expected = krippendorff.alpha(value_counts=np.repeat(counts, lengths, axis=0), level_of_measurement="nominal")
    assert weighted == pytest.approx(expected)


def test_cohen_1960_example_gives_kappa_0_492():
    # Cohen (1960), table 1: 200 items, three categories, p_o = .70, p_c = .41.
    table = [[88, 14, 18], [10, 40, 10], [2, 6, 12]]
    a, b = [], []
    for i, row in enumerate(table):
        for j, n in enumerate(row):
            a += [i] * n
            b += [j] * n
    codes = np.array([a, b]).T.astype(np.int16)
    coding = agreement.Coding([A, B], codes, np.ones(200, np.int64), np.zeros(200, np.int64), np.arange(200))

    kappa, units = pair_kappa(coding, 0, 1)

    assert round(kappa, 3) == 0.492
    assert units == 200


def test_identical_highlights_agree_perfectly():
    spans = [(1, r, "rhetoric", 10, 20) for r in (A, B)] + [(1, r, "attribution", 30, 45) for r in (A, B)]
    coding = coding_of(spans, {1: 100})

    result = summary(coding)

    assert result["overall"]["alpha"] == pytest.approx(1.0)
    assert result["tags"]["rhetoric"]["alpha"] == pytest.approx(1.0)
    assert result["pairs"] == [{"a": A, "b": B, "kappa": pytest.approx(1.0), "units": 100}]
    assert result["overall"] == {"alpha": pytest.approx(1.0), "reviewers": 2, "units": 100}


def test_highlights_that_never_overlap_agree_worse_than_chance():
    # A marks [0, 50) and B marks [50, 100): every character is marked by exactly one of the two.
    coding = coding_of([(1, A, "rhetoric", 0, 50), (1, B, "rhetoric", 50, 100)], {1: 100})

    # Coincidences: o(0,1) = o(1,0) = 100, o(0,0) = o(1,1) = 0; n = 200, n0 = n1 = 100.
    # alpha = 1 - (n - 1) * o01 / (n0 * n1) = 1 - 199 * 100 / 10000 = -0.99
    assert tag_alpha(coding, "rhetoric") == pytest.approx(-0.99)
    assert pair_kappa(coding, 0, 1)[0] == pytest.approx(-1.0)


def test_one_reviewer_only_gives_no_agreement_figures():
    coding = coding_of([(1, A, "rhetoric", 0, 10)], {1: 100})

    result = summary(coding)

    assert result["enough_reviewers"] is False
    assert result["overall"] == {"alpha": None, "reviewers": 1, "units": 0}
    assert result["tags"]["rhetoric"]["alpha"] is None
    assert result["pairs"] == []


def test_identical_spans_with_different_tags_disagree_on_both_tags_and_overall():
    # Both mark [0, 40) of 100 characters, A as rhetoric and B as attribution.
    coding = coding_of([(1, A, "rhetoric", 0, 40), (1, B, "attribution", 0, 40)], {1: 100})

    # Per tag: 40 characters one reviewer marked and the other did not, 60 both left unmarked.
    # o01 = 40 + 40 = 80, n1 = 40, n0 = 160, n = 200: alpha = 1 - 199 * 40 / (160 * 40) = -0.24375
    assert tag_alpha(coding, "rhetoric") == pytest.approx(1 - 199 * 40 / (160 * 40))
    assert tag_alpha(coding, "attribution") == pytest.approx(-0.24375)
    # Overall: values none / rhetoric / attribution; 60 units agree on none, 40 split rhetoric vs attribution.
    # n_none = 120, n_rh = 40, n_att = 40; disagreeing coincidences 80.
    # alpha = 1 - 199 * 80 / (200*200 - (120**2 + 40**2 + 40**2)) = 1 - 15920 / 22400
    assert overall_alpha(coding) == pytest.approx(1 - 15920 / 22400)


def test_a_reviewer_who_left_an_article_untouched_is_missing_not_disagreeing():
    spans = [(1, A, "rhetoric", 0, 10), (1, B, "rhetoric", 0, 10), (2, A, "rhetoric", 0, 50)]
    coding = coding_of(spans, {1: 20, 2: 50})

    assert coding.units == 20
    assert tag_alpha(coding, "rhetoric") == pytest.approx(1.0)


def test_per_tag_alpha_equals_the_library_on_the_character_matrix():
    rng = np.random.default_rng(7)
    spans = []
    for article, length in ((1, 300), (2, 180)):
        for reviewer in (A, B, C):
            for _ in range(6):
                start = int(rng.integers(0, length - 1))
                end = int(min(length, start + rng.integers(1, 60)))
                spans.append((article, reviewer, str(rng.choice(["rhetoric", "attribution"])), start, end))
    coding = coding_of(spans, {1: 300, 2: 180}, (A, B, C))
    matrix = np.zeros((3, 480))  # reviewers x characters, 1 where marked with rhetoric
    for article, reviewer, tag, start, end in spans:
        if tag == "rhetoric":
            offset = 0 if article == 1 else 300
            matrix[[A, B, C].index(reviewer), offset + start : offset + end] = 1

    expected = krippendorff.alpha(reliability_data=matrix, level_of_measurement="nominal")

    assert tag_alpha(coding, "rhetoric") == pytest.approx(expected)


def test_pair_kappa_equals_scikit_learn_on_the_characters():
    spans = [(1, A, "rhetoric", 0, 30), (1, A, "attribution", 20, 60), (1, B, "rhetoric", 10, 30),
             (1, B, "factual_claim", 70, 90)]
    coding = coding_of(spans, {1: 100})
    per_char = {A: [0] * 100, B: [0] * 100}
    for _, reviewer, tag, start, end in spans:
        for i in range(start, end):
            per_char[reviewer][i] |= coding.bit(tag)

    kappa, units = pair_kappa(coding, 0, 1)

    assert kappa == pytest.approx(cohen_kappa_score(per_char[A], per_char[B]))
    assert units == 100


def test_biggest_disagreement_is_the_longest_span_tagged_by_one_reviewer_only():
    spans = [(1, A, "rhetoric", 0, 10), (1, B, "rhetoric", 0, 10), (1, A, "rhetoric", 40, 70),
             (1, B, "attribution", 80, 85)]
    coding = coding_of(spans, {1: 100})

    found = agreement.disagreements(coding, limit=2)

    assert [(d.tag, d.start, d.end, d.marked_by, d.not_marked_by) for d in found] == [
        ("rhetoric", 40, 70, [A], [B]),
        ("attribution", 80, 85, [B], [A]),
    ]


def test_pair_kappa_counts_only_the_articles_both_reviewers_coded():
    lengths = {1: 40, 2: 30, 3: 50}
    spans = [
        (1, A, "rhetoric", 0, 10), (1, B, "rhetoric", 5, 12), (1, B, "attribution", 20, 30),
        (2, A, "boilerplate", 3, 9),  # B left article 2 untouched
        (3, A, "rhetoric", 10, 40), (3, B, "rhetoric", 12, 40), (3, B, "factual_claim", 0, 5),
    ]
    coding = coding_of(spans, lengths)
    a, b = (np.repeat(coding.codes[:, i], coding.lengths) for i in (0, 1))
    both = (a != -1) & (b != -1)

    kappa, units = pair_kappa(coding, 0, 1)

    assert units == 90
    assert kappa == pytest.approx(cohen_kappa_score(a[both], b[both]))


def test_alpha_of_every_article_at_once_equals_alpha_of_each_article_alone():
    lengths = {1: 60, 2: 45, 3: 30}
    spans = [
        (1, A, "rhetoric", 0, 20), (1, B, "rhetoric", 5, 25), (1, C, "attribution", 10, 40),
        (1, A, "boilerplate", 50, 60),
        (2, A, "factual_claim", 0, 45), (2, B, "factual_claim", 0, 40), (2, B, "rhetoric", 30, 45),
        (3, C, "rhetoric", 0, 10),  # one reviewer only: no agreement there
    ]
    coding = coding_of(spans, lengths, reviewers=(A, B, C))

    together = agreement.article_alphas(coding)

    for article in lengths:
        alone = coding.for_article(article)
        assert together[article]["alpha"] == pytest.approx(overall_alpha(alone))
        for tag in coding.tags:
            assert together[article]["tags"][tag] == pytest.approx(tag_alpha(alone, tag))
    assert together[3] == {"alpha": None, "tags": dict.fromkeys(coding.tags)}


def test_runs_are_the_same_when_worked_out_a_few_articles_at_a_time(monkeypatch):
    lengths = {article: 30 + article for article in range(1, 8)}
    spans = [(article, reviewer, tag, start, start + 9) for article in lengths for reviewer in (A, B, C)
             for tag, start in (("rhetoric", reviewer * 3), ("attribution", article + reviewer))]
    whole = coding_of(spans, lengths, reviewers=(A, B, C))

    monkeypatch.setattr(agreement, "CHUNK_BOUNDS", 5)
    chunked = coding_of(spans, lengths, reviewers=(A, B, C))

    for name in ("codes", "lengths", "articles", "starts"):
        assert np.array_equal(getattr(chunked, name), getattr(whole, name))
    assert len(whole.lengths) > 5 * len(lengths)
