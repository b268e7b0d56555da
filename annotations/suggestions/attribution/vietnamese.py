"""Attribution in Vietnamese, read on the words of the line.

Vietnamese writes each syllable apart, so a word of two syllables is a phrase of syllables here ("cho biết", let it
be known: said; "khẳng định", affirmed). Its verbs do not change, and its subject always stands before its verb,
after a quotation too, where the tables of the other languages look for a source after the verb:

- a verb of saying after its subject, what was said after it, with or without "rằng" or "là" (that): "Ban Quản lý
  dự án tỉnh cho biết đã …", "Nhiều người dân cho rằng …"; the subject may carry a title set apart by commas
  ("Ông X, Trưởng ban Quản lý chợ, cho biết …") or a bracket ("Ủy ban nhân dân (UBND) tỉnh"), and the words of
  aspect that stand between a subject and its verb ("đã", had; "vẫn", still; "cũng", also) belong to the cue, not
  to the source;
- after a quotation and a comma, the speaker and how the words were said, to the end of the sentence: "“…”, bà
  Hoàng Thu Hà, Hiệu trưởng …, nói.", "“…”, bà X (58 tuổi) nghẹn ngào." (choked up): any short predicate, as the
  speaker, a title or a name, opens the words after the comma;
- "theo X" (according to X) opening its sentence or a clause: "Theo Trạm Thuỷ văn, …", "và theo nhiều người dân,
  …"; the cue runs to the comma, the source after a noun of speech ("theo lời kể của X", by the account of X).
  "theo" is also "follow" ("theo dõi") and "in keeping with" after a verb ("báo trước theo đúng quy trình"), which
  opens no clause.

A television page's label over a quotation ("Ông X, Giám đốc Công ty …:") is counted in words of two syllables
(``LABEL_SYLLABLES_PER_WORD``), as most Vietnamese words are: its nine words are some eighteen syllables.
Above nine syllables a label must open on a title or a name ("Ông X, …:", "Nguyễn Thị Mai, …:", "Giám đốc Công ty …
Nguyễn Văn Hùng:", a title capitalising its first syllable only and a name of two capitals after it): a line that
opens on a preposition ("Trong buổi họp …:", "Dưới đây là toàn văn …:") leads into the quotation and names nobody.

Verbs of saying that are nouns too ("thông báo", a notice; "cảnh báo", a warning; "đánh giá", an assessment) report
only with what was said after them ("rằng", "là", a colon or a quotation) or after a quotation. "nói chung", "nói
riêng" and "nói cách khác" (in general, in particular, in other words) report nothing. A pronoun alone before the
verb ("ông cho biết", "họ nói") is a cue without a named source. A verb of saying after a word that counts or
a verb that receives it is a noun ("nhiều phản ánh", many complaints; "tiếp nhận phản ánh", took complaints in).
"phản ánh" (complained) is also "reflected": bare, it reports after people ("Nhiều hộ dân phản ánh …", "Bạn đọc phản
ánh …"), not after a thing pointed at or a figure ("Con số này phản ánh thực trạng …", "Giá điện tăng phản ánh …").
"""

import re

from annotations.suggestions.attribution.quotations import cues_by_sentence, line_tokens, sentences
from annotations.suggestions.attribution.words import line_cue as _cue
from annotations.suggestions.base import Suggestion

_MARKS = "„“”«»\"'‘’()\\[\\]!?.,;:—–"
_WORD = re.compile(rf"\d+(?:[.,]\d+)*|[^\s{_MARKS}]+|[{_MARKS}]")
_STOPS = frozenset(".!?")
_OPENING = frozenset("“«„\"‘")
_CLOSING = frozenset("”»\"’")
_BRACKETS = frozenset("()")
_MAX_SOURCE = 16
_MAX_ASIDE = 14
_MAX_THEO = 12
LABEL_SYLLABLES_PER_WORD = 2  # a label's length is counted in words, most of them two syllables

