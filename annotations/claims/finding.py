"""Finding claim mentions: the sentences of an article that state something checkable.

Policy. A mention is a sentence (or one of its clauses: split at a semicolon, and at a comma before a
conjunction or a relative pronoun that opens a clause of its own) of at least six words that ends as a
sentence does and carries a checkable detail: a figure, a date, a named actor or a quotation of a few
words. Questions, headlines, menus and captions (lines that do not end in a full stop, an exclamation mark
or a closing quote) are not claims. A speaker's label at the start of a line ("REPORTER:") and a time stamp
("09:12") are left out of the span. Offsets are code points of the article text. Pure: no database.

Scripts other than the Latin alphabet follow the same policy with their own marks (``newsdesk.importing.scripts``):
a sentence ends at their stops (``。！？`` with no space after them, ``। ؟ ۔`` and the like), and at ``. ! ?``
before a letter of a script without capitals; it ends as a statement at ``。！`` or a full stop of theirs, and is
a question at ``？ ؟``; a clause also ends at ``；`` and ``؛``; a word keeps its combining marks (Hindi's vowel
signs), and a run of Chinese or Japanese counts the words its length holds (``scripts.measured``), so that six
words mean as much in every script. Quotations are marked “…”, «…» or 「…」.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import islice

from newsdesk.importing.scripts import CJK_STOPS, FULL_STOPS, STOPS, measured
from newsdesk.importing.tokens import MARKS

from .normalise import Details, caseless, details

MIN_WORDS = 6
BLOCK = re.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*")
LINE = re.compile(r"[^\n]+")
# A sentence ends at . ! ? (with closing quotes or brackets) before white space and a capital, digit or quote.
BOUNDARY = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9£$€])")
# Scripts without capitals end a sentence otherwise: at their own stops (``scripts.STOPS``: the danda, the Arabic
# question mark, the Urdu full stop ...) before a space, at the stops of Chinese and Japanese (``scripts.CJK_STOPS``)
# with no space after them, and at ``. ! ?`` before a space and a letter of a script without case (Arabic writes
# a Latin full stop). Closing quotes and brackets stay with the sentence they close.
CLOSERS = "\"'”’)\\]»」』）"
OTHER_BOUNDARY = re.compile(
    rf"(?<=[{STOPS}])[{CLOSERS}]*\s+(?=\S)|(?<=[{CJK_STOPS}])[{CLOSERS}]*\s*(?=\S)"
    rf"|(?<=[.!?])[{CLOSERS}]*\s+(?=[\"'“‘«(\[「『]?[^\W\d_])"
)
ABBREVIATIONS = frozenset("mr mrs ms dr st no vs prof gen col lt sgt rep sen gov jr sr inc ltd co corp u.s u.k e.g i.e"
                          .split())
LABEL = re.compile(r"^\s*(?:[A-Z][A-Z .'-]{1,30}:|\d{1,2}[:.]\d{2}\b[^\n]*?(?=[A-Z])|[-•*]\s+)\s*")
# "PORT KESSARY, March 4 (Agency) - ", "SEOUL (Agency) - ": where and when the report was filed, not a
# detail of the fact.
DATELINE = re.compile(
    r"^[A-Z][A-Z .'-]+(?:,\s+(?:[A-Z][a-z]+\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+)\s*(?:\([^)]*\))?|\s*\([^)]*\))"
    r"\s*[-–—]+\s*"
)
# The same in scripts without capitals: a wire's "南岭快讯云泽10月28日电（记者 韩屿）" or "本报讯（记者 …）", Korean's
# "(은포=한빛통신) 최동훈 기자 = ", and a place with its date and outlet in brackets before a dash or a danda
# ("وادي القرنفل، ١٣ أغسطس (مشرق) – ", "सुरमाघाट, 14 अक्टूबर (देशवार्ता)। ").
OTHER_DATELINE = re.compile(
    r"^[^\s，。：]{0,20}?(?:\d{1,2}月\d{1,2}日[电電]\s*(?:[（(][^）)\n]{0,30}[）)])?|讯\s*[（(][^）)\n]{0,30}[）)])\s*"
    r"|^\([^()\n=]{1,20}=[^()\n]{1,20}\)\s*(?:(?:[^\s=]+\s+){1,3}?(?:기자|특파원)\s*=\s*)?"
    r"|^[^\n()،,.]{1,30}(?:[،,]\s*[^\n()]{1,20})?\([^()\n]{1,30}\)\s*[-–—।]\s*"
)
ENDS_AS_SENTENCE = re.compile(rf"[.!。！{FULL_STOPS}][{CLOSERS}]*$|[”\"»」』]$")
QUESTION_MARKS = "?？؟፧"
# A word, with its combining marks (Hindi's vowel signs) inside it; a run of Chinese or Japanese is measured by
# its length (``scripts.measured``), not counted as one word.
WORDS = re.compile(rf"[^\W_](?:[^\W_]|[{MARKS}])*", re.UNICODE)
# A quotation of a few words or more: what someone said is checkable against the source, and outlets quoting
# one statement repeat its words.
QUOTATION = re.compile(r"[“\"]([^”\"]+)[”\"]|«([^»]+)»|「([^」]+)」")
QUOTED_WORDS = 4
CLAUSE_BREAK = re.compile(r";\s+|[；؛]\s*|,\s+(?=(?:and|but|while|whereas|with|as|which|who)\s)")


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


def _caseless_next(line: str, match: re.Match) -> bool:
    """The letter after a boundary found by ``OTHER_BOUNDARY`` at ``. ! ?`` has no case (Arabic, Devanagari, Han):
    in a script with capitals a small letter there continues the sentence, and ``BOUNDARY`` judges a capital."""
    letter = line[match.end():match.end() + 2].lstrip("\"'“‘«([「『")[:1]
    return letter.lower() == letter.upper()


def _boundaries(line: str) -> list[re.Match]:
    """Where sentences end in ``line``: ``BOUNDARY`` (". " before a capital) and, in a line mostly in scripts without
    capitals (``scripts.caseless``), ``OTHER_BOUNDARY``, in order and each place once."""
    found = {match.start(): match for match in BOUNDARY.finditer(line)}
    # A line in a script with capitals that quotes a sentence of another ("He wrote “我们会修好桥。” on his blog")
    # goes on after the quotation's stop.
    if caseless(line):
        for match in OTHER_BOUNDARY.finditer(line):
            if match.start() not in found and (line[match.start() - 1] not in ".!?" or _caseless_next(line, match)):
                found[match.start()] = match
    return [found[start] for start in sorted(found)]


def _sentences(line: str) -> Iterable[tuple[int, int]]:
    start = 0
    for match in _boundaries(line):
        if match.start() <= start:
            continue
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
    many clause breaks is not read to its end from each of them. A piece of Chinese or Japanese is measured by
    its length (``_size``)."""
    if sum(1 for _ in islice(WORDS.finditer(text, start, end), count)) >= count:
        return True
    return not text.isascii() and _size(text[start:end]) >= count


