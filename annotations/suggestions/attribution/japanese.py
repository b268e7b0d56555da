"""Attribution in Japanese, read on the characters of the line.

Japanese is written without spaces, and the tokenizer gives a run of kana and kanji as one token (a clause,
often a whole sentence), so these rules read the line's text itself. Sentences end at 。！？ outside brackets
(a quotation 「…」 holds sentences of its own); a cue inside a quotation (「」『』“”) is the speaker's words.

The shapes:

- a phrase after its source: 「Xによると」「Xによれば」「Xによりますと」, and 「Xの話では」
  「Xの調べでは」「Xの発表では」: the cue runs from the source, the noun phrase before it, back to a
  particle, a mark or the clause's start;
- a quotative ending: the particle と and a verb of speech in its clause-ending forms, plain or polite,
  past or present (「と述べた」「と話した」「と話す」「と語った」「と説明した」「と明らかにした」
  「と発表した」「と強調した」「と指摘する」「と訴えた」「と話していました」), 「としている」, and
  「との見通しを示した」 (a stance noun: 見通し, 考え, 認識, 見方 …). The source is the speaker named
  between と and the verb (「…と山田社長は述べた」: the cue spans them), or else the topic or subject of
  the sentence, 「Xは」 (or 「Xが」「Xも」 when no topic is marked), named by the suggestion but not
  spanned, as the quoted words stand between them; with neither, the speaker is named before and the cue
  has no source. The verb must end its clause (a mark, が, 一方, 「にとどめた」 may follow): 「と話した
  住民」 is a noun phrase. と must be the quotative particle: not an adverb's (「もっと」「きちんと」
  「堂々と」: after っ, ん, り or 々), and, before 話す and 語る, which may talk *with* someone, not
  after a noun (「町長と話した」);
- a quotation in brackets and と, then how it was said (「…」と肩を落とす, 「…」と声を震わせる): a short
  predicate that ends the sentence, after words said (they end in kana or a mark, or run long), not a
  name or a term in brackets (「ひかり号」と);
- 「…との声が上がっている」: voices, from the group named with から or では when there is one;
- hearsay and belief with no named source: 「…という。」 closing a sentence that has no other cue,
  「…とのことだ」, 「…とみられる」, 「…とされる」.

A noun phrase is a run of kanji, katakana, Latin letters and digits, with の between two of them, an
honorific (さん, ちゃん, くん, さま, たち, ら) and a bracketed aside after it (「田中花子さん（62）」; the
aside is no part of the name), or a noun in kana after の (「店のおかみ」); a date alone (「16日」
「今回」) is no speaker.
"""

import re
from dataclasses import dataclass

from annotations.suggestions.attribution.quotations import spans_closed_by
from annotations.suggestions.attribution.words import line_cue as _cue
from annotations.suggestions.base import Suggestion
from newsdesk.alignment.japanese import written_in_japanese  # noqa: F401 (the attribution's test of the script)

_KANJI = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f\u3005\u3006\u30f6"  # with 々 〆 ヶ
_KATAKANA = "\u30a1-\u30fa\u30fb\u30fc\u30fd\u30fe\uff66-\uff9f"
_LATIN = "A-Za-z0-9\uff10-\uff19\uff21-\uff3a\uff41-\uff5a&＆"
NOUN = re.compile(f"[{_KANJI}{_KATAKANA}{_LATIN}]")

_QUOTE_PAIRS = {"「": "」", "『": "』", "“": "”"}
_BRACKET_PAIRS = {"（": "）", "(": ")", "【": "】", "〈": "〉", "《": "》", "［": "］"} | _QUOTE_PAIRS
_CLOSERS = {close: open_ for open_, close in _BRACKET_PAIRS.items()}
_STOPS = "。！？"
_HONORIFICS = ("ちゃん", "さん", "くん", "さま", "たち", "ら")
_MAX_NOUN = 30
# A noun phrase that says when, not who: 「16日は」「今回は」.
_TIME = re.compile(
    r"^(?:[0-9０-９]+(?:年度|年|月|日|時|分|週)|同日|今回|今後|当面|現在|今年|昨年|今月|先月|来月|前日|翌日|当日|"
    r"今日|昨日|明日|午前|午後|朝|夜|未明|先週|今週|来週|その後|一方)+$"
)

