"""Words, numbers and punctuation of one line, and its sentences, found with regular expressions.

Policy: a token's ``idx`` is its offset in the line in code points (Python string indices), so a token's
offset in the article is its line's start plus ``idx``, whatever the script. The rules need little of a
tokenizer: whole words (with inner hyphens and apostrophes split off as news style writes them: "state",
"-", "run"; "Kim", "'s"), numbers with their separators ("1,800", "3.5"), e-mail addresses and web
addresses as one token, and every other mark as a token of its own. A combining mark (a vowel sign of
Devanagari or Tamil, an accent written apart from its letter) stays inside its word. Scripts written without spaces
(Chinese, Japanese) give one token per run of characters. Sentences end after ``. ! ? …`` and the full stops
of other scripts (``scripts.STOPS``: ``। ؟ ۔`` …), with their closing quotes and brackets, when a space
follows and the next word does not open in lower case (Georgian, written in small letters, opens its
sentences in them), and after the full stops of scripts without spaces; a full stop after a single capital
or a common abbreviation ("Mr.", "U.S.", "Jan.") ends nothing, nor does the stop of an English time of day before
a weekday, a month or a time zone ("at 3:15 a.m. Monday, when …").
"""

import functools
import re
import unicodedata
from bisect import bisect_left

from newsdesk.importing.scripts import ARMENIAN_WORD_MARK, CJK_STOPS, JOINER_IN_WORD, STOPS, opens_in_lower_case

