"""A general scorer of the writer's subjective words, for what the rule classes of ``rhetoric`` miss.

The rules name words; this scorer never does. It describes each word of a content line only by what documented
lexicons and the word's context say about it, and weighs that description with a logistic regression:

- VADER's valence lexicon and booster list (``vaderSentiment``): how strongly the word is rated, which way, and
  whether it is a degree word that turns up the next one;
- the subjectivity lexicon of adjectives that ``textblob`` ships (De Smedt and Daelemans): subjectivity and
  absolute polarity of the word, or of the adjective an "-ly" adverb is made from ("angrily" -> "angry");
- Brill's tagger word list: the word's most frequent part of speech (adjective, comparative or superlative,
  adverb, verb form, noun, proper noun);
- the spelling list ``textblob`` ships (word counts from books, Wiktionary and the British National Corpus): how
  rare the word is, as vivid words are;
- the context: after a degree word or a copula, before a noun, capitalised or in capitals, in the headline,
  inside a short quotation, in a sentence that reports speech, in a line holding a real quotation, the ratings
  of the words either side; the word's length and whether it is a hyphenated compound; and the register of the
  article and of the line: the share of their words the lexicons rate.

The weights are fitted on the development pages by ``benchmarks/fit_rhetoric_weights.py`` and shipped as a small
JSON file (``data/rhetoric_word_weights.json``): at run time a word costs a few dictionary look-ups, a dot
product and a sigmoid. Words inside a real quotation (four words or more: the speaker's words) and function
words are never scored, nor the words of a short quotation reported by a neutral verb, nor a capitalised word
mid-sentence (a name), nor a word the rule classes hold neutral in news prose (``NEUTRAL_WORDS``: "latest",
"final", "currently"). In an article of plain
register (fewer than ``article_gate`` of its words rated: a wire story) the scorer stays silent, as its rated
words there mostly describe ("sophisticated weaponry"), and so it does in a text of fewer than 50 words of the
writer's, too short to tell a register by. Terms of the editable lexicon are left to the lexicon: where it did
not suggest its own term, the term stood in one of its neutral uses ("an isolated incident"). Runs of adjacent
words above the threshold make one suggestion, which names the rule ("subjective word") and says which features
carried it.
"""

import json
import math
import re
from functools import cache
from importlib.resources import files

from annotations.suggestions import bias_cues, evaluative_cues, rhetoric, subjectivity
from annotations.suggestions.base import LETTERS, Line, Suggestion, overlapping, stretches, stripped_end, stripped_start
from annotations.suggestions.lexicon import LexiconEntry
from annotations.suggestions.wording import with_article

TAG = "rhetoric"
RULE = f"{TAG}.subjective_word"
WORD = re.compile(rf"{LETTERS}(?:[-'’]{LETTERS})*")
WEIGHTS_FILE = "rhetoric_word_weights.json"
FEWEST_WORDS = 50  # of the writer's own, for a register to be told
MOST_SUBJECTIVE = 0.25  # about the highest share on the dev pages
RARE = 0.8  # a rarity the reason mentions: fewer than about ten occurrences in the counts

# Function words: never candidates (determiners, pronouns, prepositions, conjunctions, auxiliaries).
FUNCTION_WORDS = frozenset(
    "a an the this that these those there here their his her its our my your such some any no not every each "
    "another what which who whom whose when where why how i you he she it we they me him us them mine yours "
    "ours theirs itself himself herself themselves ourselves of in on at by for with from to into onto over "
    "under about after before between through during without within against among across along around upon "
    "off out up down than as and or but nor so yet if then because while although though whether also only "
    "be is are was were been being am do does did done doing have has had having will would shall should can "
    "could may might must ought just too very more most less least much many few all both either neither "
    "one two three four five six seven eight nine ten first second third s t".split()
)
# Words the rule classes hold neutral in news prose, whatever a lexicon rates them: adjectives that measure or
# classify ("latest", "final", "dead"), adverbs of time, measure or hedging ("currently", "sharply"), words that
# name a role or an operation ("critical", "offensive") and participles of change ("rising"). Never candidates.
NEUTRAL_WORDS = (evaluative_cues.MEASURING_ADJECTIVES | evaluative_cues.NEUTRAL_ADVERBS | bias_cues.NEUTRAL_IN_NEWS
                 | bias_cues.NEUTRAL_ADVERBS | bias_cues.CHANGE_PARTICIPLES)