# The clause-ending forms of the verbs of speech, by conjugation: a noun with する, and verbs of one and five grades.
# The stem alone is the continuative, which ends its clause before a comma: 「と話し、会見を終えた」.
_SURU = r"(?:しています|していました|している|していた|しました|します|した|する|し(?=、))"
_ICHIDAN = r"(?:ています|ていました|ている|ていた|ました|ます|た|る|(?=、))"
_GODAN = {
    "s": r"(?:し(?:ています|ていました|ている|ていた|ました|ます|た|(?=、))|す)",
    "r": r"(?:っ(?:ています|ていました|ている|ていた|た)|り(?:ました|ます|(?=、))|る)",
    "w": r"(?:っ(?:ています|ていました|ている|ていた|た)|い(?:ました|ます|(?=、))|う)",
    "k": r"(?:い(?:ています|ていました|ている|ていた|た)|き(?:ました|ます|(?=、))|く)",
}
_SPEECH = "|".join((
    rf"(?:説明|発表|強調|指摘|主張|批判|反論|否定|証言|報告|回答|言及|表明|明言|断言|発言|コメント|明らかに){_SURU}",
    rf"(?:述べ|訴え|答え|認め|伝え|唱え){_ICHIDAN}",
    rf"(?:話|明か|示){_GODAN['s']}",
    rf"語{_GODAN['r']}",
    rf"言{_GODAN['w']}",
    rf"書{_GODAN['k']}",
))
# Verbs that take a partner with と ("talk with"): と after a noun is "with" before them.
_WITH_VERBS = ("話", "語")
_STANCE = r"(?:見通し|考え|考え方|認識|見方|見解|意向|方針|姿勢|立場)を(?:示|明らかに|強調)"
# What may follow a verb that ends its clause.
_END = r"(?=[。、！？」』）)\s]|$|が|けれど|ものの|にとどめ|一方|ほか|という|とした)"
_MANNER = r"(?:(?!一緒|共に|とも)[^\s、。「」『』]{1,6}?[にく])?"
SPEECH = re.compile(rf"{_MANNER}(?P<verb>{_SPEECH}){_END}")
STANCE = re.compile(rf"の(?P<verb>{_STANCE}(?:{_SURU}|{_GODAN['s']})){_END}")
HOLDS = re.compile(rf"(?P<verb>し(?:ています|ていました|ている|ていた)){_END}")  # 「…としている」
VOICES = re.compile(rf"の声(?:が|も)(?:上が{_GODAN['r']}|出{_ICHIDAN}){_END}")
HEARSAY = re.compile(r"(?:という|とのこと(?:だ|です))(?=[。！？]|$)")
BELIEF = re.compile(rf"と(?:みられ|見られ|され){_ICHIDAN}(?=[。、！？]|$|が)")
ACCORDING = re.compile(r"によ(?:ると|れば|りますと)|の(?:話|調べ|発表|説明|まとめ)では")
# How the words were said, after a quotation in brackets: 「…」と肩を落とす.
MANNER = re.compile(r"(?P<verb>(?!いう|いっ|言う|言っ|して|し、|の|も|は|が)[^\s、。「」『』（）]{2,10}?"
                    r"(?:る|た|す|く|つ|う|む|ぶ|ぐ|ぬ))(?=[。！？]|$|が、)")
# The sound that ends a clause before the quotative と: a verb, an adjective, the copula, a sentence particle.
_CLAUSE_ENDS = set("たるいすうかねよぞなずぬだれけめろてわさしじ")
_CLOSING = set("」』”）)…―！？")


@dataclass
class _Brackets:
    """For each character of a line: how deep in brackets it stands, and whether inside a quotation; and for each
    closing mark, where its bracket opens."""

    depth: list
    quoted: list
    opening: dict


def _brackets(text: str) -> _Brackets:
    """The brackets of a line, each closed by its own closing mark. A quotation left open runs to the line's end
    (its words go on in the next paragraph); any other bracket left open, or a closing mark that closes nothing, is
    a stray mark and counts for nothing."""
    pairs = []
    stack: list[int] = []
    for i, c in enumerate(text):
        if c in _CLOSERS and stack and text[stack[-1]] == _CLOSERS[c]:
            pairs.append((stack.pop(), i))
        elif c in _BRACKET_PAIRS:
            stack.append(i)
    pairs += [(i, len(text) - 1) for i in stack if text[i] in _QUOTE_PAIRS]
    depth, quotes = [0] * (len(text) + 1), [0] * (len(text) + 1)
    for opening, close in pairs:
        depth[opening] += 1
        depth[close + 1] -= 1
        if text[opening] in _QUOTE_PAIRS:
            quotes[opening] += 1
            quotes[close + 1] -= 1
    running_depth = running_quotes = 0
    for i in range(len(text)):
        running_depth += depth[i]
        running_quotes += quotes[i]
        depth[i], quotes[i] = running_depth, running_quotes > 0
    return _Brackets(depth[: len(text)], quotes[: len(text)], {close: opening for opening, close in pairs})


