"""Attribution in Persian, read on the words of the line.

Persian puts its verb last and has no capital letters to tell a name. A source opens the clause of its verb of
saying, set off by commas when a title follows its name ("بهزاد کیانفر، مدیرعامل این گروه، در گفت‌وگو با … گفت";
"وی افزود:"; "کارگران می‌گویند"), and ends before the first phrase of the clause's own (a preposition: "استاندار
زرین‌کوه در نشست … خبر داد"), a relative "که" ("گلناز پوررستم که ۱۴ سال … می‌گوید") or a word that sets a topic
apart ("سازمان خصوصی‌سازی اما …", "… هم گفت"). A phrase of source stands before its source: "به گفته X" (in the
words of X), "بر اساس اعلام X" (as X announced), "به نقل از X"; "به گزارش خبرنگار" is an outlet's own reporter,
its narration. Words are compared without their zero-width joiner and with Arabic "ي" and "ك" as Persian writes
them (``persian_folded``): "مي‌گويند" is "میگویند".

Verbs that are ordinary verbs too report only in a construction of their own: "ادامه داد" (went on) with a colon,
a quotation or "که" after it; "دانست" (held X to be Y) with its object's "را" before it in the clause.
"""

import re

from annotations.suggestions.attribution.quotations import cues_by_sentence, line_tokens, sentences
from annotations.suggestions.attribution.words import line_cue as _cue
from annotations.suggestions.base import Suggestion
from newsdesk.importing.languages import persian_folded

_MARKS = ",،;؛:!?؟.\"“”‘’«»()\\[\\]{}—–"
_WORD = re.compile(f"[0-9۰-۹٠-٩]+(?:[.,٫٬،][0-9۰-۹٠-٩]+)*|[^\\s{_MARKS}]+|[{_MARKS}]")  # "18.6" is one word
_STOPS = frozenset(".!?؟")
_BREAKS = frozenset(";؛:\"“”‘’«»—–()")
_COMMAS = frozenset(",،")
_MAX_SOURCE = 8
_MAX_AFTER = 5  # words of a source after a phrase of source with no mark to end it


def _set(words: str) -> frozenset[str]:
    return frozenset(persian_folded(w) for w in words.split())


def _phrases(entry: str) -> tuple[tuple[str, ...], ...]:
    found = {tuple(persian_folded(w) for w in p.split()) for p in entry.split("|") if p.strip()}
    return tuple(sorted(found, key=len, reverse=True))


# Verbs of saying, in the past and present, third person singular and plural, of one word or of a noun and its
# light verb: said, say, added, announced, reported ("خبر داد"), stressed, stated, explained, declared, went on.
VERBS = _phrases("""
گفت | گفتند | می‌گوید | می‌گویند | گفته است | گفته‌اند | گفته‌است | افزود | افزودند | افزوده است |
اعلام کرد | اعلام کردند | اعلام کرده | اعلام کرده است | اعلام می‌کند | اعلام می‌کنند | اعلام کرده‌اند |
خبر داد | خبر دادند | خبر داده | خبر داده است | خبر می‌دهد |
تأکید کرد | تاکید کرد | تأکید کردند | تاکید کردند | تأکید می‌کند | تاکید می‌کند |
اظهار داشت | اظهار کرد | عنوان کرد | بیان کرد | بیان داشت | تصریح کرد | توضیح داد | توضیح می‌دهد |
هشدار داد | هشدار دادند | ادامه داد | دانست | دانستند | می‌داند | می‌دانند
""")
# Of these, the ones that report only with words said after them (a colon, a quotation, "که").
NEEDS_WORDS = _set("ادامه")
# The ones that report only with the object's "را" before them in their clause ("X را عامل زیان دانست").
NEEDS_OBJECT = _set("دانست دانستند میداند میدانند")
OBJECT = persian_folded("را")
# Phrases before a source.
ACCORDING = _phrases("به گفته | به گزارش | بر اساس اعلام | براساس اعلام | بر اساس گزارش | طبق اعلام | به نقل از | "
                     "از قول | به اعتقاد | به عقیده")
