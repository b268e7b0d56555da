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


def label_lines(text: str, limit: int = LABEL_LINE_CHARACTERS) -> list[str]:
    """``text`` broken between words into lines of at most ``limit`` characters (a longer word keeps a line of
    its own): charts draw outlet and reviewer names whole rather than cut them off."""
    lines: list[str] = []
    for word in text.split():
        if lines and len(lines[-1]) + 1 + len(word) <= limit:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines or [""]


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


def stacked_share_bars(rows: list, tags: list, label_key: str = "outlet") -> dict:
    """One horizontal bar per row: each tag's share of the text laid end to end, on a 0-100 % axis.

    Tags overlap in the text, so the shares can add up to more than 100 %; the axis then stretches to the
    largest sum, and says so. The label column widens (and long labels wrap) so that no name is cut off.
    """
    label_width, wrapped = label_column([row[label_key] for row in rows], LABEL_WIDTH)
    bar_area = BAR_WIDTH - LABEL_WIDTH - 56
    totals = [sum((row["tags"][t]["share"] or 0) for t in tags) for row in rows]
    top = max([1.0, *totals])
    scale = bar_area / top
    tops = row_tops(wrapped, 10, ROW_HEIGHT)
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
        y = tops[i] + (tops[i + 1] - tops[i] - ROW_HEIGHT) / 2
        text_y = y + BAR_HEIGHT - 5
        bars.append({
            "label": row[label_key], "lines": placed_lines(wrapped[i], text_y), "y": y, "text_y": text_y,
            "segments": segments, "total_percent": round(total * 100, 1), "end_x": round(x + 6, 2),
            "empty": not row.get("annotated", row.get("reviewers", 0)),
        })
    return {
        "width": label_width + bar_area + 56, "height": tops[-1] + 10, "bars": bars, "bar_height": BAR_HEIGHT,
        "label_width": label_width, "track_width": round(top * scale, 2),
        "axis_label": f"{round(top * 100)} %", "stretched": top > 1.0, "tags": [_pattern(t) for t in tags],
    }


def position_strips(rows: list) -> dict:
    """Per outlet and tag, ten cells along the article; darker where more highlights start."""
    peak = max([1, *(max(r["tenths"]) for r in rows)]) if rows else 1
    cell = 26
    labels = [f"{row['outlet']} · {TAG_BY_KEY[row['tag']].label}" for row in rows]
    left, wrapped = label_column(labels, STRIP_LABEL_WIDTH)
    tops = row_tops(wrapped, 24, 24)
    strips = []
    for i, row in enumerate(rows):
        info = TAG_BY_KEY[row["tag"]]
        y = tops[i] + (tops[i + 1] - tops[i] - 24) / 2
        strips.append({
            "label": labels[i], "lines": placed_lines(wrapped[i], y + 14), "y": y, "text_y": y + 14,
            "colour": info.colour,
            "cells": [
                {"x": left + k * cell, "count": n, "opacity": round(0.08 + 0.92 * n / peak, 3) if n else 0,
                 "part": k + 1}
                for k, n in enumerate(row["tenths"])
            ],
        })
    return {
        "width": left + 10 * cell + 10, "height": tops[-1] + 10, "strips": strips, "cell": cell - 2,
        "left": left, "ticks": [{"x": left + k * cell + cell / 2 - 1, "label": f"{k + 1}"} for k in range(10)],
    }


def kappa_bars(pairs: list) -> dict:
    """Cohen's kappa per pair of reviewers on a -1 to 1 axis."""
    labels = [f"{pair['a']} / {pair['b']}" for pair in pairs]
    left, wrapped = label_column(labels, LABEL_WIDTH)
    half = (BAR_WIDTH - LABEL_WIDTH - 60) / 2
    zero = left + half
    tops = row_tops(wrapped, 10, ROW_HEIGHT)
    bars = []
    for i, pair in enumerate(pairs):
        kappa = pair["kappa"]
        y = tops[i] + (tops[i + 1] - tops[i] - ROW_HEIGHT) / 2
        width = abs(kappa or 0) * half
        bars.append({
            "label": labels[i], "lines": placed_lines(wrapped[i], y + BAR_HEIGHT - 5), "y": y,
            "text_y": y + BAR_HEIGHT - 5,
            "x": round(zero if (kappa or 0) >= 0 else zero - width, 2), "width": round(max(width, 0.5), 2),
            "kappa": kappa, "value_x": round(zero + half + 8, 2), "negative": (kappa or 0) < 0,
        })
    return {"width": left + 2 * half + 60, "height": tops[-1] + 10, "bars": bars, "zero": round(zero, 2),
            "bar_height": BAR_HEIGHT, "left": left, "right": round(zero + half, 2)}


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
