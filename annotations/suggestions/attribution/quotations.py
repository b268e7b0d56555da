"""Which words of a line stand inside quotation marks, for the languages whose attribution is read on the line's
own words rather than on its tokens (Amharic, Bengali, Tamil, Urdu): a cue inside quotation marks is the speaker's
words, and a stop inside them ends no sentence of the line. (``base.quoted_tokens`` reads the same on a line's tokens.)

``line_tokens``, ``sentences`` and ``cues_by_sentence`` are the reading the readers of a line's own words share: a
line's words and marks by the language's own pattern, each with its folded form and whether it is quoted, the
sentences its stops end, and the walk over each sentence's words that asks the language what cue a word opens.
``read_on_characters`` and ``unquoted`` are the reading the readers of a line's characters share (Burmese, Khmer):
which characters are quoted, told once, each of the language's readers in turn, and the matches of a pattern that
do not start inside a quotation."""

import re
from collections.abc import Callable, Iterable, Iterator

# Each mark that opens a quotation, and the mark that closes it.
CLOSING = {"\"": "\"", "“": "”", "‘": "’", "«": "»", "„": "“"}


def quoted_characters(text: str, closing: dict[str, str]) -> list[bool]:
    """For each character of ``text``, whether it stands inside a quotation opened by a mark of ``closing`` (each
    opening mark with the mark that closes it), the marks included; one left open runs to the line's end. For the
    scripts read character by character (Chinese, Thai)."""
    quoted, close = [False] * len(text), None
    for i, c in enumerate(text):
        if close is not None:
            quoted[i] = True
            if c == close:
                close = None
        elif c in closing:
            close = closing[c]
            quoted[i] = True
    return quoted


def unquoted(pattern: re.Pattern, text: str, quoted: list[bool], group: int | str = 0, start: int = 0,
             end: int | None = None) -> Iterator[re.Match]:
    """The matches of ``pattern`` in ``text[start:end]`` whose ``group`` (the whole match unless given) does not start
    inside a quotation (``quoted``: ``quoted_characters`` of ``text``)."""
    for match in pattern.finditer(text, start, len(text) if end is None else end):
        if not quoted[match.start(group)]:
            yield match


# What a language reads on a line's characters: ``(line, text, quoted)`` (the line, its text, ``quoted_characters``
# of it) gives the cues it finds.
CharacterReader = Callable[[object, str, list[bool]], Iterable]


def read_on_characters(line, closing: dict[str, str], *readers: CharacterReader) -> list:
    """The cues of ``line`` read on its characters: which of them stand inside a quotation opened by a mark of
    ``closing`` is told once (``quoted_characters``), then each of ``readers`` reads the line in turn; the cues come
    in the order they start (those that start together, in the order they were read)."""
    text = line.text
    quoted = quoted_characters(text, closing)
    found = [cue for reader in readers for cue in reader(line, text, quoted)]
    return sorted(found, key=lambda s: s.start)


def spans_closed_by(length: int, closes: Callable[[int], bool]) -> Iterator[tuple[int, int]]:
    """(start, end) of each stretch of ``length`` items (a line's characters or words) that an item for which
    ``closes`` holds ends, that item included; the items after the last such one make one more stretch."""
    start = 0
    for n in range(length):
        if closes(n):
            yield start, n + 1
            start = n + 1
    if start < length:
        yield start, length


def inside_quotations(words: list[str]) -> list[bool]:
    """For each of ``words`` (the words and marks of a line, in order), whether it stands inside quotation marks,
    the marks included. A double quotation left open runs to the line's end; a single ‘ opens one only when a ’
    follows it somewhere in the line."""
    quoted = [False] * len(words)
    last_single_close = max((n for n, word in enumerate(words) if word == "’"), default=-1)
    closing = None
    for n, word in enumerate(words):
        if closing is not None:
            quoted[n] = True
            if word == closing:
                closing = None
        elif word in CLOSING and (word != "‘" or n < last_single_close):
            closing = CLOSING[word]
            quoted[n] = True
    return quoted


class LineToken:
    """A word or mark of a line: where it stands, as written, as the language compares it (``key``), and whether it
    stands inside quotation marks."""

    __slots__ = ("start", "end", "text", "key", "quoted")

    def __init__(self, match, quoted: bool, fold: Callable[[str], str]):
        self.start, self.end, self.text = match.start(), match.end(), match.group()
        self.key = fold(self.text)
        self.quoted = quoted

    @property
    def mark(self) -> bool:
        return not any(c.isalnum() for c in self.text)


def line_tokens(text: str, word, fold: Callable[[str], str]) -> list[LineToken]:
    """The words and marks of a line (the matches of the compiled pattern ``word``), each told whether it stands
    inside quotation marks (the marks included; see ``inside_quotations``)."""
    matches = list(word.finditer(text))
    quoted = inside_quotations([m.group() for m in matches])
    return [LineToken(m, q, fold) for m, q in zip(matches, quoted, strict=True)]


def sentences(tokens: list[LineToken], stops: frozenset[str]) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence of ``tokens``: a stop outside quotation marks ends one."""
    return spans_closed_by(len(tokens), lambda n: tokens[n].text in stops and not tokens[n].quoted)


# What a language reads at one word of a sentence: ``(i, s_start, s_end, in_sentence)`` (the word, its sentence, the
# cues found before it in that sentence) gives the cue the word opens and the index of the last word the cue took,
# or None.
CueAt = Callable[[int, int, int, list], "tuple[object, int] | None"]


def cues_by_sentence(tokens: list[LineToken], spans: Iterable[tuple[int, int]], cue_at: CueAt,
                     fallback: Callable[[int, int], object] | None = None) -> list:
    """The cues of a line's sentences (``spans``, each (start, end) of ``tokens``): each word outside quotation
    marks that is no mark is read by ``cue_at``, and reading goes on after the last word a cue took. A sentence in
    which no word opened a cue is given to ``fallback`` (a shape read on the whole sentence), when there is one."""
    found = []
    for s_start, s_end in spans:
        in_sentence = []
        i = s_start
        while i < s_end:
            token = tokens[i]
            read = None if token.quoted or token.mark else cue_at(i, s_start, s_end, in_sentence)
            if read is not None:
                cue, last = read
                in_sentence.append(cue)
                i = last
            i += 1
        if not in_sentence and fallback is not None:
            cue = fallback(s_start, s_end)
            in_sentence += [cue] if cue is not None else []
        found += in_sentence
    return found
