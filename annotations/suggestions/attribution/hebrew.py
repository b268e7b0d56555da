"""Attribution in Hebrew, read on the words of the line.

Hebrew has no capitals, so no letter tells a name, and it writes its conjunction "ו" (and), its "ש" (that) and its
prepositions ("ב", in; "ל", to; "מ", from) onto the next word; abbreviations hold a gershayim ("יו״ר", "מנכ"ל") that
a quotation mark must not be read from. News writes the verb of saying:

- after its subject, what was said after "כי" or a word with "ש" (that): "משרד הכלכלה מסר כי …", "בחברה טוענים
  כי …" (at the company they claim); the subject may carry a title or a name set apart by commas ("מנכ"ל הקבוצה,
  יגאל רוזנטל, אמר כי": the name, when the words before the commas are a title);
- before its subject, after a word of time that opens the clause ("ביום שלישי הודיעה קבוצת X ש…") or after a
  quotation and a comma ("״…״, אומר יו״ר הוועד X."; ", מספרת X, 52, …"); a pronoun before it ("״…״, הוא אומר")
  or the verb alone (""…", אמרה.") is a cue without a named source, and "והודיע כי" (and announced that) carries
  on the source named before it in the sentence;
- "לדברי X" and "לפי X" (according to the words of, according to) opening a clause, the source running to the
  comma; "לדבריו", "לדבריה" (according to him, her) name no one;
- a clause that ends with a colon before a quotation: "העובדים מאיימים: "…"" (the workers threaten), "המועצה:
  ״…״", how the words were said in the clause's last words; the source is the clause before them.

Verbs that are ordinary verbs too ("מספר" is also a number, "הוסיף" added, "הכריז על" declared a strike,
"מסר" a message, "הביע" expressed) need what was said after them ("כי", a word with "ש", a colon or a quotation),
or a quotation before them. Demands need an infinitive ("דורשת לפתוח", demands to open), and "קרא" (called, read)
someone and an infinitive ("קראה לתושבים להגיע", called on the residents to come).
"""

import re

from annotations.suggestions.attribution.quotations import cues_by_sentence, line_tokens, sentences
from annotations.suggestions.attribution.words import line_cue as _cue
from annotations.suggestions.base import Suggestion

_LETTER = "\u05d0-\u05ea"
# A quotation mark between a one-letter prefix and a word of three letters or more opens a quotation ("ל״קול …״");
# anywhere else between letters it is a gershayim or a geresh ("יו״ר", "ש״ח", "מנכ"ל").
_PREFIXED_QUOTE = re.compile(rf"(?<![{_LETTER}])[ובלמהשכ][\"״](?=[{_LETTER}]{{3}})")
_LONE_GERSHAYIM = re.compile(rf"״(?![{_LETTER}])|(?<![{_LETTER}])״")
_MARKS = "„“”«»\"'‘’()\\[\\]!?.,;:—–"
_WORD = re.compile(rf"\d+(?:[.,:]\d+)*%?|[\w]+(?:[\"״׳'־\-][\w]+)*|[{_MARKS}]")
_STOPS = frozenset(".!?")
_OPENING = frozenset("“«„\"")
_CLOSING = frozenset("”»\"")
_BRACKETS = frozenset("()")
_MAX_SOURCE = 10
_MAX_ASIDE = 10
_MAX_PHRASE = 10
_MAX_COLON_CLAUSE = 10


def _forms(entry: str) -> frozenset[str]:
    return frozenset(entry.split())


