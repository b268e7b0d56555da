"""Attribution in Thai, read on the characters of the line.

Thai writes no spaces between words; a space parts phrases and clauses, and no stop ends a sentence. A verb of saying
is written onto the word before it ("แพทย์ระบุว่า", the doctor stated that; "นายธนากรกล่าว") or follows a space after a
name and a role ("นายอนุชา รัตนวงศ์ นายอำเภอวังแก้วทอง เปิดเผยว่า"), and "ว่า" (that) written after it, perhaps after
how it was said ("เล่าทั้งน้ำตาว่า", told in tears that), opens what was said. The shapes:

- a verb of saying ("กล่าว", "เปิดเผย", "ระบุ", "บอก", "อธิบาย", "เล่า", "ยืนยัน", "ชี้แจง", "เผย") before "ว่า": the
  source is the word it is written onto, or, when a space stands before it, the phrases before it back to the one
  that opens with a title ("นาย", "นาง", "ผศ.", "ป้า" …; a person's source is the title's name and the surname after
  it) or else the one phrase before it ("ข้อมูลของเขตรักษาพันธุ์ฯ ระบุว่า");
- after a quotation, the phrase that holds the verb names its speaker ("” นายธนากรกล่าว", "” หนุ่ม…เล่านาทีระทึก");
- "ตามข้อมูลของ X", "ตามรายงานของ X" (according to the figures, the report of X);
- a television page's label before an interview: "[สัมภาษณ์] นายสุริยา ดวงแก้ว ผู้ใหญ่บ้าน…".

A cue inside a quotation (“…”) is the speaker's words, and one that opens right after another's "ว่า" is what the
first source said ("นางสมพร … กล่าวว่า สามีโทรศัพท์มาบอกว่า …": her husband's call, in her words); a verb in a
condition ("ถ้าเราเล่าเรื่องนี้ว่า …", if we told it as) reports nothing.
"""

import re

from annotations.suggestions.attribution.quotations import quoted_characters
from annotations.suggestions.attribution.words import line_cue as _cue
from annotations.suggestions.base import Suggestion

_QUOTES = {"“": "”", '"': '"'}
_VERBS = "กล่าว|เปิดเผย|ระบุ|บอก|อธิบาย|เล่า|ยืนยัน|ชี้แจง|เผย"
# A verb of saying and "ว่า" after it in the same phrase, how it was said between ("เล่าทั้งน้ำตาว่า").
SAYING = re.compile(rf"(?P<verb>{_VERBS})(?P<manner>[^\s“”\"]{{0,16}}?)ว่า")
# After a quotation: a phrase that holds a verb of saying.
AFTER_QUOTE = re.compile(rf"[”\"]\s+(?P<phrase>[^\s“”\"]*?(?P<verb>{_VERBS})[^\s“”\"]*)")
ACCORDING = re.compile(r"(?:ตามข้อมูลของ|ตามรายงานของ|ตามคำบอกเล่าของ|อ้างอิงข้อมูลจาก)(?P<source>[^\s“”\"]+)")
LABEL = re.compile(r"^\[สัมภาษณ์\]\s*(?P<label>.+)$")
# Titles and words for people that open a source: Mr, Mrs, Miss, academic and police ranks, aunt, uncle, young man,
# villagers, the officials, the doctor, the governor, some people.
PERSON_TITLES = ("นางสาว", "นาย", "นาง", "ผศ.", "รศ.", "ศ.", "ดร.", "พล.", "พ.ต.", "ร.ต.", "ด.ต.", "ด.ช.", "ด.ญ.")
TITLES = PERSON_TITLES + ("ป้า", "ลุง", "หนุ่ม", "สาว", "แม่ค้า", "ชาวบ้าน", "เจ้าหน้าที่", "แพทย์", "ผู้ว่า", "บางคน")
_MAX_PHRASES = 8
_MIN_QUOTATION = 20
# Conjunctions written onto the word that opens a clause: but, while, as for, and, by.
CONJUNCTIONS = ("ขณะที่", "แต่", "ส่วน", "และ", "โดย")
# If: a verb of saying in a condition reports no words.
CONDITIONALS = ("ถ้า", "หาก", "แม้")


