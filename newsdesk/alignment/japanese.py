"""Noun phrases of Japanese, for topic labels: what ``labels`` needs to read a story written in kanji and kana.

Policy: Japanese writes its nouns in kanji and katakana and most of what binds them into a clause (particles, the
endings of verbs and adjectives) in hiragana, with no space anywhere. A run of kanji, katakana, figures and Latin
letters (``RUN``: "町総合体育館", "代行バス", "412.5ミリ", "HRB") is a noun or a compound of nouns; a label is one such
run, or up to ``MAX_RUNS`` of them joined by の ("代行バスの運行", "町の背骨"), complete at both ends:

- it ends where a particle or the copula follows its last run (は, が, を, に, で, と, も, へ, や, の, から, まで, など,
  だ …) or a form of する after a noun of two kanji or more ("運行する", "再開した": a verbal noun), never where the
  ending of a verb or an adjective follows its stem ("埋まった", "顕著な", "見通し" of "見通しを"), never on a bare
  figure, and never on a run that says when ("15日未明", "19日夜の時点", "1年");
- it never opens on a run that says when ("17日の始発" is "始発"), points back ("同社", "同日"), or links sentences
  ("実際", "一方"), nor on the end of a word written in kanji and kana ("取り消し", "受け入れ態勢": kanji, one kana,
  kanji);
- figures stay whole ("412.5", "10、11月", a list of figures before their unit), and a dash or a middle dot between
  two names belongs to the run ("霧沢―湯ノ平温泉間", "北嶺・霧沢町").

A run's terms, by which a phrase is weighed against the story, are its overlapping pairs of characters (a figure or
a Latin word counts as one character), as the alignment counts Chinese and Japanese (``words.character_pairs``).
Chinese writes its function words in the same characters as its nouns, so its runs are whole clauses: nothing
here reads it.
"""

import re

from newsdesk.importing.scripts import HAN, HIRAGANA

HAN_CHARACTERS = HAN + "\u3006\u30f6"  # with 々 (in ``HAN``), 〆 and ヶ ("3ヶ月")
KATAKANA = "\u30a1-\u30fa\u30fc-\u30ff\u31f0-\u31ff\uff66-\uff9f"  # with ー; not the middle dot ・
LATIN = "A-Za-z\uff21-\uff3a\uff41-\uff5a"
# A figure with its decimals ("412.5"), and a list of figures before one unit ("10、11月").
FIGURE = r"\d+(?:[.,．，]\d+)*(?:、\d+(?:[.,．，]\d+)*)*"
NOMINAL = f"[{HAN_CHARACTERS}{KATAKANA}{LATIN}]"
JOINERS = "・―－‐‑～〜\\-"  # inside a run only, between two of its characters ("北嶺・霧沢町", "本郷―霧沢間")
RUN = re.compile(rf"(?:{FIGURE}|{NOMINAL})+(?:[{JOINERS}](?:{FIGURE}|{NOMINAL})+)*")
TOKEN = re.compile(rf"(?P<run>{RUN.pattern})|(?P<kana>[{HIRAGANA}]+)|\S")
HAN_CHARACTER = re.compile(f"[{HAN_CHARACTERS}]")
KATAKANA_CHARACTER = re.compile(f"[{KATAKANA}]")
# The characters of a run as its terms count them: a figure or a Latin word is one, a joiner none.
UNITS = re.compile(rf"{FIGURE}|[{LATIN}]+|[^{JOINERS}]")

MAX_RUNS = 3
MAX_CHARACTERS = 20  # of a label's runs: a compound of a dozen kanji is a headline, not a phrase
LINK = "の"

# What may follow a noun: a particle or the copula. One kana alone ("の", "は", "が" …) or a whole word ("から").
PARTICLE_KANA = frozenset("のはがをにでともへやかだ")
PARTICLE_WORDS = ("から", "まで", "より", "など", "ごろ", "くらい", "ぐらい", "ほど", "さん", "くん", "ちゃん", "さま",
                  "です", "なら", "ばかり", "しか")
# The kana that end the stem of a verb, on which a noun made from it ends ("崩れ", "通し", "刈り", "込み"); not
# those that are particles ("に", "で", "へ") or open a verb's endings ("て").
STEM_KANA = frozenset("いきぎしじちひびみりえけげせめれ")
# Adverbs written with one kanji and kana, whose kanji may close a run ("観測史上最も多く", "なかでも特に").
KANJI_ADVERBS = ("最も", "特に", "既に", "更に", "共に", "常に", "単に", "仮に", "主に", "実に", "必ず", "再び", "全く")
# The kana that open a form of する ("し", "す", "さ", "せ"): after a noun of two kanji or more, a verbal noun.
SURU = frozenset("しすさせ")
# Words that only say when; a run made of them and figures says when ("15日未明", "10、11月", "19日夜").
TIME_WORDS = sorted((
    "年度 年 か月 カ月 ヶ月 ケ月 月 日 時間 時 分間 分 秒 週間 週 半 午前 午後 未明 早朝 朝 昼 夜 夕方 夕 "
    "深夜 夜間 明け方 今年 昨年 来年 今年度 昨年度 来年度 今月 先月 来月 今週 先週 来週 今日 昨日 明日 本日 "
    "同日 当日 翌日 前日 同夜 時点 上旬 中旬 下旬 末 頃 以降 以来 前後 毎年 毎日 毎朝 現在 今後 当時 最近 "
    "近年 例年 将来 以前 当初 春 夏 秋 冬 月曜 火曜 水曜 木曜 金曜 土曜 日曜").split(), key=len, reverse=True)
