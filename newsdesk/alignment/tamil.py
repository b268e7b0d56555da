"""Noun phrases of Tamil, for topic labels: what ``labels`` needs to read a story in Tamil script.

Policy: Tamil is head-final and writes its case endings, plural and clitics onto the noun, joined by sandhi
("மருத்துவமனை" + "இல்" is "மருத்துவமனையில்", "நகர்" + "ஐ" is "நகரை", "குடும்பம்" + "உக்கு" is "குடும்பத்துக்கு"),
often with a hard consonant doubled onto the word before the next ("நகரைச் சேர்ந்த", "சாக்கடைப் பணி"). A noun
phrase is a run of modifiers (nouns, a genitive) closed by its head noun. A label is such a run:

- it holds content words only: no function word (``languages.TAMIL_FUNCTION_WORDS`` and ``EXTRA_FUNCTION_WORDS``),
  no figure, no word that says when (a weekday, a part of the day, "மணிக்கு": ``time_word``), no verb form
  (``verb``: finite verbs, participles, infinitives and adverbs, told by their endings);
- two words side by side belong to one phrase only where the story writes them together more than once
  (``Story.joined``: "நேரு நகர்", "பாதாள சாக்கடை") or where the first is a genitive ("நிறுவனத்தின் ஜேசிபி");
- a word with another case ending closes its phrase, and the label ends on that word without its ending
  ("அரசு மருத்துவமனையில்": "அரசு மருத்துவமனை"), where the story writes the bare word or the ending comes off
  without doubt (``Story.bare``); a label never ends on a genitive, a quantity word or a word that the next word
  of a name continues ("நேரு" of "நேரு நகர்");
- an initial written onto a name with a dot ("ச.அருள்மொழி") belongs to it (``merged_initials``).

A phrase names who reported its passage where a verb of saying follows it ("… தெரிவித்தனர்", "… கூறினார்").
"""

import re
from collections import Counter

from newsdesk.importing.languages import TAMIL_FUNCTION_WORDS

PULLI = "\u0bcd"
# The vowel signs, by the vowel they write after a consonant.
SIGNS = {"இ": "\u0bbf", "ஈ": "\u0bc0", "உ": "\u0bc1", "ஊ": "\u0bc2", "எ": "\u0bc6", "ஏ": "\u0bc7", "ஐ": "\u0bc8",
         "ஒ": "\u0bca", "ஓ": "\u0bcb", "ஆ": "\u0bbe"}
VOWEL_SIGNS = frozenset(SIGNS.values())
MARKS = VOWEL_SIGNS | {PULLI}
FRONT = frozenset(SIGNS[vowel] for vowel in "இஈஐஏஎ")  # vowels a glide "ய" follows before an ending
BACK = frozenset(SIGNS[vowel] for vowel in "உஊஓஒ")  # and "வ"
HARD = ("க்", "ச்", "த்", "ப்")  # consonants sandhi doubles onto a word before the next


def _written(suffix: str) -> str:
    """A suffix that opens on a vowel, as written after a consonant ("இல்": "ில்")."""
    return SIGNS[suffix[0]] + suffix[1:] if suffix[0] in SIGNS else suffix


# Case endings that close a noun phrase (locative, accusative, dative, instrumental, sociative, ablative,
# purposive), and the clitics "உம்", "ஏ", "ஓ" written after them; the genitive binds a noun to the next.
OBLIQUE = tuple(sorted({_written(s) for s in """
    இல் இலும் இலோ இலே இலிருந்து இலிருந்தும் இடம் இடமிருந்து ஐ ஐயும் உக்கு உக்கும் உக்கோ உக்காக இற்கு ஆல் ஆலும் ஓடு
    உடன் உடனும் இன்போது
""".split()} | {"க்கு", "க்கும்", "க்கோ", "க்காக", "கள்", "களில்", "களிலும்", "களை", "களையும்", "களுக்கு",
                "களுக்கும்", "களால்", "களிடம்", "களுடன்", "களிலிருந்து"}, key=len, reverse=True))
