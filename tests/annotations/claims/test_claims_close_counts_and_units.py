"""Counts from two sources a few per cent apart, the figure of each count compared on its own, and a bare number
of another unit in a language other than English. Sentences written for the project."""

from annotations.claims.finding import Mention
from annotations.claims.linking import adjustment, content_words, differing, same_figure_of_one_thing
from annotations.claims.normalise import details


def _mention(article: str, text: str, language: str | None = None) -> Mention:
    return Mention(article, 0, len(text), text, details(text, language), 0)


def test_counts_a_few_per_cent_apart_beside_a_shared_count_add_evidence():
    board = _mention("a", "The council says it has closed the pool for 4,812 swimmers at 12 clubs on Friday.")
    wire = _mention("b", "A council on Saturday closed a pool used by 4,790 swimmers at 12 clubs in the valley.")
    only_clubs = _mention("c", "A council on Saturday closed a pool used by 600 swimmers at 12 clubs in the valley.")

    assert adjustment(board, wire) > adjustment(board, only_clubs)
    # a weekday alone does not part them when they share a figure
    assert adjustment(board, wire) > 0.2


def test_a_mention_sharing_one_count_still_differs_on_another():
    board = _mention("a", "The council closed the pool for 4,812 swimmers at 12 clubs.")
    wire = _mention("b", "A council closed a pool used by 4,790 swimmers at 12 clubs.")

    assert differing([board, wire]) == [True, True]


def test_three_against_four_of_one_thing_still_differ():
    one = _mention("a", "Wardens fined three anglers on Sunday.")
    other = _mention("b", "Four anglers were fined by wardens.")

    assert differing([one, other]) == [True, True]


def _same(left: str, right: str, language: str) -> bool:
    return same_figure_of_one_thing(details(left, language), details(right, language),
                                    content_words(left, language), content_words(right, language), language)


def test_a_bare_number_of_another_unit_is_not_the_same_figure():
    # Amharic: 30 million birr for the new school against a school 30 years old
    assert not _same("ቢሮው ለአዲሱ ትምህርት ቤት ግንባታ 30 ሚሊዮን ብር መድቧል።", "ትምህርት ቤቱ ከ30 ዓመታት በላይ አገልግሏል።", "am")
    # the same sum for one thing: both name the building work (ግንባታ)
    assert _same("ቢሮው ለአዲሱ ትምህርት ቤት ግንባታ 30 ሚሊዮን ብር መድቧል።", "ለትምህርት ቤቱ ግንባታ 30 ሚሊዮን ብር ተመድቧል።", "am")
