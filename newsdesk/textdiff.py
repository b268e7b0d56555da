"""Where did each part of a text go when it was corrected? Offsets of the old text, mapped to the new one.

Policy: diff paragraph lines first, then words (and runs of space and punctuation) inside the lines that
changed, so a long article with a few edits costs little. Offsets count code points. A span's start maps
to the first code point after any text inserted just before it, and its end to the code point just after
its last surviving character, so text inserted before or after a span stays outside it and text inserted
inside it is taken in. Pure functions, no database: passages and highlights both use it.
"""

import bisect
import re
from dataclasses import dataclass
from difflib import SequenceMatcher

TOKEN = re.compile(r"\w+|\s+|[^\w\s]")


@dataclass(frozen=True)
class Block:
    """A run of the old text [old_start, old_end) that became [new_start, new_end) of the new text."""

    tag: str  # "equal", "replace", "delete" or "insert", as difflib names them
    old_start: int
    old_end: int
    new_start: int
    new_end: int


def _pieces_opcodes(old_pieces, new_pieces):
    matcher = SequenceMatcher(None, old_pieces, new_pieces, autojunk=False)
    return matcher.get_opcodes()


def _offsets(pieces) -> list[int]:
    positions, total = [0], 0
    for piece in pieces:
        total += len(piece)
        positions.append(total)
    return positions


def diff_blocks(old: str, new: str) -> list[Block]:
    """Char-level blocks covering both texts, in order: lines first, words within changed lines."""
    old_lines, new_lines = old.splitlines(keepends=True), new.splitlines(keepends=True)
    old_at, new_at = _offsets(old_lines), _offsets(new_lines)
    blocks: list[Block] = []
    for tag, i1, i2, j1, j2 in _pieces_opcodes(old_lines, new_lines):
        o1, o2, n1, n2 = old_at[i1], old_at[i2], new_at[j1], new_at[j2]
        if tag != "replace":
            blocks.append(Block(tag, o1, o2, n1, n2))
            continue
        old_tokens, new_tokens = TOKEN.findall(old[o1:o2]), TOKEN.findall(new[n1:n2])
        old_tok_at, new_tok_at = _offsets(old_tokens), _offsets(new_tokens)
        for ttag, a1, a2, b1, b2 in _pieces_opcodes(old_tokens, new_tokens):
            blocks.append(Block(ttag, o1 + old_tok_at[a1], o1 + old_tok_at[a2],
                                n1 + new_tok_at[b1], n1 + new_tok_at[b2]))
    return blocks


class OffsetMap:
    """Map code-point offsets of ``old`` to ``new``."""

    def __init__(self, old: str, new: str):
        self.old, self.new = old, new
        # Blocks that cover some old text, for lookups; insertions are found between them.
        self.blocks = [b for b in diff_blocks(old, new) if b.old_end > b.old_start]
        self._starts = [b.old_start for b in self.blocks]
        self._ends = [b.old_end for b in self.blocks]

    def start(self, position: int) -> int:
        """Where a span starting at ``position`` starts now."""
        if not self.blocks or position >= len(self.old):
            return len(self.new)
        block = self.blocks[bisect.bisect_right(self._starts, position) - 1]
        if block.tag == "equal":
            return block.new_start + (position - block.old_start)
        return block.new_start

    def end(self, position: int) -> int:
        """Where a span ending (exclusively) at ``position`` ends now."""
        if not self.blocks or position <= 0:
            return 0
        block = self.blocks[bisect.bisect_left(self._ends, position)]
        if block.tag == "equal":
            return block.new_start + (position - block.old_start)
        return block.new_end

    def span(self, start: int, end: int) -> tuple[int, int]:
        return self.start(start), self.end(end)


def match_spans(old_spans, new_spans, offsets: OffsetMap) -> dict[int, int]:
    """Pair each new span with the old span that most of it came from: ``{new_index: old_index}``.

    Each old span is mapped into the new text and paired, one to one and largest overlap first, with the
    new spans it overlaps. A paragraph that was edited keeps its identity; a new paragraph has no partner.
    """
    overlaps = []
    for i, (start, end) in enumerate(old_spans):
        mapped_start, mapped_end = offsets.span(start, end)
        for j, (new_start, new_end) in enumerate(new_spans):
            overlap = min(mapped_end, new_end) - max(mapped_start, new_start)
            if overlap > 0:
                overlaps.append((overlap, -abs(i - j), i, j))
    pairs: dict[int, int] = {}
    taken: set[int] = set()
    for _, _, i, j in sorted(overlaps, reverse=True):
        if j not in pairs and i not in taken:
            pairs[j] = i
            taken.add(i)
    return pairs
