"""More classes of biased language beside those of ``bias_cues``, each a class of words (``rhetoric_classes``)
with a context check. Every suggestion names its rule and says why:

- ``subjective``: adjectives that pass a verdict. A word counts when the subjectivity lexicon the ``textblob``
  package ships (De Smedt and Daelemans) rates its adjective senses strongly subjective (mean subjectivity
  >= 0.7) and clearly polar (mean absolute polarity >= 0.3), or VADER rates it (|valence| >= 1.0); Brill's
  tagger list must give it as an adjective, and it must stand where an adjective stands: before a noun after a
  determiner, a possessive, a verb, "and" or a comma ("a chaotic final year", "paying huge rents"), or closing
  its clause after a copula ("the claim was laughable"). Adjectives that measure or classify ("latest",
  "cold", "rare", "mock") are left out whatever their rating; a participle counts only before a noun.
- ``intensifier``: a grading "-ly" adverb before an adjective ("deeply troubling", "fiercely unpopular"), not
  one made from a relational adjective ("politically sensitive") or one of time, measure or hedging; a plain
  booster before a subjective adjective ("so awful"); an amplifying adjective before a noun ("fierce", "huge").
- ``evaluative``: an adverb of manner made from a subjective adjective beside its verb ("reacted angrily"),
  verbs of plunder, ridicule and evasion ("fleeced", "mocked", "ducked"), words that dismiss a claim.
- ``puffery`` and ``editorializing``: the praise and the comment words of Wikipedia's "Words to watch", the
  guide behind the biased-language corpus of Recasens et al. (2013).
- ``emotive``: nouns of strong emotion or disaster and verbs of provoking it (MBIC and BABE find them loaded).
- ``hyperbole``: quantities made boundless, records claimed, sizes told by comparison, the hype of sport
  and weather (wins as demolition, weather as an attack or an oven — the oven only in a line about weather).
- ``loaded_label`` and ``journalese``: labels of groups, spending and wrongdoers; the newspaper's descriptors
  and verbs ("beleaguered", "cash-strapped", "hit out at", "a row over").
- ``metaphor`` and ``idiom``: fights and retreats, affliction and fuel, a seizing hand, people as a flow
  (not in a line about water), stock clichés, and two constructions open to any verb ("clawed her way back",
  "slug it out").
- ``official_framing``: the stock devices of official statements and state media (vague agents blamed unnamed,
  "pretext", "provocations", set formulas of self-praise), not where the line gives their plain sense.
- ``exclamation``: a sentence of the writer's own that ends in "!"; ``rhetorical_question``: a question the
  writer asks in a paragraph of statements.
- more ``metaphor``: a change in a market, a mood or a plan told as heat, a ruin, a taste, a press or a diluted
  drink ("prices cool", "the valuation collapsed", "watered down"; not in a line about weather, buildings,
  vessels or a body), politics as a show or a contest ("Thursday's drama", "the clear losers"), votes and crowds
  as a landslide or a stampede, growth as swelling, markets as people with nerves, results as easy travel or
  a crash, and a simile after a verb of seeming or treating ("look like a liability").
- more ``evaluative``: a noun VADER rates made the predicate, closing its clause or taking "of" ("the lanes
  are a triumph."); a subjective adjective also counts before a name after a determiner ("the mighty
  Rovers"), before a noun after a copula ("will be overwhelming favourites"), after the "as" of a predicate
  ("condemned the attack as cowardly"), and a participle of feeling closing its sentence after a copula
  ("workers are exhausted.").
- more ``editorializing``: a verdict stated as a denial (correctio: "that is not a plan.") and Quirk et al.'s
  emphasizers ("simply", "plainly", "frankly", "literally").
- more ``emotive``: speech or a reaction told as anger boiling over or as boasting and complaining, where a
  neutral verb would report it ("fumed", "a row erupted", "bragged", "laughed off"; Lakoff and Kövecses' anger
  metaphors, Levin's complain verbs), not where a volcano or a fire makes the words literal.
- more ``intensifier``: degree told by distance or emphatic negation ("far too late", "never once", "no fewer
  than"; Quirk et al.), and a refusal made absolute by its adverb ("flatly rejected").
- more ``metaphor``, ``hyperbole`` and ``journalese``: a recovery told as a charge ("clawed back"), a loss as
  erosion or a blow ("chipping away at", "hit hard"), trouble as drowning ("floundering"; not in real water), an
  ordinary event as something smashed ("smashed the record"; not where glass really breaks), and the sports
  page's labels for players ("the wantaway ace", "his talisman"; not an ace that is served or counted).
- more ``intensifier`` and ``metaphor``: a quantity played down by a minimizer ("just 38 pupils", "barely 1%";
  Quirk et al.'s downtoners, not a point in time), and a risk told as a gamble or a bet (not at the bookmaker's).
- literal senses and measures are left alone: a market's flight ("surged", "cratered") only in a line about a
  quantity, a win as demolition not where a building comes down, an amplifier with a physical sense ("heated",
  "seismic") only before a noun of talk or change, and a ranking superlative ("one of the most polluted") ranks
  rather than boosts.

Nothing here fires inside the protected ranges (quotations) or inside a capitalised name. The suggester reads a
word set in capitals for emphasis as the word (``rhetoric.unshouted``: "a CALLOUS gang").
"""

