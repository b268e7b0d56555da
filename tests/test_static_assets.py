"""Static assets that every page loads must parse: one unbalanced brace hides every later rule."""

from pathlib import Path

CSS = Path(__file__).resolve().parents[1] / "static" / "css" / "app.css"


def strip_comments(text: str) -> str:
    out, i = [], 0
    while i < len(text):
        if text.startswith("/*", i):
            i = text.index("*/", i) + 2
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def test_stylesheet_braces_balance_and_never_close_more_than_they_open():
    depth = 0
    for number, line in enumerate(strip_comments(CSS.read_text(encoding="utf-8")).splitlines(), start=1):
        depth += line.count("{") - line.count("}")
        assert depth >= 0, f"app.css line {number} closes a block that was never opened"
    assert depth == 0, "app.css leaves a block open: every rule after it is lost"


TEMPLATES = Path(__file__).resolve().parents[1] / "templates"


def test_no_template_comment_spans_lines_because_django_would_print_it():
    offenders = [
        f"{path.relative_to(TEMPLATES)}:{number}"
        for path in TEMPLATES.rglob("*.html")
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if line.count("{#") > line.count("#}")
    ]

    assert offenders == []
