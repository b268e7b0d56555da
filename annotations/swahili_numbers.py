"""Swahili's figures in words: the one table of them, for the claims' figures (``claims.normalise``, which reads their
values) and the suggested figure highlights (``suggestions.claims``, which reads which words are figures) alike.

The numbers two to five and eight agree with the noun they count: a prefix of its class before the stem ("watu
wawili", two people; "visima vitatu", three wells; "magari manane", eight lorries; "nyumba tano", five houses, whose
class writes the stem bare, and "mbili" for two). Six, seven, nine, ten and the tens agree with nothing ("sita",
"kumi", "ishirini"). "na" (and) joins what adds ("kumi na mbili", twelve; "ishirini na tano", twenty-five); "mia"
(hundred), "elfu" (thousand), "milioni" and "bilioni" come before what they multiply, a word or digits ("mia tatu",
300; "elfu mbili", 2,000; "milioni 2.5"). "moja" (one) is left out, as English's "one" is: it is also "a", "the
same". An ordinal is the number after the particle "of" agreeing with its noun ("kifo cha nne", the fourth death;
"siku ya tatu", the third day; ``ORDINAL_PARTICLES``): a place in a series, not a count, unless a hedge makes the
particle its own ("zaidi ya tatu", more than three).
"""

import re

AGREEING_STEMS = {"wili": 2, "tatu": 3, "nne": 4, "tano": 5, "nane": 8}
# The prefixes of the plural classes the counted noun sets before an agreeing stem: people (wa-), trees (mi-),
# the ma- class, things (vi-), places (pa-, ku-); the n- class writes the stem bare, but for "mbili" (two).
CLASS_PREFIXES = ("wa", "mi", "ma", "vi", "pa", "ku")
PLAIN = {
    "mbili": 2,
    "sita": 6,
    "saba": 7,
    "tisa": 9,
    "kumi": 10,
    "ishirini": 20,
    "thelathini": 30,
    "arobaini": 40,
    "hamsini": 50,
    "sitini": 60,
    "sabini": 70,
    "themanini": 80,
    "tisini": 90,
}
# "matatu" is also the minibus; "usiku wa manane" the dead of night (``NIGHT``).
HOMOGRAPHS = frozenset({"matatu"})
UNITS = (
    PLAIN
    | AGREEING_STEMS
    | {
        prefix + stem: value
        for stem, value in AGREEING_STEMS.items()
        for prefix in CLASS_PREFIXES
        if prefix + stem not in HOMOGRAPHS
    }
)
NIGHT = ("usiku", "wa", "manane")
# Words of scale, before what they multiply.
SCALES = {"mia": 100, "elfu": 1_000, "milioni": 1_000_000, "bilioni": 1_000_000_000}
AND = "na"
ORDINAL_PARTICLES = frozenset("wa ya la cha vya za kwa pa mwa".split())
HEDGES_WITH_PARTICLE = frozenset({"zaidi", "chini"})
# Words of other languages that a Swahili number word is also written as, Italian and Spanish "mia" (my), Italian
# "sita" (located): read as figures only where the text is known to be Swahili.
SHARED_WITH_OTHER_LANGUAGES = frozenset({"mia", "sita"})
# Shillings, written before the sum ("Sh milioni 2.5", "TSh 500"), and the word for per cent before the figure
# ("asilimia 30").
CURRENCIES_BEFORE = {"sh": "SHILLING", "shs": "SHILLING", "tsh": "SHILLING", "ksh": "SHILLING", "ush": "SHILLING"}
PERCENT_BEFORE = "asilimia"
# Hedges before a figure: bounds, those that put what is counted above the figure ("zaidi ya 340", more than 340),
# then those that put it below ("karibu 300", nearly 300); then roundings.
BOUND_HEDGES_UP = ("zaidi ya", "angalau", "takribani zaidi ya")
BOUND_HEDGES_DOWN = ("chini ya", "karibu")
BOUND_HEDGES = BOUND_HEDGES_UP + BOUND_HEDGES_DOWN
ROUNDING_HEDGES = ("takriban", "takribani", "kiasi cha", "wastani wa")
# The hours are counted from dawn and from dusk, as Amharic counts them: "saa 3 asubuhi" (the third hour of the
# morning) is 9 a.m., "saa 7:40 mchana" 1.40 p.m., "saa 2 usiku" 8 p.m.; the part of the day after the hour says
# which count it is (its hours added to the hour), and "saa 12 asubuhi" (dawn) and "saa 12 jioni" (dusk) open theirs.
DAY_PARTS = {"asubuhi": 6, "mchana": 6, "alasiri": 6, "jioni": 18, "usiku": 18, "alfajiri": 18}
OPENING_TWELFTH = {"asubuhi": 6, "jioni": 18}
HOUR = "saa"


