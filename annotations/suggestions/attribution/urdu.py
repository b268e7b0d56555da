"""Attribution in Urdu, read on the words of the line.

Urdu puts its verb last and writes its postpositions apart from their nouns: the source comes before the verb
that reports it, marked in the past by the ergative "نے" ("X نے کہا", "X نے بتایا کہ"), and a phrase of source
ends in a postposition ("X کے مطابق"). It has no capital letters to tell a name, so a source is the run of words
that opens the verb's clause, less the words that say when and where it was said. Sentences end at "۔", "؟", "!"
and "?" outside quotation marks; a cue inside quotation marks is the speaker's words.

The shapes:

- a past verb of saying after its source and "نے": "X نے بتایا: "…"", '"…،" ڈپٹی کمشنر نے کہا۔', "X نے روتے ہوئے
  کہا" (a few words of how it was said between them); a noun with the verb "do" ("X نے الزام لگایا کہ", "اعلان کیا
  کہ", only when words follow it: "امداد کا اعلان کیا" announces relief and reports no words); after "اور" the
  verb carries on the subject of the clause before ("X نے دورہ کیا اور بتایا کہ"). A pronoun ("انہوں نے کہا") is a
  cue without a source;
- a present verb of saying after its source: "X کہتے ہیں کہ", "X بتاتی ہیں";
- the claim of a source, its noun after the genitive: "X کا کہنا ہے کہ", "X کا مطالبہ تھا کہ" ("اسے حادثہ کہنا
  آسان ہے" is "to call it an accident", no claim);
- a phrase of source before "مطابق": "X کے مطابق", "ان کے مطابق" (a pronoun); "قانون کے مطابق" (by the law) and
  the like name rules, no source;
- hearsay with no named source: "بتایا گیا", "کہا گیا", "کہا جاتا ہے".

The speaker labels of a television page ("X:" alone on its line over a quotation) are read with the other
languages' (``labels.labels_before_quotations``).
"""

import re
from dataclasses import dataclass, field

from annotations.suggestions.attribution.quotations import cues_by_sentence, line_tokens, sentences
from annotations.suggestions.attribution.words import line_cue as _cue
from annotations.suggestions.base import Suggestion
from newsdesk.importing.languages import URDU, persian_folded
from newsdesk.importing.speech_verbs import SPEECH_VERBS

_WORD = re.compile(r"[^\s,،;؛:!?؟۔\"“”‘’()\[\]{}—–]+|[,،;؛:!?؟۔\"“”‘’()\[\]{}—–]")
_STOPS = frozenset("۔!?؟")
_BREAKS = frozenset(",،;؛:\"“”‘’—–()")
_MAX_SOURCE = 10
_MAX_MANNER = 6  # words of how it was said between "نے" and its verb: "میڈیا سے بات کرتے ہوئے کہا"


def _set(words: str) -> frozenset[str]:
    return frozenset(persian_folded(w) for w in words.split())


@dataclass(frozen=True)
class Grammar:
    """The words of a language that writes Urdu's grammar (its verb last after postpositions written apart): Urdu,
    and Hindi in its own script (``hindi``). ``fold``: the form words are compared in; ``word``: the pattern of a
    word or mark; ``stops``: the marks that end a sentence; ``past_verbs`` … ``pronouns``: as the constants of
    this module name them; ``according``: the postpositions of "according to" after the genitive ``ke``;
    ``progressive``: the words after a verb's stem that make it progressive ("بتا رہے ہیں"), and ``stems`` those
    stems; ``possessives``: a pronoun with its genitive written onto it ("उनके अनुसार"); ``fused``: a pronoun with
    the ergative written onto it ("उन्होंने कहा"); ``instructed`` and ``infinitive_endings``: the postposition after an
    infinitive before a verb of saying that tells someone to do a thing ("सौंपने को कहा"); ``max_manner``: the words of
    how it was said between the ergative and the verb."""

    fold: object
    word: re.Pattern
    stops: frozenset
    breaks: frozenset
    ergative: str
    past_verbs: frozenset
    present_verbs: frozenset
    auxiliaries: frozenset
    speech_nouns: frozenset
    do: frozenset
    claims: frozenset
    genitives: frozenset
    ke: str
    according: frozenset
    rules: frozenset
    passive: frozenset
    that: str
    clause_words: frozenset
    and_: str
    places: frozenset
    openers: frozenset
    pronouns: frozenset
    stems: frozenset = field(default_factory=frozenset)
    progressive: frozenset = field(default_factory=frozenset)
    possessives: frozenset = field(default_factory=frozenset)
    fused: frozenset = field(default_factory=frozenset)
    instructed: frozenset = field(default_factory=frozenset)
    infinitive_endings: tuple = ()
    max_manner: int = _MAX_MANNER


