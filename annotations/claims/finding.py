"""Finding claim mentions: the sentences of an article that state something checkable.

Policy. A mention is a sentence (or one of its clauses: split at a semicolon, and at a comma before a
conjunction or a relative pronoun that opens a clause of its own) of at least six words that ends as a
sentence does and carries a checkable detail: a figure, a date, a named actor or a quotation of a few
words. Questions, headlines, menus and captions (lines that do not end in a full stop, an exclamation mark
or a closing quote) are not claims. A speaker's label at the start of a line ("REPORTER:") and a time stamp
("09:12") are left out of the span. Offsets are code points of the article text. Pure: no database.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import islice

from .normalise import Details, details

MIN_WORDS = 6
BLOCK = re.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*")
LINE = re.compile(r"[^\n]+")
# A sentence ends at . ! ? (with closing quotes or brackets) before white space and a capital, digit or quote.
BOUNDARY = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9£$€])")
ABBREVIATIONS = frozenset("mr mrs ms dr st no vs prof gen col lt sgt rep sen gov jr sr inc ltd co corp u.s u.k e.g i.e"
                          .split())
LABEL = re.compile(r"^\s*(?:[A-Z][A-Z .'-]{1,30}:|\d{1,2}[:.]\d{2}\b[^\n]*?(?=[A-Z])|[-•*]\s+)\s*")
# "PORT KESSARY, March 4 (Agency) - ", "SEOUL (Agency) - ": where and when the report was filed, not a
# detail of the fact.
DATELINE = re.compile(
    r"^[A-Z][A-Z .'-]+(?:,\s+(?:[A-Z][a-z]+\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+)\s*(?:\([^)]*\))?|\s*\([^)]*\))"
    r"\s*[-–—]+\s*"
)
ENDS_AS_SENTENCE = re.compile(r"[.!]['\"”’)\]]*$|[”\"]$")
WORDS = re.compile(r"[^\W_]+", re.UNICODE)
# A quotation of a few words or more: what someone said is checkable against the source, and outlets quoting
# one statement repeat its words.
QUOTATION = re.compile(r"[“\"]([^”\"]+)[”\"]")
QUOTED_WORDS = 4
CLAUSE_BREAK = re.compile(r";\s+|,\s+(?=(?:and|but|while|whereas|with|as|which|who)\s)")


@dataclass(frozen=True)
class Mention:
    """A checkable sentence of one article: where it is, its words and its normalised details."""

    article: object
    start: int
    end: int
    text: str
    details: Details
    paragraph: int


def _last_word(line: str, start: int, end: int) -> str:
    """``line[start:end].rstrip(".!?\"'”’)]").rsplit(None, 1)[-1]`` (or "" without a word), read backwards from
    ``end``: a line of initials ("A. B. C. …") keeps ``start`` in place, and a copy of everything since would
    cost it the square of its length."""
    while end > start and line[end - 1] in ".!?\"'”’)]":
        end -= 1
    while end > start and line[end - 1].isspace():
        end -= 1
    first = end
    while first > start and not line[first - 1].isspace():
        first -= 1
    return line[first:end]


def _sentences(line: str) -> Iterable[tuple[int, int]]:
    start = 0
    for match in BOUNDARY.finditer(line):
        last = _last_word(line, start, match.start()).lower()
        if last in ABBREVIATIONS or (len(last) == 1 and last.isalpha()):
            continue  # "Mr. Kim", "J. Smith": not an end
        yield start, match.start()
        start = match.end()
    yield start, len(line)


def _clauses(text: str, start: int, end: int) -> Iterable[tuple[int, int]]:
    """A sentence's clauses: split at semicolons, and at a comma before a conjunction that opens a clause of
    its own ("…, and 23 new cases were confirmed"), when both sides are long enough to state a fact."""
    piece = text[start:end]
    cursor = 0
    for match in CLAUSE_BREAK.finditer(piece):
        if _has_words(piece, cursor, match.start()) and _has_words(piece, match.end(), len(piece)):
            yield start + cursor, start + match.start()
            cursor = match.end()
    yield start + cursor, end


def _has_words(text: str, start: int, end: int, count: int = MIN_WORDS) -> bool:
    """``text[start:end]`` holds ``count`` words or more, counted only until there are enough: a sentence of
    many clause breaks is not read to its end from each of them."""
    return sum(1 for _ in islice(WORDS.finditer(text, start, end), count)) >= count


def quotations(text: str) -> Iterable[re.Match]:
    """``QUOTATION.finditer(text)``, read no further than the last closing mark: every quotation ends at one, and
    past it each opening mark would be read to the end of the text in vain."""
    last_close = max(text.rfind("”"), text.rfind('"'))
    return QUOTATION.finditer(text, 0, last_close + 1) if last_close >= 0 else iter(())


def _quotes(text: str) -> bool:
    return any(len(WORDS.findall(match.group(1))) >= QUOTED_WORDS for match in quotations(text))


def find_mentions(article, text: str) -> list[Mention]:
    """The claim mentions of one article, in reading order."""
    found = []
    for paragraph, block in enumerate(BLOCK.finditer(text)):
        for line in LINE.finditer(block.group()):
            line_start = block.start() + line.start()
            body = line.group()
            label = LABEL.match(body) or DATELINE.match(body)
            offset = label.end() if label else 0
            for s, e in _sentences(body[offset:]):
                whole = body[offset + s:offset + e].strip()
                if whole.endswith("?") or not ENDS_AS_SENTENCE.search(whole):
                    continue
                for cs, ce in _clauses(body, offset + s, offset + e):
                    sentence = body[cs:ce]
                    stripped = sentence.strip()
                    if len(WORDS.findall(stripped)) < MIN_WORDS:
                        continue
                    lead = len(sentence) - len(sentence.lstrip())
                    start = line_start + cs + lead
                    end = start + len(stripped)
                    found_details = details(stripped)
                    if not (found_details.figures or found_details.dates or found_details.names
                            or _quotes(stripped)):
                        continue
                    found.append(Mention(article, start, end, stripped, found_details, paragraph))
    return found
