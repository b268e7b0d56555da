"""Attribution in Korean, read on the words of the line.

Korean puts its verb last and writes its particles onto its words (eojeol, the units between spaces). The verb of
saying follows the words said, which end in a quotative: a quotation and "고", "라고", "며" written onto its closing
mark (`"…"고 말했다`, `"…"며 분통을 터뜨렸다`), or a clause in "-다고", "-라고" (`탐사하겠다고 밝혔다`). The
speaker is the topic or subject that opens the sentence, marked "은/는" or "이/가" (`류정현 은포시장은 … "…"고
말했다`), named by the cue but not spanned, as the words said stand between them (as ``japanese`` reads Japanese).
The shapes:

- after a quotation and its quotative, how the words were said, to the end of the sentence: any predicate
  (`"…"고 했다`, `"…"고 하소연했다`, `"…"이라고 몸서리를 쳤다`);
- a verb of saying after a clause in "-다고"/"-라고" (`…하겠다고 밝혔다`, `발표했다`), and verbs of judging that take
  their object in "을/를" (`가능성을 점친다`, `가능성을 제기합니다`), with a topic to name;
- "-다며"/"-라며" (saying that) ending a clause, the topic its speaker (`주민들은 도로가 내려앉는다며 민원을 냈다`);
- "X에 따르면" (according to X), back to a mark or the words of a date before it;
- hearsay with no named source: `…것으로 알려졌다` (it is known), `…는 지적이 나온다`, `…말까지 나온다` (the
  criticism, the talk arises);
- a broadcaster's label over an interview or a recording: `<인터뷰> 이름/역할`, `<녹취> X`, its source the name
  before the slash, or the label less a bracket;
- a headline's source before a quotation: `…시 "도로 56㎞ GPR 탐사"` — a noun in the headline's own short form,
  alone between a mark and the quotation.
"""

import re

from annotations.suggestions.attribution.quotations import line_tokens, spans_closed_by
from annotations.suggestions.attribution.words import line_cue as _cue
from annotations.suggestions.base import Suggestion

_WORD = re.compile(r"\S+")
_STOPS = (".", "!", "?")
_QUOTE_MARKS = "\"“”'‘’"
_MAX_TOPIC = 7
_MAX_PREDICATE = 4

# Verbs of saying, by their stem, in the plain and the polite past and present: said, revealed, told, explained,
# stressed, analysed, pointed out, claimed, added, announced, complained, confided, appealed.
_STEMS = ("말", "밝", "전", "설명", "강조", "분석", "지적", "주장", "덧붙", "발표", "하소연", "토로", "호소", "털어놓",
          "반박", "해명", "당부", "언급", "평가", "예상", "전망")
VERB = re.compile(r"^(?:" + "|".join(_STEMS) + r")(?:했다|혔다|였다|했습니다|혔습니다|였습니다|한다|힌다|합니다|"
                  r"힙니다|했고|혔고|했으며|혔으며|했다고|았다|었다|놨다)$")
# Verbs of judging that take their object in 을/를: to predict, to raise (a possibility), to forecast.
JUDGING = re.compile(r"^(?:점친다|점쳤다|제기했다|제기한다|제기합니다|제기했습니다|내다봤다|내다본다|추정했다|"
                     r"추정한다)$")
# A clause in "-다고"/"-라고" before a verb of saying: what was said, reported.
REPORTED = re.compile(r"(?:다|라|냐|자)고$")
# A quotation's closing mark with its quotative: "…"고, "…"라고, "…"이라고, "…"며, "…"면서, "…"면서도.
QUOTATIVE = re.compile(r"[\"”'’](?:이?라고|고|며|면서도?|라며|이라며)$")
SAYING_THAT = re.compile(r"(?:다|라)며$")
ACCORDING = "따르면"
HEARSAY = re.compile(r"(?:것으로\s+알려졌다|것으로\s+알려졌습니다|(?:지적|말|목소리|비판|우려|전망)(?:이|가|도|까지)\s+"
                     r"(?:나온다|나왔다|나오고\s+있다|나옵니다))")
LABEL = re.compile(r"^<(?:인터뷰|녹취|싱크)>\s*(?P<label>.+)$")
TOPIC = re.compile(r"(?:측은|은|는|께서)$")
# The endings of a verb's adnominal form, which end in "는" too and are no topic: "하는 한 상인", "내려가는 공사".
ADNOMINAL = re.compile(r"(?:하는|되는|있는|없는|가는|오는|지는|르는|리는|내는|이는|않는|나는|드는|치는)$")
# Words of time that may open a sentence before the topic or a phrase of source: "15일", "지난 14일", "이날".
TIME = re.compile(r"^(?:\d+(?:일|월|년|시)|지난|이날|전날|오늘|어제|당시|최근)$")
# Words that open a sentence and are no topic: but, however, also, and so.
OPENERS = frozenset("그러나 하지만 그런데 또 또한 이에 한편 다만 특히 이어".split())


def _tokens(text):
    """The words of a line, each told whether it stands inside a quotation: one opens at a word that starts with a
    double quotation mark and closes at the word that holds the next one."""
    tokens = line_tokens(text, _WORD, lambda word: word.strip(".,!?…·\"“”'‘’()[]"))
    inside = False
    for token in tokens:
        marks = sum(token.text.count(c) for c in "\"“”")
        opens = not inside and token.text[:1] in "\"“"
        token.quoted = inside or opens
        inside = (inside or opens) and marks % 2 == (0 if inside else 1) if marks else inside
    return tokens