ERGATIVE = persian_folded("نے")
# Past verbs of saying and telling, after "نے": the masculine past of ``speech_verbs`` (its forms in "-ا", not the
# participle's "-تا" nor the infinitive's "-نا"), and "wrote".
PAST_VERBS = _set(" ".join(verb for verb in SPEECH_VERBS[URDU] if verb.endswith("ا")
                           and not verb.endswith(("تا", "نا")))) | _set("لکھا")
# Present participles of saying (``speech_verbs``' forms in "-تے", "-تی", "-تا"), with their auxiliary after them:
# "کہتے ہیں".
PRESENT_VERBS = _set(" ".join(verb for verb in SPEECH_VERBS[URDU] if verb.endswith(("تے", "تی", "تا"))))
AUXILIARIES = _set("ہیں ہے ہوں تھے تھی تھا تھیں")
# Nouns that report with the verb "do" after them ("الزام لگایا"), and its past forms.
SPEECH_NOUNS = _set("الزام اعلان مطالبہ دعویٰ دعوی انکشاف تصدیق تردید اعتراف اصرار")
DO = _set("کیا کی کیے کیں لگایا لگائے")
# Nouns of a claim after the genitive: "X کا کہنا ہے", "X کا مطالبہ تھا".
CLAIMS = _set("کہنا مطالبہ موقف دعویٰ دعوی الزام")
GENITIVES = _set("کا کی کے")
ACCORDING = persian_folded("مطابق")
# Rules, plans and schedules: "قانون کے مطابق" is "by the law", no source; and the measures a thing is made to fit:
# "مقامی وقت کے مطابق" (by local time), "آمدنی کے مطابق" (by income), "ضرورت کے مطابق" (as needed).
RULES = _set("قانون قوانین قواعد ضابطے ضابطہ ضوابط معاہدے معاہدہ منصوبے منصوبہ شیڈول روایت حکم ہدایات ہدایت "
             "طریقہ پالیسی آئین رواج اصول نقشے نقشہ وقت ضرورت ضروریات آمدنی حساب مرضی خواہش معیار معیارات تناسب "
             "پروگرام نظام الاوقات ٹائم ٹیبل سائز گنجائش صلاحیت تقاضے تقاضا توقع توقعات مقدار شرح اوقات موسم عمر "
             "حیثیت قاعدہ دستور فارمولے فارمولا ترتیب")
# The passive that reports words without their source: "بتایا گیا", "کہا جاتا ہے".
PASSIVE = _set("گیا گئی گئے جاتا جاتی جاتے")
# Words after "کہا" or "بتایا" that tell that words follow: "کہ", a colon, a quotation.
THAT = persian_folded("کہ")
# Words that open a clause: the source comes after them.
CLAUSE_WORDS = _set("کہ اور جبکہ مگر لیکن تاہم بلکہ جو جس جن جسے جنہیں تو اگر جب کیونکہ چنانچہ")
AND = persian_folded("اور")
# Postpositions of place and time: the source comes after the phrase they end ("اجلاس میں ڈی سی نے کہا").
PLACES = _set("میں پر سے کو تک بعد دوران")
# Words of when that open a clause and name no one.
OPENERS = _set("آج کل گزشتہ روز رات صبح شام دوپہر بدھ منگل پیر اتوار جمعرات جمعہ ہفتہ بھی پھر اب دریں اثنا ادھر "
               "اسی دوران تاہم")
PRONOUNS = _set("انہوں انھوں اس ان وہ میں ہم آپ انہی اسی")


def _fold(word: str) -> str:
    return persian_folded(word)


GRAMMAR = Grammar(
    fold=_fold, word=_WORD, stops=_STOPS, breaks=_BREAKS, ergative=ERGATIVE, past_verbs=PAST_VERBS,
    present_verbs=PRESENT_VERBS, auxiliaries=AUXILIARIES, speech_nouns=SPEECH_NOUNS, do=DO, claims=CLAIMS,
    genitives=GENITIVES, ke=persian_folded("کے"), according=frozenset({ACCORDING}), rules=RULES, passive=PASSIVE,
    that=THAT, clause_words=CLAUSE_WORDS, and_=AND, places=PLACES, openers=OPENERS, pronouns=PRONOUNS,
)


