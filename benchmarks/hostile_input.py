"""How the analysis of imported text grows with hostile input: seconds per shape at 10k, 20k and 40k characters.

    python -m benchmarks.hostile_input [--sizes 10000 20000 40000] [--only suggest ingest claims furniture labels dates]

Imports accept texts of up to 2 MB, so every step that reads an article's text must take time in proportion to
its length, whatever the text looks like. Each shape repeats a short unit (a run of capitalised words, one long
token, a hyphen chain, a stack of judging adjectives, a run of questions) up to the size; a step that rescans
the text before each word shows as a time that quadruples when the size doubles. A benchmark prints, never
asserts.
"""

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsdesk.settings")
os.environ.setdefault("SECRET_KEY", "benchmark")
os.environ.setdefault("DEBUG", "1")

import django  # noqa: E402

django.setup()

from annotations.claims.finding import find_mentions  # noqa: E402
from annotations.suggestions import suggest  # noqa: E402
from newsdesk.alignment.labels import label_topics  # noqa: E402
from newsdesk.importing.furniture_lines import line_furniture  # noqa: E402
from newsdesk.importing.ingest import from_text  # noqa: E402
from newsdesk.importing.page_dates import page_date  # noqa: E402

SHAPES = {
    "capitalised words": "A ",
    "one long token": "a",
    "hyphen chain": "fierce-",
    "judging adjectives": "The deeply troubling, fiercely unpopular, chaotic plan ",
    "intensifier run": "very ",
    "question run": "Why? ",
    "sentence run": "The minister said the plan cost £5m in 2024. ",
    "quote marks": "“a ",
    "lines of capitals": "A B C\n",
    "short quotes": "the “odd” ",
    "long quotes": "“a b c d” ",
    "embed words": "post ",
    "lexicon terms": "isolated incident regime ",
    "initials": "A. ",
    "digits": "1",
    "open quotes": "“a b “c d. ",
    "blanks after a bracket": ("(", "\t ", "with"),
    "blank lines of spaces": ("Rain closed the road.", "\n \t\u00a0\n", "It reopened."),
    "line separators": ("Rain closed the road.", "\u2028 \u2029 ", "It reopened."),
    "unspaced run": "漢字",
    "thai run": "ภาษาไทย",
    "blanks after a label": ("Received", " ", "x 3 May 2024"),
}

STEPS = {
    "suggest": lambda text: suggest(text),
    "ingest": lambda text: from_text(text),
    "claims": lambda text: find_mentions(None, text),
    "furniture": lambda text: [line_furniture(line) for line in text.splitlines() if line.strip()],
    "labels": lambda text: label_topics([text, "Rain closed the harbour road."], [0, 1], ["a", "b"]),
    # The date a page prints in its header, which a suggestion without a date reads (``page_dates.page_date``).
    "dates": lambda text: page_date(text),
}


def shaped(unit, size: int) -> str:
    """The unit repeated up to ``size`` characters; a (head, unit, tail) triple repeats the unit between them."""
    if isinstance(unit, tuple):
        head, unit, tail = unit
        return head + (unit * (size // len(unit) + 1))[:size - len(head) - len(tail)] + tail
    return (unit * (size // len(unit) + 1))[:size].strip(" -")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 20_000, 40_000])
    parser.add_argument("--only", nargs="+", choices=sorted(STEPS), default=list(STEPS))
    parser.add_argument("--shapes", nargs="+", choices=sorted(SHAPES), default=list(SHAPES), metavar="SHAPE")
    args = parser.parse_args(argv)
    print(f"{'step':<10} {'shape':<20} " + " ".join(f"{size:>9,}" for size in args.sizes) + "   (seconds)")
    for step in args.only:
        for name in args.shapes:
            figures = []
            for size in args.sizes:
                text = shaped(SHAPES[name], size)
                began = time.perf_counter()
                STEPS[step](text)
                figures.append(time.perf_counter() - began)
            print(f"{step:<10} {name:<20} " + " ".join(f"{seconds:>9.3f}" for seconds in figures), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
