"""Topic labels: a short phrase taken from the topic's own passages that names what they share.

Policy: a label is a noun phrase that occurs, word for word, in one of the topic's passages — a head noun with
its modifiers, complete from its first modifier to its head, optionally followed by one prepositional phrase
("missile launches from the east coast") or one "-ing" phrase ("statement condemning the missile transfers"),
each complete to its own noun. A label never ends on a determiner, a preposition, a conjunction, an auxiliary,
a pronoun, an adjective without its noun or a bare number, and never cuts a name in two (a capitalised run of
words is kept whole or left out); the word classes come from ``wordclass``. Among the candidate phrases, the
one whose words are most distinctive of the topic (frequent in it, rare in the other topics, used by several
of its articles) wins, with a preference for phrases of two to five words that several passages share. In a
story in another European language, which the English word classes cannot read, the candidates are runs of words
that open and close on a content word of that language and hold no word the story itself uses as a verb
(``word_run_spans``, ``verbal``). A story's script, told by its letters, decides before its language does: a story in
Japanese (kanji with kana) is read by ``japanese``, its labels runs of kanji and katakana joined by の, and a story in
Arabic by ``arabic``, its labels nouns with their genitives and adjectives, the proclitics of the first word left out; a
story in Korean (Hangul) by ``korean``, its labels runs of nouns with the particle of the last left out; a story in
Tamil by ``tamil``, its labels runs of nouns closed by their head noun, the case ending of the last left out, as one of
the topic's passages writes it; a story in Hindi by ``hindi``, its labels runs of content words closed by a postposition
(Hindi told by its postpositions from Marathi and Nepali, which share its script: ``hindi.written_in_hindi``), and a
story in Urdu so too, with Urdu's tables (``urdu``: an abbreviation spelt out letter by letter is one word); and a
story in Chinese, simplified or traditional, by ``chinese``, its labels the runs of characters that two of the topic's
articles or more write alike; and a story in Thai by ``thai``, its labels the runs of words (found by a dictionary) that
two of the topic's articles or more write alike (``story_script``, ``reading_of``). A story in Greek is read by
runs of its words, which never hold a word the story uses as a verb (``greek_verbs``) nor an article that opens a
second noun phrase (``GREEK_BREAKS``). A bare list of words is never built: where no phrase qualifies, and in a
language nothing here reads (Persian, Hebrew, Marathi, Nepali), the label is the opening of the topic's most typical
passage, as written, up to five words or twelve characters of a script written without spaces (Thai's cut between
its words), with "…" where the clause goes on: the words before "…" are the passage's own, and "…" says it goes on.
"""

import functools
import math
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Hashable, Sequence

from annotations import number_words
from annotations.claims import normalise
from newsdesk.alignment import (
    arabic,
    burmese_labels,
    chinese,
    hindi,
    japanese,
    korean,
    tamil,
    thai,
    urdu,
    verbal,
    wordclass,
)
from newsdesk.alignment.words import (
    APOSTROPHE_ENDING,
    CALENDAR,
    SUFFIXING,
    character_pairs,
    stem,
    stop_words,
    stop_words_for,
)
from newsdesk.importing import burmese, calendar_names, furniture_vocabulary, khmer, languages
from newsdesk.importing.furniture_lines import ENGLISH_CALL_TO_ACTION
from newsdesk.importing.scripts import (
    ARMENIAN_WORD_MARK,
    CJK_STOPS,
    JOINER_IN_WORD,
    STOPS,
    UNSPACED_RUN,
    reading_text,
    run_words,
    written_in_georgian,
)
from newsdesk.importing.tokens import MARKS, THAI_CHARACTER, thai_segments

# Words and the punctuation between them; a phrase never spans punctuation other than a hyphen inside a word.
# A plural's possessive apostrophe stays with its word ("Workers' Guild").
# A word's combining marks stay inside it, never a token of their own, and so do Armenian's marks over a vowel
# (``scripts.ARMENIAN_WORD_MARK``: "Ինչո՞ւ").
# A figure keeps its decimals and its per cent sign in any script ("412.5", "٦٫٥", "٤٠٪"). A conjunction or a
# preposition of Arabic written onto a figure, or stretched by a tatweel before one or before a quotation ("و٤٠٪",
# "بـ6.5", "بـ«"), is a token of its own. A zero-width non-joiner between two letters is inside a word: Persian writes
# one between a word's parts ("ارغوان‌دشت", "خصوصی‌سازی", "می‌شود"); so is a joiner inside a conjunct
# (``JOINER_IN_WORD``: Sinhala's "ප්‍ර").
ARABIC_SCRIPT = "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff"
WORD = (rf"[^\W_ـ](?:[^\W\d_ـ]|(?<![{ARABIC_SCRIPT}])\d|[{MARKS}]|{ARMENIAN_WORD_MARK}|\u200c(?=[^\W\d_])"
        rf"|{JOINER_IN_WORD}|ـ+(?!\d))*ـ*")
TOKEN = re.compile(
    rf"\d+(?:[.,٫٬]\d+)*[%٪]?|{WORD}(?:['’\-]{WORD})*(?:(?<=s)['’](?=\s+[^\W\d_]))?|[^\w\s]", re.UNICODE
)
# Linking words a noun phrase may hold inside it ("Reserve Bank of Norland", "arms for Russia").
LINKS = frozenset({"of", "for", "on", "in", "to", "and", "the", "a", "an", "over", "against", "with", "from",
                   "at", "by", "into", "after"})
# Word classes inside a noun phrase: the words before its head and the head itself.
NOUNS = frozenset({wordclass.NOUN, wordclass.NAME})
MODIFIERS = NOUNS | {wordclass.ADJECTIVE, wordclass.NUMBER, wordclass.POSSESSIVE}
OPENS_NOUN = frozenset({wordclass.DETERMINER, wordclass.ADJECTIVE, wordclass.POSSESSIVE, wordclass.NUMBER})
# Prepositions that attach a second noun phrase to a label's head ("missile launches in recent years").
ATTACHING = frozenset({"of", "for", "on", "in", "to", "over", "against", "with", "from", "at", "into", "about",
                       "across", "near", "under"})
ARTICLES = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "those"})
# Tokens after which a capital letter may only mark an opening sentence, quotation or heading.
SENTENCE_OPENERS = frozenset({".", "!", "?", ":", ";", "“", "”", "\"", "‘", "'", "(", "—", "–", "-", "•"})
MAX_WORDS = 6
CORE_WORDS = 5  # words of one noun phrase, modifiers and head
MAX_PHRASE_WORDS = 8
LABEL_SAMPLE = 12  # passages per topic read for phrases, spread over its articles: labels cost no more in big stories
PREFERRED_WORDS = range(2, 6)


def tokens(text: str) -> list[str]:
    return TOKEN.findall(text)


def token_spans(text: str) -> list[tuple[str, int, int]]:
    """Each token of ``text`` with where it starts and ends."""
    return [(match.group(), match.start(), match.end()) for match in TOKEN.finditer(text)]


def is_word(token: str) -> bool:
    return bool(token) and (token[0].isalnum())


def is_capitalised(token: str) -> bool:
    return token[:1].isupper()


@functools.lru_cache(maxsize=100_000)
def is_content(token: str) -> bool:
    lowered = token.lower().replace("’", "'")
    return is_word(token) and lowered not in stop_words() and lowered not in LINKS and len(lowered) > 1


def sentence_starts(words: list[str], new_lines: frozenset[int] = frozenset()) -> list[bool]:
    """Whether each token may be capitalised only because a sentence (or a quotation, or a heading) opens there;
    ``new_lines`` holds the positions of tokens that open a line."""
    starts, opening = [], True
    for position, token in enumerate(words):
        starts.append(opening or position in new_lines)
        if is_word(token):
            opening = False
        elif token in SENTENCE_OPENERS:
            opening = True
    return starts


# Determiners that open a clause as its subject before an "-s" verb ("what happens", "whatever comes next").
CLAUSE_DETERMINERS = frozenset({"what", "whatever"})


def word_classes(words: list[str], new_lines: frozenset[int] = frozenset()) -> list[str]:
    """Each token's word class, read in its context where the tagger's list (one class per word) cannot tell:

    - a present-tense verb form is a noun where a noun phrase has begun before it ("its missile launches",
      "genuine offers") or inside a run of nouns ("short-range missile launch vehicles"), unless an object
      follows it ("the bank cut its rate"), or it is an "-s" form after a plural (a compound's first noun is
      singular: "fails the tests goes ashore") or after "what" (a clause's verb: "what happens to the bed");
    - a noun right after "to", an auxiliary or a subject pronoun is a verb ("to drink", "could face", "might
      also transfer", "we apologise");
    - an "-ing" noun between a plural and its object or preposition is a verb ("lawyers hunting for flaws");
    - a participle is a modifier only right after a determiner ("the armed forces"), else a verb;
    - a capitalised closed-class word with no capital or figure beside it is not a name ("story Why");
    - "per" between a figure and "cent" belongs to the figure ("4 per cent")."""
    classes: list[str] = []
    starts = sentence_starts(words, new_lines)
    for position, token in enumerate(words):
        kind = wordclass.word_class(token, starts[position]) if is_word(token) else wordclass.OTHER
        lowered = token.lower()
        before = classes[-1] if position else wordclass.OTHER
        earlier = classes[-2] if position > 1 else wordclass.OTHER
        after = words[position + 1] if position + 1 < len(words) else ""
        after_kind = wordclass.word_class(after, False) if is_word(after) else wordclass.OTHER
        previous = words[position - 1].lower() if position else ""
        object_follows = after_kind in (wordclass.DETERMINER, wordclass.PRONOUN, wordclass.POSSESSIVE)
        tag = wordclass.tags().get(lowered, "")
        present = tag in ("VB", "VBP", "VBZ")  # "cut", "use", "offers"; not "came"
        # Between two nouns after a singular one, only a plain form ("launch"), never an "-s" form ("approves",
        # "says": the verb of a two-noun subject) nor a verb of reporting, is part of a compound.
        compound = (before == earlier == after_kind == wordclass.NOUN and tag in ("VB", "VBP")
                    and not _plural(words[position - 1]) and lowered not in REPORTING)
        # An "-s" form after a plural or after "what" is the verb of a clause ("the tests goes ashore", "what
        # happens to"), as no noun of a compound is.
        # So is one after a singular noun and before "to" ("the council aims to reopen"): a noun of a compound
        # takes no infinitive ("the council's plans to", after a possessive, stays a noun).
        clause_verb = tag == "VBZ" and (before == wordclass.NOUN and _plural(words[position - 1])
                                        or previous in CLAUSE_DETERMINERS
                                        or before == wordclass.NOUN and after.lower() == "to")
        if kind == wordclass.VERB and present and not object_follows and not clause_verb and (
                before in OPENS_NOUN or before == wordclass.NOUN and earlier in OPENS_NOUN | {wordclass.PREPOSITION}
                or compound):
            kind = wordclass.NOUN
        elif kind == wordclass.NOUN and (previous == "to" or previous in wordclass.SUBJECTS
                                         or before == wordclass.AUXILIARY
                                         or before == wordclass.ADVERB and earlier == wordclass.AUXILIARY):
            kind = wordclass.VERB
        elif kind == wordclass.NOUN and lowered.endswith("ing") and before == wordclass.NOUN \
                and previous.endswith("s") and (object_follows or after_kind == wordclass.PREPOSITION):
            kind = wordclass.VERB
        elif kind in (wordclass.PARTICIPLE, wordclass.GERUND) and before not in (wordclass.DETERMINER,
                                                                                  wordclass.POSSESSIVE):
            kind = wordclass.VERB
        elif kind in (wordclass.PARTICIPLE, wordclass.GERUND):
            kind = wordclass.ADJECTIVE
        elif kind == wordclass.NAME and lowered in wordclass.CLOSED and not token.isupper() and not starts[position] \
                and not _capital_or_figure(after) and not _capital_or_figure(words[position - 1]):
            kind = wordclass.closed_class(lowered)  # "Why" opening a heading run into the text, not a name
        elif lowered == "per" and before == wordclass.NUMBER and after.lower() == "cent":
            kind = wordclass.NUMBER
        elif kind != wordclass.NAME and starts[position] and is_capitalised(token) and lowered not in wordclass.CLOSED \
                and lowered not in SENTENCE_ADVERBS and not lowered.endswith("ly") \
                and is_word(after) and is_capitalised(after) and after.lower() not in wordclass.CLOSED:
            kind = wordclass.NAME  # a sentence that opens on a name: "North Korean leader", not "north" and a name
        classes.append(kind)
    return classes


def _capital_or_figure(token: str) -> bool:
    return token[:1].isupper() or token[:1].isdigit()


