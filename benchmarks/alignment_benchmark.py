"""Alignment and story-suggestion cost on synthetic material; prints seconds and peak memory.

    python benchmarks/alignment_benchmark.py

Aligns synthetic stories of 10, 25 and 50 articles x 30 passages (the cost per passage should stay flat:
alignment must not grow faster than the story), then builds the story matrix of 5,000 stored articles afresh,
brings it up to date after one more article is filed (the application keeps what it read of each article, so a
filing reads one article), and suggests a story for one new article. No database: it measures the methods
themselves.
"""

import os
import random
import sys
import time
import tracemalloc

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsdesk.settings")
os.environ.setdefault("SECRET_KEY", "benchmark-only")

import django  # noqa: E402

django.setup()

from newsdesk.alignment import story_suggestion as suggestion  # noqa: E402
from newsdesk.alignment.clustering import PassageText, align  # noqa: E402

FILLER = ("the a of in on and to that with for as by from was were has had is are it its this which after "
          "before while over under about into").split()


def vocabulary(rng: random.Random, size: int, prefix: str) -> list[str]:
    return [prefix + "".join(rng.choice("bcdfghklmnprstvz") + rng.choice("aeiou") for _ in range(3))
            for _ in range(size)]


def paragraph(rng: random.Random, words: list[str], shared: list[str]) -> str:
    sentences = []
    for _ in range(rng.randint(2, 4)):
        body = [rng.choice(words if rng.random() < 0.35 else (shared if rng.random() < 0.3 else FILLER))
                for _ in range(rng.randint(12, 24))]
        sentences.append(" ".join(body).capitalize() + ".")
    return " ".join(sentences)


def synthetic_story(rng: random.Random, articles: int, passages: int, topics: int = 20) -> list[PassageText]:
    shared = vocabulary(rng, 30, "s")
    topic_words = [vocabulary(rng, 25, f"t{n}") for n in range(topics)]
    result = []
    for article in range(articles):
        for index in range(passages):
            if index in (0, passages - 1):
                text = "Share this article" if index == 0 else "Sign up for our newsletter in your inbox today."
            else:
                text = paragraph(rng, topic_words[rng.randrange(topics)], shared)
            result.append(PassageText(key=(article, index), article=article, index=index, text=text))
    return result


def measure(label: str, function):
    """Seconds of one untraced run, then peak memory of a second, traced run (tracing slows Python down)."""
    started = time.perf_counter()
    value = function()
    seconds = time.perf_counter() - started
    tracemalloc.start()
    function()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"{label:<58} {seconds:8.2f} s   peak {peak / 2**20:8.1f} MiB", flush=True)
    return value, seconds


def main():
    rng = random.Random(7)
    print("alignment (synthetic story, 30 passages per article)")
    for articles in (10, 25, 50):
        story = synthetic_story(rng, articles, 30)
        result, seconds = measure(f"  align {articles} articles x 30 passages = {len(story)} passages",
                                  lambda story=story: align(story))
        print(f"{'':<4}{len(result.topics)} topics, {len(result.furniture)} furniture; "
              f"{1000 * seconds / len(story):.2f} ms per passage", flush=True)

    print("story suggestion (5,000 stored articles in 500 stories)")
    shared = vocabulary(rng, 200, "s")
    story_words = [vocabulary(rng, 40, f"w{n}") for n in range(500)]
    documents = [(n % 500, "\n\n".join(paragraph(rng, story_words[n % 500], shared) for _ in range(12)))
                 for n in range(5000)]
    matrix, _ = measure("  build the story matrix afresh (every article read)",
                        lambda: suggestion.build(documents))
    new_text = "\n\n".join(paragraph(rng, story_words[123], shared) for _ in range(12))
    reader = suggestion.Reader()
    read = [(story, reader.read(document)) for story, document in documents]
    measure("  bring it up to date after a filing (one article read)",
            lambda: suggestion.assemble(reader, read + [(123, reader.read(new_text))]))
    ranked, _ = measure("  suggest a story for one new article", lambda: suggestion.rank(matrix, "A title", new_text))
    print(f"    best story {ranked[0].story} (expected 123), score {ranked[0].score:.3f}; "
          f"runner-up score {ranked[1].score:.3f}")
    keys = list(range(len(documents)))
    keyed = suggestion.build(documents, keys)
    filed, _ = measure("  a filed article's likeness to its story, as if never stored (import, filing)",
                       lambda: suggestion.rank(keyed, "A title", documents[123][1], exclude=123))
    print(f"    its story {filed[0].story} (expected 123), score {filed[0].score:.3f}")


if __name__ == "__main__":
    main()