def _quoted(text: str) -> list[bool]:
    """For each character, whether it stands inside a quotation (the marks included); an open one runs on."""
    return quoted_characters(text, _QUOTES)


def _phrase_start(text: str, at: int) -> int:
    while at > 0 and not text[at - 1].isspace():
        at -= 1
    return at


def _person(source: str) -> str:
    """A person's name in a source that opens with a person's title: the title's word and the surname after it."""
    if source.startswith(PERSON_TITLES):
        return " ".join(source.split()[:2])
    return source


def _source_before(text: str, quoted: list[bool], verb: int) -> tuple[int, str] | None:
    """(where the source starts, the source) before the verb at ``verb``."""
    own = _phrase_start(text, verb)
    if own < verb:  # the verb is written onto the word before it
        start = own
        conjunction = next((c for c in CONJUNCTIONS if text.startswith(c, own) and own + len(c) < verb), None)
        if conjunction is not None:
            start = own + len(conjunction)  # "ขณะที่นายประยูร", "แต่แพทย์": the source after the conjunction
        return start, _person(text[start:verb])
    phrases = []
    k = own
    while k > 0 and len(phrases) < _MAX_PHRASES:
        end = k - 1
        while end > 0 and text[end - 1].isspace():
            end -= 1
        if end <= 0 or quoted[end - 1]:
            break
        start = _phrase_start(text, end)
        phrases.append((start, end))
        k = start
    if not phrases:
        return None
    titled = [(s, e) for s, e in phrases if re.search("|".join(map(re.escape, TITLES)), text[s:e])]
    if titled:
        s, e = titled[-1]
        inside = min(m.start() for m in re.finditer("|".join(map(re.escape, TITLES)), text[s:e]))
        start = s + inside
    else:
        start = phrases[0][0]
    return start, _person(text[start:own].strip())


def suggest_in_line(line) -> list[Suggestion]:
    """The attribution cues of one line of an article in Thai."""
    text = line.text
    label = LABEL.match(text)
    if label is not None:
        source = _person(label.group("label").strip())
        return [_cue(line, 0, len(text), "speaker", f"“{text}” names who speaks the words below it: {source}.",
                     source)]
    quoted = _quoted(text)
    found = []
    for match in ACCORDING.finditer(text):
        if not quoted[match.start()]:
            source = match.group("source")
            found.append(_cue(line, match.start(), match.end(), "according_to", f"“{match.group()}” names {source}.",
                              source))
    for match in AFTER_QUOTE.finditer(text):
        start = match.start("phrase")
        if quoted[start] or "ว่า" in text[match.end("verb") : match.end("phrase")]:
            continue
        opening = text.rfind("“", 0, match.start()) if text[match.start()] == "”" else text.rfind('"', 0, match.start())
        if opening == -1 or match.start() - opening - 1 < _MIN_QUOTATION:
            continue  # a term in quotation marks ("เล่าเรื่องนี้เพียงว่า “ช้างบุกเมือง” ก็…"), not words said
        source = _person(text[start : match.start("verb")])
        end = match.end("phrase")
        rule = "reporting_verb" if source else "pronoun"
        found.append(_cue(line, start, end, rule, f"“{match.group('phrase')}” names who said the quotation before it: "
                          f"{source or 'the speaker named before'}.", source))
    ends = []  # where each cue's "ว่า" ends
    for match in SAYING.finditer(text):
        verb = match.start("verb")
        if quoted[verb] or any(s.start - line.start <= verb < s.end - line.start for s in found):
            continue
        before = _source_before(text, quoted, verb)
        if before is None:
            continue
        start, source = before
        if text.startswith(CONDITIONALS, start) or text.startswith(CONDITIONALS, _phrase_start(text, start)):
            continue  # "ถ้าเราเล่าเรื่องนี้ว่า …": if we told it so, a condition that reports no words
        if any(text[end:start].strip() == "" for end in ends):
            continue  # what an earlier source said: "…กล่าวว่า สามีโทรศัพท์มาบอกว่า"
        ends.append(match.end())
        found.append(_cue(line, start, match.end(), "reporting_verb", f"“{match.group('verb')}” reports the words of "
                          f"{source}.", source))
    return sorted(found, key=lambda s: s.start)
