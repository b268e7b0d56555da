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
  date ("20日复课"); a few of those characters also make common nouns and names ("和平区", "成都市", "施工单位",
  "青石岭隧道", "地铁工地"), and bind where the story writes them in such a pair more than once, in more than
  half of the pairs they stand in on that side (``BOUND_BREAKS``, ``BOUND_CLOSINGS``, ``Story.binds``);
- it is cut where the story's words part: its first character is bound more tightly to the one after it
  than to the one before it, and its last to the one before it than to the one after it (``_looser``), as
  the story's own pairs of characters count them ("午餐" of "两校午餐", never "校午餐"; "疾控中心", never
  "疾控中心主");
- a run right after which the passage writes "了", "着" or "过" is a verb ("停课了"), and no label;
- of two runs that the same passages hold, the longer stands, the shorter being part of it ("法定代表人", not
  "法定代表": ``labels`` keeps a reading's ``maximal`` runs).

Every list holds its words in simplified and in traditional characters ("这"/"這", "记者"/"記者":
``TRADITIONAL``), so that a story in either reads alike.

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
# Traditional forms of the characters the lists below hold, for a story written in traditional characters
# ("這所學校", "記者說"): each list holds every word it names in both scripts (``both_scripts``). A character with
# two traditional forms has both ("里": "裡", "裏"). Simplified "着" is written "著" in traditional, which
# simplified writes in "著名" too: a run before "著名" counts as one before an aspect particle, a small loss.
TRADITIONAL = {
    "着": "著", "过": "過", "与": "與", "吗": "嗎", "让": "讓", "据": "據", "对": "對", "从": "從", "于": "於",
    "给": "給", "将": "將", "并": "並", "还": "還", "这": "這", "该": "該", "为": "為爲", "个": "個", "余": "餘",
    "号": "號", "时": "時", "项": "項", "说": "說", "称": "稱", "绍": "紹", "忆": "憶", "问": "問", "里": "裡裏",
    "内": "內", "后": "後", "现": "現", "调": "調", "进": "進", "开": "開", "发": "發", "导": "導", "强": "強",
    "负": "負", "责": "責", "继": "繼", "续": "續", "经": "經", "采": "採", "启": "啟", "组": "組", "织": "織",
    "实": "實", "确": "確", "认": "認", "觉": "覺", "担": "擔", "应": "應", "够": "夠", "没": "沒", "赶": "趕",
    "来": "來", "转": "轉", "计": "計", "无": "無", "诉": "訴", "报": "報", "证": "證", "记": "記", "闻": "聞",
    "讯": "訊", "员": "員", "电": "電", "当": "當", "间": "間", "周": "週", "显": "顯", "动": "動", "们": "們",
}


def traditional_forms(word: str) -> set[str]:
    """``word`` and each form of it in traditional characters (``TRADITIONAL``)."""
    forms = {""}
    for character in word:
        forms = {form + choice for form in forms for choice in character + TRADITIONAL.get(character, "")}
    return forms


def both_scripts(words) -> tuple[str, ...]:
    """``words`` with their traditional forms, the longest first (for ``str.startswith`` and ``str.endswith``)."""
    return tuple(sorted({form for word in words for form in traditional_forms(word)}, key=lambda w: (-len(w), w)))


def both_scripts_characters(characters: str) -> frozenset[str]:
    return frozenset(both_scripts(characters))


# Characters that only bind a clause: no label crosses one.
BREAKS = both_scripts_characters("的了着过是和与及或而但也都又已吗呢吧啊之其被把让")
# Characters that open no label (prepositions, adverbs, pronouns, numbers of sequence) and close none (verbs of
# saying and particles).
NO_OPENING = both_scripts_characters("在据对从向于给由将并还就这那该每各此再更最很才只所以为即仍曾正个多余"
                                     "年月日号时分名位所份件项批")
NO_CLOSING = both_scripts_characters("说称示绍忆露道问到出在对从向于给由将并还就这那为地得等个名位些次里内上下前后")
# Of those, the characters that also end or open a common noun or a name ("和平区", "成都市", "青石岭隧道", "施工单位",
# "地铁工地"): such a character binds where the story binds it to its neighbour in a pair it repeats, and writes
# that pair in more than half of its pairs on that side (``Story.binds``): a conjunction or an adverb ("和",
# "都") stands beside any word, a name's character beside the same one. A run never ends on a verb of saying made
# with one ("报道", "写道": ``SAYS_WITH``), nor on one after a figure or a measure ("两位", "这位").
BOUND_BREAKS = both_scripts_characters("和都")
BOUND_CLOSINGS = both_scripts_characters("道位地")
SAYS_WITH = both_scripts(("报道", "说道", "写道", "问道", "答道", "讲道", "称道", "知道", "报导"))
# Characters after which "位", "地", "道" are a measure or a place of no name ("两位", "当地", "各地").
NOT_BOUND_AFTER = both_scripts_characters("一二三四五六七八九十百千万两几数每各某哪当本外此该这那")
# Verbs that open a clause's predicate ("出现腹痛", "抽调6名厨师", "投入使用"): no label opens on one, nor holds
# one of two characters.
VERBS = both_scripts(("出现", "投入", "抽调", "进行", "开展", "发生", "要求", "希望", "提出", "造成", "导致", "接受",
                      "加强", "负责", "开始", "继续", "成为", "通过", "经过", "根据", "按照", "使用", "采取", "启动",
                      "完成", "组织", "安排", "实施", "建立", "确保", "避免", "引发", "认为", "觉得", "知道", "担心",
                      "需要", "应该", "可以", "能够", "已经", "正在", "没有", "赶到", "赶赴", "前往", "来到", "回到",
                      "转往", "转进", "转入", "派出", "召开", "涉及", "靠", "累计", "有", "无", "用", "做", "吃", "让",
                      "使", "给", "去", "来"))
HOLDS_VERB = re.compile("|".join(re.escape(verb) for verb in VERBS if len(verb) > 1))  # a verb of two characters
SAYING = both_scripts(("说", "称", "表示", "介绍", "回忆", "透露", "告诉", "指出", "通报", "发现", "看到", "了解到",
                       "了解", "坦言", "强调", "证实", "公布"))
NEWSROOM = both_scripts(("记者", "本报", "新闻", "通讯员", "电讯", "讯"))
ASPECT = both_scripts_characters("了着过")
TIME = re.compile(rf"^(?:{FIGURE}|[{''.join(both_scripts('年月日时分秒号周天季春夏秋冬'))}]"
                  rf"|[{''.join(both_scripts('上下中凌晨早晚当今昨明去前后午夜间底初本'))}]+)+$")
# "20日复课": what follows says what, the figure when.
OPENS_ON_TIME = re.compile(rf"^{FIGURE}[{''.join(both_scripts('年月日时分号'))}]")
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
        self.firsts: Counter = Counter()  # how often each unit stands first in a pair, and second
        self.seconds: Counter = Counter()
        for text in texts:
            for run in re.finditer(rf"(?:{FIGURE}|[{HAN}A-Za-z])+", text):
                found = units(run.group())
                self.pairs.update(zip(found, found[1:], strict=False))
                self.firsts.update(found[:-1])
                self.seconds.update(found[1:])

    def bound(self, first: str, second: str) -> int:
        return self.pairs[first, second]

    def binds(self, first: str, second: str, character: str) -> bool:
        """``character`` (``first`` or ``second``) belongs to a word with the other: the story writes the pair more
        than once, and in more than half of the pairs it writes ``character`` in on that side ("和平区" where most
        of the story's "和" stand before "平"; not "和" of "学校和家长", "老师和学生", "医院和疾控中心")."""
        together = self.pairs[first, second]
        side = self.firsts[first] if character == first else self.seconds[second]
        return together >= 2 and 2 * together > side


def _break(story: Story, found: list, index: int) -> bool:
    """Whether ``found[index]`` (a unit with where it starts and ends) parts the runs around it (``BREAKS``),
    unless the story binds it into a word with a neighbour (``BOUND_BREAKS``)."""
    unit = found[index][0]
    if unit not in BREAKS:
        return False
    if unit not in BOUND_BREAKS:
        return True
    before = found[index - 1][0] if index else ""
    after = found[index + 1][0] if index + 1 < len(found) else ""
    return not (before and story.binds(before, unit, unit) or after and story.binds(unit, after, unit))


def _no_closing(story: Story, piece: list, start: int, end: int, run: str) -> bool:
    """Whether a run may not close on ``piece[end]`` (``NO_CLOSING``), unless the story binds it into a word with the
    unit before it (``BOUND_CLOSINGS``: "施工单位", not "两位"), that is no verb of saying ("报道")."""
    unit = piece[end][0]
    if unit not in NO_CLOSING:
        return False
    if unit not in BOUND_CLOSINGS or end == start or run.endswith(SAYS_WITH):
        return True
    before = piece[end - 1][0]
    return before in NOT_BOUND_AFTER or not story.binds(before, unit, unit)


def candidate_spans(words: list[str], text: str, spans: list[tuple[int, int]], story: Story):
    """(phrase, (phrase,), where it starts in ``text``, where it ends) for each run of a passage's tokens that
    may stand as a label where the topic's articles share it (see the module's policy), as written."""
    for index, word in enumerate(words):
        if not is_han(word):
            continue
        offset = spans[index][0]
        found = [(match.group(), match.start(), match.end()) for match in UNIT.finditer(word)]
        pieces: list[list[tuple[str, int, int]]] = [[]]
        for position, unit in enumerate(found):
            if _break(story, found, position):
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
                    if _no_closing(story, piece, start, end, run) or run.endswith(SAYING) or TIME.match(run) \
                            or OPENS_ON_TIME.match(run):
                        continue
                    if not _closes(story, piece, end) or _verb_before(word, piece[end][2]):
                        continue
                    if not is_han(run) or HOLDS_VERB.search(run):
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
    return text[max(0, begin - 1):begin] in ("据", "據") or text[finish:finish + 3].startswith(SAYING)
