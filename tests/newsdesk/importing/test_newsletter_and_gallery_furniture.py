"""Furniture of a newsletter's web page and of a photo gallery, by the shape of one line: written for the project."""

import pytest

from newsdesk.importing.furniture_lines import line_furniture, newsletter_furniture


@pytest.mark.parametrize(("line", "rule"), [
    ("Tuesday 3 March 2026 | Issue #88", "timestamp"),
    ("March 4, 2026 9:10 AM GMT Updated 3 hours ago", "timestamp"),
    ("2 of 9", "navigation"),
    ("Good evening,", "greeting"),
    ("Photo: Kit Varga / Harbour Images", "credit"),
    ("More videos: Ulvik ferry returns | Swifts back at Marram Point | Corran marathon", "related_list"),
])
def test_the_lines_of_a_newsletter_and_a_gallery_are_furniture(line, rule):
    assert line_furniture(line)[0] == rule


@pytest.mark.parametrize(("line", "rule"), [
    ("It's Friday. Today: the ferry timetable, a new mayor for Ulvik, and the swifts.", "furniture_words"),
    ("A MESSAGE FROM OUR SPONSOR", "disclaimer"),
    ("Evening Post is supported by Corran Mutual. Open your easy-access account today. T&Cs apply.", "disclaimer"),
])
def test_a_newsletters_sponsor_and_contents_are_its_furniture(line, rule):
    assert newsletter_furniture(line)[0] == rule


@pytest.mark.parametrize("line", [
    "Today: the minister said fares, rents and charges will rise in April.",
    "The harbour trust is supported by Corran Council, which pays for the new pontoon.",
    "Rosa Pell | The ferry company said it would restore the timetable once the crew shortage was over.",
])
def test_sentences_of_the_story_of_those_shapes_stay_body(line):
    assert line_furniture(line) is None and newsletter_furniture(line) is None