QUOTES = frozenset("\"'“”‘’«»„‚‹›「」『』`")
NUMBER_WORDS = frozenset(
    """
    zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
    seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand
    million billion trillion dozen
    """.split()
)
ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof gen col lt sgt capt st mt no vs etc inc ltd co corp jan feb mar apr jun jul aug sep sept
    oct nov dec rep sen gov pres jr sr dept est approx fig
    """.split()
)
# The titles other languages write with a stop before a name, which end no sentence there either: Swahili "Dkt."
# (daktari), "Bw." (bwana), "Mhe." (mheshimiwa); Portuguese and Spanish "Sra.", "Srta.", "Sres.", "Profa.", Spanish
# "Dña.", "Lic."; Italian "Dott.", "Avv."; French "Mme", "Mlle" when written with a stop.
# Czech and Slovak write their academic and military titles so ("Ing.", "Mgr.", "MUDr.", "npor.", "kpt.", "pplk."),
# and abbreviate within a sentence a scale before its currency ("10 mld. Kč"), "so-called" ("tzv."), "for example"
# ("např.") and "number" ("č. 5"), which end no sentence either.
# Bulgarian and Russian write a profession's or a rank's title so, in small letters before a name ("инж. Мария
# Илиева", "доц. Петър Колев", "проф.", "акад.", "арх.").
# Only forms that no language writes as a word at a sentence's end: not "Me" (French maître), "On." (Italian
# onorevole), "Fr." (German Frau).
OTHER_LANGUAGES_TITLES = frozenset(
    """
    dkt bw mhe sra srta sres profa dña lic dott avv mme mlle
    mgr mudr mvdr judr phdr rndr npor kpt pplk plk mld tzv např č
    инж доц проф акад арх
    """.split()
)
ABBREVIATIONS |= OTHER_LANGUAGES_TITLES
# Titles spelt as a word of another language, which can end a sentence there: Portuguese and Spanish "Dra." is
# Swedish "dra" (to pull: "Nu får vi dra."), Italian "Sig." the Scandinavian reflexive "sig" ("Hon vände sig."),
# Swahili "Bi." (bibi) the Croatian and Slovene conditional "bi" ("Rad bi."). Each is a title but in a line read as
# one of the languages that writes it as a word.
TITLES_WRITTEN_AS_WORDS = {
    "dra": frozenset({"sv"}),
    "sig": frozenset({"sv", "da", "nb"}),
    "bi": frozenset({"hr", "sl"}),
    # Spanish "Ing." (ingeniero) and German "Hr." (Herr) are English's "ING." (a bank) and "per hr." (an hour).
    "ing": frozenset({"en"}),
    "hr": frozenset({"en"}),
    "hrn": frozenset({"en"}),
    # Czech and Slovak "mil." (millions: "10 mil. Kč") and "tis." (thousands) are Spanish and Portuguese "mil"
    # (thousand: "costó tres mil."), Danish and Norwegian "tis"; English, which a short line of any language is read
    # as, writes no "mil" at a sentence's end. Their titles "Bc." (bachelor), "doc." (associate professor) and "por."
    # (lieutenant) are English "BC" and "doc" and Spanish and Portuguese "por" (by, for).
    "mil": frozenset({"es", "pt", "ca", "gl"}),
    "tis": frozenset({"da", "nb", "sv"}),
    "bc": frozenset({"en"}),
    "doc": frozenset({"en", "fr"}),
    "por": frozenset({"es", "pt", "ca", "gl", "tl"}),
}

# English writes the time of day with stops ("3:15 a.m."), which read as a sentence's end when a capital follows: a
# weekday, a month or a time zone after it goes on with the same sentence ("noticed at 3:15 a.m. Monday, when …",
# "at 9 p.m. EDT"), as no new sentence opens on one.
TIME_OF_DAY = frozenset("am pm".split())
AFTER_TIME_OF_DAY = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August"
    " September October November December ET EDT EST CT CDT CST MT MDT MST PT PDT PST GMT BST UTC".split()
)

URL = r"(?:https?://|www\.)[^\s<>\"“”]+[^\s<>\"“”.,;:!?)\]’']"
# The local part of an address is at most 64 characters (RFC 5321); unbounded, it would be read again from every
# word of a long hyphenated chain, which makes a line cost the square of its length.
EMAIL = r"[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)+"
NUMBER = r"\d+(?:[.,:]\d+)*"
UNSPACED = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
CLITIC_TAIL = r"(?:s|S|re|ve|ll|d|m|t)\b"
CLITIC = rf"['’]{CLITIC_TAIL}"


def _combining_marks() -> str:
    """A character class of every combining mark (categories Mn, Mc, Me), as ranges: Python's ``\\w`` leaves
    them out, so without them a word of Devanagari, Tamil or Thai, or a Latin letter written with a combining
    accent, would fall apart at each vowel sign or accent."""
    # Beyond the first two planes only plane 14's variation selectors are marks; reading the planes between would
    # cost every start of the app a tenth of a second.
    return mark_class((*range(0x20000), *range(0xE0000, 0xE1000)))


def mark_class(codes) -> str:
    """The combining marks (categories Mn, Mc, Me) among ``codes`` (in order), as the ranges of a character class."""
    ranges: list[list[int]] = []
    for code in codes:
        if unicodedata.category(chr(code))[0] == "M":
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1][1] = code
            else:
                ranges.append([code, code])
    return "".join(f"\\U{a:08x}" if a == b else f"\\U{a:08x}-\\U{b:08x}" for a, b in ranges)


MARKS = _combining_marks()
LETTER_OR_DIGIT = rf"(?![{UNSPACED}])[^\W_]"
# A zero-width non-joiner after a letter's sign (a virama or a vowel sign) and before a letter keeps a conjunct from
# forming inside one word: Telugu writes one between an English loanword and the ending written onto it, or inside the
# loanword ("పైప్‌లైన్", "అక్టోబర్‌లో", "కమిషనర్‌కు": the consonant, the virama, U+200C, the next consonant).
NON_JOINER_AFTER_SIGN = rf"(?<=[{MARKS}])\u200c(?=[^\W\d_])"
# A word starts with a letter or digit; combining marks may follow any of its letters, and Armenian's marks written
# over a vowel inside a word (``scripts.ARMENIAN_WORD_MARK``), a joiner inside a conjunct (``scripts.JOINER_IN_WORD``)
# and a non-joiner after a letter's sign (``NON_JOINER_AFTER_SIGN``) stay in it.
WORD = (rf"{LETTER_OR_DIGIT}(?:{LETTER_OR_DIGIT}|[{MARKS}]|{ARMENIAN_WORD_MARK}|{JOINER_IN_WORD}"
        rf"|{NON_JOINER_AFTER_SIGN})*")
TOKEN = re.compile(
    rf"(?P<url>{URL})|(?P<email>{EMAIL})|(?P<clitic>(?<=[^\W_]|[{MARKS}]){CLITIC})|(?P<number>{NUMBER})"
    rf"|(?P<unspaced>[{UNSPACED}]+)|(?P<word>{WORD}(?:['’](?!{CLITIC_TAIL}){WORD})*)|(?P<mark>\S)"
)
LETTER = re.compile(r"[^\W\d_]")
# A sentence's closing quotes and brackets after its stop: English's ” ’, German's and Czech's “ ‘ and «, the
# guillemets » › closing a quotation, in French after a space ("tribunal. »"; an opening « is followed by one).
CLOSING_MARKS = r"(?:[\"'”’“‘»«›‹)\]」』]|[ \u00a0\u202f][»›](?=\s|$))*"
SENTENCE_END = re.compile(rf"(?:[.!?…{STOPS}]+|[{CJK_STOPS}]+){CLOSING_MARKS}")


class Token:
    """One token; its attributes are computed once, as the rules read them many times."""

    __slots__ = ("text", "idx", "i", "doc", "kind", "lower_", "is_punct", "is_alpha", "is_lower", "is_quote",
                 "like_num", "like_url", "like_email", "is_space")

    def __init__(self, text: str, idx: int, i: int, doc: "Doc", kind: str):
        self.text, self.idx, self.i, self.doc, self.kind = text, idx, i, doc, kind
        self.lower_ = text.lower()
        self.is_punct = kind == "mark" and all(unicodedata.category(c)[0] in "PS" for c in text)
        self.is_alpha = text.isalpha() or kind == "word" and all(
            c.isalpha() or unicodedata.category(c)[0] == "M" for c in text
        )
        self.is_lower = text.islower()
        self.is_quote = text in QUOTES
        self.like_num = kind == "number" or self.lower_ in NUMBER_WORDS
        self.like_url = kind == "url"
        self.like_email = kind == "email"
        self.is_space = False

    def __repr__(self):
        return f"Token({self.text!r}, {self.idx})"


class Span:
    """Tokens ``start`` to ``end`` (exclusive) of a line."""

    def __init__(self, doc: "Doc", start: int, end: int):
        self.doc, self.start, self.end = doc, start, end

    def __iter__(self):
        return iter(self.doc.tokens[self.start : self.end])

    def __len__(self):
        return self.end - self.start

    @property
    def start_char(self) -> int:
        return self.doc.tokens[self.start].idx if self.end > self.start else 0

    @property
    def end_char(self) -> int:
        last = self.doc.tokens[self.end - 1]
        return last.idx + len(last.text)

    @property
    def text(self) -> str:
        return self.doc.text[self.start_char : self.end_char] if self.end > self.start else ""


class Doc:
    """A line's tokens, indexable like a list, with its sentences."""

    def __init__(self, text: str):
        self.text = text
        self.tokens = [
            Token(m.group(), m.start(), i, self, m.lastgroup) for i, m in enumerate(TOKEN.finditer(text))
        ]
        self._starts = [token.idx for token in self.tokens]
        sentences = list(self._sentences())
        if len(sentences) > 1 and "." in text:
            sentences = self._times_of_day_rejoined(sentences)
        self.sents = sentences

    def __len__(self):
        return len(self.tokens)

    def __iter__(self):
        return iter(self.tokens)

    def __getitem__(self, key):
        if isinstance(key, slice):
            start, stop, _ = key.indices(len(self.tokens))
            return Span(self, start, stop)
        return self.tokens[key]

    def _sentences(self):
        start = 0
        for match in SENTENCE_END.finditer(self.text):
            end = match.end()
            following = self.text[end : end + 1]
            if match.group()[0] not in CJK_STOPS and following and not following.isspace():
                continue
            if match.group() == "." and self._abbreviation_before(match.start()):
                continue
            rest = end
            while rest < len(self.text) and self.text[rest].isspace():
                rest += 1  # the next character that is not a space, found without copying the rest of the line
            if rest < len(self.text) and match.group()[0] not in CJK_STOPS and opens_in_lower_case(self.text[rest]):
                continue
            last = self._token_ending_at(end)
            if last is not None and last + 1 > start:
                yield Span(self, start, last + 1)
                start = last + 1
        if start < len(self.tokens):
            yield Span(self, start, len(self.tokens))

    def _times_of_day_rejoined(self, sentences: list[Span]) -> list[Span]:
        """``sentences`` with each that ends on a time of day ("a.m.", "p.m.") joined to the next when that one
        opens on a weekday, a month or a time zone (``AFTER_TIME_OF_DAY``)."""
        rejoined = [sentences[0]]
        for sentence in sentences[1:]:
            last = rejoined[-1]
            if self._ends_on_time_of_day(last) and self.tokens[sentence.start].text in AFTER_TIME_OF_DAY:
                rejoined[-1] = Span(self, last.start, sentence.end)
            else:
                rejoined.append(sentence)
        return rejoined

    def _ends_on_time_of_day(self, sentence: Span) -> bool:
        tail = [t.text for t in self.tokens[max(sentence.start, sentence.end - 4) : sentence.end]]
        return len(tail) == 4 and tail[1] == tail[3] == "." and (tail[0] + tail[2]).lower() in TIME_OF_DAY

    def _abbreviation_before(self, position: int) -> bool:
        """The letters right before ``position`` are a single capital or a common abbreviation; read backwards
        from ``position``, as a search of the whole text before it would cost a long line the square of its
        length."""
        if position and self.text[position - 1] == "\n":
            position -= 1  # "$" matches before a final line break too
        start = position
        while start and LETTER.match(self.text, start - 1):
            start -= 1
        if start == position:
            return False
        text = self.text[start:position]
        if len(text) == 1 and text.isupper() or text.lower() in ABBREVIATIONS:
            return True
        languages_of_the_word = TITLES_WRITTEN_AS_WORDS.get(text.lower())
        if languages_of_the_word is None:
            return False
        from newsdesk.importing.languages import language_of  # it reads this module's marks

        return language_of(self.text) not in languages_of_the_word

    def _token_ending_at(self, end: int):
        """The last token that starts before ``end``."""
        index = bisect_left(self._starts, end) - 1
        return index if index >= 0 else None


