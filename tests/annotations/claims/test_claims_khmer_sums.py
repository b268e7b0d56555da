"""Khmer sums and hedges in the claims: the riel ("រៀល") and the US dollar ("ដុល្លារ") after a figure, its thousands
grouped with a full point ("៥០០.០០០ រៀល") or a comma, its multipliers written onto the figure ("៦០០លានរៀល", 600
million riel), and the words before a figure that bound or round it, spaced or written onto the word before them
("ប្រមាណ", about; "ជិត", nearly; "ជាង", more than). Every sentence here is invented for the test."""

import pytest

from annotations.claims.normalise import details


@pytest.mark.parametrize(("sentence", "kind", "value"), [
    ("ក្រុមហ៊ុនបានផ្ដល់ថវិកា ៣០០.០០០ រៀល ដល់គ្រួសារនីមួយៗ។", "money:KHR", 300_000),
    ("ស្ពានថ្មីនឹងចំណាយ ២៥០.០០០ ដុល្លារអាមេរិក។", "money:USD", 250_000),
    ("ការជួសជុលត្រូវការ ៨០០លានរៀល។", "money:KHR", 800_000_000),
    ("ការជួសជុលត្រូវការ ២ លានដុល្លារ។", "money:USD", 2_000_000),
    ("អ្នកភូមិ ១,២០០ នាក់បានចូលរួម។", "count", 1_200),
])
def test_a_khmer_sum_is_read_with_its_multiplier_and_currency(sentence, kind, value):
    figures = details(sentence, "km").figures
    assert [(figure.kind, figure.value) for figure in figures][:1] == [(kind, value)]


@pytest.mark.parametrize(("sentence", "hedge", "direction"), [
    ("ផ្ទះជាង ១២០ខ្នង ត្រូវលិចទឹក។", "bound", "up"),
    ("ផ្ទះជិត ១២០ខ្នង ត្រូវលិចទឹក។", "bound", "down"),
    ("ផ្ទះប្រមាណ ១២០ខ្នង ត្រូវលិចទឹក។", "rounded", "about"),
])
def test_a_khmer_hedge_before_a_figure_says_how_it_is_meant(sentence, hedge, direction):
    figure = details(sentence, "km").figures[0]
    assert (figure.value, figure.hedge, figure.direction) == (120, hedge, direction)