import re
from bisect import bisect_left
from functools import cache

from annotations.suggestions import subjectivity
from annotations.suggestions.base import LETTERS, stripped_end
from annotations.suggestions.rhetoric_classes import (
    ABSOLUTE_REFUSAL,
    AFFLICTION_AND_FUEL,
    AMPLIFIED_DEGREE,
    AMPLIFIERS,
    APPRAISAL_ADJECTIVES,
    CLICHE,
    COMEBACK,
    CONFLICT_AND_RETREAT,
    DEMOLITION,
    DENIAL,
    DESTRUCTION,
    DISMISSIVE,
    DROWNING,
    EDITORIALIZING,
    EMOTIVE,
    EROSION_AND_BLOW,
    EXCLAMATION,
    FIGURATIVE_AFTER_PHYSICAL,
    GAMBLE,
    GRIP,
    HEAT_CHANGE,
    HEATED_SPEECH,
    HEATED_SPEECH_BASE,
    HYPERBOLE,
    IT_OUT,
    JOURNALESE,
    LEFT_IN_A_STATE,
    LITERAL_BETTING,
    LITERAL_BREAKAGE,
    LITERAL_ERUPTION,
    LITERAL_FIGHT,
    LITERAL_HEAT,
    LITERAL_SHOW,
    LITERAL_STRUCTURE,
    LITERAL_VIOLENCE,
    LITERAL_WATER,
    LOADED,
    MARKET_FLIGHT,
    MINIMIZED_QUANTITY,
    OFFICIAL_DEVICES,
    OFFICIAL_FRAMING,
    OFFICIAL_LITERAL,
    OVEN,
    PHYSICAL_AMPLIFIERS,
    PHYSICAL_THINGS,
    PLAIN_BOOSTERS,
    PLAYER_LABELS,
    PLUNDER,
    POURED_IN,
    PROVOKING,
    PUFFERY,
    QUANTITY_LINE,
    RIDICULE,
    RUIN_CHANGE,
    SHOW,
    SIMILE,
    SIZE_AMPLIFIERS,
    SPECTACLE,
    SWELLING_AND_NERVES,
    VIOLENCE_FIGURE,
    WAY_CONSTRUCTION,
    WEATHER_LINE,
)
from annotations.suggestions.wording import vader_rating

WORD = re.compile(rf"{LETTERS}(?:[-'’]{LETTERS})*")
VADER_VALENCE = 1.0
# A past participle VADER rates strongly positive, before a noun, grants esteem ("the prized wicket", "a cherished
# ritual"); strongly negative ones stay out, since before a noun they mostly report an event ("the jailed man",
# "a killed soldier") rather than judge it.
ESTEEM_PARTICIPLE_VALENCE = 2.3
# A numeral or a score right after a word ("a magnificent 112", "a stunning 3-0 win", "a 62-4"): the word
# before it, after a determiner, stands where an adjective stands, whatever case follows the number.
NUMERAL_AFTER = re.compile(r" \d[\d,.]*(?:[-–/]\d+)?(?=[\s.,;:!?)]|$)")
SUBJECTIVITY = 0.7
POLARITY = 0.3
PARTICIPLE_POLARITY = 0.4
# Adverbs count when their adjective is subjective at all: "-ly" turns a judging adjective into a judging degree.
ADVERB_SUBJECTIVITY = 0.5
# Adjectives that measure time, order, size, temperature or ownership in news prose, however the lexicon
# rates their rarer senses.
MEASURING_ADJECTIVES = frozenset(
    "own free late latest early hot cold warm cool dry wet fresh next last past present full empty open closed "
    "high low long short big small large little old young new real main major minor final total public private "
    "live dead single double only other same certain sure ready due able likely possible "
    "clear simple complex current recent modern general special specific regular natural national local "
    "official political social economic financial military legal medical scientific "
    # words that name a role, a state or an operation in news prose, whatever their valence
    "positive negative successful responsible critical active offensive defensive effective illegal "
    # adjectives that classify rather than grade
    "mock dummy replica joint mixed blind "
    # and adjectives of frequency and faintness
    "rare common frequent faint slight "
    # and adjectives of state, origin and measure ("in stable condition", "the original plan", "the true
    # figure", "a clean air zone")
    "stable original true clean "
    # and adjectives of how a thing is held or fastened ("a loose ball", "loose roof tiles", "a slack rope")
    "loose tight slack taut rigid".split()
)
DETERMINERS = frozenset(
    "a an the this that these those their his her its our my your such some any no every each another "
    "what whose more most less least so too very really quite rather pretty as how".split()
)
# Determiners before an adjective that grades a name ("the mighty Rovers"): not the demonstratives or degree words.
NAME_DETERMINERS = frozenset("a an the their his her its our".split())
COPULAS = frozenset(
    "is are was were be been being remains remain remained looked looks look seemed seems seem appeared "
    "appears felt feels became become becomes stayed sounds sounded proved proves".split()
)
DEGREE_WORDS = frozenset(
    "so too very really quite rather pretty increasingly utterly deeply truly downright simply most more".split()
)
# An adjective right after a verb opens its object ("paying huge rents", "faces stiff opposition").
OBJECT_BEFORE = frozenset("VB VBD VBG VBP VBZ".split())
CLAUSE_AFTER = frozenset("and but or that about at with to over by than as so for in".split())
# Adverbs that order, time or hedge whatever their base: "-ly" words of the calendar, of manner of record.
NEUTRAL_ADVERBS = frozenset(
    "early only likely daily weekly monthly yearly nearly newly recently currently previously finally initially "
    "originally fully partly mostly largely mainly publicly politically officially formally legally financially "
    "economically socially locally nationally internationally widely generally usually normally typically "
    "eventually effectively respectively particularly especially directly separately jointly independently "
    "apparently reportedly allegedly roughly approximately exactly precisely simply merely certainly clearly "
    "easily quickly slowly safely freely fairly heavily highly closely entirely completely totally "
    # hedges, and adverbs that give the size of a change: they measure rather than judge
    "potentially possibly probably presumably supposedly significantly substantially considerably "
    "markedly slightly marginally moderately sharply steeply gradually steadily relatively comparatively "
    "increasingly progressively".split()
)


