"""The one reading of an id, of an offset and the one test of storable text (no database needed)."""

import pytest
from django.core.exceptions import ValidationError

from newsdesk.input_checks import MAX_ID, parse_id, parse_ids, parse_offset, text_problem, validate_text


@pytest.mark.parametrize("value, expected", [("1", 1), ("42", 42), (str(MAX_ID), MAX_ID), (7, 7), ("007", 7)])
def test_an_id_is_ascii_digits_within_64_bits(value, expected):
    assert parse_id(value) == expected


@pytest.mark.parametrize("value", ["", "0", "-1", "+1", " 1", "1 ", "1.0", "1e3", "0x1", "1_0", "²", "¹²", "٣",
                                   "３", str(MAX_ID + 1), str(2**64), "9" * 40, None, True, 0, -5, 2**64, 1.0, [1]])
def test_anything_else_names_no_id(value):
    assert parse_id(value) is None


def test_a_list_of_ids_is_refused_whole_when_one_is_not_an_id():
    assert parse_ids(["3", "1"]) == [3, 1]
    assert parse_ids(["3", "²"]) is None
    assert parse_ids([]) == []


@pytest.mark.parametrize("text", ["", "plain", "ünïcödé", "emoji 😀", "\u2028 line separator", "tab\tand\nnewline"])
def test_text_made_of_characters_is_storable(text):
    assert text_problem(text) is None
    validate_text(text)


@pytest.mark.parametrize("text, problem", [("a\x00b", "NUL"), ("a\ud800b", "surrogate"), ("\udcff", "surrogate"),
                                           ("caf\udce9", "surrogate")])
def test_nul_and_lone_surrogates_are_not_text(text, problem):
    assert problem in text_problem(text)
    with pytest.raises(ValidationError):
        validate_text(text)


@pytest.mark.parametrize("value, expected", [(0, 0), (-3, -3), ("0", 0), ("42", 42), ("-7", -7), (2**70, 2**70)])
def test_an_offset_is_a_whole_number_in_ascii_digits(value, expected):
    assert parse_offset(value) == expected


@pytest.mark.parametrize("value", [True, False, 1.0, 0.5, None, [1], "", " 5", "5 ", "+5", "1_0", "0x1", "1e3", "٣",
                                   "²", "10.0", "9" * 20, "9" * 5000])
def test_anything_else_states_no_offset(value):
    assert parse_offset(value) is None
