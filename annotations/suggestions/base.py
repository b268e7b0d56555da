"""What every suggestion rule shares: the suggestion itself and the article's lines with their tokens.

Offsets are code points of the article text (Python string indices), as everywhere in Newsdesk; a token's
``idx`` counts the same way in its line, so its offset in the article is its line's start plus ``idx``.
Tokens and sentences come from the regular expressions of ``tokens``: no model, no network, the same
output on every machine.
"""

import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import asdict, dataclass
from functools import cached_property

from annotations.suggestions.tokens import tokenize
from newsdesk.importing.ingest import wrapped
from newsdesk.importing.scripts import reading_text, visible, words_in
from newsdesk.importing.tokens import MARKS


@dataclass(frozen=True, order=True)
class Suggestion:
    start: int
    end: int
    tag: str
    rule: str
    reason: str
    confidence: float
    source: str = ""

    def as_dict(self, text: str | None = None) -> dict:
        data = asdict(self)
        if text is not None:
            data["quote"] = text[self.start : self.end]
        return data


@dataclass
class Line:
    """One non-blank line of the article, trimmed, with its tokens."""

    number: int
    start: int
    end: int
    text: str
    block: int = 0
    doc: object = None

    @cached_property
    def words(self):
        return [t for t in self.doc if not (t.is_punct or t.is_space) and any(c.isalnum() for c in t.text)]

    @cached_property
    def length(self) -> int:
        """The line's length in words, a run of a script written without spaces counted as the words it holds
        (``scripts.words_in``): the measure the rules compare with their thresholds."""
        return words_in(self.words)


def split_lines(text: str) -> list[Line]:
    """Non-blank lines with their tokens; ``block`` counts the blank-line-separated blocks. The lines are read in
    ``reading_text``: a word a printed column broke at a line's end is read whole, and the two lines it joins are
    one line. A block wrapped at a fixed width (``ingest.wrapped``, the importer's own test for one paragraph) is
    one line, its breaks read as spaces: its lines are pieces of sentences, not lines of the page. A line's text is
    always as long as the article's text it stands for, so that offsets found in it are offsets of the article."""
    reading = reading_text(text)
    lines = []
    for block, pieces in enumerate(_blocks(text)):
        if len(pieces) > 1 and wrapped([text[start:end] for start, end in pieces]):
            pieces = [(pieces[0][0], pieces[-1][1])]
        else:
            pieces = _read_lines(reading, pieces[0][0], pieces[-1][1])
        for start, end in pieces:
            read = reading[start:end].replace("\n", " ")
            lines.append(Line(len(lines), start, end, read, block, tokenize(read)))
    return lines


def _blocks(text: str) -> list[list[tuple[int, int]]]:
    """The visible lines of ``text`` (start, end), grouped in the blocks blank lines set apart."""
    blocks, current, position = [], [], 0
    for raw in text.split("\n"):
        start, end = visible(raw)
        if end:
            current.append((position + start, position + end))
        elif current:
            blocks.append(current)
            current = []
        position += len(raw) + 1
    if current:
        blocks.append(current)
    return blocks


def _read_lines(reading: str, start: int, end: int) -> list[tuple[int, int]]:
    """The visible lines of ``reading[start:end]``, as offsets of it."""
    found, position = [], start
    for raw in reading[start:end].split("\n"):
        left, right = visible(raw)
        if right:
            found.append((position + left, position + right))
        position += len(raw) + 1
    return found


def stripped_end(text: str, position: int) -> int:
    """``len(text[:position].rstrip())`` without copying the text before ``position``: the rules ask what stands
    before each word, and a copy per word would make a long line cost the square of its length."""
    while position > 0 and text[position - 1].isspace():
        position -= 1
    return position


def stripped_start(text: str, position: int) -> int:
    """``len(text) - len(text[position:].lstrip())``, without the copy: where the next non-space character is."""
    while position < len(text) and text[position].isspace():
        position += 1
    return position


ZWJ = "\u200d"
VIRAMA = 9  # the canonical combining class of the viramas of Indic scripts
# A word as the rules read it in the raw line: letters, with the combining marks that follow them.
LETTERS = rf"[^\W\d_](?:[^\W\d_]|[{MARKS}])*"


def _regional_indicator(character: str) -> bool:
    return "\U0001f1e6" <= character <= "\U0001f1ff"


def _continues(text: str, i: int) -> bool:
    """The character at ``i`` belongs to the same character as the reader sees it (grapheme cluster) as the one
    before: a combining mark, a joiner, the consonant after a virama, a skin tone, a tag of a subdivision flag,
    the picture after a zero width joiner (a family, a job), or the second letter of a flag (regional
    indicators pair up from the start of their run)."""
    character = text[i]
    if unicodedata.category(character)[0] == "M" or character == ZWJ:
        return True
    if "\U0001f3fb" <= character <= "\U0001f3ff" or "\U000e0020" <= character <= "\U000e007f":
        return True
    if text[i - 1] == ZWJ and unicodedata.category(character) == "So":
        return True
    if unicodedata.combining(text[i - 1]) == VIRAMA and character.isalpha():
        return True  # the consonant after a virama: a conjunct ("क्ष") is one character to the reader
    if _regional_indicator(character):
        run = 0
        while i - run - 1 >= 0 and _regional_indicator(text[i - run - 1]):
            run += 1
        return run % 2 == 1
    return False