DETERMINERS = evaluative_cues.DETERMINERS
COPULAS = evaluative_cues.COPULAS
QUOTE_MARKS = "“”\"«»„‘’'"

# The features, in the order of the weights; the fitting script and the tests read this tuple.
FEATURES = (
    "vader_strength",  # |valence| / 4 of the word, or of the adjective of an "-ly" adverb
    "vader_negative",
    "vader_known",
    "booster",  # a degree word of VADER's list
    "textblob_subjectivity",  # of the word as an adjective, or of the adjective of an "-ly" adverb
    "textblob_polarity",
    "textblob_known",
    "adjective",
    "comparative_or_superlative",
    "adverb",
    "ly_adverb_of_adjective",
    "verb_present",
    "verb_past",
    "verb_gerund",
    "noun",
    "proper_noun",
    "untagged",
    "after_degree_word",
    "after_copula",
    "after_determiner",
    "before_noun",
    "capitalised_mid_sentence",
    "all_capitals",
    "sentence_start",
    "headline",
    "in_short_quotation",
    "reported_sentence",
    "line_holds_quotation",
    "length",
    "hyphenated",
    "rarity",  # how rare the word is in the frequency list textblob ships (0 common … 1 absent)
    "absent_from_frequency_list",
    "vader_x_adjective",
    "vader_x_adverb",
    "vader_x_noun",
    "vader_x_verb",
    "subjectivity_x_adjective",
    "subjectivity_x_before_noun",
    "subjectivity_x_after_copula",
    "vader_x_capitalised",
    "vader_x_after_degree",
    "previous_vader_strength",  # of the word before, and after: a judging phrase spans several words
    "next_vader_strength",
    "previous_rarity",
    "next_rarity",
    "rarity_x_adjective",
    "rarity_x_noun",
    "rarity_x_verb",
    "gerund_x_before_noun",
    "participle_x_after_copula",
    "adjective_out_of_place",  # tagged an adjective but neither before a noun nor after a copula: a noun's use
    "positive_x_article",
    "article_subjectivity",  # the share of the article's candidate words the lexicons rate: its register
    "line_subjectivity",
    "vader_x_article",
    "rarity_x_article",
)


@cache
def _boosters() -> frozenset[str]:
    from vaderSentiment.vaderSentiment import BOOSTER_DICT

    return frozenset(word for word in BOOSTER_DICT if " " not in word)


@cache
def weights() -> dict:
    """The fitted model: ``features`` (names, in order), ``coefficients``, ``intercept`` and ``threshold``."""
    data = json.loads(files("annotations.suggestions").joinpath("data", WEIGHTS_FILE).read_text("utf-8"))
    if tuple(data["features"]) != FEATURES:
        raise ValueError("the rhetoric word weights were fitted on other features; run the fitting script again")
    return data


def _lookup_form(word: str) -> str:
    lower = word.lower().replace("’", "'")
    return lower[:-2] if lower.endswith("'s") else lower


def _tag_class(tag: str) -> str:
    if tag in ("JJ",):
        return "adjective"
    if tag in ("JJR", "JJS", "RBR", "RBS"):
        return "comparative_or_superlative"
    if tag == "RB":
        return "adverb"
    if tag in ("VB", "VBP", "VBZ"):
        return "verb_present"
    if tag in ("VBD", "VBN"):
        return "verb_past"
    if tag == "VBG":
        return "verb_gerund"
    if tag in ("NN", "NNS"):
        return "noun"
    if tag in ("NNP", "NNPS"):
        return "proper_noun"
    return "untagged" if not tag else ""


class _Word:
    """A candidate word with its features (a dict of name -> value) and what the reason quotes."""

    __slots__ = ("start", "end", "text", "features", "valence", "subjectivity", "base", "tag_class")

    def __init__(self, start, end, text, features, valence, subjectivity_value, base, tag_class):
        self.start, self.end, self.text, self.features = start, end, text, features
        self.valence, self.subjectivity, self.base, self.tag_class = valence, subjectivity_value, base, tag_class


