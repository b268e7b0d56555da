"""How fast the reader cuts an article into highlight runs, as highlights pile up.

    python benchmarks/reader_benchmark.py

No database: a 20,000-character article made of 40 passages, and 100 to 10,000 random highlights
(overlapping, nested, crossing) are cut into runs passage by passage, exactly as the reader does.
Prints the time per page and the number of runs. The reader's SQL query count does not depend on the
number of highlights (pinned in tests/annotations/test_reader.py).
"""

import random
import sys
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from annotations.rendering import split_into_runs  # noqa: E402

TAGS = ("attribution", "rhetoric", "boilerplate", "factual_claim")


@dataclass
class Highlight:
    pk: int
    start: int
    end: int
    tag: str


@dataclass
class Passage:
    index: int
    start: int
    end: int


def article(length=20_000, passages=40):
    words = "Officials said 😀 the launch was reckless, 报道称 according to KCNA on Tuesday ".split(" ")
    rng = random.Random(1)
    text = " ".join(rng.choice(words) for _ in range(length // 5))[:length]
    size = length // passages
    return text, [Passage(i, i * size, min(length, (i + 1) * size - 2)) for i in range(passages)]


def highlights(text, count):
    rng = random.Random(count)
    marks = []
    for pk in range(count):
        start = rng.randrange(len(text) - 200)
        marks.append(Highlight(pk, start, start + rng.randint(1, 200), rng.choice(TAGS)))
    return marks


def render(text, passages, marks):
    ordered = sorted(marks, key=lambda m: m.start)
    runs = 0
    for passage in passages:
        inside = [m for m in ordered if m.start < passage.end and m.end > passage.start]
        runs += len(split_into_runs(text, inside, passage.start, passage.end))
    return runs


def main():
    text, passages = article()
    print(f"article: {len(text):,} code points, {len(passages)} passages")
    for count in (100, 1_000, 10_000):
        marks = highlights(text, count)
        best = float("inf")
        for _ in range(3):
            began = time.perf_counter()
            runs = render(text, passages, marks)
            best = min(best, time.perf_counter() - began)
        print(f"{count:>6,} highlights: {best * 1000:8.1f} ms per page, {runs:,} runs")


if __name__ == "__main__":
    main()
