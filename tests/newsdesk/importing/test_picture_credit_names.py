"""A line of its own is a picture's credit when what follows its label names someone; a caption after the same label
describes the picture in a sentence's words and is no credit (a passage above it is then no caption either)."""

import pytest

from newsdesk.importing.furniture_lines import picture_credit


@pytest.mark.parametrize("line", [
    "(Lakeside Times photo/Jo Ng)", "(Staff photo by Jo Ng)", "Photo: AP", "Fot. Ewa Nowak", "(Foto: Il Giornale)",
    "Photo: Jan van der Berg/ANP", "Photo: supplied", "Photo: courtesy of the Lee family",
])
def test_a_credit_names_a_photographer_an_outlet_or_an_agency(line):
    assert picture_credit(line)


@pytest.mark.parametrize("line", [
    "Photo: Firefighters on the ridge above the town", "Photo: the old pier at low tide", "Photos: the gallery",
    "© 2026 Lakeside Times photo/Jo Ng",
])
def test_a_caption_after_the_label_is_no_credit(line):
    assert not picture_credit(line)
