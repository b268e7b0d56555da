"""Which language a text is written in, told by its function words, and that language's function words.

Policy: the function words come from the ``stop-words`` package (lists for 33 languages), with the few a list
lacks (``ADDED_FUNCTION_WORDS``). A text's language is the one whose function words it uses most (see
``language_of``), English unless another language clearly wins.
Many function words of one language are content words of another (German "war" is "was", Spanish "son" is
"are"), so a text's own language decides which list applies to it: never the union of them all.
"""

import functools
import re
from collections import Counter

from newsdesk.importing.tokens import MARKS

ENGLISH = "en"
# The languages whose words are spaced, so that a text's function words can be counted word by word. Chinese and
# Japanese, written without spaces, are counted in pairs of characters by the alignment and need no list here.
SPACED_LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl", "sv", "nb", "da", "fi", "pl", "cs", "sk", "ro",
                    "hu", "tr", "ca", "id", "ms", "vi", "ru", "uk", "bg", "el", "ar", "fa", "he", "hi")
# Languages that capitalise every noun: a lone capitalised word there is a noun, not a name.
CAPITALISED_NOUNS = frozenset({"de", "lb"})
MIN_HITS = 3  # function words of a language a text needs before it is taken for that language
# A word with its combining marks (Hindi's vowel signs), and its elided part ("l'usine").
LETTERS = rf"[^\W\d_](?:[^\W\d_]|[{MARKS}])*"
WORD = re.compile(rf"{LETTERS}(?:['’]{LETTERS})*", re.UNICODE)
# Letters that only one of two languages with overlapping lists writes (Spanish "ñ", "¿", "¡"; Portuguese "ã", "õ",
# "ç", "ê", "â", "ô"), counted only between those two.
LETTER_HINTS = {frozenset({"es", "pt"}): {"es": "ñ¿¡", "pt": "ãõçêâô"}}
LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
# Function words a language's list in the ``stop-words`` package lacks though they are as much function words as
# those it holds. Portuguese writes a preposition onto the demonstrative or the article after it ("deste verão",
# "nesse dia", "daquele ano", "duma vez"); its list holds "num" and "numa" and none of the others, so a phrase
# read from a Portuguese text could end on "deste", and every passage that says "neste" shared a word.
ADDED_FUNCTION_WORDS = {
    "pt": frozenset("""
        deste desta destes destas desse dessa desses dessas daquele daquela daqueles daquelas disto disso daquilo
        neste nesta nestes nestas nesse nessa nesses nessas naquele naquela naqueles naquelas nisto nisso naquilo
        àquele àquela àqueles àquelas àquilo dum duma duns dumas nuns numas
    """.split()),
}
# Words the ``stop-words`` package lists as function words though they are content words, which a story's
# passages share as they share its subject. Its Arabic list is drawn from news wires and holds their verbs ("قال",
# "أكد", "أعلنت"), nouns ("إعادة", "قوة", "زيارة", "وقف", "عدد", "إطار"), numbers, dates and words of time and
# the names of agencies ("برس", "لوكالة"): read as function words, and found again behind a conjunction or a
# preposition ("وإعادة", "لوقف", "بقوة"), they dropped what a passage was about from its terms. The list keeps its
# pronouns, prepositions, conjunctions, particles, demonstratives, relative pronouns and auxiliaries ("كان",
# "يكون", "تم", "يمكن"). Spelt as the list spells them, and compared in their looked-up form (``lookup_form``).
REMOVED_FUNCTION_WORDS = {
    "ar": frozenset("""
        اثر اجل اطار اعادة اعلنت اكد الاخيرة الاول الاولى الثاني الثانية الذاتي السابق الماضي المقبل الوقت
        اليوم امس اول ايار ايام باسم برس بن زيارة سنة سنوات شخصا صباح عام عاما عدد غدا قال قوة كلم لقاء للامم
        لوكالة مايو مساء نهاية واضاف واضافت واكد واوضح وقال وقالت وقف يوم و6
        اربعة ثلاثة واحد عشر عشرة الف مليار مليون صفر
    """.split()),
}
# Arabic writes a hamza on or under an alef, or a madda over it, or an alef wasla, or leaves it out ("إلى" and
# "الى", "أن" and "ان"), and a page may write the short vowels and stretch a word with a tatweel; the ``stop-words``
# list spells its words bare. ``arabic_folded`` is the one form in which Arabic words are compared, here and by the
# furniture rules, the labels and the attribution: without vowel marks, Quranic marks and tatweel, with one alef.
# The alef maqsura and the ta marbuta are not folded: the list spells its words both ways ("في" and "فى", "التي" and
# "التى"), and the maqsura folded would make the name "علي" the preposition "على".
ARABIC_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
ONE_ALEF = str.maketrans("أإآٱ", "اااا")