OWN_REPORTER = _set("خبرنگار")
THAT = persian_folded("که")
# Words that open a clause: its subject comes after them.
CLAUSE_WORDS = _set("که و اما ولی لیکن زیرا چون اگر وقتی تا")
# Prepositions: a source opens with none and ends before the first of its clause.
PREPOSITIONS = _set("در با از به برای تا بر روی جلوی مقابل پس پیش درباره طی")
# Words that set a topic apart, after the subject ("X اما …", "X هم گفت"), and words of when that open a clause.
TOPICS = _set("اما هم نیز")
OPENERS = _set("حالا امروز دیروز صبح شب ظهر عصر روز همچنین سپس پس اکنون هنوز همین")
# Words that end a source after a phrase of source: a figure's "about" and the clause's own first words.
AFTER_ENDS = _set("حدود نزدیک این آن هنوز تا حالا امروز")
PRONOUNS = _set("او وی آنها آنان ایشان ما من")
AND = persian_folded("و")
NUMBER_WORDS = _set("صد هزار میلیون میلیارد یک دو سه چهار پنج شش هفت هشت نه ده بیست سی چهل پنجاه شصت هفتاد هشتاد "
                    "نود دویست سیصد چهارصد پانصد")
# The endings of a verb's forms that end a clause before "و": past and present stems' persons, participles.
VERB_ENDINGS = ("د", "ند", "ه", "است", "ست", "یم", "ید")


def _tokens(text: str):
    return line_tokens(text, _WORD, persian_folded)


def _text(text, tokens) -> str:
    return text[tokens[0].start : tokens[-1].end]


def _match(tokens, i, end, phrases):
    """The index of the last token of the first of ``phrases`` that starts at ``i``, or None."""
    for phrase in phrases:
        if i + len(phrase) <= end and all(tokens[i + n].key == word and not tokens[i + n].quoted
                                          for n, word in enumerate(phrase)):
            return i + len(phrase) - 1
    return None


def _joins_clauses(tokens, k, s_start) -> bool:
    """Whether the clause word at ``k`` opens a clause: "و" (and) does after a verb ("… تولید نشده و نگهبان‌ها
    می‌گویند"), not between two nouns or the parts of a figure ("واردات … و قیمت‌گذاری", "۱۸ میلیارد و ۶۰۰")."""
    key = tokens[k].key
    if key in TOPICS or key not in CLAUSE_WORDS:
        return False
    if key != AND:
        return True
    before = tokens[k - 1] if k > s_start else None
    return before is not None and not before.text[:1].isdigit() and before.key not in NUMBER_WORDS and (
        before.key.endswith(VERB_ENDINGS)
    )


def _clause_start(tokens, i, s_start) -> int:
    """The first token of the clause of the verb at ``i``: after a mark other than a comma, a quotation or a word
    that opens a clause; a comma may set off a title ("X، مدیرعامل این گروه، … گفت"). After a relative "که" whose
    clause opens with a figure or a preposition ("گلناز پوررستم که ۱۴ سال … کار کرده با بغض می‌گوید") the clause is
    the one before it, and so it is after a "که" whose clause a comma closes before the verb ("X، مدیرعامل گروه
    که کارخانه را … خریداری کرده، … را عامل زیان دانست")."""
    k = i - 1
    while k >= s_start and not (tokens[k].quoted or tokens[k].text in _BREAKS or _joins_clauses(tokens, k, s_start)):
        k -= 1
    if k >= s_start and tokens[k].key == THAT and k + 1 < i and (
        tokens[k + 1].text[:1].isdigit() or tokens[k + 1].key in PREPOSITIONS
        or any(t.text in _COMMAS for t in tokens[k + 1 : i])
    ):
        return _clause_start(tokens, k, s_start)
    return k + 1


