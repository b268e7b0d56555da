"""The stylesheet draws each tag as annotations/tags.py says: its colour and its own line style."""

import re
from pathlib import Path

import pytest

from annotations.tags import TAGS

CSS = (Path(__file__).resolve().parents[2] / "static" / "css" / "app.css").read_text()


def luminance(hex_colour):
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a, b):
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("tag", TAGS, ids=lambda tag: tag.key)
def test_stylesheet_uses_the_tags_colour_and_underline_style(tag):
    rule = re.search(r"\.u-" + tag.key + r" \{([^}]*)\}", CSS)

    assert f"--tag-{tag.key}: {tag.colour};" in CSS
    assert rule, f"no .u-{tag.key} rule"
    assert f"text-decoration-style: {tag.underline}" in rule.group(1)
    assert f"var(--tag-{tag.key})" in rule.group(1)


def test_each_tag_has_its_own_underline_style_so_colour_is_never_the_only_cue():
    assert len({tag.underline for tag in TAGS}) == len(TAGS)


@pytest.mark.parametrize("tag", TAGS, ids=lambda tag: tag.key)
def test_tag_colours_have_at_least_4_5_to_1_contrast_on_the_page_and_under_white_text(tag):
    assert contrast(tag.colour, "#ffffff") >= 4.5
    assert contrast(tag.colour, "#fbfaf7") >= 4.5
