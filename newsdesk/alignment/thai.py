"""Thai words for topic labels and story matching: what ``labels`` and ``story_suggestion`` need to read a story
written in Thai.

Policy: Thai writes no space between its words, only between clauses, and no capitals, so its words are found by
a dictionary (``tokens.thai_words``: PyThaiNLP's segmenter, abbreviations kept whole) and its names by the words
that stand before them. A label is a run of words, as ``chinese`` reads Chinese: two outlets that report one thing
name it in the same words ("ฝูงช้างป่า", "รั้วไฟฟ้า", "ความเสียหาย"), and a run of words that passages of two
articles or more write alike is most often a name or a noun phrase. A label

- is a run of up to ``MAX_WORDS`` words inside one clause (no space, no punctuation between its words), cut at
  the segmenter's word boundaries, never inside a word;
- never opens on a function word (a connective, a preposition, a particle: "ระหว่าง", "อย่างไรก็ตาม", "ที่"), a
  number word, a personal title, or a word the story writes after a title (a person's name alone: "นาย" +
  "ธนากร"), nor right after a word the story writes before its first word in most of its uses (the name or
  compound goes on to the left: "พะเนิน" of "ห้วยพะเนิน");
- never closes on a function word, a title or a word that says when (a month, a weekday, "เวลา"), nor right before
  a word the story writes after its last word in most of its uses (the compound goes on to the right);
- holds at least one word that is no function word.

The nominalisers "การ" and "ความ" (and "ผู้", "ชาว", who, the people of) open a noun ("การสำรวจ", a survey;
"ความเสียหาย", damage): a label may open on one, not close on it.

A run names who reported its passage where a verb of saying follows it ("กล่าวว่า", "ระบุ", "เปิดเผย").

Names (``names``): a person's name follows a title ("นาย", "นาง", "ผศ.ดร."), its family name after a space; a
place's name follows the word for its kind ("อำเภอ", "ตำบล", "จังหวัด", "บ้าน", "อ.", "จ."). Where a name ends
inside a clause is told by the text itself: where the clause ends after it, or as far as two mentions of it agree.
"""

import functools
from collections import Counter

from newsdesk.importing.languages import THAI
from newsdesk.importing.tokens import THAI_CHARACTER, thai_word_form, thai_words

MAX_WORDS = 6
NAME_WORDS = 4  # words of a name after its title or its kind
SURNAME_WORDS = 3  # words of a family name, the run after a given name
# Titles before a person's name.
TITLES = frozenset("""
    นาย นาง นางสาว น.ส. นส. ด.ช. ด.ญ. เด็กชาย เด็กหญิง ผศ. รศ. ศ. ดร. ผศ.ดร. รศ.ดร. ศ.ดร. นพ. พญ. ทพ. ทพญ.
    พล.อ. พล.ต.อ. พล.ต.ท. พล.ต.ต. พ.ต.อ. พ.ต.ท. พ.ต.ต. ร.ต.อ. ร.ต.ท. ร.ต.ต. จ.ส.อ. ส.ต.อ. ด.ต. ว่าที่
""".split())
# The words for a place's kind, before its name: a word that ends in one is such a word too ("นายอำเภอ", district
# chief; "ผู้ว่าราชการจังหวัด", provincial governor; "นายกเทศมนตรีตำบล", mayor of the subdistrict municipality).
PLACE_KINDS = tuple(sorted("""
    อำเภอ ตำบล จังหวัด หมู่บ้าน บ้าน เทศบาลตำบล เทศบาลเมือง เทศบาลนคร อ. ต. จ. ถนน ถ. ซอย ซ. แม่น้ำ ลำน้ำ
    เขตรักษาพันธุ์สัตว์ป่า อุทยานแห่งชาติ โรงพยาบาล โรงเรียน มหาวิทยาลัย วัด ตลาดสด
""".split(), key=len, reverse=True))
# Words that open a noun: a label may open on one.
NOMINALISERS = frozenset("การ ความ ผู้ ชาว".split())
# Number words, and the classifiers a figure is counted in ("23 ตัว", 23 head; "31 ครัวเรือน"... "คน", people):
# neither opens or closes a label.
NUMBER_WORDS = frozenset("""
    หนึ่ง สอง สาม สี่ ห้า หก เจ็ด แปด เก้า สิบ ยี่สิบ ร้อย พัน หมื่น แสน ล้าน ครึ่ง
    คน ตัว ราย หลัง ครั้ง แห่ง ชิ้น เครื่อง ทุน คัน ลำ ฉบับ เล่ม อัน ชุด จุด
""".split())
# Words that say when, beside the months, weekdays and abbreviations ``words.LANGUAGE_STOP_WORDS`` holds.
TIME_WORDS = frozenset("""
    เวลา วันที่ วัน คืน เช้า สาย บ่าย เย็น ค่ำ ดึก กลางดึก กลางคืน กลางวัน เช้ามืด ตี ชั่วโมง นาที ปี เดือน
    สัปดาห์ ขณะนี้ ล่าสุด
""".split())
SAYING = frozenset("""
    กล่าว กล่าวว่า ระบุ ระบุว่า เผย เผยว่า เปิดเผย เปิดเผยว่า บอก บอกว่า อธิบาย อธิบายว่า ชี้แจง ชี้แจงว่า
    ให้สัมภาษณ์ ยืนยัน ยืนยันว่า เล่า เล่าว่า แถลง แถลงว่า
""".split())
SOURCE_REACH = 3  # words after a run within which a verb of saying makes it who spoke


