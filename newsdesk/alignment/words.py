"""Words as the alignment counts them: content words, lightly stemmed, and figures.

Policy: the same for any story; nothing here knows a subject. Reporting verbs and titles are stop words, since
they say who spoke, not what about. A text in another language also skips that language's function words
(``newsdesk.importing.languages``: German "der", "und", Spanish "los", "que"), beside English's: a story's
function words would otherwise be the words its articles share most.
"""

import functools
import re
import unicodedata

from newsdesk.importing import languages
from newsdesk.importing.scripts import HIRAGANA, UNSPACED_RUN
from newsdesk.importing.tokens import MARKS

# A word's combining marks (the vowel signs of Devanagari, Tamil or Thai) stay inside it.
LETTERS = rf"[^\W\d_](?:[^\W\d_]|[{MARKS}])*"
TOKEN = re.compile(rf"{LETTERS}(?:['’]{LETTERS})*", re.UNICODE)
MARK = re.compile(f"[{MARKS}]")
MARKED = re.compile(f".[{MARKS}]*", re.DOTALL)  # a character with the combining marks that follow it
# Figures (casualties, sums, percentages, dates) are among the surest signs that two outlets report the same
# fact; single digits are too common to count. A figure is written in the digits of any script (``\d`` is every
# Unicode decimal digit: "٢٤٠", "२४०") and read as one (``figure``): Arabic's decimal separator and its thousands
# separator ("٦٫٥", "١٬٢٠٠") hold a figure together as the point and the comma do.
ARABIC_DECIMAL = "\u066b"
ARABIC_THOUSANDS = "\u066c"
NUMBER = re.compile(rf"\d+(?:[.,{ARABIC_DECIMAL}{ARABIC_THOUSANDS}]\d+)*")
# Chinese and Japanese (and Thai, Lao, Khmer and Myanmar) write a clause without spaces, so a run of their
# letters (``scripts.UNSPACED_RUN``) is no word: it is counted in overlapping pairs of characters, as search
# engines do for Chinese and Japanese (most of their words are one or two characters long, and a pair that spans
# two words is rare enough that TF-IDF weighs it down). For Thai and its neighbours, which search engines split
# with a dictionary, pairs are a rough stand-in; a character there is a letter with its vowel and tone marks,
# never a mark alone. Korean spaces its words but writes a word's particles onto it ("제재를", "제재는": sanctions,
# with their case endings), so a run of Hangul syllables is counted in pairs too, as search engines for Korean
# do: the stem's pair ("제재") is shared whatever particle follows.
HANGUL = "\uac00-\ud7af"
# Japanese writes its particles and its verbs' and adjectives' endings in hiragana ("が", "した", "している") and its
# nouns in kanji and katakana: a run of hiragana is grammar, which every passage shares, so it is no term (pairs of
# it tied every passage that "did" something to every other). Chinese writes no hiragana.
HIRAGANA_RUN = re.compile(f"[{HIRAGANA}]+")
PAIRED_RUN = re.compile(f"{UNSPACED_RUN.pattern}|[{HANGUL}]+")
# Reporting verbs and titles say who spoke, not what about; they would tie every quoted paragraph together.
EXTRA_STOP_WORDS = frozenset({"said", "says", "say", "told", "according", "mr", "mrs", "ms", "dr", "just", "also"})
# Calendar words are capitalised but name no one and no sub-topic: every story has a Monday and a March.
CALENDAR = frozenset("monday tuesday wednesday thursday friday saturday sunday january february march april may "
                     "june july august september october november december".split())


def figure(surface: str) -> str:
    """A figure (a match of ``NUMBER``) as the figures of every script meet: in ASCII digits, its thousands
    separators left out and its decimal point a full stop ("٦٫٥" and "6.5" are "6.5", "٢٤٠" and "240" are "240")."""
    digits = "".join(str(unicodedata.decimal(c)) if c.isdecimal() else c for c in surface)
    return digits.replace(ARABIC_DECIMAL, ".").replace(ARABIC_THOUSANDS, "").replace(",", "")


def _letters(word: str) -> int:
    """How many letters ``word`` has, its combining marks not counted: a word of one letter and its vowel
    signs (Hindi's postpositions, "के", "को") says as little as "a" does."""
    return len(MARK.sub("", word)) if MARK.search(word) else len(word)


@functools.cache
def stop_words() -> frozenset:
    """scikit-learn's English stop words and ours; scikit-learn is imported on first use, so importing this
    module (every page's URL configuration does, through the alignment) stays cheap."""
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    return ENGLISH_STOP_WORDS | EXTRA_STOP_WORDS