COORDINATING = frozenset({"and", "or", "&"})  # the conjunctions that join two nouns into one phrase


def noun_phrase_ends(classes: list[str], start: int, limit: int, words: list[str] | None = None) -> list[int]:
    """Where a noun phrase that opens at ``start`` may end: on a noun or a name that no further modifier or
    noun follows (the phrase is complete to its head), within ``limit`` words. With ``words``, only "and", "or"
    and "&" join two nouns ("bus and tram drivers"); "where" or "that" opens a clause."""
    ends, coordinated = [], False
    for end in range(start, min(len(classes), start + limit)):
        kind = classes[end]
        if kind == wordclass.CONJUNCTION and words is not None and words[end].lower() not in COORDINATING:
            break
        if kind == wordclass.CONJUNCTION and not coordinated and end > start and end + 1 < len(classes) \
                and classes[end + 1] in MODIFIERS and classes[end - 1] in MODIFIERS:
            coordinated = True
            continue
        if kind not in MODIFIERS:
            break
        following = classes[end + 1] if end + 1 < len(classes) else wordclass.OTHER
        if kind in NOUNS and following not in MODIFIERS:
            ends.append(end)
        elif words is not None and kind == wordclass.NOUN and following == wordclass.NOUN \
                and _plural(words[end]) and _verb_in_the_present(words[end + 1]):
            # After a plural, a word whose "-s" form is a verb is that verb, which the tagger's list reads as a
            # noun ("otters and kingfishers feed along", "prices rise"), not the head the plural modifies
            # ("missile and munitions production", "arms trade").
            ends.append(end)
            break
    return ends


# Adverbs that open a sentence before a name ("Earlier Russia denied …", "Meanwhile Kyiv …"): no part of the name.
SENTENCE_ADVERBS = frozenset({"earlier", "later", "meanwhile", "now", "still", "instead", "elsewhere", "then",
                              "previously", "separately", "additionally", "also", "yet", "again", "today",
                              "yesterday", "tomorrow", "overnight", "last", "next"})


def _plural(word: str) -> bool:
    """A common noun's plural by its ending ("otters", "munitions"; not "census", "status", "virus", "news")."""
    return (word.islower() and len(word) > 3 and word.endswith("s")
            and not word.endswith(("ss", "us", "is", "ous")) and word != "news")


def _verb_in_the_present(word: str) -> bool:
    """``word`` is the plain present of a verb: its "-s" form is one in the tagger's list ("feed": "feeds",
    "supply": "supplies", "push": "pushes")."""
    lowered = word.lower()
    if lowered.endswith("y") and len(lowered) > 2 and lowered[-2] not in "aeiou":
        third_person = lowered[:-1] + "ies"
    elif lowered.endswith(("sh", "ch", "x", "ss", "z", "o")):
        third_person = lowered + "es"
    else:
        third_person = lowered + "s"
    return word.islower() and wordclass.tags().get(third_person) == "VBZ"


def candidate_phrases(words: list[str], text: str | None = None, spans: list[tuple[int, int]] | None = None):
    """(phrase, content stems) for every candidate of ``candidate_spans``."""
    for phrase, stems, _, _ in candidate_spans(words, text, spans):
        yield phrase, stems


def candidate_spans(words: list[str], text: str | None = None, spans: list[tuple[int, int]] | None = None):
    """(phrase, content stems, first token, last token) for every noun phrase of ``words`` (a passage's tokens)
    that may stand as a label: a head noun with its modifiers, complete from its first modifier to its head,
    optionally followed by one prepositional phrase or one "-ing" phrase complete to its own noun ("joint
    statement condemning the missile transfers"). A name is kept whole, and a phrase never ends on a closed-class
    word, an adjective or a bare number (see ``wordclass``).

    With the passage's ``text`` and each word's ``spans`` in it, a phrase is cut from the text itself, so it
    reads as the passage does where two tokens touch ("900MW", not "900 MW"; a line break reads as a space);
    otherwise the words are joined by spaces."""
    new_lines = frozenset()
    if text is not None and spans:
        new_lines = frozenset(position for position in range(1, len(spans))
                              if "\n" in text[spans[position - 1][1]:spans[position][0]])
    classes = word_classes(words, new_lines)
    for start in range(len(words)):
        if classes[start] not in MODIFIERS:
            continue
        previous = classes[start - 1] if start else wordclass.OTHER
        if previous in MODIFIERS and is_word(words[start - 1]):
            continue  # the noun phrase began earlier: a label holds it from its first word
        if classes[start] == wordclass.NUMBER and previous == wordclass.DETERMINER and not words[start][:1].isdigit():
            continue  # "thousand fish" of "several thousand fish": a number word is half of its quantity
        for end in noun_phrase_ends(classes, start, CORE_WORDS, words):
            if _cut_short(words, classes, end) or when(words[end]):
                continue
            yield from _phrase(words, text, spans, start, end)
            link = end + 1
            if link + 1 >= len(words) or not is_word(words[link]):
                continue
            linking = words[link].lower()
            attaches = linking in ATTACHING and classes[link] == wordclass.PREPOSITION
            if not (attaches or linking.endswith("ing") and classes[link] == wordclass.VERB):
                continue
            if attaches and linking != "of" and classes[end] == wordclass.NAME:
                continue  # after a name a phrase is the verb's ("providing Moscow with arms", "met Kim in Hanoi")
            inner = link + 1
            if classes[inner] == wordclass.DETERMINER and words[inner].lower() in ARTICLES:
                inner += 1
            elif linking == "to" and classes[inner] not in (wordclass.NAME, wordclass.NUMBER, wordclass.POSSESSIVE):
                continue  # "to" before a bare word is most often the sign of a verb ("offers to return")
            if inner >= len(words) or classes[inner] not in MODIFIERS:
                continue
            for tail in noun_phrase_ends(classes, inner, MAX_PHRASE_WORDS - (inner - start), words):
                if not _cut_short(words, classes, tail) and not when(words[tail]):
                    yield from _phrase(words, text, spans, start, tail)


# Languages that capitalise every noun: a phrase of theirs ends on a capitalised word ("Sperrung der Talbrücke",
# not "Talbrücke gesperrt").
CAPITALISED_NOUNS = languages.CAPITALISED_NOUNS
# Languages whose labels are runs of words bounded by their function words: those that write their articles,
# prepositions and particles as words of their own. Arabic, Persian and Hebrew write some onto the word
# ("والمستشفى", "and the hospital"), so a run there is bounded by nothing (Arabic has its own reading, ``arabic``;
# Persian and Hebrew topics keep the opening words of their most typical passage). Hindi writes its postpositions
# apart but marks neither subject nor object, so its runs need the story's own words (``hindi``).
# Marathi and Nepali, in the same script, write their case endings onto the noun and are read by runs.
RUN_LABEL_LANGUAGES = frozenset({"de", "fr", "es", "it", "pt", "nl", "sv", "nb", "da", "fi", "pl", "cs", "sk",
                                 "ro", "hu", "tr", "ca", "id", "ms", "vi", "ru", "uk", "bg", "el", "fa", "he", "am",
                                 "sw", "sr", "hr", "lt", "tl", "hy", "kk", "mr", "gu", "ne", "pa", "ml",
                                 "az"})
# The definite article a language writes onto the last word of its noun phrase, which no other word ends on: Armenian
# "-ը" ("կամուրջը", "Կամրջի վերանորոգումը"); not its "-ն" after a vowel, which many words end on ("կենտրոն", "տուն").
DEFINITE_ENDINGS = {"hy": ("ը",)}
RUN_WORDS = 4  # words of a label cut from a run of words, in a language the word classes cannot read
UNIT_LETTERS = 3  # letters of a short lower-case word after a figure, read as its unit ("ha", "km", "tấn")
# Languages whose modifiers, a name among them, follow their noun ("sopir angkot jurusan Karangwetan", "buruh KSB").
HEAD_FIRST = frozenset({"id", "ms"})
# Languages without articles: the small word before a noun is most often the preposition that governs it.
GOVERNED = frozenset({"ru", "uk", "pl", "cs", "sk", "bg"})
# Endings that no noun nor adjective of the language writes in the nominative, the case a label names its topic
# in: the oblique cases of adjectives ("čistou vodu", "Horního", "zničeným domům") and of nouns ("milionů",
# "domům", "loukách", "starostovi"; the feminine's accusative and the masculine's genitive and dative, "vodu",
# "hradu"). A phrase that opens on such a word was taken where a verb or a preposition governs it; one that opens
# in the nominative ("čistá voda", "most přes potok", "břeh potoka", its genitive after its head) wins over it.
OBLIQUE_ENDINGS = {
    "cs": ("ou", "ého", "ému", "ým", "ých", "ými", "ím", "ů", "ům", "ami", "ách", "ích", "ovi", "ově", "u"),
    # Slovak: its adjectives' and nouns' oblique cases as Czech's ("horskou", "Kamenného", "lyžiarom", "sedačkách",
    # "záchranárovi"), and the feminine adjective's accusative in "-ú" ("pitnú vodu"; the nominative is "pitná");
    # not "-ej" (the feminine adjective's, also given names': "Andrej", "Matej") nor "-ov" (also a town's name:
    # "Prešov").
    "sk": ("ou", "ú", "ého", "ému", "ým", "ých", "ými", "om", "ám", "ami", "ách", "iach", "ovi", "u"),
}
# Endings of the accusative and the instrumental that a noun phrase takes only where a verb or a preposition governs
# it, never as a modifier after its head (as a genitive stands: "břeh Horního potoka"): a phrase holding one
# anywhere ran from a subject into its object ("spolek čistou vodu" of "spolek rozváží čistou vodu").
OBJECT_ENDINGS = {"cs": ("ou",), "sk": ("ou",)}
OBLIQUE_WEIGHT = 0.4  # a candidate that opens on a word in an oblique case counts this share of its score
# The past tense, written on a verb's stem with its subject's gender and number ("odhadla", "opadla", "vytáhli",
# "zaplavila"): a phrase that opens on it opens on a verb whose subject stands before it, and a noun phrase of the
# topic wins over it. The letters the stem may end on before the ending: a consonant but "l", or a vowel but "e"
# (nouns end so: "velitel", "manžela", "Karel").
PAST_HEADS = {"cs": (("l", "la", "li"), "aiěyáíbcčdďfghjkmnňpqrřsštťvwxzž"),
              "sk": (("l", "la", "li"), "aiyáíäbcčdďfghjkmnňpqrŕsštťvwxzž")}
PAST_HEAD_STEM = 3  # letters of a stem at least, before the ending
WEAK_HEAD_WEIGHT = 0.4  # a candidate that opens on a verb in the past counts this share of its score
OBLIQUE_LETTERS = 4  # letters of a word at least, for its ending to say its case ("tou", "mu" say nothing)
# Greek's articles but the genitive ("του", "της", "των", which bind a noun to the one before it: "η πεζοδρόμηση της
# οδού"): inside a run, one opens a second noun phrase ("Πρώτο χειμώνα ο τζίρος"). As written and folded.
GREEK_BREAKS = frozenset(form for word in "ο η οι το τα τον την τη τις τους ένας μια μία ένα έναν".split()
                         for form in (word, languages.greek_folded(word)))
# Romanian writes its definite article onto the noun ("licența") and its indefinite one before it: inside a run,
# "o", "un" or "niște" open a second noun phrase, the object after a name ("Firma Lunca Verde o licență"). The
# genitive's "unei", "unui", "unor" bind a noun to the one before it ("acordul unei comisii") and stay.
ROMANIAN_BREAKS = frozenset("o un niște nişte".split())
# Particles only a verb follows (future, subjunctive, negation, exhortation), with a weak pronoun at most between
# ("θα είναι", "να φτάνουν", "δεν το ξέρουν"); the word after an article is a noun or an adjective.
GREEK_VERB_MARKERS = frozenset("θα να δεν μην μη ας".split())
GREEK_WEAK_PRONOUNS = frozenset("το τα τον την τη τους τις μου σου του της μας σας τους".split())
GREEK_NOUN_MARKERS = frozenset(languages.greek_folded(word) for word in "ο η οι το τα τον την τη ένας μια ένα".split())
# Endings only Greek verbs have (folded: no accents, one sigma): the present's third persons and first and second
# plural, the past's, the passive's ("πληρώνει", "φτάνουν", "αποφάσισαν", "ξεκίνησε", "σημειώθηκαν", "γίνονται"),
# on a word of five letters or more.
GREEK_VERB_ENDINGS = ("ουν", "ουμε", "ουνε", "ετε", "ειτε", "ουσε", "ουσαν", "ησε", "ησαν", "ηκε", "ηκαν",
                      "ονται", "εται", "ομαστε", "ομαι", "ουνται", "ιεται", "ει")
