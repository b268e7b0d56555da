"""The alignment benchmark's counting: pairs of one article and of two outlets apart, and what the gold allows."""

from benchmarks.alignment_quality import best_rows, gold_runs, linked_by_gold, pairwise, pairwise_by_kind

# Two articles: the first reports "leak" over two paragraphs, then "water"; the second "leak", then "water"
# over two paragraphs with "leak" again after them.
GOLD = {
    (0, 0): "leak", (0, 1): "leak", (0, 2): "water",
    (1, 0): "leak", (1, 1): "water", (1, 2): "water", (1, 3): "leak",
}


def test_pairs_of_one_article_and_of_two_outlets_are_scored_apart():
    rows = {(0, 0): "a", (0, 1): "a", (0, 2): "b", (1, 0): "c", (1, 1): "b", (1, 2): "b", (1, 3): "c"}

    kinds = pairwise_by_kind(rows, GOLD)

    assert kinds["within"] == (1.0, 1.0, 1.0, 3)
    precision, recall, f1, gold_pairs = kinds["across"]
    assert (precision, gold_pairs) == (1.0, 6)
    assert recall == 2 / 6


def test_every_pair_counts_in_the_overall_figure():
    one_row_per_article = {key: key[0] for key in GOLD}

    precision, recall, _f1 = pairwise(one_row_per_article, GOLD)

    # 3 + 6 pairs in the two rows, 6 + 3 in the gold; three in both, all of them within one article.
    assert precision == 3 / 9
    assert recall == 3 / 9


def test_a_run_is_neighbouring_paragraphs_of_one_article_on_one_sub_topic():
    runs = gold_runs(GOLD)

    assert runs[(0, 0)] == runs[(0, 1)] != runs[(0, 2)]
    assert runs[(1, 1)] == runs[(1, 2)]
    assert runs[(1, 0)] != runs[(1, 3)]  # the same sub-topic, reported in two places
    assert runs[(0, 0)] != runs[(1, 0)]


def test_rows_of_one_unit_per_article_put_each_articles_largest_units_together():
    rows = best_rows(GOLD, gold_runs(GOLD))

    assert rows[(0, 0)] == rows[(0, 1)] == rows[(1, 0)]  # the first article's run beside one of the second's
    assert rows[(1, 3)] != rows[(1, 0)]  # the second run of "leak" of one article needs a row of its own
    assert rows[(0, 2)] == rows[(1, 1)] == rows[(1, 2)]


def test_rows_linked_by_the_gold_give_each_segment_its_most_common_sub_topic():
    segments = {(0, 0): 1, (0, 1): 1, (0, 2): 1, (1, 0): 2, (1, 1): 3, (1, 2): 3, (1, 3): 4}

    rows = linked_by_gold(GOLD, segments)

    assert rows[(0, 2)] == rows[(0, 0)] == rows[(1, 0)] == rows[(1, 3)] == "leak"
    assert rows[(1, 1)] == rows[(1, 2)] == "water"


def test_a_body_paragraph_sent_to_the_furniture_band_stays_on_its_own_in_the_rows_linked_by_the_gold():
    segments = {(0, 0): 1, (0, 1): 1, (1, 0): 2, (1, 1): 3, (1, 2): 3, (1, 3): 4}  # no segment for (0, 2)

    rows = linked_by_gold(GOLD, segments)

    assert rows[(0, 2)] is None
    assert rows[(1, 1)] == rows[(1, 2)] == "water" and rows[(0, 0)] == rows[(1, 0)] == "leak"
    precision, recall, _f1 = pairwise(rows, GOLD)
    assert precision == 1.0 and recall < 1.0  # its pairs are missed, none is made up


def test_a_matching_decision_dates_each_page_and_tells_what_the_words_alone_would_choose():
    from benchmarks.alignment_quality import decide
    from tests.newsdesk.test_matching_dates import CLOSED, OTHER, REPORT

    members = [("bath", title, f"11 July 2025\n\n{text}") for title, text in CLOSED]
    members += [("rail", title, f"2 March 2025\n\n{text}") for title, text in OTHER]

    earlier = decide(members, REPORT[0], f"24 May 2025\n\n{REPORT[1]}")
    later = decide(members, REPORT[0], f"14 July 2025\n\n{REPORT[1]}")

    assert earlier[0] is None and earlier[4] == "bath"  # written weeks before the bath closed
    assert "dated weeks before bath" in earlier[3]
    assert later[0] == later[4] == "bath"
