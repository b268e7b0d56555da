"""Claim linking: quality on the hand-written gold, then cost on synthetic stories; prints figures.

    python -m benchmarks.claims_benchmark [-v] [--sizes 10,25,50] [--paragraphs 30]

For each gold story (``tests/corpus/claims/*/gold.toml``): pairwise precision, recall and F1 of claim links,
differing details flagged out of those in the gold, flags on mentions the gold does not mark, and the traps
that caught a link. Paragraphs the alignment's shape rules call page furniture are left out, as in the app.
``-v`` lists the wrong and the missed links. Then the cost of finding and linking the
claims of synthetic stories of N articles x 30 paragraphs: seconds (one untraced run) and peak Python memory
(tracemalloc, a second run), which should grow about linearly with N. No database: it measures the method itself.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
import tracemalloc

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsdesk.settings")
os.environ.setdefault("SECRET_KEY", "benchmark-only")

from annotations.claims.finding import BLOCK  # noqa: E402
from annotations.claims.linking import link_articles  # noqa: E402
from benchmarks import claims_gold  # noqa: E402
from newsdesk.alignment import furniture as furniture_rules  # noqa: E402

MONTHS = "January February March April May June July August September October November December".split()
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday".split()
VERBS = "announced reported confirmed ordered visited signed cancelled opened closed approved rejected".split()
NOUNS = ("ships troops cases patients clinics crossings factories missiles tonnes schools routes votes seats "
         "workers families homes flights trains villages").split()
FILLER = "the a of in on and to that with for as by from after before while over under about into".split()


def quality(verbose: bool) -> None:
    total = claims_gold.Score()
    print("Claim links against the hand-written gold")
    print(f"{'story':28} {'links':>5} {'gold':>5} {'P':>5} {'R':>5} {'F1':>5} {'differ hit':>10} {'false flags':>11}")
    for gold in claims_gold.stories():
        claims = link_articles(gold.texts.items(), exclude={k: furniture(t) for k, t in gold.texts.items()})
        result = claims_gold.score(gold, claims)
        total.add(result)
        print(f"{gold.slug:28} {result.predicted_links:5} {result.gold_links:5} {result.precision:5.2f} "
              f"{result.recall:5.2f} {result.f1:5.2f} {result.differing_hit:>4}/{result.differing:<5} "
              f"{result.false_flags:11}")
        for trap in result.fallen_traps:
            print(f"    trap caught a link: {trap}")
        if verbose:
            for a, b in result.wrong_links:
                print(f"    wrong:  {a[:70]!r}\n         ~ {b[:70]!r}")
            for a, b in result.missed_links:
                print(f"    missed: {a[:80]!r}\n         ~ {b[:80]!r}")
            for claim in claims:
                if len(claim.mentions) > 1:
                    print(f"    claim: {claim.label}")
                    for m, d, r in zip(claim.mentions, claim.differs, claim.reasons, strict=True):
                        print(f"      {'≠' if d else ' '} {m.article[:14]:14} {m.text[:70]!r}  [{r}]")
    print(f"{'all':28} {total.predicted_links:5} {total.gold_links:5} {total.precision:5.2f} {total.recall:5.2f} "
          f"{total.f1:5.2f} {total.differing_hit:>4}/{total.differing:<5} {total.false_flags:11}")


def vocabulary(rng: random.Random, size: int) -> list[str]:
    return ["".join(rng.choice("bcdfghklmnprstvz") + rng.choice("aeiou") for _ in range(rng.randint(2, 4)))
            for _ in range(size)]


def furniture(text: str) -> list[tuple[int, int]]:
    """The paragraphs the app sets apart as page furniture (by the alignment's shape rules), as spans."""
    return [(m.start(), m.end()) for m in BLOCK.finditer(text) if furniture_rules.furniture_reasons(m.group())]


def synthetic_article(rng: random.Random, paragraphs: int, facts: list[str], words: list[str]) -> str:
    """Paragraphs of two to four sentences; two in five sentences are one of the story's facts, reworded."""
    blocks = []
    for _ in range(paragraphs):
        sentences = []
        for _ in range(rng.randint(2, 4)):
            if rng.random() < 0.4:
                fact = rng.choice(facts).split()
                rng.shuffle(fact[-3:])
                sentences.append(" ".join(fact).rstrip(".") + ".")
            else:
                body = [rng.choice(FILLER) if rng.random() < 0.4 else rng.choice(words) for _ in range(16)]
                body.insert(3, f"{rng.randint(3, 900)} {rng.choice(NOUNS)}")
                body.insert(6, rng.choice(VERBS))
                sentences.append("Officials " + " ".join(body) + f" on {rng.choice(WEEKDAYS)}.")
        blocks.append(" ".join(sentences))
    return "\n\n".join(blocks)


def synthetic_story(rng: random.Random, articles: int, paragraphs: int) -> list[tuple[int, str]]:
    facts = []
    words = vocabulary(rng, 3000)
    for n in range(articles * 4):
        noun, verb = rng.choice(NOUNS), rng.choice(VERBS)
        facts.append(f"The Agency{n} {verb} {rng.randint(10, 5000)} {noun} in Region{n % 37} on "
                     f"{rng.randint(1, 28)} {rng.choice(MONTHS)}, {rng.choice(words)} {rng.choice(words)} said.")
    return [(a, synthetic_article(rng, paragraphs, facts, words)) for a in range(articles)]


def cost(sizes: list[int], paragraphs: int) -> None:
    print(f"\nCost: finding and linking the claims of N articles x {paragraphs} paragraphs (synthetic)")
    print(f"{'articles':>8} {'mentions':>8} {'claims':>7} {'seconds':>8} {'peak MiB':>9} {'KiB/mention':>12}")
    for size in sizes:
        story = synthetic_story(random.Random(size), size, paragraphs)
        started = time.perf_counter()
        claims = link_articles(story)
        seconds = time.perf_counter() - started
        tracemalloc.start()  # measured in a second run: tracing slows Python down several times
        link_articles(story)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        mentions = sum(len(c.mentions) for c in claims)
        print(f"{size:8} {mentions:8} {len(claims):7} {seconds:8.2f} {peak / 2**20:9.1f} "
              f"{peak / 1024 / max(1, mentions):12.1f}")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--sizes", default="10,25,50")
    parser.add_argument("--paragraphs", type=int, default=30)
    parser.add_argument("--no-cost", action="store_true")
    args = parser.parse_args(argv)
    quality(args.verbose)
    if not args.no_cost:
        cost([int(s) for s in args.sizes.split(",")], args.paragraphs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