GREEK_VERB_LETTERS = 5
GREEK_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def greek_verbs(texts: Sequence[str], skipped: frozenset) -> frozenset[str]:
    """The lower-case words of a Greek story that act as verbs in it: after a particle only a verb follows
    (``GREEK_VERB_MARKERS``), or with an ending only verbs have (``GREEK_VERB_ENDINGS``), more often than after an
    article; never a function word."""
    verbal: Counter = Counter()
    nominal: Counter = Counter()
    for text in texts:
        for clause in re.split(r"[.,;:!?·«»\"()\n]", text):
            words = GREEK_WORD.findall(clause)
            folded = [languages.greek_folded(word) for word in words]
            for position, (word, form) in enumerate(zip(words, folded, strict=True)):
                lowered = word.lower()
                if lowered in skipped or form in skipped:
                    continue
                before = folded[position - 1] if position else ""
                earlier = folded[position - 2] if position > 1 else ""
                if before in GREEK_VERB_MARKERS or before in GREEK_WEAK_PRONOUNS and earlier in GREEK_VERB_MARKERS:
                    verbal[lowered] += 1
                elif before in GREEK_NOUN_MARKERS:
                    nominal[lowered] += 1
                if len(form) >= GREEK_VERB_LETTERS and form.endswith(GREEK_VERB_ENDINGS) and word[:1].islower():
                    verbal[lowered] += 1
    return frozenset(word for word, count in verbal.items() if count > nominal[word])


GROUP_SEPARATORS = frozenset({" ", "\u00a0", "\u202f", "\u2009"})  # between the groups of a figure: "1 800"
OTHER_DATE_NAMES = furniture_vocabulary.words(furniture_vocabulary.DATE_NAMES)  # months and weekdays
# The stems of the months and weekdays of languages that inflect them ("maaliskuun loppuun", "keskiviikkona",
# "keskiviikkoaamuna", "márciusban", "kedden"): a word opening on one says when, not what.
DATE_STEMS = {language: calendar_names.date_stems(language) for language in ("fi", "hu")}
# The endings a date stem takes, each language's cases and the adjective ("maaliskuun", "maaliskuussa",
# "keskiviikkona"; "márciusban", "kedden", "szerdán", "szombati"), and the Finnish compounds of a time of day
# ("keskiviikkoaamuna", "tiistai-iltana"): a word is a date only as a stem with one of them, never as a longer word
# that opens on one ("Szombathely", "szombathelyi").
DATE_ENDINGS = {
    "fi": ("", "n", "na", "nä", "ssa", "ssä", "sta", "stä", "lla", "llä", "lle", "lta", "ltä", "ksi", "hun", "hyn",
           "ta", "tä", "a", "ä", "ja", "jä", "in", "isin", "iin", "t", "jen", "ina", "inä", "sin"),
    "hu": ("", "i", "a", "ai", "án", "én", "n", "on", "en", "ön", "ban", "ben", "ra", "re", "ig", "tól", "től",
           "ból", "ből", "ba", "be", "ot", "et", "öt", "t", "ja", "je", "jában", "jében", "ra", "ok", "ek", "ként",
           "onként", "enként", "önként", "ánként", "énként", "iak", "iek"),
}
DATE_COMPOUNDS = {"fi": ("", "aamu", "aamupäivä", "päivä", "iltapäivä", "ilta", "yö", "-aamu", "-aamupäivä",
                         "-päivä", "-iltapäivä", "-ilta", "-yö", "aamuyö", "-aamuyö")}


# The words of a time a language writes apart from its dates, in the forms a time takes: the times of day ("reggel
# hét órakor", at seven in the morning; "kedd délután", "este 19 órától"), the seasons ("2027 nyarán", in the summer
# of 2027; "tavasszal") and how often or from when ("évente", "ezentúl"): a word of them says when, not what.
TIMES_OF_DAY = {"hu": frozenset("""
    reggel reggeli délelőtt délelőtti délben délután délutáni este esti éjjel éjszaka éjszakai hajnal hajnalban
    hajnali óra órakor órától óráig órás perccel napon napig hétfőtől
    nyáron nyarán nyárig nyári tavasszal tavaszán tavaszig tavaszi ősszel őszén őszig őszi télen telén télig téli
    évente havonta hetente naponta ezentúl jelenleg eddig azóta év évben éve évet évig éves évvel
""".split())}


def dated_word(word: str, language: str | None) -> bool:
    """``word`` (in lower case) is a month or weekday of ``language`` (``DATE_STEMS``) with one of its endings
    (``DATE_ENDINGS``), after a time of day written onto it (``DATE_COMPOUNDS``) or not."""
    stems = DATE_STEMS.get(language or "", ())
    if not word.startswith(stems):
        return False
    endings = DATE_ENDINGS.get(language or "", ("",))
    compounds = DATE_COMPOUNDS.get(language or "", ("",))
    return any(word.startswith(stem) and word[len(stem):].startswith(compound)
               and word[len(stem) + len(compound):] in endings for stem in stems for compound in compounds)


APOSTROPHE = re.compile(r"['’]")  # between an elided article or pronoun and its word ("qu'elle", "l'usine")


Hedges = dict[str, tuple[tuple[tuple[str, ...], int, bool], ...]]


@functools.lru_cache(maxsize=64)
def hedge_phrases(language: str | None) -> Hedges:
    """The hedges a figure follows, as the claims read them (``normalise``: "nejméně", at least; "více než", more
    than; "დაახლოებით", about), folded (``normalise.fold``), word by word: for each word of one, (the hedge, where the
    word stands in it, whether it is ``language``'s own), the hedges of the languages the claims read together being
    no language's own: a word of another language may fold to one ("chừng" as "chung")."""
    own = normalise.LANGUAGE_HEDGES.get(language or "", ((), (), ()))
    others = (tuple(normalise.fold(word) for word in phrase.split())
              for phrase in (*normalise.OTHER_BEFORE_BOUND, *normalise.OTHER_BEFORE_ROUNDED))
    found: dict[str, list] = defaultdict(list)
    for phrases, is_own in (((*own[1], *own[2]), True),
                            ((*normalise.LOCAL_BOUND_HEDGES, *normalise.LOCAL_ROUNDING_HEDGES, *others), False)):
        for phrase in phrases:
            for offset, word in enumerate(phrase):
                found[word].append((phrase, offset, is_own))
    return {word: tuple(entries) for word, entries in found.items()}


def in_hedge(words: Sequence[str], end: int, hedges: Hedges | None, own: bool = False) -> bool:
    """Whether ``words[end]`` is a word of a hedge of ``hedges`` (``hedge_phrases``), the words about it folded: of
    one of the language's own, or (but with ``own``) of one of the others that a figure follows ("více" or "než"
    of "více než 60"). A phrase that closes on one ("odhadla škody na nejméně" of "nejméně 90 milionů") stops short
    of the figure that says how much; one that holds one of the language's own goes on past a hedge ("zavřen
    nejméně do pátku", closed at least until Friday): it says how far, not what."""
    for phrase, offset, is_own in hedges.get(normalise.fold(words[end]), ()) if hedges else ():
        first = end - offset
        after = first + len(phrase)
        if first < 0 or after > len(words):
            continue
        if tuple(normalise.fold(found) for found in words[first:after]) != phrase:
            continue
        if is_own or not own and after < len(words) and words[after][:1].isdigit():
            return True
    return False


def word_run_spans(words: list[str], text: str | None, spans: list[tuple[int, int]] | None, skipped: frozenset,
                   capitalised_nouns: bool = False, governed: bool = False, verbs: frozenset = frozenset(),
                   breaks: frozenset = frozenset(), suffixing: bool = False, clauses: frozenset = frozenset(),
                   adjectives: frozenset = frozenset(), head_first: bool = False, closers: frozenset = frozenset(),
                   quantities: frozenset = frozenset(), dates: str | None = None,
                   articles: frozenset = frozenset(), hedges: Hedges | None = None,
                   definite: tuple[str, ...] = ()):
    """(phrase, content stems, first token, last token) for a story in a language the English word classes cannot
    read: runs of up to ``RUN_WORDS`` words inside a clause that open and close on a content word of the language
    (its function words, from ``skipped``, may stand inside: "cierre de la planta"), never a bare number, never a
    run that cuts a capitalised name in two or a figure written in groups ("800" of "1 800"), and, where every noun
    is capitalised, closing on a capitalised word. With ``governed`` (a language without articles, where the small
    word before a noun is most often the preposition that governs it: "на дорогу", "для будущих мам"), never a run
    that opens right after a function word; never a run holding a word the story uses as a verb (``verbs``, from
    ``verbal.verbal_words``: "Voté mardi soir", "Umweg kostet Zeit"). The phrases several passages share win in
    ``label_topics``, and a phrase that recurs is most often a name or a noun phrase: verbs change their endings
    from one sentence to the next. A word of ``breaks`` (Greek's articles but the genitive: ``GREEK_BREAKS``) opens
    a second noun phrase: no run holds one ("χειμώνα ο τζίρος"). With ``suffixing`` (a language that writes a
    name's case ending after an apostrophe: Turkish), a phrase ends without it. A word of ``clauses`` right after a
    content word opens a clause (``verbal.CLAUSE_OPENERS``: "inkomen dat de boeren"): no run holds one there. No
    run closes on a word of ``adjectives`` (``verbal.adjectives``: "waarde van de gedode", "mensen heel"), nor on a
    figure cut before its decimals or its next group ("Rp12" of "Rp12,5 miliar"). With ``head_first`` (a language
    whose modifiers follow their noun: Indonesian, Malay), no run closes on a lower-case word that a name follows
    at once: the name is its modifier ("Sopir angkot jurusan" of "jurusan Karangwetan-Lembahsari", "buruh" of "buruh
    KSB"). No run goes on past a word of ``closers`` (``verbal.CLOSERS``: "pesangon itu"). No run closes on a
    word of ``quantities`` (``quantity_words``: "miljoonaa euroa" of "2,5 miljoonaa euroa", "silnic deset milionů
    korun"), the words of a sum: they say how much, not of what. A month or a weekday of the language ``dates``
    with one of its endings (``dated_word``: "maaliskuun", "kedden") is a date, as a month's or a weekday's name is.
    A capitalised word that opens a sentence with one of ``articles`` (the language's articles that are no prepositions,
    ``verbal.DETERMINERS`` but ``verbal.FUSED``) and a lower-case word after it is a verb, as a noun phrase there
    opens on its article ("Confira os principais trechos", "Suivez les résultats"): no run opens on it. No run
    closes on a word of one of ``hedges`` (``hedge_phrases``: "odhadla škody na nejméně" of "nejméně 90 milionů"),
    which leads to the figure it hedges, and none holds one of the language's own ("zavřen nejméně do pátku"),
    which says how far, not what (``in_hedge``). A word with one of the endings ``definite`` (Armenian's article "-ը",
    written onto the last word of its noun phrase: ``DEFINITE_ENDINGS``) closes its phrase: no run goes on past it
    ("Կամուրջը փակ" of "Կամուրջը փակ է")."""

    def dated(position: int) -> bool:
        lowered = words[position].lower()
        return lowered in OTHER_DATE_NAMES or bool(dates) and (dated_word(lowered, dates)
                                                              or lowered in TIMES_OF_DAY.get(dates, ()))

    def acts_as_verb(position: int) -> bool:
        # ``verbs`` holds lower-case words: a capitalised one is a noun where every noun is capitalised ("Verbot"
        # of "die Stadt verbot"), and a name where it does not open a sentence ("gare de Vienne", "qu'il vienne").
        if is_capitalised(words[position]) and (capitalised_nouns or not starts[position]):
            return False
        return APOSTROPHE.split(words[position].lower())[-1] in verbs

    def function(position: int) -> bool:
        # An elided pronoun or article written onto a function word ("qu'elle", "dell'isola" is not one) counts
        # as one.
        parts = [part for part in APOSTROPHE.split(words[position].lower()) if part]
        return len(words[position]) < 2 or all(part in skipped or len(part) < 2 for part in parts)

    def capital(position: int) -> bool:
        return 0 <= position < len(words) and is_word(words[position]) and is_capitalised(words[position])

    def cut_figure(position: int) -> bool:
        # A word or figure that ends on a digit, with a decimal or group mark and a digit after it in the text.
        if not words[position][-1:].isdigit() or text is None or spans is None:
            return False
        after = text[spans[position][1]:spans[position][1] + 2]
        return len(after) == 2 and after[0] in ".,٫٬" and after[1].isdigit()

    def unit(position: int) -> bool:
        # A short lower-case word after a figure is its unit.
        return 0 < position < len(words) and words[position - 1][:1].isdigit() and words[position].islower() \
            and len(words[position]) <= UNIT_LETTERS

    def opens_on_a_verb(position: int) -> bool:
        return starts[position] and is_capitalised(words[position]) and position + 2 < len(words) \
            and words[position + 1].lower() in articles and words[position + 2][:1].islower()

    starts = sentence_starts(words)
    for start in range(len(words)):
        if not is_word(words[start]) or function(start) or dated(start) or opens_on_a_verb(start):
            continue
        # A run opening inside a name ("Lindenau" of "Talbrücke Lindenau") is no label; where every noun is
        # capitalised, the word before may be a noun of its own ("Landesbauminister Ulrike Brandner").
        if not capitalised_nouns and capital(start) and capital(start - 1) and not starts[start]:
            continue
        if start and governed and function(start - 1) and is_word(words[start - 1]):
            continue
        if unit(start) or words[start][:1].isdigit() and unit(start + 1):
            continue  # a measure ("1.850 ha lúa mùa", "38 km"): it says how much, it names nothing
        if start and words[start][:1].isdigit() and words[start - 1][:1].isdigit() and spans is not None \
                and text is not None and text[spans[start - 1][1]:spans[start][0]] in GROUP_SEPARATORS:
            continue
        for end in range(start, min(len(words), start + RUN_WORDS)):
            if not is_word(words[end]) or acts_as_verb(end) or end > start and words[end].lower() in breaks:
                break
            if in_hedge(words, end, hedges, own=True):
                break  # the language's hedge leads to its figure ("na nejméně" of "na nejméně 90 milionů")
            if end > start and dates and dated(end):
                break  # an inflected date heads a phrase of time ("maaliskuun loppuun"): the run ends before it
            if end > start and words[end].lower() in clauses and not function(end - 1):
                break
            if end > start and words[end - 1].lower() in closers:
                break  # a demonstrative closed the noun phrase: a predicate follows ("Pesangon itu hak normatif")
            if end > start and definite and words[end - 1].lower().endswith(definite):
                break  # the definite article closed the noun phrase: a predicate follows ("Կամուրջը փակ է")
            if end > start and text is not None and spans is not None \
                    and "\n" in text[spans[end - 1][1]:spans[end][0]]:
                break  # a line ends a phrase: a heading and the line below it ("Yorumlar" over "Yorum yapmak…")
            if end > start and suffixing and APOSTROPHE_ENDING.search(words[end - 1]):
                break  # a case ending ends its noun phrase ("Holding'e satıldı")
            if function(end) or words[end][:1].isdigit() or dated(end):
                continue  # nor a date ("30 de junio", "am Donnerstag"): it says when, not what
            if capitalised_nouns and not capital(end) or words[end] in adjectives:
                continue
            if cut_figure(end):
                continue  # a figure goes on after its decimal or group mark ("Rp12" of "Rp12,5 miliar")
            if head_first and words[end].islower() and capital(end + 1) and not starts[end + 1] \
                    and not function(end + 1) and not any(character.isdigit() for character in words[end + 1]):
                continue  # the name after a noun is its modifier ("jurusan" of "jurusan Karangwetan-Lembahsari")
            if not capitalised_nouns and capital(end) and capital(end + 1):
                continue  # the name goes on
            if quantities and words[end].lower() in quantities:
                continue  # the words of a sum ("miljoonaa euroa", "deset milionů korun") say how much, not of what
            if in_hedge(words, end, hedges):
                continue  # a hedge before its figure ("über" of "Lastwagen über 7,5 Tonnen")
            yield from _phrase(words, text, spans, start, end, skipped, suffixing)


