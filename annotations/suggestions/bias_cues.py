"""Rhetoric beyond the editable lexicon: classes of biased language from the literature, read from
documented resources, each with a context check that keeps precision.

Policy. Recasens, Danescu-Niculescu-Mizil and Jurafsky (2013, "Linguistic Models for Analyzing and
Detecting Biased Language") found that the words editors remove as biased fall into a few classes:
subjective words, intensifiers, hedges, factive and assertive verbs. The news-bias datasets that followed
(BABE, MBIC) add loaded verbs and idioms. A suggestion here names its class, its rule and its reason:

- ``intensifier``: degree adverbs and adjectives that turn a statement up or down (VADER's booster list,
  shipped in the ``vaderSentiment`` package, in their adverb form, plus the maximizers "sheer", "utter",
  "downright", "outright" and the minimizers "barely", "hardly", "scarcely" of Quirk et al.'s grammar),
  when they modify the next word;
- ``evaluative``: adjectives and adverbs that pass a verdict, from VADER's valence lexicon (strong valence,
  adjective or adverb form only, so that the words naming events — "killed", "war" — are never taken);
- ``hype``: verbs and adjectives that dramatise a change or a reaction ("soared", "slammed", "sizzling",
  "whopping", "jaw-dropping"): the class of hyperbole that tabloid and weather writing share;
- ``idiom``: figurative expressions built on the body ("dig in their heels", "drag its feet", "red-faced").

Context checks: nothing inside a real quotation (four words or more: the speaker's words, which attribution
covers), nothing inside a capitalised name ("Great Britain"), no intensifier before a number or "than", and
none in a line of furniture (the suggester removes those first). Every resource works offline: VADER's
lexicon file and booster list are read from the installed package.
"""

import re
from functools import cache
from importlib.resources import files

TAG = "rhetoric"

# Degree words that intensify in adjective form (Quirk et al. 1985, maximizers and boosters).
MAXIMIZERS = frozenset("sheer utter downright outright".split())
# Minimizers: degree words that play a statement down ("barely covers").
MINIMIZERS = frozenset("barely hardly scarcely".split())
# Adverbs of the booster list that measure rather than judge in news prose ("fully booked").
MEASURING = frozenset("fully partly mostly largely mainly".split())
# The hyperbole class: verbs of dramatic motion or violence used for ordinary change and criticism,
# and adjectives of extreme degree. Inflections are matched by the pattern below.
HYPE_STEMS = (
    "soar", "skyrocket", "plummet", "plunge", "nosedive", "slam", "lambast", "savage",
    "sizzl", "scorch", "swelter", "whopping", "jaw-dropping", "eye-watering", "mind-boggling", "staggering",
    "stun", "shock", "meltdown", "fury", "furious", "fuming", "outrage", "slap", "reel", "crumbl", "rampage",
    "frenzy", "chaos", "carnage", "bombshell", "blistering", "thrash", "hammer", "cheer",
)
HYPE = re.compile(
    r"(?<![\w-])(" + "|".join(re.escape(stem) for stem in HYPE_STEMS)
    + r")(s|es|ed|d|ing|ning|ned|ped|ping|e|y)?(?![\w-])",
    re.IGNORECASE,
)
BODY_PARTS = "heels|feet|teeth|heart|head|hands|eyes|nose|neck|back|tongue|fingers|toes|shoulders|belt|hair"
IDIOM = re.compile(
    rf"(?<![\w-])\w+(?:s|ed|ing|ged|ging)?\s+(?:in\s+|out\s+|up\s+|off\s+)?(?:their|his|her|its|our|the)\s+(?:{BODY_PARTS})"
    rf"(?:\s+out\s+of)?(?![\w-])|(?<![\w-])\w+-(?:faced|eyed|hearted|handed|headed|footed|fisted|mouthed)(?![\w-])",
    re.IGNORECASE,
)
# Verbs that take body parts literally: a doctor "examined her hands" is no idiom.
LITERAL_VERBS = frozenset(
    "examined examine examines washed wash injured injure injuring broke break broken hurt hurting raised raise "
    "raises shook shake shaking held hold holds put puts putting cut cuts covered cover treated treat".split()
)
ADJECTIVE_FORM = re.compile(r"(ous|ful|ic|ive|able|ible|less|ly)$")
NEUTRAL_IN_NEWS = frozenset("positive negative successful responsible critical public political".split())
WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
EVALUATIVE_VALENCE = 2.5


