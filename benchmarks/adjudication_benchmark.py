"""Cost of lining reviewers' highlights up for adjudication; prints seconds per article size.

    python benchmarks/adjudication_benchmark.py

No database: ``adjudication.align`` is pure. Each run gives R reviewers about one highlight per sentence
on a synthetic article (half of them copied exactly from a shared set, so there are agreements, the rest
shifted or re-tagged), and reports how long aligning takes and how many agreements and span groups result.
"""

import os
import random
import sys
import time
from types import SimpleNamespace

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.settings")

import django  # noqa: E402

django.setup()

from annotations.tags import TAG_KEYS  # noqa: E402
from annotations.workflow.adjudication import align  # noqa: E402


def highlights(sentences: int, reviewers: int, rng: random.Random):
    """Per reviewer and sentence: the shared span (half the time), a shifted start, another tag, or nothing."""
    shared = []
    for i in range(sentences):
        start = i * 100 + rng.randint(0, 20)
        shared.append((start, start + rng.randint(10, 60), rng.choice(TAG_KEYS)))
    spans = []
    for reviewer in range(1, reviewers + 1):
        for start, end, tag in shared:
            roll = rng.random()
            if roll < 0.5:
                spans.append((start, end, tag, reviewer))
            elif roll < 0.7:
                spans.append((start + rng.randint(1, 5), end, tag, reviewer))
            elif roll < 0.85:
                spans.append((start, end, rng.choice(TAG_KEYS), reviewer))
    return [SimpleNamespace(start=s, end=e, tag=t, reviewer_id=r, pk=i) for i, (s, e, t, r) in enumerate(spans)]


def main():
    rng = random.Random(6)
    print(f"{'chars':>8} {'reviewers':>9} {'highlights':>10} {'groups':>7} {'agreed':>7} {'seconds':>8}")
    for sentences, reviewers in ((40, 2), (40, 5), (1_200, 2), (1_200, 5), (12_000, 3)):
        spans = highlights(sentences, reviewers, rng)
        started = time.perf_counter()
        groups = align(spans, reviewers)
        seconds = time.perf_counter() - started
        agreed = sum(1 for g in groups if g.agreed)
        print(f"{sentences * 100:>8} {reviewers:>9} {len(spans):>10} {len(groups):>7} {agreed:>7} {seconds:>8.3f}")


if __name__ == "__main__":
    main()
