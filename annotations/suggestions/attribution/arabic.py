"""Attribution in Arabic: the reporting verbs of news in their common forms, the phrases before a source, and the
source they name, read on the line's tokens.

Words are compared folded: without their vowel marks and tatweel, with one alef for أ إ آ ٱ ("أكد", "اكد" and
"أكّد" are one word). A conjunction written onto a word (و، ف) is read past: "وقال", "فقالت"; so is the future's
س ("سيقول").

The shapes:

- a phrase before its source: "بحسب", "حسب", "وفق", "وفقا لـ" / "وفقاً ل" (the ل written onto the source:
  "وفقا للتقرير"), "طبقا لـ", "نقلا عن", "استنادا إلى", "على حد تعبير", "على حد قول"; the cue runs to the end of
  the noun phrase after it, which is its source (a name in quotation marks too: "وفقا لـ«هيئة الإحصاء»").
  "بحسب ما" / "حسبما" / "وفق ما" read the verb after them and the source after the verb ("بحسب ما أفاد مصدر
  حكومي"). After "حسب" and "وفق" a norm or a measure is no source ("حسب الحاجة", "وفقا للقانون");
- a reporting verb (past and present, masculine, feminine and plural: "قال، قالت، قالوا، يقول، تقول، يقولون")
  and its source. Arabic puts the subject after the verb ("وقال الوزير إن", "«…»، تقول المعلمة"): the source is
  the noun phrase after the verb, up to إن/أن, a quotation mark, a colon, a comma, a preposition, a word of time
  or a clause word; a title, a comma and a short name ("المتحدثة باسم الوزارة، ليلى حداد،") give the name; "في"
  or "من" after a short head without the article name the body it is part of ("مسؤول في الوزارة", "أعضاء في
  المجلس البلدي"), unless an occasion follows them ("في بيان"). Unless reported words follow it, the phrase
  loses the object Arabic writes after the subject ("نفى المتحدث وجود خلاف": the source is "المتحدث"). A verb
  without a conjunction after words that can be its subject has its subject before it ("السائقون يقولون إن",
  "الخبير سامر عيسى، الذي أعد الدراسة، يقول", "أما النقابة فتقول"); with the verb first in its clause and no
  subject after it, the speaker is in the verb and named before: a cue without a source ("وأضاف أن", "وقال:
  «…»"). A verb that is an ordinary verb too ("أضاف" adds, "رأى" sees, "ذكر" mentions, "تابع" follows, "صرح" is
  also an edifice) reports only when words follow: إن/أن (بأن، أنه …), a quotation or a colon, after its source
  and a short aside ("في مؤتمر صحفي عقده أمس،"), or when it follows a quotation ("«…»، أضاف"); "حذر من" and "كشف
  عن" report with their preposition. "أعلن" and "انتقد" report what a named source announced or criticised;
- voicing a stance: "أعرب عن", "أبدى" with a word of stance ("قلقه", "تحفظها", "رفضهم");
- a participle of speech after a comma ("، مشيرا إلى أن", "، مؤكدين أنهم", "، قائلا:"), and "بالقول إن", in a
  sentence without another cue (after one, it goes on with the words that cue reports: "وأوضح …، مؤكدا أن");
- the passive "قيل إن", "يقال إن": words reported with no named source.

A verb inside a quotation is the speaker's words, and a verb reported inside another's words ("قال إن الوزير أكد
أن") is no cue of the outlet's.
"""

import re

from annotations.suggestions.attribution.words import token_cue as _cue
from annotations.suggestions.base import Suggestion, quoted_tokens
from newsdesk.alignment.arabic import REPORTING_VERBS, verb_forms
from newsdesk.importing.languages import arabic_folded


def fold(word: str) -> str:
    """A word as the tables compare it: without vowel marks and tatweel ("وفقاً", "وفقا"; "لـ", "ل"), with one alef
    (``languages.arabic_folded``, the fold of every Arabic comparison)."""
    return arabic_folded(word)


def _folded_set(entry: str) -> frozenset[str]:
    return frozenset(fold(word) for word in entry.split())


