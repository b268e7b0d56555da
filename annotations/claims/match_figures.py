"""A match's score and its minute marks, read where a sentence states them as figures.

A score ("2–1", "3-2") is two small figures joined by a dash: one figure of kind ``score``, never two counts, when
the sentence reads as a result: a team's name on either side of it ("Kestle Albion 3–2 Brisworth Town"), a verb of
winning or losing a few words before it ("beat ten-man Brisworth 1-0", "lost 2-3"), or a noun of a result right after
it ("a 4-2 victory", "a 2–1 away win"). Its value is the same whichever side is named first (the winner's goals, then
the loser's: 302 for 3–2 and 2–3), since outlets write it from either side. Without such a context the dash is a
range or a tally ("aged 5-11", "ruled 7-2") and stays as it was read.

A minute mark ("87'", "90+4'", "the 58th minute", "a 23rd-minute header") is a moment of the match, of kind
``minute``: two outlets' marks of one event may differ (57th, 58th) and are compared as such, never as counts of
minutes ("For 70 minutes" is a duration, and stays a count).

The words and shapes are each language's (``SCORE_VERBS``, ``SCORE_NOUNS``, ``MINUTE_WORDS``, ``ORDINAL_ENDINGS``,
``ORDINAL_DOT``, ``MINUTE_BEFORE``, ``MOMENT_BEFORE``): English, Spanish ("en el minuto 57", "al 57'", "a los 57
minutos"), German ("in der 57. Minute", "2:1"), French ("à la 57e minute"), Italian ("al 57'", "al 57° minuto"),
Portuguese ("aos 57 minutos") and Turkish ("57. dakikada", "2-1 yendi", the verb after the score). Pure: no
database.
"""

from __future__ import annotations

import functools
import re

SCORE_VERBS = {
    "en": frozenset("beat beats beating won win wins winning lost lose loses losing drew draw draws drawing led lead "
                    "leads leading trailed trail trails trailing thrashed edged routed".split()),
    "es": frozenset("ganó gana ganan ganaron venció vence vencen derrotó derrota perdió pierde pierden empató empata "
                    "goleó golea".split()),
    "de": frozenset("gewann gewinnt gewinnen gewannen siegte siegt schlug schlägt besiegte besiegt verlor verliert "
                    "verloren führte führt".split()),
    "fr": frozenset("bat battu battent gagne gagné gagnent perd perdu perdent domine dominé mène menait".split()),
    "it": frozenset("vince vinto vincono batte battuto battono perde perso perdono supera superato pareggia".split()),
    "pt": frozenset("venceu vence vencem ganhou ganha perdeu perde derrotou derrota bateu bate empatou "
                    "goleou".split()),
    # Turkish puts its verb after the score ("2-1 yendi", "2-1 kazandı"): read after it, as nouns are.
    "tr": frozenset("yendi kazandı kazanan yenildi kaybetti mağlup geçti".split()),
}
SCORE_NOUNS = {
    "en": frozenset("win wins victory victories defeat defeats loss losses draw draws lead scoreline result "
                    "aggregate thrashing".split()),
    "es": frozenset("victoria triunfo derrota empate resultado marcador goleada".split()),
    "de": frozenset("sieg heimsieg auswärtssieg niederlage remis unentschieden ergebnis endstand führung".split()),
    "fr": frozenset("victoire défaite nul score succès".split()),
    "it": frozenset("vittoria sconfitta pareggio risultato successo".split()),
    "pt": frozenset("vitória derrota empate resultado triunfo goleada".split()),
    "tr": frozenset("galibiyet galibiyetle galibiyeti mağlubiyet yenilgi beraberlik skor skorla".split()),
}
VERB_AFTER = frozenset({"tr"})  # languages whose verb of a result follows the score
# Languages that write every noun with a capital: two capitalised words round a dash are no teams there ("Kinder
# 2-11 Jahre").
CAPITALISED_NOUNS = frozenset({"de"})
MINUTE_WORDS = {
    "en": frozenset({"minute"}),
    "es": frozenset({"minuto", "minutos"}),
    "de": frozenset({"minute", "spielminute"}),
    "fr": frozenset({"minute"}),
    "it": frozenset({"minuto"}),
    "pt": frozenset({"minuto", "minutos"}),
    "tr": frozenset("dakika dakikada dakikası dakikasında".split()),
}
# An ordinal written onto its figure ("58th", "57e", "57ème", "57º"), or, in Italian, Spanish and Portuguese, its sign
# just after it ("57° minuto").
ORDINAL_ENDINGS = {"en": ("st", "nd", "rd", "th"), "fr": ("e", "ème", "eme", "è"), "es": ("º", "°"),
                   "it": ("°", "º"), "pt": ("º", "°")}
