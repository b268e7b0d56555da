"""The seed story grown by the eight related articles of the matching corpus (written for the project): the page
furniture of an analysis page among them stays out of the content rows, as on the three seeds alone."""

import tomllib
from pathlib import Path

from newsdesk.alignment.clustering import PassageText, align
from newsdesk.importing import ingest

ROOT = Path(__file__).resolve().parents[3]
MATCHING = ROOT / "tests" / "corpus" / "stories" / "matching"
SEED = "north-korea-arms-russia"


def grown_story() -> list[PassageText]:
    gold = tomllib.loads((MATCHING / "gold.toml").read_text(encoding="utf-8"))
    paths = sorted((ROOT / "seeds").glob("*.txt")) + [
        MATCHING / entry["file"] for entry in gold["articles"] if entry["story"] == SEED
    ]
    passages = []
    for number, path in enumerate(paths):
        canonical = ingest.from_text(path.read_bytes())
        passages += [PassageText(key=(path.name, index), article=number, index=index, text=canonical.text[start:end])
                     for index, (start, end) in enumerate(canonical.passages)]
    return passages


def test_an_analysis_pages_related_links_comments_note_and_writers_note_are_furniture_in_the_grown_story():
    passages = grown_story()
    result = align(passages)
    in_rows = {key for topic in result.topics for key in topic.members}
    page_lines = [p.key for p in passages if p.key[0] == "probe-nk-monitoring-analysis.txt" and (
        p.text.startswith(("Related analysis", "Comments are open", "Ingrid Solberg is"))
    )]

    assert len(page_lines) == 3
    assert not in_rows.intersection(page_lines)
    assert set(page_lines) <= set(result.furniture)
