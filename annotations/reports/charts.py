"""Geometry for the reports' charts, drawn on the server as inline SVG.

The templates only place shapes computed here. Colours and fill patterns come from the tags' data, and are
set with SVG presentation attributes (fill=, fill-opacity=), never style attributes, which the
Content-Security-Policy forbids. Every chart has a text table beside it with the same numbers.
"""

from annotations.tags import TAG_BY_KEY

BAR_WIDTH = 420  # drawing units; the SVG scales to its container, up to a readable maximum
LABEL_WIDTH = 130
ROW_HEIGHT = 28
BAR_HEIGHT = 18
STRIP_LABEL_WIDTH = 250  # room left of the heat strips for "Outlet · Tag"
LABEL_CHAR_WIDTH = 7.4  # a generous average advance of the 12.5px label font, in drawing units


LABEL_LINE_CHARACTERS = 28  # a longer label wraps between words onto further lines
LABEL_LINE_HEIGHT = 14

# On a phone each chart is drawn again with its labels above their bars, so that the drawing is only as wide as its
# bars and fits the screen with its text at the size it has on a desktop (the page shows one drawing or the other).
NARROW_WIDTH = 300
NARROW_LABEL_CHARACTERS = 38  # the width of the drawing in characters of the label font


def narrow_rows(labels, first: float, shape_height: float, gap: float = 12):
    """Rows with each label's lines above its shape: the lines, the shape's top and the next row's top."""
    rows, y = [], first
    for label in labels:
        lines = label_lines(label, NARROW_LABEL_CHARACTERS)
        placed = [{"text": line, "y": round(y + 11 + i * LABEL_LINE_HEIGHT, 2)} for i, line in enumerate(lines)]
        shape_y = y + len(lines) * LABEL_LINE_HEIGHT + 3
        rows.append((placed, shape_y))
        y = shape_y + shape_height + gap
    return rows, y


def _label_place(chart: dict, narrow: bool) -> dict:
    """Where a chart's labels stand: right-aligned left of the shapes, or from the left edge above them."""
    if narrow:
        chart.update(narrow=True, label_x=0, label_anchor="start")
    else:
        chart.update(narrow=False, label_x=chart["label_width"] - 8, label_anchor="end")
    return chart


# Bidirectional controls that open an embedding or an override (closed by U+202C), or an isolate (by U+2069).
EMBEDDINGS = frozenset("\u202a\u202b\u202d\u202e")
ISOLATES = frozenset("\u2066\u2067\u2068")


def closed(text: str) -> str:
    """``text`` with each embedding, override and isolate it opens and leaves open closed at its end, as the
    Unicode bidirectional algorithm pairs them. SVG text has no ``<bdi>``: a name that opens a right-to-left
    override (U+202E) and never closes it would otherwise turn the rest of its line around ("· Rhetoric")."""
    still_open: list[str] = []
    for character in text:
        if character in EMBEDDINGS or character in ISOLATES:
            still_open.append(character)
        elif character == "\u202c" and still_open and still_open[-1] in EMBEDDINGS:
            still_open.pop()
        elif character == "\u2069" and any(opened in ISOLATES for opened in still_open):
            while still_open.pop() not in ISOLATES:
                pass
    return text + "".join("\u202c" if opened in EMBEDDINGS else "\u2069" for opened in reversed(still_open))


def label_lines(text: str, limit: int = LABEL_LINE_CHARACTERS) -> list[str]:
    """``text`` broken between words into lines of at most ``limit`` characters (a longer word keeps a line of
    its own): charts draw outlet and reviewer names whole rather than cut them off. Each line closes the
    bidirectional controls it opens (``closed``)."""
    lines: list[str] = []
    for word in text.split():
        if lines and len(lines[-1]) + 1 + len(word) <= limit:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return [closed(line) for line in lines] or [""]