# Reporting verbs as "past:present" (masculine singular), shared with the labels (``newsdesk.alignment.arabic``);
# the feminine, the plural and the present's forms are made from them (``verb_forms``). ``_NEED_WORDS`` are those
# that are ordinary verbs too and report only when words follow them; ``_OBJECTS`` those that report with a
# preposition after their source too.
_VERBS = REPORTING_VERBS
_NEED_WORDS = _folded_set("أضاف أشار صرح ذكر اعتبر رأى حذر لفت شدد تابع كشف أفاد زعم اعترف توقع خشي قدر")
_OBJECTS = {fold("حذر"): fold("من"), fold("كشف"): fold("عن")}
# Voicing a stance: "أعرب عن قلقه"; "أبدى" only with a word of stance after its source.
_VOICING_VERBS = "أعرب:يعرب أبدى:يبدي"
_STANCES = tuple(fold(w) for w in (
    "قلق تحفظ رفض استياء أسف ترحيب دعم استعداد تخوف مخاوف أمل اعتراض تفاؤل تشاؤم غضب ارتياح موافقة معارضة "
    "انزعاج دهشة استغراب"
).split())
_PASSIVES = _folded_set("قيل يقال")
# Active participles of speech, by their stem, with the endings of their cases and numbers ("مشيرا", "مؤكدة",
# "مؤكدين"), and "بالقول" (by saying).
_PARTICIPLE_STEMS = tuple(fold(w) for w in "مشير مؤكد موضح مضيف معتبر لافت محذر مشدد منوه قائل متسائل".split())
_PARTICIPLE_ENDINGS = ("", "ا", "ة", "ين", "ون")
_BY_SAYING = fold("بالقول")

# The phrases before a source, as folded words; "ل" stands for a ل written onto the source or apart ("لـ").
_ACCORDING = tuple(tuple(fold(w) for w in phrase.split()) for phrase in (
    "على حد تعبير", "على حد قول", "نقلا عن", "استنادا إلى", "وفقا ل", "طبقا ل", "بحسب", "حسب", "وفق",
))
# After these a measure or a norm is no source: "حسب الحاجة", "وفقا للقانون".
_LOOSE = frozenset(fold(w) for w in "بحسب حسب وفق وفقا طبقا".split())
_NOT_SOURCES = tuple(fold(w) for w in (
    "الحاجة الطلب الظروف الأصول الحالة الأولوية الترتيب المنطقة النوع الحجم العمر الجنس الخطة الجدول القانون "
    "الدستور الشروط المعايير الاتفاق الاتفاقية القواعد اللوائح النظام التعليمات الإمكانات الأحوال الموسم الفئة"
).split())
# "بحسب ما أفاد", "حسبما ذكرت", "وفقا لما نشرته": the verb after them, then the source.
_WHAT = frozenset(fold(w) for w in "ما لما".split())
_WHAT_JOINED = frozenset(fold(w) for w in "حسبما بحسبما".split())