def _topic(text, tokens, s_start, limit, last=False):
    """The topic of the sentence before ``limit``, less its particle: the words from the sentence's start (less an
    opening word and a date) to the first word marked "은/는" (the ``last`` one before a quotation, which the
    words of a speaker's description may precede: "…가게를 하는 한 상인은"); "" when there is none."""
    k = s_start
    while k < limit and (tokens[k].key in OPENERS or TIME.match(tokens[k].key)):
        k += 1
    marked = [n for n in range(k, limit) if TOPIC.search(tokens[n].key) and len(tokens[n].key) > 1
              and not ADNOMINAL.search(tokens[n].key) and not any(c in tokens[n].text for c in _QUOTE_MARKS)]
    if last:
        marked = [n for n in marked if n - k < _MAX_TOPIC]
    if not marked:
        return ""
    n = marked[-1] if last else marked[0]
    k = next((m + 1 for m in range(n - 1, k - 1, -1) if tokens[m].text.endswith(",")), k)  # its own clause
    token = tokens[n]
    particle = TOPIC.search(token.key).group()
    head = token.key[: len(token.key) - len(particle)] + ("측" if particle == "측은" else "")
    return " ".join([t.text for t in tokens[k:n]] + [head]).strip()


def _predicate(line, text, tokens, q, s_end, s_start):
    """After a quotation's quotative at ``q``: the words to the sentence's end, how the words were said."""
    words = tokens[q + 1 : s_end]
    if not words or len(words) > _MAX_PREDICATE or any(any(c in t.text for c in _QUOTE_MARKS) for t in words):
        return None
    opening = next((n for n in range(s_start, q + 1) if tokens[n].quoted), q)
    source = _topic(text, tokens, s_start, opening, last=True)
    said = text[words[0].start : words[-1].end].rstrip(".!?")
    end = words[0].start + len(said)
    rule = "reporting_verb" if source else "pronoun"
    reason = f"“{said}” says how {source} said the words before it." if source else f"“{said}”: reported speech."
    return _cue(line, words[0].start, end, rule, reason, source)


def _verb(line, text, tokens, i, s_start, rule_reason):
    token = tokens[i]
    source = _topic(text, tokens, s_start, i)
    end = token.start + len(token.text.rstrip(".!?,"))
    if not source:
        return _cue(line, token.start, end, "pronoun", f"“{token.key}”: {rule_reason}, its speaker named before.")
    return _cue(line, token.start, end, "reporting_verb", f"“{token.key}” reports the words of {source}.", source)


def _according(line, text, tokens, i, s_start):
    """ "X에 따르면": back to a mark, the sentence's start, or the words of a date."""
    k = i
    while k > s_start and not tokens[k - 1].text.endswith((",", ".", "…")) and not TIME.match(tokens[k - 1].key) and (
        i - k < _MAX_TOPIC
    ):
        k -= 1
    if k == i or not tokens[i - 1].key.endswith("에"):
        return None
    source = " ".join(t.text for t in tokens[k:i])[:-1]
    return _cue(line, tokens[k].start, tokens[i].end, "according_to", f"“에 따르면” names {source}.", source)


def _headline_source(line, text):
    """ `…시 "도로 56㎞ GPR 탐사"`: a short noun alone between a mark and a quotation that ends the line."""
    match = re.search(r"(?:^|[…,·]\s*)(?P<source>[가-힣]{1,6})\s+[\"“][^\"”]+[\"”]$", text)
    if match is None:
        return None
    source = match.group("source")
    return _cue(line, match.start("source"), match.end("source"), "according_to",
                f"“{source}” names who said the quotation after it.", source)


def suggest_in_line(line) -> list[Suggestion]:
    """The attribution cues of one line of an article in Korean."""
    text = line.text
    label = LABEL.match(text)
    if label is not None:
        name = label.group("label").split("/")[0]
        source = re.sub(r"\(.*?\)", "", name).strip()
        return [_cue(line, 0, len(text), "speaker", f"“{text}” names who speaks the words below it: {source}.",
                     source)]
    tokens = _tokens(text)
    found = []
    for s_start, s_end in _sentences(tokens):
        in_sentence = []
        quotative = max((n for n in range(s_start, s_end) if QUOTATIVE.search(tokens[n].text.rstrip(".!?"))),
                        default=None)
        said = None
        if quotative is not None and quotative < s_end - 1:
            said = _predicate(line, text, tokens, quotative, s_end, s_start)
            in_sentence += [said] if said is not None else []
        for i in range(s_start, s_end):
            token = tokens[i]
            if token.quoted or said is not None and i > quotative:
                continue
            if token.key == ACCORDING:
                cue = _according(line, text, tokens, i, s_start)
            elif VERB.match(token.key) and i > s_start and REPORTED.search(tokens[i - 1].key):
                cue = _verb(line, text, tokens, i, s_start, "reported speech")
            elif JUDGING.match(token.key) and i > s_start and tokens[i - 1].key.endswith(("을", "를")):
                cue = _verb(line, text, tokens, i, s_start, "a judgement reported")
            elif SAYING_THAT.search(token.key) and i + 1 < s_end:
                cue = _verb(line, text, tokens, i, s_start, "words reported")
            else:
                cue = None
            if cue is not None:
                in_sentence.append(cue)
        found += in_sentence
    for match in HEARSAY.finditer(text):
        if not any(s.start - line.start <= match.start() < s.end - line.start for s in found):
            found.append(_cue(line, match.start(), match.end(), "pronoun",
                              f"“{match.group()}”: a report with no named source."))
    headline = _headline_source(line, text) if not found else None
    if headline is not None:
        found.append(headline)
    return sorted(found, key=lambda s: s.start)


def _sentences(tokens):
    """Sentences end at a word that ends with a stop outside quotation marks."""
    return spans_closed_by(len(tokens), lambda n: tokens[n].text.endswith(_STOPS) and not tokens[n].quoted)

