"""A short sentence shaped like a wire dateline stays a claim, a reported source stops at the full stop after a short
common noun, and the words for minutes of a reading time are read from the page's vocabulary. Every text here is
invented for the test."""

import pytest

from annotations.suggestions import suggest
from annotations.suggestions.attribution import suggest_in_line
from annotations.suggestions.attribution.languages import languages
from annotations.suggestions.base import split_lines


def claimed(text):
    return [text[s.start : s.end] for s in suggest(text) if s.tag == "factual_claim"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Prices rose, by 5% (a record).",
        "The council met, on 12 May (a Tuesday).",
        "Bread cost more, by 12% (Tarnwick Bakery).",
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


def cues_in(code, text):
    line = split_lines(text)[0]
    return [(text[s.start : s.end], s.source) for s in suggest_in_line(line, languages()[code])]


@pytest.mark.parametrize(
    "code, sentence, cues",
    [
        (
            "cs",
            "Voda stoupla o metr, řekl nám jeden muž. Policie přijela později a silnici zavřela.",
            [("řekl nám jeden muž", "nám jeden muž")],
        ),
        (
            "pl",
            "– Woda przyszła w nocy – powiedział jeden pan. Policja przyjechała rano.",
            [("powiedział jeden pan", "jeden pan")],
        ),
    ],
)
def test_a_reported_source_stops_at_the_full_stop_after_a_short_common_noun(code, sentence, cues):
    assert cues_in(code, sentence) == cues


@pytest.mark.parametrize(
    "sentence, cues",
    [
        (
            "„Hráz vydržela,“ řekl velitel čety npor. Karel Vrba.",
            [("řekl velitel čety npor. Karel Vrba", "velitel čety npor. Karel Vrba")],
        ),
        (
            "„Voda opadá,“ řekl vedoucí katedry doc. Jan Pešek.",
            [("řekl vedoucí katedry doc. Jan Pešek", "vedoucí katedry doc. Jan Pešek")],
        ),
    ],
)
def test_a_rank_abbreviated_in_small_letters_still_joins_the_name_after_it(sentence, cues):
    assert cues_in("cs", sentence) == cues
