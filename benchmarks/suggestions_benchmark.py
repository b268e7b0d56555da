"""Precision and recall of the suggester per tag against the seed gold set, and its speed.

    python benchmarks/suggestions_benchmark.py [-v]

Reads the seed articles from ``seeds/`` (no database), scores the suggestions against the hand-made gold
set in ``tests/annotations/suggestion_gold.py``, then times the suggester on a 20,000-character article
made by repeating the seeds. ``-v`` lists misses and false alarms.
"""

import sys
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from annotations.suggestions import suggest  # noqa: E402
from annotations.suggestions.base import nlp  # noqa: E402
from tests.annotations.suggestion_gold import GOLD, TAG_ORDER, gold_spans, score  # noqa: E402


def seed_texts() -> dict[str, str]:
    import unicodedata

    manifest = tomllib.loads((ROOT / "seeds" / "manifest.toml").read_text("utf-8"))
    texts = {}
    for entry in manifest["articles"]:
        raw = (ROOT / "seeds" / entry["file"]).read_text("utf-8").replace("\r\n", "\n")
        texts[entry["file"]] = unicodedata.normalize("NFC", raw)
    return texts


def main(verbose: bool = False) -> None:
    texts = seed_texts()
    pairs = []
    for name, text in texts.items():
        golds = gold_spans(text, GOLD[name])
        suggestions = suggest(text)
        pairs.append((golds, suggestions))
        if verbose:
            report_errors(name, text, golds, suggestions)
    scores = score(pairs)
    print(f"Suggester against the seed gold set ({len(texts)} articles)")
    print(f"{'tag':<14} {'gold':>5} {'found':>6} {'recall':>7} {'suggested':>10} {'right':>6} {'precision':>10}")
    for tag in TAG_ORDER:
        s = scores[tag]
        print(
            f"{tag:<14} {s.gold:>5} {s.found:>6} {s.recall:>7.2f} {s.suggested:>10} {s.correct:>6} {s.precision:>10.2f}"
        )
    attribution = scores["attribution"]
    print(f"attribution sources named right: {attribution.sources_right}/{attribution.sources_named}")

    nlp()  # load spaCy once, as a running server has
    article = "\n\n".join(texts.values())
    while len(article) < 20_000:
        article += "\n\n" + "\n\n".join(texts.values())
    article = article[:20_000]
    runs = []
    for _ in range(5):
        started = time.perf_counter()
        count = len(suggest(article))
        runs.append(time.perf_counter() - started)
    print(f"speed: {len(article):,} characters -> {count} suggestions in {min(runs) * 1000:.0f} ms "
          f"(best of 5; median {sorted(runs)[2] * 1000:.0f} ms)")


def report_errors(name, text, golds, suggestions):
    def overlaps(a, b):
        return a.start < b.end and b.start < a.end

    print(f"--- {name}")
    for g in golds:
        if not any(s.tag == g.tag and overlaps(g, s) for s in suggestions):
            print(f"  MISSED {g.tag:<13} {text[g.start:g.end][:90]!r}")
    for s in suggestions:
        if not any(g.tag == s.tag and overlaps(g, s) for g in golds):
            print(f"  FALSE  {s.tag:<13} {text[s.start:s.end][:90]!r}  [{s.rule}]")
    for s in suggestions:
        if s.tag == "attribution":
            print(f"  source {text[s.start:s.end][:50]!r} -> {s.source!r}")


if __name__ == "__main__":
    main(verbose="-v" in sys.argv)