_PREPOSITIONS = _folded_set(
    "في من على إلى الى عن مع خلال أمام بعد قبل منذ حول لدى عند ضد نحو بين عبر حتى دون وسط أثناء عقب تجاه بشأن "
    "له لها لهم لهما لهن لنا لي لك لكم ل"
)
_TIMES = _folded_set(
    "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر كانون شباط آذار نيسان أيار "
    "حزيران تموز آب أيلول تشرين الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت أمس اليوم غدا صباح مساء "
    "ليلة ظهر يوم مؤخرا سابقا لاحقا حاليا الأسبوع الشهر الماضي الماضية المقبل المقبلة الجاري"
)
# "في" and "من" after a short indefinite head name the body a source is part of ("أعضاء في المجلس البلدي", "عدد من
# التجار"), unless an occasion or a time follows them ("في بيان", "في مؤتمر صحفي").
_PARTS = _folded_set("في من")
_OCCASIONS = _folded_set(
    "بيان تصريح تصريحات مؤتمر حديث مقابلة كلمة اتصال رسالة جلسة اجتماع لقاء منشور تغريدة ندوة خطاب وقت حين "
    "أثناء ختام نهاية بداية مستهل صباح مساء يوم"
) | _TIMES
_RELATIVES = _folded_set("الذي التي الذين اللذين اللذان اللتين اللتان اللواتي اللاتي اللائي")
_CLAUSE_WORDS = _RELATIVES | _folded_set(
    "ما من لكن لكنه لكنها بل ثم حيث إذ إذا فيما بينما كما لأن عندما حين لو لم لن لا قد لقد وقد فقد أو أم و ف "
    "كان كانت وكان وكانت فكان فكانت أما"
)
_PRONOUNS = _folded_set("هو هي هم هما هن أنا نحن")
_ADVERBS = _folded_set("أيضا كذلك هكذا هنا مجددا بدوره بدورها بدورهم بدورهن")
# A title that a name in commas follows: "المتحدثة باسم الوزارة، ليلى حداد،".
_TITLES = _folded_set(
    "رئيس رئيسة مدير مديرة وزير وزيرة محافظ نائب نائبة عضو عضوة أمين أمينة مسؤول مسؤولة المتحدث المتحدثة "
    "الناطق الناطقة متحدث متحدثة ناطق ناطقة قائد مستشار مستشارة سفير سفيرة عميد عميدة"
)
_COMPLEMENTIZER = re.compile(r"^[وف]?ب?ان(?:ه|ها|هم|هما|هن|نا|ني|ي|ك|كم|كما)?$")
_SUFFIX_COMMAS = frozenset("،,")
_MAX_PHRASE = 8
_MAX_ASIDE = 6  # words of an aside between the source and إن/أن: "في مؤتمر صحفي عقده أمس،"


VERB_FORMS = verb_forms(_VERBS)
VOICING_FORMS = verb_forms(_VOICING_VERBS)


def _key(token) -> str:
    return fold(token.text)


def _verb_of(key: str, forms: dict[str, str] = VERB_FORMS) -> tuple[str, bool] | None:
    """The past masculine of the verb of ``forms`` that ``key`` is a form of, and whether a conjunction is written
    onto it ("وقال"), or None. The future's س is read past too ("سيقول")."""
    joined = len(key) > 2 and key[0] in "وف"
    for rest, conjunction in ((key, False), (key[1:], True)) if joined else ((key, False),):
        if rest in forms:
            return forms[rest], conjunction
        if len(rest) > 2 and rest[0] == "س" and rest[1] in "يت" and rest[1:] in forms:
            return forms[rest[1:]], conjunction
    return None


def _complementizer(key: str) -> bool:
    return bool(_COMPLEMENTIZER.match(key))


def _preposition(key: str) -> bool:
    """A preposition, alone or written onto its noun with the article ("للتقرير", "بالمحافظة")."""
    return key in _PREPOSITIONS or key.startswith(("لل", "بال", "كال")) and len(key) > 3


def _participle(key: str) -> bool:
    return key == _BY_SAYING or any(
        key.startswith(stem) and key[len(stem):] in _PARTICIPLE_ENDINGS for stem in _PARTICIPLE_STEMS
    )


def _stops_phrase(token) -> bool:
    """A token no source phrase runs over: a mark, a quotation mark, a clause word, إن/أن, a preposition, a word of
    time, a pronoun, an adverb, a reporting verb or a participle of speech."""
    if token.is_punct or token.is_quote:
        return True
    key = _key(token)
    return (key in _CLAUSE_WORDS or _complementizer(key) or _preposition(key) or key in _TIMES
            or key in _PRONOUNS or key in _ADVERBS or _verb_of(key) is not None
            or _verb_of(key, VOICING_FORMS) is not None or _participle(key))


def _words_open(token) -> bool:
    """The token opens reported words: إن/أن, a quotation mark or a colon."""
    return token.text in (":", "«", "“", '"') or _complementizer(_key(token))