# Verbs of saying in the third person, past and present, masculine, feminine and plural: said, announced,
# reported (handed over), claimed, revealed, explained, noted, stressed, made clear, warned, told.
VERBS = _forms("""
אמר אמרה אמרו אומר אומרת אומרים אומרות הודיע הודיעה הודיעו מודיע מודיעה מודיעים מודיעות מסר מסרה מסרו מוסר
מוסרת מוסרים טען טענה טענו טוען טוענת טוענים טוענות גילה גילתה גילו מגלה הסביר הסבירה הסבירו מסביר מסבירה
מסבירים ציין ציינה ציינו מציין מציינת מציינים הדגיש הדגישה הדגישו מדגיש מדגישה מדגישים הבהיר הבהירה הבהירו
מבהיר מבהירה מבהירים הזהיר הזהירה הזהירו מזהיר מזהירה מזהירים סיפר סיפרה סיפרו מספר מספרת מספרים מספרות הוסיף
הוסיפה הוסיפו מוסיף מוסיפה מוסיפים הכריז הכריזה הכריזו מכריז מכריזה הביע הביעה הביעו מביע מביעה מביעים אישר
אישרה אישרו מאשר מאשרת מאשרים הכחיש הכחישה הכחישו מכחיש מכחישה
""")
# Verbs that are ordinary verbs too: a number, added, declared (a strike), a message, expressed, confirmed.
ORDINARY = _forms("מספר מספרים מסר מוסר הוסיף הוסיפה הוסיפו מוסיף מוסיפה מוסיפים הכריז הכריזה הכריזו מכריז "
                  "מכריזה הביע הביעה הביעו מביע מביעה מביעים אישר אישרה אישרו מאשר מאשרת מאשרים")
# Demands, which need an infinitive after them; and "called on" someone to do something.
DEMANDS = _forms("דרש דרשה דרשו דורש דורשת דורשים דורשות")
CALLS = _forms("קרא קראה קראו קורא קוראת קוראים קוראות")
# Phrases of source before their source: according to the words of, according to, by (the figures of).
ACCORDING = _forms("לדברי לפי")
# "according to him, her, them".
ACCORDING_PRONOUNS = _forms("לדבריו לדבריה לדבריהם לדבריהן לטענתו לטענתה לטענתם לדעתו לדעתה")
PRONOUNS = _forms("הוא היא הם הן")
COMPLEMENTIZER = "כי"
# Words that open a clause: a subject runs back to one of them at most.
CLAUSE_WORDS = _forms("כי אך אבל אולם כאשר אם או וכי ואילו בעוד")
# Words of time: a clause they open puts its verb before its subject ("ביום שלישי הודיעה X").
TIMES = _forms("היום אתמול הבוקר הערב מחר שלשום כך ביום בשבוע בחודש בשנה בצהריים בבוקר בערב בלילה לאחרונה השבוע "
               "החודש השנה קודם כעת עתה")
# Common words whose own first letter is ש, which is no "that": numbers, time, there, of.
SHIN_WORDS = _forms("""
שני שתי שניים שתיים שלוש שלושה שש שישה שבע שבעה שמונה שמונים שלושים שישים שבעים שנה שנים שנת שעה שעות שבוע שבועות
שם שמה של שלו שלה שלהם שלהן שלנו שלום שוב שטח שטחים שירות שירותי שיעור שאלה
""")
# Words that stand between a subject and its verb and are no part of the source: also, already, still, not.
PARTICLES = _forms("גם כבר עדיין לא אף")
# Titles: before a name set apart by commas, the name is the source ("מנכ"ל הקבוצה, יגאל רוזנטל, אמר").
TITLES = _forms("""
ראש מנכ"ל מנכ״ל המנכ"ל יו"ר יו״ר היו"ר דובר דוברת מזכיר מזכירת המזכירה שר שרת מנהל מנהלת סגן סגנית נשיא נשיאת
מפקד מפקדת יועץ יועצת
""")
# After a subject and a verb of saying, a word of time or a prefix of "on" or "about" ends the source after it.
_SOURCE_STOPS = _forms("על כי את היום אתמול הבוקר הערב")


def _fold(word: str) -> str:
    return word.replace("״", '"').replace("׳", "'")


def _tokens(text):
    """The words and marks of a line, read on a copy of the same length: a one-letter prefix before a quotation
    mark made a space ("ל״קול" reads ' "קול', to a quotation), and a gershayim that touches no letter on one side
    a quotation mark."""
    reading = _PREFIXED_QUOTE.sub(' "', text)
    reading = _LONE_GERSHAYIM.sub('"', reading)
    return line_tokens(reading, _WORD, _fold)


def _text(text, words) -> str:
    return text[words[0].start : words[-1].end]


def _breaks(token) -> bool:
    return token.quoted or token.mark and token.text not in _BRACKETS or token.key in CLAUSE_WORDS


def _clause_before(tokens, s_start, i) -> int:
    k = i
    while k > s_start and not _breaks(tokens[k - 1]):
        k -= 1
    return k