# Verbs of saying, one syllable or more: say; said (let know), said (let hear), held (let be so), affirmed, admitted,
# stressed, declared, announced, shared, explained, confirmed, warned, revealed, expressed, remarked, denied,
# rejected, estimated, assessed, noted, added, recounted, pleaded, informed, complained (reported a grievance).
VERBS = tuple(sorted((tuple(phrase.split()) for phrase in """
nói | cho biết | cho hay | cho rằng | khẳng định | thừa nhận | nhấn mạnh | tuyên bố | thông báo | chia sẻ |
giải thích | xác nhận | cảnh báo | tiết lộ | bày tỏ | nhận định | phủ nhận | bác bỏ | ước tính | đánh giá |
phát biểu | lưu ý | nói rõ | nói thêm | kể lại | trần tình | thông tin | nhận xét | phàn nàn | than thở | ước |
phản ánh
""".split("|")), key=len, reverse=True))
# Verbs that are nouns too: they need what was said after them, or a quotation before them.
ORDINARY = frozenset({("thông", "báo"), ("cảnh", "báo"), ("đánh", "giá"), ("chia", "sẻ"), ("thông", "tin"),
                      ("nhận", "định"), ("phát", "biểu"), ("nhận", "xét")})
# "phản ánh" is "complained (reported a grievance)" of people and "reflected" of things ("Con số này phản ánh thực
# trạng …", the figure reflects): bare, it is refused only when its subject points at a thing, ending on a
# demonstrative (``DEMONSTRATIVES``: "con số này", this figure) or opening, after words that count, on a noun of a
# figure or a measure (``FIGURES``: "Giá điện tăng phản ánh …", the rise in the power price reflects); any other
# subject reports ("Bạn đọc phản ánh …", readers complained; "Nhiều doanh nghiệp phản ánh …"), and with what was
# said after it, any subject reports.
OF_PEOPLE = frozenset({("phản", "ánh")})
# This, that, that (there), yonder.
DEMONSTRATIVES = frozenset("này đó ấy kia".split())
# Nouns of a figure or a measure, and the words that make a noun of a clause: figure, data, number, price, result,
# rate (two spellings), level, index, amount, output, revenue, cost, growth, rise, fall; "việc", "sự", "điều" (the
# fact, the thing that).
FIGURES = frozenset(tuple(phrase.split()) for phrase in """
con số | số liệu | số | giá | kết quả | tỷ lệ | tỉ lệ | mức | chỉ số | lượng | sản lượng | doanh thu | chi phí |
tăng trưởng | việc | sự | điều
""".split("|"))
# A verb of saying right after a word that counts or a verb that receives or answers is a noun, its object: "nhiều
# phản ánh" (many complaints), "các nhận định" (the assessments), "tiếp nhận phản ánh" (took in complaints), "nhận
# được", "trả lời phản ánh" (answered complaints).
NOUN_BEFORE = frozenset("các những nhiều mọi mỗi một vài nhận được lời".split())
# Nouns of speech between "theo" and who spoke: "theo lời (kể) (của) X" (by the account of X), "theo ý kiến (của)
# X" (in the opinion of X): the source is X.
ACCOUNTS = tuple(sorted((tuple(phrase.split()) for phrase in """
lời | lời kể | lời của | lời kể của | ý kiến | ý kiến của
""".split("|")), key=len, reverse=True))
# Estimates report a figure, as a statement does, when they take it as their object: "ước tính thiệt hại khoảng 42
# tỷ đồng" (estimated the damage at); a figure right after them is what a thing is estimated at ("Thiệt hại ước hơn
# 40 tỷ"), and "ước" without a figure is "wish".
ESTIMATES = frozenset({("ước",), ("ước", "tính")})
# Words of measure before a figure: about, more than, up to, under.
ABOUT = frozenset("khoảng hơn tới đến gần chừng trên dưới".split())
# "nói chung" (in general), "nói riêng" (in particular), "nói cách khác" (in other words).
NOT_AFTER = {("nói",): frozenset("chung riêng cách".split())}
# "theo dõi" (follow), "theo đó" (accordingly), "theo kịp" (keep up), "theo sau" (follow behind).
NOT_THEO = frozenset("dõi đó kịp sau đuổi".split())
THEO = "theo"
# The words that open a clause: the subject of a verb runs back to one of them at most.
CLAUSE_WORDS = frozenset("rằng là và nhưng mà khi nếu vì để thì hoặc song còn nên tuy dù".split())
COMPLEMENTIZERS = frozenset("rằng là".split())
# Words of aspect and negation between a subject and its verb: part of the cue, not of the source.
ASPECT = frozenset("đã đang sẽ vẫn cũng còn không chưa từng mới lại hề đều thường chỉ".split())
# Pronouns, and the words of kinship and respect that are pronouns alone and titles before a name.
PRONOUNS = frozenset("ông bà anh chị họ cô em tôi chú bác".split())
PLURAL_PRONOUNS = (("chúng", "tôi"), ("chúng", "ta"), ("người", "ta"))
# Words that say when, not who: a clause opened by them is no subject.
TIMES = frozenset("hôm sáng chiều tối đêm trưa ngày tháng năm tuần hiện sau trước đến lúc".split())


