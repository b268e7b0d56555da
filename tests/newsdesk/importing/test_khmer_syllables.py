"""Khmer read in orthographic syllables (a consonant or an independent vowel, the consonants stacked under it behind
the coeng "្", its vowel signs and diacritics), and labels cut between syllables, never between a consonant and its
vowel signs or the consonant stacked under it. Every text here is invented for the test."""

import pytest

from newsdesk.alignment.labels import clipped
from newsdesk.importing.khmer import cuts_a_syllable, syllables


@pytest.mark.parametrize(("run", "expected"), [
    ("សាលារៀន", ["សា", "លា", "រៀ", "ន"]),
    ("ស្ពានចាស់", ["ស្ពា", "ន", "ចា", "ស់"]),  # a consonant stacked under another stays with it
    ("ក្រុងស្ទឹង", ["ក្រុ", "ង", "ស្ទឹ", "ង"]),
    ("ឧសភា", ["ឧ", "ស", "ភា"]),  # an independent vowel is a syllable of its own
    ("២០២៦", ["២", "០", "២", "៦"]),
])
def test_a_run_of_khmer_is_split_into_its_syllables(run, expected):
    assert syllables(run) == expected
    assert "".join(syllables(run)) == run


def test_a_cut_inside_a_syllable_is_told():
    assert cuts_a_syllable("សាលារៀន", 1)  # between "ស" and its vowel sign
    assert cuts_a_syllable("ស្ពាន", 1)  # between "ស" and the coeng
    assert cuts_a_syllable("ស្ពាន", 2)  # between the coeng and the consonant stacked under it
    assert not cuts_a_syllable("សាលារៀន", 2)  # before "ល"


@pytest.mark.parametrize("limit", range(4, 16))
def test_a_khmer_label_is_cut_between_syllables(limit):
    text = "ដំបូលអគារសិក្សាបាក់ស្រុតនៅស្ទឹងព្រលិត"
    label = clipped(text, limit)
    assert label.endswith("…")
    kept = label.removesuffix("…")
    assert text.startswith(kept) and not cuts_a_syllable(text, len(kept))
