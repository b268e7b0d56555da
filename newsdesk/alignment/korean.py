"""Noun phrases of Korean, for topic labels: what ``labels`` needs to read a story written in Hangul.

Policy: Korean writes a word and the particles and endings that bind it into the clause as one spaced unit, an
eojeol ("현장에서": "현장" with "에서", "꺼지면서": a verb's stem with its ending). A noun phrase is a run of eojeols
whose every word is a noun: bare nouns, a figure with its counter ("5층", "700m"), a noun with "의" before
its head ("도로 위의 교통량") or a word the story writes before the same noun more than once (a name's first
word, an adjective: "낡은 하수관"), and a head noun last, bare or with its particle, which the label leaves out
("은포중앙시장 상인들" of "은포중앙시장 상인들도"). A label

- ends on its head noun, never on a particle, a verb's or an adjective's ending ("-다", "-고", "-며" …), a bare
  figure or a word that says when ("14일", "오후", "지난해"), and never where a further noun goes on with the
  compound ("은포시" of "은포시 관계자는");
- opens where no noun before it belongs to the same compound (a name is kept whole or left out), never on a
  word that says when;
- is a source where it names who spoke: the subject of a sentence that quotes it ("…는 "…"고 말했다"), what
  "…에 따르면" names, or a reporter or an official ("기자", "관계자").

A word is a noun where the story says so, as ``arabic`` reads its words (no tagger or dictionary): the story
writes it with a case particle that only a noun takes ("을", "를", "의", "에서", "으로" …), or both bare and with
a particle; a verb's stem is never written bare. A stem whose last syllable holds the past tense's "ㅆ"
("빠졌" of "빠졌을") is a verb's.
"""

import re
from collections import Counter, defaultdict

from newsdesk.alignment.words import HANGUL, final_consonant

HANGUL_LETTER = re.compile(f"[{HANGUL}]")  # a syllable or a letter of Hangul (``words.HANGUL``)
# An eojeol: a run of letters, figures and the marks that join them ("2·3차로를", "은포역∼중앙시장사거리", "41%",
# "2.5m"); any other character but a space is a token of its own.
TOKEN = re.compile(r"(?:\d+(?:[.,]\d+)+|[^\s\"'“”‘’()\[\]{}<>《》〈〉「」『』,.!?…:;=/|※◆▲■●△▶◇○·~-]|[·∼~](?=\w))+|\S")

# Particles written onto a noun, the longest first: those only a noun takes, and those that follow a verb's
# ending too ("작은", "하는", "있다가"), which alone make no word a noun.
NOUN_PARTICLES = tuple(sorted("""
    에서는 에서도 에서만 에서의 에게서 에게는 에게도 에게 에서 으로는 으로도 으로써 으로서
    으로의 으로 로는 로도 로써 로서 로의 에는 에도 에만 에의 에선 에 을 를 의 과 와 까지 부터
    처럼 보다 께서 께 이나 마다 조차 만큼 까지는 부터는 과는 와는 과의 와의
    """.split(), key=len, reverse=True))
SHARED_PARTICLES = tuple(sorted("은 는 이 가 도 만 이다 이며 이고 이었다 였다 이라는 라는 이란 란".split(),
                                key=len, reverse=True))
PARTICLES = tuple(sorted(NOUN_PARTICLES + SHARED_PARTICLES, key=len, reverse=True))
PLURAL = "들"
GENITIVE = "의"
# The last syllables of a verb's or an adjective's endings: a stem seen once with a particle that ends so is no
# noun ("있으므로", "하기도"), unless the story also writes it bare.
VERB_SYLLABLES = frozenset("므으하되지니아어여해워려러시셔게고며면서던든는은을할된한운인울던다요죠")
PAST = 20  # the index of "ㅆ" among the final consonants of a Hangul syllable

