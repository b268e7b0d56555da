"""A word a printed column broke at a line's end reads whole, at the same offsets as the stored text."""

import pytest

from newsdesk.importing.scripts import reading_text


@pytest.mark.parametrize("text, read", [
    ("forcing 911 dis-\npatchers to work", "forcing 911 dispatchers   to work"),
    ("with pen and pa-\nper.", "with pen and paper  ."),
    ("the Justice Cen-\nter and Hal-\nverson", "the Justice Center   and Halverson  "),
    ("on Mon-\nday", "on Monday  "),
    ("the ser-\n  vice", "the service    "),  # the next line's indent is taken with the break
])
def test_a_word_broken_by_a_hyphen_at_a_lines_end_reads_whole(text, read):
    assert reading_text(text) == read


@pytest.mark.parametrize("text", [
    "Brannock-\nCounty commissioners",  # a capital after the break: a compound's hyphen may stand there
    "call 911-\n555 now",  # figures
    "the end-\n\nand a new paragraph",  # a blank line ends a paragraph, not a word
    "Die Bundes-\nund Landesregierung",  # a hyphen left hanging before a conjunction
    "de land-\nen tuinbouw",
    "pre-\nand post-war checks",
    "Haupt- \nund Nebenstraßen",  # a space after the hyphen: hanging
    "Wohn- \nungen",
    "a line\nand the next",  # no hyphen
    "a dash -\nand the next",  # a spaced dash is no broken word
])
def test_other_hyphens_and_breaks_are_kept(text):
    assert reading_text(text) == text


def test_every_offset_of_the_reading_is_an_offset_of_the_text():
    text = "Die Feuer-\nwehr kam um 😀 acht, der Ein-\nsatz dauerte 两 Stunden."
    read = reading_text(text)
    assert len(read) == len(text)
    assert read.index("Feuerwehr") == text.index("Feuer-")
    assert read.index("😀") == text.index("😀") and read.index("两") == text.index("两")
    assert read.index("Einsatz") == text.index("Ein-")