def _verb_key(key: str) -> str:
    """A verb less the conjunction written onto it ("והודיע", and announced)."""
    return key[1:] if key.startswith("ו") and key[1:] in VERBS | DEMANDS | CALLS else key


def _that(token) -> bool:
    """A word with "ש" (that) written onto it, not a word whose own first letter is ש ("שני", two; "שנה", year)."""
    return token.key.startswith("ש") and not token.mark and token.key not in SHIN_WORDS and len(token.key) > 2


def _said_after(tokens, end, s_end, reach=3) -> bool:
    """What was said follows within ``reach`` words: "כי", a word with "ש", a colon or a quotation."""
    for k in range(end, min(s_end, end + reach)):
        token = tokens[k]
        if token.key == COMPLEMENTIZER or token.text == ":" or token.text in _OPENING or (
            k == end and _that(token)
        ):
            return True
        if token.mark:
            return False
    return False


def _after_quotation(tokens, s_start, k) -> bool:
    if k - 1 >= s_start and tokens[k - 1].text == ",":
        k -= 1
    return k - 1 >= s_start and tokens[k - 1].quoted and tokens[k - 1].text in _CLOSING


def _infinitive(token) -> bool:
    return token.key.startswith("ל") and len(token.key) >= 4 and not token.mark


def _reports(tokens, i, key, s_start, s_end) -> bool:
    after = tokens[i + 1] if i + 1 < s_end else None
    if key in DEMANDS:
        return after is not None and (_infinitive(after) or after.key == COMPLEMENTIZER)
    if key in CALLS:
        return after is not None and after.key.startswith("ל") and i + 2 < s_end and _infinitive(tokens[i + 2])
    if key in ORDINARY:
        return _said_after(tokens, i + 1, s_end) or _after_quotation(tokens, s_start, _clause_before(
            tokens, s_start, i))
    return True


def _source_after(tokens, k, s_end, to_end):
    """The source after a verb: to the sentence's end or a comma after a quotation (``to_end``), else to "כי", a word
    with "ש", a word of time or a mark."""
    words = []
    while k < s_end and len(words) < _MAX_SOURCE:
        token = tokens[k]
        if token.mark and token.text not in _BRACKETS or token.quoted:
            break
        if token.key == COMPLEMENTIZER or not to_end and (
            token.key in _SOURCE_STOPS or token.key.startswith("ש") or token.key.startswith("ל")
        ):
            break
        words.append(token)
        k += 1
    while words and words[-1].text in _BRACKETS:
        words.pop()
    return words


def _verb(line, text, tokens, i, s_start, s_end, earlier):
    token = tokens[i]
    key = _verb_key(token.key)
    if not _reports(tokens, i, key, s_start, s_end):
        return None
    end = tokens[i].end
    if key in ORDINARY and i + 1 < s_end and not tokens[i + 1].mark and tokens[i + 1].key != COMPLEMENTIZER and (
        not tokens[i + 1].key.startswith("ש")
    ):
        end = tokens[i + 1].end  # "הביע חשש כי": the noun of what was expressed belongs to the verb
    first = _clause_before(tokens, s_start, i)
    before = [t for t in tokens[first:i] if t.key not in PARTICLES]
    quoted_before = _after_quotation(tokens, s_start, first)
    if before and before[-1].key in TIMES or before and before[0].key in TIMES:
        before = []  # "ביום שלישי הודיעה X", "ארבע שעות אחר כך הודיעה X": the subject follows the verb
        first = i
    if not before and first == i and i - 1 > s_start and tokens[i - 1].text == "," and not quoted_before:
        aside = _aside(text, tokens, s_start, i)
        if aside is not None:
            start, source = aside
            return _cue(line, tokens[start].start, end, "reporting_verb", f"“{token.text}” reports the words of "
                        f"{source}.", source)
    if len(before) == 1 and before[0].key in PRONOUNS:
        return _cue(line, tokens[first].start, end, "pronoun", f"“{before[0].text} {token.text}”: reported speech.")
    if before and len(before) <= _MAX_SOURCE:
        source = _text(text, before)
        return _cue(line, tokens[first].start, end, "reporting_verb", f"“{token.text}” reports the words of {source}.",
                    source)
    if token.key != key and earlier:  # "והודיע כי": and announced, the source named before
        source = earlier[-1].source
        named = source or "the source named before"
        return _cue(line, token.start, end, "reporting_verb", f"“{token.text}”: more words from {named}.", source)
    after = _source_after(tokens, i + 1, s_end, to_end=quoted_before)
    if after and key not in DEMANDS | CALLS:
        source = _text(text, after)
        return _cue(line, token.start, after[-1].end, "reporting_verb", f"“{token.text}” reports the words of "
                    f"{source}.", source)
    if quoted_before or _said_after(tokens, i + 1, s_end):
        return _cue(line, token.start, end, "pronoun", f"“{token.text}”: reported speech, its speaker named before.")
    return None