ORDINAL_SIGN = re.compile(r"^\s?[°º]")
# Languages writing an ordinal as a figure and a full stop ("in der 57. Minute", "57. dakikada").
ORDINAL_DOT = frozenset({"de", "tr"})
DOT = re.compile(r"^\.\s$")
# Languages that name the minute before its figure ("en el minuto 57", "al minuto 57").
MINUTE_BEFORE = frozenset({"es", "it", "pt"})
# The words before a figure of minutes that make it a moment of the match, not a duration ("a los 57 minutos", "aos
# 57 minutos"; "durante 90 minutos" is one).
MOMENT_BEFORE = {"es": (("a", "los"),), "pt": (("aos",),)}
LANGUAGES = frozenset(MINUTE_WORDS)

SCORE, MINUTE = "score", "minute"  # the kinds of figure read here
SCORE_WINDOW = 6  # the verb of a result stands this many words before the score at most
NOUN_WINDOW = 2  # the noun of a result, right after it or behind one word ("a 2–1 away win")
MAX_GOALS = 99
SMALL = re.compile(r"^\d{1,2}$")
# A score's figures joined by a dash, or by a colon ("2:1") when the second is a single figure: a clock's minutes have
# two ("3:15").
SCORE_DASH = re.compile(r"^(?:[-–—]| [–—] )$")
SCORE_COLON = re.compile(r"^:$")
MARK = re.compile(r"^[’'′]")
STOPPAGE = re.compile(r"^\+$")
LETTER_AFTER = re.compile(r"^[’'′][^\W\d_]")
# A live page's entry opening on its minute mark ("58' RED CARD! …", "90+4' …"): the moment of all it tells.
OPENING_MARK = re.compile(r"^\s*(\d{1,3})(?:\s?\+\s?(\d{1,2}))?\s?[’'′](?![^\W\d_])")


def _capitalised(word: str) -> bool:
    return word[:1].isalpha() and word[:1].isupper()


def score_at(text: str, toks: list[tuple[str, int, int]], lowered: list[str], i: int,
             language: str = "en") -> tuple[str, float, str, int] | None:
    """The score that token ``i`` opens: (its kind, value, as written, the next token's index), or None."""
    verbs, nouns = SCORE_VERBS.get(language), SCORE_NOUNS.get(language)
    if verbs is None or i + 1 >= len(toks) or not (SMALL.match(toks[i][0]) and SMALL.match(toks[i + 1][0])):
        return None
    between = text[toks[i][2]:toks[i + 1][1]]
    if not (SCORE_DASH.match(between) or SCORE_COLON.match(between) and len(toks[i + 1][0]) == 1):
        return None
    before = toks[i - 1][0] if i else ""
    after = toks[i + 2][0] if i + 2 < len(toks) else ""
    between_teams = _capitalised(before) and _capitalised(after) and language not in CAPITALISED_NOUNS
    won = any(word in verbs for word in lowered[max(0, i - SCORE_WINDOW):i])
    following = nouns | verbs if language in VERB_AFTER else nouns
    result = any(_result_word(word, following) for word in lowered[i + 2:i + 2 + NOUN_WINDOW])
    if not (between_teams or won or result):
        return None
    a, b = int(toks[i][0]), int(toks[i + 1][0])
    high, low = max(a, b), min(a, b)
    return SCORE, float(high * (MAX_GOALS + 1) + low), text[toks[i][1]:toks[i + 1][2]], i + 2