def _skipped() -> frozenset[str]:
    from newsdesk.alignment.words import stop_words_for

    return stop_words_for(THAI)


def is_thai(word: str) -> bool:
    return bool(THAI_CHARACTER.match(word))


def token_spans(text: str) -> list[tuple[str, int, int]]:
    """Each token of ``text`` with where it starts and ends: its Thai words (``tokens.thai_words``) and, between
    them, the tokens of any other script, figure or mark (``labels.TOKEN``)."""
    from newsdesk.alignment.labels import TOKEN

    found, position = [], 0
    for word, start, end in thai_words(text):
        found += [(m.group(), m.start(), m.end()) for m in TOKEN.finditer(text, position, start)]
        found.append((word, start, end))
        position = end
    return found + [(m.group(), m.start(), m.end()) for m in TOKEN.finditer(text, position)]


def is_title(word: str) -> bool:
    return thai_word_form(word) in TITLES


def is_place_kind(word: str) -> bool:
    return word.endswith(PLACE_KINDS)


class Story:
    """The pairs of Thai words a story writes side by side within a clause, and the words it writes after a
    title (given names)."""

    def __init__(self, texts):
        self.skipped = _skipped()
        self.pairs: Counter = Counter()
        self.firsts: Counter = Counter()
        self.seconds: Counter = Counter()
        self.named: set[str] = set()
        for text in texts:
            spans = token_spans(text)
            for (word, _, end), (after, start, _) in zip(spans, spans[1:], strict=False):
                if end == start and is_thai(word) and is_thai(after):
                    pair = (thai_word_form(word), thai_word_form(after))
                    self.pairs[pair] += 1
                    self.firsts[pair[0]] += 1
                    self.seconds[pair[1]] += 1
                if is_title(word) and is_thai(after):
                    self.named.add(thai_word_form(after))

    def function(self, word: str) -> bool:
        form = thai_word_form(word)
        return form in self.skipped and form not in NOMINALISERS or form in TITLES

    def content(self, word: str) -> bool:
        form = thai_word_form(word)
        return is_thai(word) and form not in self.skipped and form not in TIME_WORDS and len(form) > 1

    def binds(self, first: str, second: str, side: str) -> bool:
        """``first`` and ``second`` are one word to the story: it writes them together more than once, and so in
        most uses of ``second`` (``side`` "left": the compound goes on to the left of ``second``) or of ``first``
        ("right")."""
        pair = (thai_word_form(first), thai_word_form(second))
        together = self.pairs[pair]
        uses = self.seconds[pair[1]] if side == "left" else self.firsts[pair[0]]
        return together >= 2 and 2 * together > uses

    def term(self, word: str) -> str | None:
        return thai_word_form(word) if self.content(word) else None


def _opens(story: Story, words: list[str], spans, start: int) -> bool:
    word = thai_word_form(words[start])
    if not is_thai(words[start]) or story.function(word) or word in NUMBER_WORDS or word in TIME_WORDS:
        return False
    if start and spans[start - 1][1] == spans[start][0] and is_thai(words[start - 1]):
        before = words[start - 1]
        if is_title(before) or is_place_kind(before) and not story.function(before):
            return False  # a name after its title or its kind: no label alone
        if not story.function(before) and story.binds(before, words[start], "left"):
            return False
    return True


def _closes(story: Story, words: list[str], spans, end: int) -> bool:
    word = thai_word_form(words[end])
    if story.function(word) or word in NOMINALISERS or word in TIME_WORDS or word in NUMBER_WORDS:
        return False
    if end + 1 < len(words) and spans[end][1] == spans[end + 1][0] and is_thai(words[end + 1]):
        after = words[end + 1]
        if not story.function(after) and story.binds(words[end], after, "right"):
            return False
    return True


