"""Re-anchoring cost and outcome after a correction; prints seconds and how highlights were placed.

    python benchmarks/reanchoring_benchmark.py

Takes each seed article (no database), puts a highlight on every sentence, applies three kinds of
correction (a paragraph inserted at the top, words inserted inside a tenth of the sentences, a tenth of the
sentences deleted), and re-anchors every highlight. Then does the same on a synthetic article of about
120,000 characters with about 1,200 highlights, far past a real article, which must still fit a request.
"exact-but-wrong" counts highlights placed by an exact rule on text that is not their quote (must be 0).
"""

import os
import random
import re
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from annotations.anchoring import anchor  # noqa: E402
from annotations.reanchoring import reanchor_all  # noqa: E402

SENTENCE = re.compile(r"[^.!?\n]+[.!?]")


def highlights(text):
    anchors = []
    for match in SENTENCE.finditer(text):
        start, end = match.start() + (len(match.group()) - len(match.group().lstrip())), match.end()
        if end - start > 5:
            anchors.append(anchor(text, start, end))
    return anchors


def corrections(text, rng):
    sentences = [m for m in SENTENCE.finditer(text)]
    inside, deleted = text, text
    for m in sorted(rng.sample(sentences, max(1, len(sentences) // 10)), key=lambda m: -m.start()):
        words = [w.end() for w in re.finditer(r"\w+", m.group())]
        if len(words) > 2:
            cut = m.start() + words[len(words) // 2]
            inside = inside[:cut] + " reportedly" + inside[cut:]
    for m in sorted(rng.sample(sentences, max(1, len(sentences) // 10)), key=lambda m: -m.start()):
        deleted = deleted[: m.start()] + deleted[m.end() :]
    return {"paragraph on top": "Editor's note: this article was updated.\n\n" + text,
            "words inside 10%": inside, "10% of sentences deleted": deleted}


def run(name, text, rng):
    anchors = highlights(text)
    for kind, new in corrections(text, rng).items():
        began = time.perf_counter()
        placements = reanchor_all(text, new, anchors)
        seconds = time.perf_counter() - began
        counts = Counter(p.how for p in placements)
        exact = {"unchanged", "moved", "matched"}
        wrong = sum(1 for a, p in zip(anchors, placements, strict=True)
                    if p.how in exact and new[p.start : p.end] != a.quote)
        print(f"{name:34} {len(text):7,} chars {len(anchors):5} highlights  {kind:26} "
              f"{seconds * 1000:8.1f} ms  {dict(sorted(counts.items()))}  exact-but-wrong: {wrong}")


def main():
    rng = random.Random(7)
    seeds = sorted(Path(__file__).resolve().parent.parent.joinpath("seeds").glob("*.txt"))
    for path in seeds:
        run(path.name, path.read_text(encoding="utf-8").replace("\r\n", "\n"), rng)
    words = ("officials said the talks failed after a week of negotiation while ministers warned of "
             "consequences and analysts expected further sanctions").split()
    paragraphs = []
    for _ in range(400):
        sentences = [" ".join(rng.choice(words) for _ in range(rng.randint(8, 20))).capitalize() + "."
                     for _ in range(rng.randint(2, 4))]
        paragraphs.append(" ".join(sentences))
    run("synthetic", "\n\n".join(paragraphs), rng)


if __name__ == "__main__":
    main()