@functools.cache
def _ordinal(language: str) -> re.Pattern:
    """The pattern of an ordinal figure of ``language`` ("58th", "23rd-minute"): the figure, its ending
    (``ORDINAL_ENDINGS``) and perhaps a word joined to it by a hyphen; compiled once for each language."""
    return re.compile(r"(\d{1,3})(?:" + "|".join(ORDINAL_ENDINGS[language]) + r")(?:-(\w+))?")


def _result_word(word: str, words: frozenset[str]) -> bool:
    """``word`` is one of ``words``, or one written onto the score behind a hyphen or an apostrophe ("2:1-Sieg",
    "2-1'lik"): its last part."""
    return word in words or any(part in words for part in re.split(r"[-’']", word)[1:])


def minute_at(text: str, toks: list[tuple[str, int, int]], lowered: list[str], i: int,
              language: str = "en") -> tuple[str, float, str, int] | None:
    """The minute mark that token ``i`` opens: (its kind, the minute, as written, the next token's index), or None."""
    words, endings = MINUTE_WORDS.get(language), ORDINAL_ENDINGS.get(language, ())
    if words is None:
        return None
    word = toks[i][0]
    following = lowered[i + 1] if i + 1 < len(toks) else ""
    if word.isdecimal() and len(word) <= 3:
        after = text[toks[i][2]:toks[i][2] + 2]
        if MARK.match(after) and not LETTER_AFTER.match(after):
            return MINUTE, float(word), text[toks[i][1]:toks[i][2] + 1], i + 1
        if (i + 1 < len(toks) and STOPPAGE.match(text[toks[i][2]:toks[i + 1][1]]) and toks[i + 1][0].isdecimal()
                and MARK.match(text[toks[i + 1][2]:toks[i + 1][2] + 1])):
            return MINUTE, float(int(word) + int(toks[i + 1][0])), text[toks[i][1]:toks[i + 1][2] + 1], i + 2
        gap = text[toks[i][2]:toks[i + 1][1]] if i + 1 < len(toks) else ""
        ordinal = (language in ORDINAL_DOT and DOT.match(gap)) or (endings and ORDINAL_SIGN.match(gap))
        before = tuple(lowered[max(0, i - 2):i])
        moment = any(before[len(before) - len(words_before):] == words_before
                     for words_before in MOMENT_BEFORE.get(language, ()))
        if following in words and (ordinal or moment):  # "57. Minute", "57° minuto", "aos 57 minutos"
            return MINUTE, float(word), text[toks[i][1]:toks[i + 1][2]], i + 2
        if language in MINUTE_BEFORE and i and lowered[i - 1] in words:  # "en el minuto 57"
            return MINUTE, float(word), text[toks[i - 1][1]:toks[i][2]], i + 1
        return None
    if not endings:
        return None
    ordinal = _ordinal(language).fullmatch(lowered[i])
    if ordinal is None:
        return None
    if ordinal.group(2) in words:
        return MINUTE, float(ordinal.group(1)), word, i + 1
    if ordinal.group(2) is None and following in words:
        return MINUTE, float(ordinal.group(1)), text[toks[i][1]:toks[i + 1][2]], i + 2
    return None


def opening_minute(line: str) -> tuple[float, str] | None:
    """The minute mark a line opens on, as a live page's entry does ("58' RED CARD! …"): (the minute, as written)."""
    mark = OPENING_MARK.match(line)
    if mark is None:
        return None
    return float(int(mark.group(1)) + int(mark.group(2) or 0)), mark.group().strip()


def moment_of(figures) -> tuple:
    """The moment of the match a sentence with these figures sets for the sentences after it in its paragraph:
    its minute mark when it states one ("The final turned in the 58th minute."), none when it states several."""
    minutes = tuple(figure for figure in figures if figure.kind == MINUTE)
    return minutes if len(minutes) == 1 else ()
