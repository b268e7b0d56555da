"""Linking claim mentions across a story's articles: the same fact, not merely the same topic.

Method, general to any English story (nothing here names a subject):

1. Every mention becomes two TF-IDF vectors (scikit-learn) weighted within the story: lightly stemmed content
   words with their figures and dates written canonically ("fourteen" and "14" are one token), and character
   n-grams, which forgive spelling ("Jong-un" / "Jong Un") and inflection.
2. Candidate pairs are each mention's nearest neighbours by the blend of both cosines, computed a block of
   rows at a time and keeping a bounded number per mention, so memory grows linearly with the story.
3. A pair's score is that blend, raised by the checkable details the two share (the same figure, or a
   hedged statement of it: "passed 110" beside "112"; the same date; the same name, weighted by how rare
   the name is within the story, so the story's own subject, named in every other sentence, ties nothing
   together) and lowered when their dates disagree at the same grain (November against Wednesday, 2019
   against 2023): two ministerial visits in different months are two facts however alike their words;
   another weekday, or a weekday against a month, only counts against them. A count stated per unit of
   time ("14 crossings a day") is a rate, not the count of the same number. A measure in another unit of its kind
   ("5 km", "3.1 miles") is compared converted (``CONVERTED``). A small count ("two") is shared
   evidence only when both mentions count one thing with it (``counted_alike``: the same counted word, or casualties
   of one class, "two dead" / "two killed"). A pair that shares only the name of someone the story quotes, or of its
   protagonists (the names every article holds, ``protagonists``), is judged again without those names.
4. Mentions join claims by average linkage: two groups merge when the average score of all their pairs
   reaches the threshold, so one look-alike sentence cannot chain two facts together.
5. Within a claim, a mention whose figure or date differs from what most mentions state is marked as
   differing (figures compared among those of one kind close in value: the count of pupils apart from the count
   of schools); a figure hedged as a bound ("nearly 30", "more than 100") differs from the stated value, unless it
   is a round figure the stated value lies beside, on its hedge's side ("more than 4,800" beside 4,812, ``_agrees``).
   When two mentions disagree and neither is in the majority, the hedged one differs, or both if neither is;
   of three or more figures all different, the middle one stands for the claim and the others differ.

Each linked mention carries a reason: what it shares with its closest mention in the claim
("shared: 27 (trawlers), harbour, blockade, Monday"). Pure: no database.

In another language with capitals than English (Greek, French, Russian ...: the story's, ``normalise.story_language``)
the content words are folded (no accents: a headline's capitals write none), stemmed by the language's stemmer and
its function words skipped (``normalise.function_words``). In a script without capitals (``normalise.caseless``) the
same method reads other terms: the alignment's (``newsdesk.alignment.words``), Chinese, Japanese and Korean runs as
overlapping pairs of characters (Chinese pairs holding a character that only binds a clause, ``chinese.BREAKS``, left
out), other words stemmed by their language's stemmer with its function words skipped; for a story written mostly in
Chinese or Japanese, character n-grams of one or two characters in place of three to five letters. Such a sentence
names no one by case, so figures, dates (a day of the month written alone, "15日", compared with other days) and shared
wording tie it.
"""

from __future__ import annotations

import functools
import math
import random
import re
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass, field, replace

import numpy as np
from scipy import sparse

from newsdesk.alignment import chinese, wordclass
from newsdesk.alignment import words as alignment_words
from newsdesk.alignment.labels import capitalised, token_spans, word_classes
from newsdesk.importing import languages, speech_verbs
from newsdesk.importing.scripts import HAN, KANA, reading_text

from .finding import QUOTED_WORDS, THAI_TITLES, Mention, _size, _thai_boundaries, find_mentions, quotations, quoted
from .normalise import (
    AMHARIC_PREFIXES,
    DIRECTIONAL_HEDGES,
    ENGLISH_CLOCK,
    OTHER_BEFORE_BOUND,
    OTHER_BEFORE_ROUNDED,
    ROUNDING_HEDGES,
    SYLLABLE_SPACED,
    THAI_LETTER,
    Details,
    canonical_figure_tokens,
    caseless,
    details,
    fold,
    function_words,
    lower_vocabulary,
    number_word,
    story_language,
    text_language,
)

WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*", re.UNICODE)
NEWS_STOP_WORDS = frozenset(
    "said says say told according reported added official officials mr mrs ms dr just also would could new year "
    "years".split()
)


@functools.cache
def stop_words() -> frozenset[str]:
    """scikit-learn's English stop words and the reporting words every news story repeats. scikit-learn is
    imported here, on first use, not when the URLs load (it takes most of a second)."""
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    return ENGLISH_STOP_WORDS | NEWS_STOP_WORDS


WORD_WEIGHT = 0.6  # share of the word cosine in the blend; the rest is the character cosine
NEIGHBOURS = 25  # candidate partners kept per mention
CANDIDATE_FLOOR = 0.12  # blended cosine below which a pair is not even a candidate
LINK_THRESHOLD = 0.26  # average pair score at which two groups of mentions are one claim
SHARED_FIGURE = 0.12
SHARED_DAY = 0.1
SHARED_MONTH_OR_WEEKDAY = 0.05
SHARED_NAME = 0.02
SHARED_RARE_NAME = 0.1  # for names shared, by the square of how rare each is within the story (at most 1)
RARE_NAMES_CAP = 1.0
CLOSE_FIGURE = 0.06  # "three skippers" beside "four skippers": figures that count the same thing
HEDGED_FIGURE = 0.1  # "more than 100 cases" beside "112 cases": the same figure, stated differently
CLOSE_RATIO = 0.8
NEAR_FIGURE = 0.15  # "2,318 candidates" beside "2,310 students": one figure counted by two sources
NEAR_RATIO = 0.95  # figures within a few per cent of each other
TELLING_DIGITS = 100  # a figure of this many units of its last place or more, stated by two mentions, ties them
ROUND_FIGURE = 100  # a hedged figure rounded to this place or coarser may agree with a value stated exactly
HEDGE_REACH = 0.1  # ... lying on its hedge's side within its rounding and this share of it ("more than 4,800": 4,812)
# The whole of a figure's kind (one per cent of a share, one of anything else): a figure that keeps its decimals and
# one that rounds them away, to this or to fewer decimals, state one value ("52,31 %" and "52,3 %", ``rounded_alike``).
WHOLE = {"share": 0.01}
FAMILY_RATIO = 0.5  # figures of one kind within half of each other may state one count ("three" / "four skippers")
DATE_CONFLICT = 0.25
SHARED_TIME = 0.1  # "at about 3:40 a.m." in both: one moment of the event
TIME_REACH = 60  # minutes within which a rounded or hedged time may state an exact one (``close_times``)
TIME_HEDGES = frozenset(ROUNDING_HEDGES + DIRECTIONAL_HEDGES + ("shortly before", "shortly after", "just before",
                                                                 "just after", "soon after", "before", "after"))
OTHER_PERIOD = 1.0  # another day, month or year: another period or event, however alike the words
SAME_ARTICLE = 0.0  # an article restating its own fact ("nearly 50 countries" ... "the 50 countries") links too,
# within a claim another article states; alone, one article's mentions are a claim only when they restate a figure or
# a date (``Linker.claims``)
PLAIN_LIKENESS = 0.3  # blended likeness at which a statement with no detail (``Mention.plain``) states another's fact
PLAIN_REFUSED = -1.0  # what a pair with a plain statement loses below it, or within one article: no link
SMALL_COUNT = 2  # "two countries" is too common a figure to count as shared evidence, unless counted alike
ROW_BLOCK = 512
MAX_ADJUSTED_PAIRS = 64  # pairs whose details are compared when judging a merge of two large groups
CENTRE_SAMPLE = 12  # in a large claim, the centre is chosen among this many mentions


# Words news reports use interchangeably for one thing or act, each class written as its first word: two
# outlets rarely choose the same one ("troops" / "soldiers", "boats" / "trawlers", "sent" / "deployed").
SAME_THING = [
    "troop soldier forces servicemen personnel",
    "vessel ship boat trawler",
    "factory plant facility",
    "arms weapon weaponry armament munition ammunition shell artillery",
    "missile rocket",
    "visit tour toured inspect inspected",
    # handing something over, whether people, goods or knowledge
    "deploy deployment deployed send sending sent dispatch dispatched supply supplied supplier provide provided "
    "providing deliver delivered delivery shipment transfer transferred export exported",
    "cancel cancelled canceled suspend suspended scrap scrapped",
    "kill killed dead died death",
    "war fight fighting combat",
    "condemn condemnation condemned denounce denounced",
    "arrest arrested detain detained",
    "country nation",
    "increase increased boost boosted raise raised expand expanded rise rose grow grew",
    "production output produce produced manufacture manufactured manufacturing",
    "statement declaration",
    "agreement pact treaty accord",
    "attack assault offensive raid",
    "seize seized capture captured",
    "region oblast province",
    "fund funding grant money package",
]
SYNONYM = {word: words.split()[0] for words in SAME_THING for word in words.split()}

# The casualties of an event, per language: words that say someone died or was hurt, by class, as written (lowered;
# Amharic's without the preposition it glues on, ``normalise.AMHARIC_PREFIXES``: "የሟቾች", of the dead). Two small
# counts ("two dead", "three killed") beside a word of one class count one thing: in a disaster story the dead and
# the injured are the details that differ. Classes of words, no story's.
CASUALTY_WORDS = {
    "en": {
        "death": "dead die died dies dying death deaths kill killed killing kills fatal fatally fatalities fatality",
        "injury": "injure injured injures injuring injury injuries wounded wounding hurt",
    },
    "am": {
        # the dead (ሟች), died (ሞተ), death (ሞት); "ሕይወት" (life) in "ሕይወት አለፈ" (a life passed: died), as news writes it
        "death": "ሟች ሟቾች ሟቹ ሟቾቹ ሞተ ሞቱ ሞተዋል ሞቷል ሞቶ ሞት ሞቱን ሕይወት ሕይወቱ ሕይወቷ ሕይወታቸው ሕይወታቸውን ሕይወትን "
                 "ህይወት ህይወቱ ህይወቷ ህይወታቸው",
        # wounded (ቆሰለ, አቆሰለ), the wounded (ቁስለኛ), harmed (ተጎዳ), harm (ጉዳት)
        "injury": "ቆሰለ ቆሰሉ ቆስለዋል ቆስለው ቆስሏል አቆሰለ አቁስሏል አቁስለዋል ቁስለኛ ቁስለኞች ተጎዱ ተጎድተዋል ተጎዱት ተጎጂ "
                  "ተጎጂዎች ተጎጂዎቹ ጉዳት",
    },
}
CASUALTY = {word: kind for classes in CASUALTY_WORDS.values() for kind, words in classes.items()
            for word in words.split()}


@functools.lru_cache(maxsize=65536)
def casualties(text: str) -> frozenset[str]:
    """The classes of casualty (``CASUALTY_WORDS``) a sentence names: "death", "injury"."""
    found = set()
    for word in WORD.findall(text):
        low = word.lower()
        kind = CASUALTY.get(low) or (CASUALTY.get(low[1:]) if low[:1] in AMHARIC_PREFIXES else None)
        if kind:
            found.add(kind)
    return frozenset(found)


def counted_alike(a: Mention, b: Mention, f, g) -> bool:
    """Whether counts ``f`` of ``a`` and ``g`` of ``b`` count one thing: what each counts shares a word that is no
    stop word ("two ferries" / "two ferries"), or both sentences name casualties of one class ("two dead" / "three
    people were killed"); "two countries" and "two weeks" count other things."""
    if (set(f.nouns) & set(g.nouns)) - stop_words():
        return True
    return bool(casualties(a.text) & casualties(b.text))


def _small_shared(a: Mention, b: Mention, signature) -> bool:
    """Whether a small count both mentions state (``SMALL_COUNT``) counts one thing in both (``counted_alike``)."""
    return any(counted_alike(a, b, f, g) for f in a.details.figures if f.signature[:2] == signature
               for g in b.details.figures if g.signature[:2] == signature)