def _phrase_after(doc, k, s_end, quoted=False) -> list:
    """The noun phrase that starts at ``k`` (past a word or two of time), up to the first token that stops it;
    with ``quoted``, a name in quotation marks too ("وفقا لـ«هيئة الإحصاء»"), its marks included."""
    skipped = 0
    while k < s_end and skipped < 2 and _key(doc[k]) in _TIMES:
        k += 1
        skipped += 1
    if quoted and k < s_end and doc[k].text in ("«", "“", '"'):
        close = next((m for m in range(k + 1, min(s_end, k + 8)) if doc[m].is_quote), None)
        if close is not None and close > k + 1 and not any(t.is_punct for t in doc[k + 1 : close]):
            return list(doc[k : close + 1])
    phrase = []
    while k < s_end and len(phrase) < _MAX_PHRASE and not _stops_phrase(doc[k]):
        phrase.append(doc[k])
        k += 1
    if phrase and len(phrase) <= 2 and k + 1 < s_end and _key(doc[k]) in _PARTS and not (
        _key(phrase[-1]).startswith(("ال", "وال")) or _key(doc[k + 1]).removeprefix("ال") in _OCCASIONS
    ):
        part = []  # "مسؤول في الوزارة", "عدد من التجار": a source named by the body it is part of
        m = k + 1
        while m < s_end and len(part) < 2 and not _stops_phrase(doc[m]):
            part.append(doc[m])
            m += 1
        if part:
            phrase += [doc[k]] + part
    return phrase


def _recipient_end(doc, k, s_end) -> int:
    """Past the phrase of whom the words were told to that opens at ``k`` ("للصحفيين", "لـ«نبض الشارع»",
    "لنا"), when one does: the index after it; else ``k``."""
    if k >= s_end:
        return k
    key = _key(doc[k])
    if not (key in _PREPOSITIONS and key.startswith("ل") or key.startswith("لل")):
        return k
    m = k + 1
    if key == "ل" and m < s_end and doc[m].is_quote:  # لـ«نبض الشارع»
        close = next((n for n in range(m + 1, min(s_end, m + 8)) if doc[n].is_quote), None)
        return close + 1 if close is not None else k
    while m < s_end and m - k < 4 and not _stops_phrase(doc[m]):
        m += 1
    return m


def _words_follow(doc, k, s_end) -> bool:
    """Reported words open at ``k``, or after a short aside: a phrase of whom they were told to, a prepositional
    phrase, a word of time, an aside between commas ("في مؤتمر صحفي عقده الثلاثاء، أن")."""
    k = _recipient_end(doc, k, s_end)
    words = 0
    while k < s_end and words <= _MAX_ASIDE:
        token = doc[k]
        if _words_open(token):
            return True
        if token.text in _SUFFIX_COMMAS:
            if k + 1 < s_end and _key(doc[k + 1])[:1] in "وف" and not _words_open(doc[k + 1]):
                return False  # "، وقال …": another clause
            k += 1
            continue
        if token.is_punct or token.is_quote or _verb_of(_key(token)) is not None:
            return False
        words += 1
        k += 1
    return False


def _name_in_commas(doc, phrase, s_end):
    """ "المتحدثة باسم الوزارة، ليلى حداد،": after a title (perhaps with a prepositional phrase: "مدير فرع
    الشركة في المدينة،"), a comma and a short name that a comma, إن/أن, a colon, a quotation or a
    preposition closes: the name's tokens, or None."""
    if not phrase or _key(phrase[0]) not in _TITLES:
        return None
    k = phrase[-1].i + 1
    m = k
    while m < s_end and m - k < 5 and doc[m].text not in _SUFFIX_COMMAS and not (
        doc[m].is_punct or doc[m].is_quote or _words_open(doc[m])
    ):
        m += 1  # the title's prepositional phrase: "في المدينة"
    if m >= s_end or doc[m].text not in _SUFFIX_COMMAS or m > k and not _preposition(_key(doc[k])):
        return None
    name = _phrase_after(doc, m + 1, s_end)
    after = m + 1 + len(name)
    if not name or len(name) > 4 or _key(name[0]) in _TITLES:
        return None
    if after < s_end and not (
        doc[after].text in _SUFFIX_COMMAS or _words_open(doc[after]) or _preposition(_key(doc[after]))
        or doc[after].is_punct
    ):
        return None
    return name


