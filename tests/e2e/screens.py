"""Screenshots of a page at desktop and phone width, kept in test-artifacts/screenshots/ for people to look at."""

from pathlib import Path

from django.conf import settings

SCREENSHOTS = Path(settings.BASE_DIR) / "test-artifacts" / "screenshots"
WIDTHS = ((1366, 900), (390, 844))  # desktop, phone


def shoot(page, name: str) -> list[Path]:
    """Save the page full length at each width, then put the viewport back as it was."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    original, paths = page.viewport_size, []
    for width, height in WIDTHS:
        page.set_viewport_size({"width": width, "height": height})
        path = SCREENSHOTS / f"{name}-{width}.png"
        page.screenshot(path=str(path), full_page=True)
        paths.append(path)
    page.set_viewport_size(original)
    return paths


def overflows_horizontally(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth > window.innerWidth + 1")


def sticking_out(page) -> list[str]:
    """Elements that reach past the right edge of the window without a box that scrolls sideways to show them."""
    return page.evaluate("""() => {
        const scrolls = (box) => ['auto', 'scroll'].includes(getComputedStyle(box).overflowX);
        const out = [];
        for (const element of document.body.querySelectorAll('*')) {
            const box = element.getBoundingClientRect();
            if (box.width === 0 || box.right <= window.innerWidth + 1) continue;
            const style = getComputedStyle(element);
            const hidden = element.closest('.visually-hidden, .sr-only');
            if (style.visibility === 'hidden' || style.position === 'fixed' || hidden) continue;
            let parent = element.parentElement, shown = false;
            while (parent && parent !== document.body) {
                if (scrolls(parent)) { shown = true; break; }
                parent = parent.parentElement;
            }
            const name = `${element.tagName.toLowerCase()}.${element.getAttribute('class') || ''}`;
            if (!shown) out.push(`${name} (${Math.round(box.right)} px)`);
        }
        return out;
    }""")


def choice_widths(select) -> tuple[float, float]:
    """(needed, shown): the width a select would take to show its chosen option whole, as the browser lays out a copy
    of it with that option alone and no width set, beside the same parent; and the width it is shown at. A select
    hides its text's width from scripts (its scrollWidth is its clientWidth), so the copy is what tells that the
    choice is cut: needed > shown."""
    return tuple(select.evaluate("""(box) => {
        const whole = box.cloneNode(false);
        whole.removeAttribute('id');
        whole.appendChild(box.options[box.selectedIndex].cloneNode(true));
        Object.assign(whole.style, {position: 'absolute', visibility: 'hidden', width: 'auto', minWidth: '0',
                                    maxWidth: 'none'});
        box.parentNode.appendChild(whole);
        const needed = whole.getBoundingClientRect().width;
        whole.remove();
        return [needed, box.getBoundingClientRect().width];
    }"""))


def choice_cut(select) -> bool:
    """The select's chosen option is cut by its box (``choice_widths``) and ends in an ellipsis, not mid-letter."""
    needed, shown = choice_widths(select)
    return needed > shown + 1 and select.evaluate("(box) => getComputedStyle(box).textOverflow") == "ellipsis"


def pixel_colours(page, points) -> list[tuple[int, int, int]]:
    """The colours on screen at viewport points [(x, y), ...], read from a screenshot of the viewport.

    The screenshot is decoded in a blank page of the same browser, so what is read is what the user sees
    (sticky layers, snapping to whole pixels and all), not what the styles say."""
    import base64

    shot = base64.b64encode(page.screenshot()).decode("ascii")
    scale = page.evaluate("window.devicePixelRatio")
    reader = page.context.new_page()
    try:
        return [tuple(colour) for colour in reader.evaluate("""async ([shot, points, scale]) => {
            const image = new Image();
            image.src = 'data:image/png;base64,' + shot;
            await image.decode();
            const canvas = document.createElement('canvas');
            canvas.width = image.width; canvas.height = image.height;
            const context = canvas.getContext('2d');
            context.drawImage(image, 0, 0);
            const at = (x, y) => context.getImageData(Math.floor(x * scale), Math.floor(y * scale), 1, 1).data;
            return points.map(([x, y]) => Array.from(at(x, y).slice(0, 3)));
        }""", [shot, points, scale])]
    finally:
        reader.close()
