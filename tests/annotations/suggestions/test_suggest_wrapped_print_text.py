"""A page set at a fixed width (a print replica, an e-edition's text) breaks its paragraphs into lines that are
pieces of sentences and splits words with a hyphen at a line's end: the suggester reads such a block as one
paragraph of prose and its broken words whole."""

from annotations.suggestions import suggest
from annotations.suggestions.base import split_lines

WRAPPED = (
    "Heavy rain on Thursday flooded the lower floor of the Orch-\n"
    "ard Street school, and the head teacher sent all 240 pu-\n"
    "pils home before noon while caretakers moved books and\n"
    "computers to the upper floor.\n"
    "\n"
    "The council said repairs would start next week.\n"
)


def test_a_block_wrapped_at_a_fixed_width_is_one_line_of_prose_at_the_same_offsets():
    lines = split_lines(WRAPPED)
    first = lines[0]
    assert (first.start, first.end) == (0, WRAPPED.index("floor.") + len("floor."))
    assert len(first.text) == first.end - first.start
    assert "Orchard" in first.text and "pupils" in first.text and "\n" not in first.text


def test_the_wrapped_lines_of_a_paragraph_are_not_offered_as_boilerplate_but_as_one_claim():
    found = suggest(WRAPPED)
    assert not any(s.tag == "boilerplate" for s in found)
    claims = [s for s in found if s.tag == "factual_claim"]
    assert [(s.start, s.end) for s in claims][:1] == [(0, WRAPPED.index("floor.") + len("floor."))]


def test_a_word_broken_at_a_line_end_outside_a_wrapped_block_is_read_whole():
    text = "A diver checks the hull of the ferry on Tues-\nday morning at the harbour in Kelvey.\n(Photo: Lee Marr)\n"
    line = split_lines(text)[0]
    assert "Tuesday" in line.text and line.end == text.index("Kelvey.") + len("Kelvey.")


def test_lines_of_a_menu_stay_lines_of_their_own():
    text = "Home\nNews\nSport\nWeather\n\nThe mayor opened the new library on Monday.\n"
    assert [line.text for line in split_lines(text)][:4] == ["Home", "News", "Sport", "Weather"]
