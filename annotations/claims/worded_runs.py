"""Figures written in number words, read into tokens of digits: one loop for every language, each with its reader.

A reader takes the index of a token and says which figure a run of number words starting there writes and how many
words write it ("två miljoner": 2,000,000, two words), or None. The run becomes one token of the figure's digits that
spans the words which wrote it, read then as a figure written in digits is, with its unit or currency after it.
"""

from __future__ import annotations

from collections.abc import Callable

Token = tuple[str, int, int]
Reader = Callable[[int], "tuple[int | float, int] | None"]
Splitter = Callable[[int], "list[Token] | None"]


def figure_text(value: int | float) -> str:
    """A figure's digits as a token writes them: 2500000 for 2.5 million, 0.5 for a half."""
    return str(int(value)) if float(value).is_integer() else str(value)


def read_runs(toks: list[Token], read: Reader, split: Splitter | None = None) -> list[Token]:
    """``toks`` with each run of number words that ``read`` reads as one token of digits spanning the words; where
    ``read`` reads nothing, ``split`` (when given) may write a token as other tokens (a figure written onto a word's
    ending: the figure, then the ending) or return None to keep it as it is."""
    kept: list[Token] = []
    k = 0
    while k < len(toks):
        found = read(k)
        if found:
            value, used = found
            kept.append((figure_text(value), toks[k][1], toks[k + used - 1][2]))
            k += used
            continue
        pieces = split(k) if split else None
        kept.extend(pieces if pieces is not None else [toks[k]])
        k += 1
    return kept
