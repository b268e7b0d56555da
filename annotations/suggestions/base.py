"""What every suggestion rule shares: the suggestion itself, the article's lines, and the spaCy pipeline.

Offsets are code points of the article text (Python string indices), as everywhere in Newsdesk; spaCy's
token ``idx`` counts the same way, so a token's offset in the article is its line's start plus ``idx``.
The pipeline is spaCy's blank English tokenizer with the rule-based sentencizer: no downloaded model, no
network, the same output on every machine.
"""

import re
from dataclasses import asdict, dataclass
from functools import cache

MAX_CHUNK = 60


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

    @property
    def words(self):
        return [t for t in self.doc if not (t.is_punct or t.is_space) and any(c.isalnum() for c in t.text)]


@cache
def nlp():
    import spacy

    pipeline = spacy.blank("en")
    pipeline.add_pipe("sentencizer")
    return pipeline


def split_lines(text: str) -> list[Line]:
    """Non-blank lines; ``block`` counts the blank-line-separated blocks (the article's passages)."""
    lines = []
    position = 0
    block = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            left = position + (len(raw) - len(raw.lstrip()))
            lines.append(Line(len(lines), left, left + len(stripped), stripped, block))
        elif lines and lines[-1].block == block:
            block += 1
        position += len(raw) + 1
    for line, doc in zip(lines, nlp().pipe(_tokenizable(line.text) for line in lines), strict=True):
        line.doc = doc
    return lines


LONG_CHUNK = re.compile(rf"\S{{{MAX_CHUNK},}}")


def _tokenizable(text: str) -> str:
    """The line with every unbroken run of over MAX_CHUNK characters masked by as many "x": such runs
    (hostile input, base64, a wall of punctuation) make the tokenizer's affix splitting quadratic, and no
    rule reads them. The length stays the same, so offsets are unchanged."""
    return LONG_CHUNK.sub(lambda match: "x" * len(match.group()), text)


def quoted_list(words, limit=4) -> str:
    words = list(dict.fromkeys(words))
    shown = ", ".join(f"“{w}”" for w in words[:limit])
    return shown + (" …" if len(words) > limit else "")
