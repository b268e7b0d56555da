"""The comparison page on a phone (390 x 844): the coverage table's topic column, which stays in view while the
outlets scroll sideways beneath it, draws every row's rule (and the head's) in line with the row's other cells, tall
rows included, wherever the table falls."""

import re

import pytest

from tests.e2e.screens import pixel_colours

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 390, "height": 844}
ROWS = """(table) => [table.tHead.rows[table.tHead.rows.length - 1], ...table.tBodies[0].rows].map((row) => {
    const label = row.cells[0].getBoundingClientRect(), cell = row.cells[1].getBoundingClientRect();
    return {label: row.cells[0].innerText, x: label.left + label.width / 2, cell_x: cell.left + 8,
            bottom: label.bottom, rule: getComputedStyle(row.cells[1]).borderBottomColor};
})"""
EDGE = (-1.5, -0.5, 0.5)  # the screen pixels around a row's bottom edge


def rgb(css: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", css)[:3])


def near(colour, expected, tolerance=24) -> bool:
    return sum(abs(a - b) for a, b in zip(colour, expected, strict=True)) <= tolerance


def test_the_sticky_topic_column_draws_each_rows_rule_in_line_on_a_phone(page, live_server, login, reviewer,
                                                                        seed_story):
    page.set_viewport_size(PHONE)
    login(page, reviewer)
    page.goto(f"{live_server.url}/stories/{seed_story.slug}/compare/")
    matrix = page.locator(".coverage-matrix")
    matrix.scroll_into_view_if_needed()
    page.evaluate("(table) => window.scrollBy(0, table.getBoundingClientRect().top - 40)", matrix.element_handle())

    wrong = set()
    # Where a row's edge falls between two screen pixels depends on everything above the table: try eighths.
    for eighth in range(8):
        matrix.evaluate("(table, shift) => { table.style.marginTop = shift + 'px'; }", eighth / 8)
        rows = [row for row in matrix.evaluate(ROWS) if 0 < row["bottom"] < PHONE["height"] - 4]
        assert len(rows) >= 5
        points = [(x, row["bottom"] + dy) for row in rows for x in (row["x"], row["cell_x"]) for dy in EDGE]
        colours = iter(pixel_colours(page, points))
        for row in rows:
            label = [near(next(colours), rgb(row["rule"])) for _ in EDGE]
            cell = [near(next(colours), rgb(row["rule"])) for _ in EDGE]
            if not any(label) or label != cell:  # missing under the label, or a pixel above or below the row's
                wrong.add(row["label"])

    assert wrong == set()
