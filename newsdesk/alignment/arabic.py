"""Noun phrases of Arabic, for topic labels: what ``labels`` needs to read a story written in Arabic.

Policy: Arabic writes its conjunctions "و" and "ف", its prepositions "ب", "ل" and "ك" and its article "ال" onto
the word after them ("والسوق", "بالإجماع", "للمقاولات": "ل" with "ال"), and puts a noun before the words that
qualify it: an adjective follows its noun ("المجلس البلدي"), and a noun its genitive (the iḍāfa: "سوق القيسارية",
"قطاع السياحة", "لجنة تجار سوق القيسارية"), whose last noun alone takes the article. A label is such a noun phrase:

- it opens on a noun (or a figure with the noun it counts: "١٦٠ كشكا"), never on a particle ("في", "لم", "كما", "بعد",
  "أن", "قد") or a verb, and never inside a phrase that began earlier (the genitive of a noun before it, the
  adjective of a definite noun); a conjunction or a preposition written onto its first word is left out of it
  ("وزارة السياحة" of "ووزارة السياحة", "الإجماع" of "بالإجماع"), and a first word where "ل" and "ال" fused
  ("للأنباء") opens none;
- every further word is written alone (a proclitic opens a new phrase); a word with the article closes a chain of
  nouns without it ("سوق القيسارية"), and after it only adjectives (told by their shape: "-ي", "-ية", "فعيل",
  a participle in "م-" with an ending of agreement) go on;
- it ends where no genitive or adjective follows, never on a figure, a date or a word that says when.

A word is a noun where the story says so (no tagger or word list is needed, as in ``verbal``): it takes the
article somewhere in the story, or it follows a preposition or a figure, or it has a shape or an ending only nouns
have ("-ة", "-ات", the "-ا" of an indefinite accusative, "فعيل", "إفعال", "تفعيل": ``noun_shaped``) more often than
it follows a particle that only a verb follows ("لم", "لن", "قد", "سوف") or has a verb's ("-وا", the imperfect's
"ي-"). A conjunction or a preposition is only taken off a word where what is left is written so in the story
("ووزارة": "وزارة"), and a word that opens on such a letter only counts as one word where the story also writes it
with the article or after a preposition ("وزارة" of "في وزارة"); otherwise no label holds it or its genitive. A
phrase right after a verb of reporting or a title ("وقال …", "المهندس …") names who spoke, not what happened.

Persian and Urdu (which write no article) and Hebrew (whose article, "ה", is as often a word's first letter) are
not read here: their topics keep the opening of a passage (``labels.opening``).
"""

import re
from collections import Counter
from dataclasses import dataclass

from newsdesk.alignment.words import figure as read_figure
from newsdesk.importing import furniture_vocabulary, languages

ARABIC_LETTER = re.compile("[\u0621-\u064a\u0671-\u06d3]")
# Vowel signs, tanwin, shadda, sukun, the dagger alif, Quranic marks and the tatweel: no part of a word's spelling.
MARKS = languages.ARABIC_MARKS


def folded(word: str) -> str:
    """``word`` without its marks, with one alif (``languages.arabic_folded``): the form in which words are compared.
    Its final "ى" stays: "علي" is a name, "على" a preposition."""
    return languages.arabic_folded(word)


def _words(listed: str) -> frozenset[str]:
    return frozenset(folded(word) for word in listed.split())


ARTICLE = re.compile("^([وف]?[بكل]?)ال(?=..)")  # on a word without its marks, its alifs as written
FUSED_ARTICLE = re.compile("^([وف]?)لل(?=..)")  # "ل" and "ال": "للمقاولات"
PROCLITICS = languages.ARABIC_PROCLITICS
SUFFIXES = ("هما", "هم", "هن", "كم", "ها", "نا", "ه")  # pronouns written onto a noun or a particle
MAX_WORDS = 5