def _sentences(text: str, brackets: _Brackets):
    return spans_closed_by(len(text), lambda i: text[i] in _STOPS and brackets.depth[i] == 0)


def _noun(c: str) -> bool:
    return bool(NOUN.match(c))


def _noun_before(text: str, end: int, floor: int) -> tuple[int, int] | None:
    """The noun phrase that ends at ``end``, not before ``floor``: (its start, where its name ends), the name less
    a bracketed aside after it ("田中花子さん（62）"); None when no noun stands there."""
    k = name_end = end
    if k - 1 > floor and text[k - 1] in "）)":
        opening = max(text.rfind("（", max(floor, k - 20), k - 1), text.rfind("(", max(floor, k - 20), k - 1))
        if opening > floor:
            k = name_end = opening
    for suffix in _HONORIFICS:
        if text.endswith(suffix, floor, k) and k - len(suffix) > floor and _noun(text[k - len(suffix) - 1]):
            k -= len(suffix)
            break
    core = k
    while k > floor and core - k < _MAX_NOUN:
        c = text[k - 1]
        if _noun(c) or c == "の" and k - 2 >= floor and _noun(text[k - 2]) and k < core and _noun(text[k]):
            k -= 1
            continue
        break
    if k == core:
        kana = k
        while kana > floor and k - kana < 4 and "\u3041" <= text[kana - 1] <= "\u3096" and text[kana - 1] != "の":
            kana -= 1
        if k - kana >= 2 and kana - 1 > floor and text[kana - 1] == "の" and _noun(text[kana - 2]):
            found = _noun_before(text, kana - 1, floor)  # 「店のおかみは」: a noun written in kana after の
            return (found[0], name_end) if found else None
    if k == core or _TIME.match(text[k:core]):
        return None
    return k, name_end


