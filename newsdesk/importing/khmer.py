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
# A consonant alone (no independent vowel): what a syllable that may take a final consonant opens on.
CONSONANT = re.compile(f"[{CONSONANTS}]")
CLOSING_SIGN = re.compile("[\u17c6\u17c7]$")  # the nikahit "ំ" and the reahmuk "ះ", which end a syllable
# The script's letters: its consonants and independent vowels (no sign, mark, digit or stop).
CONSONANT_OR_INDEPENDENT_VOWEL = re.compile("[\u1780-\u17b3]")


def syllables(run: str) -> list[str]:
    """``run`` split into its syllables, which together spell it as written ("សាលារៀន": "សា", "លា", "រៀ", "ន")."""
    starts = [match.start() for match in SYLLABLE_START.finditer(run) if match.start() > 0]
    edges = [0, *starts, len(run)]
    return [run[start:end] for start, end in zip(edges, edges[1:], strict=False) if run[start:end]]


# A syllable that is a consonant alone, or one marked as a final consonant by the bantoc "់" (or "៍", "៌"), closes
# the syllable before it: "ផ្សា" and "រ" are the one syllable "ផ្សារ", "ចា" and "ស់" "ចាស់", "អ្ន" and "ក" "អ្នក".
# A syllable closed already takes no other: the consonant after it opens a syllable of its own, with the vowel the
# script leaves unwritten ("នគ" and "រ" of "នគរ"), and so is a syllable ending on the nikahit "ំ" or the reahmuk
# "ះ" ("កំ" and "ពង់" of "កំពង់").
FINAL = re.compile(f"[{CONSONANTS}][\u17c9\u17ca]?[\u17cb\u17cd\u17ce]")
BARE = re.compile(f"[{CONSONANTS}][\u17c9\u17ca]?")


def spoken_syllables(run: str) -> list[str]:
    """``run`` split into its syllables as spoken, each final consonant with the syllable it closes (``FINAL``,
    ``BARE``): "សាលារៀន": "សា", "លា", "រៀន"."""
    spoken: list[str] = []
    closed = True
    for syllable in syllables(run):
        if not closed and (FINAL.fullmatch(syllable) or BARE.fullmatch(syllable)):
            spoken[-1] += syllable
            closed = True
        else:
            spoken.append(syllable)
            closed = not CONSONANT.match(syllable) or CLOSING_SIGN.search(syllable) is not None
    return spoken


def cuts_a_syllable(text: str, index: int) -> bool:
    """Cutting ``text`` before ``index`` would cut a syllable of Khmer in two (a consonant from its vowel signs, its
    coeng or the consonant stacked under it)."""
    if not 0 < index < len(text) or not KHMER.match(text[index]) or not KHMER.match(text[index - 1]):
        return False
    return SYLLABLE_START.match(text, index) is None or text[index - 1] == COENG