# Particles, pronouns and the other words that are no part of a noun phrase, as ``folded`` writes them; the
# ``stop-words`` package's Arabic list joins them (``Story``).
PARTICLES = _words("""
    في من الى على عن مع لم لن لا ما قد لقد سوف ان لان كان كانت يكون تكون ليس ليست لست كما مثل بعد قبل خلال منذ عند
    لدي نحو حول دون بين فوق تحت امام وراء ضد عبر حتي ثم او ام بل لكن لكنه لكنها اذا اذ حين عندما حيث كي لكي بينما
    هذا هذه ذلك تلك هؤلاء اولئك هناك هنا هكذا الذي التي الذين اللذين اللتين اللواتي اللاتي هو هي هم هن هما نحن انا انت
    كل بعض اي غير سوي سوى الا ايضا فقط جدا نفسه نفسها ذات عدة منها منه فيها فيه عليه عليها له لها لهم به بها بهم انه
    انها انهم يا اما وفق وفقا بحسب حسب اثناء ازاء لدى عدم مجرد قرابة زهاء حوالي نحوا ربما لعل ليت كأن كأنه كذلك
    حتى فيما بعدما قبلما مما ممن عما كلما ريثما طالما لما اللذان اللتان ذاك هاتان هذان منهم عنه عنها عليهم لديه
    لديها لديهم بعدها قبلها خلالها عبرها اليها اليه عليك
""")
# Particles after which only a verb comes ("لم يستشرنا", "لن يصمد", "قد يبدو").
VERB_MARKERS = _words("لم لن قد لقد سوف كي لكي لما")
# Prepositions before a noun: the word after one is a noun ("في المقابل", "من الفولاذ", "على المشروع").
GOVERNING = _words("في من إلى على عن مع بعد قبل خلال منذ عند لدى نحو حول دون بين فوق تحت أمام وراء ضد عبر حتى أثناء "
                   "بحسب حسب")
# Numbers written as words: a figure's ("ستة أشهر", "٦٫٥ ملايين دينار"), never the end of a label.
NUMBER_WORDS = _words("""
    واحد واحدة اثنان اثنين اثنتان اثنتين اثنا اثنتا ثلاث ثلاثة أربع أربعة خمس خمسة ست ستة سبع سبعة ثمان ثماني ثمانية
    تسع تسعة عشر عشرة عشرون عشرين ثلاثون ثلاثين أربعون أربعين خمسون خمسين ستون ستين سبعون سبعين ثمانون ثمانين تسعون
    تسعين مئة مائة مئتان مئتين مئات ألف ألفا آلاف مليون ملايين مليار مليارات نصف ربع ثلث
""")
# Nouns that open a name, whose next word is part of the name, as is one more with the article after it (the
# family's: "عبد الرحمن النقيب", "أبو سمير").
NAME_OPENERS = _words("عبد أبو أبي أبا ابن ابنة بنت")
# Words that say when: no label ends on one, and one ends a phrase ("إضرابا مفتوحا صباح الأربعاء").
TIME_WORDS = _words("""
    يوم ايام اسبوع اسابيع شهر اشهر شهور شهرا عام اعوام عاما سنة سنوات سنين سنويا ساعة ساعات دقيقة دقائق صباح مساء
    ليلة ليل فجر ظهر ظهيرة عصر منتصف ماضي ماضية مقبل مقبلة قادم قادمة حالي حالية جاري جارية امس غدا الان يوميا
    شهريا اسبوعيا فترة موسم مطلع نهاية بداية اواخر اوائل
""")
# Verbs of reporting as "past:present" (masculine singular), the same the attribution reads
# (``annotations.suggestions.attribution.arabic``); ``verb_forms`` makes their feminine, plural and present forms.
REPORTING_VERBS = (
    "قال:يقول أكد:يؤكد أوضح:يوضح نفى:ينفي أردف:يردف أضاف:يضيف أشار:يشير صرح:يصرح أعلن:يعلن ذكر:يذكر "
    "اعتبر:يعتبر رأى:يرى حذر:يحذر لفت:يلفت شدد:يشدد تابع:يتابع كشف:يكشف أفاد:يفيد زعم:يزعم اعترف:يعترف "
    "توقع:يتوقع خشي:يخشى قدر:يقدر انتقد:ينتقد اتهم:يتهم"
)