@cache
def vader_valence() -> dict[str, float]:
    from annotations.suggestions.bias_cues import vader_lexicon

    return vader_lexicon()


def adverb_base(adverb: str) -> str | None:
    """The subjective adjective an "-ly" adverb is made from ("angrily" -> "angry", "painfully" -> "painful")."""
    lower = adverb.lower()
    if not lower.endswith("ly") or len(lower) < 6 or lower in NEUTRAL_ADVERBS:
        return None
    table = subjectivity.adjectives()
    stem = lower[:-2]
    for base in (stem, stem[:-1] + "y" if stem.endswith("i") else None, stem + "e",
                 stem[:-2] if stem.endswith("al") else None, lower[:-1] if lower.endswith("bly") else None,
                 stem + "l" if stem.endswith("l") else None):
        entry = table.get(base) if base else None
        if entry is not None and entry.subjectivity >= ADVERB_SUBJECTIVITY and base not in MEASURING_ADJECTIVES:
            return base
    return None


def _degree_adverb(word: str) -> bool:
    """An "-ly" adverb that grades rather than classifies: not one of time, measure or hedging, and not made
    from a relational adjective ("politically", "genetically", "environmentally"), which says in what
    respect, not how much."""
    lower = word.lower()
    if not lower.endswith("ly") or len(lower) < 6 or lower in NEUTRAL_ADVERBS or subjectivity.tag(lower) != "RB":
        return False
    return not lower.endswith(("ally", "ically")) or adverb_base(lower) is not None


def is_subjective_adjective(word: str, participle: bool = False) -> bool:
    """Strongly subjective in the Pattern lexicon, or clearly valenced in VADER's; an adjective by Brill's list.
    With ``participle``, a participle the Pattern lexicon rates as an adjective counts too ("a gripping final"):
    only before a noun, where it cannot be a verb's tense."""
    lower = word.lower()
    if lower in MEASURING_ADJECTIVES:
        return False
    if lower in APPRAISAL_ADJECTIVES:
        return True
    entry = subjectivity.adjectives().get(lower)
    tag = subjectivity.tag(lower)
    tags = ("JJ", "", "VBG", "VBN") if participle else ("JJ", "")
    if entry is not None and entry.subjectivity >= SUBJECTIVITY and entry.polarity >= POLARITY and tag in tags:
        return True
    if participle and tag == "VBN" and vader_valence().get(lower, 0.0) >= ESTEEM_PARTICIPLE_VALENCE:
        return True  # "the prized wicket", "a treasured possession": esteem, where a plain one would be "the taken"
    return tag == "JJ" and abs(vader_valence().get(lower, 0.0)) >= VADER_VALENCE


def official_device(match: re.Match) -> str:
    """The reason for an ``OFFICIAL_FRAMING`` match: that of the one device (group) it matched."""
    return OFFICIAL_DEVICES[match.lastgroup][1]


def _rating(word: str) -> str:
    if word.lower() in APPRAISAL_ADJECTIVES:
        return "an adjective of appraisal (Martin and White)"
    entry = subjectivity.adjectives().get(word.lower())
    if entry is not None and entry.subjectivity >= SUBJECTIVITY:
        return (f"subjectivity {entry.subjectivity:.1f} of 1, polarity {entry.polarity:+.1f} on a -1 to +1 scale, "
                f"in the Pattern lexicon")
    return vader_rating(vader_valence().get(word.lower(), 0.0))