def line_words(line: Line, headline: bool, article: float = 0.0) -> list[_Word]:
    """The candidate words of one content line with their features: every word that is not a function word,
    outside a real quotation and outside a short one reported by a neutral verb (the speaker's words).
    ``article`` is the article's register (``register``)."""
    text = line.text
    quoted = rhetoric._holding(rhetoric._quotations(text))
    short_quotes = [(o, c) for o, c in rhetoric._quote_pairs(text)
                    if 1 <= len(rhetoric.WORD.findall(text[o + 1 : c])) <= rhetoric.MAX_QUOTE_WORDS]
    in_short = rhetoric._holding(short_quotes)
    reported = rhetoric._reported_before(text)
    partial = rhetoric._holding(rhetoric._partial_quotations(text))
    holds_quotation = float(bool(rhetoric._quotations(text)))
    valence_table = bias_cues.vader_lexicon()
    adjectives = subjectivity.adjectives()
    boosters = _boosters()
    rarities = subjectivity.frequencies()
    matches = list(WORD.finditer(text))
    found = []
    for i, match in enumerate(matches):
        word = match.group()
        start, end = match.span()
        form = _lookup_form(word)
        if form in FUNCTION_WORDS or len(form) < 2 or quoted(start, end) or partial(start, end):
            continue
        if form in NEUTRAL_WORDS:
            continue
        tag = subjectivity.tag(word if word[:1].isupper() and not form.isupper() else form) or subjectivity.tag(form)
        tag_class = _tag_class(tag)
        valence, entry, base = _ratings(form, valence_table, adjectives)
        before = stripped_end(text, start)
        opens_sentence = before == 0 or text[before - 1] in ".!?:" or (
            text[before - 1] in QUOTE_MARKS and (before == 1 or text[before - 2] in ".!?: ")
        )
        previous = _lookup_form(matches[i - 1].group()) if i > 0 and matches[i - 1].end() == before else ""
        following = matches[i + 1] if i + 1 < len(matches) and matches[i + 1].start() == stripped_start(text, end) \
            else None
        next_form = _lookup_form(following.group()) if following else ""
        before_noun = float(bool(next_form) and _tag_class(subjectivity.tag(next_form)) == "noun")
        after_copula = float(previous in COPULAS)
        after_degree = float(previous in boosters)
        strength = abs(valence) / 4 if valence is not None else 0.0
        subjective = entry.subjectivity if entry is not None else 0.0
        capitalised = float(word[:1].isupper() and not opens_sentence)
        if capitalised and not word.isupper():
            continue  # a name ("Czech", "Rovers"), not the writer's judgement
        known_rarity = rarities.get(form, rarities.get(form.replace("-", "")))
        rarity = known_rarity if known_rarity is not None else 1.0
        is_adjective = float(tag_class in ("adjective", "comparative_or_superlative"))
        is_verb = float(tag_class in ("verb_present", "verb_past", "verb_gerund"))
        is_noun = float(tag_class == "noun")
        features = {
            "vader_strength": strength,
            "vader_negative": float(valence is not None and valence < 0),
            "vader_known": float(valence is not None),
            "booster": float(form in boosters),
            "textblob_subjectivity": subjective,
            "textblob_polarity": entry.polarity if entry is not None else 0.0,
            "textblob_known": float(entry is not None),
            "adjective": float(tag_class == "adjective"),
            "comparative_or_superlative": float(tag_class == "comparative_or_superlative"),
            "adverb": float(tag_class == "adverb"),
            "ly_adverb_of_adjective": float(base is not None),
            "verb_present": float(tag_class == "verb_present"),
            "verb_past": float(tag_class == "verb_past"),
            "verb_gerund": float(tag_class == "verb_gerund"),
            "noun": is_noun,
            "proper_noun": float(tag_class == "proper_noun"),
            "untagged": float(tag_class == "untagged"),
            "after_degree_word": after_degree,
            "after_copula": after_copula,
            "after_determiner": float(previous in DETERMINERS),
            "before_noun": before_noun,
            "capitalised_mid_sentence": capitalised,
            "all_capitals": float(len(word) > 1 and word.isupper()),
            "sentence_start": float(opens_sentence),
            "headline": float(headline),
            "in_short_quotation": float(in_short(start, end)),
            "reported_sentence": float(reported(start)),
            "line_holds_quotation": holds_quotation,
            "length": len(word) / 10,
            "hyphenated": float("-" in word),
            "rarity": rarity,
            "absent_from_frequency_list": float(known_rarity is None),
            "previous_vader_strength": abs(valence_table.get(previous, 0.0)) / 4,
            "next_vader_strength": abs(valence_table.get(next_form, 0.0)) / 4,
            "previous_rarity": rarities.get(previous, 1.0) if previous else 0.0,
            "next_rarity": rarities.get(next_form, 1.0) if next_form else 0.0,
            "vader_x_adjective": strength * is_adjective,
            "vader_x_adverb": strength * (tag_class == "adverb"),
            "vader_x_noun": strength * is_noun,
            "vader_x_verb": strength * is_verb,
            "subjectivity_x_adjective": subjective * is_adjective,
            "subjectivity_x_before_noun": subjective * before_noun,
            "subjectivity_x_after_copula": subjective * after_copula,
            "vader_x_capitalised": strength * capitalised,
            "vader_x_after_degree": strength * after_degree,
            "rarity_x_adjective": rarity * is_adjective,
            "rarity_x_noun": rarity * is_noun,
            "rarity_x_verb": rarity * float(tag_class in ("verb_present", "verb_past")),
            "gerund_x_before_noun": float(tag_class == "verb_gerund") * before_noun,
            "participle_x_after_copula": float(tag_class == "verb_past") * after_copula,
            "adjective_out_of_place": is_adjective * (1 - before_noun) * (1 - after_copula),
            "positive_x_article": float(valence is not None and valence > 0) * strength * article * 5,
            "article_subjectivity": article * 5,
            "line_subjectivity": 0.0,  # set once the line's words are all known
            "vader_x_article": strength * article * 5,
            "rarity_x_article": rarity * article * 5,
        }
        found.append(_Word(line.start + start, line.start + end, word, features, valence, subjective, base,
                           tag_class))
    rated = sum(_rated(w.valence, w.subjectivity) for w in found)
    for w in found:
        w.features["line_subjectivity"] = rated / len(found)
    return found