GENITIVE = tuple(sorted({_written(s) for s in "இன் உடைய".split()} | {"களின்", "களுடைய"}, key=len, reverse=True))
CLITICS = tuple(_written(s) for s in ("உம்", "ஏ", "ஓ"))
PLURAL = "கள்"
# Endings of verb forms (finite verbs, relative and adverbial participles, infinitives) and of adverbs ("-ஆக").
VERB_ENDINGS = tuple(sorted("""
    ட்டவர் ட்டவர்கள் ந்தவர் ந்தவர்கள் த்தவர் த்தவர்கள் ற்றவர் ற்றவர்கள் ார் ினர் னர் ட்டார் ந்தார்
    ினார் கிறார் கின்றனர் கிறது கின்றது கின்றன ந்தது ட்டது த்தது ற்றது ன்றது ந்தன ட்டன த்தன ப்படும்
    க்கும் ங்கும் ளது ள்ளார் ள்ளனர் ள்ளன லாம் ாது ந்து த்து ட்டு ற்று ய்து ந்த ட்ட ற்ற ன்ற கிற கின்ற
    த்த ிய க்க ங்க ாக ாகவும் ாகும் ான ும்படி ப்பட ப்பட்ட ப்பட்டு ாமல் ாத க்கப்பட டும் ட்டும்
""".split(), key=len, reverse=True))
VERB_LETTERS = 2  # letters of a verb form before its ending, at least
# Beside the function-word list: the unit of persons after a figure, "about", the rupee's abbreviation, "from",
# the ordinal and year endings written after a figure with a hyphen ("11-வது", "2023-ஆம்"), and titles of address.
EXTRA_FUNCTION_WORDS = frozenset("""
    பேர் பேரும் பேருக்கு ரூ முதல் வது ஆவது ஆம் இல் க்கும் மேற்பட்டோர் கிட்டத்தட்ட சுமார் உடனடியாக இதையடுத்து
    இந்நிலையில் மேலும் அதேபோல் திரு திருமதி செல்வி
""".split())
# Quantity words: a label opens on one at most ("மூன்று வார்டுகள்"), never ends on one.
QUANTITIES = frozenset("""
    ஒன்று இரண்டு மூன்று நான்கு ஐந்து ஆறு ஏழு எட்டு ஒன்பது பத்து நூறு ஆயிரம் லட்சம் கோடி சதவீதம் பாதி
""".split())
# Words that say when: weekdays (also in "-கிழமை"), parts of the day, hours, days, months, years.
TIME_WORDS = frozenset("""
    திங்கள் செவ்வாய் புதன் வியாழன் வெள்ளி சனி ஞாயிறு காலை மாலை இரவு அதிகாலை நள்ளிரவு பிற்பகல் முற்பகல் மதியம் நண்பகல்
    இன்று நேற்று நாளை மணி மணியளவில் நேரம் நிமிடம் நிமிடங்கள் நாள் நாட்கள் நாள்கள் வாரம் மாதம் ஆண்டு ஆண்டுகள் வருடம்
    ஜனவரி பிப்ரவரி மார்ச் ஏப்ரல் மே ஜூன் ஜூலை ஆகஸ்ட் செப்டம்பர் அக்டோபர் நவம்பர் டிசம்பர் டிச சித்திரை வைகாசி ஆனி ஆடி
    ஆவணி புரட்டாசி ஐப்பசி கார்த்திகை மார்கழி தை மாசி பங்குனி
""".split())
WEEKDAY = "கிழமை"
# Beginnings of the verbs of saying ("தெரிவித்தார்", "கூறினார்", "என்றார்", "அறிவித்துள்ளது") and channels of news.
SAYING = ("தெரிவி", "கூறி", "கூறு", "கூற", "என்றா", "என்றன", "என்கிறா", "என்கின்ற", "அறிவி", "குறிப்பிட்ட")
SOURCE_HEADS = frozenset("செய்தியாளர் நிருபர் செய்திப்பிரிவு செய்தி சேவை".split())
MAX_WORDS = 4
JOINED = 2  # times the story writes two words side by side before they read as one phrase
STEM_LETTERS = 2
TAMIL = re.compile("[\u0b80-\u0bff]")


def letters(word: str) -> int:
    """Letters of ``word``, its vowel signs and pulli not counted."""
    return sum(character not in MARKS for character in word)


def merged_initials(spans: list[tuple[str, int, int]], text: str) -> list[tuple[str, int, int]]:
    """``spans`` (tokens with where they start and end) with an initial and its dot written onto the word after it
    taken into that word ("ச.அருள்மொழி", "ஓ.ஆர்.எஸ்")."""
    merged: list[tuple[str, int, int]] = []
    position = 0
    while position < len(spans):
        token, start, end = spans[position]
        while position + 2 < len(spans) and letters(token.split(".")[-1]) <= 2 and TAMIL.match(token[:1] or " ") \
                and spans[position + 1][0] == "." and spans[position + 1][1] == end \
                and spans[position + 2][1] == spans[position + 1][2] and TAMIL.match(spans[position + 2][0][:1]):
            token, end = f"{token}.{spans[position + 2][0]}", spans[position + 2][2]
            position += 2
        merged.append((token, start, end))
        position += 1
    return merged