def verb_forms(pairs: str) -> dict[str, str]:
    """Every form of the verbs of ``pairs`` ("past:present" pairs), folded, with the past masculine it is a form of:
    the past's feminine and plural ("قالت", "قالوا"), the present's feminine and plural ("تقول", "يقولون")."""
    forms = {}
    for pair in pairs.split():
        past, present = (folded(w) for w in pair.split(":"))
        stem = past[:-1] if past.endswith(("ى", "ي")) else past
        weak = present.endswith(("ى", "ي"))
        made = {
            past,
            stem + "ت",  # قالت، رأت، نفت
            stem + "وا",  # قالوا، رأوا، نفوا
            present,
            "ت" + present[1:],  # تقول، ترى
            (present[:-1] if weak else present) + "ون",  # يقولون، يرون، ينفون
        }
        if past.endswith("ي"):
            made.add(past + "ت")  # خشيت
        for form in made:
            forms[form] = past
    return forms


# A phrase right after a verb of reporting, or a phrase that introduces a source, is who reported the passage
# ("وقال رئيس اللجنة", "بحسب تقرير"). Not "بين" (between, though "بيّن" explains), "نقل" (moved) or "رد"
# (returned): a phrase after them is what the passage is about.
REPORTING = frozenset(verb_forms(REPORTING_VERBS)) | _words("بحسب حسب وفق وفقا طبقا نقلا")
# Titles before a person's name ("المهندس سليم الحوراني", "الدكتورة ريم العطار"): what follows names a person.
TITLES = _words("""
    السيد السيدة الدكتور الدكتورة المهندس المهندسة الحاج الحاجة الأستاذ الأستاذة الشيخ الشيخة المحامي المحامية
    العميد اللواء العقيد النائب النائبة
""")
# Nouns that name a channel of news, not what it reports.
SOURCE_HEADS = _words("وكالة وكالات صحيفة موقع قناة مصدر مصادر متحدث ناطق بيان")


def is_arabic(token: str) -> bool:
    return ARABIC_LETTER.match(token) is not None


def figure_term(token: str) -> str:
    """A figure as a term, as the alignment reads it (``words.figure``): "٦٫٥" and "6.5" are one figure, "١٬٢٠٠" and
    "1200" another."""
    return read_figure(token)


def noun_shaped(word: str) -> bool:
    """Whether a word without the article has a shape only nouns have (``word`` without its marks, its alifs as
    written): "فعيل", "فعال", "فعول" ("رئيس", "قطاع", "وصول"), a verbal noun in "إ-" ("إغلاق", "إصلاح"), in "ا-…ا-"
    of six letters or more ("احتجاج", "انهيار", "استبدال"; "اختار" is a verb), in "ت-…ي-" ("ترميم", "تسليم"), or
    an ending in "-ية" ("بلدية")."""
    if len(word) == 4 and word[2] in "ياو" and word[0] not in "يتنأ":
        return True
    if word.startswith("إ") and len(word) >= 4 or word.startswith("ا") and len(word) >= 6 and word[-2] == "ا":
        return True
    return len(word) == 5 and word[0] == "ت" and word[3] == "ي" or len(word) >= 4 and word.endswith("ية")


def adjective_shaped(core: str) -> bool:
    """Whether a word (without its article) has the shape of an adjective: a relative adjective ("البلدي",
    "الحجرية", "المدنيين"), "فعيل" ("القديم", "الجديدة"), or a participle in "م-" with an ending of agreement
    ("المؤقتة", "المسجلين")."""
    if len(core) >= 3 and core.endswith(("ي", "ية", "يين", "يون", "يات")):
        return True
    if len(core) == 4 and core[2] == "ي" or len(core) == 5 and core[2] == "ي" and core.endswith("ة"):
        return True
    return len(core) >= 5 and core.startswith("م") and core.endswith(("ة", "ين", "ون", "ات"))


