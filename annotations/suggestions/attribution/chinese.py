"""Attribution in Chinese, read on the characters of the line.

Chinese is written without spaces, so these rules read the line's characters, as ``japanese`` does. A clause ends
at ，；：。！？ and at a quotation mark; a cue inside a quotation (“”‘’「」『』) is the speaker's words. The shapes:

- a verb of saying after its subject, the clause's characters before it: "梧峪县副县长郑海川表示，", "张女士说，",
  "”吴春燕说。" (after a quotation), "一位家委会成员告诉记者，" (whom it was told to belongs to the cue),
  "记者昨日从…新闻发布会上获悉，" (learned from: the source is what follows 从). Most verbs of saying end their
  clause ("介绍，", "通报，", "显示，"); a few take what was said right after them ("他们说饭菜…", "家长质疑学校…",
  "家长表示认可"): 说, 表示, 称, 质疑, 认为, 强调, 指出, 透露, 承认, but not as part of another word (说明, to show;
  听说, heard; 称为, to be called; 表示 after a number or a colour is "stands for", which no subject here names);
- "据X介绍" (according to X's account), "据X通报", "据X称", with no source "据了解", "据悉", "据报道", "据说",
  opening a clause;
- a label before a colon: a television transcript's "（同期）梧峪县疾控中心主任　孔维：" (sound recorded on the
  spot), and a role or a group before a colon ("家长：", "专家：", "县长："), which says who speaks the words after
  it; a crosshead's "经过：" (what happened) names no one.
"""

import re

from annotations.suggestions.attribution.quotations import quoted_characters
from annotations.suggestions.attribution.words import line_cue as _cue
from annotations.suggestions.base import Suggestion

_QUOTES = {"“": "”", "‘": "’", "「": "」", "『": "』"}
_CLOSERS = set(_QUOTES.values())
_STOPS = "。！？"
_CLAUSE_ENDS = "，；：。！？、,;:!?\n"
_MAX_SUBJECT = 30
_MAX_RECIPIENT = 8
_MAX_LABEL = 24

# Verbs that end their clause, what was said after the mark: stated, said, introduced (gave an account), reported
# (officially), announced, told, recalled, revealed, admitted frankly, pointed out, held, stressed, raised, made
# clear, showed, learned, learned (of), questioned, confirmed, denied, explained, added.
CLAUSE_VERBS = ("表示", "介绍", "通报", "公布", "告诉", "回忆", "透露", "坦言", "指出", "认为", "强调", "提出", "明确",
                "显示", "获悉", "了解到", "质疑", "证实", "否认", "解释", "补充", "承认", "说", "称")
# Verbs that may take what was said right after them, without a mark.
FREE_VERBS = ("说", "表示", "称", "质疑", "认为", "强调", "指出", "透露", "承认")
# Words that hold a verb's character and are no verb of saying: to show, a saying, a novel, heard, to be called, a
# title, to praise, to weigh, to explain (说明 is also "this shows"), it is said (read with 据).
NOT_VERBS = ("说明", "说法", "小说", "听说", "据说", "称为", "称号", "称赞", "称重", "名称", "简称", "声称", "显示屏",
             "明确的", "提出的", "表示的")
VERB = re.compile("|".join(sorted(CLAUSE_VERBS, key=len, reverse=True)))
# "据" and what closes its phrase: X's account, report, words, figures, statistics.
ACCORDING = re.compile(r"据(?P<source>[^，。；：！？“”‘’]{0,30}?)(?P<verb>介绍|通报|称|透露|报道|统计|显示|说|表示|"
                       r"了解|悉|公布|调查)(?=[，,：])")
HEARSAY = ("据了解", "据悉", "据报道", "据说")
# The roles and groups a label before a colon may name: parents, villagers, residents, experts, teachers, students,
# patients, doctors, netizens; and the titles a role ends with: head (of a bureau, an office, a hospital, a school),
# county or city head, professor, spokesperson, person in charge.
LABEL_NOUNS = ("家长", "村民", "居民", "专家", "老师", "学生", "患者", "医生", "网友", "市民", "工人", "员工")
TITLE_ENDINGS = ("局长", "主任", "院长", "校长", "县长", "市长", "镇长", "村长", "教授", "发言人", "负责人", "书记",
                 "经理", "董事长", "医生", "专家")
SOUND_ON_TAPE = "（同期）"
PRONOUNS = ("他", "她", "他们", "她们", "我", "我们")
# "听X说": heard X say, which reports no words of X's.
HEARD = re.compile(r"听[^，。]{0,4}$")
# The outlet's own reporter, who learns and sees: no source.
REPORTER = re.compile(r"^(?:本报|本台)?(?:[^，。]{0,8}?)?记者")


def _quoted(text: str) -> list[bool]:
    """For each character, whether it stands inside a quotation (the marks included); an open one runs on."""
    return quoted_characters(text, _QUOTES)


