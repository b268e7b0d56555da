"""Attribution in Tamil, read on the words of the line.

Tamil puts its verb last, as Bengali does (``bengali``), and writes its case endings onto its nouns; it has no
capital letters to tell a name. Words said are closed by the quotative "என்று" (also "என", "எனக்", "எனத்",
"என்றும்") or, when reported, by a verbal noun in "-தாக" ("செய்யப்பட்டதாக": that it was done); the source
stands between them and the verb of saying, or, after a quotation, right after the verb to the sentence's end.
Sentences end at "." (not after an initial: "ப.செந்தில்நாதன்", "டாக்டர் ஆர். நிர்மலா"), "!" and "?" outside
quotation marks; a cue inside quotation marks ("…", “…”, ‘…’) is the speaker's words.

The shapes:

- a verb of saying after its source: '"…" என்று அவரது மகன் கூறினார்', '… செய்யப்பட்டதாக நகராட்சி ஆணையர் X
  தெரிவித்தார்', "ஆட்சியர் X கூறியதாவது: …", "X செய்தியாளர்களிடம் கூறுகையில், …". The cue runs from the
  quotative (when the source follows it) or the source to the verb; the source ends before a word of whom it was
  told to ("செய்தியாளர்களிடம்"), of how ("கண்ணீருடன்"), of when (a weekday, "இன்று") and before a noun said with the verb ("புகார்
  தெரிவித்தனர்": complained); a pronoun ("அவர்") is a cue without a named source. "நன்றி தெரிவித்தார்"
  (thanked) and "வாழ்த்து", "இரங்கல்" with it are courtesies, no words reported;
- the verb first, after a quotation, and its source after it: "‘…’ என்கிறார் அப்பகுதியில் கடை நடத்தும் X.",
  "‘…’ என்றார் தலைமை மருத்துவ அலுவலர் டாக்டர் Y."; with nothing after it, the speaker named before ("…’
  என்றார்.", "… வழங்கப்படும் என்றார்.": the words before the quotative's own verb are what was said);
- "X கூற்றுப்படி", "X தகவலின்படி": a phrase of source before "according to";
- words reported with no source: "கூறப்படுகிறது" (it is said), "தெரியவந்துள்ளது" (it has come to light),
  "தெரிவிக்கப்பட்டுள்ளது" (it has been stated).
"""

import re
import unicodedata

from annotations.suggestions.attribution.quotations import cues_by_sentence, inside_quotations, spans_closed_by
from annotations.suggestions.attribution.words import line_cue as _cue
from annotations.suggestions.base import Suggestion

_WORD = re.compile(r"[^\s,;:!?\"“”‘’()\[\]{}—–]+|[,;:!?\"“”‘’()\[\]{}—–]")
_BREAKS = frozenset(",;:\"“”‘’—–")
_STOPS = frozenset("!?")
_MAX_CLAUSE = 14
_MAX_SOURCE = 9
# An initial or a short abbreviation before its dot ("ப.", "ஆர்.", "டிச.", "ரூ."): its dot ends no sentence.
_INITIAL = 3


def _set(words: str) -> frozenset[str]:
    return frozenset(unicodedata.normalize("NFC", w) for w in words.split())