# A language's reporting verbs, as ``EXTRA_STOP_WORDS`` holds English's "said": Arabic's "said" and "says" with
# the conjunction written onto them ("وقال", "فقالت"); and its words that only say when ("اليوم", "أمس", "صباح"),
# which tie every passage dated alike as ``CALENDAR``'s do, and which the ``stop-words`` list held among the news
# wires' nouns it no longer lends the function words (``languages.REMOVED_FUNCTION_WORDS``). In the form they are
# looked up in, and as written: no conjunction or preposition is read past onto them.
LANGUAGE_STOP_WORDS = {
    "ar": frozenset(f"{conjunction}{verb}" for conjunction in ("", "و", "ف")
                    for verb in "قال قالت قالوا يقول تقول يقولون".split())
    | frozenset(languages.arabic_folded(word) for word in
                "اليوم أمس غدا يوم أيام صباح مساء عام عاما سنة سنوات الوقت الماضي المقبل".split()),
}


@functools.cache
def stop_words_for(language: str | None) -> frozenset:
    """The words skipped in a text in ``language`` (an ISO 639-1 code): English's stop words and that language's
    function words and reporting verbs (a text in another language quotes English names and titles too)."""
    if language in (None, languages.ENGLISH):
        return stop_words()
    return stop_words() | languages.with_english(language) | LANGUAGE_STOP_WORDS.get(language, frozenset())


# Languages that write an article, a pronoun or a negation onto the word after it with an apostrophe ("l'usine",
# "n'est", "dell'impianto"): the word is what follows.
ELIDING = frozenset({"fr", "it", "ca"})
ELIDED = re.compile(r"^(?:[^\W\d_]{1,2}|[^\W\d_]*qu|[^\W\d_]{2,3}l)'(?=[^\W\d_]{2})")


# The languages whose words Snowball's stemmers fold: those of Europe written in the Latin, Cyrillic and Greek
# alphabets. Not Hindi or Arabic, whose stemmers strip a short word to a letter ("नई", "new", to "न").
FOLDED_LANGUAGES = frozenset({"de", "fr", "es", "it", "pt", "nl", "sv", "nb", "da", "fi", "ro", "hu", "tr", "ca",
                              "ru", "el"})


# Arabic writes its article, and a conjunction or a preposition before it, onto the word ("السوق", "والسوق",
# "بالسوق", "للسوق": the market): Snowball's Arabic stemmer strips a short word to a letter, so the prefixes alone
# come off, as light stemming for Arabic search does (Larkey, Ballesteros and Connell, 2002). Whether a word opens
# on the article is read on its letters as written, its hamza not folded ("ألوان", colours, is no "ال" + "وان";
# ``languages.arabic_folded`` folds it after), and a bare conjunction or preposition never comes off ("وزارة",
# "بلدية"). A word whose own letters open like a prefix ("بالستية", ballistic) comes off the same way with the
# article before it or not ("البالستية"): the prefixes come off as long as three letters stay, so that a word and
# the word with the article always meet.
ARABIC_PREFIXES = ("وال", "فال", "بال", "كال", "لل", "ال")
ARABIC_STEM_LETTERS = 3


@functools.lru_cache(maxsize=200_000)
def arabic_stem(word: str) -> str:
    """``word`` without the article and a conjunction or preposition before it, its hamza folded."""
    word = languages.arabic_folded(word, alef=False)
    stripped = True
    while stripped:
        stripped = False
        for prefix in ARABIC_PREFIXES:
            if word.startswith(prefix) and len(word) - len(prefix) >= ARABIC_STEM_LETTERS:
                word, stripped = word[len(prefix):], True
                break
    return languages.arabic_folded(word)


LIGHT_STEMMERS = {"ar": arabic_stem}


@functools.cache
def stemmer(language: str | None):
    """The stemmer for a text in ``language``: Snowball's for a language it has an algorithm for (Russian cases,
    German plurals and French verb endings fold together: "Красноборска", "Красноборске"), a light stemmer for Arabic
    (``arabic_stem``), else ``stem``."""
    if language in LIGHT_STEMMERS:
        return LIGHT_STEMMERS[language]
    if language not in FOLDED_LANGUAGES:
        return stem
    import snowballstemmer

    name = languages.language_name(language)
    if name not in snowballstemmer.algorithms():
        return stem
    algorithm = snowballstemmer.stemmer(name)
    return functools.lru_cache(maxsize=100_000)(lambda word: algorithm.stemWord(word.lower().replace("’", "'")))