def _figure(word: str) -> bool:
    return word[:1].isdigit()


class Story:
    """The words of a story in Tamil: which it writes, which pairs it writes side by side, and the bare form of a
    word with a case ending."""

    def __init__(self, tokenised: list[list[str]]):
        self.seen = frozenset(word for words in tokenised for word in words)
        self.function = TAMIL_FUNCTION_WORDS | EXTRA_FUNCTION_WORDS
        self.pairs: Counter = Counter()
        self.verbs: dict[str, bool] = {}
        for words in tokenised:
            for word, after in zip(words, words[1:], strict=False):
                if self.content(word) and self.content(after):
                    self.pairs[self.stem(word), self.stem(after)] += 1

    def _known(self, form: str, certain: bool = False) -> bool:
        return letters(form) >= STEM_LETTERS and (certain or form in self.seen)

    def _off(self, word: str, tail: str) -> str | None:
        """``word`` without its ending ``tail``: the bare word the story writes, or the one sandhi leaves no doubt
        of (a glide after a vowel: "மருத்துவமனையில்"; a dative after a vowel: "மருத்துவமனைக்கு")."""
        if not word.endswith(tail) or len(word) == len(tail):
            return None
        base = word[:-len(tail)]
        if tail[0] in VOWEL_SIGNS:
            if (base[-1:] == "ய" and base[-2:-1] in FRONT or base[-1:] == "வ" and base[-2:-1] in BACK) \
                    and self._known(base[:-1], True):
                return base[:-1]  # a glide between a vowel and the ending
            if base.endswith(("த்த", "த்து")):
                am = base[:base.rindex("த்த")] + "ம்"
                if self._known(am):
                    return am
            for form in (base + PULLI, base + SIGNS["உ"]):
                if self._known(form):
                    return form
            return None
        if tail.startswith("க்க") or tail.startswith("க"):
            if base.endswith(("த்து", "த்த")):
                am = base[:base.rindex("த்த")] + "ம்"
                if self._known(am):
                    return am
            if self._known(base):
                return base  # not without the bare word: many nouns end so ("வயிற்றுப்போக்கு")
        return None

    def case(self, word: str) -> tuple[str, str]:
        """(bare word, kind) of ``word``: its bare form without a case ending and the clitics after it, and "" (no
        ending), "genitive" or "oblique"; an ending whose bare word cannot be told stays on the word."""
        form = word
        if form.endswith(HARD) and form[-3:-2] in VOWEL_SIGNS and letters(form) > 2:
            form = form[:-2]  # a consonant doubled onto the word before the next ("நகரைச்", "சாக்கடைப்")
        for clitic in CLITICS:
            bare = self._off(form, clitic)
            if bare is not None:
                form = bare
                break
        for kind, tails in (("genitive", GENITIVE), ("oblique", OBLIQUE)):
            for tail in tails:
                if tail == PLURAL or not form.endswith(tail) or letters(form[:-len(tail)]) < STEM_LETTERS:
                    continue
                if tail.startswith("கள"):
                    return form[:-len(tail)] + PLURAL, kind  # a plural's ending: the plural stays ("குடங்கள்")
                bare = self._off(form, tail)
                if bare is not None:
                    return bare, kind
                if kind == "oblique" and len(tail) > 2 and not tail.startswith("க"):
                    return "", kind  # an ending no noun ends on, its bare word not told: no label ends here
        return form, ""

    def stem(self, word: str) -> str:
        """``word`` as words are compared: bare, and without its plural."""
        bare, _ = self.case(word)
        if bare.endswith(PLURAL) and letters(bare) > 3:
            bare = bare[:-len(PLURAL)]
            if bare[-1:] in ("க",):
                bare = bare[:-1] + PULLI
        return bare

    def content(self, word: str) -> bool:
        return bool(word) and word[0].isalnum() and word not in self.function and len(word) > 1 \
            and not word[:1].isdigit()

    def time_word(self, word: str) -> bool:
        return WEEKDAY in word or word in TIME_WORDS or self.case(word)[0] in TIME_WORDS or any(
            word.startswith(time) and _ending(word[len(time):]) for time in TIME_WORDS)

    def verb(self, word: str) -> bool:
        """``word`` is a verb form or an adverb, by its ending ("தெரிவித்தனர்", "உடைந்த", "முழுமையாக"), unless it
        is a noun in "-அம்" written before another (``_noun_modifier``) or one the story writes in the plural."""
        if word not in self.verbs:
            self.verbs[word] = not self._noun_modifier(word) and not self._plural_of(word) and any(
                word.endswith(ending) and letters(word[:-len(ending)]) >= VERB_LETTERS for ending in VERB_ENDINGS)
        return self.verbs[word]

    def _plural_of(self, word: str) -> bool:
        """The story writes ``word`` with the plural ending: a noun ("பேருந்து" beside "பேருந்துகள்"), however it
        ends."""
        return any(other.startswith(word + "கள") for other in self.seen)

    def _noun_modifier(self, word: str) -> bool:
        """``word`` is a noun in "-அம்" written before another ("மாவட்ட ஆட்சியர்", "ஒப்பந்த நிறுவனம்"), which ends
        like a verb's participle: the story writes the noun itself, or with a case ending ("மாவட்டத்தில்")."""
        return word[-1:] not in MARKS and (word + "ம்" in self.seen or any(
            other.startswith(word + "த்") for other in self.seen))

    def joined(self, word: str, after: str) -> bool:
        """``word`` and ``after`` belong to one phrase: the story writes them together more than once (a compound,
        a title, a name), or ``word`` is a genitive."""
        return self.pairs[self.stem(word), self.stem(after)] >= JOINED or self.case(word)[1] == "genitive"

    def term(self, word: str) -> str | None:
        if not self.content(word) or len(word) < 2:
            return None
        return self.stem(word)