# Words of magnitude, of share and of currency, which stand after a figure and count it ("2,5 miljoonaa euroa",
# "3,4 prosenttia", "2,4 milliárd forint"): in the forms each language writes after a figure.
QUANTITIES = {
    "fi": "tuhatta tuhat tuhannen miljoona miljoonaa miljoonan miljoonia miljardi miljardia miljardin miljardeja "
          "prosentti prosenttia prosentin prosenttiyksikköä prosenttiyksikkö euro euroa euron euroja senttiä "
          "kruunua dollaria tonnia kiloa kilometriä metriä hehtaaria neliömetriä",
    "hu": "ezer millió milliót millióval milliárd milliárdot milliárddal százalék százalékkal százalékos százalékot "
          "forint forintot forinttal euró eurót euróval dollár dollárt tonna kilométer méter hektár "
          # Hungarian's number words ("két év alatt", "hét órakor", "negyven kilométer") and the degree.
          "két kettő három négy öt hat hét nyolc kilenc tíz húsz harminc negyven ötven hatvan hetven nyolcvan "
          "kilencven száz fok fokkal fokot fokos",
    "cs": "tisíc tisíce tisících milion milionu milionů miliony milionech miliarda miliardy miliard miliardu "
          "procento procenta procent procentní koruna koruny korun korunu kč euro eur dolar dolary dolarů tuna tuny "
          "tun metr metry metrů metru kilometr kilometry kilometrů hektar hektary hektarů litr litry litrů",
    "sk": "tisíc tisíce tisícok milión milióna miliónov milióny miliarda miliardy miliárd percento percentá percent "
          "euro eurá eur dolár doláre dolárov tona tony ton meter metre metrov metra kilometer kilometre kilometrov "
          "hektár hektáre hektárov liter litre litrov stupeň stupne stupňov stupňa",
    # Danish: its sums' words ("48 mio. kr.", "knap 50 millioner kroner", "tre hundrede"), its number words and
    # its units ("62 millimeter", "38.000 kubikmeter").
    "da": "tusind tusinde million millioner mio milliard milliarder mia procent procentpoint krone kroner kr euro "
          "dollar ton kilo meter kilometer millimeter kubikmeter hektar liter grader to tre fire fem seks syv otte "
          "ni ti tolv tyve tredive fyrre halvtreds tres halvfjerds firs halvfems hundrede",
    # Swedish: its sums' words ("62 mkr", "knappt 50 miljoner kronor", "tre hundra"), its number words and its
    # units ("62 millimeter", "38 000 kubikmeter").
    "sv": "tusen miljon miljoner mn milj miljard miljarder md mdr procent procentenheter krona kronor kr mkr mdkr "
          "tkr euro dollar ton kilo meter kilometer millimeter kubikmeter hektar liter grader två tre fyra fem sex "
          "sju åtta nio tio elva tolv tjugo trettio fyrtio femtio sextio sjuttio åttio nittio hundra",
    # Armenian: its sums' words and their cases ("45 միլիոն դրամ", "45 մլն դրամ", "1,2 միլիարդ դրամ", "13 հազար"), its
    # units ("20 լիտր", "12 կիլոմետր") and its number words ("յոթ դպրոց", "հինգ օր"), these and the multipliers
    # read from the claims' table of them (``number_words``), in all their cases.
    "hy": "դրամ դրամը դրամի դրամով տոկոս տոկոսը տոկոսով դոլար եվրո ռուբլի լիտր մետր կիլոմետր միլիմետր տոննա "
          "կիլոգրամ " + " ".join(sorted(number_words.forms("hy"))),
    # Norwegian: its sums' words ("35 mill. kroner", "snaut 50 millioner kroner", "tre hundre"), its hedges, its number
    # words and its units ("200 kubikkmeter", "1,2 kilometer").
    "nb": "tusen million millioner mill milliard milliarder mrd prosent prosentpoeng krone kroner kr euro dollar tonn "
          "kilo meter kilometer millimeter kubikkmeter hektar liter grader to tre fire fem seks sju syv åtte ni ti "
          "elleve tolv tjue tretti førti femti seksti sytti åtti nitti hundre drøyt snaut knapt nesten rundt "
          "omtrent",
    # Romanian: the number words a sum is written in ("două decenii", "zece ani", "trei sute"), and its units.
    "ro": "unu doi două trei patru cinci șase şase șapte şapte opt nouă zece unsprezece doisprezece douăsprezece "
          "douăzeci treizeci patruzeci cincizeci sută sute mie mii milion milioane miliard miliarde procent "
          "procente leu lei euro dolari tonă tone metru metri centimetru centimetri kilometru kilometri hectar "
          "hectare litru litri",
}
FIGURE = re.compile(r"\d")
UNIT_USES = 2  # uses of a word, each right after a figure, that make it a unit of the story's sums


UNIT_STEM = 5  # letters a learned unit shares with another word of the story that make it a noun of the story


def quantity_words(texts: Sequence[str], language: str | None) -> frozenset[str]:
    """The words of ``language`` (``QUANTITIES``) and of the story ``texts`` that count a figure: each word the
    story writes, ``UNIT_USES`` times or more, only ever right after a figure and in lower case ("12 km", "40 km"),
    and no other word of the story opens as it does (``UNIT_STEM`` letters). A noun the story counts is the "what" of
    its sum, not its unit: a capitalised one ("300 Mitarbeiter" where every noun is capitalised), one the story
    writes in another form too ("310 työntekijää", "työntekijöille")."""
    after_figure: Counter = Counter()
    uses: Counter = Counter()
    capitalised: set[str] = set()
    for text in texts:
        found = tokens(text)
        for before, word in zip([""] + found[:-1], found, strict=True):
            if not is_word(word) or FIGURE.match(word):
                continue
            lowered = word.lower()
            uses[lowered] += 1
            after_figure[lowered] += bool(FIGURE.match(before))
            if word != lowered:
                capitalised.add(lowered)
    stems = Counter(word[:UNIT_STEM] for word in uses if len(word) > UNIT_STEM)
    units = {word for word, count in after_figure.items() if count >= UNIT_USES and count == uses[word]
             and word not in capitalised and (len(word) <= UNIT_STEM or stems[word[:UNIT_STEM]] == 1)}
    return frozenset(units) | frozenset(QUANTITIES.get(language or "", "").split())


# Words that say when, not what: a phrase ending on one ("eight other countries in June", "launches in recent
# years") names no sub-topic, and the noun phrase before it stands alone.
TIME_WORDS = CALENDAR | frozenset(
    "day days week weeks weekend month months year years decade decades century morning afternoon evening night "
    "today yesterday tomorrow spring summer autumn winter".split()
)
YEAR = re.compile(r"(?:1[89]|20)\d\d")


def when(word: str) -> bool:
    """``word`` says when: a month, a weekday, a unit of time or a year ("2026")."""
    return word.lower() in TIME_WORDS or bool(YEAR.fullmatch(word))


# An adverb particle that makes the word before it a verb ("critics point out", "rule out", "speak out"): only
# "out", as the others are as often prepositions before a noun ("crab off the point", "up the river").
PARTICLES = frozenset({"out"})
LIST_REACH = 10  # tokens after a comma within which an "and" or "or" shows that the comma went on with a list


def _cut_short(words: list[str], classes: list[str], end: int) -> bool:
    """True when a phrase ending at ``end`` would stop short of what its last word belongs to: the first item of
    a list ("group comprising South Korea" of "South Korea, the US, Japan and eight other countries", "14" of
    "14 and 15 March"), or a verb read as a noun before its particle ("Critics point" of "point out")."""
    after = end + 1
    if after >= len(words):
        return False
    following = words[after].lower()
    if following in PARTICLES:
        return True
    if after + 1 >= len(words):
        return False
    opens_item = classes[after + 1] in MODIFIERS or words[after + 1].lower() in ARTICLES
    if following in ("and", "or"):
        return opens_item
    if following == "," and opens_item:
        ahead = [w.lower() for w in words[after + 1 : after + 1 + LIST_REACH]]
        stop = next((i for i, w in enumerate(ahead) if w in (".", ";", ":", "!", "?")), len(ahead))
        return any(w in ("and", "or") for w in ahead[:stop])
    return False


def _phrase(words, text, spans, start: int, end: int, skipped: frozenset | None = None, suffixing: bool = False):
    span = words[start:end + 1]
    if skipped is None:
        content = [w for w in span if is_content(w)]
    else:
        content = [w for w in span if is_word(w) and len(w) > 1 and w.lower() not in skipped]
    if not content or len(content) > MAX_WORDS - 1:
        return
    if text is not None and spans:
        phrase = re.sub(r"\s+", " ", text[spans[start][0]:spans[end][1]])
    else:
        phrase = " ".join(span)
    if suffixing:
        # A case ending after an apostrophe is no part of what the phrase names ("… Holding'e": "… Holding").
        phrase = APOSTROPHE_ENDING.sub("", phrase)
    yield phrase, tuple(stem(w.lower()) for w in content), start, end


# Verbs of reporting: a noun phrase right before one ("the agency said"), right after one that follows a comma
# (", said Governor Henrik Solberg."), or after "according to" ("according to state media") is who reported the
# passage, not what it reports.
REPORTING = frozenset({"said", "says", "say", "reported", "reports", "told", "tells", "added", "adds", "announced",
                       "announces", "stated", "states", "wrote", "writes", "warned", "warns", "insisted", "insists",
                       "argued", "argues", "claimed", "claims", "explained", "explains", "noted", "notes"})