def _adjective_like(word: str) -> bool:
    """Tagged an adjective, or an unknown hyphenated word ("error-strewn"); a participle counts when the
    subjectivity lexicon knows it as an adjective ("troubling", "worried")."""
    tag = subjectivity.tag(word)
    return tag == "JJ" or (not tag and "-" in word) or (
        tag in ("VBN", "VBG") and word.lower() in subjectivity.adjectives()
    )


def _noun_or_adjective(word: str) -> bool:
    """A noun or an adjective by Brill's list, or a base-form verb that doubles as a noun ("a huge boost"); a
    lower-case word the list lacks is most likely a noun."""
    tag = subjectivity.tag(word)
    return word[:1].islower() and (tag.startswith("NN") or tag in ("JJ", "VB", "VBP", "VBZ") or not tag)


def _previous(words, i):
    return words[i - 1].group().lower() if i > 0 else ""


def _between(text, words, i):
    """The characters between word ``i - 1`` and word ``i``."""
    return text[words[i - 1].end() : words[i].start()] if i > 0 else text[: words[i].start()]


def _adjective_place(text, words, i, attributive_only: bool = False) -> bool:
    """Before a noun or another adjective ("a chaotic final year", "for damp, cramped flats"); or closing its
    clause after a copula, with or without a degree word between ("the claim was laughable", "is so dire")."""
    word = words[i]
    following = words[i + 1] if i + 1 < len(words) else None
    gap_after = text[word.end() : following.start()] if following else text[word.end() :]
    copula_at = i - 2 if _previous(words, i) in DEGREE_WORDS else i - 1
    between = text[words[copula_at].end() : word.start()] if copula_at >= 0 else ""
    after_copula = copula_at >= 0 and (words[copula_at].group().lower() in COPULAS or _predicative_as(words, copula_at))
    if after_copula and all(c.isalpha() or c == " " for c in between):
        if attributive_only:
            return False
        rest = gap_after.strip()
        return following is None or rest[:1] in (".", ",", ";", ":", "!", "?", "—", "–") or (
            rest == "" and (following.group().lower() in CLAUSE_AFTER
                            # or before the noun it grades: "will be overwhelming favourites"
                            or gap_after == " " and _common_noun(following.group()))
        )
    before = _between(text, words, i).strip()
    previous = _previous(words, i)
    if NUMERAL_AFTER.match(gap_after) and not before and (
        previous in NAME_DETERMINERS
        or text[max(0, stripped_end(text, word.start()) - 2) : stripped_end(text, word.start())].endswith(("'s", "’s"))
    ):
        return not attributive_only or word.group()[:1].islower()  # "a magnificent 112", "a stunning 3-0 win"
    if following is None or gap_after not in (" ", ", "):
        return False
    if not _noun_or_adjective(following.group()):
        # Before a name, after a determiner: "the mighty Rovers", "one of the great Wembley upsets".
        return (following.group()[:1].isupper() and word.group()[:1].islower() and gap_after == " " and not before
                and previous in NAME_DETERMINERS and not word.group().endswith("ed"))
    if following.group().lower() in CLAUSE_AFTER:
        return False
    previous_tag = subjectivity.tag(words[i - 1].group()) if i > 0 else ""
    return (
        i == 0 and not before
        or not before and (previous in DETERMINERS or previous in ("and", "but") or previous_tag in OBJECT_BEFORE
                           or previous_tag in ("IN", "TO") and previous != "of")
        or before in (",", ":", "—", "–")
        or text[max(0, stripped_end(text, word.start()) - 2) : stripped_end(text, word.start())].endswith(("'s", "’s"))
    )


GREETINGS = frozenset(
    f"{adjective} {noun}" for adjective in ("good", "happy", "merry")
    for noun in ("morning", "afternoon", "evening", "night", "luck", "birthday", "christmas", "new", "easter")
)


def _predicative_participle(text, words, i) -> bool:
    """A participle the Pattern lexicon rates as a strongly subjective adjective, closing its sentence after a
    copula ("workers are exhausted."): a state or a feeling the writer asserts, not a passive, which would go
    on with its agent or its time ("was arrested by", "were shocked at")."""
    word = words[i].group()
    entry = subjectivity.adjectives().get(word.lower())
    if (entry is None or entry.subjectivity < SUBJECTIVITY or entry.polarity < PARTICIPLE_POLARITY
            or subjectivity.tag(word) != "VBN" or word.lower() in MEASURING_ADJECTIVES):
        return False
    copula_at = i - 2 if _previous(words, i) in DEGREE_WORDS else i - 1
    if copula_at < 0 or words[copula_at].group().lower() not in COPULAS:
        return False
    return text[words[i].end() : words[i].end() + 1] in ("", ".", "!", "?", ";")


RANKING_BEFORE = frozenset("of among".split())


NECESSITY_WORDS = frozenset("necessary essential needed required unavoidable".split())
CONDITION = re.compile(r"(?<![\w-])(?:if|unless)\s+$", re.IGNORECASE)


