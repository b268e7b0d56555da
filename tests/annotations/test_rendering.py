from typing import NamedTuple

from annotations.rendering import split_into_runs


class Span(NamedTuple):
    id: int
    start: int
    end: int
    tag: str = "rhetoric"


def pieces(runs):
    return [(run.text, [span.id for span in run.spans]) for run in runs]


def test_text_without_spans_is_one_plain_run():
    runs = split_into_runs("Hello world", [])

    assert pieces(runs) == [("Hello world", [])]


def test_runs_join_back_to_the_text_whatever_the_spans():
    text = "abcdefghij"
    spans = [Span(1, 0, 4), Span(2, 2, 7), Span(3, 3, 3 + 1), Span(4, 9, 10)]

    runs = split_into_runs(text, spans)

    assert "".join(run.text for run in runs) == text
    assert [(run.start, run.end) for run in runs] == [(0, 2), (2, 3), (3, 4), (4, 7), (7, 9), (9, 10)]


def test_identical_spans_share_every_run():
    runs = split_into_runs("one two three", [Span(1, 4, 7), Span(2, 4, 7, "attribution")])

    assert pieces(runs) == [("one ", []), ("two", [1, 2]), (" three", [])]
    assert runs[1].tags == ["rhetoric", "attribution"]


def test_nested_span_splits_the_outer_one_into_three_runs():
    runs = split_into_runs("abcdefgh", [Span(1, 0, 8), Span(2, 3, 5)])

    assert pieces(runs) == [("abc", [1]), ("de", [1, 2]), ("fgh", [1])]


def test_adjacent_spans_do_not_share_a_character():
    runs = split_into_runs("abcdef", [Span(1, 0, 3), Span(2, 3, 6)])

    assert pieces(runs) == [("abc", [1]), ("def", [2])]


def test_crossing_spans_make_a_shared_middle_run():
    runs = split_into_runs("abcdefgh", [Span(2, 4, 8), Span(1, 0, 6)])

    assert pieces(runs) == [("abcd", [1]), ("ef", [1, 2]), ("gh", [2])]


def test_spans_are_clipped_to_the_passage_bounds_and_offsets_stay_absolute():
    text = "First para.\n\nSecond para."

    runs = split_into_runs(text, [Span(1, 6, 19), Span(2, 0, 3)], start=13, end=len(text))

    assert pieces(runs) == [("Second", [1]), (" para.", [])]
    assert (runs[0].start, runs[0].end) == (13, 19)


def test_astral_characters_count_as_one_code_point():
    text = "😀 中文 phrase"

    runs = split_into_runs(text, [Span(1, 5, 11)])

    assert pieces(runs) == [("😀 中文 ", []), ("phrase", [1])]


def test_run_ids_list_every_covering_span():
    runs = split_into_runs("abc", [Span(7, 0, 3), Span(9, 1, 2)])

    assert [run.ids for run in runs] == ["7", "7 9", "7"]