TIME = re.compile(rf"(?:{FIGURE}|{'|'.join(TIME_WORDS)})+")
# A figure and its unit of time closing a run ("約1年", "2031年"): the run ends by saying when.
ENDS_IN_TIME = re.compile(rf"{FIGURE}(?:{'|'.join(TIME_WORDS)})+$")
# Nouns that link a sentence to the one before ("実際、…", "一方、…"): they name nothing.
LINKING_NOUNS = frozenset({"実際", "一方", "結局", "同様", "同時", "他方", "反面", "結果", "以上"})
POINTS_BACK = "同"  # "同社", "同校", "同日": the company, the school, the day just named

# Who reported a passage: "…によると" (according to …), or the speaker of a quotation or of reported words
# ("町長は「…」と述べた", "社長は…との見通しを示した"); a person named with an honorific or an age
# ("千葉恒夫さん（74）") is a name, not what happened.
ACCORDING_TO = ("によると", "によれば", "によりますと", "の話では", "の発表では", "の調べでは")
HONORIFICS = ("さん", "くん", "ちゃん", "さま", "様", "氏")
AGE = re.compile(r"[（(]\d+[）)]")  # matched where a phrase ends
SENTENCE_REACH = 1000  # characters after a phrase in which its sentence's verb of saying is looked for
SAYS = re.compile(r"「|と(?:述べ|話|語|強調|指摘|訴え|説明|明か|発表|批判|主張|示|し[てた])|との.{1,6}を示")


# Japanese is told from Chinese by its kana, which Chinese does not write: Japanese prose writes a third or more of
# its kanji and kana in kana, its particles ("の", "は", "が") in hiragana. A text is Japanese where most of its
# letters are kanji and kana, a fifth of those at least are kana, and five at least are hiragana: a Chinese text
# that names a Japanese shop or film writes it in katakana ("优衣库（ユニクロ）"), and a headline in Japanese has
# five particles or endings.
KANA_CHARACTER = re.compile(f"[{HIRAGANA}{KATAKANA}]")
HIRAGANA_CHARACTER = re.compile(f"[{HIRAGANA}]")
KANJI_AND_KANA = re.compile(f"[{HAN_CHARACTERS}{HIRAGANA}{KATAKANA}]")
KANA_SHARE = 0.2
MIN_HIRAGANA = 5


def written_in_japanese(text: str) -> bool:
    """Whether ``text`` is Japanese, told by its script (``KANA_SHARE``, ``MIN_HIRAGANA``): the one test for the
    labels of a story and for the attribution of an article."""
    letters = sum(1 for character in text if character.isalpha())
    kanji_and_kana = len(KANJI_AND_KANA.findall(text))
    kana = len(KANA_CHARACTER.findall(text))
    return (kanji_and_kana * 2 > letters and kana >= KANA_SHARE * kanji_and_kana
            and len(HIRAGANA_CHARACTER.findall(text)) >= MIN_HIRAGANA)


def token_spans(text: str) -> list[tuple[str, int, int]]:
    """Each token of ``text`` with where it starts and ends: runs (``RUN``), runs of hiragana, and any other
    character but a space. A noun written in kanji and one kana of a verb's stem ("土砂崩れ", "見通し", "稲刈り") is
    one run where a particle follows the kana ("土砂崩れで", "見通しを")."""
    found = [(match.group(), match.start(), match.end()) for match in TOKEN.finditer(text)]
    merged: list[tuple[str, int, int]] = []
    for token, start, end in found:
        if merged and _noun_ending(merged[-1], (token, start, end)):
            run, run_start, _ = merged.pop()
            merged.append((run + token[0], run_start, start + 1))
            token, start = token[1:], start + 1
        merged.append((token, start, end))
    return merged


def _noun_ending(before: tuple[str, int, int], kana: tuple[str, int, int]) -> bool:
    """The first of ``kana`` ends the noun ``before`` holds: a kana of a verb's stem, between a run of two kanji or
    more and a particle, and not the start of a kanji's adverb ("最も", "特に")."""
    run, _, run_end = before
    token, start, _ = kana
    particle = token[1:2] in PARTICLE_KANA or token[1:].startswith(PARTICLE_WORDS)
    adverb = (run[-1:] + token).startswith(KANJI_ADVERBS)
    return (run_end == start and len(token) >= 2 and token[0] in STEM_KANA and particle and is_run(run)
            and len(run) >= 2 and bool(HAN_CHARACTER.match(run[-1])) and not adverb)