def _phrase_before(doc, v, s_start) -> tuple[list, list] | None:
    """The subject before the verb at ``v`` in its clause: (the tokens the cue spans, the name's tokens), or None.
    The clause opens after a mark, a clause word or إن/أن; a word with و written onto the article ("والتجار")
    opens it too. A comma right before the verb sets apart a name ("…، أبو سمير، يخشى") or a relative clause
    ("الخبير سامر عيسى، الذي أعد الدراسة، يقول")."""
    if v <= s_start:
        return None
    if doc[v - 1].text in _SUFFIX_COMMAS:
        comma = next((k for k in range(v - 2, max(s_start, v - 16) - 1, -1) if doc[k].text in _SUFFIX_COMMAS),
                     None)
        if comma is None or comma <= s_start:
            return None
        inside = list(doc[comma + 1 : v - 1])
        if any(t.is_punct or t.is_quote for t in inside) or not inside:
            return None
        if _key(inside[0]) in _RELATIVES:
            return _phrase_before(doc, comma, s_start)
        if len(inside) <= 4 and not any(_stops_phrase(t) for t in inside) and not (
            doc[comma - 1].is_punct or doc[comma - 1].is_quote
        ):
            return inside, inside
        return None
    phrase = []
    k = v - 1
    while k >= s_start and len(phrase) <= _MAX_PHRASE:
        token = doc[k]
        if _stops_phrase(token):
            break
        phrase.insert(0, token)
        if _key(token).startswith(("وال", "فال")):
            break
        k -= 1
    if not phrase or len(phrase) > _MAX_PHRASE:
        return None
    if k >= s_start and _complementizer(_key(doc[k])):
        return [], []  # "قال إن الوزير أكد": words reported inside another's
    return phrase, phrase


def _source_text(line, tokens) -> str:
    """The source's words as written, less a conjunction written onto the article ("والتجار": "التجار") and the
    quotation marks of a quoted name."""
    if len(tokens) > 2 and tokens[0].is_quote and tokens[-1].is_quote:
        tokens = tokens[1:-1]
    text = line.text[tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)]
    if _key(tokens[0]).startswith(("وال", "فال")):
        text = text[1:]
    return text


def _match(doc, i, s_end, phrase) -> int | None:
    """The index of the token where ``phrase`` ends when it starts at ``i`` (its first word perhaps with و or ف
    written onto it; "ل" matches a ل written apart or onto the next word), or None."""
    for n, word in enumerate(phrase):
        k = i + n
        if k >= s_end:
            return None
        key = _key(doc[k])
        if n == 0 and key != word:
            if not (key[:1] in "وف" and key[1:] == word and word != fold("حسب")):
                return None  # "فحسب" is "only"
        elif n and word == "ل":
            return k if key == "ل" or key.startswith("ل") and len(key) > 2 else None
        elif n and key != word:
            return None
    return i + len(phrase) - 1


def _according(line, doc, i, s_end) -> list[Suggestion]:
    key = _key(doc[i])
    if key in _WHAT_JOINED or key[:1] in "وف" and key[1:] in _WHAT_JOINED:
        return _according_to_what(line, doc, i, i, s_end)  # "حسبما ذكرت الوزارة"
    for phrase in _ACCORDING:
        last = _match(doc, i, s_end, phrase)
        if last is None:
            continue
        attached = phrase[-1] == "ل" and _key(doc[last]) != "ل"  # "وفقا للتقرير": the source starts in this word
        start = last if attached else last + 1
        if attached and _key(doc[last]) == "لما" or not attached and start < s_end and _key(doc[start]) in _WHAT:
            return _according_to_what(line, doc, i, start, s_end)
        if start >= s_end:
            return []
        if attached:
            word = doc[start].text
            written = word[1:].lstrip("\u0640")  # the source's first word without its ل
            cue = line.text[doc[i].idx : doc[start].idx + len(word) - len(written)]
            if fold(written).startswith("ل"):
                written = "ا" + written  # ل before the article drops its alef: "للتقرير" is "ل" + "التقرير"
            source = [doc[start]] + _phrase_after(doc, start + 1, s_end)
            name = written + line.text[doc[start].idx + len(word) : source[-1].idx + len(source[-1].text)]
        else:
            cue = line.text[doc[i].idx : doc[last].idx + len(doc[last].text)]
            source = _phrase_after(doc, start, s_end, quoted=True)
            if not source:
                return []
            name = _source_text(line, source)
        if phrase[0] in _LOOSE and fold(name.split()[0]) in _NOT_SOURCES:
            return []  # "حسب الحاجة": a measure, not a source
        return [_cue(line, doc[i], source[-1], "according_to", f"“{cue}” names {name}.", name)]
    return []