# Finite verbs of saying, telling, mentioning and stating: past, present and perfect, of one and of many; the
# quotative verb's own finite forms; "கூறியதாவது" (what X said is:), "கூறுகையில்" (while saying), and the
# concessive "கூறினாலும்" (though X said).
VERBS = _set("""
    கூறினார் கூறினர் கூறினார்கள் கூறுகிறார் கூறுகின்றனர் கூறுகிறார்கள் கூறியுள்ளார் கூறியுள்ளனர் கூறியிருந்தார்
    கூறியிருந்தனர் கூறியதாவது கூறுகையில் கூறும்போது கூறினாலும் கூறியது கூறுகிறது கூறியுள்ளது
    சொன்னார் சொன்னார்கள் சொன்னனர் சொல்கிறார் சொல்கின்றனர் சொல்கிறார்கள் சொல்லியுள்ளார் சொல்லியிருந்தார்
    தெரிவித்தார் தெரிவித்தனர் தெரிவித்தார்கள் தெரிவித்துள்ளார் தெரிவித்துள்ளனர் தெரிவிக்கிறார் தெரிவிக்கின்றனர்
    தெரிவித்திருந்தார் தெரிவித்ததாவது தெரிவிக்கையில் தெரிவித்தாலும் தெரிவித்தது தெரிவித்துள்ளது
    என்றார் என்றனர் என்றார்கள் என்கிறார் என்கின்றனர் என்கிறார்கள் என்றது என்கிறது
    குறிப்பிட்டார் குறிப்பிட்டனர் குறிப்பிட்டுள்ளார் குறிப்பிட்டுள்ளனர் குறிப்பிடுகிறார்
    எச்சரித்தார் எச்சரித்தனர் எச்சரித்துள்ளார் வலியுறுத்தினார் வலியுறுத்தினர் வலியுறுத்தியுள்ளார்
    விளக்கினார் விளக்கமளித்தார் உறுதியளித்தார் உறுதியளித்தனர் பேட்டியளித்தார் அறிவித்தார் அறிவித்தனர்
    அறிவித்துள்ளார் அறிவித்துள்ளது குற்றம்சாட்டினார் குற்றம்சாட்டினர் குற்றஞ்சாட்டினார் குற்றஞ்சாட்டினர்
""")
# The quotative's own finite verbs close the words said themselves ("… வழங்கப்படும் என்றார்": "… will be given,
# said he"): what comes before them is the words, the source only after them or named before.
SAID_VERBS = _set("என்றார் என்றனர் என்றார்கள் என்கிறார் என்கின்றனர் என்கிறார்கள் என்றது என்கிறது")
# The quotative that closes words said, in its forms: "என்று", "என", "எனக்", "எனத்", "என்றும்", "எனவும்".
QUOTATIVES = _set("என்று என எனக் எனத் எனச் என்றும் எனவும்")
# "-தாக", "-தாகவும்": a verbal noun that reports what was said ("செய்யப்பட்டதாக": that it was done).
REPORTED = ("தாக", "தாகவும்")
# Courtesies expressed, no words reported: "நன்றி தெரிவித்தார்" (thanked).
COURTESIES = _set("நன்றி வாழ்த்து வாழ்த்துகள் வாழ்த்துக்கள் இரங்கல் அனுதாபம்")
# Nouns said with the verb, after the source: "புகார் தெரிவித்தனர்" (complained), "எதிர்ப்பு தெரிவித்தனர்".
SAID_NOUNS = _set("புகார் எதிர்ப்பு கண்டனம் குற்றம் அச்சம் கவலை அதிருப்தி ஆதங்கம் விளக்கம் கருத்து மேலும்")
# Words that open a sentence and name no one.
OPENERS = _set("""
    மேலும் ஆனால் எனினும் இருப்பினும் பின்னர் அப்போது இதுகுறித்து இதுபற்றி அதேநேரம் அதேசமயம் இதற்கிடையே
    இன்று நேற்று இது குறித்து பற்றி
""")
# Words of when, after which the source begins or before which it ends.
TIMES = _set("இன்று நேற்று காலை மாலை இரவு மதியம் பிற்பகல் அதிகாலை நள்ளிரவு")
WEEKDAY = unicodedata.normalize("NFC", "கிழமை")
# "-இடம்": to whom it was told ("செய்தியாளர்களிடம்"); "-இல்" a place or an occasion ("கூட்டத்தில்").
TOLD_TO = unicodedata.normalize("NFC", "ிடம்")
# "-உடன்": how it was said ("கண்ணீருடன்": in tears).
MANNER = (unicodedata.normalize("NFC", "ுடன்"), unicodedata.normalize("NFC", "உடன்"))
PRONOUNS = _set("அவர் அவர்கள் இவர் இவர்கள் அவன் அவள் அது இது நான் நாங்கள் நாம் அவரும் அவர்களும்")
ACCORDING = _set("கூற்றுப்படி தகவலின்படி தகவல்படி அறிக்கையின்படி அறிக்கைப்படி")
HEARSAY = _set("கூறப்படுகிறது கூறப்பட்டுள்ளது கூறப்பட்டது தெரியவந்துள்ளது தெரியவந்தது தெரிவிக்கப்பட்டுள்ளது "
               "தெரிவிக்கப்பட்டது தெரிவிக்கப்படுகிறது")


class _Token:
    __slots__ = ("start", "end", "text", "key", "quoted", "stop")

    def __init__(self, start, end, text, quoted, stop=False):
        self.start, self.end, self.text = start, end, text
        self.key = unicodedata.normalize("NFC", text)
        self.quoted = quoted
        self.stop = stop

    @property
    def mark(self) -> bool:
        return not any(c.isalnum() for c in self.text)


def _tokens(text: str) -> list[_Token]:
    """The words and marks of a line, each told whether it stands inside quotation marks; a word's final dot is a
    mark of its own (a sentence's end) unless the word is an initial."""
    matches = list(_WORD.finditer(text))
    quoted = inside_quotations([m.group() for m in matches])
    tokens = []
    for m, q in zip(matches, quoted, strict=True):
        word = m.group()
        if len(word) > 1 and word.endswith(".") and len(word.rstrip(".")) > _INITIAL:
            end = m.start() + len(word.rstrip("."))
            tokens.append(_Token(m.start(), end, text[m.start() : end], q))
            tokens.append(_Token(end, m.end(), text[end : m.end()], q, stop=True))
        else:
            tokens.append(_Token(m.start(), m.end(), word, q, stop=word in _STOPS))
    return tokens


def _sentences(tokens):
    return spans_closed_by(len(tokens), lambda n: tokens[n].stop and not tokens[n].quoted)


