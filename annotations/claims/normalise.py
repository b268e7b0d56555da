"""Checkable details of a sentence, in a form two outlets' wordings can be compared in.

Policy. A claim is checked by its figures, its dates and its named actors, so those are read out of each
sentence and normalised:

- **figures**: digits ("27", "41,000", "2.5"), number words ("fourteen", "one hundred and ten", "half a
  dozen"), multipliers ("12 million", "£2.5m"), shares ("18 per cent", "18%", "a third", "nine in ten" — all
  as ratios, so "nine in ten" equals "90 per cent") and sums of money with their currency. Each figure keeps
  its kind (count, money in a currency, share, or a unit such as tonnes) and its hedge: "nearly", "more than",
  "passed" point one way (the figure is a bound, not the value) while "about", "some", "around" only round.
- **dates**: years, months, weekdays and day-of-month dates ("20 April", "March 4"), each at its own grain,
  so "Wednesday" is compared with weekdays and "November" with months.
- **names**: capitalised words other than a sentence's first, months and weekdays, lowered and with hyphens
  split ("Kim Jong-un" and "Kim Jong Un" share every part).

Nothing here names a subject: the word lists are classes (number words, currencies, units, hedges, months).
Times of day ("09:12") and page artefacts are not figures. Pure: no database.

Scripts without capitals (Chinese, Japanese, Korean, Hindi, Arabic ...) are read by the same rules on tokens that
suit them (``CASELESS_TOKEN``): figures in any script's digits, read as ``words.figure`` reads them ("٢٤٠" is 240,
"٦٫٥" is 6.5), with the multipliers, currencies and hedges those languages write beside them ("1万2千", "9億円",
"3억 원", "4000多份", "약 11m", "نحو ٢٤٠"), and dates written with their calendar signs ("2025年10月18日",
"10월 18일") or month names ("14 अक्टूबर", "١٣ أغسطس"). A character of Chinese or Japanese is a token of its own.
They have no names by case: their sentences are tied by figures and shared wording instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsdesk.alignment.words import ARABIC_DECIMAL, ARABIC_THOUSANDS, HANGUL, HANGUL_SYLLABLE
from newsdesk.alignment.words import figure as read_figure
from newsdesk.importing.scripts import HAN, KANA, caseless
from newsdesk.importing.tokens import MARKS

UNITS_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS_WORDS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
              "ninety": 90}
SCALE_WORDS = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
               "trillion": 1_000_000_000_000}
SHORT_SCALES = {"m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000, "k": 1_000, "b": 1_000_000_000}
FRACTION_WORDS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5,
                  "fifths": 5, "sixth": 6, "tenth": 10, "tenths": 10}
CURRENCY = {
    "$": "USD", "dollar": "USD", "dollars": "USD", "usd": "USD", "£": "GBP", "pound": "GBP", "pounds": "GBP",
    "gbp": "GBP", "sterling": "GBP", "€": "EUR", "euro": "EUR", "euros": "EUR", "eur": "EUR", "¥": "JPY",
    "yen": "JPY", "yuan": "CNY", "won": "KRW", "₩": "KRW", "rouble": "RUB", "roubles": "RUB", "ruble": "RUB",
    "rubles": "RUB", "₽": "RUB", "hryvnia": "UAH", "hryvnias": "UAH", "₴": "UAH",
}
UNITS = {
    "km": "km", "kilometre": "km", "kilometres": "km", "kilometer": "km", "kilometers": "km", "mile": "mile",
    "miles": "mile", "metre": "m", "metres": "m", "meter": "m", "meters": "m", "tonne": "tonne",
    "tonnes": "tonne", "ton": "tonne", "tons": "tonne", "hectare": "hectare", "hectares": "hectare",
    "acre": "acre", "acres": "acre", "kg": "kg", "kilograms": "kg", "litres": "litre", "liters": "litre",
    "barrels": "barrel", "degrees": "degree", "day": "day", "days": "day", "week": "week", "weeks": "week",
    "month": "month", "months": "month", "year": "year", "years": "year", "hour": "hour", "hours": "hour",
}
# Hedges that make a figure a bound ("nearly 30" is under 30) against hedges that only round it.
DIRECTIONAL_HEDGES = (
    "more than", "less than", "fewer than", "at least", "at most", "up to", "close to", "upwards of",
    "nearly", "almost", "over", "under", "above", "below", "passed", "exceeded", "exceeds", "topped",
    "surpassed", "beyond",
)
ROUNDING_HEDGES = ("about", "around", "roughly", "approximately", "some", "an estimated", "estimated", "circa")
MONTHS = ("january february march april may june july august september october november december").split()
WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split()
# Words that begin sentences or stand capitalised without naming anyone.
NOT_NAMES = frozenset(
    """
    a an the this that these those it its he she they we i you his her their our my your there here when while
    as at in on of for by from with to and but or if after before during since until mr mrs ms dr prof
    president minister leader said says according however meanwhile earlier later last next also then
    """.split()
) | frozenset(MONTHS) | frozenset(WEEKDAYS)

WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*|[$£€¥₩₽₴%]", re.UNICODE)

# Scripts without capitals. Their words are letters with their combining marks (Hindi's vowel signs), apart from
# the digits written onto them ("153名", "2명", "١٨شهرا"); a character of Chinese or Japanese is a word of its own.
CJK = f"{HAN}{KANA}"
CASELESS_TOKEN = re.compile(
    rf"\d{{1,3}}(?:[,{ARABIC_THOUSANDS}]\d{{3}})+(?:[.{ARABIC_DECIMAL}]\d+)?|\d+(?:[.{ARABIC_DECIMAL}]\d+)?"
    rf"|[{CJK}]|(?:(?![{CJK}])[^\W\d_])(?:(?![{CJK}])[^\W\d_]|[{MARKS}])*|[$£€¥₩₽₴%％]",
    re.UNICODE,
)
CJK_CHARACTER = re.compile(f"[{CJK}{HANGUL}]")
# Multipliers written after a figure in Chinese, Japanese and Korean ("1万2千" is 12,000, "9億" 900 million).
CJK_SCALES = {"万": 10_000, "萬": 10_000, "만": 10_000, "亿": 100_000_000, "億": 100_000_000, "억": 100_000_000,
              "千": 1_000, "천": 1_000, "百": 100, "백": 100,
              # and their words in Hindi and Arabic ("2 करोड़", "٦٫٥ ملايين")
              "हज़ार": 1_000, "हजार": 1_000, "लाख": 100_000, "करोड़": 10_000_000, "करोड": 10_000_000,
              "ألف": 1_000, "الف": 1_000, "آلاف": 1_000, "مليون": 1_000_000, "ملايين": 1_000_000,
              "مليار": 1_000_000_000, "مليارات": 1_000_000_000}
# Month names of the languages whose dates are not written with calendar signs: Hindi, and Arabic's two sets (the
# Syriac names of the Levant and Iraq, and the names of the Gregorian months written from the French).
OTHER_MONTHS = dict(
    zip("जनवरी फ़रवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर अक्टूबर नवंबर दिसंबर".split(), MONTHS, strict=True)
) | dict(zip("फरवरी सितम्बर अक्तूबर नवम्बर दिसम्बर".split(),
             ("february", "september", "october", "november", "december"), strict=True)
) | dict(zip("يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر".split(), MONTHS, strict=True)
) | dict(zip("ابريل اغسطس اكتوبر".split(), ("april", "august", "october"), strict=True)
) | dict(zip(["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول",
              "تشرين الثاني", "كانون الأول"], MONTHS, strict=True))
# Weekdays in Hindi, Arabic (with a conjunction or preposition written onto them: "والأربعاء") and Korean (with a
# particle: "화요일에"), and in Chinese, where "周" or "星期" comes before the day's number ("周三").
OTHER_WEEKDAYS = dict(zip("सोमवार मंगलवार बुधवार गुरुवार शुक्रवार शनिवार रविवार".split(), WEEKDAYS, strict=True)) | dict(
    zip("الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد".split(), WEEKDAYS, strict=True)) | dict(
    zip("월요일 화요일 수요일 목요일 금요일 토요일 일요일".split(), WEEKDAYS, strict=True))
ARABIC_WEEKDAY_PREFIXES = ("", "و", "ف", "ب", "وب", "ل")
CHINESE_WEEK = ("周", "星期", "礼拜", "禮拜")
CHINESE_WEEKDAYS = dict(zip("一二三四五六日", WEEKDAYS, strict=True)) | {"天": "sunday"}
# Calendar signs after a figure: year, month and day in Chinese, Japanese and Korean.
YEAR_SIGNS, MONTH_SIGNS, DAY_SIGNS = frozenset("年년"), frozenset("月월"), frozenset("日号號일")
# Currencies and units written after a figure, and hedges before and after it, in these languages: classes of
# words, as ``CURRENCY`` and ``DIRECTIONAL_HEDGES`` are. A Chinese or Japanese hedge of two characters is written
# with a space between them, as its tokens are joined.
OTHER_CURRENCY = {"元": "CNY", "円": "JPY", "원": "KRW", "रुपये": "INR", "रुपए": "INR", "रुपया": "INR",
                  "दينار": "DINAR", "دينار": "DINAR", "دنانير": "DINAR", "جنيه": "EGP", "ريال": "RIAL",
                  "درهم": "DIRHAM", "ليرة": "LIRA"}
OTHER_UNITS = {"m": "m", "km": "km", "kg": "kg", "킬로": "km", "미터": "m", "キ ロ": "km", "メ ー ト ル": "m",
               "米": "m", "公 里": "km", "公 斤": "kg", "吨": "tonne", "トン": "tonne", "톤": "tonne", "किलो": "kg",
               "किमी": "km", "मीटर": "m", "كيلومتر": "km", "كلم": "km", "متر": "m", "أمتار": "m", "طن": "tonne",
               # spans of time: "18个月", "6個月", "18개월", "18 महीने", "١٨ شهرا"
               "个 月": "month", "個 月": "month", "か 月": "month", "ヶ 月": "month", "カ 月": "month",
               "개월": "month", "महीने": "month", "महीनों": "month", "شهرا": "month", "شهر": "month",
               "أشهر": "month", "天": "day", "日 間": "day", "일간": "day", "दिन": "day", "يوما": "day",
               "أيام": "day", "小 时": "hour", "个 小 时": "hour", "個 小 時": "hour", "時 間": "hour",
               "시간": "hour", "घंटे": "hour", "ساعة": "hour", "ساعات": "hour"}
UNITS_LONGEST_FIRST = sorted(OTHER_UNITS.items(), key=lambda item: -len(item[0]))
OTHER_BEFORE_BOUND = ("近", "逾", "超 过", "超 過", "至 少", "将 近", "不 到", "最 多", "최소", "최대", "أكثر من",
                      "اكثر من", "أقل من", "قرابة", "زهاء")
OTHER_BEFORE_ROUNDED = ("约", "大 约", "約", "お よ そ", "약", "लगभग", "करीब", "क़रीब", "तकरीबन", "نحو", "حوالي",
                        "حوالى")
OTHER_AFTER_BOUND = ("多", "余", "餘", "个 多", "個 多", "以 上", "超", "여", "이상", "से अधिक", "से ज्यादा", "से ज़्यादा")
OTHER_AFTER_ROUNDED = ("左 右", "前 後", "ほ ど", "가량", "쯤", "정도")
DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$")
TIME_OF_DAY = re.compile(r"\b\d{1,2}:\d{2}\b")
YEAR = re.compile(r"^(1[89]\d\d|20\d\d)$")
DIGIT_SCALE = re.compile(r"^(\d+(?:\.\d+)?)(m|mn|bn|k|b)$", re.IGNORECASE)


@dataclass(frozen=True)
class Figure:
    """A number as stated: its value, what kind of thing it counts, and how it is hedged."""

    value: float
    kind: str  # "count", "share", "money:EUR", "unit:tonne" ...
    hedge: str  # "" exact, "rounded", or "bound"
    text: str  # the words that stated it, for reasons
    nouns: frozenset[str] = frozenset()  # the words right after it: what it counts ("27 trawlers")

    @property
    def signature(self) -> tuple:
        return (self.kind, round(self.value, 6), self.hedge == "bound")


@dataclass(frozen=True)
class Details:
    figures: tuple[Figure, ...]
    dates: frozenset[str]  # "year:2024", "month:march", "weekday:monday", "day:april-20", "dom:20" (day of month)
    names: frozenset[str]
    date_texts: tuple[str, ...]


def tokens(text: str) -> list[tuple[str, int, int]]:
    """Words and currency signs with their code-point offsets; times of day are blanked out first."""
    blanked = TIME_OF_DAY.sub(lambda m: " " * len(m.group()), text)
    # "41,000" and "2.5" are one token; the regex above splits at punctuation, so join them back.
    found = []
    for match in re.finditer(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?(?:bn|mn|m|k)?\b|" + WORD.pattern,
                             blanked, re.UNICODE | re.IGNORECASE):
        found.append((match.group(), match.start(), match.end()))
    return found


def _number_word_value(words: list[str], i: int) -> tuple[float, int] | None:
    """The value of number words starting at ``i`` ("one hundred and ten", "twenty-seven"), and words used."""
    total, current, used = 0.0, 0.0, 0
    j = i
    while j < len(words):
        word = words[j]
        parts = word.split("-")
        if len(parts) == 2 and parts[0] in TENS_WORDS and parts[1] in UNITS_WORDS:
            current += TENS_WORDS[parts[0]] + UNITS_WORDS[parts[1]]
        elif word in UNITS_WORDS:
            current += UNITS_WORDS[word]
        elif word in TENS_WORDS:
            current += TENS_WORDS[word]
        elif word in SCALE_WORDS and (used or j == i):
            if not used:
                return None  # "hundred" alone is not a figure
            if word == "hundred":
                current *= 100
            else:
                total += current * SCALE_WORDS[word]
                current = 0
        elif word == "and" and used and j + 1 < len(words) and (
            words[j + 1] in UNITS_WORDS or words[j + 1] in TENS_WORDS or words[j + 1].split("-")[0] in TENS_WORDS
        ):
            pass
        else:
            break
        used = j - i + 1
        j += 1
    if not used:
        return None
    return total + current, used


def _hedge(lowered: list[str], i: int) -> str:
    before2 = " ".join(lowered[max(0, i - 2):i])
    before1 = lowered[i - 1] if i else ""
    for phrase in DIRECTIONAL_HEDGES:
        if before2.endswith(phrase) or before1 == phrase:
            return "bound"
    for phrase in ROUNDING_HEDGES:
        if before2.endswith(phrase) or before1 == phrase:
            return "rounded"
    return ""


def _kind_after(lowered: list[str], j: int, currency: str | None) -> tuple[str, float, int]:
    """The kind of a figure from the words after it (j is the first word after the number), a multiplier
    and how many words it used."""
    multiplier, used = 1.0, 0
    if j < len(lowered) and lowered[j] in SCALE_WORDS and lowered[j] != "hundred":
        multiplier, used = SCALE_WORDS[lowered[j]], 1
    k = j + used
    nxt = lowered[k] if k < len(lowered) else ""
    if nxt in ("%", "percent") or (nxt == "per" and k + 1 < len(lowered) and lowered[k + 1] == "cent"):
        return "share", multiplier / 100, used + (2 if nxt == "per" else 1)
    if currency:
        return f"money:{currency}", multiplier, used
    if nxt in CURRENCY:
        return f"money:{CURRENCY[nxt]}", multiplier, used + 1
    if nxt in UNITS:
        return f"unit:{UNITS[nxt]}", multiplier, used + 1
    return "count", multiplier, used


def _is_name(words: list[str], lowered: list[str], i: int) -> bool:
    word, low = words[i], lowered[i]
    if not word[0].isupper() or low in NOT_NAMES or len(word) < 2 or not word[0].isalpha():
        return False
    if word.isupper():  # "US", "KCNA"; a headline or label in capitals names nothing by its case
        return not all(w.isupper() for w in words if w.isalpha())
    if i > 0:
        return True
    # a sentence's first word is a name only when the next word is capitalised too ("Kim Jong-un said")
    nxt = words[1] if len(words) > 1 else ""
    return bool(nxt) and nxt[0].isupper() and lowered[1] not in NOT_NAMES


def _other_hedge(words: list[str], i: int, j: int) -> str:
    """The hedge of a figure at ``words[i]`` in a script without capitals, read before it and after its unit
    (which ends at ``j``): "约5点", "4000多份", "약 11m", "100 से अधिक"."""
    before = (" ".join(words[max(0, i - 2):i]), " ".join(words[max(0, i - 1):i]))
    after = (" ".join(words[j:j + 2]), words[j] if j < len(words) else "", " ".join(words[i + 1:i + 3]),
             words[i + 1] if i + 1 < len(words) else "")
    if any(b.endswith(h) for h in OTHER_BEFORE_BOUND for b in before) or any(
            a == h for h in OTHER_AFTER_BOUND for a in after):
        return "bound"
    if any(b.endswith(h) for h in OTHER_BEFORE_ROUNDED for b in before) or any(
            a == h for h in OTHER_AFTER_ROUNDED for a in after):
        return "rounded"
    return ""


def _other_month(words: list[str], i: int) -> tuple[str, int] | None:
    """The month (in English) a month name at ``words[i]`` names, and the words it takes ("تشرين الأول": two)."""
    if i + 1 < len(words) and f"{words[i]} {words[i + 1]}" in OTHER_MONTHS:
        return OTHER_MONTHS[f"{words[i]} {words[i + 1]}"], 2
    if words[i] in OTHER_MONTHS:
        return OTHER_MONTHS[words[i]], 1
    return None


def _other_weekday(words: list[str], i: int) -> tuple[str, int] | None:
    """The weekday (in English) ``words[i]`` opens, and the words it takes ("周三": two, "星期三": three)."""
    word = words[i]
    for prefix in ARABIC_WEEKDAY_PREFIXES:
        if word.startswith(prefix) and word[len(prefix):] in OTHER_WEEKDAYS:
            return OTHER_WEEKDAYS[word[len(prefix):]], 1
    if word[:3] in OTHER_WEEKDAYS and HANGUL_SYLLABLE.match(word):
        return OTHER_WEEKDAYS[word[:3]], 1  # "화요일에", with its particle
    for week in CHINESE_WEEK:
        size = len(week)
        if "".join(words[i:i + size]) == week and i + size < len(words) and words[i + size] in CHINESE_WEEKDAYS:
            return CHINESE_WEEKDAYS[words[i + size]], size + 1
    return None


# Korean writes a multiplier, a currency or a unit onto a figure's word with its particle ("8억원을", "3억 원을"):
# after a figure, a word of Hangul opening on a multiplier is split after it, and a currency's particle comes off.
KOREAN_SCALES = frozenset("만억천백")
KOREAN_PARTICLES = ("으로", "에서", "까지", "부터", "을", "를", "이", "가", "은", "는", "의", "에", "과", "와", "씩",
                    "도", "만")


def _korean_pieces(token: tuple[str, int, int], previous: str):
    word, start, end = token
    after_figure = previous and (previous[-1].isdecimal() or previous in KOREAN_SCALES)
    if not after_figure or not HANGUL_SYLLABLE.match(word):
        yield token
        return
    if word[0] in KOREAN_SCALES and len(word) > 1:
        yield word[0], start, start + 1
        word, start = word[1:], start + 1
    for particle in KOREAN_PARTICLES:
        stem = word[:-len(particle)]
        if word.endswith(particle) and stem and (stem in OTHER_CURRENCY or stem in OTHER_UNITS):
            yield stem, start, start + len(stem)
            return
    yield word, start, end


def _other_details(text: str) -> Details:
    """Figures and dates of a sentence in a script without capitals (``CASELESS_TOKEN``); it names no one by
    case."""
    blanked = TIME_OF_DAY.sub(lambda m: " " * len(m.group()), text)
    found = [(m.group(), m.start(), m.end()) for m in CASELESS_TOKEN.finditer(blanked)]
    found = [piece for k, token in enumerate(found) for piece in _korean_pieces(token, k and found[k - 1][0])]
    words = [token for token, _, _ in found]
    lowered = [w.lower() for w in words]

    def written(first: int, last: int) -> str:  # words[first:last] as the sentence writes them
        return text[found[first][1]:found[max(first, min(last, len(found)) - 1)][2]]

    figures: list[Figure] = []
    dates: set[str] = set()
    date_texts: list[str] = []
    i = 0
    while i < len(words):
        named = next(((kind, read_date) for kind, reader in (("month", _other_month), ("weekday", _other_weekday))
                      if (read_date := reader(words, i))), None)
        if named:
            kind, (name, size) = named
            dates.add(f"{kind}:{name}")
            date_texts.append(written(i, i + size))
            i += size
            continue
        if not words[i][0].isdecimal():
            i += 1
            continue
        read = read_figure(words[i])
        value = float(read)
        j = i + 1
        nxt = words[j] if j < len(words) else ""
        if nxt in YEAR_SIGNS and YEAR.match(read) or YEAR.match(read) and not nxt[:1].isalpha() and nxt != "%":
            dates.add(f"year:{read}")
            date_texts.append(written(i, j + (nxt in YEAR_SIGNS)))
            i = j + (nxt in YEAR_SIGNS)
            continue
        if nxt in MONTH_SIGNS and 1 <= value <= 12:
            month_name = MONTHS[int(value) - 1]
            dates.add(f"month:{month_name}")
            used = 2
            if j + 2 < len(words) and words[j + 1][0].isdecimal() and words[j + 2] in DAY_SIGNS:
                day = int(float(read_figure(words[j + 1])))
                dates |= {f"day:{month_name}-{day}", f"dom:{day}"}
                used = 4
            date_texts.append(written(i, i + used))
            i += used
            continue
        month = _other_month(words, j) if j < len(words) else None
        if month and value <= 31:
            dates |= {f"day:{month[0]}-{int(value)}", f"dom:{int(value)}"}
            dates.add(f"month:{month[0]}")
            date_texts.append(written(i, j + month[1]))
            i = j + month[1]
            continue
        if nxt in DAY_SIGNS and 1 <= value <= 31:
            # a day of the month without its month ("15日", "14일"), which these languages write for a day of
            # the story's own month, as English writes a weekday
            dates.add(f"dom:{int(value)}")
            date_texts.append(written(i, j + 1))
            i = j + 1
            continue
        start = i
        # multipliers: "1万2千", "9億", "3억"
        while j < len(words) and words[j] in CJK_SCALES:
            value *= CJK_SCALES[words[j]]
            j += 1
            if j + 1 < len(words) and words[j][0].isdecimal() and words[j + 1] in CJK_SCALES:
                value += float(read_figure(words[j])) * CJK_SCALES[words[j + 1]]
                j += 2
        if j < len(words) and words[j] in ("多", "余", "餘", "여"):
            j += 1  # "4000多份", "100여 명": the hedge sits between the figure and what it counts
        unit = " ".join(words[j:j + 5])
        kind = "count"
        if j < len(words) and words[j] in ("%", "％"):
            kind, value, j = "share", value / 100, j + 1
        elif j < len(words) and lowered[j] in OTHER_CURRENCY:
            kind, j = f"money:{OTHER_CURRENCY[lowered[j]]}", j + 1
        elif j < len(words) and lowered[j] in CURRENCY:
            kind, j = f"money:{CURRENCY[lowered[j]]}", j + 1
        else:
            for name, canonical in UNITS_LONGEST_FIRST:
                if unit == name or unit.startswith(name + " "):
                    kind, j = f"unit:{canonical}", j + len(name.split())
                    break
        if start and words[start - 1] in ("$", "£", "€", "¥", "₩"):
            kind = f"money:{CURRENCY[words[start - 1]]}"
        hedge = _other_hedge(words, start, j)
        nouns = frozenset(w for w in lowered[j:j + 2] if w.isalpha())
        figures.append(Figure(value, kind, hedge, written(start, j), nouns))
        i = j
    return Details(tuple(figures), frozenset(dates), frozenset(), tuple(date_texts))


def details(text: str) -> Details:
    """Figures, dates and names of one sentence."""
    if caseless(text):
        return _other_details(text)
    toks = tokens(text)
    words = [t[0] for t in toks]
    lowered = [w.lower() for w in words]
    figures: list[Figure] = []
    dates: set[str] = set()
    date_texts: list[str] = []
    names: set[str] = set()
    i = 0
    while i < len(words):
        word, low = words[i], lowered[i]
        prev = lowered[i - 1] if i else ""
        currency = CURRENCY.get(prev) if prev in ("$", "£", "€", "¥", "₩", "₽", "₴") else None
        scaled = DIGIT_SCALE.match(word)
        if DIGITS.match(word) or scaled:
            value = float((scaled.group(1) if scaled else word).replace(",", ""))
            if scaled:
                value *= SHORT_SCALES[scaled.group(2).lower()]
            nxt = lowered[i + 1] if i + 1 < len(lowered) else ""
            if YEAR.match(word) and not currency and nxt not in UNITS and nxt not in ("%", "percent", "per"):
                dates.add(f"year:{word}")
                date_texts.append(word)
                i += 1
                continue
            if nxt in MONTHS and value <= 31:
                dates.add(f"day:{nxt}-{int(value)}")
                dates.add(f"month:{nxt}")
                date_texts.append(f"{word} {words[i + 1]}")
                i += 2
                continue
            kind, multiplier, used = _kind_after(lowered, i + 1, currency)
            end = i + 1 + used
            figures.append(Figure(value * multiplier, kind, _hedge(lowered, i), " ".join(words[max(0, i - 1):end])
                                  if currency else " ".join(words[i:end + (0 if used else 1)])))
            i = end
            continue
        if low in ("a", "an", "one", "two", "three", "four", "nine") and i + 1 < len(lowered):
            nxt = lowered[i + 1]
            numerator = 1 if low in ("a", "an", "one") else UNITS_WORDS[low]
            if nxt in FRACTION_WORDS and prev not in ("the",) and not (nxt == "half" and i + 2 < len(lowered)
                                                                    and lowered[i + 2] in ("a", "an")):
                figures.append(Figure(numerator / FRACTION_WORDS[nxt], "share", _hedge(lowered, i),
                                      f"{words[i]} {words[i + 1]}"))
                i += 2
                continue
            if nxt == "dozen":
                figures.append(Figure(12.0 * numerator, "count", _hedge(lowered, i), f"{words[i]} dozen"))
                i += 2
                continue
        if low == "half" and i + 2 < len(lowered) and lowered[i + 1] in ("a", "an") and lowered[i + 2] == "dozen":
            figures.append(Figure(6.0, "count", _hedge(lowered, i), "half a dozen"))
            i += 3
            continue
        word_value = _number_word_value(lowered, i) if (low in UNITS_WORDS or low in TENS_WORDS
                                                       or low.split("-")[0] in TENS_WORDS) else None
        if word_value is not None:
            value, used = word_value
            j = i + used
            # "nine in ten": a share in words
            if j + 1 < len(lowered) and lowered[j] in ("in", "out") and lowered[j + 1] in UNITS_WORDS:
                figures.append(Figure(value / UNITS_WORDS[lowered[j + 1]], "share", _hedge(lowered, i),
                                      " ".join(words[i:j + 2])))
                i = j + 2
                continue
            if low == "one" and used == 1 and (j >= len(lowered) or lowered[j] in ("of", "another", "day", "who",
                                                                                  "that")):
                i += 1  # "one of", "one day": a pronoun, not a count
                continue
            kind, multiplier, extra = _kind_after(lowered, j, None)
            figures.append(Figure(value * multiplier, kind, _hedge(lowered, i),
                                  " ".join(words[i:j + extra + (0 if extra else 1)])))
            i = j + extra
            continue
        if low in MONTHS and word[0].isupper():
            nxt = words[i + 1] if i + 1 < len(words) else ""
            dates.add(f"month:{low}")
            if nxt.isdecimal() and int(nxt) <= 31:  # isdigit() would pass "²", which int() refuses
                dates.add(f"day:{low}-{int(nxt)}")
                date_texts.append(f"{word} {nxt}")
                i += 2
                continue
            date_texts.append(word)
        elif low in WEEKDAYS and word[0].isupper():
            dates.add(f"weekday:{low}")
            date_texts.append(word)
        elif _is_name(words, lowered, i):
            for part in re.split(r"[-'’]", low):
                if part and part not in ("s",):
                    names.add(part)
        i += 1
    return Details(tuple(_with_nouns(f, text) for f in figures), frozenset(dates), frozenset(names),
                   tuple(date_texts))


COUNTED = re.compile(r"[^\W\d_]+", re.UNICODE)
NOT_COUNTED = frozenset("a an the of in on at to and or but per cent percent new more than".split())


# "14 crossings a day", "£3m per year": a rate, which a count of the same number does not state
RATE = re.compile(r"^(?:[-\w]+\s+){0,2}(?:a|an|per|each|every)\s+(hour|day|week|month|year)\b"
                  r"(?!\s+(?:ago|earlier|later|before|after))", re.IGNORECASE)


def _with_nouns(figure: Figure, text: str) -> Figure:
    """The figure with the (lowered, singular) words of the two that follow it, skipping its unit; a count or
    a sum stated per unit of time becomes a rate of its own kind."""
    at = text.find(figure.text)
    if at < 0:
        return figure
    rest = text[at + len(figure.text):]
    after = COUNTED.findall(rest[:40])[:2]
    nouns = frozenset(_singular(w.lower()) for w in after if w.lower() not in NOT_COUNTED and len(w) > 2)
    kind = figure.kind
    rate = RATE.match(rest.lstrip())
    if rate and (kind == "count" or kind.startswith("money:")):
        kind = f"{kind}/{rate.group(1).lower()}"
    return Figure(figure.value, kind, figure.hedge, figure.text, nouns)


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def canonical_figure_tokens(figures) -> list[str]:
    """Figures as words for the lexical vectors: equal values give equal tokens whatever their spelling."""
    result = []
    for figure in figures:
        value = f"{figure.value:g}".replace(".", "p")
        result.append(f"n{value}")
    return result