def value(words: list[str], i: int) -> tuple[float, int] | None:
    """The value of the number words starting at ``words[i]`` (lowered) and how many words they take; a word of scale
    takes the word or the digits after it ("mia tatu", "milioni 2.5"); None if none starts there."""
    if tuple(words[max(0, i - 2) : i + 1]) == NIGHT:
        return None
    total, j = 0.0, i
    while j < len(words):
        word = words[j]
        if word in SCALES:
            after = _term(words, j + 1)
            if after is None:
                break
            total, j = total + SCALES[word] * after[0], after[1]
        elif word in UNITS:
            total, j = total + UNITS[word], j + 1
        else:
            break
        if j + 1 < len(words) and words[j] == AND and (words[j + 1] in UNITS or words[j + 1] in SCALES):
            j += 1
            continue
        if j < len(words) and words[j] in SCALES and j > i and words[j - 1] not in SCALES:
            continue  # "elfu mbili mia tano": 2,500
        break
    return (total, j - i) if j > i else None


def ordinal(words: list[str], i: int) -> bool:
    """The number words at ``words[i]`` (lowered) are an ordinal: a particle of "of" before them, not a hedge's."""
    return i > 0 and words[i - 1] in ORDINAL_PARTICLES and not (i > 1 and words[i - 2] in HEDGES_WITH_PARTICLE)


def _term(words: list[str], k: int) -> tuple[float, int] | None:
    """What a word of scale multiplies: a number word, or digits written with a decimal point ("2.5")."""
    if k >= len(words):
        return None
    if words[k] in UNITS:
        return float(UNITS[words[k]]), k + 1
    digits = words[k].replace(",", "")
    if digits.replace(".", "", 1).isdigit():
        return float(digits), k + 1
    return None


# A finite verb is one word: its subject's concord, its tense and its stem ("wa-me-ugua", they have fallen ill;
# "i-li-sababisha", it caused; "wa-na-fanya", they are doing; "a-li-fariki", he died). A figure is followed by such a
# verb ("wagonjwa 230 wameugua": 230 patients have fallen ill), never counts it (the noun comes before the figure). The
# shape asks a stem of four letters or more, so that short nouns of the same letters are no verbs ("kitanda", a bed;
# "umeme", electricity); the nouns of that shape a report writes ("wanafunzi", pupils; "wataalamu", experts: "wana-",
# "children of", and "wa-" before a stem of a tense's letters) are listed apart. The class of abstract nouns (u-) and
# "m-" are left out: their nouns ("utafiti", research) outnumber their verbs after a figure.
VERB_SUBJECTS = ("ni", "tu", "a", "wa", "i", "zi", "li", "ya", "ki", "vi", "ku", "pa")
VERB_TENSES = ("ngali", "nge", "li", "me", "na", "ta", "ki")
VERB_SHAPE = re.compile(rf"(?:{'|'.join(VERB_SUBJECTS)})(?:{'|'.join(VERB_TENSES)})[a-z]{{4,}}")
NOUNS_OF_VERB_SHAPE = frozenset("""
    wanawake wanaume wanafunzi wananchi wanajeshi wanahabari wanasiasa wanasayansi wanasheria wanachama wanakijiji
    wanamichezo wanaharakati wanahisa wataalamu watafiti wakimbizi alizeti
""".split())


def verb(word: str) -> bool:
    """Whether ``word`` (in lower case) has a Swahili finite verb's shape (``VERB_SHAPE``) and is no noun of it."""
    return word not in NOUNS_OF_VERB_SHAPE and VERB_SHAPE.fullmatch(word) is not None