def _according_to_what(line, doc, i, what, s_end) -> list[Suggestion]:
    """ "بحسب ما أفاد مصدر في البلدية": the verb after "ما", and its source after it."""
    verb = what + 1
    if verb >= s_end or _stops_phrase(doc[verb]) and _verb_of(_key(doc[verb])) is None:
        return []
    source = _phrase_after(doc, _recipient_end(doc, verb + 1, s_end), s_end)
    if not source:
        return []
    name = _source_text(line, source)
    cue = line.text[doc[i].idx : doc[verb].idx + len(doc[verb].text)]
    return [_cue(line, doc[i], source[-1], "according_to", f"“{cue}” names {name}.", name)]


def _verb(line, doc, i, s_start, s_end, earlier) -> list[Suggestion]:
    token = doc[i]
    past, joined = _verb_of(_key(token))
    if i > s_start and _complementizer(_key(doc[i - 1])):
        return []  # "قال إنه أكد …": reported inside the words of the cue before
    verb = token.text
    after_quotation = i - 2 >= s_start and doc[i - 1].text in _SUFFIX_COMMAS and doc[i - 2].is_quote
    # A verb without a conjunction after words that can be its subject has its subject before it: "الوزارة تقول إن".
    before = None if joined else _phrase_before(doc, i, s_start)
    if before is not None and not before[0]:
        return []  # "قال إن الوزير أكد": words reported inside another's
    if before is not None:
        spanned, names = before
        if not _reports(doc, past, i + 1, s_end, after_quotation):
            return []
        name = _source_text(line, names)
        return [_cue(line, spanned[0], token, "reporting_verb", f"“{verb}” reports the words of {name}.", name)]
    if i - 1 >= s_start and _key(doc[i - 1]) in _PRONOUNS and not joined:  # "هو قال إن"
        if _reports(doc, past, i + 1, s_end, after_quotation, has_source=False):
            return [_cue(line, doc[i - 1], token, "pronoun", f"“{doc[i - 1].text} {verb}”: reported speech.")]
        return []
    source = _phrase_after(doc, _recipient_end(doc, i + 1, s_end), s_end)
    source = _without_object(doc, source, s_end, after_quotation)
    names = (_name_in_commas(doc, source, s_end) or source) if source else []
    last = names[-1] if names else token
    if not _reports(doc, past, last.i + 1, s_end, after_quotation, has_source=bool(source)):
        return []
    if names:
        name = _source_text(line, names)
        return [_cue(line, token, last, "reporting_verb", f"“{verb}” reports the words of {name}.", name)]
    topic = _topic_before(doc, i, s_start) if _key(token)[0] == "ف" else None
    if topic:  # "أما الوزارة فتقول إن"
        name = _source_text(line, topic)
        return [_cue(line, topic[0], token, "reporting_verb", f"“{verb}” reports the words of {name}.", name)]
    return [_cue(line, token, token, "pronoun", f"“{verb}”: reported speech, its speaker named before.")]


def _without_object(doc, phrase, s_end, after_quotation) -> list:
    """The subject of a phrase read after a verb, less the object that Arabic writes right after it ("نفى المتحدث
    وجود خلاف", "سيقول الوزير كلمته"): unless reported words follow it (perhaps after an aside) or a quotation
    comes before the verb, it stops at the first word without the article after one with it, and runs to three
    words at most (or to the end of the body it names a part of: "أعضاء في المجلس البلدي")."""
    if not phrase or after_quotation or _words_follow(doc, phrase[-1].i + 1, s_end):
        return phrase
    for n in range(1, len(phrase)):
        if _key(phrase[n - 1]).startswith(("ال", "وال")) and not _key(phrase[n]).startswith("ال"):
            return phrase[:n]
    if any(_key(t) in _PARTS for t in phrase):
        return phrase  # "أعضاء في المجلس البلدي": the part it names ends the phrase
    return phrase[:3]