def _reading(language: str | None, text: str) -> tuple[object, object, bool]:
    """Whether a word is skipped, the stemmer, and whether elided words are split, for ``text`` in ``language``
    (read from the text when None)."""
    language = languages.language_of(text) if language is None else language
    return functools.partial(skipped_word, stop_words_for(language), language), stemmer(language), language in ELIDING


def skipped_word(skipped: frozenset, language: str | None, word: str) -> bool:
    """Whether ``word`` (in lower case) is one of ``skipped`` (``stop_words_for(language)``), looked up as
    ``languages.is_function_word`` looks it up (Arabic's hamza folded, its one-letter conjunctions and prepositions
    before it: "فقد", "وإن"), or is a skipped word with an English plural's or possessive's "s"."""
    return languages.is_function_word(word, language, skipped) or word.rstrip("s").rstrip("'") in skipped


def _unelided(lowered: str, eliding: bool) -> str:
    return ELIDED.sub("", lowered, count=1) if eliding else lowered


@functools.lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """A light, consistent suffix-stripper: plurals, possessives, -ed and -ing. It need not be English,
    only the same for ``visit``, ``visits`` and ``visited``."""
    word = word.lower().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    word = word.strip("'")
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "ous")):
        word = word[:-1]
    for suffix in ("ing", "ed"):
        if len(word) - len(suffix) >= 4 and word.endswith(suffix):
            word = word[: -len(suffix)]
            if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "ls":
                word = word[:-1]
            break
    return word


def terms_with_surface(text: str, language: str | None = None) -> list[tuple[str, str]]:
    """(term, surface) pairs: stemmed content words, and two-word phrases of adjacent content words. ``language``:
    the text's, when the caller knows it (else read from the text)."""
    skipped, stemmed, eliding = _reading(language, text)
    result = []
    previous = None
    for match in TOKEN.finditer(text):
        surface = match.group()
        lowered = _unelided(surface.lower().replace("’", "'"), eliding)
        if _letters(lowered) < 2 or skipped(lowered):
            previous = None
            continue
        term = stemmed(lowered)
        result.append((term, surface))
        if previous is not None:
            result.append((f"{previous[0]} {term}", f"{previous[1]} {surface}"))
        previous = (term, surface)
    return result


def analyse(text: str, language: str | None = None) -> list[str]:
    return [term for term, _ in terms_with_surface(text, language)]


def content_words(text: str, language: str | None = None) -> str:
    """The passage's content words in lower case, for the character n-gram view."""
    return " ".join(surface.lower() for term, surface in terms_with_surface(text, language) if " " not in term)


def unigrams(text: str, language: str | None = None, folded: bool = True) -> list[str]:
    """Stemmed content words, without the phrases (the fast path, for similarity). ``language``: the text's, when
    the caller knows it (a story's passages are too short to tell each one's apart); else read from the text.
    Without ``folded``, a language other than English keeps its words' endings (``stem`` alone, not Snowball's)."""
    skipped, stemmed, eliding = _reading(language, text)
    if not folded:
        stemmed = stem
    result = []
    for match in TOKEN.finditer(text):
        lowered = match.group().lower().replace("’", "'")
        if PAIRED_RUN.search(lowered):
            result += character_pairs(lowered)
            continue
        lowered = _unelided(lowered, eliding)
        if _letters(lowered) < 2 or skipped(lowered):
            continue
        result.append(stemmed(lowered))
    for match in NUMBER.finditer(text):
        read = figure(match.group())
        if len(read) >= 2:
            result.append(read)
    return result


def character_pairs(token: str) -> list[str]:
    """The terms of a token holding runs of an unspaced script or of Hangul: each run as overlapping pairs of
    characters (a run of one character as itself), its runs of hiragana left out (``HIRAGANA_RUN``), and any other
    letters beside a run as one word ("iPhone发布" gives "iphone", "发布")."""
    terms = []
    position = 0
    for run in PAIRED_RUN.finditer(token):
        before = token[position:run.start()]
        if _letters(before) >= 2 and before not in stop_words():
            terms.append(stem(before))
        for piece in filter(None, HIRAGANA_RUN.split(run.group())):
            characters = MARKED.findall(piece)
            terms += ["".join(characters[i:i + 2]) for i in range(len(characters) - 1)] or ["".join(characters)]
        position = run.end()
    after = token[position:]
    if _letters(after) >= 2 and after not in stop_words():
        terms.append(stem(after))
    return terms