def _size(text: str) -> int:
    """How many words ``text`` holds, as ``scripts.measured`` counts them: a run of a script written without
    spaces counts the words its length holds, not one."""
    pieces = WORDS.findall(text)
    return len(pieces) if text.isascii() else measured(pieces, text)


def quotations(text: str) -> Iterable[re.Match]:
    """``QUOTATION.finditer(text)``, read no further than the last closing mark: every quotation ends at one, and
    past it each opening mark would be read to the end of the text in vain."""
    last_close = max(text.rfind("”"), text.rfind('"'), text.rfind("»"), text.rfind("」"))
    return QUOTATION.finditer(text, 0, last_close + 1) if last_close >= 0 else iter(())


def quoted(match: re.Match) -> str:
    """The words a match of ``QUOTATION`` quotes, whichever marks hold them (“…”, «…», 「…」)."""
    return next(group for group in match.groups() if group is not None)


def _quotes(text: str) -> bool:
    return any(_size(quoted(match)) >= QUOTED_WORDS for match in quotations(text))


def find_mentions(article, text: str) -> list[Mention]:
    """The claim mentions of one article, in reading order."""
    found = []
    for paragraph, block in enumerate(BLOCK.finditer(text)):
        for line in LINE.finditer(block.group()):
            line_start = block.start() + line.start()
            body = line.group()
            label = LABEL.match(body) or DATELINE.match(body) or (caseless(body) and OTHER_DATELINE.match(body))
            offset = label.end() if label else 0
            for s, e in _sentences(body[offset:]):
                whole = body[offset + s:offset + e].strip()
                if (whole.endswith("?") or whole.rstrip(CLOSERS).endswith(tuple(QUESTION_MARKS))
                        or not ENDS_AS_SENTENCE.search(whole)):
                    continue
                for cs, ce in _clauses(body, offset + s, offset + e):
                    sentence = body[cs:ce]
                    stripped = sentence.strip()
                    if _size(stripped) < MIN_WORDS:
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
