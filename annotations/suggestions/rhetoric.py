"""Rhetoric: terms from the editable lexicon, and scare quotes.

Lexicon terms are matched with spaCy's ``PhraseMatcher`` on lower-cased tokens (plus "-s"/"-es" plurals);
adjacent matches merge ("bombastic rhetoric"), and a match inside one of the term's neutral uses is dropped,
as is one inside a real quotation: those are the speaker's words, which attribution covers, not the outlet's.

Scare quotes are quotation marks around one to three words in the middle of a sentence: the writer holding
a word at arm's length (classified as “illegal”). Real quotations are left alone: anything of four words or
more, a quote that opens a sentence or follows a colon, a quoted verb phrase after "to" (urged them to
“produce more weapons”), and title-case names in quotes (the “Freedom Shield” drills).
"""

import re
from functools import cache

from annotations.suggestions.base import Line, Suggestion, nlp
from annotations.suggestions.lexicon import DEFAULT_LEXICON, KIND_LABELS, LexiconEntry

TAG = "rhetoric"
OPENING = "“\"«„‘"
CLOSING = {"“": "”\"", '"': "\"”", "«": "»", "„": "“”\"", "‘": "’'"}
MAX_QUOTE_WORDS = 3
WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
MAX_QUOTE_CHARS = 60


@cache
def _matcher(lexicon: tuple[LexiconEntry, ...]):
    from spacy.matcher import PhraseMatcher

    pipeline = nlp()
    matcher = PhraseMatcher(pipeline.vocab, attr="LOWER")
    entries = {}
    for index, entry in enumerate(lexicon):
        phrase = entry.phrase.strip().lower()
        if not phrase:
            continue
        variants = {phrase, phrase + "s", phrase + "es"}
        key = f"lexicon-{index}"
        matcher.add(key, [pipeline.make_doc(v) for v in sorted(variants)])
        entries[pipeline.vocab.strings[key]] = entry
    return matcher, entries


def _in_neutral_use(line_lower: str, start: int, end: int, entry: LexiconEntry) -> bool:
    for use in entry.neutral_uses:
        use = use.strip().lower()
        position = line_lower.find(use) if use else -1
        while position != -1:
            if position <= start and end <= position + len(use):
                return True
            position = line_lower.find(use, position + 1)
    return False


def _quotations(text: str) -> list[tuple[int, int]]:
    """Character ranges of real quotations (four words or more); an unclosed quote runs to the line's end."""
    ranges = [(o, c) for o, c in _quote_pairs(text, unclosed_to_end=True) if len(text[o:c].split()) >= 4]
    return ranges


def lexicon_matches(line: Line, lexicon: tuple[LexiconEntry, ...]) -> list[Suggestion]:
    doc = line.doc
    lower = line.text.lower()
    quotations = _quotations(line.text)
    hits = []
    matcher, entries = _matcher(lexicon)
    for match_id, start, end in matcher(doc):
        entry = entries[match_id]
        span = doc[start:end]
        if _in_neutral_use(lower, span.start_char, span.end_char, entry):
            continue
        if any(o < span.start_char and span.end_char <= c for o, c in quotations):
            continue  # the speaker's words, not the outlet's
        hits.append((start, end, entry))
    hits.sort(key=lambda hit: (hit[0], -hit[1]))
    merged: list[list] = []
    for start, end, entry in hits:
        # A modifier merges with the term right after it ("bombastic rhetoric"); a label ends its phrase.
        if merged and (start < merged[-1][1] or start == merged[-1][1] and merged[-1][2][-1].kind != "loaded_label"):
            merged[-1][1] = max(merged[-1][1], end)
            merged[-1][2].append(entry)
        else:
            merged.append([start, end, [entry]])
    found = []
    for start, end, entries in merged:
        span = doc[start:end]
        first = entries[0]
        reasons = "; ".join(
            f"“{e.phrase}” is a {KIND_LABELS.get(e.kind, e.kind)}" + (f" ({e.note.rstrip('.')})" if e.note else "")
            for e in dict.fromkeys(entries)
        )
        found.append(
            Suggestion(line.start + span.start_char, line.start + span.end_char, TAG, f"{TAG}.{first.kind}",
                       f"From the rhetoric lexicon: {reasons}.", 0.7 if first.kind == "loaded_label" else 0.6)
        )
    return found


def _quote_pairs(text: str, unclosed_to_end: bool = False):
    """(open, close) positions of quotation marks, left to right, each mark used once."""
    i = 0
    while i < len(text):
        char = text[i]
        if char in OPENING:
            is_opening = i + 1 < len(text) and not text[i + 1].isspace()
            if char in "\"'" or char == "‘":
                is_opening = is_opening and (i == 0 or text[i - 1].isspace() or text[i - 1] in "([{—–-/")
            if is_opening:
                close = next(
                    (j for j in range(i + 1, min(len(text), i + 1 + 400)) if text[j] in CLOSING[char]
                     and (char != "‘" or j + 1 == len(text) or not text[j + 1].isalpha())),
                    None,
                )
                if close is None:
                    if unclosed_to_end:
                        yield i, len(text)
                    return
                yield i, close
                i = close + 1
                continue
        i += 1


def scare_quotes(line: Line) -> list[Suggestion]:
    found = []
    text = line.text
    for open_at, close_at in _quote_pairs(text):
        inner = text[open_at + 1 : close_at]
        if len(inner) > MAX_QUOTE_CHARS or not inner.strip() or inner.rstrip()[-1] in ".,!?;:":
            continue
        words = WORD.findall(inner)
        if not 1 <= len(words) <= MAX_QUOTE_WORDS:
            continue
        before = text[max(0, open_at - 40) : open_at].rstrip()
        if not before or before[-1] in ".!?:":
            continue
        previous_word = before.split()[-1].lower() if before.split() else ""
        if previous_word == "to":
            continue
        if len(words) > 1 and all(w[:1].isupper() for w in words):
            continue
        found.append(
            Suggestion(line.start + open_at, line.start + close_at + 1, TAG, f"{TAG}.scare_quotes",
                       f"Quotation marks around a short phrase ({len(words)} word{'s' if len(words) > 1 else ''}) "
                       "mid-sentence: scare quotes that keep a word at arm's length.", 0.55)
        )
    return found


def suggest(lines: list[Line], lexicon: tuple[LexiconEntry, ...] = DEFAULT_LEXICON) -> list[Suggestion]:
    found = []
    for line in lines:
        found += lexicon_matches(line, lexicon)
        found += scare_quotes(line)
    return found
