"""Attribution in Turkish, read on the words of the line.

Turkish puts its verb last. The words said stand before the verb of saying, as a quotation ("“…” dedi") or as a
clause made a noun in the accusative ("maaşların ödeneceğini söyledi", that the wages will be paid; "olduğunu
söylüyor"), or after it past a colon ("konuştu: “…”"); the quotative "diye" joins a quotation to any verb ("“…”
diye bağırırken"). The subject opens the sentence and is set off by a comma ("Grubun lideri Erkan Topaloğlu,
satışa değil … söyledi"), or by the topic particle "ise" ("Tarık Ünsal ise … söyledi"), or it is the capitalised
name and title that open it ("Belediye Başkanı Nevin Çağlayan devri desteklediğini açıklarken"). After a
quotation and a comma the source may follow the verb (""…", dedi Demirkazık"). "X'e göre" (according to X) is a
postposition after its source, in the dative; after a rule ("karara göre", by the decision; "protokole göre")
it names no source.

A verb of saying reports words only with words said before it or after it: "187'si devre evet dedi" (voted yes),
"ciro açıkladı" (announced a turnover), "şarkı söyledi" (sang a song) report none. A demand ("istedi",
"istiyor") reports one only with a clause of what is asked ("değerleme yapılmadan oylamaya gidilmemesini
istedi"); "hak istiyor" (wants a right) reports none.
"""

import re

from annotations.suggestions.attribution.quotations import LineToken, cues_by_sentence, line_tokens, spans_closed_by
from annotations.suggestions.attribution.words import line_cue as _cue
from annotations.suggestions.base import Suggestion
from newsdesk.importing.languages import lower_as_written

_WORD = re.compile(r"\w+(?:['’]\w+)*|[^\w\s]")
_STOPS = frozenset(".!?")
_BREAKS = frozenset(",;:\"“”‘’«»—–()")
_OPENING_QUOTES = frozenset("\"“‘«")
_MAX_SOURCE = 10
_MAX_NAME = 5  # a source longer than this that ends in a name is the name and its title


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Verbs of saying, in the third person (singular and plural) of the past, the reported past, the present and the
# progressive, and the converbs of "while saying" and "by saying": say, tell, announce, state, note, stress, add,
# inform, recount, convey, argue, claim, express, voice, warn, remind, answer, shout, speak.
VERBS = _set("""
dedi dediler demişti demiş diyor diyorlar der derken diyerek
söyledi söylediler söylemişti söylemiş söylüyor söylüyorlar söyler söylerken söyleyerek
açıkladı açıkladılar açıklamıştı açıklamış açıklıyor açıklıyorlar açıklarken açıklayarak
belirtti belirttiler belirtmişti belirtmiş belirtiyor belirtiyorlar belirtirken belirterek
kaydetti kaydettiler kaydediyor kaydederek
vurguladı vurguladılar vurguluyor vurgularken vurgulayarak
ekledi eklediler ekliyor ekleyerek
bildirdi bildirdiler bildiriyor bildirirken bildirerek
anlattı anlattılar anlatıyor anlatırken anlatarak
aktardı aktardılar aktarıyor aktararak
savundu savundular savunuyor savunurken savunarak
uyardı uyardılar uyarıyor uyararak
hatırlattı hatırlattılar hatırlatıyor hatırlatarak
duyurdu duyurdular duyuruyor
yanıtladı yanıtladılar
bağırdı bağırdılar bağırıyor bağırırken
konuştu konuştular konuşuyor
""")
# Verbs of two words: a noun and "do" ("ifade etti", expressed; "iddia etti", claimed), "bring to the tongue"
# (voiced), "give an answer", "make a statement/speech". Keyed by the noun, with the verb's forms after it.
_DO = _set("etti ettiler etmişti ediyor ediyorlar ederken ederek")
PHRASES = {
    "ifade": _DO, "iddia": _DO, "beyan": _DO, "ilan": _DO, "itiraf": _DO,
    "dile": _set("getirdi getirdiler getiriyor getirirken getirerek"),
    "yanıt": _set("verdi verdiler veriyor"), "cevap": _set("verdi verdiler veriyor"),
    "açıklama": _set("yaptı yaptılar yapıyor yaparken"), "konuşma": _set("yaptı yaptılar yapıyor yaparken"),
}
# Demands: they report a clause of what is asked ("-mesini istedi") and nothing else.
DEMANDS = _set("istedi istediler istiyor istiyorlar isterken talep")
QUOTATIVE = "diye"
# The accusative of a clause made a noun: of the past or present ("-dığını", "-tiğini", "-duklarını"), of the
# future ("-acağını", "-eceklerini"), and of what is asked ("-mesini", "-malarını").
REPORTED = re.compile(r"(?:[dt][ıiuü](?:ğ[ıiuü]|k(?:lar|ler)[ıiuü])|[ae]c[ae](?:ğ[ıi]|k(?:lar|ler)[ıi])"
                      r"|m[ae](?:s[ıi]|lar[ıi]|ler[ıi]))n[ıiuü]$")