MAX_WORDS = 5
# Words that only say when ("14일", "오후 5시 40분께", "사흘째", "지난해").
TIME_WORDS = frozenset("""
    오늘 어제 내일 그제 모레 이날 전날 당일 다음날 이튿날 사흘 나흘 이틀 올해 지난해 작년
    내년 금년 올여름 올겨울 올봄 올가을 이번 지난 다음 오전 오후 새벽 아침 낮 저녁 밤 밤새
    당시 최근 현재 지금 그때 연말 연초 월말 주말 평일 요즘 앞서 이후 이전 직후 직전 동안 한때
    초 말 중순 초순 하순
""".split())
TIME = re.compile(r"^(?:\d+(?:[.,]\d+)?(?:년|월|일|시|분|초|주|개월|시간|년대|세기)"
                  r"(?:께|쯤|경|간|째|여|만|부터|까지|에)?)+$|째$")
FIGURE = re.compile(r"^\d")
# Who reported a passage: "…에 따르면", a reporter, an official, a spokesman.
ACCORDING_TO = ("따르면", "의하면")
SOURCE_HEADS = ("기자", "특파원", "관계자", "대변인", "통신", "측", "씨")
# A quotation closed by a verb of saying ("…"고 말했다", "…"며 분통을 터뜨렸다", "…다고 밝혔다").
SAYS = re.compile(r"[\"“”'‘’]|(?:고|며|라며|다며|다고|라고)\s+(?:\S+\s+)?"
                  r"(?:말했|밝혔|전했|설명했|강조했|덧붙였|지적했|분석했|했다|"
                  r"하소연했|주장했|토로했|호소했|말했습니다|밝혔습니다|했습니다)")
SENTENCE_END = re.compile(r"(?:다|요|죠)\.(?:\s|$)|[.!?](?:\s|$)")


def token_spans(text: str) -> list[tuple[str, int, int]]:
    """Each token of ``text`` with where it starts and ends: eojeols (``TOKEN``) and any other character but a
    space."""
    return [(match.group(), match.start(), match.end()) for match in TOKEN.finditer(text)]


def is_hangul(word: str) -> bool:
    return bool(HANGUL_LETTER.search(word))


def _past(syllable: str) -> bool:
    return final_consonant(syllable) == PAST


def says_when(word: str) -> bool:
    return word in TIME_WORDS or TIME.search(word) is not None


class Story:
    """The nouns of a story: the stems it writes with a particle only a noun takes, or both bare and with one."""

    def __init__(self, texts):
        forms: dict[str, set[str]] = defaultdict(set)
        self.pairs: Counter = Counter()
        for text in texts:
            found = TOKEN.findall(text)
            self.pairs.update(zip(found, found[1:], strict=False))
            for word in found:
                if not is_hangul(word) and not word[:1].isalpha():
                    continue
                forms[word].add("")
                for particle in PARTICLES:
                    if word.endswith(particle) and len(word) > len(particle):
                        forms[word[:-len(particle)]].add(particle)
        self.nouns = frozenset(stem for stem, seen in forms.items() if self._noun(stem, seen))
        # Each word with the noun after it, its particle left out: how often the story writes the word before
        # that noun ("북항 방파제가", "북항 방파제의").
        self.before_noun: Counter = Counter()
        for (word, after), count in self.pairs.items():
            read = self.read(after)
            if read is not None:
                self.before_noun[word, read[0]] += count

    @staticmethod
    def _noun(stem: str, seen: set[str]) -> bool:
        if not stem or _past(stem[-1]) or FIGURE.match(stem) or not (is_hangul(stem) or stem[:1].isalpha()):
            return False
        strict = {particle for particle in seen if particle in NOUN_PARTICLES}
        if len(stem) == 1:
            return len(strict) >= 2
        if "" in seen and len(seen) >= 2:
            return True
        return bool(strict) and (len(seen) >= 2 or stem[-1] not in VERB_SYLLABLES)

    def noun(self, stem: str) -> bool:
        return stem in self.nouns or stem.endswith(PLURAL) and stem[:-1] in self.nouns

    def read(self, word: str) -> tuple[str, str] | None:
        """(noun, particle) of an eojeol that is a noun, bare or with its particle ("현장에서": "현장", "에서"); None
        for any other ("꺼지면서", "분명하다")."""
        if self.noun(word):
            return word, ""
        for particle in PARTICLES:
            if word.endswith(particle) and self.noun(word[:-len(particle)]):
                return word[:-len(particle)], particle
        return None

    def term(self, word: str) -> str | None:
        """A word's term: its noun without particle or plural, or (a figure, a verb) None."""
        read = self.read(word)
        if read is None:
            return None
        noun = read[0]
        return noun[:-1] if noun.endswith(PLURAL) and noun[:-1] in self.nouns else noun


