"""Precision and recall of the suggester per tag, and how the importer splits pages into paragraphs.

    python -m benchmarks.suggestions_benchmark [-v] [--pages NAME ...] [--last NUMBER] [--no-speed]

Three sets are scored separately, each against gold written by hand before the rules ran on it:

- the three seed articles (``seeds/``, gold in ``tests/annotations/suggestion_gold.py``);
- the development corpus (``tests/corpus/pages/``), split in ``dev`` pages, on which the rules may be
  tuned, and ``held_out`` pages, which are only measured.

Scoring is by overlap (a gold span is found when a suggestion of its tag overlaps it; a suggestion is right
when it overlaps a gold span of its tag; boilerplate is counted per line). Paragraphs: a gold paragraph is
right when the importer makes it exactly one passage; a page is right when all its paragraphs are.
Then the suggester is timed on a 20,000-character article. ``-v`` lists misses and false alarms: on the
seeds and dev pages, and on a held-out page only when ``--pages`` gives its whole name (so that studying the
errors never shows a held-out page by accident, as a prefix would).
"""

import argparse
import sys
import time
import tomllib
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from annotations.suggestions import suggest  # noqa: E402
from newsdesk.importing.ingest import split_passages  # noqa: E402
from tests.annotations.suggestion_gold import GOLD, TAG_ORDER, gold_spans, score  # noqa: E402
from tests.corpus.pages import load_pages  # noqa: E402


def seed_texts() -> dict[str, str]:
    manifest = tomllib.loads((ROOT / "seeds" / "manifest.toml").read_text("utf-8"))
    texts = {}
    for entry in manifest["articles"]:
        raw = (ROOT / "seeds" / entry["file"]).read_text("utf-8").replace("\r\n", "\n")
        texts[entry["file"]] = unicodedata.normalize("NFC", raw)
    return texts


def print_scores(title, pairs, paragraphs=None):
    scores = score(pairs)
    print(title)
    print(f"  {'tag':<14} {'gold':>5} {'found':>6} {'recall':>7} {'suggested':>10} {'right':>6} {'precision':>10}")
    for tag in TAG_ORDER:
        s = scores[tag]
        print(f"  {tag:<14} {s.gold:>5} {s.found:>6} {s.recall:>7.2f} {s.suggested:>10} {s.correct:>6} "
              f"{s.precision:>10.2f}")
    attribution = scores["attribution"]
    print(f"  attribution sources named right: {attribution.sources_right}/{attribution.sources_named}")
    if paragraphs is not None:
        right, total, pages_right, pages = paragraphs
        print(f"  paragraphs one passage each: {right}/{total} ({right / total:.2f}); "
              f"pages entirely right: {pages_right}/{pages}")
    return scores


def paragraph_counts(pages):
    right = total = pages_right = 0
    for page in pages:
        passages = set(split_passages(page.text))
        gold = page.paragraphs()
        hits = sum(paragraph in passages for paragraph in gold)
        right += hits
        total += len(gold)
        pages_right += hits == len(gold)
    return right, total, pages_right, len(pages)


def lists_errors(name: str, split: str, pages: list[str] | None) -> bool:
    """Whether ``-v`` lists a corpus page's errors: a dev page's always, a held-out page's only when asked for by
    its whole name."""
    return split == "dev" or name in (pages or ())


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list misses and false alarms")
    parser.add_argument("--pages", nargs="*", help="only these corpus pages (names or prefixes)")
    parser.add_argument("--no-speed", action="store_true", help="skip the timing")
    parser.add_argument("--last", type=int, help="only corpus pages numbered up to this (later files are not read)")
    args = parser.parse_args(argv)

    texts = seed_texts()
    pairs = []
    for name, text in texts.items():
        golds = gold_spans(text, GOLD[name])
        suggestions = suggest(text)
        pairs.append((golds, suggestions))
        if args.verbose and not args.pages:
            report_errors(name, text, golds, suggestions)
    seed_passages = sum(len(split_passages(text)) for text in texts.values())
    print_scores(f"Seeds ({len(texts)} articles, {seed_passages} passages)", pairs)

    for split in ("dev", "held_out"):
        pages = [p for p in load_pages(split, last=args.last)
                 if not args.pages or any(p.name.startswith(n) for n in args.pages)]
        if not pages:
            continue
        pairs = []
        for page in pages:
            golds = page.spans()
            suggestions = suggest(page.text)
            pairs.append((golds, suggestions))
            if args.verbose and lists_errors(page.name, split, args.pages):
                report_errors(page.name, page.text, golds, suggestions)
                report_paragraphs(page)
        shapes = len({p.shape for p in pages})
        print_scores(f"Corpus, {split} ({len(pages)} pages, {shapes} shapes)", pairs, paragraph_counts(pages))

    if not args.no_speed:
        speed(texts)


def speed(texts):
    article = "\n\n".join(texts.values())
    while len(article) < 20_000:
        article += "\n\n" + "\n\n".join(texts.values())
    article = article[:20_000]
    suggest(article)  # warm up, as a running server is
    runs = []
    for _ in range(5):
        started = time.perf_counter()
        count = len(suggest(article))
        runs.append(time.perf_counter() - started)
    print(f"speed: {len(article):,} characters -> {count} suggestions in {min(runs) * 1000:.0f} ms "
          f"(best of 5; median {sorted(runs)[2] * 1000:.0f} ms)")


def report_paragraphs(page):
    passages = split_passages(page.text)
    for start, end in page.paragraphs():
        if (start, end) not in passages:
            holder = next(((s, e) for s, e in passages if s <= start < e), None)
            shown = page.text[holder[0]:holder[1]][:80] if holder else ""
            print(f"  PARAGRAPH not one passage: {page.text[start:end][:60]!r} inside {shown!r}")


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
            gold = next((g for g in golds if g.tag == "attribution" and overlaps(g, s)), None)
            expected = f" (gold {gold.source!r})" if gold is not None and gold.source is not None else ""
            print(f"  source {text[s.start:s.end][:50]!r} -> {s.source!r}{expected}")


if __name__ == "__main__":
    main()