# Words that may stand between a source and its verb of reporting ("the ministry has said", "Kim also said").
BEFORE_REPORTING = frozenset({"has", "have", "had", "will", "would", "also", "later", "then", "previously"})
SOURCE_REACH = 4  # words between "according to" and the phrase it names ("according to state news agency KCNA")
SOURCE_WEIGHT = 0.5  # a candidate used only as a passage's source counts this share of its score

# Nouns that name a channel of news, not what it reports: a phrase headed by one ("the country's state media",
# "a government spokesman") stands as a source wherever it stands.
SOURCE_HEADS = frozenset({"media", "agency", "agencies", "spokesman", "spokeswoman", "spokesperson", "newspaper",
                          "newspapers", "broadcaster", "outlet", "outlets", "sources", "tabloid"})


CLOSING_QUOTES = frozenset({"\"", "”", "’", "'", "»"})


def stands_as_source(words: list[str], start: int, end: int) -> bool:
    """Whether the noun phrase ``words[start:end + 1]`` is who reported its passage: the subject of a verb of
    reporting, with nothing but an auxiliary between ("the KCNA news agency reported", "Mr Kim has said"; not
    "shell production, said the agency"), the speaker of a verb of reporting that follows a comma and that the
    phrase closes (", said Governor Henrik Solberg.", perhaps behind the quotation's closing mark; not "the
    company reported record profits"), what "according to" or "reported by" names, or a channel of news ("state
    media")."""
    if words[end].lower() in SOURCE_HEADS:
        return True
    following = end + 1
    while following < len(words) and words[following].lower() in BEFORE_REPORTING:
        following += 1
    if following < len(words) and words[following].lower() in REPORTING:
        return True
    before = start - 1
    while before >= 0 and words[before].lower() in ARTICLES:
        before -= 1
    closes = end + 1 >= len(words) or not is_word(words[end + 1])
    comma = before - 1
    if comma >= 1 and words[comma] in CLOSING_QUOTES:
        comma -= 1  # the quotation closes on its comma: '"…," said Neil Atherton.'
    if before >= 1 and words[before].lower() in REPORTING and comma >= 0 and words[comma] == "," and closes:
        return True
    reach = [w.lower() for w in words[max(0, start - SOURCE_REACH):start]]
    for position in range(len(reach) - 1, 0, -1):
        if not is_word(reach[position]):
            break
        if reach[position - 1:position + 1] == ["according", "to"] or (
                reach[position] == "by" and reach[position - 1] in REPORTING):
            return True  # "according to state news agency KCNA", "as reported by state media"
    return False


NAME_WEIGHT = 0.5  # a candidate that is only a name counts this share of its score
CAPITALS_WORD = re.compile(r"[^\W\d_]{2,}", re.UNICODE)


def _in_capitals(piece: str, start: int = 0, end: int | None = None) -> bool:
    """``piece[start:end]`` holds two words or more and is set in capitals throughout; read up to its first word
    that is not, as a line of thousands of words is read again for every candidate on it."""
    count = 0
    for word in CAPITALS_WORD.finditer(piece, start, len(piece) if end is None else end):
        if not word.group().isupper():
            return False
        count += 1
    return count >= 2