@cache
def vader_lexicon() -> dict[str, float]:
    """Word -> mean valence (-4 … +4) from the lexicon file the vaderSentiment package ships."""
    rows = files("vaderSentiment").joinpath("vader_lexicon.txt").read_text("utf-8").splitlines()
    lexicon = {}
    for row in rows:
        parts = row.split("\t")
        if len(parts) >= 2 and parts[0].isalpha():
            try:
                lexicon[parts[0].lower()] = float(parts[1])
            except ValueError:
                continue
    return lexicon


@cache
def boosters() -> frozenset[str]:
    """VADER's intensifying degree words (positive boost), as adverbs, plus the maximizers."""
    from vaderSentiment.vaderSentiment import BOOSTER_DICT

    adverbs = {word for word, boost in BOOSTER_DICT.items() if boost > 0 and word.endswith("ly") and " " not in word}
    return frozenset(adverbs - MEASURING) | MAXIMIZERS | MINIMIZERS


def cues(text: str, protected: list[tuple[int, int]]) -> list[tuple[int, int, str, str]]:
    """(start, end, rule, reason) in ``text`` (one line) outside the ``protected`` ranges (quotations)."""

    def free(start, end):
        return not any(o <= start and end <= c for o, c in protected)

    found = []
    intensifiers = boosters()
    valence = vader_lexicon()
    for match in WORD.finditer(text):
        word = match.group()
        lower = word.lower()
        start, end = match.span()
        if not free(start, end) or (word[:1].isupper() and start > 0 and _inside_name(text, start)):
            continue
        if lower in intensifiers:
            following = WORD.match(text, end + 1) if text[end : end + 1] == " " else None
            if following is not None and following.group().lower() not in ("than", "as", "of", "to"):
                found.append((start, following.end(), "intensifier",
                              f"“{word}” intensifies “{following.group()}” (an intensifier: Recasens et al. 2013; "
                              "VADER booster list)."))
            continue
        score = valence.get(lower)
        if score is not None and abs(score) >= EVALUATIVE_VALENCE and ADJECTIVE_FORM.search(lower) and (
            lower not in NEUTRAL_IN_NEWS
        ):
            found.append((start, end, "evaluative",
                          f"“{word}” passes a verdict (a subjective word; VADER valence {score:+.1f})."))
    for match in HYPE.finditer(text):
        if free(*match.span()) and not (match.group()[:1].isupper() and _inside_name(text, match.start())):
            found.append((*match.span(), "hype", f"“{match.group()}” dramatises (hyperbole)."))
    for match in IDIOM.finditer(text):
        first = match.group().split()[0].lower()
        if first in LITERAL_VERBS or not free(*match.span()):
            continue
        found.append((*match.span(), "idiom", f"“{match.group()}” is a figurative idiom, not a description."))
    return _merge(found)


def _inside_name(text: str, start: int) -> bool:
    """A capitalised word after another capitalised word is part of a name ("Great Britain")."""
    before = text[:start].rstrip()
    if not before or before[-1] in ".!?:\"“‘'(":
        return False
    previous = WORD.findall(before)
    return bool(previous) and previous[-1][:1].isupper()


def _merge(found):
    """Overlapping cues become one, keeping the first cue's rule and reason."""
    found.sort(key=lambda cue: (cue[0], -cue[1]))
    merged = []
    for cue in found:
        if merged and cue[0] < merged[-1][1]:
            last = merged[-1]
            merged[-1] = (last[0], max(last[1], cue[1]), last[2], last[3])
        else:
            merged.append(cue)
    return merged
