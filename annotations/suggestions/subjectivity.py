"""Two word lists the ``textblob`` package ships, read straight from its files (no import of the package, no
corpus download, no network):

- its subjectivity lexicon for English adjectives (``en/en-sentiment.xml``, De Smedt and Daelemans' lexicon from
  the Pattern library, public domain): each adjective sense with a polarity (-1 … +1) and a subjectivity
  (0 objective … 1 subjective), rated by hand;
- the word list of Brill's part-of-speech tagger (``en/en-lexicon.txt``, trained on the Brown corpus and the
  Penn Treebank): each word's most frequent tag (JJ adjective, NN noun, RB adverb, VB… verb).

The first tells whether an adjective judges; the second whether a word is most often an adjective, a noun or an
adverb, which VADER's list (it rates words, not parts of speech) cannot say.
"""

import math
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from functools import cache

from newsdesk.alignment import wordclass


@dataclass(frozen=True)
class Adjective:
    subjectivity: float  # mean over the word's adjective senses
    polarity: float  # mean absolute polarity over the same senses


@cache
def adjectives() -> dict[str, Adjective]:
    """Lower-case adjective -> its mean subjectivity and absolute polarity over its adjective senses."""
    senses: dict[str, list[tuple[float, float]]] = {}
    for word in ElementTree.parse(wordclass.textblob_folder() / "en-sentiment.xml").getroot():
        form = (word.get("form") or "").lower()
        if word.get("pos") != "JJ" or not form.replace("-", "").isalpha():
            continue
        senses.setdefault(form, []).append((float(word.get("subjectivity", 0)), abs(float(word.get("polarity", 0)))))
    return with_british_spellings({
        form: Adjective(sum(s for s, _ in rows) / len(rows), sum(p for _, p in rows) / len(rows))
        for form, rows in senses.items()
    })


@cache
def tags() -> dict[str, str]:
    """Word (as written in the tagger's list, case kept) -> its most frequent Penn Treebank tag, with the British
    spelling of each "-ize" word beside it: the table of ``newsdesk.alignment.wordclass``, read once for both."""
    return with_british_spellings(wordclass.tags())


@cache
def frequencies() -> dict[str, float]:
    """Lower-case word -> rarity from the spelling list ``textblob`` ships (``en/en-spelling.txt``, Norvig's word
    counts from Project Gutenberg books, Wiktionary and the British National Corpus): 1 - log(count) / log(max)."""
    counts = {}
    for row in (wordclass.textblob_folder() / "en-spelling.txt").read_text("utf-8").splitlines():
        if row.startswith(";;;"):
            continue
        parts = row.split()
        if len(parts) == 2 and parts[1].isdigit():
            counts[parts[0].lower()] = counts.get(parts[0].lower(), 0) + int(parts[1])
    top = math.log(max(counts.values()) + 1)
    return with_british_spellings({word: 1 - math.log(n + 1) / top for word, n in counts.items()})


def with_british_spellings(lexicon: dict) -> dict:
    """The lexicon with the British spelling of each American "-ize"/"-yze" word added beside it
    ("agonizing" -> "agonising"): both lexicons were written in American English, most of our pages are not."""
    added = dict(lexicon)
    for word, value in lexicon.items():
        spelt = wordclass.british(word)
        if spelt != word:
            added.setdefault(spelt, value)
    return added


def tag(word: str) -> str:
    """The tagger-list tag of ``word`` as written, else of its lower-case form; "" when the list lacks it."""
    table = tags()
    return table.get(word) or table.get(word.lower(), "")