# Prepositions and words that open a sentence of narrative, not a speaker's label: in, at, below, according to, about,
# with, after, before, when, from, on, through, for, here; "Dưới đây là …:" (below is …).
LABEL_NOT_OPENING = frozenset("trong tại dưới theo về với sau trước khi từ trên qua vào để ở cùng nhân đây sáng "
                              "chiều tối hôm".split())


def label_names_a_speaker(text: str) -> bool:
    """A label over a quotation, longer than most, names who speaks: it opens on a title or pronoun ("Ông X, …:",
    ``PRONOUNS``), on a name of two capitalised syllables ("Nguyễn Thị Mai, …:"), or on a capitalised word with such a
    name after it, as a title capitalises its first syllable only and the name follows it ("Giám đốc Công ty … Nguyễn
    Văn Hùng:"); not on a preposition (``LABEL_NOT_OPENING``: "Trong buổi họp …:", "Dưới đây là toàn văn …:")."""
    words = text.split()
    first = words[0].casefold() if words else ""
    if first in PRONOUNS:
        return True
    if first in LABEL_NOT_OPENING or not words[0][:1].isupper():
        return False
    return any(a[:1].isupper() and b[:1].isupper() for a, b in zip(words, words[1:], strict=False))


def _tokens(text):
    return line_tokens(text, _WORD, str.lower)


def _text(text, words) -> str:
    return text[words[0].start : words[-1].end]


def _verb_at(tokens, i, s_end) -> int | None:
    """The index after the verb of saying that starts at ``i``, or None."""
    for phrase in VERBS:
        end = i + len(phrase)
        if end <= s_end and all(t.key == word and not t.quoted for t, word in zip(tokens[i:end], phrase, strict=True)):
            return end
    return None


def _breaks(token) -> bool:
    return token.quoted or token.mark and token.text not in _BRACKETS or token.key in CLAUSE_WORDS


def _clause_before(tokens, s_start, i) -> int:
    """Where the clause that ends before ``i`` starts: after a mark (bar brackets), a quotation or a clause word."""
    k = i
    while k > s_start and not _breaks(tokens[k - 1]):
        k -= 1
    return k


def _subject(tokens, s_start, i):
    """The subject before the verb at ``i``: (index of its first token, source tokens), a title set apart by commas
    spanned but no part of the source; or None."""
    first = _clause_before(tokens, s_start, i)
    words = tokens[first:i]
    if not words and i - 1 > s_start and tokens[i - 1].text == ",":
        comma = next((k for k in range(i - 2, max(s_start, i - 2 - _MAX_ASIDE) - 1, -1)
                      if tokens[k].text == ","), None)
        if comma is None or any(t.quoted or t.mark and t.text not in _BRACKETS for t in tokens[comma + 1 : i - 1]):
            return None
        first = _clause_before(tokens, s_start, comma)
        return (first, tokens[first:comma]) if first < comma else None
    while words and words[-1].key in ASPECT:
        words = words[:-1]
    if not words or len(words) > _MAX_SOURCE or words[0].key in TIMES or words[0].text[0].isdigit():
        return None
    return first, words


def _said_after(tokens, end, s_end) -> bool:
    """What was said follows the verb: "rằng", "là", a colon or a quotation."""
    return end < s_end and (tokens[end].key in COMPLEMENTIZERS or tokens[end].text == ":"
                            or tokens[end].text in _OPENING)


def _after_quotation(tokens, s_start, k) -> bool:
    """A quotation closes right before ``k``, perhaps with a comma between."""
    if k - 1 >= s_start and tokens[k - 1].text == ",":
        k -= 1
    return k - 1 >= s_start and tokens[k - 1].quoted and tokens[k - 1].text in _CLOSING


