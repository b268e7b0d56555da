"""A match's score and its minute marks, read where a sentence states them as figures.

A score ("2–1", "3-2") is two small figures joined by a dash: one figure of kind ``score``, never two counts, when
the sentence reads as a result: a team's name on either side of it ("Kestle Albion 3–2 Brisworth Town"), a verb of
winning or losing a few words before it ("beat ten-man Brisworth 1-0", "lost 2-3"), or a noun of a result right after
it ("a 4-2 victory", "a 2–1 away win"). Its value is the same whichever side is named first (the winner's goals, then
the loser's: 302 for 3–2 and 2–3), since outlets write it from either side. Without such a context the dash is a
range or a tally ("aged 5-11", "ruled 7-2") and stays as it was read.

A minute mark ("87'", "90+4'", "the 58th minute", "a 23rd-minute header") is a moment of the match, of kind
``minute``: two outlets' marks of one event may differ (57th, 58th) and are compared as such, never as counts of
minutes ("For 70 minutes" is a duration, and stays a count).

The words are each language's (``SCORE_VERBS``, ``SCORE_NOUNS``, ``MINUTE_WORDS``, ``ORDINAL_ENDINGS``); English
only for now. Pure: no database.
"""

from __future__ import annotations

import functools
import re

SCORE_VERBS = {
    "en": frozenset("beat beats beating won win wins winning lost lose loses losing drew draw draws drawing led lead "
                    "leads leading trailed trail trails trailing thrashed edged routed".split()),
}
SCORE_NOUNS = {
    "en": frozenset("win wins victory victories defeat defeats loss losses draw draws lead scoreline result "
                    "aggregate thrashing".split()),
}
MINUTE_WORDS = {"en": frozenset({"minute"})}
ORDINAL_ENDINGS = {"en": ("st", "nd", "rd", "th")}

SCORE, MINUTE = "score", "minute"  # the kinds of figure read here
SCORE_WINDOW = 6  # the verb of a result stands this many words before the score at most
NOUN_WINDOW = 2  # the noun of a result, right after it or behind one word ("a 2–1 away win")
MAX_GOALS = 99
SMALL = re.compile(r"^\d{1,2}$")
SCORE_DASH = re.compile(r"^(?:[-–—]| [–—] )$")
MARK = re.compile(r"^[’'′]")
STOPPAGE = re.compile(r"^\+$")
LETTER_AFTER = re.compile(r"^[’'′][^\W\d_]")


def _capitalised(word: str) -> bool:
    return word[:1].isalpha() and word[:1].isupper()


def score_at(text: str, toks: list[tuple[str, int, int]], lowered: list[str], i: int,
             language: str = "en") -> tuple[str, float, str, int] | None:
    """The score that token ``i`` opens: (its kind, value, as written, the next token's index), or None."""
    verbs, nouns = SCORE_VERBS.get(language), SCORE_NOUNS.get(language)
    if verbs is None or i + 1 >= len(toks) or not (SMALL.match(toks[i][0]) and SMALL.match(toks[i + 1][0])):
        return None
    if not SCORE_DASH.match(text[toks[i][2]:toks[i + 1][1]]):
        return None
    before = toks[i - 1][0] if i else ""
    after = toks[i + 2][0] if i + 2 < len(toks) else ""
    between_teams = _capitalised(before) and _capitalised(after)
    won = any(word in verbs for word in lowered[max(0, i - SCORE_WINDOW):i])
    result = any(word in nouns for word in lowered[i + 2:i + 2 + NOUN_WINDOW])
    if not (between_teams or won or result):
        return None
    a, b = int(toks[i][0]), int(toks[i + 1][0])
    high, low = max(a, b), min(a, b)
    return SCORE, float(high * (MAX_GOALS + 1) + low), text[toks[i][1]:toks[i + 1][2]], i + 2


@functools.cache
def _ordinal(language: str) -> re.Pattern:
    """The pattern of an ordinal figure of ``language`` ("58th", "23rd-minute"): the figure, its ending
    (``ORDINAL_ENDINGS``) and perhaps a word joined to it by a hyphen; compiled once for each language."""
    return re.compile(r"(\d{1,3})(?:" + "|".join(ORDINAL_ENDINGS[language]) + r")(?:-(\w+))?")


def minute_at(text: str, toks: list[tuple[str, int, int]], lowered: list[str], i: int,
              language: str = "en") -> tuple[str, float, str, int] | None:
    """The minute mark that token ``i`` opens: (its kind, the minute, as written, the next token's index), or None."""
    words = MINUTE_WORDS.get(language)
    if words is None:
        return None
    word = toks[i][0]
    if word.isdecimal() and len(word) <= 3:
        after = text[toks[i][2]:toks[i][2] + 2]
        if MARK.match(after) and not LETTER_AFTER.match(after):
            return MINUTE, float(word), text[toks[i][1]:toks[i][2] + 1], i + 1
        if (i + 1 < len(toks) and STOPPAGE.match(text[toks[i][2]:toks[i + 1][1]]) and toks[i + 1][0].isdecimal()
                and MARK.match(text[toks[i + 1][2]:toks[i + 1][2] + 1])):
            return MINUTE, float(int(word) + int(toks[i + 1][0])), text[toks[i][1]:toks[i + 1][2] + 1], i + 2
        return None
    ordinal = _ordinal(language).fullmatch(lowered[i])
    if ordinal is None:
        return None
    if ordinal.group(2) in words:
        return MINUTE, float(ordinal.group(1)), word, i + 1
    if ordinal.group(2) is None and i + 1 < len(toks) and lowered[i + 1] in words:
        return MINUTE, float(ordinal.group(1)), text[toks[i][1]:toks[i + 1][2]], i + 2
    return None