def _strip(word: str) -> str:
    """Plural and verb endings off, then a final "e", so "missile" meets "missiles", "increase" meets
    "increased" and "supplies" meets "supply"; a doubled last consonant is undoubled ("stopped", "stop")."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("es") and word[:-2].endswith(("ss", "sh", "ch", "x", "z")) and len(word) > 4:
        word = word[:-2]
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        word = word[:-1]
    for suffix in ("ing", "ed"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeiouls":
                word = word[:-1]
            break
    if word.endswith("e") and len(word) > 3:
        word = word[:-1]
    return word


_STRIPPED_SYNONYM = {_strip(word): head for word, head in SYNONYM.items()}


def stem(word: str) -> str:
    """A light English stemmer: plural and verb endings, so "blocked" meets "blockade" half way; words of
    one class (``SAME_THING``) become its first word."""
    word = word.lower().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    if word in SYNONYM:
        return SYNONYM[word]
    stripped = _strip(word)
    return _STRIPPED_SYNONYM.get(stripped, stripped)


# A country as news names it: by its name, its adjective, or its capital or seat of government standing for
# its government ("Moscow says", "Pyongyang denies"). A gazetteer of the countries news names most, each
# class written as one token; several-word names are read whole ("North Korea" is not "South Korea").
COUNTRY_NAMES = [
    ("north_korea", "North Korea|North Korean|North Koreans|Pyongyang|DPRK"),
    ("south_korea", "South Korea|South Korean|South Koreans|Seoul|ROK"),
    ("russia", "Russia|Russian|Russians|Moscow|Kremlin|Russian Federation"),
    ("ukraine", "Ukraine|Ukrainian|Ukrainians|Kyiv|Kiev"),
    ("usa", "United States|US|U\\.S\\.|USA|America|American|Americans|White House|Washington"),
    ("uk", "United Kingdom|UK|U\\.K\\.|Britain|British|Downing Street|Whitehall"),
    ("china", "China|Chinese|Beijing"),
    ("japan", "Japan|Japanese|Tokyo"),
    ("iran", "Iran|Iranian|Iranians|Tehran"),
    ("israel", "Israel|Israeli|Israelis"),
    ("france", "France|French|Paris|Elysee|Élysée"),
    ("germany", "Germany|German|Germans|Berlin"),
    ("india", "India|Indian|Indians|New Delhi|Delhi"),
    ("turkey", "Turkey|Türkiye|Turkish|Ankara"),
    ("poland", "Poland|Polish|Warsaw"),
    ("belarus", "Belarus|Belarusian|Minsk"),
]
COUNTRY = re.compile(
    "|".join(rf"(?P<{key}>\b(?:{names})\b)" for key, names in COUNTRY_NAMES).replace("’", "'") + r"(?:['’]s)?"
)

COUNTRY_WORDS = frozenset(word.lower() for _, names in COUNTRY_NAMES
                          for word in re.findall(r"[^\W\d_]+", names.replace("\\.", "")))


def _countries(text: str) -> str:
    return COUNTRY.sub(lambda m: f" {m.lastgroup.replace('_', '')} ", text)


def content_words(text: str, language: str | None = None) -> list[str]:
    """The stemmed content words of a mention. In a script without capitals (``normalise.caseless``), the terms
    the alignment reads in it (``newsdesk.alignment.words``): Chinese, Japanese and Korean runs as overlapping
    pairs of characters, Japanese particles left out; other words stemmed by the language's stemmer (Arabic's
    article and prefixes off), its function words skipped. In another language with capitals than English (Greek,
    French ...), its words folded (a headline's capitals write no accents), its function words skipped
    (``normalise.function_words``) and stemmed by its stemmer (``term``). ``language``: the story's, when the
    caller knows it."""
    if caseless(text):
        return _script_terms(text, language)
    if language in (None, languages.ENGLISH):
        return [stem(w) for w in WORD.findall(_countries(text)) if w.lower() not in stop_words() and len(w) > 1]
    if language in SYLLABLE_SPACED:
        return _syllable_terms(text, language)
    return [term(w, language) for w in WORD.findall(text) if len(w) > 1 and not _skipped(w, language)]


def _syllable_terms(text: str, language: str) -> list[str]:
    """The content words of a language that spaces its syllables (Vietnamese): a name of several capitalised
    syllables ("Trường THCS Kiều Giang") is one term, as an alphabet writes a name of one or two words, so that two
    sentences naming one school are not as alike as two stating one fact."""
    found: list[str] = []
    run: list[str] = []
    last_end = -1
    for match in WORD.finditer(text):
        word = match.group()
        joined = run and text[last_end:match.start()].strip(" \u00a0") == ""
        if word[0].isupper() and (joined or not run):
            run.append(fold(word))
        else:
            if run:
                found.append("_".join(run) if len(run) > 1 else term(run[0], language))
                run = []
            if word[0].isupper():
                run.append(fold(word))
            elif len(word) > 1 and not _skipped(word, language):
                found.append(term(word, language))
        last_end = match.end()
    if run:
        found.append("_".join(run) if len(run) > 1 else term(run[0], language))
    return [w for w in found if not _skipped(w, language)]


def _skipped(word: str, language: str) -> bool:
    """A function word or stop word of ``language``, or a number word (``normalise.number_word``), which the figure's
    own token (``canonical_figure_tokens``) stands for, as English's stop words hold its number words."""
    folded = fold(word)
    return (folded in stop_words() or folded in function_words(language) or number_word(word, language)
            or folded in _speech_verb_terms(language))


@functools.cache
def _speech_verb_terms(language: str | None) -> frozenset[str]:
    """The verbs of saying of ``language`` (``SPEECH_VERBS``), folded: any two sentences quoting someone share them,
    whatever they state, as English's stop words hold "said"."""
    return frozenset(fold(verb) for verb in SPEECH_VERBS.get(language or "", "").split())


def term(word: str, language: str | None) -> str:
    """A word of a mention as its content words hold it: English's stemmed by ``stem``; another language's lowered
    as it is compared (``languages.lower``: Serbian's Cyrillic in Latin letters), folded and stemmed by its stemmer
    (Snowball's: "Κεραμόβρυσης" and "ΚΕΡΑΜΟΒΡΥΣΗ" meet; "шљунак" and "šljunak")."""
    if language in (None, languages.ENGLISH):
        return stem(word)
    return alignment_words.stemmer(language)(fold(languages.lower(word, language)))


KANA_CHARACTER = re.compile(f"[{KANA}]")
BINDING = re.compile(f"[{''.join(sorted(chinese.BREAKS))}]")
PAIRED = "\u0000"  # marks a term that is a pair of characters, which forms no phrase with its neighbour


# The names of the Latin letters as a language spells an abbreviation out in its own script (Urdu "ڈی ایچ کیو",
# DHQ; ``languages.URDU_LETTER_NAMES``): a run of two or more is one term, as the abbreviation is one word, so "ٹی ایچ
# کیو" (THQ) and "ڈی ایچ کیو" share nothing for their common letters. A letter name that is also a function word
# ("جی", "ای") is a letter only in such a run ("ڈی آئی جی", DIG).
SPELT_LETTERS = {"ur": languages.URDU_LETTER_NAMES}


def _spelt_runs(text: str, language: str) -> tuple[str, list[str]]:
    """``text`` with each run of two or more spelt letters (``SPELT_LETTERS``) blanked, and the runs as terms."""
    letters = SPELT_LETTERS.get(language)
    if not letters:
        return text, []
    runs = []

    def joined(match: re.Match) -> str:
        run = match.group().split()
        if len(run) < 2 or not all(word in letters for word in run):
            return match.group()
        runs.append("_".join(run))
        return " " * len(match.group())

    pattern = "|".join(sorted(map(re.escape, letters), key=len, reverse=True))
    return re.sub(rf"(?<!\S)(?:{pattern})(?:[ \u00a0]+(?:{pattern}))+(?!\S)", joined, text), runs


def _script_terms(text: str, language: str | None, marked: bool = False) -> list[str]:
    if language is None:
        language = languages.language_of(text)
    skipped = alignment_words.stop_words_for(language)
    stemmed = alignment_words.stemmer(language)
    text, terms = _spelt_runs(text, language)
    # Chinese writes its function words in the characters of its nouns: a pair holding one of the characters
    # that only bind a clause ("的", "了", "和": ``chinese.BREAKS``) is grammar, which every sentence shares.
    if not KANA_CHARACTER.search(text):
        text = BINDING.sub(" ", text)
    for match in alignment_words.TOKEN.finditer(text):
        lowered = match.group().lower().replace("’", "'")
        if alignment_words.PAIRED_RUN.search(lowered):
            terms += [PAIRED + pair if marked else pair for pair in alignment_words.character_pairs(lowered)]
            continue
        if len(alignment_words.MARK.sub("", lowered)) < 2:
            continue
        if alignment_words.skipped_word(skipped, language, lowered):
            continue
        terms.append(stemmed(lowered))
    return terms


def _analyse(mention: Mention, language: str | None = None) -> list[str]:
    if caseless(mention.text):
        marked = _script_terms(mention.text, language, marked=True)
        words = [term.lstrip(PAIRED) for term in marked]
        phrases = [f"{a} {b}" for a, b in zip(marked, marked[1:], strict=False)
                   if not a.startswith(PAIRED) and not b.startswith(PAIRED)]
        terms = words + phrases
    else:
        words = content_words(mention.text, language)
        terms = words + [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)]
    terms += canonical_figure_tokens(mention.details.figures)
    terms += sorted(mention.details.dates)
    return terms


UNSPACED_NGRAMS = (1, 2)
UNSPACED_CHARACTER = re.compile(f"[{HAN}{KANA}]")
NOT_LETTERS = re.compile(r"[\W\d_]+")


def unspaced(texts: Sequence[str]) -> bool:
    """Most letters of ``texts`` are Chinese or Japanese characters (a sample of them, read from the start)."""
    sample = "".join(texts)[:20_000]
    letters = sum(c.isalpha() for c in sample)
    return bool(letters) and len(UNSPACED_CHARACTER.findall(sample)) * 2 > letters


def _letters_only(text: str) -> str:
    return NOT_LETTERS.sub(" ", text.lower())


# A name shared is evidence only beside shared content: two sentences quoting one official ("…, said Ann Roe, the
# town's director of roads") share her name and title whatever each says. For a pair sharing the name of someone the
# story quotes (``speakers``), its likeness is read again with each such name, the title before it ("roads director
# Ann Roe") and the phrase set beside it ("Ann Roe, the town's …,") left out; English only, whose titles and
# appositions these are.
TITLE_WORDS = 4  # words of a title before a name ("chief information officer"), at most
APPOSITION_WORDS = 6  # words of a title set before a name between commas ("The town's roads director, Ann Roe,")
# Whom a story quotes: a run of two to four capitalised words next to a reporting verb ("said Ann Roe", "Ann Roe
# says", "Ann Roe, the town's director of roads, said"); a country or a place is seldom one.
PERSON = r"[A-Z][^\W\d_]+(?:['’-][^\W\d_]+)*(?:\s+[A-Z][^\W\d_]+(?:['’-][^\W\d_]+)*){1,3}"
REPORTING = r"(?:said|says|told|added|adds|according\s+to)"
SPEAKER = re.compile(rf"\b{REPORTING}\s+(?P<after>{PERSON})|(?P<before>{PERSON})(?:,[^,.;]{{1,80}},)?\s+{REPORTING}\b")
NAMED_REST = 0.2  # likeness without the names below which the names were the pair's only evidence
APPOSITION_OPENERS = frozenset("the a an its his her their".split())
PAUSE = re.compile(r"[,;:()\[\]\"“”‘’—–.!?]")


def without_named(text: str, names: Iterable[str], language: str | None = None, titled: bool = True) -> str:
    """``text`` with each run of capitalised words that holds one of ``names`` (lowered) blanked, with the title
    before it (up to ``TITLE_WORDS`` words that are no stop words, in the same phrase), a title set before it between
    commas, and a phrase set after it by a comma that opens on an article or a possessive ("…, the town's director of
    roads,"); without ``titled``, the run alone (a place's or a body's name). Blanked characters become spaces."""
    names = {name.lower() for name in names}
    english = language in (None, languages.ENGLISH)
    skipped = stop_words() if english else stop_words() | function_words(language)
    tokens = [(m.group(), m.start(), m.end()) for m in WORD.finditer(text)]
    blank = [False] * len(tokens)

    def gap(k: int) -> str:  # the text between token k - 1 and token k
        return text[tokens[k - 1][2] if k else 0:tokens[k][1] if k < len(tokens) else len(text)]

    k = 0
    while k < len(tokens):
        if not tokens[k][0][:1].isupper():
            k += 1
            continue
        end = k
        while end + 1 < len(tokens) and tokens[end + 1][0][:1].isupper() and gap(end + 1).strip(" -") == "":
            end += 1
        if not any(part.lower() in names or fold(part) in names
                   for w, _, _ in tokens[k:end + 1] for part in w.split("-")):
            k = end + 1
            continue
        for m in range(k, end + 1):
            blank[m] = True
        if not titled:
            k = end + 1
            continue
        # the title before the name, in the same phrase
        m, taken = k - 1, 0
        while (m >= 0 and taken < TITLE_WORDS and gap(m + 1).strip() == ""
               and (tokens[m][0].lower() if english else fold(tokens[m][0])) not in skipped
               and not re.search(r"['’]s$", tokens[m][0])):
            blank[m] = True
            m, taken = m - 1, taken + 1
        # a title set before it between commas: "The town's roads director, Ann Roe, said …"
        if gap(k).strip() == "," and gap(end + 1).strip().startswith(","):
            m = k - 1
            start = m
            while start > 0 and not PAUSE.search(gap(start)):
                start -= 1
            if m - start + 1 <= APPOSITION_WORDS:
                for x in range(start, m + 1):
                    blank[x] = True
        # a phrase set after it: "…, the town's director of roads."
        if end + 1 < len(tokens) and gap(end + 1).strip() == "," and (
                tokens[end + 1][0].lower() in APPOSITION_OPENERS or re.search(r"['’]s$", tokens[end + 1][0])):
            m = end + 1
            blank[m] = True
            while m + 1 < len(tokens) and not PAUSE.search(gap(m + 1)):
                m += 1
                blank[m] = True
        k = end + 1
    out = list(text)
    for (_, start, stop), gone in zip(tokens, blank, strict=True):
        if gone:
            out[start:stop] = " " * (stop - start)
    return "".join(out)


