"""Tabbing through a page: every control that takes focus shows a ring that stands out (3:1 or more) from what
is around it, on the light pages and in the dark header alike."""

import re

import pytest

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

FOCUSED = """() => {
    const element = document.activeElement;
    const style = getComputedStyle(element);
    let around = element.parentElement, background = 'rgba(0, 0, 0, 0)';
    while (around) {
        background = getComputedStyle(around).backgroundColor;
        if (!/rgba\\(.*, 0\\)$/.test(background)) break;
        around = around.parentElement;
    }
    return {name: element.tagName + ' ' + (element.textContent || '').trim().slice(0, 30),
            style: style.outlineStyle, width: parseFloat(style.outlineWidth), colour: style.outlineColor,
            around: around ? background : 'rgb(255, 255, 255)'};
}"""
# Every page tested has at least the header's links and the account control before its own controls.
MINIMUM_CONTROLS = 3


def luminance(rgb: str) -> float:
    channels = [int(v) / 255 for v in re.findall(r"\d+", rgb)[:3]]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("path", ["/", "/reports/", "/stories/{slug}/"])
def test_every_focused_control_shows_a_ring_that_stands_out(page, live_server, login, editor, seed_story, path):
    login(page, editor)
    page.goto(live_server.url + path.format(slug=seed_story.slug))

    weak, checked = [], 0
    for _ in range(20):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED)
        if focused["name"].startswith("BODY"):
            break
        checked += 1
        if focused["style"] == "none" or focused["width"] < 2 or contrast(focused["colour"], focused["around"]) < 3:
            weak.append(focused)

    assert checked >= MINIMUM_CONTROLS  # a page whose first Tab leaves the page checked nothing
    assert weak == []