def _clause_start(text: str, quoted: list[bool], i: int) -> int:
    k = i
    while k > 0 and text[k - 1] not in _CLAUSE_ENDS and not quoted[k - 1] and not text[k - 1].isspace():
        k -= 1
    return k


def _is_word(text: str, start: int, verb: str) -> bool:
    """The verb at ``start`` is not part of another word of ``NOT_VERBS``."""
    for word in NOT_VERBS:
        at = word.find(verb)
        while at != -1:
            if text[start - at : start - at + len(word)] == word:
                return False
            at = word.find(verb, at + 1)
    return True


def _source(subject: str) -> str:
    """The source a subject names: what follows 从 in "记者从X上获悉"; none for the outlet's reporter alone."""
    if "从" in subject:
        named = subject[subject.index("从") + 1 :]
        return re.sub(r"(?:上|中|处|那里)$", "", named)
    if REPORTER.match(subject) and REPORTER.sub("", subject) == "":
        return ""
    return subject


def _verb(line, text, quoted, match):
    start, end, verb = match.start(), match.end(), match.group()
    if not _is_word(text, start, verb) or start > 0 and text[start - 1] == "据":
        return None
    first = _clause_start(text, quoted, start)
    subject = text[first:start]
    if not subject or len(subject) > _MAX_SUBJECT or len(subject) == 1 and subject not in PRONOUNS:
        return None  # "即表示": "means", after an adverb
    if subject.endswith("即"):
        return None  # "即表示": "which means"
    if HEARD.search(subject):
        return None  # "听邻居说了": heard it from the neighbours, no words reported
    if verb == "告诉":  # whom it was told to: "告诉记者，", "告诉蜂眼新闻记者，"
        k = end
        while k < len(text) and k - end < _MAX_RECIPIENT and text[k] not in _CLAUSE_ENDS:
            k += 1
        if k >= len(text) or text[k] not in _CLAUSE_ENDS or not text[end:k].endswith("记者"):
            return None
        end = k
    elif end < len(text) and text[end] not in _CLAUSE_ENDS and not (verb in FREE_VERBS and not quoted[end]):
        return None
    source = _source(subject)
    if subject in PRONOUNS:
        return _cue(line, first, end, "pronoun", f"“{text[first:end]}”: reported speech.")
    if not source:
        return _cue(line, first, end, "pronoun", f"“{text[first:end]}”: words reported, no source named.")
    return _cue(line, first, end, "reporting_verb", f"“{verb}” reports the words of {source}.", source)


def _according(line, text, quoted):
    found = []
    for match in ACCORDING.finditer(text):
        start = match.start()
        if quoted[start] or start > 0 and text[start - 1] not in _CLAUSE_ENDS and not text[start - 1].isspace():
            continue
        source = match.group("source")
        end = match.end()
        if not source or text[start:end] in HEARSAY:
            found.append(_cue(line, start, end, "pronoun", f"“{text[start:end]}”: words reported, no source named."))
        else:
            found.append(_cue(line, start, end, "according_to", f"“据…{match.group('verb')}” names {source}.", source))
    return found


def _label(line, text):
    """ "（同期）梧峪县疾控中心主任　孔维：", "家长：": who speaks the words after the colon."""
    colon = text.find("：")
    if colon <= 0:
        return None
    start = text.rfind("，", 0, colon) + 1
    start = max(start, text.rfind("。", 0, colon) + 1, text.rfind("！", 0, colon) + 1)
    while start < colon and (text[start].isspace() or text[start].isdigit()):
        start += 1
    label = text[start:colon]
    if not label or len(label) > _MAX_LABEL:
        return None
    if label.startswith(SOUND_ON_TAPE):
        source = label[len(SOUND_ON_TAPE) :].strip()
    elif label in LABEL_NOUNS or label.endswith(TITLE_ENDINGS):
        source = label
    else:
        return None
    return _cue(line, start, colon + 1, "speaker", f"“{text[start : colon + 1]}” names who speaks the words after it: "
                f"{source}.", source)


def suggest_in_line(line) -> list[Suggestion]:
    """The attribution cues of one line of an article in Chinese."""
    text = line.text
    quoted = _quoted(text)
    found = _according(line, text, quoted)
    taken = [(s.start - line.start, s.end - line.start) for s in found]
    for match in VERB.finditer(text):
        if quoted[match.start()] or any(a <= match.start() < b for a, b in taken):
            continue
        cue = _verb(line, text, quoted, match)
        if cue is not None:
            found.append(cue)
            taken.append((cue.start - line.start, cue.end - line.start))
    label = _label(line, text)
    if label is not None and not any(s.start <= label.start < s.end or label.start <= s.start < label.end
                                     for s in found):
        found.append(label)
    return sorted(found, key=lambda s: s.start)