ASKED = re.compile(r"m[ae](?:s[ıi]|lar[ıi]|ler[ıi])n[ıi]$")
ACCORDING = "göre"
# Rules, plans and measures a thing is done by: "karara göre" (by the decision), "protokole göre", "yasaya göre".
RULES = ("karar", "protokol", "sözleşme", "yasa", "kanun", "yönetmelik", "tüzük", "plan", "proje", "program", "takvim",
         "kural", "anlaşma", "madde", "genelge", "mevzuat", "tarife", "ölçü", "sıra", "saat", "durum", "ihtiyaç")
TOPIC = "ise"
# Words of time that may open a sentence before its subject, and pronouns that are a cue without a source.
OPENERS = _set("dün bugün yarın ayrıca öte yandan ise de da sonra daha önce ardından bu sabah akşam")
PRONOUNS = _set("o onlar kendisi")


def _fold(word: str) -> str:
    return lower_as_written(word.replace("’", "'"), "tr")


def _tokens(text: str) -> list[LineToken]:
    return line_tokens(text, _WORD, _fold)


def _sentences(tokens):
    """The sentences of the line: a stop outside quotation marks ends one, but not after a figure ("1. Lig") or a
    capital alone ("A.Ş."); a quotation that ends in a stop ends one when a capitalised word follows it ("“…
    kaldırmayız.” Ünsal, …")."""
    def closes(n: int) -> bool:
        t = tokens[n]
        return t.text in _STOPS and not t.quoted and not (
            n > 0 and (tokens[n - 1].text.isdigit() or len(tokens[n - 1].text) == 1 and tokens[n - 1].text.isupper())
            and n + 1 < len(tokens)
        ) or t.quoted and t.text in "\"”’»" and n > 0 and tokens[n - 1].text in _STOPS and n + 1 < len(tokens) and (
            not tokens[n + 1].quoted and _capitalised(tokens[n + 1])
        )

    return spans_closed_by(len(tokens), closes)


def _capitalised(token) -> bool:
    return token.text[:1].isupper() and any(c.isalpha() for c in token.text)


def _text(text, tokens) -> str:
    return text[tokens[0].start : tokens[-1].end]


def _quotation_before(tokens, i, s_start) -> bool:
    """A quotation closes right before the verb at ``i``, a comma at most between ("“…” dedi", "“…”, dedi")."""
    k = i - 1
    if k >= s_start and tokens[k].text == "," and not tokens[k].quoted:
        k -= 1
    return k >= s_start and tokens[k].quoted


def _clause_before(tokens, i, s_start, pattern) -> bool:
    """A clause made a noun (``pattern``) stands in the verb's sentence before it, outside quotation marks."""
    return any(not t.quoted and pattern.search(t.key) for t in tokens[s_start:i])


def _name_after(tokens, k, s_end):
    """The capitalised words of a name right after ``k`` (""…", dedi Demirkazık"), or []."""
    run = []
    while k < s_end and len(run) < _MAX_NAME and _capitalised(tokens[k]) and not tokens[k].quoted:
        run.append(tokens[k])
        k += 1
    return run


def _subject(tokens, i, s_start):
    """The subject that opens the sentence of the verb at ``i``: the words before its first comma, or before "ise",
    or before the quotation it says; else the capitalised words that open it. None when nothing names a source."""
    words = []
    for t in tokens[s_start:i]:
        if t.quoted or t.text in _BREAKS or t.key == TOPIC:
            break
        words.append(t)
    ended = len(words) < i - s_start
    after = s_start + len(words)  # the mark, quotation or "ise" that ends them
    while words and words[0].key in OPENERS and len(words) > 1:
        words = words[1:]
    named = [n for n, t in enumerate(words[:-1]) if _participle(t) and _capitalised(words[n + 1])]
    if named:
        words = words[named[-1] + 1 :]  # "… desteğini açıklayan Belediye Başkanı Nevin Çağlayan": the one named
    if not words or len(words) > _MAX_SOURCE:
        return None
    if ended and _participle(words[-1]) and tokens[after].text == ",":
        # "Dervişgöl'de doğan, Almanya'da … zenginleşen Demirkazık,": a participle's phrase before the subject
        return _subject(tokens, i, after + 1)
    if not ended:
        run = []
        for t in words:
            if not _capitalised(t):
                break
            run.append(t)
        if len(run) < 2:
            return None
        words = run
    if len(words) > _MAX_NAME and _capitalised(words[-1]):
        name = len(words)
        while name > 0 and _capitalised(words[name - 1]):
            name -= 1
        words = words[name:]
    return words