def _ending(rest: str) -> bool:
    """``rest`` is only endings written onto a word: a case ending, a glide or a doubled consonant before one, a
    clitic ("மணி" + "க்கு", "காலை" + "யில்", "இரவு" + "ம்")."""
    if rest[:1] in ("ய", "வ") and rest[1:2] in VOWEL_SIGNS:
        rest = rest[1:]
    if rest.startswith("த்த"):
        rest = rest[3:]
    return bool(rest) and letters(rest) <= 4 and (
        rest[0] in VOWEL_SIGNS or rest.startswith(("க்க", "க்", "ச்", "த்", "ப்", "ம்", "கள")))


def _word(story: Story, word: str) -> bool:
    """A word a label may hold."""
    return story.content(word) and not story.time_word(word) and not story.verb(word)


def candidate_spans(words: list[str], text: str, spans: list[tuple[int, int]], story: Story):
    """(phrase, terms, first token, last token) for every noun phrase of a passage's tokens that may stand as a
    label (see the module's policy); the last word is written bare."""
    def together(position: int) -> bool:  # words[position - 1] and words[position] are one phrase
        return "\n" not in text[spans[position - 1][1]:spans[position][0]] \
            and story.joined(words[position - 1], words[position])

    for start, word in enumerate(words):
        if not _word(story, word):
            continue
        if start and _word(story, words[start - 1]) and story.case(words[start - 1])[1] != "oblique" \
                and together(start):
            continue  # the phrase began earlier
        for end in range(start, min(len(words), start + MAX_WORDS)):
            last = words[end]
            if not _word(story, last) or end > start and not together(end):
                break
            bare, kind = story.case(last)
            following = words[end + 1] if end + 1 < len(words) else ""
            name_goes_on = kind != "oblique" and following and _word(story, following) and together(end + 1)
            if bare and kind != "genitive" and not name_goes_on and bare not in QUANTITIES \
                    and bare not in story.function:
                phrase = re.sub(r"\s+", " ", text[spans[start][0]:spans[end][0]] + bare)
                terms = tuple(term for term in (story.term(w) for w in words[start:end + 1]) if term)
                if terms:
                    yield phrase, terms, start, end
            if kind == "oblique":
                break


def stands_as_source(words: list[str], start: int, end: int, story: Story) -> bool:
    """Whether the phrase ``words[start:end + 1]`` names who reported its passage: a verb of saying follows it
    ("… அதிகாரிகள் தெரிவித்தனர்"), or its head is a channel of news ("செய்தியாளர்")."""
    if story.stem(words[end]) in SOURCE_HEADS:
        return True
    after = words[end + 1:end + 3]
    return bool(after) and after[0].startswith(SAYING)