# Words that end the name of a place or a body ("Brannock County", "the Health Ministry", "Harbour Police") or a title
# before a person's name ("County Executive Dana Lee", "Police Chief Ann Roe"), lowered: in a run of capitalised
# words beside a reporting verb the person's name is what follows the last of them, and a run ending on one names
# no person. Classes of words, no names.
NAME_HEADS = frozenset("""
    county city town village borough district province state region republic council assembly parliament congress
    senate house chamber committee commission board department ministry office agency authority bureau service
    services court courts tribunal police force army navy command government administration cabinet
    university college school hospital clinic trust fund foundation institute centre center company corporation
    corp inc ltd plc group bank union federation association party club church prison port airport station
    network news times post press herald courier gazette tribune journal
    """.split())
TITLES = frozenset("""
    executive president vice chief deputy director minister secretary spokesman spokeswoman spokesperson
    commissioner sheriff mayor governor senator representative rep sen gov councillor councilor councilman
    councilwoman member chair chairman chairwoman chairperson speaker leader head manager superintendent inspector
    sergeant sgt detective officer constable captain capt lieutenant lt colonel col general gen major maj admiral
    commander judge justice attorney prosecutor coroner treasurer clerk auditor administrator coordinator
    chancellor premier prime king queen prince princess lord lady sir dame dr doctor professor prof mr mrs ms miss
    headteacher headmaster headmistress principal dean
    father reverend rev bishop pastor rabbi imam
    """.split())


def speaker_name(run: str) -> str:
    """The person's name in a run of capitalised words beside a reporting verb, lowered with hyphens split ("County
    Executive Dana Lee" is "dana lee"): the words after the last title or place or body word (``NAME_HEADS``,
    ``TITLES``); nothing for a run that ends on one ("Brannock County", "Police Chief") or names a country."""
    if COUNTRY.search(run):
        return ""
    words = [part.lower() for word in run.split() for part in re.split(r"[-‐]", word) if part]
    last = max((k for k, word in enumerate(words)
                if word.rstrip(".") in NAME_HEADS | TITLES or word in ("the", "a", "an")), default=-1)
    return " ".join(words[last + 1:])


def speakers(texts: Iterable[str]) -> set[str]:
    """The whole names of the people a story quotes (``SPEAKER``, ``speaker_name``), lowered: "dana lee", no county
    nor title."""
    found = set()
    for text in texts:
        for match in SPEAKER.finditer(" ".join(text.split())):
            name = speaker_name(match.group("after") or match.group("before"))
            if name:
                found.add(name)
    return found


def quoted_in(names: Iterable[str], quoted: Iterable[str], language: str | None = None) -> frozenset[str]:
    """The quoted names (``speakers``) whose every word is among a sentence's ``names`` (``Details.names``); in a
    language that inflects names (``NAME_ENDINGS``), in any of its forms ("bergin" holds "berg")."""
    names = set(names)
    if language in NAME_ENDINGS:
        names |= {base for name in names for base in _name_bases(name, language)}
    return frozenset(name for name in quoted if names.issuperset(name.split()))


# Other languages' ways of naming whom a story quotes (``speakers``), per language, as English's ``SPEAKER``: the
# verbs that report speech, said after the name or before it ("Halonen sanoo", "sanoo pääluottamusmies Petri
# Kärkkäinen") and the word set after a name in the genitive ("Bergin mukaan", according to Berg). A speaker is the
# last capitalised word beside them (a surname: "Halonen sanoo" names her as well as "Riikka Halonen sanoo"), and only
# one the story also writes after another capitalised word inside a sentence (her given name), as a company or a
# town ("Yhtiö kertoi", "Nordkartonki kertoi") is not.
# The verbs of saying of every language the project's table has (``speech_verbs``): never a term two mentions share
# (``_skipped``). Speakers are read beside them only where that reading was measured (``SPEAKERS_READ``: Finnish);
# elsewhere a title before a name ("Dkt.", "Bi.") breaks the run of capitals and an office's name is every
# sentence's, so every name is left out alike (``Linker._named_vectors``).
SPEECH_VERBS = {language: " ".join(sorted(verbs)) for language, verbs in speech_verbs.SPEECH_VERBS.items()}
SPEAKERS_READ = frozenset({"fi"})
SPEECH_AFTER_GENITIVE = {"fi": "mukaan"}
# The endings a language writes onto a name ("Bergin", "Halosen": Berg's, Halonen's), as (ending, what it replaces).
NAME_ENDINGS = {"fi": (("n", ""), ("in", ""), ("en", ""), ("sen", "nen"))}
# A capitalised word, from its first letter only: a letter never comes before it, so a long run of letters is tried
# once, not from each of its letters (which took time as the square of its length).
CAPITALISED = r"(?<![^\W\d_])[A-ZÀ-ÖØ-Þ][^\W\d_]+(?:[-‐][A-ZÀ-ÖØ-Þ][^\W\d_]+)*"


@functools.cache
def _speaker_pattern(language: str) -> re.Pattern | None:
    if language not in SPEAKERS_READ:
        return None
    verbs = "|".join(SPEECH_VERBS[language].split())
    after = "|".join(SPEECH_AFTER_GENITIVE.get(language, "").split()) or "(?!)"
    run = rf"{CAPITALISED}(?:\s+{CAPITALISED}){{0,3}}"
    return re.compile(rf"(?P<before>{run})(?:,[^,.;]{{1,80}},)?\s+(?:{verbs})\b"
                      rf"|\b(?:{verbs})\s+(?:[^\W\d_]+\s+){{0,2}}?(?P<after>{run})"
                      rf"|(?P<genitive>{run})\s+(?:{after})\b")


def _name_bases(word: str, language: str) -> set[str]:
    """The forms a name written ``word`` may have without its ending (``NAME_ENDINGS``): "bergin" -> berg, bergi."""
    return {word[:-len(ending)] + instead for ending, instead in NAME_ENDINGS.get(language, ())
            if word.endswith(ending) and len(word) - len(ending) >= 3}


def _other_speakers(texts: Sequence[str], language: str) -> set[str]:
    """The surnames of the people a story in ``language`` quotes (``SPEAKERS_READ``), folded, without the ending a
    genitive wrote onto them."""
    pattern = _speaker_pattern(language)
    if pattern is None:
        return set()
    found = set()
    for text in texts:
        for match in pattern.finditer(" ".join(text.split())):
            last = fold(re.split(r"\s+", (match.group("before") or match.group("after")
                                          or match.group("genitive")))[-1])
            found |= {last} | (_name_bases(last, language) if match.group("genitive") else set())
    # a surname the story writes after a given name inside a sentence ("… Riikka Halonen", "… Anna-Liisa Bergin")
    given = set()
    for text in texts:
        for match in re.finditer(rf"(?<=[^\W\d_,.;:!?] )(?:{CAPITALISED})\s+(?P<last>{CAPITALISED})", text):
            last = fold(match.group("last"))
            given |= {last} | _name_bases(last, language)
    return {name for name in found if name in given}


@dataclass
class Claim:
    """A group of mentions asserting one fact, with which of them differ and why each was linked."""

    mentions: list[Mention]
    differs: list[bool]
    reasons: list[str]
    label: str

    def __len__(self):
        return len(self.mentions)


