"""Where a highlight sits in an article's text, and whether a client's offsets can be trusted.

Offsets count Unicode code points of ``Article.text`` (Python string indices), never UTF-16 units or
bytes. A highlight keeps its quote and up to ``CONTEXT_LENGTH`` code points of context on each side, as the
W3C Web Annotation TextQuoteSelector does, so it can be found again if the text is ever corrected.
A quote sent by a client must equal the text between the offsets: a mismatch means the client counted
differently, and storing it would point the highlight at the wrong words. People are told where a span is
in words (:func:`place_in_words`: a paragraph and the span's first words), never in offsets.
"""

from dataclasses import dataclass

CONTEXT_LENGTH = 32


@dataclass(frozen=True)
class Anchor:
    start: int
    end: int
    quote: str
    prefix: str
    suffix: str


def anchor(text: str, start: int, end: int, context: int = CONTEXT_LENGTH) -> Anchor:
    """The quote and its context for offsets already checked with :func:`span_errors`."""
    return Anchor(
        start=start,
        end=end,
        quote=text[start:end],
        prefix=text[max(0, start - context) : start],
        suffix=text[end : end + context],
    )


def span_errors(text: str, start: int, end: int, quote: str | None = None) -> dict[str, list[str]]:
    """Every problem with a span of ``text``, by field name; empty when the span is usable."""
    errors: dict[str, list[str]] = {}
    length = len(text)
    if start < 0 or start >= length:
        errors.setdefault("start", []).append(f"Must be between 0 and {length - 1}, the last character.")
    if end < 1 or end > length:
        errors.setdefault("end", []).append(f"Must be between 1 and {length}, the length of the text.")
    if start >= end:
        errors.setdefault("end", []).append("Must be greater than start: a highlight covers at least one character.")
    if errors:
        return errors
    if not text[start:end].strip():
        errors.setdefault("end", []).append("The highlight covers only white space.")
    if quote is not None and quote != text[start:end]:
        errors.setdefault("quote", []).append(
            f"Does not match the text between start and end, which is {shorten(text[start:end])!r}. "
            "Offsets count Unicode code points."
        )
    return errors


def shorten(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def overlaps(span_start: int, span_end: int, start: int, end: int) -> bool:
    """True when [span_start, span_end) and [start, end) share at least one character."""
    return span_start < end and start < span_end


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
