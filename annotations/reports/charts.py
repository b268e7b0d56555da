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


def fit_label(text: str, width: float) -> str:
    """``text`` cut with an ellipsis so that it fits ``width`` drawing units; the full text goes in a <title>."""
    room = max(4, int(width / LABEL_CHAR_WIDTH))
    return text if len(text) <= room else text[: room - 1].rstrip() + "…"


def _pattern(tag):
    info = TAG_BY_KEY[tag]
    return {"key": tag, "label": info.label, "colour": info.colour, "pattern": info.pattern}


def stacked_share_bars(rows: list, tags: list, label_key: str = "outlet") -> dict:
    """One horizontal bar per row: each tag's share of the text laid end to end, on a 0-100 % axis.

    Tags overlap in the text, so the shares can add up to more than 100 %; the axis then stretches to the
    largest sum, and says so.
    """
    totals = [sum((row["tags"][t]["share"] or 0) for t in tags) for row in rows]
    top = max([1.0, *totals])
    scale = (BAR_WIDTH - LABEL_WIDTH - 56) / top
    bars = []
    for i, (row, total) in enumerate(zip(rows, totals, strict=True)):
        x = LABEL_WIDTH
        segments = []
        for tag in tags:
            share = row["tags"][tag]["share"] or 0
            width = share * scale
            if width > 0:
                segments.append({"tag": _pattern(tag), "x": round(x, 2), "width": round(max(width, 0.5), 2),
                                 "percent": round(share * 100, 1)})
            x += width
        y = 10 + i * ROW_HEIGHT
        bars.append({
            "label": row[label_key], "y": y, "text_y": y + BAR_HEIGHT - 5, "segments": segments,
            "total_percent": round(total * 100, 1), "end_x": round(x + 6, 2),
            "empty": not row.get("annotated", row.get("reviewers", 0)),
        })
    return {
        "width": BAR_WIDTH, "height": 20 + len(rows) * ROW_HEIGHT, "bars": bars, "bar_height": BAR_HEIGHT,
        "label_width": LABEL_WIDTH, "track_width": round(top * scale, 2),
        "axis_label": f"{round(top * 100)} %", "stretched": top > 1.0, "tags": [_pattern(t) for t in tags],
    }


def position_strips(rows: list) -> dict:
    """Per outlet and tag, ten cells along the article; darker where more highlights start."""
    peak = max([1, *(max(r["tenths"]) for r in rows)]) if rows else 1
    cell = 26
    left = STRIP_LABEL_WIDTH
    strips = []
    for i, row in enumerate(rows):
        y = 24 + i * 24
        info = TAG_BY_KEY[row["tag"]]
        label = f"{row['outlet']} · {info.label}"
        strips.append({
            "label": label, "short_label": fit_label(label, left - 12), "y": y, "text_y": y + 14, "colour": info.colour,
            "cells": [
                {"x": left + k * cell, "count": n, "opacity": round(0.08 + 0.92 * n / peak, 3) if n else 0,
                 "part": k + 1}
                for k, n in enumerate(row["tenths"])
            ],
        })
    return {
        "width": left + 10 * cell + 10, "height": 34 + len(rows) * 24, "strips": strips, "cell": cell - 2,
        "left": left, "ticks": [{"x": left + k * cell + cell / 2 - 1, "label": f"{k + 1}"} for k in range(10)],
    }


def kappa_bars(pairs: list) -> dict:
    """Cohen's kappa per pair of reviewers on a -1 to 1 axis."""
    zero = LABEL_WIDTH + (BAR_WIDTH - LABEL_WIDTH - 60) / 2
    half = (BAR_WIDTH - LABEL_WIDTH - 60) / 2
    bars = []
    for i, pair in enumerate(pairs):
        kappa = pair["kappa"]
        y = 10 + i * ROW_HEIGHT
        width = abs(kappa or 0) * half
        bars.append({
            "label": f"{pair['a']} / {pair['b']}", "y": y, "text_y": y + BAR_HEIGHT - 5,
            "x": round(zero if (kappa or 0) >= 0 else zero - width, 2), "width": round(max(width, 0.5), 2),
            "kappa": kappa, "value_x": round(zero + half + 8, 2), "negative": (kappa or 0) < 0,
        })
    return {"width": BAR_WIDTH, "height": 20 + len(pairs) * ROW_HEIGHT, "bars": bars, "zero": round(zero, 2),
            "bar_height": BAR_HEIGHT, "left": LABEL_WIDTH, "right": round(zero + half, 2)}


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