def fixed_condition(text: str, start: int, adjective: str) -> bool:
    """A degree word before a word of necessity after "if" or "unless" ("travel only if absolutely necessary"): a
    fixed condition of official advice, not a statement turned up."""
    return adjective.lower() in NECESSITY_WORDS and CONDITION.search(text[max(0, start - 10) : start]) is not None


def _superlative_most(words, i) -> bool:
    """"the most" after "of" or "among" ranks a thing in its set ("one of the most polluted cities", "among the
    most dangerous sports"): a comparison among things, not a degree word turning the adjective up."""
    return (words[i].group().lower() == "most" and _previous(words, i) == "the"
            and _previous(words, i - 1) in RANKING_BEFORE)


def _predicative_as(words, at) -> bool:
    """"as" that opens an object's predicate ("condemned the attack as senseless", "described it as dire"), not
    one of a comparison ("as good as", "such as", "as soon as")."""
    if words[at].group().lower() != "as" or at < 2:
        return False
    following = words[at + 2].group().lower() if at + 2 < len(words) else ""
    return words[at - 1].group().lower() not in ("such", "so", "as", "just", "well") and following != "as"


def _participle_as_adjective(text, words, i) -> bool:
    """An "-ing" word before a noun is an adjective after a determiner or a possessive ("a gripping final",
    "Saturday's thrilling win"); elsewhere it is a verb with its object ("without cutting pay")."""
    if not words[i].group().lower().endswith("ing"):
        return True
    before = stripped_end(text, words[i].start())
    return _previous(words, i) in NAME_DETERMINERS or text[max(0, before - 2) : before].endswith(("'s", "’s"))


def _common_noun(word: str) -> bool:
    """A lower-case word Brill's list gives as a noun, or lacks (most likely a noun: "favourites")."""
    tag = subjectivity.tag(word)
    return word[:1].islower() and (tag.startswith("NN") or not tag)


def _inside_name(text, words, i) -> bool:
    if not words[i].group()[:1].isupper():
        return False
    before = stripped_end(text, words[i].start())
    return bool(before) and text[before - 1] not in ".!?:\"“‘'(" and i > 0 and words[i - 1].group()[:1].isupper()


# Figures whose words also have a literal sense, and the pattern that marks a line using it: a line that matches
# is left alone by that figure.
LITERAL_SENSES = {
    CONFLICT_AND_RETREAT: LITERAL_FIGHT,  # a clash of armies or boxers is a fight
    VIOLENCE_FIGURE: LITERAL_VIOLENCE,  # a killing, a shooting or a torched car is violence
    HEATED_SPEECH: LITERAL_ERUPTION,  # a volcano erupts, a fire rages, a pan boils over
    DESTRUCTION: LITERAL_BREAKAGE,  # glass shatters, a racket is smashed, homes are wrecked
    DEMOLITION: LITERAL_STRUCTURE,  # homes are demolished, a car is crushed
    GAMBLE: LITERAL_BETTING,  # a punter's bet at the bookmaker's
    PLAYER_LABELS: LITERAL_VIOLENCE,  # a hitman who kills
    DROWNING: LITERAL_WATER,  # a swimmer or a boat in real water
    SHOW: LITERAL_SHOW,  # a drama on the screen or a circus in the park is a show
    OFFICIAL_FRAMING: OFFICIAL_LITERAL,  # forces in physics, "in certain countries", provocation at law
}


