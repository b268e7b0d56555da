"""Phrases of Chinese, for topic labels: what ``labels`` needs to read a story written in Chinese characters.

Policy: Chinese writes no space and no kana, and its function words in the same characters as its nouns, so no
rule tells where a word ends from its letters alone. What a topic's articles share tells it instead: two outlets
that report one thing name it in the same words ("凉拌鸡丝", "疾控中心", "自办食堂"), and a run of characters that
passages of two articles or more write alike, verbatim, is most often a name or a noun phrase, since verbs and
their objects change from one writer to the next. A label is such a shared run (``labels`` keeps a candidate only
where passages of ``SHARED_BY`` articles of the topic hold it), of ``MIN_UNITS`` to ``MAX_UNITS`` characters (a
figure counts as one), inside one clause:

- it never crosses punctuation or a character that only binds a clause (``BREAKS``: "的", "了", "是",
  "和" …), never opens on a preposition, an adverb, a pronoun or a measure word (``NO_OPENING``: "在", "据",
  "对", "这", "个" …) or on a verb that opens a predicate (``VERBS``: "出现腹痛", "投入使用") or holds one,
  nor closes on a verb of saying, a particle or a word of place or time (``NO_CLOSING``: "说", "称",
  "表示", "介绍", "里", "前" …), and never says when alone ("15日", "11时50分", "今年春天") nor opens on a
  date ("20日复课");
- it is cut where the story's words part: its first character is bound more tightly to the one after it
  than to the one before it, and its last to the one before it than to the one after it (``_looser``), as
  the story's own pairs of characters count them ("午餐" of "两校午餐", never "校午餐"; "疾控中心", never
  "疾控中心主");
- a run right after which the passage writes "了", "着" or "过" is a verb ("停课了"), and no label;
- of two runs that the same passages hold, the longer stands, the shorter being part of it ("法定代表人", not
  "法定代表": ``labels`` keeps a reading's ``maximal`` runs).

A run names who reported its passage where "据" opens it, a verb of saying follows it ("…说", "…表示", "…介绍",
"…回忆"), or it holds a newsroom ("记者", "本报", "新闻"); ``labels`` weighs such a run down. A topic whose articles
share no such run keeps the opening of its most typical passage (``labels.opening``).
"""

import re
from collections import Counter

from newsdesk.importing.scripts import HAN

HAN_CHARACTER = re.compile(f"[{HAN}]")
FIGURE = r"\d+(?:[.,．]\d+)*%?"
UNIT = re.compile(rf"{FIGURE}|[{HAN}]|[A-Za-z]+")
# Characters that only bind a clause: no label crosses one.
BREAKS = frozenset("的了着过是和与及或而但也都又已吗呢吧啊之其被把让")
# Characters that open no label (prepositions, adverbs, pronouns, numbers of sequence) and close none (verbs of
# saying and particles).
NO_OPENING = frozenset("在据对从向于给由将并还就这那该每各此再更最很才只所以为即仍曾正个多余年月日号时分名位所份件项批")
NO_CLOSING = frozenset("说称示绍忆露道问到出在对从向于给由将并还就这那为地得等个名位些次里内上下前后")
# Verbs that open a clause's predicate ("出现腹痛", "抽调6名厨师", "投入使用"): no label opens on one, nor holds
# one of two characters.
VERBS = ("出现", "投入", "抽调", "进行", "开展", "发生", "要求", "希望", "提出", "造成", "导致", "接受", "加强", "负责",
         "开始", "继续", "成为", "通过", "经过", "根据", "按照", "使用", "采取", "启动", "完成", "组织", "安排", "实施",
         "建立", "确保", "避免", "引发", "认为", "觉得", "知道", "担心", "需要", "应该", "可以", "能够", "已经",
         "正在", "没有", "赶到", "赶赴", "前往", "来到", "回到", "转往", "转进", "转入", "派出", "召开", "涉及", "靠",
         "累计", "有", "无", "用", "做", "吃", "让", "使", "给", "去", "来")
SAYING = ("说", "称", "表示", "介绍", "回忆", "透露", "告诉", "指出", "通报", "发现", "看到", "了解到", "了解", "坦言",
          "强调", "证实", "公布")