def is_run(token: str) -> bool:
    """``token`` (from ``token_spans``) is a run, a noun ending included."""
    return RUN.match(token) is not None


def is_kana(token: str) -> bool:
    return bool(token) and "\u3041" <= token[0] <= "\u309e"


def says_when(run: str) -> bool:
    return TIME.fullmatch(run) is not None


def pairs(run: str) -> list[str]:
    """A run's terms: its overlapping pairs of characters, a figure or a Latin word counting as one character."""
    units = UNITS.findall(run)
    return ["".join(units[i:i + 2]) for i in range(len(units) - 1)] or units


def words_in(runs) -> int:
    """How many words ``runs`` hold, by their length: a kanji word runs about 1.5 characters, a katakana word
    about 2 (``scripts.run_words``); a figure or a Latin word is one."""
    total = 0.0
    for run in runs:
        units = UNITS.findall(run)
        han = sum(bool(HAN_CHARACTER.match(unit)) for unit in units)
        katakana = sum(bool(KATAKANA_CHARACTER.match(unit)) for unit in units)
        total += han / 1.5 + katakana / 2 + (len(units) - han - katakana)
    return max(1, round(total))


def _may_end(words: list[str], position: int) -> bool:
    """A noun ends at the run ``words[position]``: what follows is no ending of its last word."""
    run = words[position]
    if run[-1].isdigit() or says_when(run) or ENDS_IN_TIME.search(run) or run in LINKING_NOUNS:
        return False
    after = words[position + 1] if position + 1 < len(words) else ""
    if not is_kana(after):
        return True
    if (run[-1] + after).startswith(KANJI_ADVERBS):
        return False
    if after[0] in PARTICLE_KANA or after.startswith(PARTICLE_WORDS):
        return True
    # A form of する after two kanji or more; not "し" with a particle after it ("見通しを", "見通しだ"), which is
    # the ending of a noun written in kanji and kana.
    noun_ending = after[0] == "し" and after[1:2] in PARTICLE_KANA
    return after[0] in SURU and len(run) >= 2 and bool(HAN_CHARACTER.match(run[-1])) and not noun_ending


def _may_open(words: list[str], position: int) -> bool:
    run = words[position]
    if says_when(run) or run in LINKING_NOUNS or len(run) == 2 and run.startswith(POINTS_BACK):
        return False
    if re.fullmatch(FIGURE, run):
        return False  # a bare figure
    # The end of a word written kanji, one kana, kanji ("取り消し", "受け入れ態勢"): no noun opens there.
    before = words[position - 1] if position else ""
    earlier = words[position - 2] if position > 1 else ""
    if is_kana(before) and len(before) == 1 and before not in PARTICLE_KANA and is_run(earlier) \
            and HAN_CHARACTER.match(earlier[-1]):
        return False
    return True


def candidate_spans(words: list[str], text: str, spans: list[tuple[int, int]]):
    """(phrase, runs, first token, last token) for every noun phrase of a passage's tokens (``token_spans``) that
    may stand as a label: a run, or runs joined by の with nothing between them, complete at both ends (see the
    module's policy), cut from the text as written."""
    for start, word in enumerate(words):
        if not is_run(word) or not _may_open(words, start):
            continue
        runs, end = [word], start
        while True:
            characters = sum(len(run) for run in runs)
            if characters > MAX_CHARACTERS:
                break
            if (characters >= 2 or len(runs) > 1) and _may_end(words, end):
                yield text[spans[start][0]:spans[end][1]], tuple(runs), start, end
            link, following = end + 1, end + 2
            if len(runs) >= MAX_RUNS or following >= len(words) or words[link] != LINK or not is_run(words[following]) \
                    or spans[link][0] != spans[end][1] or spans[following][0] != spans[link][1]:
                break
            runs.append(words[following])
            end = following


def stands_as_source(words: list[str], start: int, end: int, text: str, spans: list[tuple[int, int]]) -> bool:
    """Whether the phrase ``words[start:end + 1]`` is who reported its passage, or a person named: "…によると",
    the speaker of a quotation or of reported words, a name with an honorific or an age."""
    # Read in place from where the phrase ends, up to the sentence's end and ``SENTENCE_REACH`` characters at most:
    # a copy of the rest of the text for every phrase made a long text without a full stop quadratic.
    position = spans[end][1]
    if text.startswith(ACCORDING_TO, position):
        return True
    if text.startswith(HONORIFICS, position) or AGE.match(text, position) or words[end].endswith("氏"):
        return True  # a person named
    if text[position:position + 1] not in ("は", "が"):
        return False
    limit = min(len(text), position + SENTENCE_REACH)
    sentence_end = text.find("。", position, limit)
    return SAYS.search(text, position, sentence_end if sentence_end >= 0 else limit) is not None