def tokenize(text: str) -> Doc:
    return Doc(text)


# Thai writes no space between its words, only between clauses, so a run of its letters is no word: it is split
# with PyThaiNLP's dictionary segmenter ("newmm", maximal matching over its word list, offline; imported on first
# use, so importing this module stays cheap). Two things of Thai writing it leaves to us:
# - the repetition mark "ๆ", written after the word it repeats with a space or without ("ค่อย ๆ", "ค่อยๆ"),
#   belongs to that word: never a word of its own;
# - an abbreviation is a letter or a few with a dot, alone or in a chain ("อ.", "ผศ.ดร.", "มี.ค.", "พ.ศ.",
#   "พล.ต.อ."), where a space, a mark or the start of a text stands before it: one word, its dots kept.
THAI_LETTERS = "\u0e01-\u0e4e"  # letters, vowels, tone marks, "ๆ" and "ฯ"; not the digits
THAI_REPEAT = "ๆ"
THAI_ABBREVIATION = rf"(?<![{THAI_LETTERS}])(?:[{THAI_LETTERS}]{{1,4}}\.)+(?!\d)"
THAI_RUN = rf"[{THAI_LETTERS}]+(?:[ \u00a0]+{THAI_REPEAT}[{THAI_LETTERS}]*)*"
THAI_REGION = re.compile(rf"(?P<abbreviation>{THAI_ABBREVIATION})|{THAI_RUN}")
THAI_CHARACTER = re.compile(f"[{THAI_LETTERS}]")


