"""The reading the attribution readers of a line's characters share (Burmese, Khmer): which characters are quoted,
told once, each reader in turn, the matches that do not open inside a quotation, and the stretches a closing mark
ends. Every text here is invented."""

import re
from types import SimpleNamespace

from annotations.suggestions.attribution import burmese, khmer
from annotations.suggestions.attribution.quotations import (
    quoted_characters,
    read_on_characters,
    spans_closed_by,
    unquoted,
)


def test_a_match_that_opens_inside_a_quotation_is_left_out_by_the_group_asked_for():
    text = 'Ana said "Bo said no" and Cy said yes'
    quoted = quoted_characters(text, {'"': '"'})
    said = re.compile(r"(?P<who>\w+) said")

    assert [m.group("who") for m in unquoted(said, text, quoted, "who")] == ["Ana", "Cy"]
    assert [m.group("who") for m in unquoted(said, text, quoted, "who", 1)] == ["na", "Cy"]
    assert [m.group("who") for m in unquoted(said, text, quoted, 0, 0, 20)] == ["Ana"]


def test_the_readers_of_a_line_are_read_in_turn_and_their_cues_come_in_the_order_they_start():
    line = SimpleNamespace(text='x «y» z', start=100)
    seen = []

    def first(line, text, quoted):
        seen.append(quoted)
        yield SimpleNamespace(start=106, name="late")
        yield SimpleNamespace(start=100, name="early")

    def second(line, text, quoted):
        seen.append(quoted)
        yield SimpleNamespace(start=106, name="tie")

    found = read_on_characters(line, {"«": "»"}, first, second)

    assert [cue.name for cue in found] == ["early", "late", "tie"]
    assert seen[0] is seen[1] and seen[0] == [False, False, True, True, True, False, False]


def test_stretches_end_on_each_closing_item_and_the_rest_makes_one_more():
    text = "a။b။c"

    assert list(spans_closed_by(len(text), lambda i: text[i] == "။")) == [(0, 2), (2, 4), (4, 5)]
    assert list(spans_closed_by(2, lambda i: i == 1)) == [(0, 2)]
    assert list(spans_closed_by(0, lambda i: True)) == []


def test_burmese_and_khmer_read_their_lines_with_the_shared_reading():
    assert burmese.read_on_characters is read_on_characters
    assert khmer.read_on_characters is read_on_characters


def test_a_cue_from_one_token_to_another_runs_from_the_first_ones_start_to_the_last_ones_end():
    from annotations.suggestions.attribution import arabic, sources
    from annotations.suggestions.attribution.words import line_cue, token_cue

    line = SimpleNamespace(text="Ana Ruiz said so", start=40)
    first, last = SimpleNamespace(idx=0, text="Ana"), SimpleNamespace(idx=9, text="said")
    cue = token_cue(line, first, last, "reporting_verb", "“said” reports the words of Ana Ruiz.", "Ana Ruiz")

    assert (cue.start, cue.end) == (40, 53)
    assert cue == line_cue(line, 0, 13, "reporting_verb", "“said” reports the words of Ana Ruiz.", "Ana Ruiz")
    assert sources._suggestion is token_cue and arabic._cue is token_cue