@dataclass
class Linker:
    mentions: Sequence[Mention]
    threshold: float = LINK_THRESHOLD
    language: str | None = None  # the story's, read from its mentions when not given
    word_vectors: object = field(init=False)
    name_weight: dict = field(init=False)
    char_vectors: object = field(init=False)
    vectorisers: tuple = field(init=False)  # (words, characters), fitted on the mentions, to read their pieces
    corrections: dict = field(init=False, default_factory=dict)
    content_cache: dict = field(init=False, default_factory=dict)
    caseless_cache: dict = field(init=False, default_factory=dict)  # a mention's text in a script without capitals

    def __post_init__(self):
        from sklearn.feature_extraction.text import TfidfVectorizer

        self.mentions = list(self.mentions)  # the pieces that join a claim are added (``_join_pieces``)
        texts = [m.text for m in self.mentions]
        if self.language is None:
            self.language = story_language(texts)
        self.name_weight = name_weights(self.mentions)
        # a mention is read by its index; a piece (``_join_pieces``), no mention of the fit, as itself
        words = TfidfVectorizer(analyzer=lambda i: _analyse(i if isinstance(i, Mention) else self.mentions[int(i)],
                                                            self.language), sublinear_tf=True)
        self.word_vectors = words.fit_transform([str(i) for i in range(len(texts))])
        if unspaced(texts):
            # A character of Chinese or Japanese carries what three letters or so of an alphabet do (a word is one
            # or two characters: ``scripts.HAN_PER_WORD``), so its n-grams of one or two characters stand where
            # an alphabet's of three to five letters do; figures and marks are left to the details.
            chars = TfidfVectorizer(analyzer="char", ngram_range=UNSPACED_NGRAMS, sublinear_tf=True,
                                    preprocessor=_letters_only, dtype=np.float32)
        else:
            chars = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True, lowercase=True,
                                    dtype=np.float32)
        self.char_vectors = chars.fit_transform(texts)
        self.vectorisers = (words, chars)
        self._named_vectors(texts)

    def _named_vectors(self, texts: Sequence[str]) -> None:
        """The vectors of each mention in a script with capitals that names someone the story quotes (``speakers``)
        or one of its protagonists (``protagonists``), read without those names, a speaker's title and apposition
        (``without_named``), to judge a pair that shares one (``correction``). In a language whose speakers
        are not read (``SPEAKERS_READ``) whom the story quotes cannot be read, and every name a mention holds is
        read so: a person's, a place's, a body's or an office's ("Mganga Mkuu wa Wilaya", "Hospital Regional"),
        with the title before it or set beside it between commas."""
        from sklearn.feature_extraction.text import TfidfVectorizer

        self.named = {}
        english = self.language in (None, languages.ENGLISH)
        quoted = (speakers(texts) if english else _other_speakers(texts, self.language)
                  if self.language in SPEAKERS_READ else set())
        leads = protagonists(self.mentions)
        speaking = {i: quoted_in(m.details.names, quoted, self.language) | spelt_otherwise(m.details.names, quoted)
                    for i, m in enumerate(self.mentions) if not caseless(m.text)}
        # Where the story's speakers cannot be read (a language outside ``SPEAKERS_READ``),
        # any name may be one, or an office's or a body's that every sentence on it names ("the district medical
        # officer", "the health ministry"): each is left out alike.
        unread = not english and self.language not in SPEAKERS_READ
        holds = {i: names | (self.mentions[i].details.names if unread else leads & self.mentions[i].details.names)
                 for i, names in speaking.items()}
        holds = {i: names for i, names in holds.items() if names}
        held = sorted(holds)
        if not held:
            return

        def masked_text(mention: Mention, speaks: set[str], names: set[str]) -> str:
            # the mention's names that write a quoted one, in whichever form, and where speakers are not read its
            # other names, with a title beside them, left out; and its protagonists' names
            words = {word for name in speaks - leads for word in name.split()}
            written = words | {name for name in mention.details.names
                               if words & ({name} | _name_bases(name, self.language))}
            others = names - leads - written if unread else set()
            return without_named(without_named(without_named(mention.text, written, self.language), others,
                                               self.language), names & leads, self.language, titled=False)

        masked = {i: masked_text(self.mentions[i], speaking[i], holds[i]) for i in held}

        def analyse(key) -> list[str]:  # a mention's index, or a piece and its text (``piece_named``)
            mention, text = key if isinstance(key, tuple) else (self.mentions[int(key)], masked[int(key)])
            words = content_words(text, self.language)
            return (words + [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)]
                    + canonical_figure_tokens(mention.details.figures) + sorted(mention.details.dates))

        rows = {i: row for row, i in enumerate(held)}
        words = TfidfVectorizer(analyzer=analyse, sublinear_tf=True)
        chars = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True, lowercase=True,
                                dtype=np.float32)
        word = words.fit_transform([str(i) for i in held])
        char = chars.fit_transform([masked[i] for i in held])

        def piece_named(piece: Mention) -> tuple | None:
            """A piece's names read as its sentence's are (``_join_pieces``), and its vectors without them."""
            if caseless(piece.text):
                return None
            speaks = quoted_in(piece.details.names, quoted, self.language) | spelt_otherwise(piece.details.names,
                                                                                            quoted)
            names = speaks | (piece.details.names if unread else leads & piece.details.names)
            if not names:
                return None
            text = masked_text(piece, speaks, names)
            return names, words.transform([(piece, text)]), chars.transform([text])

        self.named = {"holds": holds, "rows": rows, "word": word, "char": char, "piece": piece_named}

    def correction(self, i: int, j: int, blend: float | None = None) -> float:
        """What a pair's score loses when the quoted names it shares are all its evidence: its likeness read
        without them (``_named_vectors``), and no credit for the names, unless the rest is still alike or a figure
        or a date is shared."""
        key = (i, j) if i < j else (j, i)
        if key in self.corrections:
            return self.corrections[key]
        value = 0.0
        a, b = self.mentions[i], self.mentions[j]
        if (a.plain or b.plain) and (a.article == b.article or (self.blend(i, j) if blend is None else blend)
                                     < PLAIN_LIKENESS):
            # a statement with no figure, date, name or quotation has nothing checkable to tie it: only another
            # outlet's sentence in nearly its words states its fact
            self.corrections[key] = PLAIN_REFUSED
            return PLAIN_REFUSED
        holds = self.named.get("holds", {}) if self.named else {}
        if _surnames(holds.get(i, frozenset())) & _surnames(holds.get(j, frozenset())):
            rows = self.named["rows"]
            x, y = rows[i], rows[j]
            rest = (WORD_WEIGHT * float(self.named["word"][x].multiply(self.named["word"][y]).sum())
                    + (1 - WORD_WEIGHT) * float(self.named["char"][x].multiply(self.named["char"][y]).sum()))
            whole = self.blend(i, j) if blend is None else blend
            shared = (_figure_values(a.details) & _figure_values(b.details) or a.details.dates & b.details.dates
                      or close_figures(a.details.figures, b.details.figures))
            if rest < NAMED_REST and not shared:
                value = rest - whole - SHARED_RARE_NAME * min(RARE_NAMES_CAP, sum(
                    self.name_weight.get(name, 0.0) ** 2 for name in a.details.names & b.details.names))
        if not value and self._names_only(a, b):
            # the names they share are all that ties them: a place, a body or a person two facts both name
            value = -(self.blend(i, j) if blend is None else blend) - SHARED_RARE_NAME * min(RARE_NAMES_CAP, sum(
                self.name_weight.get(name, 0.0) ** 2 for name in a.details.names & b.details.names))
        self.corrections[key] = value
        return value

    def _names_only(self, a: Mention, b: Mention) -> bool:
        """Whether two mentions that share a name share nothing else: no figure, no date, and no content word
        (``content_words``, no function word of the story's language) beside the words of their names. A link
        needs something stated alike (an event, a figure, a verb phrase) beside who or where."""
        names = a.details.names & b.details.names
        if not names or self._caseless(a) or self._caseless(b):
            return False
        if _share_a_detail(a, b):
            return False
        shared = self._content(a) & self._content(b)
        return shared <= self._content(a, names=True) | self._content(b, names=True)

    def _caseless(self, mention: Mention) -> bool:
        """Whether a mention is written in a script without capitals (``caseless``), read once for every pair it
        is in: a sentence of thousands of characters is in hundreds of pairs."""
        key = id(mention)
        if key not in self.caseless_cache:
            self.caseless_cache[key] = caseless(mention.text)
        return self.caseless_cache[key]

    def _content(self, mention: Mention, names: bool = False) -> frozenset[str]:
        """A mention's content words with no function word of the story's language among them, or the content
        words its names write (``names``)."""
        key = (id(mention), names)
        if key not in self.content_cache:
            text = " ".join(sorted(mention.details.names)) if names else mention.text
            skipped = function_words(self.language or languages.ENGLISH)
            self.content_cache[key] = frozenset(
                word for word in content_words(text, self.language) if word not in skipped)
        return self.content_cache[key]

    def blend(self, i: int, j: int) -> float:
        word = float(self.word_vectors[i].multiply(self.word_vectors[j]).sum())
        char = float(self.char_vectors[i].multiply(self.char_vectors[j]).sum())
        return WORD_WEIGHT * word + (1 - WORD_WEIGHT) * char

    def candidates(self) -> Iterable[tuple[int, int, float]]:
        """Each mention's nearest neighbours by blended cosine, a block of rows at a time."""
        n = len(self.mentions)
        words_t = self.word_vectors.T.tocsr()
        chars_t = self.char_vectors.T.tocsr()
        for low in range(0, n, ROW_BLOCK):
            high = min(n, low + ROW_BLOCK)
            block = (WORD_WEIGHT * (self.word_vectors[low:high] @ words_t).toarray()
                     + (1 - WORD_WEIGHT) * (self.char_vectors[low:high] @ chars_t).toarray())
            for row in range(high - low):
                i = low + row
                scores = block[row]
                scores[: i + 1] = -1  # each pair once, from its first mention
                keep = min(NEIGHBOURS, max(0, n - i - 1))
                if keep <= 0:
                    continue
                top = np.argpartition(-scores, keep - 1)[:keep] if keep < n else np.arange(n)
                for j in top:
                    if scores[j] >= CANDIDATE_FLOOR:
                        yield i, int(j), float(scores[j])

    def score(self, i: int, j: int, blend: float | None = None) -> float:
        a, b = self.mentions[i], self.mentions[j]
        whole = self.blend(i, j) if blend is None else blend
        return whole + adjustment(a, b, self.name_weight) + self.correction(i, j, whole)

    def claims(self) -> list[Claim]:
        n = len(self.mentions)
        scored = {}
        for i, j, blend in self.candidates():
            scored[(i, j)] = (blend + adjustment(self.mentions[i], self.mentions[j], self.name_weight)
                              + self.correction(i, j, blend))
        group_of = list(range(n))
        members: dict[int, list[int]] = {i: [i] for i in range(n)}
        # Each group's summed vectors: the average blended cosine between two groups is the dot product of
        # their sums over the number of pairs, so a merge is judged on every pair at the cost of two products.
        word_sums = {i: self.word_vectors[i] for i in range(n)}
        char_sums = {i: self.char_vectors[i] for i in range(n)}
        rng = random.Random(0)
        refused = set()  # merges already judged and refused, while neither group has changed

        def average(left: list[int], right: list[int], gi: int, gj: int) -> float:
            pairs = len(left) * len(right)
            blend = (WORD_WEIGHT * (word_sums[gi] @ word_sums[gj].T)[0, 0]
                     + (1 - WORD_WEIGHT) * (char_sums[gi] @ char_sums[gj].T)[0, 0]) / pairs
            if pairs <= MAX_ADJUSTED_PAIRS:
                sample = [(x, y) for x in left for y in right]
            else:
                sample = [(rng.choice(left), rng.choice(right)) for _ in range(MAX_ADJUSTED_PAIRS)]
            adjusted = sum(adjustment(self.mentions[x], self.mentions[y], self.name_weight) + self.correction(x, y)
                           for x, y in sample) / len(sample)
            return float(blend) + adjusted

        for (i, j), value in sorted(scored.items(), key=lambda item: -item[1]):
            if value < self.threshold:
                break
            gi, gj = group_of[i], group_of[j]
            if gi == gj:
                continue
            left, right = members[gi], members[gj]
            if len(left) > 1 or len(right) > 1:
                key = (gi, gj, len(left), len(right))
                if key in refused:
                    continue
                if average(left, right, gi, gj) < self.threshold:
                    refused.add(key)
                    continue
            keep, drop = (gi, gj) if len(left) >= len(right) else (gj, gi)
            for m in members[drop]:
                group_of[m] = keep
            members[keep].extend(members.pop(drop))
            word_sums[keep] = word_sums[keep] + word_sums.pop(drop)
            char_sums[keep] = char_sums[keep] + char_sums.pop(drop)

        self._join_pieces(members, group_of)

        def pair_score(i, j):
            key = (i, j) if i < j else (j, i)
            if key not in scored:
                scored[key] = self.score(*key)
            return scored[key]

        result = []
        for group in members.values():
            group.sort(key=lambda m: (str(self.mentions[m].article), self.mentions[m].start))
            if len({self.mentions[m].article for m in group}) == 1 and not self._restated(group):
                # a claim links outlets: one article's sentences alike are no claim of their own, unless the
                # article restates one checkable detail of its own ("nearly 50 countries" ... "the 50 countries");
                # a statement with no detail stated by one outlet alone is no claim
                result.extend(self._claim([m], pair_score) for m in group if not self.mentions[m].plain)
                continue
            result.append(self._claim(group, pair_score))
        result.sort(key=lambda c: (-len({m.article for m in c.mentions}), -len(c), c.mentions[0].start))
        return result

    def _join_pieces(self, members: dict[int, list[int]], group_of: list[int]) -> None:
        """Let a sentence that states two facts take part in two claims: a piece of it (``Mention.pieces``, a clause
        of a second fact) joins a claim its sentence is not in when its average score with the claim's mentions (as
        two groups merge) reaches the threshold and passes the whole sentence's, so the piece, not the sentence,
        states that claim's fact. A claim the piece would be alone in with its own article's mentions is no link
        across outlets and is not joined. Each piece joins one claim at most, the one it scores best with, and a
        sentence gives each claim one piece at most. The pieces that join are added as mentions of their own: their
        spans lie inside their sentence's, and no two mentions share one. Candidates are each piece's nearest
        mentions, as for the mentions (``candidates``): the cost grows as the mentions' does."""
        owners = [(i, piece) for i, mention in enumerate(self.mentions) for piece in mention.pieces]
        if not owners:
            return
        words, chars = self.vectorisers
        word_rows = words.transform([piece for _, piece in owners])
        char_rows = chars.transform([piece.text for _, piece in owners])
        n = len(self.mentions)
        words_t, chars_t = self.word_vectors.T.tocsr(), self.char_vectors.T.tocsr()
        rng = random.Random(0)

        articles: dict[int, frozenset] = {}  # each candidate group's articles, read once

        def sample(group: int) -> list[int]:
            others = members[group]
            return others if len(others) <= MAX_ADJUSTED_PAIRS else [
                rng.choice(others) for _ in range(MAX_ADJUSTED_PAIRS)]

        joins = []
        for low in range(0, len(owners), ROW_BLOCK):
            high = min(len(owners), low + ROW_BLOCK)
            block = (WORD_WEIGHT * (word_rows[low:high] @ words_t).toarray()
                     + (1 - WORD_WEIGHT) * (char_rows[low:high] @ chars_t).toarray())
            for row in range(low, high):
                parent, piece = owners[row]
                # The piece a sentence opens with, its main clause, was judged with the sentence: it joins a claim
                # of two mentions or more, and founds none with one other sentence; the others, a second fact's
                # clauses, join either.
                main = piece.start == self.mentions[parent].start
                named = self.named["piece"](piece) if self.named else None
                scores = block[row - low]
                keep = min(NEIGHBOURS, n)
                top = np.argpartition(-scores, keep - 1)[:keep] if keep < n else np.arange(n)
                groups = {group_of[int(j)] for j in top if scores[j] >= CANDIDATE_FLOOR} - {group_of[parent]}
                for group in groups:
                    if group not in articles:
                        articles[group] = frozenset(self.mentions[m].article for m in members[group])
                    if main and len(members[group]) < 2 or articles[group] <= {piece.article}:
                        continue
                    others = sample(group)
                    own = sum(self._piece_score(piece, self.mentions[parent], word_rows[row], char_rows[row], m,
                                                named) for m in others) / len(others)
                    if own < self.threshold:
                        continue
                    whole = sum(self.score(*sorted((parent, m))) for m in others) / len(others)
                    if own > whole:
                        joins.append((own, row, parent, group, len(others)))
        joined, given = set(), set()
        new_words, new_chars = [], []
        pieces_in: dict[int, list[int]] = defaultdict(list)  # the pieces that joined each group so far
        for own, row, parent, group, pairs in sorted(joins, key=lambda join: (-join[0], join[1])):
            if row in joined or (parent, group) in given:
                continue
            # the pieces that joined the group before it count in its average as its mentions do
            earlier = pieces_in[group]
            if earlier and (own * pairs + sum(self._pieces_score(owners, word_rows, char_rows, row, other)
                                              for other in earlier)) / (pairs + len(earlier)) < self.threshold:
                continue
            joined.add(row)
            given.add((parent, group))
            pieces_in[group].append(row)
            self.mentions.append(owners[row][1])
            group_of.append(group)
            members[group].append(len(self.mentions) - 1)
            new_words.append(word_rows[row])
            new_chars.append(char_rows[row])
        if new_words:
            self.word_vectors = sparse.vstack([self.word_vectors, *new_words]).tocsr()
            self.char_vectors = sparse.vstack([self.char_vectors, *new_chars]).tocsr()

    def _pieces_score(self, owners: list[tuple[int, Mention]], word_rows, char_rows, x: int, y: int) -> float:
        """Two pieces' score, as ``_piece_score`` gives a piece's with a mention (each dated by its sentence when it
        gives no date), without the reading of quoted names, which only a mention's vectors have."""
        (first_parent, first), (second_parent, second) = owners[x], owners[y]
        blend = (WORD_WEIGHT * float(word_rows[x].multiply(word_rows[y]).sum())
                 + (1 - WORD_WEIGHT) * float(char_rows[x].multiply(char_rows[y]).sum()))
        if (first.plain or second.plain) and (first.article == second.article or blend < PLAIN_LIKENESS):
            return blend + PLAIN_REFUSED
        first_dated, second_dated = (
            piece if piece.details.dates else replace(piece, details=replace(
                piece.details, dates=self.mentions[parent].details.dates))
            for parent, piece in ((first_parent, first), (second_parent, second)))
        value = blend + adjustment(first_dated, second_dated, self.name_weight)
        if self._names_only(first, second):
            value -= blend
        return value

    def _piece_score(self, piece: Mention, sentence: Mention, word_row, char_row, j: int,
                     named: tuple | None = None) -> float:
        """A piece's score with mention ``j``, as ``score`` gives a pair of mentions: the blended likeness, the
        details shared, and no credit when a statement with no detail is not alike in words (``PLAIN_LIKENESS``),
        when the quoted names they share are all their evidence (``correction``; ``named``: the piece's names and
        vectors without them) or when names alone tie them (``_names_only``)."""
        other = self.mentions[j]
        blend = (WORD_WEIGHT * float(word_row.multiply(self.word_vectors[j]).sum())
                 + (1 - WORD_WEIGHT) * float(char_row.multiply(self.char_vectors[j]).sum()))
        if (piece.plain or other.plain) and (piece.article == other.article or blend < PLAIN_LIKENESS):
            return blend + PLAIN_REFUSED
        # a clause that gives no date of its own is dated by its sentence ("… in 2019, when uptake stood at 84%")
        dated = piece if piece.details.dates else replace(piece, details=replace(
            piece.details, dates=sentence.details.dates))
        value = blend + adjustment(dated, other, self.name_weight)
        holds = self.named.get("holds", {}) if self.named else {}
        if named is not None and _surnames(named[0]) & _surnames(holds.get(j, frozenset())):
            row = self.named["rows"][j]
            rest = (WORD_WEIGHT * float(named[1].multiply(self.named["word"][row]).sum())
                    + (1 - WORD_WEIGHT) * float(named[2].multiply(self.named["char"][row]).sum()))
            shared = (_figure_values(piece.details) & _figure_values(other.details)
                      or piece.details.dates & other.details.dates
                      or close_figures(piece.details.figures, other.details.figures))
            if rest < NAMED_REST and not shared:
                return value + rest - blend - SHARED_RARE_NAME * min(RARE_NAMES_CAP, sum(
                    self.name_weight.get(name, 0.0) ** 2 for name in piece.details.names & other.details.names))
        if self._names_only(piece, other):
            value -= blend + SHARED_RARE_NAME * min(RARE_NAMES_CAP, sum(
                self.name_weight.get(name, 0.0) ** 2 for name in piece.details.names & other.details.names))
        return value

    def _restated(self, group: list[int]) -> bool:
        """Whether every mention of a group shares a figure or a date with another of it (close figures count:
        "nearly 50" and "50") or repeats another's words (``_repeated_words``: a page printing a quotation twice)."""
        def tied(a: Mention, b: Mention) -> bool:
            return _repeated_words(a.text, b.text) or _share_a_detail(a, b)

        mentions = [self.mentions[m] for m in group]
        return all(any(tied(a, b) for b in mentions if b is not a) for a in mentions)

    def _claim(self, group: list[int], pair_score) -> Claim:
        mentions = [self.mentions[m] for m in group]
        if len(group) == 1:
            return Claim(mentions, [False], [""],
                         label_for(mentions[0].text, key=key_details(mentions[0], (), self.language)))
        sample = group[:CENTRE_SAMPLE]
        centre = max(sample, key=lambda m: sum(pair_score(m, o) for o in sample if o != m))
        reasons = []
        for m in group:
            partner = centre if m != centre else max((o for o in sample if o != m), key=lambda o: pair_score(m, o))
            reasons.append(reason(self.mentions[m], self.mentions[partner], self.language))
        # The label quotes the centre, unless the centre differs from what the claim's other mentions state and
        # another does not: then it quotes the one of those closest to the rest, so that a row's label never quotes
        # a sentence its own row marks as differing while another sentence states the claim.
        flags = differing(mentions)
        stating = [m for m, flag in zip(group, flags, strict=True) if not flag]
        labelled = centre
        if flags[group.index(centre)] and stating:
            labelled = max(stating, key=lambda m: sum(pair_score(m, o) for o in sample if o != m))
        others = [self.mentions[m] for m in group if m != labelled]
        key = key_details(self.mentions[labelled], others, self.language)
        return Claim(mentions, flags, reasons, label_for(self.mentions[labelled].text, key=key))


