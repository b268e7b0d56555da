"""The development corpus: raw pages written for the project, each beside its hand-made gold.

Every page in ``pages/`` is an invented article in the shape of a kind of news page (wire story, tabloid,
broadcaster, reader-app capture, paywalled teaser, regional paper, live blog, sport, weather, science …),
furniture included: menus, bylines, audio players, share and reaction widgets, author bio boxes, capture
headers, image lines, contact lines and related-link lists. Its gold (``<name>.json``) was written before
any rule ran on the page:

- ``paragraphs``: the first words of each body paragraph; a paragraph runs to the end of its line, and
  the importer must make it exactly one passage;
- ``boilerplate``: whole lines of page furniture;
- ``attribution``: ``[context with the [cue] marked, source]`` pairs, as in the seed gold;
- ``factual_claim`` and ``rhetoric``: context strings with the gold part in brackets;
- ``split``: ``dev`` (the rules may be tuned on it) or ``held_out`` (only measured).

One convention of the rhetoric gold, for a party's words quoted inside the outlet's own sentence: a short
quotation (a few words, not a full clause) of loaded or evaluative words, woven into the sentence after a
reporting verb, is rhetoric, and the gold marks the quoted words with their quotation marks (called the move
[“destabilising”], said the water had risen [“frighteningly fast”]): the outlet chose to carry them. A quoted
full sentence or clause is not ("results have fallen well below expectations"), nor are quoted neutral words
("“under review”", "“a significant cold spell”"), nor statements of necessity or firmness ("“unavoidable”",
"“not negotiable”").
"""

import json
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from tests.annotations.suggestion_gold import GoldSpan, gold_spans

PAGES = Path(__file__).resolve().parent / "pages"


@dataclass(frozen=True)
class Page:
    name: str
    text: str
    shape: str
    split: str
    gold: dict

    def spans(self) -> list[GoldSpan]:
        return gold_spans(self.text, self.gold)

    def paragraphs(self) -> list[tuple[int, int]]:
        """Each gold paragraph as (start, end) code points: from its first words to the end of its line."""
        found = []
        for first_words in self.gold["paragraphs"]:
            starts = [
                i for i in _line_starts(self.text) if self.text.startswith(first_words, i)
            ]
            if len(starts) != 1:
                raise ValueError(f"{self.name}: paragraph {first_words!r} found {len(starts)} times")
            end = self.text.find("\n", starts[0])
            end = len(self.text) if end == -1 else end
            found.append((starts[0], len(self.text[:end].rstrip())))
        return found


def _line_starts(text: str):
    position = 0
    for line in text.split("\n"):
        yield position + len(line) - len(line.lstrip())
        position += len(line) + 1


def page_number(name: str) -> int | None:
    """The number a page's file name starts with ("103_markets_report" -> 103), or None."""
    number = name.split("_", 1)[0]
    return int(number) if number.isdigit() else None


def load_pages(split: str | None = None, last: int | None = None) -> list[Page]:
    """The pages of ``split`` (all when None); with ``last``, only those numbered up to it: the files of later
    pages are not even read, so a batch kept for a final measure stays unseen."""
    pages = []
    for path in sorted(PAGES.glob("*.txt")):
        number = page_number(path.stem)
        if last is not None and (number is None or number > last):
            continue
        text = unicodedata.normalize("NFC", path.read_text("utf-8").replace("\r\n", "\n"))
        gold = json.loads(path.with_suffix(".json").read_text("utf-8"))
        gold["attribution"] = [tuple(pair) for pair in gold["attribution"]]
        page = Page(path.stem, text, gold["shape"], gold["split"], gold)
        if split is None or page.split == split:
            pages.append(page)
    return pages
