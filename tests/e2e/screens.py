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
