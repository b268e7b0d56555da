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
- ``idiom``: figurative expressions built on the body ("dig in their heels", "drag its feet", "red-faced")
  and the stock idioms of news writing that style guides list as clichés ("bore the brunt", "under fire");
- ``metaphor``: the conventional metaphors of news writing (Lakoff and Johnson's conceptual metaphors): a
  struggle told as combat ("battling an addiction", "fought for years") when the line is not about armed
  conflict, a rescue or a ruin told as an object ("a lifeline", "a minefield", "a time bomb"), a market or a
  mood told as heat, weather or falling ("overheated", "dried up", "tumbled"), a quantity told as a flow of
  water ("a trickle of", "flooded with") when the line is not about water, want or exclusion told as hunger
  or a locked door ("starved of", "priced out", "sought shelter"), and nouns of verdict ("fiasco", "eyesore");
- loaded verbs that belittle how a thing is done ("tinkering", "dithered", "botched") count as evaluative;
- ``evaluative`` also covers weaker subjective adjectives (VADER valence of 1.2 or more) in an adjective's
  place — after "is"/"looked"/"remains", or between a determiner and a noun ("the shameless owner") — and
  the adverbs made from subjective words ("ridiculously", "woefully", and those of the hyperbole class:
  "dramatically") before the word they judge. After a copula, any subjective word that closes its clause is
  a predicative adjective ("was livid about"), whatever its ending; plurals and participles are not.
  Superlatives of subjective words after "the" or a possessive and before a word ("the brightest young
  minds") are hyperbole.

Context checks: nothing inside a real quotation (four words or more: the speaker's words, which attribution
covers), nothing inside a capitalised name ("Great Britain"), no intensifier before a number or "than", and
none in a line of furniture (the suggester removes those first). Every resource works offline: VADER's
lexicon file and booster list are read from the installed package.
"""

import re
from bisect import bisect_left
from functools import cache
from importlib.resources import files

from annotations.suggestions import evaluative_cues
from annotations.suggestions.base import LETTERS, overlapping, ranges_holding, stretches, stripped_end, stripped_start
from annotations.suggestions.subjectivity import tag as subjectivity_tag
from annotations.suggestions.subjectivity import with_british_spellings
from annotations.suggestions.wording import vader_rating

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
    # verbs of seizing and shaking told of ordinary gains and worries ("snatched a win", "rattled markets")
    "snatch", "rattle", "batter", "grab",
    # cuts told as blows ("slashed", "axed", "gutted"), money taken as loot ("pockets", "rakes in", "bumper")
    "slash", "axe", "gut", "pocket", "rake", "bumper", "fat cat", "fat-cat",
    # weather told as an attack or a siege ("Arctic blast", "big freeze", "braces for")
    "blast", "big freeze", "brace", "treacherous", "bitter",
    # adjectives of extreme degree (hyperbole): the fight, the weather or the result made larger than life
    "dramatic", "brutal", "bruising", "torrential", "gruelling", "grueling", "punishing", "ferocious", "vicious",
    "scathing", "withering", "damning", "explosive", "epic", "sensational", "spectacular", "extraordinary",
    "astonishing", "astounding", "colossal", "monumental", "devastating", "crushing", "nail-biting", "last-gasp",
    "heart-stopping", "thrilling", "dazzling", "breathtaking", "unbelievable", "incredible",
    # and importance claimed rather than shown (the "valuation" of appraisal theory): "a crucial league game"
    "crucial", "pivotal", "momentous", "vital",
    # and the extremes of crime and sport reporting that the valence lexicons lack (adjectives of extreme degree)
    "harrowing", "depraved", "thunderous", "sublime",
    # the hype nouns of health and science news that the guides to reporting medicine warn against: a cure told
    # as a miracle or a quest
    "miracle", "wonder drug", "holy grail",
    "seething", "incandescent", "apoplectic",
)
# A stem ending in "e" loses it before "-ed"/"-ing" ("plunge" -> "plunging").
HYPE = re.compile(
    r"(?<![\w-])(" + "|".join(re.escape(stem[:-1] if stem.endswith("e") else stem) for stem in HYPE_STEMS)
    + r")(s|es|ed|d|ing|ning|ned|ped|ping|ted|ting|e|y)?(?:\s+in)?(?![\w-])",
    re.IGNORECASE,
)
# Stock idioms of news writing (the "dying metaphors" of Orwell's essay and the style guides' lists of
# clichés), with the verb forms they take.
STOCK_IDIOMS = (
    r"(?:bear|bears|bore|borne|bearing) the brunt", r"(?:dash|dashes|dashed|dashing) (?:\w+ )?hopes",
    r"(?:seize|seizes|seized|seizing) (?:on|upon)", r"(?:throw|throws|threw|thrown|throwing) (?:it|the \w+) away",
    r"at loggerheads", r"war of words", r"in the firing line", r"on the back foot", r"up in arms",
    r"in hot water", r"under fire", r"writing on the wall", r"a slap in the face", r"the last straw",
    r"too little,? too late", r"a drop in the ocean", r"tip of the iceberg", r"(?:turn|turns|turned) a blind eye",
    r"(?:pull|pulls|pulled|pulling) the plug", r"(?:move|moves|moved|moving) the goalposts",
    r"kick(?:s|ed|ing)? the can down the road", r"dead and buried", r"(?:refuse|refuses|refused|refusing) to budge",
    r"(?:a|the) string of", r"head(?:s|ed)? for the exit", r"(?:hit|hits|hitting) the buffers",
    r"(?:open|opens|opened|opening) the floodgates", r"(?:a|the) perfect storm", r"(?:a|the) bitter pill",
    r"(?:an|the) uphill (?:battle|struggle|task)", r"paper(?:s|ed|ing)? over the cracks", r"a sigh of relief",
    r"(?:dress|dresses|dressed|dressing) up as", r"(?:pour|pours|poured|pouring) cold water on",
    r"(?:a|the) elephant in the room", r"(?:a|the) silver bullet", r"(?:a|the) rubber stamp",
    r"(?:turn|turns|turned|turning) (?:a|the) corner",
    # hope told as a thing raised and dashed ("raising hopes that", "dashed hopes of")
    r"(?:raise|raises|raised|raising) (?:\w+ )?hopes",
    # facing a loss told as staring at it ("staring at relegation", "staring down defeat")
    r"(?:stare|stares|stared|staring) (?:at|down)(?= (?:a |an |the )?\w+(?:ion|cy|ure|ment|ruptcy|feat|ath)\b)",
)
STOCK_IDIOM = re.compile(r"(?<![\w-])(?:" + "|".join(STOCK_IDIOMS) + r")(?![\w-])", re.IGNORECASE)
BODY_PARTS = "heels|feet|teeth|heart|head|hands|eyes|nose|neck|back|tongue|fingers|toes|shoulders|belt|hair"
IDIOM = re.compile(
    rf"(?<![\w-])\w+(?:s|ed|ing|ged|ging)?\s+(?:in\s+|out\s+|up\s+|off\s+)?(?:their|his|her|its|our|the)\s+(?:{BODY_PARTS})"
    rf"(?:\s+out\s+of)?(?![\w-])|(?<![\w-])\w+-(?:faced|eyed|hearted|handed|headed|footed|fisted|mouthed)(?![\w-])",
    re.IGNORECASE,
)
# Brill's tags of function words: prepositions, conjunctions, determiners, "to", wh-words.
FUNCTION_TAGS = frozenset("IN CC DT WDT WRB WP".split())
# Verbs that take body parts literally: a doctor "examined her hands" is no idiom.
LITERAL_VERBS = frozenset(
    "examined examine examines washed wash injured injure injuring broke break broken hurt hurting raised raise "
    "raises shook shake shaking held hold holds put puts putting cut cuts covered cover treated treat".split()
)
ADJECTIVE_FORM = re.compile(r"(ous|ful|ic|ive|able|ible|less|ly)$")
# Words that describe a role, a state or an operation in news prose, whatever their valence.
NEUTRAL_IN_NEWS = frozenset(
    "positive negative successful responsible critical public political active offensive defensive effective "
    "legal illegal official".split()
)
WORD = re.compile(rf"{LETTERS}(?:[-'’]{LETTERS})*")
EVALUATIVE_VALENCE = 2.5
# Weaker subjective words count in an adjective's place only (after a copula, or determiner + word + noun).
SLOT_VALENCE = 0.8
# Adjective endings; nouns that share them ("emergency", "charity", "funeral") are left out by the noun endings.
SLOT_ADJECTIVE = re.compile(
    r"(ous|ful|ic|ive|able|ible|less|\w{3}ish|ant|ent|id|ile|[^aeioyctrnmg]y|al|\w{4}ing|\w{3}[^e]en)$"
)
NOUN_ENDING = re.compile(r"(ity|ment|ness|ance|ence|ism|ist|ery|ary|ory|cy|ty|gy|ny|my|ry|ival|ial|eral|ival)$")
COPULAS = frozenset(
    "is are was were be been being remains remain remained looked looks look seemed seems seem appeared "
    "appears felt feels became become becomes stayed".split()
)
SLOT_DETERMINERS = frozenset(
    "a an the this that these those their his her its our my your such after amid despite with without".split()
)
FUNCTION_AFTER = frozenset(
    "of to and or in on at by for with from is are was were has have had will would can could should as than "
    "that which who".split()
)
# Participles of change describe a trend, not a verdict ("the worsening relations", "rising prices").
CHANGE_PARTICIPLES = frozenset(
    "worsening improving deteriorating declining growing rising falling increasing decreasing mounting "
    "easing weakening strengthening recovering".split()
)
# Adverbs that measure, order or hedge rather than judge, even when made from a valenced word.
NEUTRAL_ADVERBS = frozenset(
    "easily freely effectively successfully safely badly seriously critically fully heavily directly actively "
    "clearly certainly gently calmly honestly hopefully happily quickly slowly fairly".split()
)
# Conventional metaphors (Lakoff and Johnson 1980) as classes. Combat for a struggle — only where the line
# is not about armed conflict, where the same verbs are literal.
COMBAT = re.compile(
    r"(?<![\w-])(battl(?:e|es|ed|ing)|fight(?:s|ing)?|fought|wrestl(?:e|es|ed|ing)|grappl(?:e|es|ed|ing))(?![\w-])",
    re.IGNORECASE,
)
# Before a verb of combat: a vow to oppose ("vowed to fight the closure", the plain verb of a campaign) or a count
# ("unbeaten in 24 fights", literal bouts).
PLAIN_FIGHT = re.compile(
    r"(?:(?<![\w-])(?:vow|vows|vowed|vowing|pledge|pledges|pledged|pledging|promise|promises|promised|promising|"
    r"threaten|threatens|threatened|threatening)\s+to|\d)\s+$",
    re.IGNORECASE,
)
ARMED_CONFLICT = re.compile(
    r"(?<![\w-])(troops?|forces|army|armies|soldiers?|military|militants?|rebels?|insurgents?|fighters?|enemy|"
    r"missiles?|drones?|shelling|artillery|weapons?|front|war|wars|combat|firefighters?|blaze|fires?|wildfires?|"
    r"flames|police|gunmen|boxers?|boxing|bout|round|ring|title|knockout)(?![\w-])",
    re.IGNORECASE,
)
# Objects and states told as something else: rescue, danger, ruin, verdict.
METAPHOR_NOUNS = (
    "lifeline", "life-line", "minefield", "time bomb", "time-bomb", "tightrope", "quagmire", "rollercoaster",
    "roller-coaster", "wake-up call", "u-turn", "headache", "nightmare", "firestorm", "backlash", "revolt",
    "mutiny", "rebellion", "tax raid", "stealth tax", "crusade", "onslaught", "juggernaut", "witch-hunt",
    "witch hunt", "bloodbath", "hammer blow",
    "body blow", "double whammy", "perfect storm", "uphill battle", "death knell", "ticking clock",
    "fiasco", "debacle", "shambles", "farce", "disgrace", "travesty", "eyesore", "whitewash",
    "sham",
    # and the dismissive nouns the style guides list for a policy or a deal: a failure told as a crash, a
    # gesture as a trick, a cure as magic, a perk as a party
    "omnishambles", "car crash", "car-crash", "train wreck", "train-wreck", "cock-up", "masterstroke",
    "publicity stunt", "pr stunt", "political stunt", "cheap stunt",
    "smokescreen", "fig leaf", "fig-leaf", "sticking plaster", "sticking-plaster", "jamboree",
    "golden handshake", "golden goodbye", "pipe dream", "pipedream", "quick fix", "magic bullet", "hatchet job",
    "bluster", "soundbite", "gimmick", "headline-grabbing", "box-ticking", "tick-box",
    "pr exercise",
)
# Quantities told as a flow of water ("a trickle of homes", "a deluge of complaints", "flooded with"): only
# where the line is not about water, where the same words are literal.
FLOW = re.compile(
    r"(?<![\w-])(trickl(?:e|es|ed|ing)|torrents?\s+of|deluges?\s+of|avalanches?\s+of|tsunamis?\s+of|awash|"
    r"flood(?:s|ed|ing)?\s+(?:of|with|into|in)|flood(?:s|ed|ing)\s+(?:[a-z]+\s+){1,2}?with|floodgates)(?![\w-])",
    re.IGNORECASE,
)
LITERAL_WATER = re.compile(
    r"(?<![\w-])(rain\w*|rivers?|water|sea|seas|storms?|showers?|flood\s+warnings?|burst|pipes?|tides?|"
    r"drains?|waves?|downpours?|lakes?|reservoirs?)(?![\w-])",
    re.IGNORECASE,
)
# Want told as hunger, exclusion as a locked door, caution as shelter from weather (conceptual metaphors
# of deprivation and containment).
DEPRIVATION = re.compile(
    r"(?<![\w-])((?:starved|starving|starve|starves)\s+of|(?:locked|shut|priced)\s+out|"
    r"(?:seek|seeks|sought|seeking)\s+(?:shelter|refuge|a\s+safe\s+haven)|safe[\s-]havens?)(?![\w-])",
    re.IGNORECASE,
)
# Verbs that belittle how something is done (the loaded verbs of the news-bias datasets): a change told
# as fiddling, a delay as dithering, a failure as a botch, a concession as a cave-in (not "caves in the region",
# the noun before a place).
BELITTLING = re.compile(
    r"(?<![\w-])(tinker(?:s|ed|ing)?|dither(?:s|ed|ing)?|meddl(?:e|es|ed|ing)|botch(?:es|ed|ing)?|"
    r"bungl(?:e|es|ed|ing)|blunder(?:s|ed|ing)?|fudg(?:e|es|ed|ing)|flip-flop(?:s|ped|ping)?|"
    r"cav(?:e|es|ed|ing)\s+in(?!\s+(?:the|a|an|this|that|these|those|its|their|his|her|our|(?-i:[A-Z0-9]))\b))(?![\w-])",
    re.IGNORECASE,
)
# Heat, drought and falling for markets and moods.
METAPHOR_VERBS = re.compile(
    r"(?<![\w-])(overheat(?:ed|ing|s)?|(?:dried|drying|dries|dry) up|tumbl(?:e|es|ed|ing)|slump(?:s|ed|ing)?|"
    r"spiral(?:s|led|ling|ed|ing)?|freez(?:e|es|ing) out|froze out|slid(?:e|es|ing)?)(?![\w-])",
    re.IGNORECASE,
)
METAPHOR_NOUN = re.compile(
    r"(?<![\w-])(" + "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in METAPHOR_NOUNS) + r")(s|es)?(?![\w-])",
    re.IGNORECASE,
)


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
    return with_british_spellings(lexicon)


@cache
def boosters() -> frozenset[str]:
    """VADER's intensifying degree words (positive boost), as adverbs, plus the maximizers."""
    from vaderSentiment.vaderSentiment import BOOSTER_DICT

    adverbs = {word for word, boost in BOOSTER_DICT.items() if boost > 0 and word.endswith("ly") and " " not in word}
    return frozenset(adverbs - MEASURING) | MAXIMIZERS | MINIMIZERS


def cues(text: str, protected: list[tuple[int, int]]) -> list[tuple[int, int, str, str]]:
    """(start, end, rule, reason) in ``text`` (one line) outside the ``protected`` ranges (quotations)."""

    free = outside_ranges(protected)
    words = list(WORD.finditer(text))
    word_starts = [match.start() for match in words]

    def inside_name(start):
        """A capitalised word after another capitalised word is part of a name ("Great Britain")."""
        before = stripped_end(text, start)
        if not before or text[before - 1] in ".!?:\"“‘'(":
            return False
        previous = bisect_left(word_starts, before) - 1  # the last word that starts before ``before``
        return previous >= 0 and words[previous].group()[:1].isupper()

    found = []
    intensifiers = boosters()
    valence = vader_lexicon()
    for match in words:
        word = match.group()
        lower = word.lower()
        start, end = match.span()
        if not free(start, end) or (word[:1].isupper() and start > 0 and inside_name(start)):
            continue
        if lower in intensifiers:
            following = WORD.match(text, end + 1) if text[end : end + 1] == " " else None
            if (following is not None and following.group().lower() not in ("than", "as", "of", "to")
                    and not evaluative_cues.fixed_condition(text, start, following.group())):
                found.append((start, following.end(), "intensifier",
                              f"“{word}” intensifies “{following.group()}” (an intensifier: Recasens et al. 2013; "
                              "VADER booster list)."))
            continue
        score = valence.get(lower)
        if score is not None and abs(score) >= EVALUATIVE_VALENCE and ADJECTIVE_FORM.search(lower) and (
            lower not in NEUTRAL_IN_NEWS
        ):
            found.append((start, end, "evaluative",
                          f"“{word}” passes a verdict (a subjective word; {vader_rating(score)})."))
            continue
        if (lower in NEUTRAL_IN_NEWS or lower in NEUTRAL_ADVERBS or lower in CHANGE_PARTICIPLES
                or lower in evaluative_cues.MEASURING_ADJECTIVES or lower in evaluative_cues.NEUTRAL_ADVERBS):
            continue  # words that measure, classify or hedge ("the trend was clear", "the original plan")
        if score is not None and abs(score) >= SLOT_VALENCE and _in_adjective_place(text, start, end, lower) and not (
            word[:1].isupper() and _name_then_verb(text, end)
        ):
            found.append((start, end, "evaluative",
                          f"“{word}” judges what it describes (a subjective adjective; "
                          f"{vader_rating(score)})."))
            continue
        superlative_base = _superlative_base(lower, valence)
        if superlative_base is not None and _in_superlative_place(text, start, end):
            found.append((start, end, "hype",
                          f"“{word}” is a superlative of the subjective word “{superlative_base}” (hyperbole)."
                          if superlative_base != lower else
                          f"“{word}” is a superlative that passes a verdict ("
                          f"{vader_rating(valence[lower])}; hyperbole)."))
            continue
        adverb_base = _adverb_base(lower, valence)
        if adverb_base is not None and not _predicative(text, start):
            following = WORD.match(text, end + 1) if text[end : end + 1] == " " else None
            if following is not None and following.group().lower() not in FUNCTION_AFTER:
                found.append((start, end, "evaluative",
                              f"“{word}” judges “{following.group()}” (an adverb of the subjective word "
                              f"“{adverb_base}”)."))
    for match in HYPE.finditer(text):
        if match.group(2) == "y" and subjectivity_tag(match.group().lower()).startswith("NN"):
            continue  # a noun the stem happens to start ("battery" is no "batter")
        if free(*match.span()) and not _hype_word_as_name(text, match, inside_name):
            found.append((*match.span(), "hype", f"“{match.group()}” dramatises (hyperbole)."))
    for match in IDIOM.finditer(text):
        parts = match.group().lower().split()
        first = parts[0]
        if first in LITERAL_VERBS or not free(*match.span()) or subjectivity_tag(first) in FUNCTION_TAGS or (
            first == "to" and "the" in parts
        ):
            continue  # "since the head left", "a blow to the head": a literal head, not a verb's idiom
        found.append((*match.span(), "idiom", f"“{match.group()}” is a figurative idiom, not a description."))
    # A stock idiom counts inside a partial quotation too: the outlet chose to quote it ("accused him of
    # “papering over the cracks”"); not inside a quotation that opens the sentence (the speaker's own words).
    for match in STOCK_IDIOM.finditer(text):
        if free(*match.span()) or not any(o <= match.start() and match.end() <= c and _opens_sentence(text, o)
                                          for o, c in protected):
            found.append((*match.span(), "idiom", f"“{match.group()}” is a stock idiom, not a description."))
    literal_conflict = ARMED_CONFLICT.search(text) is not None
    literal_water = LITERAL_WATER.search(text) is not None
    for pattern, kind in ((COMBAT, "combat"), (METAPHOR_NOUN, "object"), (METAPHOR_VERBS, "motion"),
                          (FLOW, "flow"), (DEPRIVATION, "deprivation"), (BELITTLING, "belittling")):
        if kind == "combat" and literal_conflict or kind == "flow" and literal_water:
            continue
        for match in pattern.finditer(text):
            if not free(*match.span()) or (match.group()[:1].isupper() and inside_name(match.start())):
                continue
            if kind == "combat" and PLAIN_FIGHT.search(text[max(0, match.start() - 30) : match.start()]):
                continue  # "vowed to fight the closure", "unbeaten in 24 fights": opposition or a counted bout
            reason = {
                "combat": f"“{match.group()}” tells a struggle as combat (a conventional metaphor).",
                "object": f"“{match.group()}” is a conventional metaphor or a noun of verdict, not a description.",
                "motion": f"“{match.group()}” tells a change as heat, drought or a fall (a conventional metaphor).",
                "flow": f"“{match.group()}” tells a quantity as a flow of water (a conventional metaphor).",
                "deprivation": f"“{match.group()}” tells want or exclusion as hunger or a locked door "
                               "(a conventional metaphor).",
                "belittling": f"“{match.group()}” belittles how it is done (a loaded verb).",
            }[kind]
            found.append((*match.span(), "evaluative" if kind == "belittling" else "metaphor", reason))
    # The further classes fill in where these are silent: they never widen or rename a cue found above, and
    # what they cover beyond it stands on its own ("locked in a bruising price war" beside "bruising").
    # A whole sentence (an exclamation, a rhetorical question) is not cut around them: it is left out instead.
    earlier = stretches(found)
    for start, end, rule, reason in evaluative_cues.cues(text, free):
        if rule in evaluative_cues.SENTENCE_RULES:
            if not overlapping(earlier, start, end):
                found.append((start, end, rule, reason))
            continue
        found += [(s, e, rule, reason) for s, e in _outside(text, start, end, overlapping(earlier, start, end))]
    return _merge(found)


def _outside(text, start, end, found):
    """The parts of ``start:end`` that no cue in ``found`` covers, trimmed: a part left over must be a phrase of
    its own (two words or more, one of content), not a lone word cut from a pair."""
    parts = [(start, end)]
    for s, e, *_ in found:
        parts = [piece for ps, pe in parts for piece in ((ps, min(pe, s)), (max(ps, e), pe)) if piece[0] < piece[1]]
    if parts == [(start, end)]:
        return parts
    kept = []
    for ps, pe in parts:
        words = WORD.findall(text[ps:pe])
        if len(words) >= 2 and any(len(w) >= 3 and w.lower() not in FUNCTION_AFTER for w in words):
            left = ps + len(text[ps:pe]) - len(text[ps:pe].lstrip())
            kept.append((left, left + len(text[left:pe].rstrip())))
    return kept


NAME_VERBS = frozenset("said says told tells added adds wrote writes insisted argued warned".split())


def _hype_word_as_name(text: str, match, inside_name) -> bool:
    """A hype word written as a name: capitalised (not set in capitals for emphasis) and inside a name, in the
    middle of a sentence ("the minister, Savage, said"), or before a reporting verb ("Savage told …")."""
    word = match.group()
    if not word[:1].isupper() or word.isupper():
        return False
    start = match.start()
    before = stripped_end(text, start)
    mid_sentence = before > 0 and text[before - 1] not in ".!?:\"“‘'(—–-•"
    return mid_sentence or inside_name(start) or _name_then_verb(text, match.end())


def _name_then_verb(text: str, end: int) -> bool:
    """A capitalised word followed by a reporting verb is a name ("Hardy told …"), not an adjective."""
    following = WORD.match(text, end + 1) if text[end : end + 1] == " " else None
    return following is not None and following.group().lower() in NAME_VERBS


def _in_adjective_place(text: str, start: int, end: int, lower: str) -> bool:
    """An adjective's place: after a copula ("looked comfortable"), or after a determiner or at the start of
    a line and before a lower-case word that is not a function word ("the shameless owner")."""
    if lower.endswith("ly") or NOUN_ENDING.search(lower):
        return False
    previous = WORD.findall(text[max(0, start - 30) : start])
    before = stripped_end(text, start)
    previous_word = previous[-1].lower() if previous and text[before - 1 : before].isalpha() else ""
    if previous_word in COPULAS:
        if lower.endswith(("ing", "en")):
            return False  # "were fighting", "was broken": a verb's tense, not a verdict
        if SLOT_ADJECTIVE.search(lower):
            return True
        # Any subjective word closing the clause after a copula is a predicative adjective ("was livid."),
        # whatever its ending; plurals and participles are nouns and passives.
        return not lower.endswith(("s", "ed")) and lower not in IRREGULAR_PARTICIPLES and _ends_clause(text, end)
    if not SLOT_ADJECTIVE.search(lower):
        return False
    possessive = text[max(0, before - 2) : before].endswith(("'s", "’s"))
    if possessive and text[end : end + 2].strip()[:1].isdigit():
        return True  # "Saturday's humiliating 4-0 defeat"
    following = WORD.match(text, end + 1) if text[end : end + 1] == " " else None
    if following is None or not following.group()[:1].islower() or following.group().lower() in FUNCTION_AFTER:
        return False
    if not before and subjectivity_tag(lower).startswith("NN"):
        return False  # a line that opens with a noun compound ("Talent show judge quits")
    return previous_word in SLOT_DETERMINERS or possessive or not before


# An "-ly" adverb judges when its base carries any clear valence, or is an adjective of the hyperbole class
# ("dramatically", "brutally").
ADVERB_VALENCE = 1.0
HYPE_ADJECTIVES = frozenset(stem for stem in HYPE_STEMS if " " not in stem)


# Past participles without "-ed" or "-en": after a copula they make a passive, not a verdict ("was hurt").
IRREGULAR_PARTICIPLES = frozenset("hurt lost won hit shot struck stuck caught left held sold bought brought cut "
                                  "kept spent built sent lent bent burnt burned felt met paid laid led fled".split())
CLAUSE_AFTER = frozenset("and but or that about at with to over by than as so".split())


def _ends_clause(text: str, end: int) -> bool:
    """The word closes its clause: punctuation, the end of the line, or a conjunction or preposition next."""
    rest = stripped_start(text, end)
    if rest == len(text) or not text[rest].isalpha():
        return True
    following = WORD.match(text, rest)
    return following is not None and following.group().lower() in CLAUSE_AFTER


def _superlative_base(lower: str, valence: dict[str, float]) -> str | None:
    """The subjective adjective a superlative is made from ("brightest" -> "bright", "angriest" -> "angry")."""
    if not lower.endswith("est") or len(lower) < 6:
        return None
    stem = lower[:-3]
    bases = (stem, stem + "e", stem[:-1] + "y" if stem.endswith("i") else None,
             stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else None)
    if any(base in evaluative_cues.MEASURING_ADJECTIVES for base in bases):
        return None  # "the lowest rate", "the oldest club": a measure, not a verdict
    # The superlative itself may carry the valence ("the darkest days") where its base is not rated.
    for base in (lower, *bases):
        if base and abs(valence.get(base, 0.0)) >= ADVERB_VALENCE:
            return base
    return None


def _in_superlative_place(text: str, start: int, end: int) -> bool:
    """After "the", "its", "their" or a possessive, and before a lower-case word ("the brightest young minds")."""
    previous = WORD.findall(text[max(0, start - 20) : start])
    before = text[max(0, stripped_end(text, start) - 2) : stripped_end(text, start)]
    following = WORD.match(text, end + 1) if text[end : end + 1] == " " else None
    return (following is not None and following.group()[:1].islower()
            and following.group().lower() not in FUNCTION_AFTER
            and (bool(previous) and previous[-1].lower() in ("the", "its", "their", "his", "her", "our")
                 or before.endswith(("'s", "’s"))))


def _adverb_base(lower: str, valence: dict[str, float]) -> str | None:
    """The subjective word an "-ly" adverb is made from ("ridiculously" -> "ridiculous"), when it carries valence."""
    if not lower.endswith("ly") or len(lower) < 6 or lower in NEUTRAL_ADVERBS:
        return None
    stem = lower[:-2]
    for base in (lower, stem, stem[:-1] + "y" if stem.endswith("i") else None, stem + "e",
                 stem[:-2] if stem.endswith("al") else None):
        if base and (abs(valence.get(base, 0.0)) >= ADVERB_VALENCE or base in HYPE_ADJECTIVES):
            return base
    return None


def _predicative(text: str, start: int) -> bool:
    """An "-ly" word after a copula, with or without a degree word between, and not before an adjective or a
    participle ("were so poorly they", "were likely during"): an adjective of state in the predicate, not an
    adverb that judges how something was done."""
    previous = [word.lower() for word in WORD.findall(text[max(0, start - 30) : start])]
    if previous and previous[-1] in evaluative_cues.DEGREE_WORDS:
        previous.pop()
    if not previous or previous[-1] not in COPULAS:
        return False
    # before an adjective or a participle it is an adverb after all ("was swiftly rejected", "remain stubbornly
    # high")
    end = start + len(WORD.match(text, start).group())
    following = WORD.match(text, end + 1) if text[end : end + 1] == " " else None
    return following is None or subjectivity_tag(following.group().lower()) not in ("JJ", "VBN", "VBD", "VBG")


def _opens_sentence(text: str, position: int) -> bool:
    before = stripped_end(text, position)
    return not before or text[before - 1] in ".!?:"


def outside_ranges(ranges):
    """``free(start, end)``: no range of ``ranges`` holds ``start:end``."""
    holds = ranges_holding(ranges, opening_at_start=True)
    return lambda start, end: not holds(start, end)


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
