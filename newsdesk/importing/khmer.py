"""Khmer (the Khmer script), read in orthographic syllables: it writes no space between words, only between phrases
and sentences, so a run of its letters is split where a syllable starts: at a consonant, unless the coeng "្" stands
before it (it is stacked under the consonant before, and stays with it: "ស្ពា" is one piece); and at an independent
vowel, a digit or a mark of punctuation of the script. A syllable's vowel signs, its diacritics and the coeng are
marks, which stay with it; most of them are marks of no combining class, which a cut between a letter and its
combining marks would not see. Plain functions, no Django.
"""

import re

CONSONANTS = "\u1780-\u17a2"
COENG = "\u17d2"
# Independent vowels, the punctuation of the script and its digits: each starts a syllable of its own.
OTHERS = "\u17a3-\u17b3\u17d4-\u17da\u17dc\u17e0-\u17e9\u17f0-\u17f9"
SYLLABLE_START = re.compile(rf"(?<!{COENG})[{CONSONANTS}]|[{OTHERS}]")
KHMER = re.compile("[\u1780-\u17ff]")


def syllables(run: str) -> list[str]:
    """``run`` split into its syllables, which together spell it as written ("សាលារៀន": "សា", "លា", "រៀ", "ន")."""
    starts = [match.start() for match in SYLLABLE_START.finditer(run) if match.start() > 0]
    edges = [0, *starts, len(run)]
    return [run[start:end] for start, end in zip(edges, edges[1:], strict=False) if run[start:end]]


def cuts_a_syllable(text: str, index: int) -> bool:
    """Cutting ``text`` before ``index`` would cut a syllable of Khmer in two (a consonant from its vowel signs, its
    coeng or the consonant stacked under it)."""
    if not 0 < index < len(text) or not KHMER.match(text[index]) or not KHMER.match(text[index - 1]):
        return False
    return SYLLABLE_START.match(text, index) is None or text[index - 1] == COENG