def label_column(labels, narrowest: float) -> tuple[float, list[list[str]]]:
    """Each label's lines, and the width of a label column (at least ``narrowest``) that holds them all."""
    wrapped = [label_lines(label) for label in labels]
    longest = max((len(line) for lines in wrapped for line in lines), default=0)
    return max(narrowest, round(longest * LABEL_CHAR_WIDTH + 12)), wrapped


def row_tops(wrapped: list[list[str]], first: float, height: float) -> list[float]:
    """Where each row starts: ``height`` apart, more for a label of several lines."""
    tops, y = [], first
    for lines in wrapped:
        tops.append(y)
        y += max(height, len(lines) * LABEL_LINE_HEIGHT + 6)
    return tops + [y]


def placed_lines(lines: list[str], text_y: float) -> list[dict]:
    """A label's lines, centred on its row's text line (``y`` of each, in drawing units)."""
    first = text_y - (len(lines) - 1) * LABEL_LINE_HEIGHT / 2
    return [{"text": line, "y": round(first + i * LABEL_LINE_HEIGHT, 2)} for i, line in enumerate(lines)]


def _pattern(tag):
    info = TAG_BY_KEY[tag]
    return {"key": tag, "label": info.label, "colour": info.colour, "pattern": info.pattern}


def stacked_share_bars(rows: list, tags: list, label_key: str = "outlet", narrow: bool = False) -> dict:
    """One horizontal bar per row: each tag's share of the text laid end to end, on a 0-100 % axis.

    Tags overlap in the text, so the shares can add up to more than 100 %; the axis then stretches to the
    largest sum, and says so. The label column widens (and long labels wrap) so that no name is cut off;
    ``narrow`` puts each label above its bar instead.
    """
    labels = [row[label_key] for row in rows]
    if narrow:
        label_width, bar_area = 0, NARROW_WIDTH - 56
        placed, bottom = narrow_rows(labels, 4, BAR_HEIGHT)
    else:
        label_width, wrapped = label_column(labels, LABEL_WIDTH)
        bar_area = BAR_WIDTH - LABEL_WIDTH - 56
        tops = row_tops(wrapped, 10, ROW_HEIGHT)
    totals = [sum((row["tags"][t]["share"] or 0) for t in tags) for row in rows]
    top = max([1.0, *totals])
    scale = bar_area / top
    bars = []
    for i, (row, total) in enumerate(zip(rows, totals, strict=True)):
        x = label_width
        segments = []
        for tag in tags:
            share = row["tags"][tag]["share"] or 0
            width = share * scale
            if width > 0:
                segments.append({"tag": _pattern(tag), "x": round(x, 2), "width": round(max(width, 0.5), 2),
                                 "percent": round(share * 100, 1)})
            x += width
        if narrow:
            lines, y = placed[i]
            text_y = y + BAR_HEIGHT - 5
        else:
            y = tops[i] + (tops[i + 1] - tops[i] - ROW_HEIGHT) / 2
            text_y = y + BAR_HEIGHT - 5
            lines = placed_lines(wrapped[i], text_y)
        bars.append({
            "label": row[label_key], "lines": lines, "y": round(y, 2), "text_y": round(text_y, 2),
            "segments": segments, "total_percent": round(total * 100, 1), "end_x": round(x + 6, 2),
            "empty": not row.get("annotated", row.get("reviewers", 0)),
        })
    return _label_place({
        "width": label_width + bar_area + 56, "height": round((bottom if narrow else tops[-1]) + 10, 2),
        "bars": bars, "bar_height": BAR_HEIGHT,
        "label_width": label_width, "track_width": round(top * scale, 2),
        "axis_label": f"{round(top * 100)} %", "stretched": top > 1.0, "tags": [_pattern(t) for t in tags],
    }, narrow)