def candidate_spans(words: list[str], text: str, spans: list[tuple[int, int]], story: Story):
    """(phrase, terms, first token, last token) for every run of a passage's words that may stand as a label (see
    the module's policy), cut from the text as written."""
    for start in range(len(words)):
        if not _opens(story, words, spans, start):
            continue
        terms: list[str] = []
        for end in range(start, min(len(words), start + MAX_WORDS)):
            if end > start and (spans[end - 1][1] != spans[end][0] or not is_thai(words[end])):
                break  # a space or a mark: the clause ends
            term = story.term(words[end])
            if term is not None:
                terms.append(term)
            if terms and _closes(story, words, spans, end):
                yield text[spans[start][0]:spans[end][1]], tuple(terms), start, end


def stands_as_source(words: list[str], start: int, end: int) -> bool:
    """Whether the run ``words[start:end + 1]`` names who reported its passage: a title opens it, or a verb of
    saying follows it within ``SOURCE_REACH`` words."""
    if start and is_title(words[start - 1]):
        return True
    return any(thai_word_form(word) in SAYING for word in words[end + 1:end + 1 + SOURCE_REACH])


# --- names, for story matching ---------------------------------------------------------------------------


def _after(spans, position: int, limit: int, skipped: frozenset) -> tuple[list[str], bool]:
    """The Thai words right after ``position`` in the same run, up to ``limit`` and up to a function word; and
    whether the run ends after them."""
    found = []
    index = position + 1
    while index < len(spans) and len(found) < limit:
        word, start, _ = spans[index]
        if spans[index - 1][2] != start or not is_thai(word) or thai_word_form(word) in skipped:
            break
        found.append(thai_word_form(word))
        index += 1
    ends = index >= len(spans) or spans[index - 1][2] != spans[index][1] or not is_thai(spans[index][0])
    return found, ends


def names(text: str) -> dict[str, str]:
    """The names of a Thai ``text`` (see ``_mentions``), each with its spelling as first written."""
    return {key: surfaces[0] for key, surfaces in _mentions(text).items()}


def named_words(text: str) -> set[str]:
    """The Thai words of every mention of a name in ``text`` (``names``), its title or kind included, as words are
    compared: the words of ``text`` that say who and where, not what."""
    return {thai_word_form(word) for surfaces in _mentions(text).values() for surface in surfaces
            for word, _, _ in thai_words(surface)}


@functools.lru_cache(maxsize=256)
def _mentions(text: str) -> dict[str, list[str]]:
    """The names of a Thai ``text``: a key for each (its words, without its title or kind) and its spellings, its
    title or kind included. A name runs from the word after its title or kind to the end of its clause (a given
    name with the family name after it, the run after a space), or, inside a clause, as far as another mention
    after the same kind of word agrees with it."""
    spans = [(word, start, end) for word, start, end in thai_words(text)]
    if not spans:
        return {}
    skipped = _skipped()
    mentions: list[tuple[str, int, list[str], bool]] = []
    for position, (word, _, _) in enumerate(spans):
        kind = "person" if is_title(word) else "place" if is_place_kind(word) else None
        if kind is None:
            continue
        following, ends = _after(spans, position, NAME_WORDS, skipped)
        if following:
            mentions.append((kind, position, following, ends))
    # How many mentions after a title or a kind open with each run of words: a name is as long as two mentions
    # agree, or, mentioned once, runs to the end of its clause (up to ``SURNAME_WORDS`` words).
    support: Counter = Counter()
    for kind, _, words, _ in mentions:
        support.update((kind, tuple(words[:size])) for size in range(1, len(words) + 1))
    found: dict[str, list[str]] = {}
    for kind, position, words, ends in mentions:
        name = next((words[:size] for size in range(len(words), 0, -1) if support[kind, tuple(words[:size])] >= 2),
                    words if ends and len(words) <= SURNAME_WORDS else None)
        if name is None or sum(len(word) for word in name) < 2:
            continue
        key = "".join(name)
        last = position + len(name)
        surface_end = spans[last][2]
        if kind == "person" and ends and len(name) == len(words) and last + 1 < len(spans) \
                and text[surface_end:spans[last + 1][1]] == " ":
            first = thai_word_form(spans[last + 1][0])
            rest, closed = _after(spans, last + 1, SURNAME_WORDS - 1, skipped)
            family = [first, *rest]
            if closed and first not in skipped and not any(is_title(w) or is_place_kind(w) for w in family):
                key += " " + "".join(family)
                surface_end = spans[last + 1 + len(rest)][2]
        # Spelt with the word for its kind, which is part of a place's name as "District" is of "Wang Kaeo Thong
        # District" (and whose words are then no event words), and with a person's title.
        found.setdefault(key, []).append(text[spans[position][1]:surface_end])
    return found