def _share_a_detail(a: Mention, b: Mention) -> bool:
    """Whether two mentions state one checkable detail alike: a figure (close figures count: "nearly 50" and "50")
    or a date."""
    return bool(_figure_values(a.details) & _figure_values(b.details) or a.details.dates & b.details.dates
                or close_figures(a.details.figures, b.details.figures)
                or _rounded_shared(a.details.figures, b.details.figures))


REPEATED_WORDS = 8  # a run of this many words two sentences both write: one wording, printed twice


def _repeated_words(a: str, b: str) -> bool:
    """Whether two sentences write one run of ``REPEATED_WORDS`` words or more alike (case and marks aside)."""
    from difflib import SequenceMatcher

    left, right = WORD.findall(a.lower()), WORD.findall(b.lower())
    return SequenceMatcher(None, left, right, autojunk=False).find_longest_match().size >= REPEATED_WORDS


SPELLING_RATIO = 0.8  # "miriam" / "myriam", "joanna" / "johanna": one given name spelt two ways


def spelt_otherwise(names: Iterable[str], quoted: Iterable[str]) -> frozenset[str]:
    """The quoted names (``speakers``) a sentence's ``names`` write with the surname and a given name spelt
    otherwise ("Myriam Okafor" for "Miriam Okafor"): one person, whose name ties no two facts either."""
    from difflib import SequenceMatcher

    names = set(names)
    return frozenset(name for name in quoted if len(parts := name.split()) > 1 and parts[-1] in names
                     and any(SequenceMatcher(None, parts[0], other).ratio() >= SPELLING_RATIO
                             for other in names - {parts[-1]}))


def _surnames(names: Iterable[str]) -> set[str]:
    """The last word of each name: "Miriam Okafor" and "Myriam Okafor", one person spelt two ways, share it. Two
    people of one surname ("John Hale", "Mary Hale") share it too, and their pair is judged without the names as
    well: a surname two people share is no evidence of one fact either."""
    return {name.split()[-1] for name in names if name}


PROTAGONIST_ARTICLES = 3  # articles a story needs before the names all of them share are its protagonists


def protagonists(mentions: Sequence[Mention]) -> frozenset[str]:
    """The names (``Details.names``) the mentions of every article of the story hold, when it has at least
    ``PROTAGONIST_ARTICLES``: its protagonists (the school, the town at the centre of it), which every fact of the
    story may name, so that two sentences sharing them share no fact for that. A pair that shares one is judged
    again without them (``Linker.correction``), as one that shares a quoted speaker's name. A country's name
    (``COUNTRY_WORDS``) is none: who sends what to whom is the fact itself, as a country is no speaker
    (``speaker_name``)."""
    by_article: dict[Hashable, set[str]] = defaultdict(set)
    for mention in mentions:
        by_article[mention.article] |= mention.details.names
    if len(by_article) < PROTAGONIST_ARTICLES:
        return frozenset()
    return frozenset(set.intersection(*by_article.values()) - COUNTRY_WORDS)


@functools.lru_cache(maxsize=65536)
def _figure_values(details) -> frozenset:
    return frozenset(f.signature[:2] for f in details.figures)


def name_weights(mentions: Sequence[Mention]) -> dict[str, float]:
    """How telling each name is within the story, from 0 (in every mention) to 1 (in one): a name the
    whole story repeats ("Korea" in a story on Korea) ties nothing together, a rare one ("Kursk") does."""
    counts = Counter(name for m in mentions for name in m.details.names)
    n = max(2, len(mentions))
    return {name: max(0.0, 1 - math.log(count) / math.log(n)) for name, count in counts.items()}


def adjustment(a: Mention, b: Mention, name_weight: dict[str, float] | None = None) -> float:
    """What the checkable details add to or take from a pair's lexical likeness."""
    value = 0.0
    shared_figures = _figure_values(a.details) & _figure_values(b.details)
    shared_figures = {s for s in shared_figures
                      if not (s[0] == "count" and s[1] <= SMALL_COUNT) or _small_shared(a, b, s)}
    shared_figures |= {s for s in _rounded_shared(a.details.figures, b.details.figures)
                       if not (s[0] == "count" and s[1] <= SMALL_COUNT)}
    value += SHARED_FIGURE * min(2, len(shared_figures))
    closeness = close_figures(a.details.figures, b.details.figures, bool(casualties(a.text) & casualties(b.text)))
    if closeness == "near":
        value += NEAR_FIGURE  # beside a shared figure too: "14 schools" shared says the count is of one thing
    elif not shared_figures:
        value += HEDGED_FIGURE if closeness == "hedged" else CLOSE_FIGURE if closeness else 0.0
    shared_dates = a.details.dates & b.details.dates
    value += SHARED_DAY * min(1, sum(d.startswith("day:") for d in shared_dates))
    value += SHARED_MONTH_OR_WEEKDAY * min(1, sum(d.startswith(("month:", "weekday:")) for d in shared_dates))
    shared_names = a.details.names & b.details.names
    if name_weight is None:
        value += SHARED_NAME * min(3, len(shared_names))
    else:
        value += SHARED_RARE_NAME * min(RARE_NAMES_CAP, sum(name_weight.get(name, 0.0) ** 2 for name in shared_names))
    value += SHARED_TIME * min(1, sum(d.startswith("time:") for d in shared_dates))
    conflict = date_conflict(a.details.dates, b.details.dates)
    if conflict == "time" and close_times(a, b):
        conflict = ""  # "about 3:40 a.m." beside "around 4 a.m.": one moment, stated otherwise
        value += CLOSE_FIGURE
    if conflict in ("cross", "weekday") and shared_figures:
        # one sentence may date two facts, and a weekday alone dates a report ("said on Tuesday") as often as the
        # fact; a shared figure says this pair is about the same one
        conflict = ""
    if conflict and any(_telling(value) for _, value in shared_figures):
        # a figure of three digits or more written to its last unit ("4,812 cases") is not restated by chance: the
        # pair states one fact, and the other date is that of a comparison ("eight times as many as in 2024")
        conflict = ""
    if conflict in ("day", "month", "year", "dom"):
        value -= OTHER_PERIOD
    elif conflict:
        value -= DATE_CONFLICT
    if a.article == b.article:
        value -= SAME_ARTICLE
    return value


def _minutes(date: str) -> int:
    hour, minute = date.removeprefix("time:").split(":")
    return int(hour) * 60 + int(minute)


def _hedged_times(text: str) -> set[int]:
    """The times of day (in minutes) an English ``text`` writes after a hedge ("about 3:40 a.m.", "shortly before 4
    a.m."): stated as near a time, not at it."""
    found = set()
    for match in ENGLISH_CLOCK.finditer(text):
        before = text[max(0, match.start() - 24):match.start()].lower().split()
        if before[-1:] and (before[-1] in TIME_HEDGES or " ".join(before[-2:]) in TIME_HEDGES):
            hour = int(match.group("hour")) % 12 + (12 if match.group("half").lower() == "p" else 0)
            found.add(hour * 60 + int(match.group("minute") or 0))
    return found


