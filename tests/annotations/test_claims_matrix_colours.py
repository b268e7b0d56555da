"""The claims matrix's marks read as text on every background a row of the matrix takes."""

import re
from pathlib import Path

import pytest

from tests.annotations.test_tag_styles import contrast

CSS = (Path(__file__).resolve().parents[2] / "static" / "css" / "claims.css").read_text()


def colour_of(selector, prop="color"):
    rule = re.search(re.escape(selector) + r" \{([^}]*)\}", CSS)
    assert rule, f"no {selector} rule"
    value = re.search(rf"(?<![-\w]){prop}: (#[0-9a-f]{{6}})", rule.group(1))
    assert value, f"{selector} has no {prop}"
    return value.group(1)


ROW_BACKGROUNDS = [
    "#ffffff",
    colour_of(".claim-row-exclusive", "background"),
    colour_of(".claim-cell-differs", "background"),
]


@pytest.mark.parametrize("mark", [".claim-absent", ".claim-differs"])
@pytest.mark.parametrize("background", ROW_BACKGROUNDS)
def test_a_mark_has_at_least_4_5_to_1_contrast_on_each_row_background(mark, background):
    assert contrast(colour_of(mark), background) >= 4.5
