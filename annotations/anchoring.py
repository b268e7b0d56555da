"""Where a highlight sits in an article's text, and whether a client's offsets can be trusted.

Offsets count Unicode code points of ``Article.text`` (Python string indices), never UTF-16 units or
bytes. A highlight keeps its quote and up to ``CONTEXT_LENGTH`` code points of context on each side, as the
W3C Web Annotation TextQuoteSelector does, so it can be found again if the text is ever corrected.
A quote sent by a client must equal the text between the offsets: a mismatch means the client counted
differently, and storing it would point the highlight at the wrong words.

This module is the one place a span is checked against a text and its quote and context are cut out of it;
forms, adjudication, the models, the JSON-LD import and re-anchoring all call it.


differently, and storing it would point the highlight at the wrong words. People are told where a span is
in words (:func:`place_in_words`: a paragraph and the span's first words), never in offsets.
"""

from dataclasses import dataclass

from newsdesk.importing.scripts import trimmed

CONTEXT_LENGTH = 32
MAX_OCCURRENCES = 2000  # occurrences of a quote looked at when finding it again


@dataclass(frozen=True)
class Anchor:
    """A span with its quote and context: what a TextQuoteSelector plus a TextPositionSelector say."""

    start: int
    end: int
    quote: str
    prefix: str = ""
    suffix: str = ""

    def fields(self) -> dict:
        """The model fields a tagged span stores for its place: start, end, quote, prefix, suffix."""
        return {"start": self.start, "end": self.end, "quote": self.quote, "prefix": self.prefix,
                "suffix": self.suffix}


def anchor(text: str, start: int, end: int, context: int = CONTEXT_LENGTH) -> Anchor:
    """The quote and its context for offsets already checked (:func:`fits`, :func:`span_errors`)."""
    return TextWindow(len(text), 0, text).anchor(start, end, context)


def fits(text: str, start: int, end: int) -> bool:
    """True when [start, end) is a span of at least one code point inside ``text``."""
    return 0 <= start < end <= len(text)


def span_errors(text: str, start: int, end: int, quote: str | None = None) -> dict[str, list[str]]:
    """Every problem with a span of ``text``, by field name; empty when the span is usable."""
    return TextWindow(len(text), 0, text).span_errors(start, end, quote)


@dataclass(frozen=True)
class TextWindow:
    """The part of a text that checking and anchoring a span needs: the text's length, and the code points from
    ``offset`` on (``text``), which cover the span and its context on each side (:func:`window_bounds`).

    Saving a highlight reads only this much of the article (a window cut out by the database), not all of it;
    the whole text is the window at offset 0. Both readings give the same errors and the same anchor.

    ``length`` is None when the text runs on past the window's end and was not counted (counting it reads the
    whole text): a span inside such a window fits the text, and its context is all in the window.
    """

    length: int | None
    offset: int
    text: str

    def between(self, start: int, end: int) -> str:
        return self.text[max(0, start - self.offset) : max(0, end - self.offset)]

    def span_errors(self, start: int, end: int, quote: str | None = None) -> dict[str, list[str]]:
        """Every problem with the span [start, end), by field name; empty when the span is usable."""
        errors: dict[str, list[str]] = {}
        length = self.length
        if length is None:
            if not 0 <= start < end <= self.offset + len(self.text):
                raise ValueError("the window does not hold this span, and the text was not counted")
        else:
            if start < 0 or start >= length:
                errors.setdefault("start", []).append(f"Must be between 0 and {length - 1}, the last character.")
            if end < 1 or end > length:
                errors.setdefault("end", []).append(f"Must be between 1 and {length}, the length of the text.")
            if start >= end:
                errors.setdefault("end", []).append(
                    "Must be greater than start: a highlight covers at least one character.")
            if errors:
                return errors
        between = self.between(start, end)
        if not trimmed(between):  # spaces, or marks that show nothing (a right-to-left mark)
            errors.setdefault("end", []).append("The highlight covers only white space.")
        if quote is not None and quote != between:
            errors.setdefault("quote", []).append(
                f"Does not match the text between start and end, which is {shorten(between)!r}. "
                "Offsets count Unicode code points."
            )
        return errors

    def anchor(self, start: int, end: int, context: int = CONTEXT_LENGTH) -> Anchor:
        """The quote and its context for a span already checked (:meth:`span_errors`); the window must hold
        them (``window_bounds`` with the same ``context``), or the context would come out short."""
        stop = end + context if self.length is None else min(self.length, end + context)
        if max(0, start - context) < self.offset or stop > self.offset + len(self.text):
            raise ValueError("the window does not hold this span and its context")
        return Anchor(
            start=start,
            end=end,
            quote=self.between(start, end),
            prefix=self.between(max(0, start - context), start),
            suffix=self.between(end, stop),
        )