def _ratings(form: str, valence_table, adjectives):
    """VADER's valence and the Pattern lexicon's entry of the word, or of the adjective an "-ly" adverb is made
    from; and that adjective."""
    base = evaluative_cues.adverb_base(form) if form.endswith("ly") else None
    valence = valence_table.get(form)
    if valence is None and base is not None:
        valence = valence_table.get(base)
    entry = adjectives.get(form) or (adjectives.get(base) if base else None)
    return valence, entry, base


def rated(word: str) -> bool:
    """The lexicons rate ``word`` as judging: a VADER valence of 1 or more either way, or a Pattern subjectivity of
    0.5 or more (of the word, or of the adjective of an "-ly" adverb); never a function word."""
    form = _lookup_form(word)
    if form in FUNCTION_WORDS:
        return False  # "no", "more": degree and negation, not judgement
    valence, entry, _ = _ratings(form, bias_cues.vader_lexicon(), subjectivity.adjectives())
    return _rated(valence, entry.subjectivity if entry is not None else 0.0)


def _rated(valence: float | None, subjective: float) -> bool:
    return (valence is not None and abs(valence) >= 1.0) or subjective >= 0.5


def register(lines: list[Line]) -> float:
    """The share of the article's candidate words (the writer's: not function words, not quoted speech) that the
    lexicons rate: a tabloid page judges more of its words than a wire story. One pass of dictionary look-ups,
    before any feature is built."""
    valence_table = bias_cues.vader_lexicon()
    adjectives = subjectivity.adjectives()
    rated = total = 0
    for line in lines:
        text = line.text
        speech = rhetoric._holding(rhetoric._quotations(text) + rhetoric._partial_quotations(text))
        for match in WORD.finditer(text):
            form = _lookup_form(match.group())
            if form in FUNCTION_WORDS or len(form) < 2 or speech(*match.span()):
                continue
            total += 1
            valence, entry, _ = _ratings(form, valence_table, adjectives)
            rated += _rated(valence, entry.subjectivity if entry is not None else 0.0)
    if total < FEWEST_WORDS:
        return 0.0  # too few words to tell a register by: the scorer stays silent unless asked for every word
    return min(MOST_SUBJECTIVE, rated / total)  # within the range of the pages the weights were fitted on


def article_words(lines: list[Line], article: float | None = None) -> list[list[_Word]]:
    """The candidate words of each line with their features, the article's register among them."""
    article = register(lines) if article is None else article
    return [line_words(line, number == 0, article) for number, line in enumerate(lines)]


def probability(features: dict, model: dict | None = None) -> float:
    model = model or weights()
    z = model["intercept"] + sum(w * features[name] for name, w in zip(FEATURES, model["coefficients"], strict=True))
    return 1 / (1 + math.exp(-z)) if z > -30 else 0.0