def _closes_words(token) -> bool:
    """A quotative or a "-தாக" verbal noun: the words said end here and the source may follow."""
    return token.key in QUOTATIVES or token.key.endswith(REPORTED)


def _clause_before(tokens, v, s_start):
    """The index where the clause before token ``v`` opens: after a mark, a quotation, a quotative or the
    sentence's start. None when it runs longer than a source could."""
    k = v - 1
    while k >= s_start:
        t = tokens[k]
        if t.quoted or t.text in _BREAKS or t.stop or t.text in "()" or _closes_words(t):
            break
        k -= 1
        if v - k > _MAX_CLAUSE:
            return None
    return k + 1


def _after_source(token) -> bool:
    """A word after the source, before its verb: to whom, when, or a noun said with the verb."""
    key = token.key
    return key in SAID_NOUNS or key in TIMES or key.endswith(WEEKDAY) or key.endswith(TOLD_TO) or (
        key.endswith(MANNER)
    )


def _source(words):
    """The words of the source among the words of a clause before a verb, or None."""
    words = [t for t in words if not t.mark or t.text in "()"]
    while words and (words[0].key in OPENERS or words[0].key in TIMES or words[0].key.endswith(WEEKDAY)):
        words = words[1:]
    end = next((n for n, t in enumerate(words) if n and _after_source(t)), len(words))
    words = words[:end]
    if not words or _after_source(words[0]) or len(words) > _MAX_SOURCE:
        return None
    return words


def _source_after(tokens, k, s_end):
    """The source after a verb, to the end of its sentence: "என்றார் தலைமை மருத்துவ அலுவலர் டாக்டர் ஆர்.நிர்மலா"."""
    words = []
    while k < s_end and not tokens[k].stop:
        t = tokens[k]
        if t.text in _BREAKS or t.quoted or _closes_words(t):
            return None
        words.append(t)
        k += 1
    if not words or len(words) > _MAX_SOURCE or all(t.mark for t in words):
        return None
    return words


def _text(text, tokens) -> str:
    return text[tokens[0].start : tokens[-1].end]


def _said(line, text, tokens, i, s_start, s_end):
    verb = tokens[i].text
    if i > s_start and tokens[i - 1].key in COURTESIES:
        return None
    opens = i if tokens[i].key in SAID_VERBS else _clause_before(tokens, i, s_start)
    if opens is None:
        return None
    source = _source(tokens[opens:i])
    first = tokens[opens - 1] if opens > s_start and tokens[opens - 1].key in QUOTATIVES else None
    if source:
        start = (first or source[0]).start
        if len(source) == 1 and source[0].key in PRONOUNS:
            return _cue(line, start, tokens[i].end, "pronoun", f"“{source[0].text} … {verb}”: reported speech.")
        name = _text(text, source)
        return _cue(line, start, tokens[i].end, "reporting_verb", f"“{verb}” reports the words of {name}.", name)
    if opens < i:
        return None  # words before the verb in its clause, none of them a source: "நன்றி", a time alone
    after = _source_after(tokens, i + 1, s_end)
    if after:
        name = _text(text, after)
        if len(after) == 1 and after[0].key in PRONOUNS:
            return _cue(line, tokens[i].start, after[-1].end, "pronoun", f"“{verb} {name}”: reported speech.")
        return _cue(line, tokens[i].start, after[-1].end, "reporting_verb", f"“{verb}” reports the words of "
                    f"{name}.", name)
    if i > s_start and (tokens[i - 1].quoted or _closes_words(tokens[i - 1]) or tokens[i].key in SAID_VERBS):
        return _cue(line, tokens[i].start, tokens[i].end, "pronoun", f"“{verb}”: reported speech, its speaker "
                    "named before.")
    return None


def _according(line, text, tokens, i, s_start):
    """ "X கூற்றுப்படி", "X தகவலின்படி": the phrase of source before the word at ``i``."""
    opens = _clause_before(tokens, i, s_start)
    if opens is None:
        return None
    source = _source(tokens[opens:i])
    if not source:
        return None
    name = _text(text, source)
    return _cue(line, source[0].start, tokens[i].end, "according_to", f"“{tokens[i].text}” names {name}.", name)


def suggest_in_line(line) -> list[Suggestion]:
    """The attribution cues of one line of an article in Tamil."""
    text = line.text
    tokens = _tokens(text)

    def cue_at(i, s_start, s_end, in_sentence):
        token = tokens[i]
        if token.key in VERBS:
            cue = _said(line, text, tokens, i, s_start, s_end)
        elif token.key in ACCORDING:
            cue = _according(line, text, tokens, i, s_start)
        elif token.key in HEARSAY:
            cue = _cue(line, token.start, token.end, "agentless",
                       f"“{token.text}”: words reported, their source not named here.")
        else:
            return None
        return (cue, i) if cue is not None else None

    return cues_by_sentence(tokens, _sentences(tokens), cue_at)