def cues(text: str, free) -> list[tuple[int, int, str, str]]:
    """(start, end, rule, reason) of these classes in one line; ``free(start, end)`` says a range is outside
    the protected quotations."""
    found = []
    words = list(WORD.finditer(text))
    for i, match in enumerate(words):
        word = match.group()
        start, end = match.span()
        if not free(start, end) or _inside_name(text, words, i) or (word[:1].isupper() and i > 0 and word.isupper()):
            continue
        base = adverb_base(word)
        following = words[i + 1] if i + 1 < len(words) and text[end : words[i + 1].start()] == " " else None
        if base is not None:
            if (following is not None and _adjective_like(following.group()) and following.group()[:1].islower()
                    and not fixed_condition(text, start, following.group())):
                found.append((start, following.end(), "intensifier",
                              f"“{word} {following.group()}”: a degree adverb of the subjective word “{base}” "
                              "turns up the adjective (an intensifier)."))
                continue
            previous_tag = subjectivity.tag(words[i - 1].group()) if i > 0 else ""
            next_tag = subjectivity.tag(following.group()) if following is not None else ""
            if (previous_tag.startswith("VB") and text[words[i - 1].end() : start] == " "
                    or next_tag.startswith("VB") and following.group()[:1].islower()):
                found.append((start, end, "evaluative",
                              f"“{word}” judges how it was done (an adverb of the subjective word “{base}”)."))
            continue
        if (following is not None and _degree_adverb(word) and following.group()[:1].islower()
                and subjectivity.tag(following.group()) == "JJ"
                and following.group().lower() not in MEASURING_ADJECTIVES):
            found.append((start, following.end(), "intensifier",
                          f"“{word} {following.group()}”: a degree adverb before an adjective grades it for the "
                          "reader (an intensifier)."))
            continue
        if (word.lower() in PLAIN_BOOSTERS and following is not None and following.group()[:1].islower()
                and is_subjective_adjective(following.group()) and not _superlative_most(words, i)):
            found.append((start, following.end(), "intensifier",
                          f"“{word} {following.group()}”: a degree word turns up a subjective adjective "
                          "(an intensifier)."))
            continue
        if following is not None and _measures_a_thing(text, word, following):
            continue  # "a towering crane", "a huge crater": a size, no verdict
        if (word.lower() in AMPLIFIERS and following is not None and following.group()[:1].islower()
                and following.group().lower() not in CLAUSE_AFTER
                and (word.lower() not in PHYSICAL_AMPLIFIERS
                     or following.group().lower() in FIGURATIVE_AFTER_PHYSICAL)):
            found.append((start, end, "intensifier", f"“{word}” amplifies the noun it grades (an intensifier)."))
            continue
        if word.lower() in PUFFERY and (following is not None and _noun_or_adjective(following.group())
                                        or _adjective_place(text, words, i)):
            found.append((start, end, "puffery", f"“{word}” praises without informing (puffery)."))
            continue
        if following is not None and f"{word} {following.group()}".lower() in GREETINGS:
            continue  # "Good morning": a greeting, not a verdict
        if i > 0 and _superlative_most(words, i - 1):
            continue  # the adjective of a ranking superlative ("one of the most polluted cities") measures
        if (is_subjective_adjective(word) and _adjective_place(text, words, i)
                or is_subjective_adjective(word, participle=True) and _adjective_place(text, words, i, True)
                and _participle_as_adjective(text, words, i)):
            found.append((start, end, "subjective",
                          f"“{word}” passes a verdict (a subjective adjective: {_rating(word)})."))
        elif _predicative_participle(text, words, i):
            found.append((start, end, "subjective",
                          f"“{word}” closes its sentence after a copula as an adjective of state or feeling "
                          f"({_rating(word)})."))
    for pattern, rule, reason in (
        (EMOTIVE, "emotive", "a noun of strong emotion or disaster that tells the reader how to feel"),
        (HYPERBOLE, "hyperbole", "hyperbole: a quantity made boundless, or a result or the weather made larger "
                                 "than life"),
        (LOADED, "loaded_label", "a loaded label that carries a verdict on those it names"),
        (JOURNALESE, "journalese", "a newspaper cliché that passes a verdict on someone's standing"),
        (EDITORIALIZING, "editorializing", "the writer's comment on the fact rather than the fact (an editorializing "
                                           "adverb)"),
        (CONFLICT_AND_RETREAT, "metaphor", "a disagreement told as a fight or a change of course told as a retreat "
                                           "(a conventional metaphor)"),
        (CLICHE, "idiom", "a stock idiom, not a description"),
        (WAY_CONSTRUCTION, "idiom", "a way made by force, not a description of travel (a figurative construction)"),
        (IT_OUT, "idiom", "a contest told as a fight to the end (a figurative construction)"),
        (PROVOKING, "emotive", "a verb of strong emotion that tells the reader how to feel"),
        (GRIP, "metaphor", "weather, a mood or a cost told as a hand that seizes or teeth that bite (a "
                           "conventional metaphor)"),
        (RIDICULE, "evaluative", "a verb of ridicule or evasion that judges how it was done (a loaded verb)"),
        (PLUNDER, "evaluative", "money taken told as plunder or money spent told as excess (a loaded verb)"),
        (DISMISSIVE, "evaluative", "a word that dismisses a claim instead of answering it"),
        (SHOW, "metaphor", "politics, business or sport told as a show (a conventional metaphor)"),
        (SPECTACLE, "metaphor", "politics or business told as a contest, or votes and crowds as a landslide or a "
                                "stampede (a conventional metaphor)"),
        (SWELLING_AND_NERVES, "metaphor", "growth told as swelling or bleeding, a market as a person with "
                                          "nerves, a result as effortless travel or a crash, or a reputation "
                                          "told before the fact (a conventional metaphor)"),
        (VIOLENCE_FIGURE, "metaphor", "criticism, defeat or a cut told as violence (a conventional metaphor)"),
        (SIMILE, "metaphor", "a simile after a verb of seeming or treating: the writer likens rather than "
                             "describes"),
        (DENIAL, "editorializing", "a verdict stated as a denial (correctio): the writer rules a reading out"),
        (OFFICIAL_FRAMING, "official_framing", None),  # the reason names the device that matched
        (AFFLICTION_AND_FUEL, "metaphor", "a trouble told as an affliction or a trap, or a cause told as fuel or a "
                                          "wreck (a conventional metaphor)"),
        (HEATED_SPEECH, "emotive", "speech or a reaction told as anger boiling over, as boasting or complaining, or "
                                   "as a snub, where a neutral verb would report it (a loaded reporting verb)"),
        (AMPLIFIED_DEGREE, "intensifier", "degree told by distance or by emphatic negation (an amplifier)"),
        (ABSOLUTE_REFUSAL, "intensifier", "a refusal or a verdict made absolute by its adverb (a maximizer)"),
        (MINIMIZED_QUANTITY, "intensifier", "a quantity played down by a minimizer: the writer tells the reader the "
                                            "number is small"),
        (GAMBLE, "metaphor", "a risk told as a gamble or a bet (a conventional metaphor)"),
        (COMEBACK, "metaphor", "a recovery told as a charge or a fight (a conventional metaphor)"),
        (DESTRUCTION, "hyperbole", "an ordinary event told as something smashed, shattered or torn (hyperbole)"),
        (DEMOLITION, "hyperbole", "a win told as crushing or demolition (hyperbole)"),
        (PLAYER_LABELS, "journalese", "the sports page's label for a player, naming a role rather than a position "
                                      "(journalese)"),
        (EROSION_AND_BLOW, "metaphor", "a loss told as eating away or as a blow (a conventional metaphor)"),
        (DROWNING, "metaphor", "trouble told as drowning (a conventional metaphor)"),
    ):
        literal = LITERAL_SENSES.get(pattern)
        if literal is not None and literal.search(text):
            continue  # the line uses the figure's words in their literal sense
        for match in _at_words(pattern, text, words):
            if free(*match.span()) and not (match.group()[:1].isupper() and _name_at(text, match.start(), words)):
                said = reason or official_device(match)
                found.append((*match.span(), rule, f"“{match.group()}” is {said}."))
    found += _heated_speech_base(text, words, free)
    if not LITERAL_WATER.search(text):
        for match in POURED_IN.finditer(text):
            if free(*match.span()):
                found.append((*match.span(), "metaphor",
                              f"“{match.group()}” tells people or money as a flow of water (a conventional metaphor)."))
    weather = WEATHER_LINE.search(text) is not None
    literal_heat = weather or LITERAL_HEAT.search(text) is not None
    for pattern, literal in ((HEAT_CHANGE, literal_heat), (RUIN_CHANGE, LITERAL_STRUCTURE.search(text) is not None)):
        for match in () if literal else _at_words(pattern, text, words):
            if match.group().lower() == "cool" and not _after_plural_subject(text, match.start(), words):
                continue  # "a cool reception", "to cool": the verb of a market is told of a plural ("prices cool")
            if free(*match.span()) and not (match.group()[:1].isupper() and _name_at(text, match.start(), words)):
                found.append((*match.span(), "metaphor",
                              f"“{match.group()}” tells a change as heat, a ruin, a taste or a press "
                              "(a conventional metaphor)."))
    if QUANTITY_LINE.search(text):
        for match in _at_words(MARKET_FLIGHT, text, words):
            if free(*match.span()) and not (match.group()[:1].isupper() and _name_at(text, match.start(), words)):
                found.append((*match.span(), "hyperbole",
                              f"“{match.group()}” tells a price or a market as flight or a fall (hyperbole)."))
    if weather:
        for match in OVEN.finditer(text):
            if free(*match.span()):
                found.append((*match.span(), "hyperbole",
                              f"“{match.group()}” tells the weather as an oven (hyperbole)."))
    for match in EXCLAMATION.finditer(text) if "!" in text else ():
        start = match.start() + len(match.group()) - len(match.group().lstrip())
        if free(start, match.end()) and len(WORD.findall(match.group())) >= 4:
            found.append((start, match.end(), "exclamation", "The writer's own sentence ends in an exclamation mark."))
    found += _rhetorical_questions(text, free)
    found += _verdict_nouns(text, words, free)
    found += _left_in_a_state(text, words, free)
    return found


