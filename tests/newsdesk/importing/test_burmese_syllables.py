"""Burmese read in syllables by the script's syllable-break rule, and labels cut between syllables, never between a
consonant and its vowel signs. Every text here is invented for the test."""

import pytest

from newsdesk.alignment.labels import clipped
from newsdesk.importing.burmese import cuts_a_syllable, syllables


@pytest.mark.parametrize(("run", "expected"), [
    ("ဈေးသည်များ", ["ဈေး", "သည်", "များ"]),
    ("ကျပ်သိန်း", ["ကျပ်", "သိန်း"]),
    ("ပစ္စည်း", ["ပစ္စည်း"]),  # a consonant stacked under another stays with it
    ("မြို့နယ်", ["မြို့", "နယ်"]),
    ("အင်္ဂါနေ့", ["အင်္ဂါ", "နေ့"]),
    ("၂၀၂၆", ["၂", "၀", "၂", "၆"]),
])
def test_a_run_of_burmese_is_split_into_its_syllables(run, expected):
    assert syllables(run) == expected
    assert "".join(syllables(run)) == run


def test_a_cut_inside_a_syllable_is_told():
    assert cuts_a_syllable("ဈေးသည်", 1)  # between "ဈ" and its vowel sign
    assert not cuts_a_syllable("ဈေးသည်", 3)  # before "သ"


def test_a_burmese_label_is_cut_between_syllables():
    label = clipped("ဈေးသည်အများစုမှာ ကုန်ပစ္စည်းများ", 13)
    assert label.endswith("…")
    kept = label.removesuffix("…")
    assert "ဈေးသည်အများစုမှာ".startswith(kept) and not cuts_a_syllable("ဈေးသည်အများစုမှာ", len(kept))