THAI_PIECE = 400  # characters the segmenter reads at once: its cost grows with the square of what it is given


def thai_segments(run: str) -> tuple[str, ...]:
    """A run of Thai letters split into its words, which together spell the run as written; a repetition mark
    (and the space before it) joins the word before it. A run longer than ``THAI_PIECE`` (a clause is far shorter;
    only a text with no space at all runs on) is read in pieces of that length, so the cost stays linear."""
    if len(run) <= THAI_PIECE:
        return _thai_segments(run)
    return tuple(word for start in range(0, len(run), THAI_PIECE)
                 for word in _thai_segments(run[start:start + THAI_PIECE]))


@functools.lru_cache(maxsize=100_000)
def _thai_segments(run: str) -> tuple[str, ...]:
    from pythainlp.tokenize import word_tokenize

    words: list[str] = []
    for piece in word_tokenize(run, engine="newmm", keep_whitespace=True):
        if words and (not piece.strip() or piece.strip() == THAI_REPEAT):
            words[-1] += piece
        else:
            words.append(piece)
    return tuple(words) if "".join(words) == run else (run,)


def thai_words(text: str) -> list[tuple[str, int, int]]:
    """The Thai words of ``text`` with where each starts and ends: its abbreviations whole (``THAI_ABBREVIATION``),
    and its runs of Thai letters split into words (``thai_segments``). Nothing for text in other scripts."""
    found = []
    if not THAI_CHARACTER.search(text):
        return found
    for region in THAI_REGION.finditer(text):
        start = region.start()
        if region.lastgroup == "abbreviation":
            found.append((region.group(), start, region.end()))
            continue
        for word in thai_segments(region.group()):
            found.append((word, start, start + len(word)))
            start += len(word)
    return found


def thai_word_form(word: str) -> str:
    """A Thai word as words are compared: without the space before its repetition mark ("ค่อย ๆ": "ค่อยๆ")."""
    return word.replace(" ", "").replace("\u00a0", "") if THAI_REPEAT in word else word