def _heated_speech_base(text: str, words, free) -> list[tuple[int, int, str, str]]:
    """The base form of a verb of ``HEATED_SPEECH_BASE`` where it is a verb: after a plural subject ("ministers
    boast", "critics moan") or "to" ("rushed to boast"); the same word after an article is a noun ("a boast")."""
    found = []
    if LITERAL_ERUPTION.search(text):
        return found
    for match in _at_words(HEATED_SPEECH_BASE, text, words):
        previous = bisect_left(words, match.start(), key=lambda word: word.start()) - 1
        before = words[previous].group() if previous >= 0 else ""
        plural_subject = subjectivity.tag(before) == "NNS" or before.lower() in ("they", "we", "to")
        adjacent = previous >= 0 and text[words[previous].end() : match.start()] == " "
        if plural_subject and adjacent and free(*match.span()):
            found.append((*match.span(), "emotive",
                          f"“{match.group()}” is speech or a reaction told as anger boiling over, as boasting or "
                          "complaining, or as a snub, where a neutral verb would report it (a loaded reporting "
                          "verb)."))
    return found


def _after_plural_subject(text: str, start: int, words) -> bool:
    """The word before ``start`` is a plural noun by Brill's list ("prices cool", "markets cool")."""
    previous = bisect_left(words, start, key=lambda word: word.start()) - 1
    return previous >= 0 and subjectivity.tag(words[previous].group()) == "NNS"


