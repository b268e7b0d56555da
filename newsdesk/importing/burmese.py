"""Burmese (the Myanmar script), read in syllables: it writes no space between words, only between phrases, so a
run of its letters is split where a syllable starts, by the script's published syllable-break rule (as the
``sylbreak`` rule states it): a syllable starts at a consonant, unless an asat "်" or a virama "္" follows it (the
consonant closes the syllable before: "ကျပ်") or a virama precedes it (it is stacked under the one before, and
stays with it: "ပစ္စည်း" is one piece); and at an independent vowel, a digit, a sign or a mark of punctuation of
the script. A syllable's vowel signs and medials, which are marks, stay with it. Plain functions, no Django.
"""

import re

CONSONANTS = "\u1000-\u1021"
ASAT = "\u103a"
VIRAMA = "\u1039"
# Independent vowels, digits, the signs and the punctuation of the script: each starts a syllable of its own.
OTHERS = "\u1023-\u102a\u103f-\u104f"
SYLLABLE_START = re.compile(rf"(?<!{VIRAMA})[{CONSONANTS}](?![{ASAT}{VIRAMA}])|[{OTHERS}]")
MYANMAR = re.compile("[\u1000-\u109f]")
# The script's letters, marks, digits and signs, its stops "၊" and "။" apart: a run of them is a phrase of words.
LETTERS = "\u1000-\u1049\u104c-\u109f"
RUN = re.compile(f"[{LETTERS}]+")
# The honorifics that open a person's name, written onto it ("ဦးသန်းထိုက်", U Than Htaik; "ဒေါ်ခင်မြင့်အေး", Daw Khin
# Myint Aye; "ကိုနေလင်း", Ko Nay Lin; "ဒေါက်တာ နှင်းဝေဖြိုး", Dr Hnin Wai Phyo; "ပါမောက္ခ ဒေါ်စန်းစန်း", Professor).
HONORIFICS = ("ဦး", "ဒေါ်", "ကို", "မောင်", "ဒေါက်တာ ", "ဒေါက်တာ", "ပါမောက္ခ ", "ပါမောက္ခ")


def syllables(run: str) -> list[str]:
    """``run`` split into its syllables, which together spell it as written ("ဈေးသည်များ": "ဈေး", "သည်", "များ")."""
    starts = [match.start() for match in SYLLABLE_START.finditer(run) if match.start() > 0]
    edges = [0, *starts, len(run)]
    return [run[start:end] for start, end in zip(edges, edges[1:], strict=False) if run[start:end]]


def cuts_a_syllable(text: str, index: int) -> bool:
    """Cutting ``text`` before ``index`` would cut a syllable of Burmese in two (a consonant from its vowel signs,
    its asat or the consonant stacked under it)."""
    if not 0 < index < len(text) or not MYANMAR.match(text[index]) or not MYANMAR.match(text[index - 1]):
        return False
    return SYLLABLE_START.match(text, index) is None or text[index - 1] == VIRAMA