def arabic_folded(text: str, alef: bool = True) -> str:
    """``text`` with its Arabic vowel marks, Quranic marks and tatweel left out and, unless ``alef`` is false, its
    hamza on or under an alef, its madda and its alef wasla written as a bare alef ("أكّد": "اكد")."""
    text = ARABIC_MARKS.sub("", text)
    return text.translate(ONE_ALEF) if alef else text


LOOKUP_FOLDS = {"ar": arabic_folded}
# The letters each fold changes are written in its script alone: a text with none of them has nothing to fold.
FOLDED_SCRIPTS = {"ar": re.compile("[\u0600-\u06ff]")}
# Conjunctions and prepositions of one letter that Arabic writes onto the word after them ("فقد", "وإن", "بأن",
# "لما", "كما"), a conjunction before a preposition ("وبما"): a function word behind them is a function word still.
# What is left must be two letters or more ("وا" is no "و" and "ا"), and a function word of the language's own list
# (``function_words``), never a content word a caller skips.
ARABIC_PROCLITICS = ("وب", "ول", "وك", "فب", "فل", "فك", "و", "ف", "ب", "ل", "ك")
PROCLITICS = {"ar": ARABIC_PROCLITICS}


def language_name(language: str) -> str:
    """The English name of ``language`` (an ISO 639-1 code) as the ``stop-words`` and Snowball packages spell it
    ("ru": "russian"); the code itself when neither knows it."""
    from stop_words import LANGUAGE_MAPPING

    return LANGUAGE_MAPPING.get(language, language)


@functools.cache
def function_words(language: str) -> frozenset[str]:
    """The function words of ``language`` (an ISO 639-1 code), in lower case, each as written and in the form it is
    looked up in (``lookup_form``); empty for a language without a list."""
    from stop_words import StopWordError, get_stop_words

    added = ADDED_FUNCTION_WORDS.get(language, frozenset())
    try:
        # The package's Hebrew list holds its words in quotes, with a comma: '"אבל",'.
        listed = frozenset(word.strip(" '\",").lower().replace("’", "'") for word in get_stop_words(language))
    except StopWordError:
        listed = frozenset()
    words = listed | added
    if language in LOOKUP_FOLDS:
        # The list's tatweel ("ـ") folds to nothing, which is no word.
        words |= {lookup_form(word, language) for word in words} - {""}
    removed = REMOVED_FUNCTION_WORDS.get(language, frozenset())
    if removed:
        removed = removed | {lookup_form(word, language) for word in removed}
        words = frozenset(word for word in words if word not in removed and lookup_form(word, language) not in removed)
    return words


def lookup_form(word: str, language: str | None) -> str:
    """``word`` as it is looked up among the function words of ``language``: in lower case, with a straight
    apostrophe, and with the folds of its script (``LOOKUP_FOLDS``: Arabic's hamza and vowel marks)."""
    word = word.lower().replace("’", "'")
    folds = LOOKUP_FOLDS.get(language)
    if folds is None:
        return word
    return folds(word)


def is_function_word(word: str, language: str | None, words: frozenset[str] | None = None) -> bool:
    """Whether ``word`` is a function word of ``language`` (``words``: the set to look it up in, when the caller
    skips more than the language's list, English's too), its letters folded as the list's are and, in a language
    that writes its one-letter conjunctions and prepositions onto the next word (``PROCLITICS``), behind them."""
    if words is None:
        words = function_words(language) if language else frozenset()
    if word in words:
        return True
    if language not in LOOKUP_FOLDS and language not in PROCLITICS:
        return word.lower().replace("’", "'") in words
    form = lookup_form(word, language)
    if form in words:
        return True
    own = function_words(language)
    return any(form.startswith(clitic) and len(form) - len(clitic) >= 2 and form[len(clitic):] in words
               and form[len(clitic):] in own for clitic in PROCLITICS.get(language, ()))