# The endings of a verb that joins two clauses ("꺼지면서", "다쳤고"): no modifier of a noun ends so.
CONNECTIVE = ("고", "며", "면서", "서", "다", "게", "지", "니", "면", "요", "도", "만")


def _modifier(story: Story, word: str, after: str = "") -> bool:
    """``word`` may stand before a head noun: a bare noun, a figure with its counter, a noun with "의", or another
    word that the story writes before the same noun more than once (a name's first word, an adjective: "낡은
    하수관"), which no connective ending closes."""
    if FIGURE.match(word):
        return story.read(word) is None or word.endswith(GENITIVE)
    read = story.read(word)
    if read is not None:
        return read[1] in ("", GENITIVE)
    head = _head(story, after) if after else None
    return head is not None and is_hangul(word) and story.before_noun[word, head[0]] >= 2 \
        and not word.endswith(CONNECTIVE) and not says_when(word)


def _head(story: Story, word: str) -> tuple[str, str] | None:
    if FIGURE.match(word) or says_when(word):
        return None
    read = story.read(word)
    if read is None or says_when(read[0]) or read[1] == GENITIVE and len(read[0]) < 2:
        return None
    return read


def candidate_spans(words: list[str], text: str, spans: list[tuple[int, int]], story: Story):
    """(phrase, nouns, first token, last token) for every noun phrase of a passage's tokens (``token_spans``) that
    may stand as a label (see the module's policy), cut from the text as written, its last particle left out."""
    for start, word in enumerate(words):
        following_word = words[start + 1] if start + 1 < len(words) else ""
        if not _modifier(story, word, following_word) and _head(story, word) is None:
            continue
        if says_when(word) or FIGURE.match(word) and story.read(word) is None and start + 1 < len(words) \
                and says_when(words[start + 1]):
            continue
        if start and _modifier(story, words[start - 1], word) and spans[start - 1][1] < spans[start][0]:
            continue  # the compound began earlier: a label holds it from its first word
        nouns: list[str] = []
        for end in range(start, min(len(words), start + MAX_WORDS)):
            current = words[end]
            if end > start and spans[end - 1][1] == spans[end][0]:
                break  # punctuation between: "(싱크홀)이"
            head = _head(story, current)
            if head is not None and not says_when(current):
                noun, particle = head
                following = words[end + 1] if end + 1 < len(words) else ""
                goes_on = particle == "" and following and spans[end][1] < spans[end + 1][0] \
                    and (_modifier(story, following, words[end + 2] if end + 2 < len(words) else "")
                         or _head(story, following) is not None)
                if not goes_on and particle != GENITIVE:
                    phrase = text[spans[start][0]:spans[end][1] - len(particle)]
                    yield re.sub(r"\s+", " ", phrase), (*nouns, story.term(noun) or noun), start, end
            if not _modifier(story, current, words[end + 1] if end + 1 < len(words) else ""):
                break
            term = story.term(current.removesuffix(GENITIVE)) if not FIGURE.match(current) else current
            nouns.append(term or current)


def stands_as_source(words: list[str], start: int, end: int, text: str, spans: list[tuple[int, int]],
                     story: Story) -> bool:
    """Whether the phrase ``words[start:end + 1]`` names who reported its passage: what "…에 따르면" names, a
    reporter or an official, or the subject of a sentence that quotes it."""
    last = words[end]
    read = story.read(last)
    noun, particle = read if read is not None else (last, "")
    if noun.endswith(SOURCE_HEADS) or end + 1 < len(words) and words[end + 1].startswith(SOURCE_HEADS):
        return True
    if particle == "에" and end + 1 < len(words) and words[end + 1].startswith(ACCORDING_TO):
        return True
    if particle not in ("은", "는", "이", "가", "께서", "도"):
        return False
    position = spans[end][1]
    closing = SENTENCE_END.search(text, position)
    sentence = text[position:closing.end() if closing else len(text)]
    return SAYS.search(sentence) is not None
