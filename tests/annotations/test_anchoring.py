import pytest

from annotations.anchoring import anchor, span_errors

TEXT = "The agency said 😀 the launch was “reckless”, officials added."


def test_anchor_takes_quote_and_up_to_32_code_points_of_context():
    start = TEXT.index("launch")

    spot = anchor(TEXT, start, start + len("launch"))

    assert spot.quote == "launch"
    assert spot.prefix == TEXT[:start][-32:]
    assert spot.suffix == TEXT[start + 6 :][:32]


def test_context_is_shorter_at_the_edges_of_the_text():
    spot = anchor(TEXT, 0, 3)

    assert spot.prefix == ""
    assert spot.quote == "The"


def test_a_span_inside_the_text_with_the_right_quote_has_no_errors():
    start = TEXT.index("the launch")

    assert span_errors(TEXT, start, start + 10, "the launch") == {}


def test_offsets_count_code_points_not_utf16_units():
    start = TEXT.index("the launch")  # after an astral emoji: one code point, two UTF-16 units

    assert span_errors(TEXT, start + 1, start + 11, "the launch") != {}


def test_start_not_before_end_is_refused():
    assert "end" in span_errors(TEXT, 5, 5)
    assert "end" in span_errors(TEXT, 6, 5)


def test_offsets_outside_the_text_are_refused():
    assert "start" in span_errors(TEXT, -1, 3)
    assert "end" in span_errors(TEXT, 0, len(TEXT) + 1)
    assert "start" in span_errors(TEXT, len(TEXT), len(TEXT) + 1)


def test_quote_mismatch_is_refused():
    assert "quote" in span_errors(TEXT, 0, 3, "the")


def test_a_span_of_only_white_space_is_refused():
    start = TEXT.index(" ")

    assert "end" in span_errors(TEXT, start, start + 1)


def test_a_span_of_only_marks_that_show_nothing_is_refused():
    text = "The council met.\u200f \u200e Then it voted."
    start = text.index("\u200f")

    assert "end" in span_errors(text, start, start + 1)
    assert "end" in span_errors(text, start, start + 3)
    assert span_errors(text, start, start + 8) == {}  # marks with words beside them are a highlight


def test_a_window_too_narrow_for_the_context_refuses_to_anchor_rather_than_cut_it_short():
    from annotations.anchoring import TextWindow, window_bounds

    text = "Officials said the launch was reckless and 😀 unnecessary."
    start = text.index("reckless")
    first, last = window_bounds(start, start + 8, 4)
    window = TextWindow(len(text), first, text[first:last])

    assert window.anchor(start, start + 8, 4) == anchor(text, start, start + 8, 4)
    with pytest.raises(ValueError):
        window.anchor(start, start + 8, 10)


def test_a_window_of_a_text_not_counted_judges_and_anchors_a_span_inside_it_as_the_whole_text_does():
    from annotations.anchoring import TextWindow, window_bounds

    text = "Officials said the launch was reckless and 😀 unnecessary, officials said again."
    for start, end, quote in ((text.index("reckless"), text.index("reckless") + 8, None),
                              (text.index("😀"), text.index("😀") + 1, "😀"),
                              (text.index(" and"), text.index(" and") + 1, None),
                              (text.index("reckless"), text.index("reckless") + 8, "wreckless")):
        first, last = window_bounds(start, end, 4)
        window = TextWindow(None, first, text[first:last])

        assert window.span_errors(start, end, quote) == span_errors(text, start, end, quote)
        if not span_errors(text, start, end, quote):
            assert window.anchor(start, end, 4) == anchor(text, start, end, 4)


def test_a_window_of_a_text_not_counted_refuses_a_span_it_does_not_hold():
    from annotations.anchoring import TextWindow

    window = TextWindow(None, 10, "launch was reckless")

    for start, end in ((-1, 12), (12, 12), (15, 11), (20, 40)):
        with pytest.raises(ValueError):
            window.span_errors(start, end)
    with pytest.raises(ValueError):
        window.anchor(20, 28, 4)