@dataclass(frozen=True)
class Word:
    """A word as a label reads it: the letters of the proclitics written onto it (left out where a label opens on
    it), its core (``folded``, without proclitics or article), whether it has the article, whether a pronoun is
    written onto its end ("محالهم": no genitive follows it), whether a label may open on it, and whether it is
    certainly one word: one that opens on a letter that may be a proclitic ("لدعوة", "لجنة", "وزارة") is, where
    the story also writes it with the article or after a preposition ("اللجنة", "في وزارة")."""
    prefix: int
    core: str
    definite: bool
    suffixed: bool = False
    opens: bool = True
    certain: bool = True


def accusative(core: str) -> bool:
    """The "-ا" of an indefinite accusative ("احتجاجا", "إضرابا مفتوحا"), after which no genitive comes."""
    return len(core) >= 4 and core.endswith("ا") and not core.endswith("وا")


def may_follow(previous: Word | None, word: Word, definite: bool) -> bool:
    """Whether ``word`` may go on a phrase whose last word is ``previous`` (None: a figure, which the noun after it
    counts) and which holds a word with the article (``definite``) or not: the genitive that closes a chain of nouns
    without the article, an adjective (agreeing in the article, and in the accusative's "-ا"), a noun of the chain."""
    if previous is None:
        return not word.definite and not word.suffixed
    if previous.suffixed:
        return word.definite and adjective_shaped(word.core)
    if word.definite:
        return adjective_shaped(word.core) if definite else not accusative(previous.core)
    if definite:
        return False
    if accusative(previous.core):
        return accusative(word.core) or word.core.endswith("ة")
    return not accusative(word.core) or previous.core.endswith("ة")