@functools.cache
def _languages_of_word() -> dict[str, frozenset[str]]:
    """Each function word with the languages whose lists hold it, so that a text is counted in one pass."""
    languages: dict[str, set[str]] = {}
    for language in SPACED_LANGUAGES:
        for word in function_words(language):
            languages.setdefault(word, set()).add(language)
    return {word: frozenset(found) for word, found in languages.items()}


# The same article is asked about by the furniture rules, the vectors and the names of one comparison: it is read
# once (a text's hash is kept with it, so a hit costs nothing).
@functools.lru_cache(maxsize=512)
def language_of(text: str) -> str:
    """The ISO 639-1 code of the language ``text`` is written in, by its function words; English unless another
    language clearly wins.

    Lists overlap (Spanish and Portuguese share most of theirs, and the English list holds "de" and "la"), so two
    languages are compared by the words only one of them holds: a language wins against another when more of the
    text's words are its function words and not the other's than the other way round. A language other than
    English needs ``MIN_HITS`` such words against English: a headline has few function words, some of them in
    another language's list too ("Fat cat council boss …"). Between Spanish and Portuguese, whose lists share most
    words, the letters only one of them writes count as such words too (``LETTER_HINTS``)."""
    table = _languages_of_word()
    found = Counter()
    # A word not found as written may be found in the form a language with folds looks it up in ("إلى"), for that
    # language only, when the text is written in its script.
    folding = [language for language in LOOKUP_FOLDS if FOLDED_SCRIPTS[language].search(text)]
    for word in (m.group().lower().replace("’", "'") for m in WORD.finditer(text)):
        listed = table.get(word) or folding and frozenset(
            language for language in folding if language in table.get(lookup_form(word, language), ()))
        if listed:
            found[listed] += 1
    lowered = text.lower()
    hints = {pair: {language: sum(lowered.count(letter) for letter in letters) for language, letters in by.items()}
             for pair, by in LETTER_HINTS.items()}

    # A text with no Latin letter is no English however few function words it shows ("в Красноборске").
    latin = LATIN.search(text) is not None

    def beats(first: str, second: str) -> bool:
        own = sum(n for found_in, n in found.items() if first in found_in and second not in found_in)
        other = sum(n for found_in, n in found.items() if second in found_in and first not in found_in)
        pair = hints.get(frozenset({first, second}), {})
        own, other = own + pair.get(first, 0), other + pair.get(second, 0)
        return own > other and (first != ENGLISH and second != ENGLISH and own > 0 or own >= MIN_HITS
                                or not latin and own > 0)

    candidates = [language for language in SPACED_LANGUAGES if language != ENGLISH and beats(language, ENGLISH)]
    if not candidates:
        return ENGLISH
    winner = candidates[0]
    for language in candidates[1:]:
        if beats(language, winner):
            winner = language
    return winner


@functools.cache
def with_english(language: str) -> frozenset[str]:
    """English's function words (scikit-learn's list) and ``language``'s: a text in another language quotes
    English names and titles too."""
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS  # on first use, not with the URLs

    if language == ENGLISH:
        return ENGLISH_STOP_WORDS
    return ENGLISH_STOP_WORDS | function_words(language)


LANGUAGE_SAMPLE = 20_000  # characters of a story read to tell its language: enough, and no cost in a big story


def language_of_texts(texts: list[str]) -> str:
    """The language most of ``texts`` (a story's passages) is written in, read from them together (one passage
    is often too short to tell), from a sample spread over them (not the first article alone)."""
    sample, length = [], 0
    for text in texts[:: max(1, len(texts) // 50)]:
        sample.append(text)
        length += len(text)
        if length >= LANGUAGE_SAMPLE:
            break
    return language_of("\n".join(sample))