def _source_before(g, tokens, k, s_start):
    """The source that ends right before token ``k`` ("نے", the genitive, "کے" of "کے مطابق"): the words of its
    clause back to a mark, a clause word or the sentence's start, after the last phrase of place or time, less
    the words of when that open it. None when no word is left, or more than a source could hold."""
    m = k - 1
    while m >= s_start and not (tokens[m].quoted or tokens[m].text in g.breaks or tokens[m].text in g.stops
                                or tokens[m].key in g.clause_words):
        m -= 1
        if k - m > 2 * _MAX_SOURCE:
            return None
    words = tokens[m + 1 : k]
    cut = max((n for n, t in enumerate(words) if t.key in g.places), default=-1)
    words = words[cut + 1 :]
    while words and words[0].key in g.openers and len(words) > 1:
        words = words[1:]
    if not words or not any(not t.mark for t in words) or len(words) > _MAX_SOURCE:
        return None
    return words


def _text(text, tokens) -> str:
    return text[tokens[0].start : tokens[-1].end]


def _named(g, line, text, words, last, cue):
    """The cue from the source ``words`` to the token ``last``: a pronoun's, or a named source's."""
    if len(words) == 1 and words[0].key in g.pronouns:
        return _cue(line, words[0].start, last.end, "pronoun", f"“{words[0].text} … {cue}”: reported speech.")
    source = _text(text, words)
    return _cue(line, words[0].start, last.end, "reporting_verb", f"“{cue}” reports the words of {source}.", source)


def _words_follow(g, tokens, k, s_end) -> bool:
    """ "کہ", a colon, a comma or a quotation after token ``k`` (past an auxiliary): words said follow."""
    while k < s_end and tokens[k].key in g.auxiliaries:
        k += 1
    return k < s_end and (tokens[k].key == g.that or tokens[k].text in ":،,\"“")


def _ergative_before(g, tokens, i, s_start):
    """The "نے" of the verb at ``i``, a few words of how before it at most, or None."""
    for k in range(i - 1, max(s_start, i - 1 - g.max_manner) - 1, -1):
        t = tokens[k]
        if t.key == g.ergative or t.key in g.fused:
            return k
        if t.quoted or t.text in g.breaks or t.text in g.stops or t.key in g.clause_words:
            return None
    return None


def _past(g, line, text, tokens, i, last, s_start, s_end):
    """ "X نے کہا", "X نے الزام لگایا کہ", "… اور بتایا کہ": the verb (``i`` to ``last``) after its source."""
    cue = _text(text, tokens[i : last + 1])
    erg = _ergative_before(g, tokens, i, s_start)
    if erg is None and i > s_start and tokens[i - 1].key == g.and_:
        # "X نے دورہ کیا اور بتایا کہ": the subject of the clause before "اور"
        erg = next((k for k in range(i - 2, s_start - 1, -1) if not tokens[k].quoted and (
            tokens[k].key == g.ergative or tokens[k].key in g.fused
        )), None)
        if erg is not None and tokens[erg].key in g.fused:
            return _cue(line, tokens[i - 1].start, tokens[last].end, "pronoun",
                        f"“{tokens[i - 1].text} {cue}”: more reported speech.")
        if erg is not None:
            words = _source_before(g, tokens, erg, s_start)
            if words:
                source = _text(text, words)
                if len(words) == 1 and words[0].key in g.pronouns:
                    return _cue(line, tokens[i - 1].start, tokens[last].end, "pronoun",
                                f"“{tokens[i - 1].text} {cue}”: more reported speech.")
                return _cue(line, tokens[i - 1].start, tokens[last].end, "reporting_verb",
                            f"“{tokens[i - 1].text} {cue}”: more words from {source}.", source)
        return None
    if erg is None:
        return None
    if tokens[erg].key in g.fused:
        return _cue(line, tokens[erg].start, tokens[last].end, "pronoun", f"“{tokens[erg].text} … {cue}”: reported "
                    "speech.")
    words = _source_before(g, tokens, erg, s_start)
    return _named(g, line, text, words, tokens[last], cue) if words else None


def _claim(g, line, text, tokens, i, s_start, s_end):
    """ "X کا کہنا ہے کہ", "X کا مطالبہ تھا کہ": the claim noun at ``i`` after its source in the genitive."""
    if i - 1 < s_start or tokens[i - 1].key not in g.genitives or i + 1 >= s_end or (
        tokens[i + 1].key not in g.auxiliaries
    ):
        return None
    if not _words_follow(g, tokens, i + 1, s_end):
        return None
    words = _source_before(g, tokens, i - 1, s_start)
    return _named(g, line, text, words, tokens[i + 1], _text(text, tokens[i - 1 : i + 2])) if words else None