PART_OF_SPEECH = {
    "adjective": "adjective", "comparative_or_superlative": "comparative or superlative", "adverb": "adverb",
    "verb_present": "verb", "verb_past": "verb in the past tense", "verb_gerund": "“-ing” form", "noun": "noun",
    "proper_noun": "name", "untagged": "rare word", "": "word",
}
JUDGING = 0.5  # a Pattern subjectivity from which the reason calls the word judging


def reason(word: _Word, score: float) -> str:
    """What carried the word, in plain words: its part of speech, the lexicon ratings it has (only those present)
    and the context features that weighed most, then the scorer's probability."""
    part = PART_OF_SPEECH[word.tag_class]
    if word.subjectivity and word.subjectivity >= JUDGING and word.tag_class != "proper_noun":
        part = f"judging {part}"
    ratings = []
    if word.subjectivity:
        ratings.append(f"subjectivity {word.subjectivity:.1f} on a 0 to 1 scale in the Pattern subjectivity lexicon")
    if word.valence is not None:
        rated = f"“{word.base}” " if word.base and word.base != word.text.lower() else ""
        ratings.append(f"{rated}sentiment {word.valence:+.1f} on a -4 to +4 scale in the VADER sentiment lexicon")
    if word.features["booster"]:
        ratings.append("a word of degree in the VADER sentiment lexicon")
    if word.features["rarity"] >= RARE and word.tag_class != "untagged":
        ratings.append("rare in English word counts")
    context = [label for name, label in (
        ("after_degree_word", "after a word of degree such as “very”"),
        ("after_copula", "after a linking verb such as “is”"),
        ("before_noun", "before a noun"), ("in_short_quotation", "in short quotation marks"),
        ("headline", "in the headline"), ("all_capitals", "in capitals"),
    ) if word.features[name]]
    said = f"“{word.text}”: {with_article(part)}"
    if ratings:
        said += f" ({'; '.join(ratings)})"
    if context:
        said += ", " + ", ".join(context)
    return f"{said}; likely rhetoric (score {score:.2f} of 1)."


@cache
def _lexicon_words(lexicon: tuple[LexiconEntry, ...]) -> frozenset[str]:
    return frozenset(entry.phrase.lower() for entry in lexicon if " " not in entry.phrase.strip())


def suggest(lines: list[Line], taken: list[Suggestion], model: dict | None = None,
            lexicon: tuple[LexiconEntry, ...] = ()) -> list[Suggestion]:
    """Runs of adjacent words the scorer puts above its threshold, where no suggestion of ``taken`` (the rules')
    already lies and that are not terms of the editable ``lexicon`` (where the lexicon did not suggest its own
    term, the term stood in one of its neutral uses); ``model`` replaces the shipped weights (the fitting script
    tries its candidates with it)."""
    model = model or weights()
    article = register(lines)
    if article < model.get("article_gate", 0.0):
        return []  # an article of plain register (a wire story): its rated words mostly describe
    words = article_words(lines, article)
    scores = [[probability(word.features, model) for word in line_words] for line_words in words]
    return runs(lines, words, scores, taken, model["threshold"], lexicon)


def runs(lines: list[Line], words: list[list[_Word]], scores: list[list[float]], taken: list[Suggestion],
         threshold: float, lexicon: tuple[LexiconEntry, ...] = ()) -> list[Suggestion]:
    """The suggestions of ``suggest`` from the words of each line and their scores (the fitting script scores
    many models' words at once and builds their suggestions here)."""
    editors_terms = _lexicon_words(tuple(lexicon))
    covered = stretches((s.start, s.end) for s in taken if s.tag == TAG)
    found = []
    for line, line_words, line_scores in zip(lines, words, scores, strict=True):
        run: list[tuple[_Word, float]] = []
        for word, score in [*zip(line_words, line_scores, strict=True), (None, 0.0)]:
            chosen = word is not None and score >= threshold and not overlapping(covered, word.start, word.end) and (
                _lookup_form(word.text) not in editors_terms
            )
            if chosen and run and not line.text[run[-1][0].end - line.start : word.start - line.start].strip(" -"):
                run.append((word, score))  # the next word of a run: only spaces or a hyphen between
                continue
            if run:
                best_word, best = max(run, key=lambda pair: pair[1])
                found.append(Suggestion(run[0][0].start, run[-1][0].end, TAG, RULE, reason(best_word, best),
                                        round(0.3 + best * 0.2, 2)))
            run = [(word, score)] if chosen else []
    return found