def position_strips(rows: list, narrow: bool = False) -> dict:
    """Per outlet and tag, ten cells along the article; darker where more highlights start (``narrow``: each
    label above its strip)."""
    peak = max([1, *(max(r["tenths"]) for r in rows)]) if rows else 1
    cell = 26
    labels = [f"{closed(row['outlet'])} · {TAG_BY_KEY[row['tag']].label}" for row in rows]
    if narrow:
        left = 0
        placed, bottom = narrow_rows(labels, 20, 20, 12)
    else:
        left, wrapped = label_column(labels, STRIP_LABEL_WIDTH)
        tops = row_tops(wrapped, 24, 24)
        bottom = tops[-1]
    strips = []
    for i, row in enumerate(rows):
        info = TAG_BY_KEY[row["tag"]]
        if narrow:
            lines, y = placed[i]
        else:
            y = tops[i] + (tops[i + 1] - tops[i] - 24) / 2
            lines = placed_lines(wrapped[i], y + 14)
        strips.append({
            "label": labels[i], "lines": lines, "y": round(y, 2), "text_y": round(y + 14, 2),
            "colour": info.colour,
            "cells": [
                {"x": left + k * cell, "count": n, "opacity": round(0.08 + 0.92 * n / peak, 3) if n else 0,
                 "part": k + 1}
                for k, n in enumerate(row["tenths"])
            ],
        })
    return _label_place({
        "width": left + 10 * cell + (2 if narrow else 10), "height": round(bottom + 10, 2), "strips": strips,
        "cell": cell - 2, "left": left, "label_width": left,
        "ticks": [{"x": left + k * cell + cell / 2 - 1, "label": f"{k + 1}"} for k in range(10)],
    }, narrow)


def kappa_bars(pairs: list, narrow: bool = False) -> dict:
    """Cohen's kappa per pair of reviewers on a -1 to 1 axis (``narrow``: each label above its bar)."""
    labels = [f"{pair['a']} / {pair['b']}" for pair in pairs]
    if narrow:
        left, half = 0, (NARROW_WIDTH - 60) / 2
        placed, bottom = narrow_rows(labels, 4, BAR_HEIGHT)
    else:
        left, wrapped = label_column(labels, LABEL_WIDTH)
        half = (BAR_WIDTH - LABEL_WIDTH - 60) / 2
        tops = row_tops(wrapped, 10, ROW_HEIGHT)
        bottom = tops[-1]
    zero = left + half
    bars = []
    for i, pair in enumerate(pairs):
        kappa = pair["kappa"]
        if narrow:
            lines, y = placed[i]
        else:
            y = tops[i] + (tops[i + 1] - tops[i] - ROW_HEIGHT) / 2
            lines = placed_lines(wrapped[i], y + BAR_HEIGHT - 5)
        width = abs(kappa or 0) * half
        bars.append({
            "label": labels[i], "lines": lines, "y": round(y, 2), "text_y": round(y + BAR_HEIGHT - 5, 2),
            "x": round(zero if (kappa or 0) >= 0 else zero - width, 2), "width": round(max(width, 0.5), 2),
            "kappa": kappa, "value_x": round(zero + half + 8, 2), "negative": (kappa or 0) < 0,
        })
    return _label_place({"width": left + 2 * half + 60, "height": round(bottom + 10, 2), "bars": bars,
                         "zero": round(zero, 2), "bar_height": BAR_HEIGHT, "left": left, "label_width": left,
                         "right": round(zero + half, 2)}, narrow)


def mix_segments(topics: dict | None, tags: list) -> None:
    """Add a 0-100 stacked bar (``segments``) to each topic cell: each tag's part of the cell's highlights."""
    for topic in (topics or {}).get("topics", []):
        for cell in topic["cells"]:
            if not cell or not cell["highlights"]:
                continue
            x, segments = 0.0, []
            for tag in tags:
                width = 100 * cell["tags"][tag] / cell["highlights"]
                if width:
                    segments.append({"x": round(x, 2), "width": round(width, 2), "colour": TAG_BY_KEY[tag].colour})
                x += width
            cell["segments"] = segments
