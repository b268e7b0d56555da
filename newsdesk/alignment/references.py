"""A page's scholarly apparatus: a paper's reference list under "References", a blog's footnotes under "Footnotes",
the block that tells how to cite the article under "Cite this article" (in the languages of
``furniture_vocabulary.REFERENCE_LABELS``). Under such a label on a line of its own, below a passage of the story,
the items right under it, each numbered, bracketed or bulleted ("1. Quayle B, Marten OS …", "[2] Penhallow O
(2019) …") or a citation by its locator (a DOI, "2014;22:310–322", "34(2): 101–113"), are the page's, and so is the
label over them; a block whose first line is the label and whose other lines are such items is the page's whole.
A label over anything else ("Sources" over a paragraph of the story) sends nothing to the page. Under the word
"sources" (``furniture_vocabulary.SOURCE_LABELS``), which heads a story's own list too, every item must cite a work
by a locator (``CITED``: a DOI, an address, volume and pages, a year in brackets, "et al."); a bullet is not
enough."""

import re
from collections.abc import Sequence

from newsdesk.importing import furniture_vocabulary
from newsdesk.importing.scripts import trimmed

SOURCE_LABELS = frozenset(furniture_vocabulary.phrases(furniture_vocabulary.SOURCE_LABELS))
LABELS = frozenset(furniture_vocabulary.phrases(furniture_vocabulary.REFERENCE_LABELS)) | SOURCE_LABELS
# An item of the list: a number with its stop or bracket ("1.", "2)", "(3)", "[4]") or a bullet, then its text.
ITEM = re.compile(r"^(?:\[\d{1,3}\]|\(\d{1,3}\)|\d{1,3}[.)]|[•◦▪▸‣∙●○■*\-–—])\s*\S")
# A citation's locator: a DOI, or a volume with its pages after the year ("2014;22:310–322") or after its issue
# ("34(2): 101–113", "7: 55–71.").
LOCATOR = re.compile(
    r"\bdoi\s*:?\s*10\.\d{4,9}/\S|doi\.org/10\.\d{4,9}/\S|\b(?:1[6-9]|20)\d\d\s*;\s*\d+(?:\(\d+\))?\s*:\s*\d+|"
    r"\b\d{1,4}\s*(?:\(\d{1,4}\))?\s*:\s*\d+\s*[–-]\s*\d+\b",
    re.IGNORECASE,
)
# What cites a work under the word "sources": a locator, a web address ("https://…", "www.…"), a year in brackets
# ("(2019)", "(2019a)") or "et al.".
CITED = re.compile(
    LOCATOR.pattern + r"|\bhttps?://\S|\bwww\.\S|\((?:1[6-9]|20)\d\d[a-z]?\)|\bet\s+al\b",
    re.IGNORECASE,
)


def _lines(text: str) -> list[str]:
    return [line for line in (trimmed(line) for line in text.splitlines()) if line]


def _label(line: str) -> str:
    return furniture_vocabulary.folded(line).rstrip(" :：.")


def reference_label(line: str) -> bool:
    """``line`` is a label of the apparatus (``LABELS``), a colon after it or not."""
    return _label(line) in LABELS


def reference_item(text: str, cited: bool = False) -> bool:
    """``text`` is an item of a reference list or a citation: it opens on a number or a bullet, or it cites by a
    locator (``LOCATOR``); with ``cited`` (under the word "sources"), it cites a work (``CITED``) whatever it opens
    on."""
    text = trimmed(text)
    if cited:
        return CITED.search(text) is not None
    return bool(text) and (ITEM.match(text) is not None or LOCATOR.search(text) is not None)


def references_under_the_label(texts: Sequence[str], found: Sequence[bool]) -> set[int]:
    """The positions, among an article's passages ``texts`` in page order (``found``: which of them the rules took for
    the page's already), of a label of the apparatus that stands below a passage of the story and of the items right
    under it (at least one), and of a block that is the label and its items."""
    positions = set()
    for position, text in enumerate(texts):
        lines = _lines(text)
        if not lines or not reference_label(lines[0]) or all(found[:position]):
            continue
        cited = _label(lines[0]) in SOURCE_LABELS
        if len(lines) > 1:
            if all(reference_item(line, cited) for line in lines[1:]):
                positions.add(position)
            continue
        below = position + 1
        while below < len(texts) and _lines(texts[below]) and all(
            reference_item(line, cited) for line in _lines(texts[below])
        ):
            below += 1
        if below > position + 1:
            positions.update(range(position, below))
    return positions