def whole_characters(text: str, start: int, end: int) -> tuple[int, int]:
    """``start:end`` widened to whole characters as the reader sees them: a span that would start or end
    between a letter and its combining mark, inside a flag or an emoji sequence, takes the whole of it."""
    while 0 < start < len(text) and _continues(text, start):
        start -= 1
    while 0 < end < len(text) and _continues(text, end):
        end += 1
    return start, end


def quoted_list(words, limit=4) -> str:
    words = list(dict.fromkeys(words))
    shown = ", ".join(f"“{w}”" for w in words[:limit])
    return shown + (" …" if len(words) > limit else "")


def ranges_holding(ranges, *, opening_at_start: bool):
    """``holds(start, end)``: a range of ``ranges`` opens before ``start`` (or at it, with ``opening_at_start``)
    and closes at or after ``end``. Found by bisection, as a line of many short quotations has as many ranges as
    words and would otherwise be read once per word."""
    ordered = sorted(ranges)
    opens = [o for o, _ in ordered]
    reach = []  # reach[k]: the furthest close among the first k + 1 ranges
    for _, c in ordered:
        reach.append(max(c, reach[-1]) if reach else c)
    find = bisect_right if opening_at_start else bisect_left

    def holds(start, end):
        opened = find(opens, start)
        return bool(opened) and reach[opened - 1] >= end

    return holds


def stretches(ranges):
    """The stretches ``ranges`` cover, joined where they overlap or touch, in order: (starts, ends), for
    ``overlapping``."""
    joined = []
    for s, e, *_ in sorted(ranges):
        if s >= e:
            continue
        if joined and s <= joined[-1][1]:
            joined[-1][1] = max(joined[-1][1], e)
        else:
            joined.append([s, e])
    return [s for s, _ in joined], [e for _, e in joined]


def overlapping(covered, start, end):
    """The stretches of ``covered`` (from ``stretches``) that overlap ``start:end``, found by bisection rather
    than by reading them all."""
    starts, ends = covered
    first = bisect_right(ends, start)  # the first stretch that ends after ``start``
    last = bisect_left(starts, end)  # the stretches from here on start at or after ``end``
    return list(zip(starts[first:last], ends[first:last], strict=True))


# The forms of "be", which attribution and claims both read past or stop at.
BE_FORMS = frozenset("is are was were be been being".split())
DOUBLE_OPEN = frozenset("“„«")
DOUBLE_CLOSE = frozenset("”»")
SINGLE_QUOTES = frozenset("‘’'")
# The marks that close a quotation opened by a mark of their own language beside those of ``DOUBLE_CLOSE``: German
# opens low and closes high („…“), and German and Danish books turn the guillemets round (»…«).
LANGUAGE_CLOSE = {"„": "“", "»": "«"}
# A dash that opens a line of dialogue (Russian, French, Spanish, Italian, Portuguese): "— Yes, — she said".
DIALOGUE_DASHES = frozenset("—―")
_AFTER_SENTENCE = frozenset(".!?…")


def quoted_tokens(doc, dialogue: bool = False) -> set[int]:
    """Indices of the tokens inside quotation marks in a line, the marks included. A double quotation left open
    runs to the line's end (a quotation that goes on in the next paragraph); a single one must close. A »
    with nothing open that stands before a word opens a quotation that « closes, and a low mark („ ‚) opens one
    that a high one closes. With ``dialogue``, a dash that opens a sentence opens the words of a speaker, which
    run to a dash after a comma or a stop, or before a word that it touches ("— Yes, — she said", "—Sí —dijo"),
    or else to the line's end."""
    quoted = set()
    double_from = single_from = dash_from = None
    opener = ""
    text = doc.text
    for token in doc:
        mark = token.text
        i = token.i
        if dialogue and mark in DIALOGUE_DASHES and double_from is None:
            if dash_from is None and _opens_sentence(doc, i):
                dash_from = i
            elif dash_from is not None and (
                doc[i - 1].text in _AFTER_SENTENCE | {","} or text[token.idx + 1 : token.idx + 2].isalpha()
            ):
                quoted.update(range(dash_from, i))
                dash_from = None
            continue
        if not token.is_quote:
            continue
        if double_from is None and (
            mark in DOUBLE_OPEN or mark == '"' or mark == "»" and text[token.idx + 1 : token.idx + 2].isalpha()
        ):
            double_from, opener = i, mark
        elif mark in DOUBLE_OPEN and mark != LANGUAGE_CLOSE.get(opener):
            continue
        elif mark in DOUBLE_CLOSE or mark == '"' or mark == LANGUAGE_CLOSE.get(opener):
            if double_from is not None:
                quoted.update(range(double_from, i + 1))
                double_from = None
                single_from = None
        elif mark in SINGLE_QUOTES or mark == "‚":
            before = text[token.idx - 1] if token.idx > 0 else " "
            after = text[token.idx + 1] if token.idx + 1 < len(text) else " "
            if single_from is None and mark != "’" and not before.isalnum() and after.isalnum():
                single_from = i
            elif single_from is not None and not after.isalnum():
                quoted.update(range(single_from, i + 1))
                single_from = None
    if double_from is not None:
        quoted.update(range(double_from, len(doc)))
    if dash_from is not None:
        quoted.update(range(dash_from, len(doc)))
    return quoted


def _opens_sentence(doc, i) -> bool:
    """The token at ``i`` opens the line, or follows a stop (perhaps with its closing quotation mark)."""
    k = i - 1
    while k >= 0 and doc[k].is_quote:
        k -= 1
    return k < 0 or doc[k].text in _AFTER_SENTENCE