def close_times(a: Mention, b: Mention) -> bool:
    """Whether two mentions that give other times of day may give one time two ways: within ``TIME_REACH`` minutes
    of each other, one of them a whole hour or hedged ("around 4 a.m." beside "3:40 a.m.", "shortly before 4 a.m."
    beside "about 3:40"), as a rounded figure beside an exact one. Two exact times ("3:15", "3:40") are two times."""
    left = [_minutes(d) for d in a.details.dates if d.startswith("time:")]
    right = [_minutes(d) for d in b.details.dates if d.startswith("time:")]
    loose = _hedged_times(a.text) | _hedged_times(b.text)
    return any(abs(x - y) <= TIME_REACH and (x % 60 == 0 or y % 60 == 0 or x in loose or y in loose)
               for x in left for y in right)


def _telling(value: float) -> bool:
    """A figure precise enough that two sources stating it state one fact: three significant digits or more, the
    last of them no nought (4,812; 2,318; not 4,800 nor 27)."""
    unit = _rounding(value)
    return bool(unit) and abs(value) / unit >= TELLING_DIGITS and round(abs(value) / unit) % 10 != 0


# Units of one kind of measure and what one of each is in the kind's first unit: outlets convert a length, a weight,
# an area or a volume into the units their readers use ("5 km", "3.1 miles"), each rounding the result.
CONVERTED = {
    "unit:m": ("length", 1.0), "unit:km": ("length", 1000.0), "unit:cm": ("length", 0.01),
    "unit:mm": ("length", 0.001), "unit:mile": ("length", 1609.344), "unit:yard": ("length", 0.9144),
    "unit:foot": ("length", 0.3048), "unit:inch": ("length", 0.0254),
    "unit:kg": ("weight", 1.0), "unit:tonne": ("weight", 1000.0),
    "unit:hectare": ("area", 10_000.0), "unit:acre": ("area", 4046.8564224),
    "unit:litre": ("volume", 1.0), "unit:barrel": ("volume", 158.987294928),
}


def _converted_ratio(a, b) -> float | None:
    """The ratio of two measures of one kind in other units (``CONVERTED``), converted, the smaller over the larger;
    None when they are no two units of one kind of measure."""
    left, right = CONVERTED.get(a.kind), CONVERTED.get(b.kind)
    if not left or not right or left[0] != right[0] or a.value <= 0 or b.value <= 0:
        return None
    x, y = a.value * left[1], b.value * right[1]
    return min(x, y) / max(x, y)


def close_figures(left, right, casualties_alike: bool = False) -> str:
    """How two mentions' figures of one kind come close without being equal: "hedged" when one is a hedged
    statement of the other ("passed one hundred and ten" beside "112", "nearly 30" beside "27"), "near" when two
    stated figures lie within a few per cent of each other ("2,318 candidates", "2,310 students": one count from
    two sources), "close" when they count the same thing ("three skippers", "four skippers") or lie within a fifth
    of each other (small counts aside, but for two counts within half of each other in sentences that name
    casualties of one class, ``casualties_alike``: "two dead", "three killed"), "" otherwise. A measure in another
    unit of its kind (``CONVERTED``: "5 km" beside "3.1 miles", "800 metres" beside "0.8 km") is compared converted,
    and may only be "near" or "hedged": a converted figure is rounded, and its unit says it measures one thing."""
    found = ""
    for a in left:
        for b in right:
            if a.kind != b.kind:
                ratio = _converted_ratio(a, b)
                if ratio is None:
                    continue
                if ratio >= NEAR_RATIO:
                    if a.hedge or b.hedge:
                        return "hedged"
                    found = "near"
                continue
            if a.value == b.value and not (a.hedge or b.hedge):
                continue  # the same figure is shared, not close
            ratio = (min(a.value, b.value) / max(a.value, b.value)
                     if a.value > SMALL_COUNT and b.value > SMALL_COUNT else 0.0)
            if ratio >= CLOSE_RATIO and (a.hedge or b.hedge):
                return "hedged"
            if ratio >= NEAR_RATIO:
                found = "near"
            elif (ratio >= CLOSE_RATIO or a.nouns & b.nouns or casualties_alike and a.kind == "count"
                  and min(a.value, b.value) >= FAMILY_RATIO * max(a.value, b.value)) and not found:
                found = "close"
    return found


@functools.lru_cache(maxsize=65536)
def _grains(dates: frozenset[str]) -> dict[str, set[str]]:
    grains = defaultdict(set)
    for date in dates:
        grain, _, value = date.partition(":")
        grains[grain].add(value)
    return grains


def date_conflict(left: Iterable[str], right: Iterable[str]) -> str:
    """The grain at which two mentions name different times ("" when they do not): the same grain (a time of day,
    "о 3:20" against "о 6:15", is one), or a weekday against a month."""
    a, b = _grains(frozenset(left)), _grains(frozenset(right))
    for grain in ("day", "year", "month", "weekday", "dom", "time"):
        if a.get(grain) and b.get(grain) and not (a[grain] & b[grain]):
            return grain
    # "on Wednesday" against "in November": a weekday names a day of the story's own week, a bare month
    # another time, unless one of them also names the other grain, or the month comes with its day ("on
    # Friday" and "on 26 December" may be one day) or the two share a year
    if a.get("year") and b.get("year"):
        return ""
    for x, y in ((a, b), (b, a)):
        if (x.get("weekday") and not x.get("month") and y.get("month") and not y.get("weekday")
                and not y.get("day")):
            return "cross"
    return ""


def same_figure_of_one_thing(left: Details, right: Details, left_words: Iterable[str],
                             right_words: Iterable[str], language: str | None = None) -> bool:
    """Whether two mentions state one figure of one thing: the same figure (kind and value; not a small count,
    "two countries", which any two facts may share), with a word besides the figure's own that both use, or the
    same counted thing after it ("14 patients" / "14 routes" share only the number, a £2.5 million grant and a
    "2.5 million pound refurbishment" only the sum), and no date of theirs at the same grain disagreeing (84% in
    2019 is not 84% in 2023), nor a year in one against a date without one in the other. ``left_words``,
    ``right_words``: the mentions' content words (``content_words``)."""
    shared = [f for f in left.figures for g in right.figures
              if f.signature[:2] == g.signature[:2] and not (f.kind == "count" and f.value <= SMALL_COUNT)
              and (f.nouns & g.nouns) - stop_words() - (function_words(language) if language else frozenset())]
    same_value = {f.signature[:2] for f in left.figures for g in right.figures
                  if f.signature[:2] == g.signature[:2] and not _other_units(f, g, language)}
    same_value = {s for s in same_value if not (s[0] == "count" and s[1] <= SMALL_COUNT)}
    if not same_value or date_conflict(left.dates, right.dates) not in ("", "cross"):
        return False
    years = [any(d.startswith("year:") for d in side.dates) for side in (left, right)]
    if years[0] != years[1] and (right if years[0] else left).dates:
        return False  # "in 2019" against "on Thursday": a year marks another period than the story's own days
    if shared:
        return True
    figure_words = set(content_words(" ".join(f.text for f in (*left.figures, *right.figures)), language))
    figure_words |= set(canonical_figure_tokens(left.figures)) | {"million", "billion", "thousand", "hundred",
                                                                   "cent", "percent", "pound", "euro", "dollar"}
    return bool((set(left_words) & set(right_words)) - figure_words)


def _other_units(left, right, language: str | None) -> bool:
    """Whether two equal numbers of a language other than English count other things: both name what they count
    right after the figure (its unit or counted thing, as ``details`` read them: "45 ሚሊዮን ብር", 45 million birr,
    beside "45 ዓመታት", 45 years) and the two share no stem. A figure that names nothing after it ("mit 14 im
    Einsatz", "40 ont été mobilisés") counts what its sentence's other words say, which the caller weighs. A share,
    a sum or a measure ``details`` knows holds its unit in its kind; English's words after a figure are often the
    sentence's next phrase, so they are not read so."""
    if language in (None, languages.ENGLISH) or left.kind != "count":
        return False  # a share, a sum or a measure the figure's kind names
    if left.bare or right.bare or not left.nouns or not right.nouns:
        return False
    stems = [{term(word, language) for noun in side.nouns for word in noun.split()} for side in (left, right)]
    return not stems[0] & stems[1]


def differing(mentions: Sequence[Mention]) -> list[bool]:
    """Which mentions state a figure or date other than what the claim's other mentions state; the moment of the
    match a mention tells of (``Mention.moment``: its live entry's minute mark, or the minute its paragraph set
    before it) is compared as a minute it states, so one outlet's 57th minute differs from two others' 58th."""
    flags = [False] * len(mentions)
    # anything with ``details`` may be compared (a record of the figures alone has no moment)
    mentions = [replace(m, details=replace(m.details, figures=m.details.figures + m.moment))
                if getattr(m, "moment", ()) else m for m in mentions]
    kinds = sorted({f.kind for m in mentions for f in m.details.figures})
    # small counts that another mention counts alike ("two dead" beside "three killed") are compared as others are
    alike = {round(f.value, 6) for i, m in enumerate(mentions) for f in m.details.figures
             if f.kind == "count" and f.value <= SMALL_COUNT
             and any(counted_alike(m, o, f, g) for k, o in enumerate(mentions) if k != i
                     for g in o.details.figures if g.kind == "count")}
    for kind in kinds:
        values = {round(f.value, 6) for m in mentions for f in m.details.figures if f.kind == kind}
        for family in _families(values, alike if kind == "count" else (), counted=kind == "count"):
            own = [[f for f in m.details.figures if f.kind == kind and round(f.value, 6) in family] for m in mentions]
            agreed = _agreeing(own)
            stated = [{agreed.get((i, k), (round(f.value, 6), f.hedge == "bound")) for k, f in enumerate(figures)}
                      for i, figures in enumerate(own)]
            _flag(stated, [[f.hedge == "bound" for f in figures] for figures in own], flags)
    # a mention restating a telling figure another mention states ("4,812 cases") is judged by it, not by a date
    # beside it, which may be a comparison's ("eight times as many as in 2024")
    telling = [{f.signature[:2] for f in m.details.figures if not f.direction and _telling(f.value)} for m in mentions]
    tied = [any(telling[i] & telling[j] for j in range(len(mentions)) if j != i) for i in range(len(mentions))]
    for grain in ("day", "month", "weekday", "year", "time"):
        stated = [set() if tied[i] else set(_grains(m.details.dates).get(grain, ())) for i, m in enumerate(mentions)]
        _flag(stated, [[] for _ in mentions], flags)
    return flags


def _rounding(value: float) -> float:
    """The place of a figure's last digit other than nought, what it was rounded to: 100 for 4,800 ("4,8 mil"), 1,000
    for 5,000, 1 for 4,812, 0.001 for 6.2 %."""
    if not value or not math.isfinite(value):
        return 0.0
    unit = 10.0 ** math.floor(math.log10(abs(value)))
    while unit > 1e-9 and abs(value / unit - round(value / unit)) > 1e-6:
        unit /= 10
    return unit


def rounded_alike(coarse, fine) -> bool:
    """Whether ``coarse``, stated exactly, is ``fine`` rounded to fewer of its decimals: "52,3 %" or "52 %" for
    "52,31 %", "5,5 %" for "5,49 %", "56" for "56,02", each rounded to the whole of its kind (``WHOLE``) or more
    finely. A round whole figure is no rounding of a decimal one ("50 %" beside "52,31 %"), nor is a whole count a
    rounding of another ("4,800" beside "4,812": two counts, unless a hedge says so, ``_agrees``)."""
    if coarse.kind != fine.kind or coarse.direction or fine.direction or coarse.value == fine.value:
        return False
    whole = WHOLE.get(coarse.kind, 1.0)
    unit, finer = _rounding(coarse.value), _rounding(fine.value)
    if not unit or finer >= unit or unit > whole * (1 + 1e-9) or finer >= whole:
        return False
    return abs(fine.value - coarse.value) <= unit / 2 * (1 + 1e-9)


def _rounded_shared(left, right) -> set[tuple]:
    """The signatures of the figures of ``left`` and ``right`` one of which rounds the other (``rounded_alike``)."""
    return {g.signature[:2] if rounded_alike(f, g) else f.signature[:2] for f in left for g in right
            if rounded_alike(f, g) or rounded_alike(g, f)}