def in_capitals(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is set in capitals, or stands on a line set in capitals: a broadcaster's line
    naming a speaker over a quotation ("VOORZITTER VISSERSBOND NOORD, JAAP MOLENAAR:"), a dateline
    ("KAPPA LUNARE (ASP) -"), a kicker ("POISONED RIVER:"). It names who spoke, where from, or shouts: no
    topic's name. Acronyms stand alone or among words in lower case ("KCNA news agency"), never two of them."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return _in_capitals(text, start, end) or _in_capitals(text, line_start, line_end if line_end >= 0 else len(text))


def in_line_label(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` stands inside the label that opens its line (``line_label``: "REPORTER:",
    "About the author:"): who speaks, or what follows, names no topic."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", line_start)
    label = line_label(text[line_start:line_end if line_end >= 0 else len(text)])
    return end <= line_start + label


def only_names(words: list[str], start: int, end: int, starts: list[bool], content) -> bool:
    """Whether every content word of ``words[start:end + 1]`` (``content`` tells them) is capitalised, one of
    them at least where no sentence opens: the phrase is a name, a person's with a title or a place's, and
    nothing more ("Wethouder Mieke van Loon", "Lage Hofweg")."""
    inner = [position for position in range(start, end + 1) if content(words[position])]
    return bool(inner) and all(is_capitalised(words[position]) for position in inner) \
        and any(not starts[position] for position in inner)


NAME_RUN = 2  # capitalised words at least that close a phrase as a person's name behind a title ("Gwen Carrick")
# Languages that write a person's role after the name, family name first ("Fekete Gábor polgármester", "Varga
# Ildikó ügyvezető"): a phrase of a name and up to ``ROLE_WORDS`` lower-case words after it says who, not what.
ROLE_AFTER_NAME = frozenset({"hu"})
ROLE_WORDS = 2


def name_then_role(words: list[str], start: int, end: int, starts: list[bool], content) -> bool:
    """Whether the content words of ``words[start:end + 1]`` (``content`` tells them) are a name of ``NAME_RUN``
    capitalised words or more, one of them at least where no sentence opens, and up to ``ROLE_WORDS`` words in
    lower case after it or before it: a person and their role, as a language of ``ROLE_AFTER_NAME`` writes them
    ("Varga Ildikó ügyvezető"), or the person a word of the clause leads to ("lapunknak Varga Ildikó", to our
    paper)."""
    inner = [position for position in range(start, end + 1) if content(words[position])]
    for order in (inner, inner[::-1]):
        name = 0
        while name < len(order) and is_capitalised(words[order[name]]) and (order is inner or not starts[order[name]]):
            name += 1
        role = order[name:]
        if name >= NAME_RUN and any(not starts[position] for position in order[:name]) \
                and 0 < len(role) <= ROLE_WORDS and all(words[position].islower() or starts[position]
                                                        for position in role):
            return True
    return False


def names_a_person(words: list[str], start: int, end: int, starts: list[bool]) -> bool:
    """Whether the noun phrase ``words[start:end + 1]`` only says who: its core, up to the preposition that attaches
    a phrase to it, is a name (``only_names``), as in a name and an affiliation ("Neil Atherton of the consultancy
    Portwise"), or a title in lower case closed by a name of ``NAME_RUN`` capitalised words or more where no sentence
    opens ("harbour master Captain Gwen Carrick", "energy minister Paul Dahl")."""
    core = next((position for position in range(start + 1, end + 1) if words[position].lower() in ATTACHING), end + 1)
    inner = [position for position in range(start, core) if is_content(words[position])]
    if not inner:
        return False
    if only_names(words, start, core - 1, starts, is_content):
        return True
    run = 0
    for position in reversed(inner):
        if not (is_capitalised(words[position]) and not starts[position]):
            break
        run += 1
    return NAME_RUN <= run < len(inner) and not is_capitalised(words[inner[-run - 1]])


class Reading:
    """How a story's passages are read for labels: their tokens, the terms a topic is weighed by, the candidate
    phrases of a passage, and which of them name who reported it. This one reads English (``candidate_spans``).
    A candidate stands only where passages of ``shared_by`` of the topic's articles hold it."""

    shared_by = 1
    as_written = False  # a candidate stands only where one of the topic's passages writes it so
    maximal = False  # a candidate that a longer one holding it is found in the same passages as gives way to it
    by_surface = False  # candidates are told apart by their phrase as written, not by their stems

    def spans(self, text: str) -> list[tuple[str, int, int]]:
        return token_spans(text)

    def terms(self, words: list[str]) -> set[str]:
        """The terms of a passage, from its tokens."""
        return {stem(word.lower()) for word in words if is_content(word)}

    def candidates(self, words: list[str], text: str, spans: list[tuple[int, int]]):
        """(phrase, stems, first token, last token) for each candidate phrase of a passage."""
        return candidate_spans(words, text, spans)

    def weighed(self, stems: tuple[str, ...]):
        """The terms a phrase's score adds up."""
        return stems

    def length(self, stems: tuple[str, ...]) -> int:
        """How many words a phrase holds, for the preference of phrases of two to five words."""
        return len(stems)

    def source(self, words: list[str], start: int, end: int, text: str, spans: list[tuple[int, int]]) -> bool:
        return stands_as_source(words, start, end)

    def in_capitals(self, text: str, spans: list[tuple[int, int]], start: int, end: int) -> bool:
        """Whether a candidate (its first and last token) is set in capitals (``in_capitals``)."""
        return in_capitals(text, spans[start][0], spans[end][1])

    def only_names(self, words: list[str], start: int, end: int, starts: list[bool]) -> bool:
        """Whether a candidate is only a name (``only_names``), or says no more than who (``names_a_person``)."""
        return only_names(words, start, end, starts, is_content) or names_a_person(words, start, end, starts)

    def in_line_label(self, text: str, spans: list[tuple[int, int]], start: int, end: int) -> bool:
        """Whether a candidate (its first and last token) stands inside the label that opens its line
        (``in_line_label``)."""
        return in_line_label(text, spans[start][0], spans[end][1])

    def oblique(self, phrase: str) -> bool:
        """Whether a candidate opens on a word in an oblique case (``OBLIQUE_ENDINGS``): none in English."""
        return False

    def opens_on_past(self, phrase: str) -> bool:
        """Whether a candidate opens on a verb in the past tense (``PAST_HEADS``): none read so in English."""
        return False


class RunReading(Reading):
    """A story in another European language: runs of its words (``word_run_spans``)."""

    def __init__(self, texts: Sequence[str], language: str):
        self.language = language
        self.skipped = stop_words_for(language)
        # Words no label holds: those the story uses as verbs, the pronouns that stand for a clause's subject or
        # object ("ніхто"), the postpositions that close a noun phrase ("tehtaan ympärille") and the comparatives
        # that make a clause's predicate ("isompi isku kuin korona").
        self.verbs = verbal.verbal_words(texts, language, self.skipped) | verbal.pronouns(language) \
            | verbal.postpositions(language) | verbal.comparatives(texts, language)
        # The auxiliaries and modals that mark a verb after them (``verbal.VERB_MARKERS``: "vão", "pode", "va") are
        # verbs themselves: a run that closes on one is a clause cut short ("Agentes de endemias vão").
        self.verbs |= frozenset(verbal.VERB_MARKERS.get(language, "").split()) - self.skipped
        self.articles = frozenset(verbal.DETERMINERS.get(language, "").split()) \
            - frozenset(verbal.FUSED.get(language, "").split())
        self.quantities = quantity_words(texts, language)
        self.clauses = verbal.clause_openers(language)
        self.adjectives = verbal.adjectives(texts, language, self.skipped) - self.verbs
        # Words the story writes in lower case: a capitalised phrase of them is a programme's or a body's name made
        # of common nouns ("Jaminan Kehilangan Pekerjaan" beside "kehilangan pekerjaan"), which names a topic.
        self.common = frozenset(word for text in texts for word in verbal.WORD.findall(text) if word.islower())
        self.breaks = frozenset()
        if language == GREEK_LANGUAGE:
            self.verbs |= greek_verbs(texts, self.skipped)
            self.breaks = GREEK_BREAKS
        elif language == "ro":
            self.breaks = ROMANIAN_BREAKS

    def terms(self, words: list[str]) -> set[str]:
        return {stem(word.lower()) for word in words
                if is_word(word) and len(word) > 1 and word.lower() not in self.skipped}

    def only_names(self, words, start, end, starts) -> bool:
        # Where every noun is capitalised (German), a capital says nothing of a name.
        def content(word: str) -> bool:
            return is_word(word) and len(word) > 1 and word.lower() not in self.skipped

        if self.language in ROLE_AFTER_NAME and name_then_role(words, start, end, starts, content):
            return True
        if self.language in CAPITALISED_NOUNS or not only_names(words, start, end, starts, content):
            return False
        return not all(words[position].lower() in self.common for position in range(start, end + 1)
                       if content(words[position]))

    def oblique(self, phrase: str) -> bool:
        endings = OBLIQUE_ENDINGS.get(self.language)
        if not endings:
            return False
        content = [word.lower() for word in verbal.WORD.findall(phrase)
                   if word.lower() not in self.skipped and len(word) >= OBLIQUE_LETTERS]
        objects = OBJECT_ENDINGS.get(self.language, ())
        return bool(content) and (content[0].endswith(endings) or any(word.endswith(objects) for word in content))

    def opens_on_past(self, phrase: str) -> bool:
        if self.language not in PAST_HEADS:
            return False
        endings, before = PAST_HEADS[self.language]
        first = next(iter(verbal.WORD.findall(phrase)), "").lower()
        return any(first.endswith(ending) and len(first) - len(ending) >= PAST_HEAD_STEM
                   and first[-len(ending) - 1] in before for ending in endings)

    def candidates(self, words, text, spans):
        return word_run_spans(words, text, spans, self.skipped, self.language in CAPITALISED_NOUNS,
                              self.language in GOVERNED, self.verbs, self.breaks, self.language in SUFFIXING,
                              self.clauses, self.adjectives, self.language in HEAD_FIRST,
                              verbal.closers(self.language), self.quantities, self.language, self.articles,
                              hedge_phrases(self.language), DEFINITE_ENDINGS.get(self.language, ()))


class JapaneseReading(Reading):
    """A story in Japanese: runs of kanji and katakana, joined by の (``japanese``), weighed by their pairs of
    characters."""

    def spans(self, text: str) -> list[tuple[str, int, int]]:
        return japanese.token_spans(text)

    def terms(self, words: list[str]) -> set[str]:
        return {pair for word in words if japanese.is_run(word) for pair in japanese.pairs(word)}

    def candidates(self, words, text, spans):
        return japanese.candidate_spans(words, text, spans)

    def weighed(self, stems):
        return {pair for run in stems for pair in japanese.pairs(run)}

    def length(self, stems) -> int:
        return japanese.words_in(stems)

    def source(self, words, start, end, text, spans) -> bool:
        return japanese.stands_as_source(words, start, end, text, spans)


class ArabicReading(Reading):
    """A story in Arabic: noun phrases read with the story's own words (``arabic``)."""

    def __init__(self, texts: Sequence[str]):
        self.story = arabic.Story([tokens(text) for text in texts])

    def terms(self, words: list[str]) -> set[str]:
        return {term for term in (arabic.term(word, self.story) for word in words if is_word(word))
                if term is not None and len(term) > 1}

    def candidates(self, words, text, spans):
        return arabic.candidate_spans(words, text, spans, self.story)

    def source(self, words, start, end, text, spans) -> bool:
        return arabic.stands_as_source(words, start, end, self.story)


class StoryWordsReading(Reading):
    """A story read with its own words (``self.story``, whose ``term`` gives a word's term or None)."""

    def terms(self, words: list[str]) -> set[str]:
        return {term for term in (self.story.term(word) for word in words) if term is not None}


class KoreanReading(StoryWordsReading):
    """A story in Korean: runs of nouns, the particle of the last left out (``korean``), read with the story's own
    words."""

    def __init__(self, texts: Sequence[str]):
        self.story = korean.Story(texts)

    def spans(self, text: str) -> list[tuple[str, int, int]]:
        return korean.token_spans(text)

    def candidates(self, words, text, spans):
        return korean.candidate_spans(words, text, spans, self.story)

    def source(self, words, start, end, text, spans) -> bool:
        return korean.stands_as_source(words, start, end, text, spans, self.story)


class CaselessReading(Reading):
    """A story in a script without capitals: no run of capitals, no phrase of names alone."""

    def in_capitals(self, text, spans, start, end) -> bool:
        return False  # a script without capitals

    def only_names(self, words, start, end, starts) -> bool:
        return False


class CaselessStoryReading(CaselessReading, StoryWordsReading):
    """A story in a script without capitals read with its own words (``StoryWordsReading``)."""


class UnspacedReading(CaselessReading):
    """A story in a script without capitals written without spaces between its words (Chinese, Thai, Burmese): its
    candidates are runs of characters, words or syllables, not told by tokens, so none is told to stand in the label
    that opens its line either."""

    def in_line_label(self, text, spans, start, end) -> bool:
        return False  # its candidates are not told by tokens


class HindiReading(CaselessStoryReading):
    """A story in Hindi, in Bengali, of the same script family, or in Urdu, Hindi's grammar in the Perso-Arabic script
    (``urdu``): runs of content words closed by a postposition (``hindi``), read with the story's own words and the
    language's own tables (``hindi.GRAMMARS``)."""

    def __init__(self, texts: Sequence[str], language: str = "hi"):
        self.grammar = hindi.GRAMMARS[language]
        self.story = hindi.Story([[token for token, _, _ in self.spans(text)] for text in texts], self.grammar)

    def spans(self, text: str) -> list[tuple[str, int, int]]:
        return hindi.merged_abbreviations(token_spans(text), text, self.grammar)

    def candidates(self, words, text, spans):
        return hindi.candidate_spans(words, text, spans, self.story)

    def source(self, words, start, end, text, spans) -> bool:
        return hindi.stands_as_source(words, start, end, self.story)


class TamilReading(CaselessStoryReading):
    """A story in Tamil: runs of nouns closed by their head, the case ending of the last left out (``tamil``), read
    with the story's own words. The bare last word differs from the written one where sandhi joined the ending
    ("நகர்" of "நகரைச்"): a candidate stands only where one of the topic's passages writes it as it reads."""

    as_written = True

    def __init__(self, texts: Sequence[str]):
        self.story = tamil.Story([[token for token, _, _ in self.spans(text)] for text in texts])

    def spans(self, text: str) -> list[tuple[str, int, int]]:
        return tamil.merged_initials(token_spans(text), text)

    def candidates(self, words, text, spans):
        return tamil.candidate_spans(words, text, spans, self.story)

    def source(self, words, start, end, text, spans) -> bool:
        return tamil.stands_as_source(words, start, end, self.story)


class OpeningReading(Reading):
    """A story in a language whose phrases nothing here reads (Thai, Persian, Hebrew …): no
    candidate phrase, so that each topic keeps the opening of its most typical passage (``opening``); its terms
    are its words, and the pairs of characters of a script written without spaces."""

    def __init__(self, language: str | None):
        self.skipped = stop_words_for(language)

    def terms(self, words: list[str]) -> set[str]:
        found = set()
        for word in words:
            if UNSPACED_RUN.search(word):
                found.update(character_pairs(word.lower()))
            elif is_word(word) and len(word) > 1 and word.lower() not in self.skipped:
                found.add(stem(word.lower()))
        return found

    def candidates(self, words, text, spans):
        return ()


class ChineseReading(UnspacedReading, OpeningReading):
    """A story in Chinese: the runs of characters that the passages of two of a topic's articles or more write
    alike (``chinese``), weighed by their pairs of characters."""

    shared_by = chinese.SHARED_BY
    maximal = True

    def __init__(self, texts: Sequence[str]):
        super().__init__(None)
        self.story = chinese.Story(texts)

    def candidates(self, words, text, spans):
        return chinese.candidate_spans(words, text, spans, self.story)

    def weighed(self, stems):
        return {pair for run in stems for pair in character_pairs(run)}

    def length(self, stems) -> int:
        return japanese.words_in(stems)

    def source(self, words, start, end, text, spans) -> bool:
        return chinese.stands_as_source(text, start, end)


class ThaiReading(UnspacedReading, StoryWordsReading):
    """A story in Thai: the runs of words (found by a dictionary) that the passages of two of a topic's articles or
    more write alike (``thai``), read with the story's own pairs of words."""

    shared_by = 2
    maximal = True
    by_surface = True  # "แม่ค้าไม่กล้า" and "แม่ค้ากล้า" share their content words, not their sense

    def __init__(self, texts: Sequence[str]):
        self.story = thai.Story(texts)

    def spans(self, text: str) -> list[tuple[str, int, int]]:
        return thai.token_spans(text)

    def candidates(self, words, text, spans):
        return thai.candidate_spans(words, text, spans, self.story)

    def length(self, stems) -> int:
        return sum(run_words(stem) for stem in stems)

    def source(self, words, start, end, text, spans) -> bool:
        return thai.stands_as_source(words, start, end)


class BurmeseReading(UnspacedReading):
    """A story in Burmese: the runs of content syllables that the passages of two of a topic's articles or more
    write alike (``burmese_labels``)."""

    shared_by = 2
    maximal = True
    by_surface = True

    def spans(self, text: str) -> list[tuple[str, int, int]]:
        return burmese_labels.token_spans(text)

    def terms(self, words: list[str]) -> set[str]:
        return {word for word in words if burmese_labels.content(word)}

    def candidates(self, words, text, spans):
        return burmese_labels.candidate_spans(words, text, spans)

    def length(self, stems) -> int:
        return len(stems) // 2 + 1  # a word of Burmese is one syllable or two

    def source(self, words, start, end, text, spans) -> bool:
        return burmese_labels.stands_as_source(words, start, end)


# Scripts, by the letters of a story: which reading its labels take.
LATIN_SCRIPT, ARABIC_LETTERS, JAPANESE, UNSPACED, HANGUL, OTHER_SCRIPT = (
    "latin", "arabic", "japanese", "unspaced", "hangul", "other")
ARABIC_CHARACTER = re.compile(f"[{ARABIC_SCRIPT}]")
SCRIPT_SAMPLE = 20_000  # characters of a story read to tell its script
ARABIC_LANGUAGE = "ar"
HINDI_LANGUAGE = "hi"
BENGALI_LANGUAGE = languages.BENGALI
GREEK_LANGUAGE = "el"


def story_script(texts: Sequence[str]) -> str:
    """The script most of the letters of ``texts`` are written in: Latin, Arabic, Japanese (kanji with kana), a
    script written without spaces (Chinese, Thai and their neighbours), Hangul, or another."""
    latin = arabic_letters = unspaced = hangul = letters = 0
    read = 0
    sample = []
    for text in texts[:: max(1, len(texts) // 50)]:
        sample.append(text)
        for character in text:
            if not character.isalpha():
                continue
            letters += 1
            if character < "\u0250":
                latin += 1
            elif ARABIC_CHARACTER.match(character):
                arabic_letters += 1
            elif UNSPACED_RUN.match(character):
                unspaced += 1
            elif korean.HANGUL_LETTER.match(character):
                hangul += 1
        read += len(text)
        if read >= SCRIPT_SAMPLE:
            break
    if latin * 2 > letters:
        return LATIN_SCRIPT
    if arabic_letters * 2 > letters:
        return ARABIC_LETTERS
    if hangul * 2 > letters:
        return HANGUL
    if unspaced * 2 > letters:
        # Japanese by its kana, as the attribution tells it (``japanese.written_in_japanese``).
        return JAPANESE if japanese.written_in_japanese("\n".join(sample)) else UNSPACED
    return OTHER_SCRIPT


def written_in_chinese(texts: Sequence[str]) -> bool:
    """A story in a script written without spaces (``UNSPACED``) is Chinese where most of its letters are Chinese
    characters (not Thai and its neighbours)."""
    letters = han = 0
    read = 0
    for text in texts:
        for character in text:
            if character.isalpha():
                letters += 1
                han += bool(chinese.HAN_CHARACTER.match(character))
        read += len(text)
        if read >= SCRIPT_SAMPLE:
            break
    return han * 2 > letters


def reading_of(texts: Sequence[str]) -> Reading:
    """The reading a story's labels take, by its script and its language: Japanese, Arabic, Korean, Chinese, Thai and
    Hindi by their own rules (Marathi and Nepali, which the language detector may take for Hindi, by their
    openings), another European language by runs of its words, English by its word classes, any other by its
    openings."""
    script = story_script(texts)
    if script == JAPANESE:
        return JapaneseReading()
    if script == HANGUL:
        return KoreanReading(texts)
    if script == UNSPACED and written_in_chinese(texts):
        return ChineseReading(texts)
    if script == UNSPACED and languages.language_of_texts(list(texts)) == languages.THAI:
        return ThaiReading(texts)
    if script == UNSPACED and languages.language_of_texts(list(texts)) == languages.BURMESE:
        return BurmeseReading()
    if script == UNSPACED:
        return OpeningReading(None)
    language = languages.language_of_texts(list(texts))
    if script == ARABIC_LETTERS and language == ARABIC_LANGUAGE:
        return ArabicReading(texts)
    if language == HINDI_LANGUAGE and hindi.written_in_hindi(texts):
        return HindiReading(texts)
    if language == BENGALI_LANGUAGE:
        return HindiReading(texts, BENGALI_LANGUAGE)
    if language == urdu.URDU:
        return HindiReading(texts, urdu.URDU)
    if language == languages.TAMIL:
        return TamilReading(texts)
    if language in RUN_LABEL_LANGUAGES:
        return RunReading(texts, language)
    if script == LATIN_SCRIPT:
        return Reading()
    return OpeningReading(language)


def label_topics(texts: Sequence[str], assignment: Sequence[int], articles: Sequence[Hashable]) -> dict[int, str]:
    """A label per topic number in ``assignment`` (one number per text). The texts are read as their words read
    (``scripts.reading_text``): a word a printed column broke by a hyphen at a line's end is one word, never two
    pieces ("post-" of "post-\\nponed")."""
    texts = [reading_text(text) for text in texts]
    reading = reading_of(texts)
    topics = sorted(set(assignment))
    rows_of: dict[int, list[int]] = defaultdict(list)
    for row, topic in enumerate(assignment):
        rows_of[topic].append(row)
    sample = {topic: spread(rows, articles, LABEL_SAMPLE) for topic, rows in rows_of.items()}
    spans_of = {row: reading.spans(texts[row]) for rows in sample.values() for row in rows}
    words_of = {row: [token for token, _, _ in spans] for row, spans in spans_of.items()}
    terms_of = {row: reading.terms(words) for row, words in words_of.items()}
    topic_terms: dict[int, Counter] = defaultdict(Counter)
    topic_articles: dict[int, dict[str, set]] = defaultdict(lambda: defaultdict(set))
    sizes = {topic: len(rows) for topic, rows in sample.items()}
    for topic, rows in sample.items():
        for row in rows:
            for term in terms_of[row]:
                topic_terms[topic][term] += 1
                topic_articles[topic][term].add(articles[row])
    present = Counter(term for topic in topics for term in topic_terms[topic])
    article_count = {topic: len({articles[row] for row in rows}) for topic, rows in sample.items()}

    def weight(topic: int, term: str) -> float:
        if not topic_terms[topic][term]:
            return 0.0
        share = topic_terms[topic][term] / sizes[topic]
        spread_share = len(topic_articles[topic][term]) / article_count[topic]
        return share * math.log(1 + len(topics) / present[term]) * (0.5 + 0.5 * spread_share)

    def typicality(topic: int, row: int) -> float:
        terms = terms_of[row]
        return sum(weight(topic, term) for term in terms) / math.sqrt(len(terms) or 1)

    labels: dict[int, str] = {}
    taken: set[str] = set()
    for topic in topics:
        rows = sample[topic]
        found: dict[str, list] = {}
        named: set[str] = set()
        aside: Counter = Counter()  # uses of a one-word candidate as a sentence adverb (``_sentence_adverb``)
        set_apart: Counter = Counter()  # and of those, set apart inside its sentence
        written: dict[str, str] = {}  # a candidate as one of the topic's passages writes it (``as_written``)
        # A passage that speaks to its reader as the outlet's furniture does reports nothing of the topic: its
        # phrases stand for no label while the topic holds another passage.
        calls = {row for row in rows if type(reading) is Reading and speaks_to_reader(texts[row])}
        for row in rows:
            if row in calls and len(calls) < len(rows):
                continue
            spans = [(begin, end) for _, begin, end in spans_of[row]]
            starts = sentence_starts(words_of[row])
            for phrase, stems, start, end in reading.candidates(words_of[row], texts[row], spans):
                if reading.in_capitals(texts[row], spans, start, end) \
                        or reading.in_line_label(texts[row], spans, start, end):
                    continue
                key = phrase if reading.by_surface else " ".join(stems)
                entry = found.setdefault(key, [phrase, stems, set(), 0, 0])
                if reading.as_written and key not in written and _spaced(phrase) in _spaced(texts[row]):
                    written[key] = phrase
                entry[2].add(row)
                entry[3] += reading.source(words_of[row], start, end, texts[row], spans)
                entry[4] += 1
                if reading.only_names(words_of[row], start, end, starts):
                    named.add(key)
                adverb = _sentence_adverb(words_of[row], start, end, starts)
                aside[key] += adverb > 0
                set_apart[key] += adverb == 2
        if reading.as_written:
            # A phrase whose last word was written bare stands as a passage of the topic writes it, or not at all.
            found = {key: [written[key], *entry[1:]] for key, entry in found.items() if key in written}
        if reading.maximal:
            found = longest_of(found)
        scored = []
        for key, (phrase, stems, where, as_source, uses) in found.items():
            if not stems or len(set(stems)) != len(stems):
                continue
            if reading.shared_by > 1 and len({articles[row] for row in where}) < reading.shared_by:
                continue
            if _name_goes_on(phrase, [texts[row] for row in rows]) or aside[key] == uses and set_apart[key]:
                continue
            values = sorted((weight(topic, term) for term in reading.weighed(stems)), reverse=True)
            length = reading.length(stems)
            score = sum(values[:3]) / (1 + 0.15 * max(0, length - 3))
            score *= (1 + 0.25 * min(len(where) - 1, 3))
            if length not in PREFERRED_WORDS:
                score *= 0.5 if length > 1 else 0.3
            # Who reported it names no sub-topic ("state news agency KCNA said"): a phrase counts less the more
            # of its uses are as a source.
            score *= 1 - (1 - SOURCE_WEIGHT) * min(as_source / uses, 1)
            # Only a person ("Wethouder Mieke van Loon") or only a place ("Lage Hofweg") says who or where,
            # not what happened: a phrase with a common noun of the topic wins over it, a name inside it or not.
            if key in named:
                score *= NAME_WEIGHT
            if reading.oblique(phrase):
                score *= OBLIQUE_WEIGHT
            if reading.opens_on_past(phrase):
                score *= WEAK_HEAD_WEIGHT
            scored.append((score, -len(phrase), phrase))
        scored.sort(reverse=True)
        label = next((phrase for _, _, phrase in scored if phrase.lower() not in taken), "")
        if not label and rows and not mostly_latin(texts[row] for row in rows):
            # No noun phrase, in a story in another script: the opening words of the topic's most typical
            # passage, as written.
            typical = sorted(rows, key=lambda row: -typicality(topic, row))
            openings = [words for words in (opening(texts[row]) for row in typical)
                        if words and words.lower() not in taken]
            # An opening that only says where or when the story happens ("in the municipality of …") tells
            # nothing of this topic: the next one that says more wins over it.
            label = next((words for words in openings if not says_only_where(
                words, lambda term: present[term] * 2 > len(topics), reading)), openings[0] if openings else "")
        if not label:
            label = first_phrase(texts[rows[0]]) if rows else "Other passages"
        taken.add(label.lower())
        label = clipped(unshouted(label))
        labels[topic] = capitalised(label)
    return labels


# Quotations: what a speaker says to someone is no call of the outlet's to its reader.
QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")
SENTENCE = re.compile(r"[^.!?]+[.!?]*")
# The outlet's words of address to its reader, beside a call to action ("Email tips to our team", "Sign up for our
# newsletter", "Support your local newsroom").
ADDRESS = frozenset({"you", "your", "our", "us"})


def speaks_to_reader(text: str) -> bool:
    """Whether a passage in English holds, outside quotation marks, a sentence that opens on a call to action
    (``furniture_lines.ENGLISH_CALL_TO_ACTION``: "Email", "Sign", "Support") and speaks to the reader by one of
    ``ADDRESS``: a note of the outlet's that the furniture rules left in a row ("Have a question? Email newsroom
    tips to our team"), whose phrases say nothing of the topic."""
    for sentence in SENTENCE.findall(QUOTED.sub(" ", text)):
        words = re.findall(r"[A-Za-z]+", sentence)
        if words and words[0].lower() in ENGLISH_CALL_TO_ACTION and ADDRESS.intersection(w.lower() for w in words):
            return True
    return False


def _spaced(text: str) -> str:
    """``text`` in lower case with its runs of spaces read as one space."""
    return " ".join(text.lower().split())


def _sentence_adverb(words: list[str], start: int, end: int, starts: list[bool]) -> int:
    """Whether the candidate ``words[start:end + 1]`` is one word set apart by commas, or opening its sentence with a
    comma after it: a sentence adverb or a parenthesis ("Похоже,", "в области, похоже, считают", "Notably,"), which
    says how the sentence is meant, not what it is about: 2 set apart inside its sentence, 1 opening it (where a
    noun may stand too: "Врачей, говорят, нет"), 0 otherwise. A candidate used only so, once at least inside its
    sentence, is no label."""
    commas = (",", "،", "，")
    if start != end or end + 1 >= len(words) or words[end + 1] not in commas:
        return 0
    return 2 if start > 0 and words[start - 1] in commas else int(starts[start])


def _name_goes_on(phrase: str, texts: Sequence[str]) -> bool:
    """Whether ``phrase`` ends on a capitalised word that a capitalised word follows in one of ``texts``: there the
    name goes on ("Kantor Bupati" of "Kantor Bupati Karangwetan"), and a label of the topic would cut it in two."""
    if not phrase.split()[-1][:1].isupper():
        return False
    following = re.compile(re.escape(phrase) + r"[ \t]+[^\W\d_]", re.UNICODE)
    return any(match.group()[-1].isupper() for text in texts for match in following.finditer(text))


def capitalised(label: str) -> str:
    """``label`` with a capital first letter, in a script whose text writes capitals: Georgian has capitals
    (Mtavruli) that running text never writes, so a Georgian label stays as its passage wrote it."""
    first = label[:1]
    if not first or written_in_georgian(first):
        return label
    return first.upper() + label[1:]


def longest_of(found: dict[str, list]) -> dict[str, list]:
    """The candidates of ``found`` (phrase, stems, rows, as source, uses) that no longer candidate holding them
    is found in the same rows as ("法定代表" gives way to "法定代表人"). Each candidate marks every shorter run of
    its own phrase, with its rows, as held; a candidate so marked gives way: the work grows with the candidates
    and the square of a phrase's length (a few characters), not with the square of the candidates."""
    held: set[tuple[str, frozenset]] = set()
    for phrase, _, rows, _, _ in found.values():
        where = frozenset(rows)
        for start in range(len(phrase)):
            for end in range(start + 1, len(phrase) + 1 - (start == 0)):
                held.add((phrase[start:end], where))
    return {key: entry for key, entry in found.items() if (entry[0], frozenset(entry[2])) not in held}


MAX_LABEL_CHARACTERS = 80  # a row's label fits a line; a topic's stored label holds up to 200


def clipped(label: str, limit: int = MAX_LABEL_CHARACTERS) -> str:
    """``label`` cut to ``limit`` characters with "…" when longer: at the last space before the limit, or (a run
    with no space, such as a clause of Chinese) at the limit, never between a letter and its combining marks nor
    inside a syllable of Burmese or Khmer (``burmese.cuts_a_syllable``, ``khmer.cuts_a_syllable``: their vowel signs
    are marks of no combining class, and Khmer stacks a consonant under another behind its coeng)."""
    if len(label) <= limit:
        return label
    cut = label[:limit - 1]
    space = cut.rfind(" ")
    if space >= limit // 2:
        cut = cut[:space]
    while cut and (unicodedata.combining(label[len(cut)]) or burmese.cuts_a_syllable(label, len(cut))
                   or khmer.cuts_a_syllable(label, len(cut))):
        cut = cut[:-1]
    return cut.rstrip() + "…"


SHOUTED = re.compile(r"\b[A-Z]{4,}\b")


def unshouted(phrase: str) -> str:
    """``phrase`` with the words a tabloid sets in capitals for emphasis ("MILLIONS of homeowners") in lower
    case: an all-capital word of four letters or more that the tagger's list holds as an ordinary lower-case
    word. Acronyms ("NATO", "KCNA"), which it does not hold so, keep their capitals."""
    known = wordclass.tags()
    return SHOUTED.sub(lambda m: m.group().lower() if m.group().lower() in known else m.group(), phrase)


def spread(rows: list[int], articles: Sequence[Hashable], size: int) -> list[int]:
    """Up to ``size`` of ``rows``, taken in turn from each article so every outlet's wording counts."""
    if len(rows) <= size:
        return rows
    queues: dict[Hashable, list[int]] = defaultdict(list)
    for row in rows:
        queues[articles[row]].append(row)
    chosen: list[int] = []
    while len(chosen) < size:
        for queue in queues.values():
            if queue and len(chosen) < size:
                chosen.append(queue.pop(0))
    return sorted(chosen)


def first_phrase(text: str) -> str:
    """The first noun phrase of ``text``, as written: a phrase, never a list."""
    found = token_spans(text)
    words = [token for token, _, _ in found]
    first = next(candidate_phrases(words, text, [(start, end) for _, start, end in found]), None)
    return first[0] if first else "Other passages"


OPENING_WORDS = 5
OPENING_CHARACTERS = 12  # of a run of a script written without spaces, where about two characters make a word
OPENING_LENGTH = 40  # characters of an opening in all
# A clause ends at a comma, a colon or a semicolon, at any script's full stop, at "." before a space (not inside
# "2.5" or "U.S.") and at an ideographic space, which parts a Japanese or Chinese headline, or a name from what
# follows it ("もりした・なおみ　1974年生まれ").
# A title's dot ("डॉ. राजीव खरे", "Dr. Lee") is no full stop.
ABBREVIATIONS = ("डॉ", "प्रो", "Dr", "Mr", "Mrs", "Ms", "Prof", "St", "Sr", "Jr", "Gen", "Col", "Lt", "Rev")
NOT_AFTER_ABBREVIATION = "".join(rf"(?<!\b{re.escape(word)})" for word in ABBREVIATIONS)
# A colon between two figures is a clock's ("05:40"), no clause's end; nor is a comma between two digits, which groups
# a figure's thousands or marks its decimals ("4,800", "2,5").
CLAUSE_END = re.compile(rf"[;!?،؛؟，、；：\u3000{re.escape(STOPS + CJK_STOPS)}]|(?<!\d):|:(?!\d)|(?<!\d),|,(?!\d)"
                        rf"|{NOT_AFTER_ABBREVIATION}\.(?=\s|$)")
# The words of an opening, a figure written in groups of three digits ("4 800", "4 800-მდე") one word of them.
OPENING_PIECE = re.compile(r"\d{1,3}(?: \d{3})+(?!\d)\S*|\S+")
# Quotation marks that open a quotation, each with the marks that may close it.
QUOTE_CLOSERS = {"„": "“”", "“": "”", "\"": "\"", "«": "»", "»": "«", "‘": "’", "‚": "‘’", "‹": "›", "›": "‹"}
# A wire dateline before the first clause: a place, an agency in brackets, a dash ("القاهرة (رويترز) - …"); a
# Korean wire's, a place and the agency in brackets and the reporter before "=" ("(은포=한빛통신) 최동훈 기자 = …");
# a Chinese paper's "本报讯" ("本報訊"), with the reporters in brackets ("本报讯（记者 王某）").
DATELINE = re.compile(r"^(?:[^\W\d_][^()\n–—-]{0,40}?\s*(?:\([^()\n]{1,40}\))?\s*[-–—]\s+"
                      r"|\([^()=\n]{1,20}=[^()=\n]{1,20}\)\s*(?:[^\s=]{1,10}\s+(?:기자|특파원)\s*=\s*)?"
                      r"|本(?:报讯|報訊)\s*(?:[（(][^（()）\n]{0,30}[）)])?\s*)")


def _any_of(words) -> str:
    """A group of ``words`` and their forms in traditional characters, for a pattern."""
    return "(?:" + "|".join(re.escape(word) for word in chinese.both_scripts(words)) + ")"


# A clause that only says who told it (Chinese: "据梧峪县卫生健康局介绍", "郑海川说", "蜂眼新闻记者查询发现"): an
# opening passes over it to the clause after.
# The words in simplified and traditional characters ("據…介紹", "…說": ``chinese.both_scripts``); "说" after "小"
# is a novel ("长篇小说"), after "传" ("傳") a legend, no verb of saying.
ATTRIBUTION = re.compile(
    rf"^(?:{_any_of(['据'])}.{{1,24}}{_any_of(['介绍', '称', '报道', '报导', '了解', '通报', '消息', '显示'])}"
    rf"|{_any_of(['据了解'])}"
    rf"|.{{1,24}}(?:(?<![小传傳])(?:说|說)"
    rf"|{_any_of(['表示', '介绍', '称', '回忆', '透露', '发现', '告诉记者', '指出', '通报', '看到', '了解到'])}))$")
# A label at a line's opening, closed by a colon and a space: at most 40 characters, no full stop inside.
LINE_LABEL = re.compile(r"[ \t]*([^\W\d_][^\n:.!?;]{0,40}?):[ \t]+(?=\S)")
LINE_LABEL_WORDS = 3
WHEN_WORDS = 3
CLOCK = re.compile(r"(?<!\d)\d{1,2}[:.]\d\d(?!\d)")
WORD_EDGES = "\"'“”„«»()[]/"
SPACES = re.compile(r"[^\S\u3000]+")  # runs of spaces, read as one; not an ideographic space, which ends a clause


def mostly_latin(texts) -> bool:
    """More than half of the letters of ``texts`` are Latin (English, and other languages the word classes may
    partly read): their labels are noun phrases or nothing."""
    latin = other = 0
    for text in texts:
        for character in text:
            if character.isalpha():
                if character < "\u0250":
                    latin += 1
                else:
                    other += 1
    return latin > other


def _letters(piece: str) -> int:
    """Letters of ``piece``, its combining marks (Thai's vowel and tone marks) not counted."""
    return sum(not unicodedata.combining(character) for character in piece)


def _thai_opening(piece: str) -> str:
    """The words a run of Thai opens with (``tokens.thai_segments``), up to ``OPENING_CHARACTERS`` letters and at
    least one word: never cut inside a word."""
    kept = ""
    for word in thai_segments(piece):
        if kept and _letters(kept + word) > OPENING_CHARACTERS:
            break
        kept += word
    return kept


def line_label(line: str) -> int:
    """The length of the label that opens ``line`` with its colon and the spaces after it, 0 where none does: a
    transcript's speaker tag ("Reporter:", "MODERÁTOR:", "JOSEF NOVÁK, obyvatel obce:") or a heading run into its
    line ("About the author:"), up to ``LINE_LABEL_WORDS`` words, or more where its first word is set in capitals.
    It says who speaks or what follows, never what the passage reports."""
    found = LINE_LABEL.match(line)
    if not found:
        return 0
    words = found.group(1).split()
    if len(words) > LINE_LABEL_WORDS and not _in_capitals(" ".join(words[:2])):
        return 0
    return found.end()


# Case endings of place, written onto a noun: a word so written says where ("მუნიციპალიტეტში", in the municipality).
WHERE_ENDINGS = {"ka": ("ში",)}


def says_only_where(words: str, widespread, reading: "Reading") -> bool:
    """Whether the opening ``words`` only says where or when: each of its words is a term that most of the story's
    topics use (``widespread`` of its term: the story's place), a word in a case of place of its language
    (``WHERE_ENDINGS``), a month, a weekday or a clock time (``says_when``)."""
    endings = WHERE_ENDINGS.get(languages.language_of(words) or "", ())
    found = [token for token in tokens(words.removesuffix("…")) if is_word(token)]
    return bool(found) and all(
        token.lower().endswith(endings) and bool(endings) or says_when(token)
        or all(widespread(term) for term in reading.terms([token])) and reading.terms([token])
        for token in found)


def says_when(clause: str) -> bool:
    """Whether ``clause`` only says when: up to ``WHEN_WORDS`` words, one of them a month or a weekday of any
    language of ``calendar_names`` in one of the forms it writes ("ორშაბათს", on Monday; "دوشنبه") or a clock time
    ("დილის 06:25 საათზე", at 06:25 in the morning)."""
    words = clause.split()
    return 0 < len(words) <= WHEN_WORDS and (CLOCK.search(clause) is not None or any(
        furniture_vocabulary.folded(word.strip(WORD_EDGES)) in OTHER_DATE_NAMES for word in words))


def opening(text: str) -> str:
    """The opening words of ``text``'s first clause, as written, its dateline left out (and a clause that only
    says who told it, ``ATTRIBUTION``, or when, ``says_when``, passed over, and the label of a line, ``line_label``,
    a speaker's or a heading's): up to ``OPENING_WORDS``
    words, a run of a script written without spaces up to ``OPENING_CHARACTERS`` characters, at most
    ``OPENING_LENGTH`` characters in all, with "…" when the clause goes on; "" when it holds no letter."""
    text = DATELINE.sub("", SPACES.sub(" ", text).strip(), count=1)
    for _ in range(2):  # a heading and a speaker's tag after it ("Transcript: REPORTER: …")
        label = line_label(text)
        if label and any(character.isalpha() for character in text[label:]):
            text = text[label:]
    clauses = [clause.strip() for clause in CLAUSE_END.split(text)]
    while len(clauses) > 1 and says_when(clauses[0]) and any(character.isalpha() for character in clauses[1]):
        clauses.pop(0)
    clause = clauses[0]
    if ATTRIBUTION.match(clause) and len(clauses) > 1 and clauses[1]:
        clause = clauses[1]
    if not any(character.isalpha() for character in clause):
        return ""
    pieces, cut = [], False
    written = OPENING_PIECE.findall(clause)
    for piece in written[:OPENING_WORDS]:
        if THAI_CHARACTER.match(piece):  # counted in letters, cut between words (never by code points)
            if _letters(piece) > OPENING_CHARACTERS:
                pieces.append(_thai_opening(piece))
                cut = True
                break
            pieces.append(piece)
            continue
        if UNSPACED_RUN.search(piece) and len(piece) > OPENING_CHARACTERS:
            pieces.append(clipped(piece, OPENING_CHARACTERS + 1).removesuffix("…"))
            cut = True
            break
        pieces.append(piece)
    goes_on = cut or len(written) > len(pieces)
    words = " ".join(pieces)
    if len(words) > OPENING_LENGTH:
        words = _clipped_between_figures(pieces, OPENING_LENGTH)
        goes_on = True
    language = languages.language_of(clause)
    if goes_on:
        words = _without_trailing_function_words(words, language)
    unquoted = _without_unclosed_quotation_mark(words)
    if unquoted != words:
        # A quotation cut off opens as its speaker went on from what was said before ("ეს ხევი…", this ravine).
        unquoted = _without_leading_function_words(unquoted, language)
    return _without_leading_hedge(_without_leading_demonstrative(unquoted, language), language) \
        + ("…" if goes_on else "")


# The demonstratives that stand before a noun in a language that writes no article, as "the" does in English (Telugu
# "ఈ", this; "ఆ", that: "ఈ ఘటనలో…", in this incident): an opening passes over one it opens on, as a label names the
# incident, not this one.
OPENING_DEMONSTRATIVES = {"te": frozenset({"ఈ", "ఆ"})}


def _without_leading_demonstrative(words: str, language: str | None) -> str:
    """``words`` without the demonstrative of ``OPENING_DEMONSTRATIVES`` they open on; the last word always stays."""
    pieces = words.split(" ")
    if len(pieces) > 1 and pieces[0] in OPENING_DEMONSTRATIVES.get(language, ()):
        pieces.pop(0)
    return " ".join(pieces)


def _without_leading_hedge(words: str, language: str | None) -> str:
    """``words`` without the hedge they open on before a figure (``in_hedge``: "დაახლოებით 40 000 კუბური მეტრი",
    about 40,000 cubic metres): the figure and what it counts say what, the hedge only how near."""
    pieces = words.split(" ")
    hedges = hedge_phrases(language)
    hedged = 0
    while hedged < len(pieces) - 1 and in_hedge(pieces, hedged, hedges):
        hedged += 1
    return " ".join(pieces[hedged:])


def _without_leading_function_words(words: str, language: str | None) -> str:
    """``words`` without the function words of ``language`` itself (``languages.function_words``, not the English
    ones every language's stop words hold) they open on ("ეს ხევი…", this ravine, of a quotation whose mark was
    left out): an opening opens on a word of its own. The last word always stays. A few words of another language
    written in Latin letters are often read as English, whose function words they may write as words of their own
    (Czech "most", a bridge): an opening read as English keeps its words."""
    if language in (None, languages.ENGLISH):
        return words
    function_words = languages.function_words(language)
    pieces = words.split(" ")
    while len(pieces) > 1 and pieces[0].strip(WORD_EDGES).lower() in function_words:
        pieces.pop(0)
    return " ".join(pieces)


def _without_unclosed_quotation_mark(words: str) -> str:
    """``words`` without the quotation mark they open on where the mark that closes it is not among them: the
    opening is cut inside the quotation ("„Tady je to…"), and a label keeps no mark without its pair."""
    closers = QUOTE_CLOSERS.get(words[:1])
    if closers is None or len(words) < 2 or any(mark in words[1:] for mark in closers):
        return words
    return words[1:].lstrip()


def _clipped_between_figures(pieces: list[str], limit: int) -> str:
    """The words of ``pieces`` cut to ``limit`` characters (``clipped``), without "…", never inside a figure written
    in groups ("4 800"): such a figure cut in two is left out whole."""
    words = clipped(" ".join(pieces), limit).removesuffix("…")
    kept = ""
    for piece in pieces:
        joined = f"{kept} {piece}" if kept else piece
        if len(joined) > len(words):
            if kept and len(words) > len(kept) and piece[:1].isdigit() and " " in piece:
                return kept  # the cut falls inside the groups of a figure
            break
        kept = joined
    return words


def _without_trailing_function_words(words: str, language: str | None) -> str:
    """``words`` without the function words at their end ("… in the municipality about" → "… in the
    municipality"): an opening cut short stops on a word of its own, not on a word that leads to the one cut off.
    The first word always stays."""
    function_words = stop_words_for(language)
    pieces = words.split()
    while len(pieces) > 1 and pieces[-1].strip(WORD_EDGES).lower() in function_words:
        pieces.pop()
    return " ".join(pieces)