def _aside(text, tokens, s_start, i):
    """ "X, Y, verb": (the index the cue starts at, the source): Y when X is a title, else X."""
    comma = next((k for k in range(i - 2, max(s_start, i - 2 - _MAX_ASIDE) - 1, -1) if tokens[k].text == ","), None)
    if comma is None or any(t.quoted or t.mark and t.text not in _BRACKETS for t in tokens[comma + 1 : i - 1]):
        return None
    first = _clause_before(tokens, s_start, comma)
    head, inside = tokens[first:comma], tokens[comma + 1 : i - 1]
    if not head or not inside:
        return None
    named = inside if head[0].key in TITLES else head
    return first, _text(text, named)


def _according(line, text, tokens, i, s_start, s_end):
    """ "לפי X, …", "לדברי X, …" opening a clause, the source to the comma; "לדבריו" alone."""
    if i > s_start and not (tokens[i - 1].text in ",–—" or tokens[i - 1].key in CLAUSE_WORDS):
        return None
    token = tokens[i]
    if token.key in ACCORDING_PRONOUNS:
        return _cue(line, token.start, token.end, "pronoun", f"“{token.text}”: words reported.")
    k = i + 1
    while k < s_end and k - i <= _MAX_PHRASE and not (tokens[k].mark or tokens[k].quoted):
        k += 1
    if k == i + 1 or k - i > _MAX_PHRASE or k < s_end and tokens[k].text not in ",–—" and tokens[k].text not in (
        _STOPS
    ):
        return None
    source = _text(text, tokens[i + 1 : k])
    return _cue(line, token.start, tokens[k - 1].end, "according_to", f"“{token.text}” names {source}.", source)


def _before_colon(line, text, tokens, s_start, s_end):
    """ "העובדים מאיימים: "…"": a short clause that ends with a colon before a quotation."""
    colon = next((k for k in range(s_start, s_end) if tokens[k].text == ":" and not tokens[k].quoted), None)
    if colon is None or colon + 1 >= len(tokens) or not (tokens[colon + 1].quoted and tokens[colon + 1].text in (
        _OPENING
    )):
        return None
    first = _clause_before(tokens, s_start, colon)
    words = [t for t in tokens[first:colon] if not t.mark]
    if not words or len(words) > _MAX_COLON_CLAUSE or any(t.text[0].isdigit() for t in words):
        return None
    named = [t for t in words if t.key not in PARTICLES]
    named = named[:-1] if len(named) > 1 else named
    source = _text(text, named) if named else ""
    return _cue(line, tokens[first].start, tokens[colon].end, "reporting_verb",
                f"“{_text(text, words)}:” names who speaks the quotation after it: {source}.", source)


def suggest_in_line(line) -> list[Suggestion]:
    """The attribution cues of one line of an article in Hebrew."""
    text = line.text
    tokens = _tokens(text)

    def cue_at(i, s_start, s_end, in_sentence):
        key = tokens[i].key
        if _verb_key(key) in VERBS | DEMANDS | CALLS:
            cue = _verb(line, text, tokens, i, s_start, s_end, in_sentence)
        elif key in ACCORDING | ACCORDING_PRONOUNS:
            cue = _according(line, text, tokens, i, s_start, s_end)
        else:
            return None
        return (cue, i) if cue is not None else None

    return cues_by_sentence(tokens, sentences(tokens, _STOPS), cue_at,
                            lambda s_start, s_end: _before_colon(line, text, tokens, s_start, s_end))
