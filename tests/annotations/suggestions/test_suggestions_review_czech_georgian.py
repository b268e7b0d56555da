"""A short sentence shaped like a wire dateline stays a claim, a reported source stops at the full stop after a short
common noun, and the words for minutes of a reading time are read from the page's vocabulary. Every text here is
invented for the test."""

import pytest

from annotations.suggestions import suggest


def claimed(text):
    return [text[s.start : s.end] for s in suggest(text) if s.tag == "factual_claim"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Prices rose, by 5% (a record).",
        "The council met, on 12 May (a Tuesday).",
        "Bread cost more, by 12% (Kestrel Bakery).",
    ],
)
def test_a_short_sentence_with_a_figure_and_a_bracket_stays_a_claim(sentence):
    assert claimed(sentence) == [sentence]


def test_a_dateline_shape_after_the_first_sentence_of_a_line_stays_a_claim():
    text = "The levee held overnight. Marrow Bay, March 3 (Valewire)."
    assert "Marrow Bay, March 3 (Valewire)." in claimed(text)


def test_a_wire_dateline_alone_is_still_no_claim():
    for dateline in ("NORTH FENBY, April 4 (Valewire).", "Marrow Bay, 4 April [Valewire]."):
        text = dateline + " About 300 residents left their homes on Friday as the river rose."
        assert claimed(text) == ["About 300 residents left their homes on Friday as the river rose."], dateline