def _agrees(figure, value: float) -> bool:
    """Whether a hedged round figure (rounded to the hundred or coarser, ``ROUND_FIGURE``) can stand for a value
    stated exactly: one on its hedge's side, within half its rounding and within a tenth of it (``HEDGE_REACH``).
    "more than 4,800" (4,8 mil) stands for 4,812, not for 4,700 nor 4,800; "nearly 5,000" for 4,500 up to 4,999;
    "about 200" for 180 to 220; "more than 100" for 101 to 110. A figure rounded more finely ("nearly 30", "passed
    110") stands for itself, and its hedge states another figure."""
    hedged, unit = figure.value, _rounding(figure.value)
    if unit < ROUND_FIGURE or not figure.direction:
        return False
    reach = min(unit / 2, abs(hedged) * HEDGE_REACH)
    if figure.direction == "up":
        return hedged < value <= hedged + reach
    if figure.direction == "down":
        return hedged - reach <= value < hedged
    return abs(value - hedged) <= reach


def _agreeing(own: list[list]) -> dict[tuple[int, int], tuple]:
    """The hedged figures of mentions (``own``: each mention's figures of one family) that agree with another
    mention's: the key each then states, (mention, figure) -> key. A hedged figure agrees with a value another
    mention states exactly that it can stand for (``_agrees``: "more than 4,800" with 4,812, not 4,700), the closest
    of them. Hedged figures are not matched with one another: "about 11,000", "more than 10,000" and "some 12,000"
    are three estimates, of which the middle one stands for the claim (``_flag``)."""
    exact = [(i, f.value) for i, figures in enumerate(own) for f in figures if not f.direction]
    hedged = [(i, k) for i, figures in enumerate(own) for k, f in enumerate(figures) if f.direction]
    agreed: dict[tuple[int, int], tuple] = {}
    for i, k in hedged:
        near = [value for j, value in exact if j != i and _agrees(own[i][k], value)]
        if near:
            value = min(near, key=lambda v: abs(v - own[i][k].value))
            agreed[(i, k)] = (round(value, 6), False)
    # a figure rounded to fewer decimals states the more precise one it rounds ("52,3 %" beside "52,31 %")
    for i, figures in enumerate(own):
        for k, f in enumerate(figures):
            if f.direction:
                continue
            finer = [g.value for j, others in enumerate(own) if j != i for g in others if rounded_alike(f, g)]
            if finer:
                agreed[(i, k)] = (round(min(finer, key=lambda v: abs(v - f.value)), 6), False)
    return agreed


def _families(values: Iterable[float], alike: Iterable[float] = (), counted: bool = True) -> list[set[float]]:
    """Values of one kind grouped by how close they lie (each within half of the next, ``FAMILY_RATIO``; a small
    count alone, unless it is among ``alike``, counted as another mention counts: "two dead", "three killed"):
    "2,318", "2,310" and "more than 2,000" state one count, "14 schools" and "15 schools" another, so a mention that
    shares the number of schools still differs on the number of pupils. Only a count (``counted``) is small: a share
    is a fraction of one, "47,63 %" and "47,8 %" one family as "4,763" and "4,780" are."""
    families: list[set[float]] = []
    previous = None
    alike = set(alike)

    def alone(value: float) -> bool:
        return counted and value <= SMALL_COUNT and value not in alike

    for value in sorted(values):
        if (previous is None or alone(previous) or alone(value) or previous <= 0
                or previous / value < FAMILY_RATIO):
            families.append(set())
        families[-1].add(value)
        previous = value
    return families