class Story:
    """What a story's own words say of each word: which take the article, which follow a preposition, which a
    particle that only a verb follows."""

    def __init__(self, passages: list[list[str]]):
        # Verbs of reporting are no part of a noun phrase either ("وقال عبد الكريم …": the name opens one).
        self.particles = PARTICLES | REPORTING | frozenset(folded(word) for word in languages.function_words("ar"))
        self.date_names = furniture_vocabulary.words(furniture_vocabulary.DATE_NAMES)
        self.definite: set[str] = set()
        self.written: set[str] = set()  # as written, without marks: a proclitic is taken off only where what is
        # left is written so ("ووزارة": "وزارة"), its hamza and its final "ى" as they are ("وادي" is no "و" + "أدى")
        self.governed: set[str] = set()
        for words in passages:
            for position, word in enumerate(words):
                if not is_arabic(word):
                    continue
                bare = MARKS.sub("", word)
                self.written.add(bare)
                found = ARTICLE.match(bare) or FUSED_ARTICLE.match(bare)
                if found:
                    self.definite.add(folded(bare[found.end():]))
                    self.written.add(bare[found.end():])
                if position and folded(words[position - 1]) in GOVERNING:
                    self.governed.add(folded(bare))
        self._parsed: dict[str, Word | None] = {}
        self.nominal: Counter = Counter()
        self.verbal: Counter = Counter()
        for words in passages:
            for position, word in enumerate(words):
                parsed = self.parse(word)
                if parsed is None:
                    continue
                core = parsed.core
                before = self.bare_particle(words[position - 1]) if position else ""
                if parsed.definite or core.endswith("ة") or len(core) >= 4 and core.endswith("ات"):
                    self.nominal[core] += 1
                if accusative(core):
                    self.nominal[core] += 1  # "احتجاجا", "شهرا"
                if not parsed.definite and noun_shaped(MARKS.sub("", word)[parsed.prefix:]):
                    self.nominal[core] += 1  # "رئيس", "إغلاق", "ترميم"
                if before in GOVERNING or position and words[position - 1][:1].isdigit():
                    self.nominal[core] += 1
                if parsed.prefix and folded(word)[parsed.prefix - 1] in "بك":
                    self.nominal[core] += 1  # a preposition written onto it
                if before in VERB_MARKERS or before == "ان" and core[:1] in "يتن":
                    self.verbal[core] += 1
                if len(core) >= 4 and core.endswith("وا"):
                    self.verbal[core] += 1  # the perfect's plural: "أغلقوا", "أضربوا"
                if len(core) >= 4 and core.startswith("ي") and not parsed.definite:
                    self.verbal[core] += 1  # the imperfect's "ي-": "يفتح", "يعمل" (few nouns open so)

    def bare_particle(self, word: str) -> str:
        """``word`` folded, without a "و" or "ف" written onto it: the particle it may be ("وفي", "فقد")."""
        plain = folded(word)
        return plain[1:] if plain[:1] in ("و", "ف") and len(plain) > 2 and plain[1:] in self.particles else plain

    def is_particle(self, word: str) -> bool:
        plain = folded(word)
        return plain in self.particles or plain[:1] in ("و", "ف") and plain[1:] in self.particles

    def parse(self, word: str) -> Word | None:
        """``word`` read as a word of a noun phrase; None for a particle, a letter alone, or a word in another
        script."""
        if word in self._parsed:
            return self._parsed[word]
        parsed = None
        if is_arabic(word) and not self.is_particle(word):
            parsed = self._parse(word)
            if len(parsed.core) < 2 or parsed.core in self.particles or parsed.suffixed and \
                    self.stem_of(parsed.core) in self.particles:
                parsed = None  # a particle, with a pronoun written onto it or not ("قبلنا", "عليه")
        self._parsed[word] = parsed
        return parsed

    def _parse(self, word: str) -> Word:
        bare = MARKS.sub("", word)
        found = ARTICLE.match(bare)
        if found:
            return Word(len(found.group(1)), folded(bare[found.end():]), True)
        found = FUSED_ARTICLE.match(bare)
        if found:
            return Word(found.end(), folded(bare[found.end():]), True, opens=False)
        for proclitic in PROCLITICS:
            rest = bare[len(proclitic):]
            if bare.startswith(proclitic) and len(rest) >= 2 and rest in self.written:
                return Word(len(proclitic), folded(rest), False, self.stem_of(folded(rest)) is not None)
        plain = folded(bare)
        certain = plain[:1] not in "وفبلك" or plain in self.definite or plain in self.governed
        return Word(0, plain, False, self.stem_of(plain) is not None, certain=certain)

    def stem_of(self, core: str) -> str | None:
        """What is left of ``core`` without a pronoun written onto its end, where the story writes that alone
        ("محالهم": "محال"; "كلفته": "كلفة"; "قبلنا": "قبل"); None where no pronoun is written onto it."""
        for suffix in SUFFIXES:
            stem = core[:-len(suffix)]
            if not core.endswith(suffix) or len(stem) < 2:
                continue
            for written in (stem, stem[:-1] + "ة" if stem.endswith("ت") else ""):
                if written and (written in self.definite or written in self.particles or written in self.governed):
                    return written
        return None

    def is_noun(self, core: str) -> bool:
        if core in NAME_OPENERS or core in self.definite or core.endswith("ا") and core[:-1] in self.definite:
            return True
        return self.nominal[core] > self.verbal[core]

    def is_verb(self, core: str) -> bool:
        return core not in self.definite and self.verbal[core] > self.nominal[core]

    def says_when(self, word: str, parsed: Word) -> bool:
        plain = folded(word)
        return parsed.core in TIME_WORDS or plain in self.date_names or parsed.core in self.date_names \
            or ("ال" + parsed.core) in self.date_names


def _offset(word: str, letters: int) -> int:
    """Where, in ``word`` as written, its first ``letters`` letters (marks not counted) end."""
    seen = 0
    for position, character in enumerate(word):
        if seen == letters:
            return position
        if not MARKS.match(character):
            seen += 1
    return len(word)