def _according(g, line, text, tokens, i, s_start):
    """ "X کے مطابق": the phrase of source before "کے"; "उनके अनुसार": a pronoun with its genitive written on."""
    if i - 1 >= s_start and tokens[i - 1].key in g.possessives:
        cue = _text(text, tokens[i - 1 : i + 1])
        return _cue(line, tokens[i - 1].start, tokens[i].end, "pronoun", f"“{cue}”: words reported.")
    if i - 1 < s_start or tokens[i - 1].key != g.ke:
        return None
    words = _source_before(g, tokens, i - 1, s_start)
    if not words or words[-1].key in g.rules:
        return None
    # A rule named as the possessor ("قانون کی شق کے مطابق", by the law's clause) is no source either; and a
    # pronoun before an inner genitive opens the phrase ("علاج کی فیس ان کی رپورٹ": the fee is the subject before
    # "ان کی رپورٹ"), so the source starts at the last such pronoun.
    inner = [n for n, t in enumerate(words) if t.key in g.genitives and n]
    if any(words[n - 1].key in g.rules for n in inner):
        return None
    opened = [n - 1 for n in inner if words[n - 1].key in g.pronouns]
    if opened:
        words = words[opened[-1] :]
    cue = _text(text, tokens[i - 1 : i + 1])
    if len(words) == 1 and words[0].key in g.pronouns:
        return _cue(line, words[0].start, tokens[i].end, "pronoun", f"“{words[0].text} {cue}”: words reported.")
    source = _text(text, words)
    return _cue(line, words[0].start, tokens[i].end, "according_to", f"“{cue}” names {source}.", source)


def _cue_at(g, line, text, tokens, i, s_start, s_end):
    """The cue that token ``i`` opens, and its last token's index; (None, i) when it opens none."""
    key = tokens[i].key
    following = tokens[i + 1] if i + 1 < s_end else None
    if key in g.past_verbs and i - 2 >= s_start and tokens[i - 1].key in g.instructed and (
        tokens[i - 2].key.endswith(g.infinitive_endings)
    ):
        return None, i  # "प्रतिवेदन सौंपने को कहा गया": told to do a thing, no words reported
    if key in g.past_verbs and following is not None and following.key in g.passive:
        span = _text(text, tokens[i : i + 2])
        return _cue(line, tokens[i].start, following.end, "agentless",
                    f"“{span}”: words reported, their source not named here."), i + 1
    if key in g.past_verbs:
        return _past(g, line, text, tokens, i, i, s_start, s_end), i
    if key in g.speech_nouns and following is not None and following.key in g.do and (
        _words_follow(g, tokens, i + 2, s_end)
    ):
        return _past(g, line, text, tokens, i, i + 1, s_start, s_end), i + 1
    if key in g.present_verbs and following is not None and following.key in g.auxiliaries:
        words = _source_before(g, tokens, i, s_start)
        return (_named(g, line, text, words, following, _text(text, tokens[i : i + 2])) if words else None), i + 1
    if key in g.stems and following is not None and following.key in g.progressive and i + 2 < s_end and (
        tokens[i + 2].key in g.auxiliaries and _words_follow(g, tokens, i + 2, s_end)
    ):  # "बता रहे हैं कि": a progressive, when words follow
        words = _source_before(g, tokens, i, s_start)
        return (_named(g, line, text, words, tokens[i + 2], _text(text, tokens[i : i + 3])) if words else None), i + 2
    if key in g.claims:
        return _claim(g, line, text, tokens, i, s_start, s_end), i + 1
    if key in g.according:
        return _according(g, line, text, tokens, i, s_start), i
    return None, i


def read_line(g: Grammar, line) -> list[Suggestion]:
    """The attribution cues of one line of an article in a language of ``g``'s grammar."""
    text = line.text
    tokens = line_tokens(text, g.word, g.fold)

    def cue_at(i, s_start, s_end, in_sentence):
        cue, last = _cue_at(g, line, text, tokens, i, s_start, s_end)
        return (cue, last) if cue is not None else None

    return cues_by_sentence(tokens, sentences(tokens, g.stops), cue_at)


def suggest_in_line(line) -> list[Suggestion]:
    """The attribution cues of one line of an article in Urdu."""
    return read_line(GRAMMAR, line)