def _flag(stated: list[set], hedges: list[list[bool]], flags: list[bool]) -> None:
    holders = [i for i, values in enumerate(stated) if values]
    if len(holders) < 2:
        return
    counts = Counter(value for i in holders for value in stated[i])
    top = max(counts.values())
    if top == 1 and len(holders) > 1 and all(
        stated[i] & stated[j] for i in holders for j in holders if i != j
    ):
        return
    majority = {value for value, count in counts.items() if count == top}
    if top > 1 and (len(majority) == 1 or all(stated[i] >= majority for i in holders if stated[i] & majority)):
        # one value most mentions state, or several that the same mentions state together ("two dead and five
        # injured" twice, "three dead" once): a mention stating none of them differs
        for i in holders:
            if not (stated[i] & majority):
                flags[i] = True
        return
    if any(stated[i] & stated[j] for i in holders for j in holders if i < j):
        return  # the mentions share a value; their other figures are other facts
    values = [next(iter(stated[i])) for i in holders if len(stated[i]) == 1]
    if len(values) == len(holders) >= 3 and len(holders) % 2 and all(isinstance(v, tuple) for v in values):
        # three or more figures, all different: the middle one stands for the claim ("about 11,000" between
        # "more than 10,000" and "some 12,000"), and the others differ from it
        middle = sorted(holders, key=lambda i: next(iter(stated[i]))[0])[len(holders) // 2]
        for i in holders:
            flags[i] = flags[i] or i != middle
        return
    hedged = [i for i in holders if any(hedges[i])]
    for i in hedged or holders:
        flags[i] = True


def reason(a: Mention, b: Mention, language: str | None = None) -> str:
    """What two mentions share, most telling first: the words of a statement both quote, figures, dates,
    names (a country however each names it), then distinctive words; in a script without capitals, the
    longest runs of characters or the words both write (``_shared_wording``)."""
    parts = []
    b_plain = _plain(b.text)
    for quotation in quotations(a.text):
        words = quoted(quotation).strip(" ,.")
        count = _size(words) if caseless(words) else len(WORD.findall(words))
        if count >= QUOTED_WORDS and _plain(words) in b_plain:
            parts.append(f"“{shorten(words, 80)}”")
    b_figures = {f.signature[:2] for f in b.details.figures}
    parts += [f.text for f in a.details.figures if f.signature[:2] in b_figures]
    b_dates = set(b.details.dates)
    if caseless(a.text):
        parts += [t for t in a.details.date_texts if details(t, language).dates & b_dates]
        parts += _shared_wording(a.text, b.text, language)
        return _listed(parts)
    words_b = set(content_words(b.text, language))
    if language not in (None, languages.ENGLISH):
        parts += [t for t in a.details.date_texts if details(t, language).dates & b_dates]
        shared_words = list(dict.fromkeys(word for word in WORD.findall(a.text) if len(word) > 2
                                          and not _skipped(word, language) and term(word, language) in words_b))
        names = [w for w in shared_words if w[0].isupper()]
        others = sorted((w for w in shared_words if not w[0].isupper()), key=len, reverse=True)
        return _listed(parts + names[:3] + others[:4])
    parts += [t for t in a.details.date_texts if any(_matches(t, d) for d in b_dates)]
    countries = {}
    for match in COUNTRY.finditer(a.text):
        if stem(match.lastgroup.replace("_", "")) in words_b:
            countries.setdefault(match.lastgroup, re.sub(r"['’]s$", "", match.group()))
    parts += countries.values()
    shared_words = []
    for word in WORD.findall(COUNTRY.sub(" ", a.text)):
        s = stem(word)
        if word.lower() not in stop_words() and s in words_b and word not in shared_words and len(word) > 2:
            shared_words.append(word)
    names = [w for w in shared_words if w[0].isupper()]
    others = sorted((w for w in shared_words if not w[0].isupper()), key=len, reverse=True)
    parts += names[:3] + others[:4]
    return _listed(parts)


def _listed(parts: list[str]) -> str:
    seen, unique = set(), []
    for part in parts:
        if part.lower() not in seen:
            seen.add(part.lower())
            unique.append(part)
    return "shared: " + ", ".join(unique) if unique else "similar wording"


SHARED_RUNS = 4


def _shared_wording(a: str, b: str, language: str | None) -> list[str]:
    """What two mentions in a script without capitals write alike: runs of Chinese, Japanese or Korean
    characters whose every pair both hold ("柳溪大桥", "封闭维修"), and words whose stems both hold, longest
    first."""
    b_terms = set(_script_terms(b, language))
    stemmed = alignment_words.stemmer(language)
    skipped = alignment_words.stop_words_for(language)
    found = []
    for match in alignment_words.TOKEN.finditer(a):
        word = match.group()
        if alignment_words.PAIRED_RUN.search(word):
            characters = alignment_words.MARKED.findall(word)
            start = None
            for i in range(len(characters)):
                shared = i + 1 < len(characters) and "".join(characters[i:i + 2]).lower() in b_terms
                if shared and start is None:
                    start = i
                elif not shared and start is not None:
                    found.append("".join(characters[start:i + 1]))
                    start = None
        elif (len(word) > 2 and not alignment_words.skipped_word(skipped, language, word.lower())
              and stemmed(word.lower()) in b_terms):
            found.append(word)
    unique = list(dict.fromkeys(found))
    longest = [run for run in unique if not any(run != other and run in other for other in unique)]
    return sorted(longest, key=len, reverse=True)[:SHARED_RUNS]


def _plain(text: str) -> str:
    return " ".join(WORD.findall(text.lower()))


def _matches(text: str, date: str) -> bool:
    value = date.partition(":")[2]
    return any(piece.lower() in value.split("-") for piece in text.split())


# A quotation mark -> the mark that closes the quotation it opens (a closing mark closes nothing).
CLOSING_QUOTE = {"“": "”", "‘": "’", '"': '"', "”": "", "’": ""}


# What opens a line of a live page or a transcript before its sentence, no part of the fact: a time stamp and its
# dash ("17h48 — ", "09:12 - "), and a speaker's label, a word or a few capitalised words and a colon ("Secretária: ",
# "Dr Ann Roe: "). "New figures: the town …" is the sentence's own colon (its second word is in lower case).
_CAPITALISED_WORD = r"[^\W\d_a-zß-ÿ][^\W\d_]*\.?"
LABEL_LEAD = re.compile(rf"(?:\d{{1,2}}[:.h]\d{{2}}\s*[-–—]+\s+)?"
                        rf"(?:{_CAPITALISED_WORD}(?:\s+{_CAPITALISED_WORD}){{0,3}}:\s+)?")


def label_for(text: str, limit: int = 90, key: Sequence[str] | None = None) -> str:
    """A claim's label from its sentence: the sentence as ``shorten`` leaves it, opening with a capital letter in a
    script whose prose writes one (``labels.capitalised``, as a topic's label: Georgian's capitals, Mtavruli, open
    no sentence, so a Georgian label stays in small letters);
    a sentence that opens on "and" or "but" (a clause split from the one before) loses that word, one that opens on
    a time stamp or a speaker's label (``LABEL_LEAD``: "17h48 — ", "Secretária: ") loses it.

    A label shows the claim's key detail: ``key``, the words stating it, most telling first (``key_details``;
    when not given, the sentence's own figures, then its dates). When the opening of a long sentence would leave
    the first of them that the sentence holds out, the label keeps it: cut later when a later phrase end still
    fits, else the lead-in is cut instead ("…said 42 cases were confirmed by Friday"), at the start of a clause or
    a phrase (``_lead_in_starts``), never inside a number, a name or a word."""
    text = " ".join(text.split())
    lead = LABEL_LEAD.match(text)
    if lead and len(text) > lead.end():
        text = text[lead.end():]
    opening = re.match(r"(?:and|but|or|yet|nor|so)\s+", text, re.IGNORECASE)
    if opening and len(text) > opening.end():
        text = text[opening.end():]
    text = _keeping(text, limit, own_key(text) if key is None else key)
    return capitalised(text)


def own_key(text: str, language: str | None = None) -> list[str]:
    """The words that state a sentence's key detail, as ``key_details`` ranks them for a claim of one mention."""
    found = details(text, language)
    return _ranked([], [], found.figures, _telling_dates(found.date_texts, language))


def key_details(mention: Mention, others: Sequence[Mention] = (), language: str | None = None) -> list[str]:
    """The words of ``mention`` that state its claim's key detail, most telling first. Of a claim of one mention,
    its figures, then its dates. Of a linked claim, what linked it: the figures it shares with the claim's
    ``others``, the dates it shares with them, then its figures of a kind theirs state too (a hedged or differing
    statement of the figure); a detail the others do not state is not the claim's. A weekday alone ("said on
    Friday") dates a report more often than the fact, and is never the key."""
    own = mention.details
    if not others:
        return _ranked([], [], own.figures, _telling_dates(own.date_texts, language))
    shared = {s for o in others for s in _figure_values(o.details)}
    figures = [f for f in own.figures if f.signature[:2] in shared]
    other_dates = {d for o in others for d in o.details.dates}
    dates = [t for t in _telling_dates(own.date_texts, language) if details(t, language).dates & other_dates]
    kinds = [f for f in own.figures if f.kind in {g.kind for o in others for g in o.details.figures}]
    return _ranked(figures, dates, kinds, [])


def _telling_dates(texts: Sequence[str], language: str | None) -> list[str]:
    """The dates written in ``texts`` that name more than a weekday."""
    return [t for t in texts if any(not d.startswith("weekday:") for d in details(t, language).dates)]


def _ranked(shared, dates: Sequence[str], figures, other_dates: Sequence[str]) -> list[str]:
    """Shared figures, shared dates, other figures, other dates; never a small count ("two hospitals", "the two
    Koreas"), which is seldom the fact (as ``adjustment`` counts it no shared evidence)."""
    telling = [f.text for f in [*shared, *figures] if not (f.kind == "count" and f.value <= SMALL_COUNT)]
    shared_texts = {f.text for f in shared}
    ranked = [t for t in telling if t in shared_texts] + list(dates) + telling + list(other_dates)
    return list(dict.fromkeys(ranked))


def _keeping(text: str, limit: int, key: Sequence[str]) -> str:
    """``shorten(text, limit)``, unless that cuts off the first of ``key`` the text holds: then cut after it when
    a phrase end after it fits, else with the lead-in cut (``_lead_in_starts``)."""
    shortened = shorten(text, limit)
    span = next((found for words in key if (found := _locate(text, words))), None)
    if shortened == text or span is None:
        return shortened
    start, end = span
    if end <= limit - 1:  # the opening may stay
        if len(shortened.rstrip("…").rstrip("".join(CLOSING_QUOTE))) >= end:
            return shortened
        if (cut := _cut(text, limit - 1, end)) is not None:
            return cut + "…"
    phrases, others = _lead_in_starts(text, start)
    # The earliest start of a clause or a phrase from which the rest of the sentence fits whole ("…said that 42
    # cases were confirmed by Friday."); else the earliest start with a cut at a clause or phrase end, else with a
    # cut within a run of characters.
    whole = next((lead for lead in phrases if len(text) - lead <= limit - 1), None)
    if whole is not None:
        return "…" + text[whole:]
    for clean in (True, False):
        for lead in phrases + others:
            rest = text[lead:]
            if len(rest) <= limit - 1:
                return "…" + rest
            cut = _cut(rest, limit - 2, end - lead, clean)
            if cut is not None:
                return "…" + cut + "…"
    return shortened


def _locate(text: str, words: str) -> tuple[int, int] | None:
    """Where ``words`` (as ``details`` writes a figure or a date: "£ 2.5 million", "18 %") stand in ``text``, with a
    hedge written before them ("more than", "约", "เกือบ"); None when they are not found."""
    pieces = words.split()
    if not pieces:
        return None
    found = re.search(r"\s*".join(map(re.escape, pieces)), text, re.IGNORECASE)
    if not found:
        return None
    start = found.start()
    before = text[:start].rstrip().lower()
    for hedge in HEDGES_BEFORE:
        if before.endswith(hedge) and (len(before) == len(hedge) or not before[-len(hedge) - 1].isalnum()
                                       or caseless(hedge)):
            start = len(before) - len(hedge)
            break
    end = found.end()
    if end < len(text) and UNSPACED_CHARACTER.match(text[end]) and text[end - 1:end].isalnum():
        end += 1  # the classifier written onto a figure of Chinese or Japanese ("1.8万户", "4.6万辆")
    return start, end


def _hedges_before() -> tuple[str, ...]:
    written = [*DIRECTIONAL_HEDGES, *ROUNDING_HEDGES, *OTHER_BEFORE_BOUND, *OTHER_BEFORE_ROUNDED]
    # a script without spaces is matched without them ("超 过" as read, "超过" as written)
    hedges = {h.replace(" ", "") if caseless(h) and not h.isascii() and " " in h and len(h.split()[0]) == 1 else h
              for h in written}
    return tuple(sorted(hedges, key=len, reverse=True))


HEDGES_BEFORE = _hedges_before()


def _cut(text: str, limit: int, at_least: int, clean: bool = False) -> str | None:
    """``text`` cut as ``shorten`` cuts it within ``limit`` characters, but not before ``at_least``; None when no
    such cut fits (``clean``: nor a cut inside a run of Chinese or Japanese characters)."""
    if at_least > limit:
        return None
    if caseless(text):
        return _cut_at_clause_end(text, limit, at_least, clean)
    return _cut_at_phrase_end(text, limit, at_least)


def _lead_in_starts(text: str, before: int) -> tuple[list[int], list[int]]:
    """Where a label may start when the opening of ``text`` is cut, up to ``before``, earliest first (the label
    keeps as much as fits): the starts of clauses and phrases, and the other starts, tried after them. In a script
    with capitals: a clause's start (after a comma, a semicolon, a colon, a dash or a bracket) or a phrase's (after
    a noun or a name that ends one); then after any word that ends a phrase or a verb ("at a cost of …"); never
    inside a number or a name, nor on "and". In a script without capitals: after a clause mark or at a space that
    is no part of a name or a figure; then ``before`` itself when a figure starts there in a script that writes no
    spaces."""
    if caseless(text):
        clauses = [m.end() + len(text[m.end():]) - len(text[m.end():].lstrip())
                   for m in CLAUSE_MARK.finditer(text[:before])]
        thai = [after for _, after in _thai_boundaries(text[:before])] if THAI_LETTER.search(text) else []
        spaces = [m.end() for m in SPACE.finditer(text[:before])
                  if not (text[m.start() - 1].isdecimal() and text[m.end()].isdecimal())
                  and not text[:m.start()].rsplit(None, 1)[-1].startswith(THAI_TITLES)]
        phrases = sorted(set(thai) | set(spaces))
        last = [before] if before and UNSPACED_CHARACTER.match(text[before - 1]) else []
        return _ordered(sorted(set(clauses) | set(phrases)), last, before)
    found = token_spans(text)
    words = [token for token, _, _ in found]
    classes = word_classes(words)
    clauses, phrases, words_after = [], [], []
    for position in range(1, len(found)):
        token, start, _ = found[position]
        if start > before:
            break
        if not token[:1].isalnum():
            continue
        previous, kind, own = words[position - 1], classes[position - 1], classes[position]
        if previous[-1:].isdecimal() and token[:1].isdecimal():
            continue  # "1 200": one figure
        if kind == wordclass.NAME and token[:1].isupper() or own == wordclass.CONJUNCTION:
            continue  # inside a name; "and …" opens nothing
        if previous in (",", ";", ":", "–", "—", "(", "“", "‘", "«"):
            clauses.append(start)
        elif kind in (wordclass.NOUN, wordclass.NAME) and (
                own not in (wordclass.NOUN, wordclass.NAME, wordclass.POSSESSIVE, wordclass.PREPOSITION)
                or own == wordclass.NAME and not previous[:1].isupper()):  # "… time North Korean media"
            phrases.append(start)
        elif previous[:1].isalnum() and kind not in (wordclass.DETERMINER, wordclass.ADJECTIVE, wordclass.POSSESSIVE,
                                                     wordclass.NUMBER, wordclass.PREPOSITION):
            words_after.append(start)  # after a phrase's last word: "… storms at a cost of £2.5m"
    return _ordered(sorted(clauses + phrases), words_after, before)


def _ordered(phrases: list[int], others: list[int], before: int) -> tuple[list[int], list[int]]:
    first = [s for s in phrases if 0 < s <= before]
    return first, [s for s in others if 0 < s <= before and s not in first]


def shorten(text: str, limit: int = 90) -> str:
    """``text`` as written when it fits in ``limit`` characters, else cut at a phrase boundary (after a noun or a
    name, never on a linking word, an adjective or inside a name; at a comma or a dash when one falls late
    enough) and marked "…"."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    if caseless(text):
        return _cut_at_clause_end(text, limit - 1) + "…"
    return _cut_at_phrase_end(text, limit - 1) + "…"


SPACE = re.compile(r"\s+")
# A number of one or two digits reads as a count without its unit when a label ends on it ("… Monday March 9…"): the
# key may end a label when it is a year or a larger figure, not on such a number.
SMALL_NUMBER = re.compile(r"\d{1,2}")
THAI_REPORTING = ("ว่า",)  # "… กล่าวว่า" (said that): what was said follows, and a label does not end there
# Where a clause of a script without capitals ends: its commas and semicolons (Chinese "，、；", Arabic "،؛") and
# the colon; the English word classes that find a phrase's end know none of its words.
CLAUSE_MARK = re.compile(r"[，、；：,;:،؛]")


def _cut_at_clause_end(text: str, limit: int, at_least: int = 0, clean: bool = False) -> str | None:
    """``text`` cut before the last clause mark within ``limit`` characters when one falls late enough, else at
    the last space that ends a clause of Thai (``finding._thai_boundaries``) late enough, else at the last space,
    else at ``limit``; never after a figure ("เจ้าหน้าที่ 40…" says 40 of nothing; the comma of a list of figures, "7, 8,
    11 ஆகிய", ends no clause) or a reporting verb's "ว่า",
    nor inside a word when a space allows; nor before ``at_least`` (None when no cut falls there)."""
    head = text[:limit + 1]
    marks = [m.start() for m in CLAUSE_MARK.finditer(head)
             if m.start() >= max(limit // 2, at_least) and not head[m.start() - 1].isdecimal()]
    if marks:
        return head[:marks[-1]]
    clauses = [space for space, _ in _thai_boundaries(head) if space >= max(limit // 2, at_least)] \
        if THAI_LETTER.search(head) else []
    if clauses:
        return head[:clauses[-1]]
    spaces = [m.start() for m in SPACE.finditer(head)
              if m.start() >= max(limit // 4, at_least) and not head[m.start() - 1].isdecimal()
              and not head[:m.start()].endswith(THAI_REPORTING)]
    late = [space for space in spaces if space >= limit // 2]
    if late or spaces:
        return head[:(late or spaces)[-1]].rstrip()
    if at_least:
        if clean or SPACE.search(head[at_least:]):
            return None  # its only spaces follow a figure or "ว่า": a cut here would fall inside a word
        cut = limit
        while cut > at_least and cut < len(text) and text[cut - 1].isdecimal() and text[cut].isdecimal():
            cut -= 1  # never inside a figure
        return text[:cut]
    return text[:limit]


def _cut_at_phrase_end(text: str, limit: int, at_least: int = 0) -> str | None:
    """``text`` cut after a noun or a name within ``limit`` characters, preferring a late comma or dash; a
    quotation cut short is closed; never before ``at_least`` (None when no cut falls there)."""
    found = token_spans(text)
    words = [token for token, _, _ in found]
    classes = word_classes(words)
    ends, pauses, quote = [], [], ""
    for position, (token, _, end) in enumerate(found):
        if end > limit:
            break
        if token in CLOSING_QUOTE:
            quote = "" if quote == CLOSING_QUOTE[token] or token == '"' and quote else CLOSING_QUOTE[token]
        following = words[position + 1] if position + 1 < len(words) else ""
        if (at_least and end == at_least and classes[position] == wordclass.NUMBER and not following[:1].isalnum()
                and not SMALL_NUMBER.fullmatch(token) and token[:1].isdecimal()):
            # the key figure or year written in digits ends the phrase ("… in 2026, after …"); a multiplier
            # ("… $1.4 million…") reads as a count cut from its unit
            ends.append((end, quote))
        if classes[position] not in (wordclass.NOUN, wordclass.NAME) or end < at_least:
            continue
        if classes[position] == wordclass.NAME and following[:1].isupper():
            continue  # inside a name
        if following in (",", ";", "–", "—", ":"):
            pauses.append((end, quote))
        elif not following[:1].isalnum() or classes[position + 1] not in (wordclass.NOUN, wordclass.NAME,
                                                                           wordclass.ADJECTIVE, wordclass.POSSESSIVE):
            ends.append((end, quote))
    # a quotation closed after the cut still fits in ``limit``
    ends, pauses = ([cut for cut in found_cuts if cut[0] + len(cut[1]) <= limit] for found_cuts in (ends, pauses))
    late_pause = [cut for cut in pauses if cut[0] >= limit // 2]
    cuts = late_pause or ends + pauses
    if not cuts:
        if at_least:
            return None
        return text[:limit].rsplit(" ", 1)[0].rstrip(",;:")
    end, quote = max(cuts)
    return text[:end] + quote


def link_articles(articles: Iterable[tuple[Hashable, str]], threshold: float = LINK_THRESHOLD,
                  exclude: dict | None = None) -> list[Claim]:
    """Find and link the claims of a story's articles, given as (key, text) pairs; ``exclude`` maps an
    article's key to spans (page furniture) whose sentences are not claims."""
    exclude = exclude or {}
    articles = [(key, text, text_language(text)) for key, text in articles]
    # the words the whole story writes in lower case: a word one outlet capitalises to open a sentence ("Zoon Bram")
    # is a common word when another writes it in lower case ("zijn zoon")
    vocabulary = lower_vocabulary([reading_text(text) for _, text, _ in articles])
    mentions = [m for key, text, language in articles
                for m in find_mentions(key, text, language, vocabulary, plain=True, pieces=True)
                if not any(s < m.end and m.start < e for s, e in exclude.get(key, ()))]
    if not mentions:
        return []
    return Linker(mentions, threshold).claims()