def _left_in_a_state(text: str, words, free) -> list[tuple[int, int, str, str]]:
    found = []
    valence = vader_valence()
    for match in _at_words(LEFT_IN_A_STATE, text, words):
        state = match.group(2).lower()
        entry = subjectivity.adjectives().get(state)
        rated = abs(valence.get(state, 0.0)) >= VADER_VALENCE * 1.5 or (
            entry is not None and entry.subjectivity >= SUBJECTIVITY and entry.polarity >= POLARITY)
        if rated and state not in MEASURING_ADJECTIVES and free(match.start(2), match.end(2)):
            found.append((match.start(2), match.end(2), "emotive",
                          f"“left {match.group(2)}”: people told as left in a state of feeling (an emotive frame)."))
    return found


# A noun that passes a verdict when the writer makes it the predicate and it closes the clause or takes "of" or
# "for" ("the lanes are a triumph.", "a triumph of engineering", "a disaster for passengers"): VADER rates it,
# Brill's list gives it as a noun; not the head of a longer phrase ("a danger to life", "a fraud investigator").
VERDICT_NOUN_VALENCE = 1.5
PREDICATE_BEFORE = COPULAS | frozenset("like as".split())


def _verdict_nouns(text: str, words, free) -> list[tuple[int, int, str, str]]:
    found = []
    valence = vader_valence()
    for i in range(len(words) - 2):
        if words[i].group().lower() not in PREDICATE_BEFORE or words[i + 1].group().lower() not in ("a", "an"):
            continue
        for j in (i + 2, i + 3):
            if j >= len(words) or text[words[j - 1].end() : words[j].start()] != " ":
                break
            noun = words[j].group()
            score = valence.get(noun.lower(), 0.0)
            if noun[:1].islower() and subjectivity.tag(noun).startswith("NN") and abs(score) >= VERDICT_NOUN_VALENCE:
                closes = text[words[j].end() : words[j].end() + 1] in ("", ".", ",", ";", "!", "?", ":") or (
                    j + 1 < len(words) and words[j + 1].group() in ("of", "for")
                    and text[words[j].end() : words[j + 1].start()] == " ")
                if closes and free(words[j].start(), words[j].end()):
                    found.append((words[j].start(), words[j].end(), "evaluative",
                                  f"“{noun}” passes a verdict as the predicate (a noun; {vader_rating(score)})."))
                break
    return found


SENTENCE_RULES = frozenset({"exclamation", "rhetorical_question"})
# A sentence starts at the line's start or after a stop: the matches are those of the pattern without the look
# behind (a failed try inside a run of words fails from every later letter of that run too), but a long line
# without a stop is read once, not once per letter.
SENTENCE = re.compile(r"(?<![^.!?])[^.!?]+[.!?]+(?=\s|$)")


def _rhetorical_questions(text: str, free) -> list[tuple[int, int, str, str]]:
    """A question the writer asks in a paragraph of statements ("But is this progress? The figures say not."):
    the line must also hold a statement of four words or more, so that a headline, a crosshead or a prompt
    ("Already a subscriber? Sign in") is no paragraph of prose."""
    if "?" not in text:
        return []
    sentences = [(m.start() + len(m.group()) - len(m.group().lstrip()), m.end(), m.group().strip())
                 for m in SENTENCE.finditer(text)]
    statements = [s for s in sentences if s[2].endswith(".") and len(WORD.findall(s[2])) >= 4]
    if not statements:
        return []
    return [
        (start, end, "rhetorical_question", "The writer asks a question in a paragraph of statements "
                                            "(a rhetorical question).")
        for start, end, sentence in sentences
        if sentence.endswith("?") and len(WORD.findall(sentence)) >= 4 and free(start, end)
    ]


def _at_words(pattern: re.Pattern, text: str, words) -> list[re.Match]:
    """``pattern.finditer(text)`` tried only where a word starts, as every pattern here begins with a word: the
    same matches, several times faster on long alternations."""
    found = []
    reached = 0
    for word in words:
        if word.start() < reached:
            continue
        match = pattern.match(text, word.start())
        if match is not None:
            found.append(match)
            reached = match.end()
    return found


def _name_at(text: str, start: int, words) -> bool:
    """A capitalised match after a capitalised word is part of a name; ``words``: the line's words, in order."""
    before = stripped_end(text, start)
    if not before or text[before - 1] in ".!?:\"“‘'(":
        return False
    previous = bisect_left(words, before, key=lambda word: word.start()) - 1  # the last word starting before
    return previous >= 0 and words[previous].group()[:1].isupper()


def _measures_a_thing(text, word, following) -> bool:
    """ "a towering crane", "a huge crater": a word of size before a concrete thing measures it; "a huge mountain of
    paperwork" makes the thing a figure of quantity."""
    return (word.lower() in SIZE_AMPLIFIERS and following.group().lower() in PHYSICAL_THINGS
            and not text[following.end() :].lower().startswith(" of "))