def _noun_after(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The noun phrase that starts at ``start``: (where its name ends, where it ends with an aside), or None."""
    k = start
    while k < end and k - start < _MAX_NOUN and (
        _noun(text[k]) or text[k] == "の" and k > start and k + 1 < end and _noun(text[k + 1])
    ):
        k += 1
    if k == start or _TIME.match(text[start:k]):
        return None
    for suffix in _HONORIFICS:
        if text.startswith(suffix, k, end):
            k += len(suffix)
            break
    name_end = k
    if k < end and text[k] in "（(":
        close = next((m for m in range(k + 1, min(end, k + 20)) if text[m] in "）)"), None)
        if close is not None:
            k = close + 1
    return name_end, k


def _topic(text: str, start: int, end: int, brackets: _Brackets) -> tuple[int, int] | None:
    """The speaker a sentence names before ``end``: the first noun phrase marked with は outside brackets, or else
    the first marked with が or も; (start, end) of its name, or None."""
    for particles in ("は", "がも"):
        for k in range(start + 1, end):
            if text[k] in particles and brackets.depth[k] == 0:
                found = _noun_before(text, k, start)
                if found:
                    return found
    return None


def _quotative_particle(text: str, p: int, floor: int, verb: str) -> bool:
    """Whether the と at ``p`` is the quotative particle before ``verb``: after a closing bracket or the end of a
    clause, not an adverb's (「もっと」「きちんと」「堂々と」), and not "with" after a noun before 話す and 語る."""
    if p <= floor:
        return False
    before = text[p - 1]
    if before in _CLOSING or before in _CLAUSE_ENDS:
        return True
    if before in "っんり々" or not _noun(before) and before not in "％%":
        return False
    return not verb.startswith(_WITH_VERBS)


def _said(line, text, start, end, topic, inner=None) -> Suggestion:
    """The suggestion of a quotative cue ``start:end``; ``inner`` is the speaker named inside it, ``topic`` the
    sentence's."""
    cue = text[start:end]
    if inner is not None:
        name = text[inner[0] : inner[1]]
        return _cue(line, start, end, "reporting_verb", f"“{cue}” reports the words of {name}.", name)
    if topic is not None:
        name = text[topic[0] : topic[1]]
        return _cue(line, start, end, "reporting_verb", f"“{cue}” reports the words of {name}, named earlier in "
                    "the sentence.", name)
    return _cue(line, start, end, "pronoun", f"“{cue}”: reported speech, its speaker named before.")


def _at_quotative(text, p, s_end, floor, topic_of, line, brackets):
    """The cue that the quotative と at ``p`` opens, or None."""
    k = p + 1
    stance = STANCE.match(text, k, s_end)
    if stance and _quotative_particle(text, p, floor, "示"):
        return _said(line, text, p, stance.end("verb"), topic_of())
    voices = VOICES.match(text, k, s_end)
    if voices and _quotative_particle(text, p, floor, "声"):
        source = _from_group(text, floor, p, brackets)
        cue = text[p : voices.end()]
        if source:
            name = text[source[0] : source[1]]
            return _cue(line, p, voices.end(), "reporting_verb", f"“{cue}”: voices from {name}.", name)
        return _cue(line, p, voices.end(), "agentless", f"“{cue}”: voices with no named source.")
    holds = HOLDS.match(text, k, s_end)
    if holds and p - 1 > floor and (text[p - 1] in _CLOSING or text[p - 1] in _CLAUSE_ENDS - {"う"}):
        # 「…見込みだとしている」, not 「…しようとしている」 (is trying to)
        return _said(line, text, p, holds.end("verb"), topic_of())
    speech = SPEECH.match(text, k, s_end)
    if speech and _quotative_particle(text, p, floor, speech.group("verb")):
        return _said(line, text, p, speech.end("verb"), topic_of())
    inner_start = k + (text.startswith("、", k, s_end))
    inner = _noun_after(text, inner_start, s_end)
    if inner and inner[1] < s_end and text[inner[1]] in "はが":
        after = inner[1] + 1 + text.startswith("、", inner[1] + 1, s_end)
        speech = SPEECH.match(text, after, s_end)
        if speech and _quotative_particle(text, p, floor, "述"):  # 「…」と山田社長は述べた
            return _said(line, text, p, speech.end("verb"), None, (inner_start, inner[0]))
    if p - 1 > floor and text[p - 1] in "」』" and _utterance(text, p - 1, brackets):
        manner = MANNER.match(text, k, s_end)
        if manner:
            return _said(line, text, p, manner.end("verb"), topic_of())
    return None


def _utterance(text: str, close: int, brackets: _Brackets) -> bool:
    """Whether the brackets that ``close`` closes hold words said, not a name or a term (「ひかり号」「観光特急」): they
    end in kana or a mark (「困ります」「本当か？」), or run long."""
    opening = brackets.opening.get(close)
    if opening is None or close - opening < 3:
        return False
    last = text[close - 1]
    return close - opening > 12 or "\u3041" <= last <= "\u3096" or last in "。！？…―ー!?"


def _from_group(text, start, end, brackets):
    """ "町議会の一部からは", "市議会では": the first group named with から or では before ``end``, or None."""
    for particle in ("から", "では"):
        at = text.find(particle, start + 1, end)
        while at != -1:
            found = _noun_before(text, at, start) if brackets.depth[at] == 0 else None
            if found:
                return found
            at = text.find(particle, at + 1, end)
    return None


def suggest_in_line(line) -> list[Suggestion]:
    """The attribution cues of one line of an article in Japanese."""
    text = line.text
    brackets = _brackets(text)
    found = []
    for s_start, s_end in _sentences(text, brackets):
        in_sentence: list[Suggestion] = []
        topic: list = []

        def topic_of(s_start=s_start, s_end=s_end, topic=topic):
            if not topic:
                topic.append(_topic(text, s_start, s_end, brackets))
            return topic[0]

        for m in ACCORDING.finditer(text, s_start, s_end):
            if brackets.quoted[m.start()]:
                continue
            source = _noun_before(text, m.start(), s_start)
            if source:
                name = text[source[0] : source[1]]
                cue = m.group().removeprefix("の")
                in_sentence.append(_cue(line, source[0], m.end(), "according_to", f"“{cue}” names {name}.", name))
        p = text.find("と", s_start, s_end)
        while p != -1:
            if not brackets.quoted[p]:
                cue = _at_quotative(text, p, s_end, s_start, topic_of, line, brackets)
                if cue is not None:
                    in_sentence.append(cue)
            p = text.find("と", p + 1, s_end)
        for m in BELIEF.finditer(text, s_start, s_end):
            if not brackets.quoted[m.start()] and _quotative_particle(text, m.start(), s_start, "見"):
                in_sentence.append(_cue(line, m.start(), m.end(), "agentless",
                                        f"“{m.group()}”: a belief or report with no named source."))
        for m in HEARSAY.finditer(text, s_start, s_end):
            if not brackets.quoted[m.start()] and not in_sentence and _quotative_particle(text, m.start(), s_start,
                                                                                         "言"):
                in_sentence.append(_cue(line, m.start(), m.end(), "agentless",
                                        f"“{m.group()}”: words reported, their source not named here."))
        found += sorted(in_sentence, key=lambda s: s.start)
    return found