def _subject(tokens, i, s_start):
    """The source that opens the clause of the verb at ``i``: its words to the first comma, preposition, "که" or
    word of topic. None when there are none, or more than a source holds."""
    first = _clause_start(tokens, i, s_start)
    while first < i and tokens[first].key in OPENERS:
        first += 1
    words = []
    for k in range(first, i):
        t = tokens[k]
        if t.text in _COMMAS or t.key in PREPOSITIONS or t.key in TOPICS or t.key == OBJECT or (
            t.key in CLAUSE_WORDS and (t.key != AND or _joins_clauses(tokens, k, s_start))
        ):
            break
        words.append(t)
    if not words or len(words) > _MAX_SOURCE or any(t.mark for t in words):
        return None
    return words


def _words_follow(tokens, k, s_end) -> bool:
    return k < s_end and (tokens[k].key == THAT or tokens[k].text in ":«\"“" or tokens[k].quoted)


def _verb(line, text, tokens, i, last, s_start, s_end):
    """The verb of saying from ``i`` to ``last``, with the source that opens its clause."""
    key = tokens[i].key
    if last + 1 < s_end and tokens[last + 1].text in "؟?":
        return None  # "عددها چه می‌گویند؟", what do the figures say: a question reports no words
    if key in NEEDS_WORDS and not _words_follow(tokens, last + 1, s_end):
        return None
    if key in NEEDS_OBJECT and not any(t.key == OBJECT for t in tokens[_clause_start(tokens, i, s_start) : i]):
        return None
    cue = _text(text, tokens[i : last + 1])
    words = _subject(tokens, i, s_start)
    if words is None:
        return _cue(line, tokens[i].start, tokens[last].end, "agentless",
                    f"“{cue}”: words reported, their source not named here.")
    if len(words) == 1 and words[0].key in PRONOUNS:
        return _cue(line, words[0].start, tokens[last].end, "pronoun", f"“{words[0].text} … {cue}”: reported speech.")
    source = _text(text, words)
    return _cue(line, tokens[i].start, tokens[last].end, "reporting_verb", f"“{cue}” reports the words of {source}.",
                source)


def _according(line, text, tokens, i, last, s_end):
    """ "به گفته X": the phrase of source at ``i`` to ``last`` and the source after it, to a mark, "که", or a word
    that opens the clause; an outlet's own reporter is none."""
    k = last + 1
    if k < s_end and tokens[k].key in OWN_REPORTER:
        return None
    words = []
    while k < s_end and len(words) < _MAX_AFTER and not (
        tokens[k].mark or tokens[k].quoted or tokens[k].key in CLAUSE_WORDS or tokens[k].key in AFTER_ENDS
        or tokens[k].text[:1].isdigit()
    ):
        words.append(tokens[k])
        k += 1
        if words[0].key in PRONOUNS:
            break
    if not words:
        return None
    cue = _text(text, tokens[i : last + 1])
    if len(words) == 1 and words[0].key in PRONOUNS:
        return _cue(line, tokens[i].start, words[0].end, "pronoun", f"“{cue} {words[0].text}”: words reported.")
    source = _text(text, words)
    return _cue(line, tokens[i].start, words[-1].end, "according_to", f"“{cue}” names {source}.", source)


def suggest_in_line(line) -> list[Suggestion]:
    """The attribution cues of one line of an article in Persian."""
    text = line.text
    tokens = _tokens(text)

    def cue_at(i, s_start, s_end, in_sentence):
        last = _match(tokens, i, s_end, ACCORDING)
        if last is not None:
            cue = _according(line, text, tokens, i, last, s_end)
        else:
            last = _match(tokens, i, s_end, VERBS)
            cue = _verb(line, text, tokens, i, last, s_start, s_end) if last is not None else None
        return (cue, last) if cue is not None else None

    return cues_by_sentence(tokens, sentences(tokens, _STOPS), cue_at)
