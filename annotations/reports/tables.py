"""Each report table as rows of cells, for the CSV downloads (a header row first)."""

from annotations.reports.aggregates import DECILES, Report
from annotations.tags import TAG_KEYS

TABLES = ("outlets", "articles", "reviewers", "positions", "sources", "agreement", "pairs", "disagreements", "topics")


def _tag_header(tags):
    return [f"{tag} {part}" for tag in tags for part in ("highlights", "characters", "share")]


def _tag_cells(cells, tags):
    return [cells[tag][part] if cells[tag][part] is not None else "" for tag in tags
            for part in ("highlights", "characters", "share")]


def _number(value):
    return "" if value is None else round(value, 4)


def rows(table: str, report: Report):
    tags = list(report.filters.tags)
    if table == "outlets":
        yield ["outlet", "articles", "annotated articles", "characters", *_tag_header(tags)]
        for o in report.outlets:
            yield [o["outlet"], o["articles"], o["annotated"], o["characters"], *_tag_cells(o["tags"], tags)]
    elif table == "articles":
        yield ["article id", "outlet", "title", "characters", "reviewers", *_tag_header(tags), "alpha"]
        for a in report.articles:
            yield [a["id"], a["outlet"], a["title"], a["characters"], a["reviewers"], *_tag_cells(a["tags"], tags),
                   _number(a["agreement"]["alpha"])]
    elif table == "reviewers":
        yield ["reviewer", "highlights", *TAG_KEYS, "articles annotated", "last activity"]
        for r in report.reviewers:
            last = r["last_activity"].isoformat() if r["last_activity"] else ""
            yield [r["reviewer"], r["highlights"], *(r["tags"][t] for t in TAG_KEYS), r["articles"], last]
    elif table == "positions":
        yield ["outlet", "tag", *(f"tenth {k + 1}" for k in range(DECILES)), "total"]
        for p in report.positions:
            yield [p["outlet"], p["tag"], *p["tenths"], p["total"]]
    elif table == "sources":
        yield ["outlet", "source", "attributions", "articles"]
        for s in report.sources:
            yield [s["outlet"], s["source"], s["count"], s["articles"]]
    elif table == "agreement":
        agree = report.agreement
        yield ["measure", "alpha", "reviewers", "characters"]
        yield ["overall", _number(agree["overall"]["alpha"]), agree["overall"]["reviewers"], agree["overall"]["units"]]
        for tag, cell in agree["tags"].items():
            yield [tag, _number(cell["alpha"]), cell["reviewers"], cell["units"]]
    elif table == "pairs":
        yield ["reviewer a", "reviewer b", "kappa", "characters"]
        for p in report.agreement["pairs"]:
            yield [p["a"], p["b"], _number(p["kappa"]), p["units"]]
    elif table == "disagreements":
        yield ["article id", "outlet", "tag", "start", "end", "characters", "tagged by", "not tagged by", "quote"]
        for d in report.disagreements:
            yield [d["article"], d["outlet"], d["tag"], d["start"], d["end"], d["length"],
                   " ".join(d["marked_by"]), " ".join(d["not_marked_by"]), d["quote"]]
    elif table == "topics":
        # The comparison grid's cells in its own order (rows as on the page); a gap is an outlet without the topic.
        yield ["topic", "outlet", "covered", "characters", "highlights", *TAG_KEYS]
        topics = report.topics or {"topics": [], "outlets": []}
        for topic in topics["topics"]:
            for outlet, cell in zip(topics["outlets"], topic["cells"], strict=True):
                if cell is None:
                    yield [topic["label"], outlet, "no", 0, 0, *(0 for _ in TAG_KEYS)]
                else:
                    yield [topic["label"], outlet, "yes", cell["characters"], cell["highlights"],
                           *(cell["tags"][t] for t in TAG_KEYS)]
