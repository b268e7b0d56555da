"""Put highlights back on an article whose text was corrected, or say that they cannot be placed.

Policy, in order, for each highlight (quote, 32 code points of context each side, old offsets):

1. exact: the old span, mapped through the diff of the two texts, still reads exactly the quote;
2. exact with context: the quote occurs in the new text with the same prefix and suffix (nearest wins);
3. nearest exact match within the changed region around the mapped span;
4. nearest approximate match: the mapped span, trimmed to the part that matches the quote and widened to
   whole words, if at least half the quote survives in it and it has not grown out of proportion
   (so text inserted inside a highlight is taken in);
5. otherwise the highlight is an orphan: kept, flagged, listed for its owner, never dropped.

Offsets are code points. Pure functions: ``annotations.workflow.corrections`` applies the placements.
"""

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

from newsdesk.textdiff import OffsetMap

CONTEXT_LENGTH = 32
MIN_SURVIVING = 0.5  # share of the quote's characters that must remain in an approximate match
REGION_SLACK = 200  # code points either side of the mapped span searched for an exact match
MAX_OCCURRENCES = 2000
WORD = re.compile(r"\w")


@dataclass(frozen=True)
class Anchor:
    start: int
    end: int
    quote: str
    prefix: str = ""
    suffix: str = ""


@dataclass(frozen=True)
class Placement:
    """Where a highlight goes in the new text; ``how`` says which rule placed it ("orphaned" if none)."""

    how: str
    start: int | None = None
    end: int | None = None

    @property
    def orphaned(self) -> bool:
        return self.how == "orphaned"


ORPHANED = Placement("orphaned")


def context(text: str, start: int, end: int, length: int = CONTEXT_LENGTH) -> tuple[str, str, str]:
    """The quote and up to ``length`` code points either side of it."""
    return text[start:end], text[max(0, start - length) : start], text[end : end + length]


def occurrences(text: str, quote: str) -> list[int]:
    found, at = [], text.find(quote)
    while at != -1 and len(found) < MAX_OCCURRENCES:
        found.append(at)
        at = text.find(quote, at + 1)
    return found


def context_score(text: str, at: int, anchor: Anchor) -> int:
    """How many code points of the stored prefix and suffix still surround the quote at ``at``."""
    before = text[max(0, at - len(anchor.prefix)) : at]
    after = text[at + len(anchor.quote) : at + len(anchor.quote) + len(anchor.suffix)]
    score = 0
    for a, b in zip(reversed(before), reversed(anchor.prefix), strict=False):
        if a != b:
            break
        score += 1
    for a, b in zip(after, anchor.suffix, strict=False):
        if a != b:
            break
        score += 1
    return score


def reanchor(anchor: Anchor, offsets: OffsetMap) -> Placement:
    """Place one highlight in ``offsets.new`` (see the module's policy)."""
    new, quote = offsets.new, anchor.quote
    mapped_start, mapped_end = offsets.span(anchor.start, anchor.end)
    if mapped_start < mapped_end and new[mapped_start:mapped_end] == quote:
        unchanged = (mapped_start, mapped_end) == (anchor.start, anchor.end)
        return Placement("unchanged" if unchanged else "moved", mapped_start, mapped_end)

    found = occurrences(new, quote) if quote else []
    full = len(anchor.prefix) + len(anchor.suffix)
    with_context = [at for at in found if context_score(new, at, anchor) == full]
    if with_context:
        at = min(with_context, key=lambda a: abs(a - mapped_start))
        return Placement("matched", at, at + len(quote))

    low, high = mapped_start - REGION_SLACK, max(mapped_end, mapped_start) + REGION_SLACK
    nearby = [at for at in found if low <= at and at + len(quote) <= high]
    if nearby:
        at = max(nearby, key=lambda a: (context_score(new, a, anchor), -abs(a - mapped_start)))
        return Placement("matched", at, at + len(quote))

    return approximate(anchor, new, mapped_start, mapped_end)


def approximate(anchor: Anchor, new: str, start: int, end: int) -> Placement:
    """The mapped span, trimmed to what matches the quote and widened to whole words, if enough survives."""
    if start >= end:
        return ORPHANED
    candidate = new[start:end]
    blocks = [b for b in SequenceMatcher(None, anchor.quote, candidate, autojunk=False).get_matching_blocks()
              if b.size]
    surviving = sum(b.size for b in blocks)
    if not blocks or surviving < MIN_SURVIVING * len(anchor.quote):
        return ORPHANED
    first, last = start + blocks[0].b, start + blocks[-1].b + blocks[-1].size
    while first > 0 and WORD.match(new[first - 1]) and WORD.match(new[first]):
        first -= 1
    while last < len(new) and WORD.match(new[last]) and WORD.match(new[last - 1]):
        last += 1
    while first < last and new[first].isspace():
        first += 1
    while last > first and new[last - 1].isspace():
        last -= 1
    if last <= first or last - first > 3 * len(anchor.quote) + 40:
        return ORPHANED
    return Placement("adjusted", first, last)


def reanchor_all(old: str, new: str, anchors: list[Anchor]) -> list[Placement]:
    offsets = OffsetMap(old, new)
    return [reanchor(anchor, offsets) for anchor in anchors]
