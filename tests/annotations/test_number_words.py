"""Figures in words of Swedish, Danish, Norwegian, Lithuanian, Bulgarian, Armenian and Filipino
(``annotations.number_words``): one table per language, which the claims' figures and the suggested highlights both
read. Every sentence here is invented for
the test."""

import pytest

from annotations import number_words
from annotations.suggestions import suggest


@pytest.mark.parametrize(("words", "language", "value"), [
    ("elva", "sv", (11, 1)),
    ("två miljoner kronor", "sv", (2_000_000, 2)),
    ("tvåhundrafemtio elever", "sv", (250, 1)),  # a whole figure written as one word
    ("tjugotvå", "sv", (22, 1)),
    ("en miljon", "sv", (1_000_000, 2)),  # "one" before a scale
    ("femogtyve", "da", (25, 1)),  # the unit before its ten
    ("hundrede og fem", "da", (105, 3)),
    ("to millioner", "da", (2_000_000, 2)),
    ("halvtreds", "da", (50, 1)),
    ("tjueto", "nb", (22, 1)),
    ("to millioner", "nb", (2_000_000, 2)),
    ("vienuolika", "lt", (11, 1)),
    ("du milijonai", "lt", (2_000_000, 2)),
    ("dviejų milijonų eurų", "lt", (2_000_000, 2)),  # the genitive
    ("du šimtai penkiasdešimt trys", "lt", (253, 4)),
    ("milijonas", "lt", (1_000_000, 1)),  # the singular alone is one million
    ("единадесет", "bg", (11, 1)),
    ("два милиона", "bg", (2_000_000, 2)),
    ("двадесет и пет", "bg", (25, 3)),
    ("двеста и пет", "bg", (205, 3)),
    ("два милиона и половина", "bg", (2_500_000, 4)),  # and a half of the multiplier
    ("милион и половина", "bg", (1_500_000, 3)),
    ("шейсетина", "bg", (60, 1)),  # a round count, about sixty
    ("երեք օր", "hy", (3, 1)),
    ("քսանհինգ", "hy", (25, 1)),  # a ten and its unit in one word
    ("երկուսից", "hy", (2, 1)),  # the ablative
    ("տասներկուսը", "hy", (12, 1)),
    ("երկու հարյուր հիսուն", "hy", (250, 3)),
    ("հազար", "hy", (1_000, 1)),  # the singular alone is one thousand
    ("labing-isa", "tl", (11, 1)),
    ("dalawampu't lima", "tl", (25, 2)),
    ("limang daan", "tl", (500, 2)),
    ("apat na raan", "tl", (400, 3)),  # the linker apart after a consonant
    ("isang daan at limampu", "tl", (150, 4)),
    ("tatlong libong piso", "tl", (3_000, 2)),
    ("lima ng daan", "tl", (500, 3)),  # the linker written apart
    ("tatlo na lamang", "tl", (3, 1)),  # "na" joins no number after it
])
def test_number_words_give_their_figure_and_the_words_that_write_it(words, language, value):
    assert number_words.value(words.split(), 0, language) == value


@pytest.mark.parametrize(("words", "language"), [
    ("en skola", "sv"),  # the article
    ("hundra", "sv"),  # a scale alone ("flera hundra", several hundred)
    ("tusind tak", "da"),  # thanks a lot
    ("vienas iš", "lt"),  # one of
    ("milijonai", "lt"),  # millions
    ("elva", "da"),  # no Danish word
    ("մեկ", "hy"),  # one alone: also "a"
    ("երեքշաբթի", "hy"),  # Tuesday: "three" and no number word after it
    ("isang bata", "tl"),  # the article
    ("daan", "tl"),  # the road, or a vague hundred
])
def test_one_alone_a_vague_scale_and_another_languages_word_are_no_figures(words, language):
    assert number_words.value(words.split(), 0, language) is None


def test_only_a_round_count_is_rounded():
    assert number_words.rounded("шейсетина", "bg") and not number_words.rounded("шейсет", "bg")


def test_two_units_side_by_side_are_two_figures():
    assert number_words.value(["tre", "fire"], 0, "da") == (3, 1)


def _claims(text):
    return [text[s.start : s.end] for s in suggest(text) if s.tag == "factual_claim"]


def test_a_swedish_count_in_words_is_a_suggested_claim():
    text = ("Skolan i Tallbacka stängs efter sommaren och eleverna flyttas till moduler på idrottsplatsen. "
            "Konsulten tog prover på elva ställen i skolan och hittade mögel i källaren.")
    assert _claims(text) == ["Konsulten tog prover på elva ställen i skolan och hittade mögel i källaren."]


def test_a_danish_number_word_is_no_figure_in_an_english_article():
    # "to" and "fire" are Danish numbers and English words
    text = "The council wants to fire the contractor after the pool was closed for the summer season again."
    assert _claims(text) == []
