"""The hand-written claim-link gold (``tests/corpus/claims/*/gold.toml``) and how linked claims score against it.

Scoring, pairwise: every two mentions of one predicted claim form a predicted link. A predicted mention stands
for the gold mentions it overlaps (same article, overlapping code points). A predicted link is right when it
joins two gold mentions of the same gold claim; a gold link is found when some predicted link joins its two
mentions. Precision counts predicted links, recall gold links. A differing detail is hit when a predicted
mention over it is marked as differing; a flag is false when it overlaps no gold mention marked differing.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD_DIR = ROOT / "tests" / "corpus" / "claims"


@dataclass(frozen=True)
class GoldMention:
    claim: int
    article: str
    start: int
    end: int
    differs: bool


@dataclass
class GoldStory:
    slug: str
    title: str
    articles: list[dict]
    texts: dict[str, str]
    claims: list[dict]
    mentions: list[GoldMention] = field(default_factory=list)


def locate(text: str, quote: str, nth: int | None = None) -> tuple[int, int]:
    start = -1
    for _ in range(nth or 1):
        start = text.find(quote, start + 1)
        if start < 0:
            raise ValueError(f"quote not found: {quote!r}")
    if nth is None and text.find(quote, start + 1) >= 0:
        raise ValueError(f"quote found twice, give nth: {quote!r}")
    return start, start + len(quote)


def load(path: Path) -> GoldStory:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    articles_dir = ROOT / data["articles_dir"] if "articles_dir" in data else path.parent
    texts = {a["file"]: (articles_dir / a["file"]).read_text(encoding="utf-8") for a in data["articles"]}
    story = GoldStory(data["slug"], data["title"], data["articles"], texts, data["claims"])
    for number, claim in enumerate(data["claims"]):
        for mention in claim["mentions"]:
            start, end = locate(texts[mention["article"]], mention["quote"], mention.get("nth"))
            story.mentions.append(GoldMention(number, mention["article"], start, end, mention.get("differs", False)))
    return story


def stories(gold_dir: Path = GOLD_DIR) -> list[GoldStory]:
    return [load(path) for path in sorted(gold_dir.glob("*/gold.toml"))]


@dataclass
class Score:
    predicted_links: int = 0
    right_links: int = 0
    gold_links: int = 0
    found_links: int = 0
    differing: int = 0
    differing_hit: int = 0
    false_flags: int = 0
    fallen_traps: list[str] = field(default_factory=list)
    wrong_links: list[tuple[str, str]] = field(default_factory=list)
    missed_links: list[tuple[str, str]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.right_links / self.predicted_links if self.predicted_links else 1.0

    @property
    def recall(self) -> float:
        return self.found_links / self.gold_links if self.gold_links else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Score) -> None:
        for name in ("predicted_links", "right_links", "gold_links", "found_links", "differing", "differing_hit",
                     "false_flags"):
            setattr(self, name, getattr(self, name) + getattr(other, name))


def _overlapping(gold: GoldStory, article: str, start: int, end: int) -> list[int]:
    return [k for k, g in enumerate(gold.mentions) if g.article == article and g.start < end and start < g.end]


def score(gold: GoldStory, claims) -> Score:
    """Score linked claims (objects with ``mentions`` having ``article``, ``start``, ``end``, ``text`` and a
    parallel ``differs`` list) against one gold story."""
    result = Score()
    gold_pairs = set()
    for a, b in combinations(range(len(gold.mentions)), 2):
        if gold.mentions[a].claim == gold.mentions[b].claim:
            gold_pairs.add((a, b))
    result.gold_links = len(gold_pairs)
    found = set()
    for claim in claims:
        covered = [_overlapping(gold, m.article, m.start, m.end) for m in claim.mentions]
        for x, y in combinations(range(len(claim.mentions)), 2):
            result.predicted_links += 1
            hits = {(min(a, b), max(a, b)) for a in covered[x] for b in covered[y] if a != b} & gold_pairs
            if hits:
                result.right_links += 1
                found |= hits
            else:
                result.wrong_links.append((claim.mentions[x].text, claim.mentions[y].text))
                for k in covered[x] + covered[y]:
                    trap = gold.claims[gold.mentions[k].claim].get("trap")
                    if trap and trap not in result.fallen_traps:
                        result.fallen_traps.append(trap)
        for flagged, gold_ids in zip(claim.differs, covered, strict=True):
            if flagged and not any(gold.mentions[k].differs for k in gold_ids):
                result.false_flags += 1
    result.found_links = len(found)
    for a, b in sorted(gold_pairs - found):
        result.missed_links.append((_quote(gold, a), _quote(gold, b)))
    for k, g in enumerate(gold.mentions):
        if not g.differs:
            continue
        result.differing += 1
        if any(flagged and _overlapping(gold, m.article, m.start, m.end).count(k)
               for claim in claims for m, flagged in zip(claim.mentions, claim.differs, strict=True)):
            result.differing_hit += 1
    return result


def _quote(gold: GoldStory, k: int) -> str:
    g = gold.mentions[k]
    return f"{g.article}: {gold.texts[g.article][g.start:g.end]}"
