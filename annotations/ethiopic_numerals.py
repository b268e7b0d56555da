"""Ethiopic numerals ("፳፫", 23; "፳፻፲፰", 2018): the one reader of their value, for the claims' figures
(``claims.normalise``) and the suggested figure highlights (``suggestions.claims``) alike.

Units (፩-፱) and tens (፲-፺) add up to a group of two digits; "፻" multiplies the group before it by a hundred and
"፼" all written before it by ten thousand; a group of one before a multiplier is left unwritten ("፻" is 100, "፼"
10,000, "፼፼" a hundred million)."""

import re
import unicodedata

ETHIOPIC_NUMERALS = "\u1369-\u137c"
ETHIOPIC_NUMERAL = re.compile(f"[{ETHIOPIC_NUMERALS}]+")
ETHIOPIC_HUNDRED, ETHIOPIC_TEN_THOUSAND = 100, 10_000


def ethiopic_value(numerals: str) -> int:
    """The value of a run of Ethiopic numerals ("፳፻፲፰" 2018, "፼፳፫፻፵፭" 12345, "፻፼" a million, "፼፼" a hundred
    million)."""
    total = section = group = 0
    for character in numerals:
        value = int(unicodedata.numeric(character))
        if value < ETHIOPIC_HUNDRED:
            group += value
        elif value == ETHIOPIC_HUNDRED:
            section += (group or 1) * ETHIOPIC_HUNDRED
            group = 0
        else:
            unwritten = not (total or section or group)
            total = (total + section + group + unwritten) * ETHIOPIC_TEN_THOUSAND
            section = group = 0
    return total + section + group