def _participle(token) -> bool:
    """A participle that ends a phrase before its noun: "doğan", "zenginleşen", "açıklayan"."""
    key = token.key
    return not _capitalised(token) and len(key) > 4 and key.endswith(("an", "en")) and key[-3] not in "aeıioöuü"


def _named(line, text, words, first, last, cue, rule="reporting_verb"):
    if words is None:
        return None
    if len(words) == 1 and words[0].key in PRONOUNS:
        return _cue(line, first.start, last.end, "pronoun", f"“{words[0].text} … {cue}”: reported speech.")
    source = _text(text, words)
    return _cue(line, first.start, last.end, rule, f"“{cue}” reports the words of {source}.", source)


def _reporting(line, text, tokens, i, last, s_start, s_end, demand=False):
    """The verb of saying from ``i`` to ``last``, when words said stand before or after it, with its source."""
    first = tokens[i - 1] if i > s_start and tokens[i - 1].key == QUOTATIVE else tokens[i]
    quoted = _quotation_before(tokens, i if first is tokens[i] else i - 1, s_start)
    colon = last + 1 < s_end and tokens[last + 1].text == ":"
    if demand:
        if not _clause_before(tokens, i, s_start, ASKED):
            return None
    elif not (quoted or colon or _clause_before(tokens, i, s_start, REPORTED)):
        return None
    cue = _text(text, [first, tokens[last]])
    if quoted:
        name = _name_after(tokens, last + 1, s_end)
        if name:
            source = _text(text, name)
            return _cue(line, first.start, name[-1].end, "reporting_verb", f"“{cue}” reports the words of {source}.",
                        source)
    words = _subject(tokens, i, s_start)
    if words is None:
        return _cue(line, first.start, tokens[last].end, "agentless", f"“{cue}”: words reported, their source not "
                    "named here.")
    return _named(line, text, words, first, tokens[last], cue)


_SOFTENED = {"k": "ğ", "p": "b", "t": "d", "ç": "c"}


def _rule(word: str) -> bool:
    """A rule's name in any case, its last consonant softened before a vowel ("yönetmeliğe", "kitabına")."""
    return any(word.startswith(rule) or rule[-1] in _SOFTENED and word.startswith(rule[:-1] + _SOFTENED[rule[-1]])
               for rule in RULES)


def _according(line, text, tokens, i, s_start):
    """ "X'e göre": the phrase of source before "göre", in the dative; a rule's is none."""
    if i - 1 < s_start or tokens[i - 1].mark or tokens[i - 1].quoted:
        return None
    head = tokens[i - 1].key
    if _rule(head) or not head.endswith(("a", "e", "ya", "ye")):
        return None
    m = i - 1
    while m > s_start and i - m < _MAX_SOURCE and not (tokens[m - 1].mark or tokens[m - 1].quoted):
        m -= 1
    words = tokens[m:i]
    while len(words) > 1 and words[0].key in OPENERS:
        words = words[1:]
    cue = _text(text, tokens[i - 1 : i + 1])
    if len(words) == 1 and words[0].key in ("ona", "onlara", "bana", "bize"):
        return _cue(line, words[0].start, tokens[i].end, "pronoun", f"“{cue}”: words reported.")
    source = _text(text, words)
    return _cue(line, words[0].start, tokens[i].end, "according_to", f"“{cue}” names {source}.", source)


def _cue_at(line, text, tokens, i, s_start, s_end):
    """The cue that token ``i`` opens, and its last token's index; (None, i) when it opens none."""
    key = tokens[i].key
    following = tokens[i + 1] if i + 1 < s_end else None
    if key in VERBS:
        return _reporting(line, text, tokens, i, i, s_start, s_end), i
    if key in PHRASES and following is not None and following.key in PHRASES[key]:
        return _reporting(line, text, tokens, i, i + 1, s_start, s_end), i + 1
    if key in DEMANDS:
        last = i + 1 if key == "talep" and following is not None and following.key in _DO else i
        return _reporting(line, text, tokens, i, last, s_start, s_end, demand=True), last
    if key == ACCORDING:
        return _according(line, text, tokens, i, s_start), i
    return None, i


def suggest_in_line(line) -> list[Suggestion]:
    """The attribution cues of one line of an article in Turkish."""
    text = line.text
    tokens = _tokens(text)

    def cue_at(i, s_start, s_end, in_sentence):
        cue, last = _cue_at(line, text, tokens, i, s_start, s_end)
        return (cue, last) if cue is not None else None

    return cues_by_sentence(tokens, _sentences(tokens), cue_at)