def candidate_spans(words: list[str], text: str, spans: list[tuple[int, int]], story: Story):
    """(phrase, cores, first token, last token) for every noun phrase of a passage's tokens that may stand as a
    label (see the module's policy), cut from the text as written, the proclitics of its first word left out."""
    parsed = [story.parse(word) for word in words]

    def figure(position: int) -> bool:
        """A figure, or a number written as a word."""
        return 0 <= position < len(words) and (words[position][:1].isdigit() or folded(words[position]) in NUMBER_WORDS)

    def joined(position: int) -> Word | None:
        """The word at ``position`` where it may go on a phrase: an Arabic word written alone and certainly one
        word, saying no time."""
        if not 0 <= position < len(words) or parsed[position] is None or parsed[position].prefix:
            return None
        if not parsed[position].certain or story.says_when(words[position], parsed[position]):
            return None
        return parsed[position]

    def following(position: int, last: Word | None, definite: bool, name: bool) -> Word | None:
        """The word after ``position`` where it goes on the phrase that ends there."""
        word = None if figure(position + 1) else joined(position + 1)
        if word is None:
            return None
        if name and word.definite:
            return word  # a name's family ("عبد الرحمن النقيب")
        return word if may_follow(last, word, definite) else None

    for start in range(len(words)):
        first = None if figure(start) else parsed[start]
        end = start
        if figure(start):
            if figure(start - 1):
                continue
            while figure(end + 1):
                end += 1  # a figure and its number words ("٦٫٥ ملايين"), or number words ("ثمانية عشر")
        elif first is None or not first.opens or not first.certain and not first.prefix \
                or story.says_when(words[start], first):
            continue
        elif not first.definite and not story.is_noun(first.core):
            continue
        if first is not None and not first.prefix:
            # The word before, even one that may carry a proclitic ("وزارة" of "وزارة الزراعة").
            before = parsed[start - 1] if start and parsed[start - 1] is not None and not parsed[start - 1].prefix \
                and not story.says_when(words[start - 1], parsed[start - 1]) else None
            if figure(start - 1) or before is not None and may_follow(before, first, before.definite) and (
                    before.definite or story.is_noun(before.core)):
                continue  # the phrase began earlier: the noun a figure counts, a genitive, an adjective
        last = first
        definite = last is not None and last.definite
        family = last is not None and last.core in NAME_OPENERS  # a name takes its family's word after it
        while True:
            after = following(end, last, definite, family and definite)
            if after is None or not after.definite and story.is_verb(after.core):
                if not figure(end):  # complete to its last word, which no genitive or adjective follows
                    opening = spans[start][0] + (_offset(words[start], first.prefix) if first is not None else 0)
                    cores = tuple(figure_term(words[p]) if words[p][:1].isdigit() else folded(words[p])
                                  if figure(p) else parsed[p].core for p in range(start, end + 1))
                    yield text[opening:spans[end][1]], cores, start, end
                break
            # A word the story does not show to be a noun goes on a phrase only where a genitive closes it.
            closed = following(end + 1, after, False, False)
            if end + 1 - start >= MAX_WORDS or not (after.definite or story.is_noun(after.core)
                                                    or closed is not None and closed.definite):
                break
            family = family and not definite
            end += 1
            last, definite = after, definite or after.definite


def stands_as_source(words: list[str], start: int, end: int, story: Story) -> bool:
    """Whether the phrase ``words[start:end + 1]`` is who reported its passage, or a person named: right after a verb
    of reporting ("وقال رئيس اللجنة"), the name set between commas after such a phrase ("وقال رئيس اللجنة، عبد الرحمن
    النقيب،"), right before one, a channel of news ("وكالة المشرق"), or a name after a title ("المهندس …")."""
    def reporting(position: int) -> bool:
        if not 0 <= position < len(words):
            return False
        plain = folded(words[position])
        return plain in REPORTING or plain[:1] in ("و", "ف") and plain[1:] in REPORTING  # "وقال", "وتقول"

    head = story.parse(words[start])
    if head is not None and head.core in SOURCE_HEADS or reporting(start - 1) or reporting(end + 1):
        return True
    if start and folded(words[start - 1]) in TITLES:
        return True  # a person named: "المهندس سليم الحوراني"
    if start and words[start - 1] in ("،", ","):
        for position in range(start - 2, max(-1, start - 8), -1):
            if reporting(position):
                return True
            if not is_arabic(words[position]):
                break
    return False


def term(word: str, story: Story) -> str | None:
    """The term ``word`` counts as in a passage: its core, or a figure in Western digits; None for a particle."""
    if word[:1].isdigit():
        return figure_term(word)
    parsed = story.parse(word)
    return parsed.core if parsed is not None else None