def window_bounds(start: int, end: int, context: int = CONTEXT_LENGTH) -> tuple[int, int]:
    """The code points [first, last) of a text that a :class:`TextWindow` for the span [start, end) must hold:
    the span and ``context`` on each side. Offsets that cannot make a span need none of the text (only its
    length), and the bounds never pass ``MAX_OFFSET``, whatever number a client sent."""
    if not 0 <= start < end:
        return 0, 0
    return min(start - min(start, context), MAX_OFFSET), min(end + context, MAX_OFFSET)


# Beyond any text either database holds (a text value is at most 1 GB on PostgreSQL, 10^9 bytes on SQLite by
# default), and inside a 32-bit integer, which a database's substring function takes.
MAX_OFFSET = 2**30


def shorten(text: str, limit: int = 60, *, one_line: bool = False) -> str:
    """A quote cut to ``limit`` code points for a message, with an ellipsis when cut; ``one_line`` first
    folds every run of white space (line breaks too) into one space."""
    if one_line:
        text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def quoted(text: str, limit: int = 60) -> str:
    """A quote for an English message, shortened and in curly quotes, its text set apart as a bidirectional
    isolate (U+2068 ... U+2069): Arabic or Hebrew words and the Latin names or digits among them keep their own
    order, and the sentence around them keeps its own."""
    return f"“\u2068{shorten(text, limit)}\u2069”"


def overlaps(span_start: int, span_end: int, start: int, end: int) -> bool:
    """True when [span_start, span_end) and [start, end) share at least one character."""
    return span_start < end and start < span_end


def occurrences(text: str, quote: str) -> list[int]:
    """Where ``quote`` starts in ``text`` (overlapping occurrences too), at most ``MAX_OCCURRENCES`` of them."""
    found, at = [], text.find(quote) if quote else -1
    while at != -1 and len(found) < MAX_OCCURRENCES:
        found.append(at)
        at = text.find(quote, at + 1)
    return found


def context_score(text: str, at: int, anchor: Anchor) -> int:
    """How many code points of the anchor's prefix and suffix still surround its quote placed at ``at``."""
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


def best_occurrence(text: str, anchor: Anchor, near: int | None, candidates: list[int] | None = None) -> int | None:
    """The occurrence of the anchor's quote (of ``candidates``, or all) whose surroundings keep the most of
    its context; on a tie the one nearest ``near`` (the first, without ``near``). None when there is none."""
    found = occurrences(text, anchor.quote) if candidates is None else candidates
    if not found:
        return None
    return max(found, key=lambda at: (context_score(text, at, anchor), -abs(at - near) if near is not None else 0))


PLACE_WORDS = 6  # words of a span's opening quoted when saying where it is
PLACE_CHARACTERS = 48


def opening_words(text: str, words: int = PLACE_WORDS, limit: int = PLACE_CHARACTERS) -> str:
    """The first few words of ``text``, with an ellipsis when there is more."""
    parts = text.split()
    opening = " ".join(parts[:words])
    if len(opening) > limit:
        opening = opening[: limit - 1].rstrip()
    return opening + ("…" if opening != " ".join(parts) else "")


def place_in_words(text: str, passages, start: int, end: int) -> str:
    """Where ``start``–``end`` is, as a reader finds it: ``paragraph 3, “first words…”``.

    ``passages`` are the article's paragraphs in reading order, each with ``start`` and ``end``; a span across
    several says ``paragraphs 3–4``. Paragraphs are counted from 1, as the reader shows them.
    """
    numbers = [number for number, passage in enumerate(passages, start=1)
               if passage.start < end and start < passage.end]
    quote = f"“{opening_words(text[start:end])}”"
    if not numbers:
        return quote
    if len(numbers) == 1:
        return f"paragraph {numbers[0]}, {quote}"
    return f"paragraphs {numbers[0]}–{numbers[-1]}, {quote}"