def _verb(line, text, tokens, i, end, s_start, s_end):
    phrase = tuple(t.key for t in tokens[i:end])
    if end < s_end and tokens[end].key in NOT_AFTER.get(phrase, ()):
        return None
    verb = _text(text, tokens[i:end])
    if i > s_start and tokens[i - 1].key in NOUN_BEFORE and not tokens[i - 1].quoted:
        return None
    subject = _subject(tokens, s_start, i)
    if subject is None:
        return None
    first, source = subject
    if phrase in ORDINARY and not _said_after(tokens, end, s_end) and not _after_quotation(tokens, s_start, first):
        return None
    if phrase in OF_PEOPLE and not _said_after(tokens, end, s_end) and not _after_quotation(tokens, s_start, first):
        keys = [t.key for t in source]
        while keys and keys[0] in NOUN_BEFORE:
            keys = keys[1:]
        if keys and keys[-1] in DEMONSTRATIVES or tuple(keys[:1]) in FIGURES or tuple(keys[:2]) in FIGURES:
            return None
    if phrase in ESTIMATES and not _estimates(tokens, end, s_end):
        return None
    keys = tuple(t.key for t in source)
    start, stop = tokens[first].start, tokens[end - 1].end
    if len(source) == 1 and source[0].key in PRONOUNS or keys in PLURAL_PRONOUNS:
        return _cue(line, start, stop, "pronoun", f"“{_text(text, source)} {verb}”: reported speech.")
    name = _text(text, source)
    return _cue(line, start, stop, "reporting_verb", f"“{verb}” reports the words of {name}.", name)


def _estimates(tokens, end, s_end) -> bool:
    """The estimate at ``end`` takes a noun as its object and a figure after it, in its clause."""
    if end >= s_end or tokens[end].mark or tokens[end].key in ABOUT or tokens[end].text[0].isdigit():
        return False
    k = end + 1
    while k < s_end and not _breaks(tokens[k]):
        if tokens[k].text[0].isdigit():
            return True
        k += 1
    return False


def _theo(line, text, tokens, i, s_start, s_end):
    """ "Theo X, …": "theo" opening its sentence or a clause, the source running to the comma."""
    if i > s_start and not (tokens[i - 1].text == "," or tokens[i - 1].key in CLAUSE_WORDS):
        return None
    if i + 1 >= s_end or tokens[i + 1].key in NOT_THEO or tokens[i + 1].mark:
        return None
    k = i + 1
    while k < s_end and k - i <= _MAX_THEO and not _breaks(tokens[k]):
        k += 1
    if k - i > _MAX_THEO:
        return None
    source = tokens[i + 1 : k]
    account = next((len(phrase) for phrase in ACCOUNTS if len(phrase) < len(source)
                    and tuple(t.key for t in source[: len(phrase)]) == phrase), 0)
    source = source[account:]
    name = _text(text, source)
    return _cue(line, tokens[i].start, source[-1].end, "according_to", f"“{tokens[i].text}” names {name}.", name)


def _speaker_after_quotation(line, text, tokens, s_start, s_end):
    """ "“…”, bà X (58 tuổi) nghẹn ngào.": after a quotation and a comma, a speaker and how the words were said, to
    the sentence's end."""
    k = next((n for n in range(s_end - 1, s_start, -1) if tokens[n].quoted and tokens[n].text in _CLOSING), None)
    if k is None or k + 2 >= s_end or tokens[k + 1].text != ",":
        return None
    words = [t for t in tokens[k + 2 : s_end] if not (t.mark and t.text in _STOPS)]
    if not words or len(words) > _MAX_SOURCE or any(t.quoted for t in words):
        return None
    head = words[0]
    if not (head.key in PRONOUNS or head.text[0].isupper()):
        return None
    name = [head] + [t for t in _run_of_names(words[1:])]
    source = _text(text, name)
    if len(name) == 1 and head.key in PRONOUNS:
        return _cue(line, head.start, words[-1].end, "pronoun", f"“{_text(text, words)}”: reported speech.")
    return _cue(line, head.start, words[-1].end, "reporting_verb",
                f"“{_text(text, words)}” says how {source} said the words before it.", source)


def _run_of_names(words):
    for t in words:
        if not t.text[0].isupper():
            return
        yield t


def suggest_in_line(line) -> list[Suggestion]:
    """The attribution cues of one line of an article in Vietnamese."""
    text = line.text
    tokens = _tokens(text)

    def cue_at(i, s_start, s_end, in_sentence):
        end = _verb_at(tokens, i, s_end)
        if end is not None:
            cue = _verb(line, text, tokens, i, end, s_start, s_end)
        elif tokens[i].key == THEO:
            cue = _theo(line, text, tokens, i, s_start, s_end)
        else:
            return None
        return (cue, i) if cue is not None else None

    return cues_by_sentence(tokens, sentences(tokens, _STOPS), cue_at,
                            lambda s_start, s_end: _speaker_after_quotation(line, text, tokens, s_start, s_end))