NEWSROOM = ("记者", "本报", "新闻", "通讯员", "电讯", "讯")
ASPECT = frozenset("了着过")
TIME = re.compile(rf"^(?:{FIGURE}|[年月日时分秒号周天季春夏秋冬]|[上下中凌晨早晚当今昨明去前后午夜间底初本]+)+$")
OPENS_ON_TIME = re.compile(rf"^{FIGURE}[年月日时分号]")  # "20日复课": what follows says what, the figure when
MIN_UNITS = 2
MAX_UNITS = 8
SHARED_BY = 2


def units(run: str) -> list[str]:
    return UNIT.findall(run)


def is_han(token: str) -> bool:
    return bool(HAN_CHARACTER.search(token))


class Story:
    """The pairs of units (characters, figures) a story writes side by side, and how often."""

    def __init__(self, texts):
        self.pairs: Counter = Counter()
        for text in texts:
            for run in re.finditer(rf"(?:{FIGURE}|[{HAN}A-Za-z])+", text):
                found = units(run.group())
                self.pairs.update(zip(found, found[1:], strict=False))

    def bound(self, first: str, second: str) -> int:
        return self.pairs[first, second]


def candidate_spans(words: list[str], text: str, spans: list[tuple[int, int]], story: Story):
    """(phrase, (phrase,), where it starts in ``text``, where it ends) for each run of a passage's tokens that
    may stand as a label where the topic's articles share it (see the module's policy), as written."""
    for index, word in enumerate(words):
        if not is_han(word):
            continue
        offset = spans[index][0]
        found = [(match.group(), match.start(), match.end()) for match in UNIT.finditer(word)]
        pieces: list[list[tuple[str, int, int]]] = [[]]
        for unit in found:
            if unit[0] in BREAKS:
                pieces.append([])
            else:
                pieces[-1].append(unit)
        for piece in pieces:
            for start in range(len(piece)):
                opening = "".join(unit for unit, _, _ in piece[start:start + 2])
                if piece[start][0] in NO_OPENING or opening.startswith(VERBS) or not _opens(story, piece, start):
                    continue
                for end in range(start + MIN_UNITS - 1, min(len(piece), start + MAX_UNITS)):
                    run = "".join(unit for unit, _, _ in piece[start:end + 1])
                    if piece[end][0] in NO_CLOSING or run.endswith(SAYING) or TIME.match(run) \
                            or OPENS_ON_TIME.match(run):
                        continue
                    if not _closes(story, piece, end) or _verb_before(word, piece[end][2]):
                        continue
                    if not is_han(run) or any(verb in run for verb in VERBS if len(verb) > 1):
                        continue
                    begin, finish = offset + piece[start][1], offset + piece[end][2]
                    yield text[begin:finish], (run,), begin, finish


def _opens(story: Story, piece: list, start: int) -> bool:
    """A word may open at ``piece[start]``: it is bound more tightly to the unit after it than to the one before
    (``_looser``)."""
    if start == 0 or start + 1 >= len(piece):
        return True
    return _looser(story.bound(piece[start - 1][0], piece[start][0]), story.bound(piece[start][0], piece[start + 1][0]))


def _closes(story: Story, piece: list, end: int) -> bool:
    if end + 1 >= len(piece) or end == 0:
        return True
    return _looser(story.bound(piece[end][0], piece[end + 1][0]), story.bound(piece[end - 1][0], piece[end][0]))


def _looser(outside: int, inside: int) -> bool:
    """A word may part between two units bound ``outside`` times rather than inside it, bound ``inside`` times:
    less often. Two pairs the story writes alike tell nothing apart ("分管副局长" is no "管副局长", "春季学期" no
    "季学期")."""
    return outside < inside


def _verb_before(word: str, position: int) -> bool:
    return word[position:position + 1] in ASPECT


def stands_as_source(text: str, begin: int, finish: int) -> bool:
    """Whether the run ``text[begin:finish]`` names who reported its passage: "据" before it, a verb of saying
    after it, or a newsroom in it."""
    phrase = text[begin:finish]
    if any(room in phrase for room in NEWSROOM):
        return True
    return text[max(0, begin - 1):begin] == "据" or text[finish:finish + 3].startswith(SAYING)