def _reports(doc, past, k, s_end, after_quotation, has_source=True) -> bool:
    """Whether the verb (``past``) reports words, the source read and the rest of its clause opening at ``k``:
    words follow (إن/أن, a quotation, a colon), or it follows a quotation; a verb that is an ordinary verb too
    needs one of them, or its preposition after its source ("حذر الدفاع المدني من"); a verb that always reports
    needs its source, or one of them."""
    if after_quotation or _words_follow(doc, k, s_end):
        return True
    if past in _NEED_WORDS:
        preposition = _OBJECTS.get(past)
        return bool(preposition and has_source and k < s_end and _key(doc[k]) == preposition)
    return has_source


def _topic_before(doc, v, s_start) -> list:
    """ "أما الوزارة فتقول": the words between "أما" and the verb, or nothing."""
    for k in range(v - 1, max(s_start, v - _MAX_PHRASE - 2) - 1, -1):
        if _key(doc[k]) == fold("أما"):
            words = list(doc[k + 1 : v])
            return words if words and not any(_stops_phrase(t) for t in words) else []
    return []


def _voicing(line, doc, i, s_end) -> list[Suggestion]:
    """ "أعرب الاتحاد عن قلقه", "أبدت الجمعية تحفظها": a source voicing a stance."""
    past, _ = _verb_of(_key(doc[i]), VOICING_FORMS)
    source = _phrase_after(doc, i + 1, s_end)
    if not source:
        return []
    k = source[-1].i + 1
    if past == fold("أعرب"):
        if not (k < s_end and _key(doc[k]) == fold("عن")):
            return []
    else:
        stance = next((n for n, t in enumerate(source) if n and _key(t).startswith(_STANCES)), None)
        if stance is None:
            return []
        source = source[:stance]
    name = _source_text(line, source)
    return [_cue(line, doc[i], source[-1], "reporting_verb", f"“{doc[i].text}”: {name} voices a stance.", name)]


def _participle_cue(line, doc, i, s_start, s_end, earlier) -> list[Suggestion]:
    """ "، مؤكدين أنهم", "بالقول إن": reported words in a sentence that has no other cue."""
    key = _key(doc[i])
    if earlier or key != _BY_SAYING and not (i > s_start and doc[i - 1].text in _SUFFIX_COMMAS):
        return []  # after a cue in its sentence, the participle goes on with the words that cue reports
    k = i + 1
    if k < s_end and _key(doc[k]) in (fold("إلى"), fold("على")):
        k += 1
    if k >= s_end or not _words_open(doc[k]):
        return []
    return [_cue(line, doc[i], doc[i], "participle", f"“{doc[i].text}”: reported speech follows.")]


def suggest_in_line(line) -> list[Suggestion]:
    """The attribution cues of one line of an article in Arabic."""
    doc = line.doc
    quoted = quoted_tokens(doc)
    found = []
    for sentence in doc.sents:
        s_start, s_end = sentence.start, sentence.end
        in_sentence: list[Suggestion] = []
        for i in range(s_start, s_end):
            if i in quoted or doc[i].is_punct:
                continue
            key = _key(doc[i])
            cues = _according(line, doc, i, s_end)
            if not cues and (key in _PASSIVES or key[:1] in "وف" and key[1:] in _PASSIVES):
                if i + 1 < s_end and _words_open(doc[i + 1]):  # "وقيل إن"
                    cues = [_cue(line, doc[i], doc[i], "agentless",
                                 f"“{doc[i].text}”: words reported with no named source.")]
            if not cues and _verb_of(key) is not None:
                cues = _verb(line, doc, i, s_start, s_end, in_sentence)
            if not cues and _verb_of(key, VOICING_FORMS) is not None:
                cues = _voicing(line, doc, i, s_end)
            if not cues and _participle(key):
                cues = _participle_cue(line, doc, i, s_start, s_end, in_sentence)
            in_sentence += cues
        found += in_sentence
    return found
