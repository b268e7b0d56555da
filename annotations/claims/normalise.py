"""Checkable details of a sentence, in a form two outlets' wordings can be compared in.

Policy. A claim is checked by its figures, its dates and its named actors, so those are read out of each
sentence and normalised:

- **figures**: digits ("27", "41,000", "2.5"), number words ("fourteen", "one hundred and ten", "half a
  dozen"; Dutch's joined into one word, "honderdveertigduizend": ``dutch_number``), multipliers ("12 million",
  "£2.5m"), shares ("18 per cent", "18%", "a third", "two-thirds", "half of the staff", "nine in ten" — all as
  ratios, so "nine in ten" equals "90 per cent"; a difference of shares in percentage points, "fell by 23
  percentage points", is a unit of its own, neither a share nor a count) and sums of money with their currency.
  Each figure keeps its kind (count, money in a currency, share, or a unit such as tonnes) and its hedge: "nearly",
  "more than", "passed" point one way (the figure is a bound, not the value) while "about", "some", "around" only round.
- **dates**: years, months, weekdays and day-of-month dates ("20 April", "March 4"), each at its own grain,
  so "Wednesday" is compared with weekdays and "November" with months.
- **names**: capitalised words other than a sentence's first, months and weekdays, lowered and with hyphens
  split ("Kim Jong-un" and "Kim Jong Un" share every part). A sentence's first word is a name only before another
  capitalised word, and never when its article or story writes it in lower case, in that form, before a full name
  (``lower_vocabulary``, ``_name_follows``).

Nothing here names a subject: the word lists are classes (number words, currencies, units, hedges, months).
Times of day ("09:12") and page artefacts are not figures. Pure: no database.

Scripts without capitals (Chinese, Japanese, Korean, Hindi, Arabic ...) are read by the same rules on tokens that
suit them (``CASELESS_TOKEN``): figures in any script's digits, read as ``words.figure`` reads them ("٢٤٠" is 240,
"٦٫٥" is 6.5), with the multipliers, currencies and hedges those languages write beside them ("1万2千", "9億円",
"3억 원", "4000多份", "약 11m", "نحو ٢٤٠"), and dates written with their calendar signs ("2025年10月18日",
"10월 18일") or month names ("14 अक्टूबर", "١٣ أغسطس"). A character of Chinese or Japanese is a token of its own.
They have no names by case: their sentences are tied by figures and shared wording instead.

Each language writes its figures and dates its own way (``language``: the article's, an ISO 639-1 code, from
``text_language`` when not given). English keeps its own. Languages that write a decimal comma and group thousands
with a dot (or a space), ``DECIMAL_COMMA``, read "9.500" as 9500, "2.380.000" as 2,380,000 and "0,80" as 0.8; their
month and weekday names in every case ("14 Οκτωβρίου", "1η Δεκεμβρίου", "le 4 mars"), multipliers ("2,4 εκατ.",
"1,2 milhões", "mil millones"), currencies, units, hedges ("περίπου", "πάνω από", "plus de") and words for per cent
are read as English's are, and a figure's noun is never one of their function words. Thai writes a date with its
month's full or short name ("8 มีนาคม 2569", "8 มี.ค. 69") and its year in the Buddhist era (CE + 543), a time of
day with "น." ("03.40 น."), multipliers, currencies, units and classifiers onto the words after a figure ("1.2
ล้านบาท", "23 ตัว"), and a share as "ร้อยละ 41". Names are compared with their accents folded (a headline's "ΚΕΡΑΜΟΒΡΥΣΗ"
and "Κεραμόβρυση" are one name), and a Greek name without its final sigma (its nominative and its other cases meet).
"""

from __future__ import annotations

import calendar
import functools
import math
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from annotations import amharic_numbers, czech_numbers, georgian_numbers, swahili_numbers
from annotations import number_words as worded_numbers
from annotations.claims import match_figures
from annotations.claims.worded_runs import read_runs
from annotations.ethiopic_numerals import ETHIOPIC_NUMERAL, ethiopic_value
from newsdesk.alignment.words import ARABIC_DECIMAL, ARABIC_THOUSANDS, DECIMAL_COMMA, HANGUL, HANGUL_SYLLABLE
from newsdesk.alignment.words import figure as read_figure
from newsdesk.importing import calendar_names, khmer, languages, page_dates, speech_verbs
from newsdesk.importing.page_dates import ethiopian_to_gregorian
from newsdesk.importing.scripts import GEORGIAN_LETTER, HAN, KANA, caseless
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
    "rubles": "RUB", "₽": "RUB", "hryvnia": "UAH", "hryvnias": "UAH", "₴": "UAH", "₱": "PHP",
}
UNITS = {
    "km": "km", "kilometre": "km", "kilometres": "km", "kilometer": "km", "kilometers": "km", "mile": "mile",
    "miles": "mile", "metre": "m", "metres": "m", "meter": "m", "meters": "m", "tonne": "tonne",
    "tonnes": "tonne", "ton": "tonne", "tons": "tonne", "hectare": "hectare", "hectares": "hectare",
    "acre": "acre", "acres": "acre", "kg": "kg", "kilograms": "kg", "litres": "litre", "liters": "litre",
    "barrels": "barrel", "degrees": "degree", "day": "day", "days": "day", "week": "week", "weeks": "week",
    "month": "month", "months": "month", "year": "year", "years": "year", "hour": "hour", "hours": "hour",
    "centimetre": "cm", "centimetres": "cm", "centimeter": "cm", "centimeters": "cm", "cm": "cm",
    "millimetre": "mm", "millimetres": "mm", "millimeter": "mm", "millimeters": "mm", "mm": "mm",
    "yard": "yard", "yards": "yard", "foot": "foot", "feet": "foot", "inch": "inch", "inches": "inch",
    "kilogram": "kg", "kilogrammes": "kg", "litre": "litre", "liter": "litre", "barrel": "barrel",
}
# "One man", "the one making the call": "one" as a pronoun, or the determiner of a person no count is made of, is no
# figure, unless the sentence counts a casualty ("one person died"). The words before it that make it a pronoun, the
# people it may stand before, and the casualty words that make it a count.
ONE_AS_PRONOUN_AFTER = frozenset("the this that no any every each which".split())
ONE_PERSON = frozenset("""man woman person resident local neighbour neighbor parent mother father member
    shopper worker fisherman skipper driver passenger councillor councilor official teacher pupil student
    voter onlooker witness""".split())
ONE_COUNTED = re.compile(r"\b(?:kill|dead|die|death|injur|wound|hurt|arrest|detain|missing|rescu|hospital|charged)",
                         re.IGNORECASE)
# Hedges that make a figure a bound ("nearly 30" is under 30) against hedges that only round it.
DIRECTIONAL_HEDGES = (
    "more than", "less than", "fewer than", "at least", "at most", "up to", "close to", "upwards of",
    "nearly", "almost", "over", "under", "above", "below", "passed", "exceeded", "exceeds", "topped",
    "surpassed", "beyond",
)
# The bounds that put what is counted below the figure ("nearly 30", "up to 30"); the others put it above ("more
# than 30"). A hedge's direction, "up", "down" or "about" (a rounding), tells which stated values it agrees with.
DOWNWARD_HEDGES = ("less than", "fewer than", "at most", "up to", "close to", "nearly", "almost", "under", "below")
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

# Armenian's marks of emphasis, exclamation and question, written over a vowel inside a word ("երե՛ք", "ինչո՞ւ"): the
# word goes on after them, and is read without them (``tokens``).
ARMENIAN_WORD_MARKS = "\u055b\u055c\u055e"
WORD = re.compile(rf"[^\W_]+(?:[-'’{ARMENIAN_WORD_MARKS}][^\W_]+)*|[$£€¥₩₽₴₱%]", re.UNICODE)
UNMARKED = str.maketrans("", "", ARMENIAN_WORD_MARKS)

# Languages. A text's language decides how its figures are written; English is read as it always was.
ENGLISH = "en"
LANGUAGE_SAMPLE = 20_000  # characters of an article read to tell its language
# Languages that write a decimal comma and group thousands with a full stop or a space ("2.380.000,50") are
# ``words.DECIMAL_COMMA`` (one table for the claims and the alignment's words); of them, those that group with a
# space ("2 380 000"):
SPACE_GROUPED = frozenset("fr pl ru uk bg cs sk sv nb no fi et lv lt hu".split())
# The languages that read ``czech_numbers``: Czech alone. Slovak writes its numbers otherwise ("tri", "päť", "rokov")
# and its "let" is a flight, no years.
CZECH_LANGUAGES = frozenset({"cs"})
# The languages that write Czech's titles and offices before a name ("Ing.", "Mgr.", "starosta"): Czech and Slovak.
CZECH_TITLE_LANGUAGES = frozenset({"cs", "sk"})
THAI_RANGE = "\u0e00-\u0e7f"
GREEK_RANGE = "\u0370-\u03ff\u1f00-\u1fff"
GREEK_LETTER = re.compile(f"[{GREEK_RANGE}]")
ACCENTS = re.compile("[\u0300-\u036f]")  # the combining accents of the Latin, Greek and Cyrillic alphabets
# The marks ``fold`` takes off: every accent, except the breve and the diaeresis on a Cyrillic letter, which write
# letters of their own ("й", "ї", "ў" are no "и", "і", "у" with an accent; Russian "ё", often written "е", is folded).
FOLDED_MARKS = re.compile("(?<![\u0418\u0438\u0406\u0456\u0423\u0443])[\u0300-\u036f]"
                          "|(?<=[\u0418\u0438\u0423\u0443])[\u0300-\u0305\u0307-\u036f]"
                          "|(?<=[\u0406\u0456])[\u0300-\u0307\u0309-\u036f]")
# A modifier letter apostrophe (U+02BC, as Ukrainian writes "мʼясо") is read as the apostrophe inside a word.
MODIFIER_APOSTROPHE = "\u02bc"
APOSTROPHE_FORMS = str.maketrans({MODIFIER_APOSTROPHE: "'", "’": "'"})  # "мʼясо", "м’ясо" and "м'ясо" are one word


SCRIPT_LANGUAGES = frozenset({"th", "el"})  # the languages whose figures and dates a sentence's script tells


def script_language(text: str) -> str | None:
    """"th" or "el" when most of the letters of ``text`` (its start) are Thai or Greek (``languages.script_language``);
    None otherwise: a sentence's script tells these two, whatever function words it holds."""
    told = languages.script_language(text[:2000])
    return told if told in SCRIPT_LANGUAGES else None


def text_language(text: str) -> str:
    """The language of an article (ISO 639-1), ``languages.language_of`` on its start: by its script (Thai, Greek,
    Chinese ...) or its function words, English unless another language clearly wins."""
    return languages.language_of(text[:LANGUAGE_SAMPLE])


def story_language(texts: list[str]) -> str:
    """The language of a story's passages (``languages.language_of_texts``)."""
    return languages.language_of_texts(list(texts))


@functools.lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """``word`` in lower case without its accents, as words of a language with accents are compared: a headline in
    capitals writes none ("ΚΕΡΑΜΟΒΡΥΣΗ" is "Κεραμόβρυση"). Greek's final sigma is folded to σ, and Turkish's dotless
    "ı" to "i" ("DEMİRKAZIK" and "Demirkazık", whose capitals lower each "I" to "i", are one name). Cyrillic "й",
    "ї" and "ў" keep their marks: they are letters, not accented ones ("Глиноріцький" is not "Глиноріцькии")."""
    if word.isascii():
        return word.lower()
    bare = FOLDED_MARKS.sub("", unicodedata.normalize("NFD", word.translate(APOSTROPHE_FORMS)))
    return unicodedata.normalize("NFC", bare).casefold().replace("ı", "i")


def name_form(word: str) -> str:
    """A name as names are compared: folded (``fold``), and a Greek name without its final sigma, so that its
    nominative ("Βλαχογιάννης") meets the other cases ("Βλαχογιάννη")."""
    folded = fold(word)
    if len(folded) > 3 and folded.endswith("σ") and GREEK_LETTER.match(folded):
        return folded[:-1]
    return folded


# The words a text writes in lower case, as written. A capitalised word that opens a sentence and that the text (an
# article, or all of a story's) writes in lower case elsewhere ("Pluimveehouder Gerrit Hendriks" beside "de
# pluimveehouder"; "Директор Орест Гнатюк" beside "директор") is a common word, no name, when the capitalised words
# after it make a name by themselves (``_is_name``). Only the form itself tells: another form of it ("marked" beside
# "Mark Rutte", "bills" beside "Bill Gates") is as often a given name's namesake.
LOWER_WORD = re.compile(r"[^\W\d_]+")


def lower_vocabulary(texts) -> frozenset[str]:
    """The words ``texts`` write in lower case, as written (``LOWER_WORD``): one set for an article or a story, read
    once. A word written in lower case is the same in every language; ``common_word`` lowers a capitalised one as its
    language does."""
    found = set()
    for text in texts:
        found.update(word for word in LOWER_WORD.findall(text) if word.islower())
    return frozenset(found)


def common_word(word: str, language: str | None, vocabulary: frozenset[str]) -> bool:
    """``word`` is written in lower case in ``vocabulary`` (``lower_vocabulary``), in that very form."""
    return bool(vocabulary) and languages.lower(word, language) in vocabulary


# Every word of the tables below as written (``written``): a word of a text is looked up folded only when it is
# written as a table's word is, or without any accent (a headline in capitals, a text typed without them), so that
# Vietnamese "Mây" (cloud) is not the month "May" nor "đông" (east) the currency "đồng".
WRITTEN_FORMS: set[str] = set()


def written(word: str) -> str:
    """``word`` in lower case as written, its accents composed (Turkish "İ" lowered to "i", not "i" and a dot)."""
    return unicodedata.normalize("NFC", word.lower().replace("i\u0307", "i"))


def _folded_table(rows: dict[str, str]) -> dict[str, str]:
    """A table of words (each row: words separated by spaces, and the value they stand for) keyed by ``fold``."""
    WRITTEN_FORMS.update(written(word) for words in rows for word in words.split())
    return {fold(word): value for words, value in rows.items() for word in words.split()}


@functools.lru_cache(maxsize=65536)
def table_key(word: str) -> str:
    """How ``word`` is looked up in the tables of months, weekdays, multipliers, currencies and units: ``fold``ed when
    it is written as a word of theirs is, carries no accent, or is Greek (whose capitals drop theirs); otherwise as
    written, which no folded key of theirs equals ("mây" is not "may")."""
    if word.isascii() or GREEK_LETTER.match(word):
        return fold(word)
    form = written(word)
    if form in WRITTEN_FORMS or not ACCENTS.search(unicodedata.normalize("NFD", form)):
        return fold(word)
    return form


# Month and weekday names of the languages that write a date in words between spaces, in every form a page writes
# them (``calendar_names``, the table the furniture rules and story matching read too), folded: every language of
# that table written with capitals ("Machi 4, 2025", "tarehe 4 Machi"), so that a number beside its month is a day,
# never a count of the month. The languages without capitals date by their own rules (``_other_details``).
WORD_DATE_LANGUAGES = tuple(language for language in calendar_names.LANGUAGES
                            if not caseless(" ".join(calendar_names.MONTHS[language])))


# Languages whose pages are read as one another's (a text in Indonesian told as Malay, ``EITHER_CONVENTION``; Russian
# and Ukrainian, a page quoting the other): each reads its neighbour's month and weekday names too. Any other language
# reads its own rows alone, so that a word of one language is no month of another (German "Augustus" is no Dutch
# "augustus", Dutch "de mars" no French March).
CALENDAR_NEIGHBOURS = {"id": ("ms",), "ms": ("id",), "ru": ("uk",), "uk": ("ru",)}


def _calendar_table(tables: tuple[dict[str, tuple[str, ...]], ...], names: list[str]) -> dict[str, dict[str, str]]:
    """Per language of ``WORD_DATE_LANGUAGES``: the forms of its rows in ``tables`` (and its neighbours',
    ``CALENDAR_NEIGHBOURS``), folded, each with its English name (``names``: ``MONTHS`` or ``WEEKDAYS``)."""
    return {language: _folded_table({form: names[number - 1] for table in tables
                                     for own in (language, *CALENDAR_NEIGHBOURS.get(language, ()))
                                     for form, number in calendar_names.forms(table.get(own, ())).items()})
            for language in WORD_DATE_LANGUAGES}


# Each language's month and weekday names (``calendar_names``), read by ``local_months`` and ``local_weekdays``.
_LOCAL_MONTHS = _calendar_table((calendar_names.MONTHS, calendar_names.MONTH_ABBREVIATIONS), MONTHS)
_LOCAL_WEEKDAYS = _calendar_table((calendar_names.WEEKDAYS,), WEEKDAYS)
_NO_NAMES: dict[str, str] = {}


def local_months(language: str | None) -> dict[str, str]:
    """``language``'s month names in every form and abbreviation, folded, each with its English name; none for a
    language without rows in ``calendar_names`` (one that writes its months as numbers or in another script)."""
    return _LOCAL_MONTHS.get(language, _NO_NAMES)


def local_weekdays(language: str | None) -> dict[str, str]:
    """``language``'s weekday names in every form, folded, each with its English name (``local_months``)."""
    return _LOCAL_WEEKDAYS.get(language, _NO_NAMES)


# A day of the month written as an ordinal: "1η Δεκεμβρίου", "1st December", "1er mars", "1º de mayo".
ORDINAL_DAY = re.compile(r"(\d{1,2})(?:st|nd|rd|th|η|ης|ο|ου|er|re|e|ème|º|ª|°)", re.IGNORECASE)
ENGLISH_ORDINAL_DAY = re.compile(r"(\d{1,2})(?:st|nd|rd|th)", re.IGNORECASE)  # "the 3rd of March", "March 3rd"
# Multipliers, currencies, units and words for per cent written after a figure in other languages (folded).
LOCAL_SCALES = _folded_table({
    "εκατ εκατομμύριο εκατομμύρια εκατομμυρίων million millions millionen mio millón millones milione milioni "
    "mln milhão milhões milion miliony milionów млн миллион миллиона миллионов миллионы миллионом miljoen milyon "
    "milyonluk milyonu triệu juta "
    # Ukrainian, in every case a figure governs ("31 мільйона", "52 мільйони", "48 мільйонів")
    "мільйон мільйона мільйони мільйонів мільйоном мільйонах "
    # Bulgarian, with its count form and plural ("2,5 млн. лв.", "два милиона", "14 милиона"; "милиард", "хиляди")
    "милион милиона милиони "
    # Finnish, in the cases a figure takes ("2,5 miljoonaa", "18 miljoonan euron")
    "miljoona miljoonaa miljoonan miljoonalla miljoonasta "
    # Danish, Norwegian and Swedish ("48 millioner kroner", "2,5 mio. kr.", "3 miljoner kronor")
    "millioner miljon miljoner miljonen": 1_000_000,
    # Filipino, with its linker ("2.5 milyong piso")
    "milyong": 1_000_000, "bilyon bilyong": 1_000_000_000, "libo libong": 1_000,
    "δισ δισεκατομμύριο δισεκατομμύρια δισεκατομμυρίων milliard milliards milliarde milliarden mrd millardo "
    "millardos miliardo miliardi mld bilhão bilhões miliard miliardy miliardów млрд миллиард миллиарда "
    "миллиардов миллиарды миллиардом miljard milyar milyarlık milyarı tỷ tỉ miliar "
    "мільярд мільярда мільярди мільярдів мільярдом мільярдах miljardia miljardin miljardilla "
    "милиард милиарда милиарди": 1_000_000_000,
    "milliarder miljarder miljarden": 1_000_000_000,
    "triliun": 1_000_000_000_000,
    "χιλιάδες χιλιάδων χιλ mil mila tausend tys tysiące tysięcy тыс тысяч тысячи тысяча тысячу тысячами bin bini "
    "binlik nghìn ngàn ribu duizend тис тисяча тисячі тисяч тисячу тисячею тисячами тисячах "
    "хиляди хил tusind tusinde tusen": 1_000,
})
# Scale words whose value depends on the language: where a billion is a thousand millions (Malay and Indonesian
# "bilion") and where it is a million millions, as the long scale counts (Polish and Czech "bilion", Romanian
# "bilion", German "Billion", French "billion", Spanish "billón", Dutch "biljoen").
_SHORT_BILLIONS = {"bilion": 1_000_000_000, "trilion": 1_000_000_000_000}
_LONG_BILLIONS = "bilion biliona biliony bilionów bilionu bilionem bilionů bilioane billion billions billionen " \
                 "billón billones biljoen biljoenen"
LANGUAGE_SCALES = {language: _folded_table(rows) for languages, rows in (
    ("ms id", _SHORT_BILLIONS),
    ("pl cs sk ro de fr es nl", {_LONG_BILLIONS: 1_000_000_000_000}),
) for language in languages.split()}
# Czech's and Slovak's multipliers in every case a figure governs ("300 milionů", "2,5 miliardy", "tisíce"), and "mil."
# a million there (elsewhere "mil" is a thousand: Spanish, Portuguese)
for _language in CZECH_LANGUAGES:
    LANGUAGE_SCALES[_language] |= _folded_table(czech_numbers.SCALES)
# Armenian's multipliers with their article and cases ("13 հազար", "45 միլիոն դրամ", "45 մլն", "1,2 միլիարդ"; "4
# հազարից", "միլիոնով").
LANGUAGE_SCALES["hy"] = {fold(word): value for word, value in worded_numbers.scales("hy").items()}
# Norwegian cuts its multipliers short with a full stop before the crown ("35 mill. kroner", "1,2 mrd. kr"): "mill" is
# a million there alone.
LANGUAGE_SCALES["nb"] = _folded_table({"mill mill.": 1_000_000, "mrd mrd.": 1_000_000_000})
LANGUAGE_SCALES["no"] = LANGUAGE_SCALES["nb"]


def local_scale(word: str, language: str) -> float | None:
    """The multiplier a folded ``word`` stands for after a figure in ``language`` (``LANGUAGE_SCALES``, then
    ``LOCAL_SCALES``), or None."""
    return LANGUAGE_SCALES.get(language, {}).get(word) or LOCAL_SCALES.get(word)


LOCAL_CURRENCY = _folded_table({
    "ευρώ евро": "EUR", "δολάρια δολαρίων dólares dólar dollari долларов доллара": "USD",
    "λίρες λιρών": "GBP", "zł złotych złote złoty zloty pln": "PLN", "рублей рубля рубль руб": "RUB",
    "гривен гривень гривны грн гривня гривні гривню гривнею гривнях": "UAH", "franken francs": "CHF",
    "долар долари долара доларів доллары": "USD", "євро": "EUR", "рублів": "RUB",
    # Turkish writes its case endings onto a currency's name ("milyon lirası", "89,90 TL'den": the apostrophe's
    # ending comes off with ``tokens``); Vietnamese its đồng after the figure or its multiplier ("42 tỷ đồng")
    "lira lirası liralık liraya liradan lirayı tl": "TRY", "avro avroyu avroluk avroya avrodan": "EUR",
    "dolar doları dolarlık": "USD", "sterlin": "GBP", "đồng đ vnđ vnd": "VND",
    "rupiah idr": "IDR", "ringgit myr": "MYR", "euroa euron euroon eurolla eurosta": "EUR",
    # Bulgarian: the lev, after its figure or its multiplier ("2,5 млн. лв.", "два милиона и половина лева")
    "лв лева bgn": "BGN",
    # Filipino: the peso, with its linker ("2.5 milyong piso", "500 pisong pamasahe")
    "piso pisong php": "PHP",
    **czech_numbers.CURRENCY,
})
# Crowns, by the language that writes them after a figure or its multiplier ("3 miljoner kronor", "150 kr", "48 mio.
# kr."): the same "kr" is Sweden's, Denmark's or Norway's crown by the page's language.
LANGUAGE_CURRENCY = {
    "sv": _folded_table({"kr kronor krona kronan sek": "SEK"}),
    "da": _folded_table({"kr kroner krone dkk": "DKK"}),
    "nb": _folded_table({"kr kroner krone nok": "NOK"}),
    "no": _folded_table({"kr kroner krone nok": "NOK"}),
    # Armenian: the dram, with its article and cases ("45 միլիոն դրամ", "դրամով", "դրամից").
    "hy": _folded_table({"դրամ դրամը դրամի դրամով դրամից դրամն amd": "AMD"}),
}
# A multiplier and a crown in one short word, after a figure: Swedish "62 mkr" (millions of crowns), "2,5 mdkr"
# (billions), "400 tkr" (thousands).
LANGUAGE_SCALED_CURRENCY = {
    "sv": {fold(word): (scale, "SEK") for word, scale in (("tkr", 1_000), ("mkr", 1_000_000), ("mnkr", 1_000_000),
                                                         ("mdkr", 1_000_000_000), ("mdrkr", 1_000_000_000))},
}
LOCAL_UNITS = _folded_table({
    "m μ μέτρα μέτρων metro metros metri mètres mètre meter mét metre metrelik": "m",
    "cm santimetre xentimét": "cm", "mm milimetre milimét": "mm", "m3 m³": "m3",
    "km χλμ χιλιόμετρα χιλιομέτρων kilomètres kilomètre kilometer kilómetros chilometri quilómetros "
    "quilômetros": "km",
    "kg κιλά κιλών kilo kilos chili": "kg", "τόνοι τόνους τόνων tonnen toneladas tonnellate tấn": "tonne",
    "ha εκτάρια hektar hectáreas ettari": "hectare", "στρέμματα στρεμμάτων": "stremma",
    "ημέρες μέρες ημερών jours tage tagen días giorni dias gün günlük günde gündür ngày": "day",
    "εβδομάδες semaines wochen semanas settimane hafta haftada haftalık haftadır tuần": "week",
    "μήνες μηνών mois monate monaten meses mesi aylık ayda aydır tháng": "month",
    "χρόνια χρόνων έτη ετών ans années jahre jahren años anni anos yıl yıllık yıllığına yılda yıldır yılı "
    "năm": "year",
    "ώρες ωρών heures stunden horas ore saat saatlik saatte tiếng": "hour",
    "λεπτά λεπτών minutes minuten minutos minuti dakika dakikalık dakikada phút": "minute",
})
# Units written after a figure in one language alone, where their words are other words elsewhere (Czech "let",
# years; "den", a day): Czech's in the cases a figure governs, and the adjectives a figure is written onto ("64letého")
LANGUAGE_UNITS = {language: _folded_table({**czech_numbers.UNITS_AFTER, **czech_numbers.GLUED_WORDS})
                  for language in CZECH_LANGUAGES}
# Bulgarian's units after a figure, in their count form and plural ("60 метра", "47 км", "три дни", "две години"), for
# Bulgarian alone: "дни", "месеца" are words of its neighbours too.
LANGUAGE_UNITS["bg"] = _folded_table({
    "м метър метра метри": "m", "км километър километра километри": "km", "см сантиметра сантиметри": "cm",
    "кг килограма килограми": "kg", "т тон тона тонове": "tonne", "ха хектара хектари": "hectare",
    "ден дни дена": "day", "седмица седмици": "week", "месец месеца месеци": "month", "година години": "year",
    "час часа часове": "hour", "минута минути": "minute"})
# Serbian's multipliers and units in the cases a figure governs ("1,2 milijarde", "1.200 miliona", "186 metara",
# "27 kilometara", "14 časova"), in its two alphabets (``languages.serbian_cyrillic``: "милиона", "метара"); units
# that are other words elsewhere ("dana", "sati"), so for Serbian alone.
SERBIAN_SCALES = {"hiljada hiljade hiljadu": 1_000, "milion miliona milioni mil": 1_000_000,
                  "milijarda milijarde milijardi mlrd": 1_000_000_000}
SERBIAN_UNITS = {"metar metra metara metru": "m", "kilometar kilometra kilometara km": "km",
                 "centimetar centimetra centimetara santimetar santimetra santimetara cm": "cm",
                 "tona tone": "tonne", "dan dana": "day", "mesec meseca meseci": "month",
                 "godina godine godinu": "year", "sat sata sati čas časa časova": "hour", "minut minuta": "minute"}


def _in_both_alphabets(rows: dict) -> dict:
    """Serbian rows of words in Latin letters, each word also in Cyrillic."""
    return {f"{words} {' '.join(languages.serbian_cyrillic(word) for word in words.split())}": value
            for words, value in rows.items()}


LANGUAGE_SCALES[languages.SERBIAN] = _folded_table(_in_both_alphabets(SERBIAN_SCALES))
LANGUAGE_UNITS[languages.SERBIAN] = _folded_table(_in_both_alphabets(SERBIAN_UNITS))
LOCAL_CURRENCY |= _folded_table(_in_both_alphabets({"dinar dinara dinari din rsd": "RSD", "evra evro": "EUR"}))
# Lithuanian's multipliers, written out in the cases a figure governs or cut short with a stop ("2,3 mln. eurų", "600
# tūkst. eurų", "600 tūkstančių eurų", "1,2 mlrd."), its units in the same cases ("210 tonų", "65 kilometrų", "14
# mėnesių"; "metų" is "of the year" too, so a unit only after a figure, as here) and the euro in its cases ("eurų").
LITHUANIAN_SCALES = {"tūkst tūkstantis tūkstantį tūkstančiai tūkstančių tūkstančius": 1_000,
                     "mln milijonas milijoną milijonai milijonų milijonus": 1_000_000,
                     "mlrd milijardas milijardą milijardai milijardų milijardus": 1_000_000_000}
LITHUANIAN_UNITS = {"tona toną tonos tonų tonas tonomis": "tonne", "kilometras kilometrai kilometrų kilometrus": "km",
                    "metras metrai metrų metrus": "m", "hektaras hektarai hektarų hektarus": "hectare",
                    "diena dieną dienos dienų dienas": "day", "savaitė savaitę savaitės savaičių savaites": "week",
                    "mėnesį mėnesiai mėnesių mėnesius": "month", "metai metų metus": "year",
                    "valanda valandą valandos valandų valandas": "hour",
                    "minutė minutę minutės minučių minutes": "minute"}
LANGUAGE_SCALES["lt"] = _folded_table(LITHUANIAN_SCALES)
LANGUAGE_UNITS["lt"] = _folded_table(LITHUANIAN_UNITS)
# Filipino's units after a figure, written after its linker ("6 na buwan") or with the linker on the number word
# ("dalawang kilometro"), for Filipino alone: "araw" and "oras" are words elsewhere.
LANGUAGE_UNITS["tl"] = _folded_table({
    "kilometro": "km", "metro": "m", "sentimetro": "cm", "kilo kilogramo": "kg", "tonelada": "tonne",
    "ektarya": "hectare", "litro": "litre", "minuto": "minute", "oras": "hour", "araw": "day", "linggo": "week",
    "buwan": "month", "taon": "year",
})
# The linker a language writes between a figure and the unit it counts ("6 na buwan", "12 na taon").
UNIT_LINKERS = {"tl": frozenset({"na"})}
LOCAL_CURRENCY |= _folded_table({"euras eurą eurai eurų eurus eurais": "EUR"})
LITHUANIAN_PERCENT = "proc procentas procentai procentų procentus procentais"
WRITTEN_FORMS.update(written(word) for word in LITHUANIAN_PERCENT.split())
LOCAL_PERCENT = frozenset(fold(word) for word in (
    *("prozent procent procentów процентов процента процент проценты відсоток відсотка відсотки відсотків "
      "процентів persen peratus prosenttia prosentin prosenttiin prosentilla prosentista").split(),
    *LITHUANIAN_PERCENT.split(),
    # Serbian's and Croatian's in either alphabet ("52,31 odsto", "52,3 одсто", "56 procenata", "33 процента")
    *"odsto одсто procenat procenta procenata проценат процената".split(),
    # Armenian "տոկոս" with its article and cases ("12 տոկոսով", by 12 per cent).
    *"տոկոս տոկոսը տոկոսի տոկոսով տոկոսից".split(),
    *czech_numbers.PERCENT))
_PERCENT_PAIRS = ("τοις εκατό", "pour cent", "por ciento", "por cento", "per cento", "phần trăm")
LOCAL_PERCENT_PAIRS = frozenset(tuple(fold(word) for word in pair.split()) for pair in _PERCENT_PAIRS)
# Words for per cent written before the figure: Turkish "yüzde 85" (and "%85", as Turkish writes the sign).
# Swahili's "asilimia 30" (``swahili_numbers``).
PERCENT_BEFORE = frozenset(fold(word) for word in ("yüzde", "%", swahili_numbers.PERCENT_BEFORE))
WRITTEN_FORMS.update(written(word) for phrase in (*_PERCENT_PAIRS, "yüzde") for word in phrase.split())
# Hedges before a figure in other languages (folded): bounds, then roundings.
LOCAL_BOUND_HEDGES = tuple(tuple(fold(word) for word in phrase.split()) for phrase in (
    "πάνω από", "περισσότερα από", "περισσότεροι από", "περισσότερες από", "περισσότερους από", "λιγότερα από",
    "λιγότεροι από", "λιγότερο από", "κάτω από", "σχεδόν", "τουλάχιστον", "μέχρι", "έως", "ξεπερνούν", "ξεπερνά",
    "plus de", "moins de", "près de", "presque", "au moins", "jusqu'à", "quasiment", "mehr als", "weniger als",
    "fast", "knapp", "mindestens", "bis zu", "über", "nahezu", "más de", "menos de", "casi", "al menos", "hasta",
    "più di", "meno di", "quasi", "almeno", "fino a", "oltre", "mais de", "quase", "pelo menos", "até", "ponad",
    "prawie", "niemal", "co najmniej", "более", "свыше", "почти", "менее", "не менее", "больше",
    "en az", "en fazla", "neredeyse", "hơn", "gần", "ít nhất", "tối thiểu", "chưa đến", "chưa tới", "không dưới",
    "hampir", "lebih dari", "lebih daripada", "kurang dari", "kurang daripada", "setidaknya", "sedikitnya",
    "paling sedikit", "sekurang-kurangnya", "minimal", "maksimal", "понад", "майже", "щонайменше", "принаймні",
    "більш ніж", "більше ніж", "менш ніж", "менше ніж", "не менше ніж", "не менш як", "не більше ніж", "більше за",
    "менше за", "більш як", "менш як", "максимум", "мінімум", "более чем", "менее чем", "не более", "как минимум",
    "по меньшей мере", "минимум", "максимум", "ruim", "bijna", "meer dan", "minder dan", "tot",
    "над", "близо", "поне", "повече от", "по-малко от", "малко над", "малко под",
    # Danish: nearly, almost, more and fewer than, at least, up to, at most
    "knap", "næsten", "mere end", "flere end", "mindre end", "færre end", "mindst", "op til", "højst",
    # Filipino: more than, at least, nearly, fewer than, under ("mahigit 300", "hindi bababa sa 12", "halos 40")
    "mahigit sa", "mahigit", "higit sa", "lampas sa", "hindi bababa sa", "halos", "kulang sa", "wala pang",
    # Serbian and Croatian in either alphabet: more and less than, nearly, at least ("više od 52 procenta")
    "više od", "više nego", "preko", "manje od", "skoro", "gotovo", "najmanje", "најмање", "више од", "више него",
    "преко", "мање од", "скоро", "готово",
    *swahili_numbers.BOUND_HEDGES,
))
LOCAL_DOWNWARD_HEDGES = frozenset(tuple(fold(word) for word in phrase.split()) for phrase in (
    "λιγότερα από", "λιγότεροι από", "λιγότερο από", "κάτω από", "σχεδόν", "μέχρι", "έως", "moins de", "près de",
    "presque", "jusqu'à", "quasiment", "weniger als", "fast", "knapp", "bis zu", "nahezu", "menos de", "casi", "hasta",
    "meno di", "quasi", "fino a", "quase", "até", "prawie", "niemal", "почти", "менее", "en fazla", "neredeyse", "gần",
    "chưa đến", "chưa tới", "hampir", "kurang dari", "kurang daripada", "maksimal", "майже", "менш ніж", "менше ніж",
    "не більше ніж", "менше за", "менш як", "максимум", "менее чем", "не более", "bijna", "minder dan", "tot",
    "близо", "по-малко от", "малко под",
    "knap", "næsten", "mindre end", "færre end", "op til", "højst",
    "halos", "kulang sa", "wala pang",
    "manje od", "skoro", "gotovo", "мање од", "скоро", "готово",
    *swahili_numbers.BOUND_HEDGES_DOWN,
))
LOCAL_ROUNDING_HEDGES = tuple(tuple(fold(word) for word in phrase.split()) for phrase in (
    "περίπου", "γύρω στα", "γύρω στους", "γύρω στις", "γύρω στο", "κατά προσέγγιση", "environ", "quelque",
    "autour de", "rund", "etwa", "ungefähr", "circa", "ca", "zirka", "unos", "unas", "alrededor de",
    "aproximadamente", "en torno a", "cerca de", "intorno a", "por volta de", "uns", "umas", "około", "ok", "около",
    "примерно", "порядка", "приблизительно", "yaklaşık", "tahmini", "tahminen", "khoảng", "chừng", "ước tính",
    "xấp xỉ", "sekitar", "kira-kira", "kurang lebih", "lebih kurang", "близько", "приблизно", "орієнтовно",
    "десь", "zo'n", "ongeveer", "rond", "pakweg", "naar schatting", "omkring", "cirka", "omtrent",
    # Filipino: about ("mga 200 pamilya": the plural marker before a figure, which is why a hedge of this list is one
    # only before a figure), approximately, an estimated
    "mga", "humigit-kumulang", "humigit kumulang", "tinatayang nasa", "tinatayang",
    # Serbian and Croatian: about, approximately ("oko 33 procenta", "око 11 часова")
    "oko", "približno", "приближно",
    *swahili_numbers.ROUNDING_HEDGES,
))


# Dutch number words, read as English's are (``UNITS_WORDS``, ``TENS_WORDS``) from their tables: a unit joined to its
# tens by "en" ("eenentwintig", "tweeëntwintig"), "honderd" and "duizend" after what they multiply and before what
# they add, all written as one word ("honderdveertig", "honderdveertigduizend", "tweeduizendvijfhonderd"), and
# "honderd" and "duizend" alone (100, 1,000). "tientallen", "honderden", "duizenden" (tens, hundreds, thousands of)
# are no figure. "een" is also the article: a figure only written "één" or before a scale ("een miljoen").
DUTCH_UNITS = {word: value for value, word in enumerate(
    "een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien zeventien "
    "achttien negentien".split(), start=1)}
DUTCH_TENS = {word: value for value, word in zip(range(20, 100, 10), "twintig dertig veertig vijftig zestig zeventig "
                                                                     "tachtig negentig".split(), strict=True)}
DUTCH_SCALES = (("duizend", 1_000), ("honderd", 100))  # the scales written into a number word, largest first
DUTCH_JOIN = "en"  # between a unit and its tens: "vijfenzeventig"
DUTCH_ARTICLE = "een"
DUTCH_LANGUAGES = frozenset({"nl"})
# An hour of the clock in words ("om vier uur", "rond vier uur"): a time of day, no count of hours. Which half of the
# day it names the words do not say, so it is no time to compare either.
DUTCH_CLOCK_BEFORE = frozenset("om rond omstreeks tegen vanaf tot na".split())
DUTCH_HOUR = "uur"
# A number word counts what comes after it: a noun ("zeven dode zwanen"), a unit or a scale, and it counts what it
# stands for before a verb ("Vijf zijn omgekomen", "Twee waren al vertrokken"). "acht" alone is also attention and a
# form of "achten" (to deem): before a subject pronoun it is the verb ("dat acht ik onwaarschijnlijk"; after one it
# counts, "toen vonden we acht zwanen"). After "in", with a form of "nemen" in the sentence, it is "in acht nemen" (to
# observe) when no noun follows it: a verb, an auxiliary, "te" or the end of its clause ("in acht moeten nemen",
# "niet in acht."); before a noun it counts ("in acht gemeenten", "zijn in acht gemeenten genomen").
DUTCH_ATTENTION = "acht"
DUTCH_SUBJECTS = frozenset("ik je jij hij zij ze we wij men u".split())
DUTCH_VERBS = frozenset("""
    ben bent is zijn was waren geweest heb hebt heeft hebben had hadden gehad word wordt worden werd werden geworden
    kan kun kunt kunnen kon konden gekund moet moeten moest moesten mag mogen mocht mochten wil wilt willen wilde
    wilden wou zal zult zullen zou zouden laat laten liet lieten gaat gaan ging gingen doet doen deed deden te
""".split())
DUTCH_IDIOM = ("in", "acht")
DUTCH_IDIOM_VERB = frozenset("neem neemt nemen nam namen genomen".split())


def _dutch_below(word: str, limit: int) -> int | None:
    """The value below ``limit`` that the folded ``word`` writes wholly (``DUTCH_UNITS``, ``DUTCH_TENS``,
    ``DUTCH_SCALES``), or None."""
    for scale_word, scale in DUTCH_SCALES:
        at = word.find(scale_word) if scale < limit else -1
        if at >= 0:
            head, tail = word[:at], word[at + len(scale_word):]
            times = _dutch_below(head, scale) if head else 1
            rest = _dutch_below(tail, scale) if tail else 0
            return None if times is None or rest is None else times * scale + rest
    value = DUTCH_UNITS.get(word) or DUTCH_TENS.get(word)
    if value is not None:
        return value if value < limit else None
    at = word.find(DUTCH_JOIN)
    while at > 0:  # "eenentwintig": a unit, "en", its tens ("zeventig" holds an "en" of its own)
        unit, tens = word[:at], word[at + len(DUTCH_JOIN):]
        if unit in DUTCH_UNITS and DUTCH_UNITS[unit] < 10 and tens in DUTCH_TENS:
            return DUTCH_UNITS[unit] + DUTCH_TENS[tens] if DUTCH_TENS[tens] < limit else None
        at = word.find(DUTCH_JOIN, at + 1)
    return None


@functools.lru_cache(maxsize=65536)
def dutch_number(word: str) -> int | None:
    """The value of a Dutch number word ("zeven", "één", "eenentwintig", "honderdveertigduizend"), the article "een"
    as it is written not (``_dutch_below``); None for any other word ("tientallen", "zesde", "eenmaal")."""
    folded = fold(word)
    if folded == DUTCH_ARTICLE and written(word) == DUTCH_ARTICLE:
        return None
    return _dutch_below(folded, 1_000_000)


def number_word(word: str, language: str | None) -> bool:
    """``word`` is a number word of ``language`` (``number_words``; a Dutch one in any compound, ``dutch_number``),
    which ``details`` reads as a figure or as a vague count, no content word of its own."""
    return fold(word) in number_words(language) or (language in DUTCH_LANGUAGES and dutch_number(word) is not None)


# Number words, never what a figure counts ("€2,1 mln voor de drie bedrijven": the companies, not "drie"): English's
# in every language, as English's figures are read in every language, and Dutch's (and ``dutch_number``'s) in Dutch
# alone, where ``_spoken_dutch`` reads them: Vietnamese "tiền" (money) folds to Dutch "tien" and is no number.
DUTCH_NUMBER_WORDS = " ".join([*DUTCH_UNITS, *DUTCH_TENS, "honderd duizend tientallen honderden duizenden"])
NUMBER_WORDS = frozenset(fold(word) for word in (*UNITS_WORDS, *TENS_WORDS, *SCALE_WORDS))
LANGUAGE_NUMBER_WORDS = {language: NUMBER_WORDS | frozenset(fold(word) for word in DUTCH_NUMBER_WORDS.split())
                         for language in DUTCH_LANGUAGES}
# Czech's (``czech_numbers``), and its vague counts ("stovky", hundreds of), never a figure's noun.
for _language in CZECH_LANGUAGES:
    LANGUAGE_NUMBER_WORDS[_language] = NUMBER_WORDS | frozenset(
        fold(word) for word in (*czech_numbers.WORDS, *czech_numbers.HUNDREDS, *czech_numbers.VAGUE))
# Swedish's, Danish's, Norwegian's, Lithuanian's and Bulgarian's (``worded_numbers``), read by ``details`` in those
# languages alone: Danish "to" (two) and "fire" (four) are English words, Lithuanian "du" (two) a French one.
for _language in worded_numbers.LANGUAGES:
    LANGUAGE_NUMBER_WORDS[_language] = NUMBER_WORDS | frozenset(fold(word) for word in worded_numbers.words(_language))
# Swahili's (``swahili_numbers``), read by ``details`` where the text is Swahili.
SWAHILI = "sw"
LANGUAGE_NUMBER_WORDS[SWAHILI] = NUMBER_WORDS | frozenset(swahili_numbers.UNITS) | frozenset(swahili_numbers.SCALES)


# The shape of a finite verb, per language that writes one word for it (Swahili's subject, tense and stem:
# "wameugua", they have fallen ill), which a figure's noun never is ("wagonjwa 230 wameugua").
VERB_SHAPES = {SWAHILI: swahili_numbers.verb}


def verb(word: str, language: str | None) -> bool:
    """Whether ``word``, written after a figure, is a verb of ``language``: one of its verbs of saying
    (``speech_verbs``) or, in lower case, of its verbs' shape (``VERB_SHAPES``); never what the figure counts."""
    if fold(word) in _speech_verbs(language):
        return True
    shape = VERB_SHAPES.get(language or "")
    return shape is not None and word.islower() and shape(word)


@functools.cache
def _speech_verbs(language: str | None) -> frozenset[str]:
    return frozenset(fold(word) for word in speech_verbs.speech_verbs(language))


def number_words(language: str | None) -> frozenset[str]:
    """The number words of ``language``, folded: English's, and its own where it has a table (``NUMBER_WORDS``)."""
    return LANGUAGE_NUMBER_WORDS.get(language, NUMBER_WORDS)


@functools.cache
def function_words(language: str) -> frozenset[str]:
    """The function words of ``language`` (``languages.function_words``, folded), never a figure's noun ("14 σε",
    "2 και") or a name."""
    own = CLAIM_FUNCTION_WORDS.get(language, ())
    return frozenset(fold(word) for word in (*languages.function_words(language), *own))


# Words the claims read as function words beyond the language's list: the word before every time of day (Finnish
# "klo 15.10", "kello 9"), which any two sentences giving an hour share whatever their facts, and the words that
# report speech (``speech_verbs.COMMON_SPEECH_VERBS``: "sanoo", "kertoi"; "X:n mukaan"), which any two sentences
# quoting someone share, as English's stop words hold "said" and "according".
CLAIM_FUNCTION_WORDS = {"fi": ("klo", "kello", *sorted(speech_verbs.COMMON_SPEECH_VERBS["fi"]), "mukaan")}


# Numbers as other languages write them: a full stop or a space grouping thousands, a comma before decimals. A
# date written in figures ("14/10/2025", "14.10.2025", "2025-10-14") is one token, read as a date.
NUMERIC_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})|(\d{1,2})([./])(\d{1,2})\5(\d{4})|(\d{1,2})/(\d{1,2})/(\d{2})")
NUMERIC_DATE_TOKEN = r"\d{4}-\d{2}-\d{2}(?!\d)|\d{1,2}/\d{1,2}/\d{2}(?:\d{2})?(?!\d)|\d{1,2}\.\d{1,2}\.\d{4}(?!\d)"
ENGLISH_NUMBER_TOKEN = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?(?:bn|mn|m|k)?\b"
GROUPED_NUMBER_TOKEN = (r"\d{1,3}(?:\.\d{3})+(?:,\d+)?(?!\d|[.,]\d)"
                        r"|\d{1,3}(?:[\u00a0\u202f\u2009]\d{3})+(?:,\d+)?(?!\d)|\d+[.,]\d+|\d+\b")
SPACED_NUMBER_TOKEN = r"\d{1,3}(?: \d{3})+(?:,\d+)?(?!\d|[.,]\d)"
# Languages whose pages write either convention: Malay (Malaysia's "1,200.50"; a text in Indonesian read as Malay,
# "4.215.600" and "186,4"). A figure tells its own: groups of exactly three digits after one mark are thousands, and
# the mark written last before other digits is the decimal one.
EITHER_CONVENTION = frozenset({"ms"})
EITHER_NUMBER_TOKEN = (r"\d{1,3}(?:\.\d{3})+(?:,\d+)?(?!\d|[.,]\d)|\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d|[.,]\d)"
                       r"|\d+[.,]\d+|\d+\b")
THOUSANDS_COMMAS = re.compile(r"\d{1,3}(?:,\d{3})+")
# A currency's sign or abbreviation written onto the figure after it ("Rp186,4 miliar", "RM2.50", "Rp 4.215.600").
PREFIX_CURRENCY = {"rp": "IDR", "rm": "MYR", "p": "PHP"}
PREFIX_CURRENCY_TOKEN = r"\b(?-i:Rp|RM)(?=\.?\s?\d)"
# Filipino news writes the peso as a capital P onto its figure ("P2.5 milyon", "P500"), which in another language
# may be a code ("P1", "P45"): read so in Filipino only.
PESO_LETTER_TOKEN = r"\b(?-i:P)(?=\d)"
PREFIX_CURRENCY_LETTERS = {"tl": ("Rp", "RM", "P")}


def currency_letters(language: str) -> tuple[str, ...]:
    """The letters of a currency that the news of ``language`` writes onto the figure after them ("RM2.50", "P2.5")."""
    return PREFIX_CURRENCY_LETTERS.get(language, ("Rp", "RM"))


LOCAL_DIGITS = re.compile(r"^\d(?:[\d.,\u00a0\u202f\u2009 ]*\d)?$")
THOUSANDS_DOTS = re.compile(r"\d{1,3}(?:\.\d{3})+")
GROUP_SPACES = re.compile(r"[\s\u00a0\u202f\u2009]")


def number_value(surface: str, language: str) -> float:
    """The value of a figure as ``language`` writes it: "9.500" is 9500 and "0,80" is 0.8 where a decimal comma is
    written (``DECIMAL_COMMA``), "1,240" is 1240 in English; a full stop before other than three digits is a
    decimal point in any language ("2.5")."""
    digits = GROUP_SPACES.sub("", "".join(str(unicodedata.decimal(c)) if c.isdecimal() else c for c in surface))
    if language in EITHER_CONVENTION:
        if "," in digits and "." in digits:
            decimal = "," if digits.rfind(",") > digits.rfind(".") else "."
            digits = digits.replace("," if decimal == "." else ".", "").replace(",", ".")
        elif THOUSANDS_DOTS.fullmatch(digits) or THOUSANDS_COMMAS.fullmatch(digits):
            digits = digits.replace(".", "").replace(",", "")
        else:
            digits = digits.replace(",", ".")
    elif language in DECIMAL_COMMA:
        if "," in digits:
            digits = digits.replace(".", "").replace(",", ".")
        elif THOUSANDS_DOTS.fullmatch(digits):
            digits = digits.replace(".", "")
    else:
        digits = digits.replace(",", "")
    return float(digits)


def _in_calendar(year: int, month: int, day: int) -> bool:
    """Whether the Gregorian calendar holds the day: "29/02/2028" is a day, "31/02/2026" none; a year beyond the
    calendar module's is read as a leap year."""
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year if 1 <= year <= 9999 else 2000, month)[1]


def numeric_date(surface: str, language: str) -> tuple[str, ...]:
    """The dates a date written in figures states: its year, and its day when the order of day and month is clear
    (ISO's year-month-day; a day above 12; day before month outside English)."""
    match = NUMERIC_DATE.fullmatch(surface)
    if not match:
        return ()
    groups = match.groups()
    if groups[0]:
        year, month, day = int(groups[0]), int(groups[1]), int(groups[2])
    else:
        first, second, year = (groups[3], groups[5], groups[6]) if groups[3] else (groups[7], groups[8], groups[9])
        first, second, year = int(first), int(second), int(year)
        year += 2000 if year < 100 else 0
        if first > 12 or language != ENGLISH and second <= 12 or first == second:
            day, month = first, second  # "3/3/2026" reads alike in either order
        elif second > 12:
            day, month = second, first
        else:
            return (f"year:{year}",)
    if not _in_calendar(year, month, day):
        return ()  # "31/02/2026", "99/99/9999": figures no calendar holds, no date
    name = MONTHS[month - 1]
    return f"year:{year}", f"month:{name}", f"day:{name}-{day}"


# Scripts without capitals. Their words are letters with their combining marks (Hindi's vowel signs), apart from
# the digits written onto them ("153名", "2명", "١٨شهرا"); a character of Chinese or Japanese is a word of its own.
CJK = f"{HAN}{KANA}"
HEBREW_LETTER = "[\u05d0-\u05ea]"
CASELESS_TOKEN = re.compile(
    rf"\d{{1,3}}(?:[,{ARABIC_THOUSANDS}]\d{{3}})+(?:[.{ARABIC_DECIMAL}]\d+)?|\d+(?:[.{ARABIC_DECIMAL}]\d+)?"
    # a Hebrew word with gershayim inside it, as the straight quote or its own mark (ש"ח, יו״ר), is one word; so is
    # a Persian word with a zero-width non-joiner inside it ("سه‌شنبه")
    rf"|{HEBREW_LETTER}+[\"״]{HEBREW_LETTER}+"
    rf"|[{CJK}]|(?:(?![{CJK}])[^\W\d_])(?:(?![{CJK}])[^\W\d_]|[{MARKS}]|\u200c(?=[^\W\d_]))*|[$£€¥₩₽₴৳₹%％]",
    re.UNICODE,
)
CJK_CHARACTER = re.compile(f"[{CJK}{HANGUL}]")
# Georgian groups its thousands with a space ("5 000", "1 200") and writes a decimal comma ("2,5"): each such figure is
# one token, where a comma before three digits still groups them ("1,200"). A head of one to three digits only, so
# that a year and a count side by side ("2021 200") stay two figures; at most five groups (a trillion and more is
# no figure of news), so that a line of thousands of groups is no token of thousands of digits.
GEORGIAN_FIGURE = re.compile(r"(?<![\d.,])(?:\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3}){1,5}(?:,\d+)?(?!\d|[.,]\d)"
                             r"|\d+,\d{1,2}(?!\d|[.,]\d))")
GEORGIAN_TOKEN = re.compile(f"{GEORGIAN_FIGURE.pattern}|{CASELESS_TOKEN.pattern}", re.UNICODE)


def _georgian_pieces(text: str, found: list[tuple[str, int, int]]
                     ) -> tuple[list[tuple[str, int, int]], dict[int, str], set[int]]:
    """Georgian's tokens: its space-grouped and decimal-comma figures in plain digits ("5 000" as "5000", "2,5" as
    "2.5"), and the case endings written onto a figure after a hyphen ("1 200-მდე", "300-მეტრიანი") taken out, each
    kept by where its figure starts for ``_georgian_ending`` to read; and where the figures so written start: a
    figure whose thousands are grouped is a count ("2 000 ადამიანი"), never a year, which no one groups."""
    kept: list[tuple[str, int, int]] = []
    endings: dict[int, str] = {}
    grouped: set[int] = set()
    for word, start, end in found:
        if kept and kept[-1][0][:1].isdecimal() and text[kept[-1][2]:start] in "-‑" and start > kept[-1][2]:
            endings[kept[-1][1]] = word  # "1 400-მდე": the figure's case ending, no noun it counts
            continue
        if GEORGIAN_FIGURE.fullmatch(word):
            word = GROUP_SPACES.sub("", word).replace(",", ".")
            grouped.add(start)
        kept.append((word, start, end))
    return kept, endings, grouped


def _georgian_ending(ending: str, words: list[str], j: int) -> tuple[str, str, str, int]:
    """What a case ending written onto a Georgian figure after a hyphen says (``georgian_numbers``), with ``words[j]``
    the word after it: (hedge, direction, unit, words after it it takes). "-მდე": up to; "-ზე მეტი" / "-ზე ნაკლები":
    more / less than; "-მეტრიანი": metres; any other ending says nothing."""
    if ending in georgian_numbers.HYPHEN_BOUNDS:
        return "bound", georgian_numbers.HYPHEN_BOUNDS[ending], "", 0
    after = words[j] if j < len(words) else ""
    if ending in georgian_numbers.THAN and after in georgian_numbers.MORE:
        return "bound", "up", "", 1
    if ending in georgian_numbers.THAN and after in georgian_numbers.LESS:
        return "bound", "down", "", 1
    return "", "", georgian_numbers.hyphen_unit(ending), 0


HAN_OR_KANA = re.compile(f"[{CJK}]")  # a character of Chinese or Japanese, a token of its own (``CASELESS_TOKEN``)
# Multipliers written after a figure in Chinese, Japanese and Korean ("1万2千" is 12,000, "9億" 900 million).
CJK_SCALES = {"万": 10_000, "萬": 10_000, "만": 10_000, "亿": 100_000_000, "億": 100_000_000, "억": 100_000_000,
              "千": 1_000, "천": 1_000, "百": 100, "백": 100,
              # and their words in Hindi and Arabic ("2 करोड़", "٦٫٥ ملايين")
              "हज़ार": 1_000, "हजार": 1_000, "लाख": 100_000, "करोड़": 10_000_000, "करोड": 10_000_000,
              # Tamil's, with the forms a sum and its cases write ("2 கோடியே 50 லட்சம்", "3 லட்சத்து 20 ஆயிரம்")
              **{form: value for words, value in (("ஆயிரம் ஆயிரத்து ஆயிரமாக ஆயிரத்தில்", 1_000),
                                                  ("லட்சம் லட்சத்து லட்சமாக லட்சத்தில் லட்சமும்", 100_000),
                                                  ("கோடி கோடியே கோடியாக கோடியில் கோடியும்", 10_000_000))
                 for form in words.split()},
              # Bengali's, lakh written two ways ("৪ কোটি ২০ লাখ": 42 million)
              "হাজার": 1_000, "লাখ": 100_000, "লক্ষ": 100_000, "কোটি": 10_000_000,
              "ألف": 1_000, "الف": 1_000, "آلاف": 1_000, "مليون": 1_000_000, "ملايين": 1_000_000,
              "مليار": 1_000_000_000, "مليارات": 1_000_000_000,
              # Hebrew and Persian ("48 מיליון", "۴۰ میلیارد")
              "אלף": 1_000, "אלפים": 1_000, "מיליון": 1_000_000, "מיליארד": 1_000_000_000,
              "هزار": 1_000, "میلیون": 1_000_000, "میلیارد": 1_000_000_000, "هزار\u200cمیلیارد": 1_000_000_000_000,
              # Amharic's ("45 ሚሊዮን ብር", "11 ሺህ")
              **amharic_numbers.SCALES,
              # Georgian's, in their cases ("300 ათასი", "3,5 მილიონი", "450 ათას")
              **georgian_numbers.SCALES}
# The conjunction between the parts of a sum in words ("۱۸ میلیارد و ۶۰۰ میلیون": 18.6 billion).
SCALE_AND = frozenset({"و"})
# Where the parts of a sum follow one another without "and", a smaller part in figures after the larger's scale
# ("১ হাজার ৮৫০": 1,850; "২ হাজার ১০০ পরিবার", "2 हज़ार 100"), as Bengali and Hindi write a sum.
PARTS_AFTER_SCALE = frozenset({"हज़ार", "हजार", "लाख", "करोड़", "करोड", "হাজার", "লাখ", "লক্ষ", "কোটি",
                               "ஆயிரத்து", "லட்சத்து", "கோடியே"})
# Words for a figure where these languages count in words: before a multiplier the numbers ("দুই হাজার", two
# thousand; "এক হাজার"), and the fractions that are words ("দেড় হাজার": 1,500; "আড়াই কিলোমিটার": 2.5 km) also
# before a unit; a half added to the figure after it ("সাড়ে ১১ হাজার": 11,500; "साढ़े तीन लाख").
SPOKEN_NUMBERS = {
    **dict(zip("এক দুই তিন চার পাঁচ ছয় সাত আট নয় দশ".split(), range(1, 11), strict=True)),
    **dict(zip("एक दो तीन चार पांच छह सात आठ नौ दस".split(), range(1, 11), strict=True)), "पाँच": 5,
    # Tamil's ("இரண்டு லட்சம்", "ஒரு கோடி"): "ஆறு" is also a river and "ஒரு" an article, so only before a multiplier
    **dict(zip("ஒரு இரண்டு மூன்று நான்கு ஐந்து ஆறு ஏழு எட்டு ஒன்பது பத்து".split(), range(1, 11), strict=True)),
    "ஓர்": 1, "இரு": 2, "நூறு": 100,
}
SPOKEN_FRACTIONS = {"দেড়": 1.5, "আড়াই": 2.5, "डेढ़": 1.5, "ढाई": 2.5}
HALF_MORE = frozenset({"সাড়ে", "साढ़े"})
# The counting words written onto a Bengali figure ("৬৪০টি পুকুর", "60টির", "১৪টা"): what it counts is the word after.
COUNTING_SUFFIXES = frozenset("টি টির টিতে টা টার টাই জন জনের".split())
# Words after a year that say it is one ("২০২১ সাল থেকে", "২০১৭ সালে").
YEAR_AFTER = frozenset("সাল সালে সালের সালেও সালেই".split())
YEAR_JOINS = frozenset("ও বা এবং".split())  # "২০১৭ ও ২০২০ সালে": two years
# An hour written with its counting word after a part of the day ("সকাল ৯টায়", at nine in the morning; "রাত ১০টা"):
# a time of day, each part with the hours it adds to the figure (the night's from six).
OCLOCK = frozenset("টা টায় টার".split())
DAY_PART_HOURS = {"সকাল": 0, "ভোর": 0, "দুপুর": 12, "বিকেল": 12, "সন্ধ্যা": 12, "রাত": 12}
# Urdu and Hindi write an hour with their word for o'clock after it ("صبح 9 بجے", "रात 10 बजे"), and an hour and its
# minutes with "بج کر … منٹ" / "बजकर … मिनट" ("9 بج کر 30 منٹ"): a time of day, no count. A part of the day before
# it moves it past noon, the night's from six ("رات 10 بجے" is 22:00, "رات 2 بجے" 02:00, "رات 12 بجے" midnight).
HOUR_OCLOCK = frozenset({"بجے", "बजे"})
HOUR_AND_MINUTES = (("بج", "کر"), ("बज", "कर"), ("बजकर",))
MINUTES_WORDS = frozenset({"منٹ", "मिनट"})
CLOCK_DAY_PARTS = {"صبح": 0, "دوپہر": 12, "شام": 12, "رات": 12, "सुबह": 0, "दोपहर": 12, "शाम": 12, "रात": 12}
NIGHT_PARTS = frozenset({"رات", "रात"})
# Tamil. A month before its day ("டிசம்பர் 9", "டிச.9"), the day's "-ஆம் தேதி" (the 9th) after it; an hour is a figure
# before "மணி" (o'clock) in a form of its case ("காலை 10 மணிக்கு", at ten in the morning; "7.30 மணியளவில்", at about
# half past seven), its part of the day before it (the night's from six, midnight's twelve is 0), and "மணி நேரம்" an
# hour's span; "ரூ." (rupees) before a sum and "ரூபாய்" after it.
TAMIL_LETTER = re.compile("[\u0b80-\u0bff]")
TAMIL_DAY_WORDS = frozenset("ஆம் ம் தேதி தேதியன்று தேதியில் தேதி முதல் அன்று".split())
TAMIL_HOURS = frozenset("மணி மணிக்கு மணியளவில் மணியில் மணிக்குள் மணியுடன் மணிவரை மணியிலிருந்து மணியாக".split())
TAMIL_HOUR_SPANS = ("நேரம்", "நேரத்தில்", "நேரமாக", "நேரத்துக்கு", "நேரத்திற்கு", "நேரத்துக்குள்")
TAMIL_DAY_PARTS = {"அதிகாலை": 0, "காலை": 0, "முற்பகல்": 0, "மதியம்": 12, "நண்பகல்": 12, "பிற்பகல்": 12,
                   "மாலை": 12, "இரவு": 12, "நள்ளிரவு": 0}


def _named(rows: tuple[str, ...], names: list[str]) -> dict[str, str]:
    """Each form of ``rows`` (a language's months or weekdays in ``calendar_names``) and its English name."""
    return {form: names[number - 1] for form, number in calendar_names.forms(rows).items()}


# Month names of the languages whose dates are not written with calendar signs: Hindi, and Arabic's two sets (the
# Syriac names of the Levant and Iraq, and the names of the Gregorian months written from the French).
OTHER_MONTHS = _named(calendar_names.MONTHS["hi"], MONTHS) | _named(calendar_names.MONTHS["ar"], MONTHS) | {
    phrase: MONTHS[number - 1] for phrase, number in calendar_names.TWO_WORD_MONTHS.items()}
# and Hebrew's and Persian's (the Gregorian months; Persian's "مه", May, is also fog: a month only after a day's figure)
OTHER_MONTHS |= _named(calendar_names.MONTHS["he"], MONTHS) | _named(calendar_names.MONTHS["fa"], MONTHS)
# and Bengali's, with their case endings ("জুলাইয়ের")
OTHER_MONTHS |= _named(calendar_names.MONTHS["bn"], MONTHS)
# and Urdu's (the Gregorian months: "10 دسمبر")
OTHER_MONTHS |= _named(calendar_names.MONTHS["ur"], MONTHS)
# and Tamil's, with their case endings ("டிசம்பரில்"); its abbreviations only with their full stop ("டிச.9"), for
# "ஆக" and "நவ" are also words
OTHER_MONTHS |= _named(calendar_names.MONTHS["ta"], MONTHS)
TAMIL_SHORT_MONTHS = _named(calendar_names.MONTH_ABBREVIATIONS["ta"], MONTHS)
OTHER_COMMON_NOUNS = calendar_names.COMMON_NOUN
# Languages whose months and weekdays have readers of their own (Thai's ``THAI_DATE``, Amharic's ``AMHARIC_DATE``).
OWN_DATE_READERS = frozenset({"th", "am"})


def uncased_calendar(table: dict[str, tuple[str, ...]], names: list[str]) -> dict[str, str]:
    """The forms of every language of ``table`` (``calendar_names.MONTHS`` or ``WEEKDAYS``) written without capitals
    (``caseless``: Georgian's "მარტი", "მარტს"), each with its English name (``names``), but those of
    ``OWN_DATE_READERS``: a language whose rows land in the table is read with the others, no rule of its own."""
    return {form: name for language, rows in table.items()
            if language not in OWN_DATE_READERS and caseless(" ".join(rows))
            for form, name in _named(rows, names).items()}


# Any other language without capitals that ``calendar_names`` holds, the rows above kept where two share a form.
OTHER_MONTHS = uncased_calendar(calendar_names.MONTHS, MONTHS) | OTHER_MONTHS
# Hebrew writes its prepositions and conjunctions onto a word ("ובמרץ", "מינואר"): a month is also found under them.
HEBREW_PREFIXES = ("ו", "ב", "ל", "מ", "ה", "ש", "וב", "ול", "ומ", "וה", "שב", "של", "מה", "מב")
# The Solar Hijri calendar's months and years ("۲۹ آبان ۱۴۰۴", "سال ۱۳۸۹"): dates of their own grains ("shday",
# "shmonth", "shyear"), which never equal nor contradict a Gregorian date.
SOLAR_HIJRI_MONTHS = {form: f"m{number}" for form, number in calendar_names.forms(
    calendar_names.SOLAR_HIJRI_MONTHS).items()}
SOLAR_HIJRI_WORDS = frozenset({"تیر", "مهر", "دی"})  # also words: months only beside a day's figure or a year
SOLAR_HIJRI_YEARS = (1300, 1499)
YEAR_WORDS = frozenset({"سال", "שנת", "בשנת", "משנת", "לשנת", "عام", "سنة"})
# A date in figures written year first ("۱۴۰۴/۰۹/۱۲", "2025/11/22").
YEAR_FIRST_DATE = re.compile(r"(?<![\d/])(\d{4})/(\d{1,2})/(\d{1,2})(?![\d/])")
# Weekdays in Hindi, Arabic (with a conjunction or preposition written onto them: "والأربعاء") and Korean (with a
# particle: "화요일에"), and in Chinese, where "周" or "星期" comes before the day's number ("周三").
OTHER_WEEKDAYS = _named(calendar_names.WEEKDAYS["hi"], WEEKDAYS) | _named(calendar_names.WEEKDAYS["ar"], WEEKDAYS)
OTHER_WEEKDAYS |= _named(calendar_names.WEEKDAYS["fa"], WEEKDAYS) | _named(calendar_names.WEEKDAYS["he"], WEEKDAYS)
OTHER_WEEKDAYS |= _named(calendar_names.WEEKDAYS["bn"], WEEKDAYS) | _named(calendar_names.WEEKDAYS["ta"], WEEKDAYS)
# and Urdu's, "پیر" (Monday, and a saint, a title before names) and "ہفتہ" (Saturday, and a week) among them, read as
# days only where a date's word follows them (``_dated_weekday``)
OTHER_WEEKDAYS |= _named(calendar_names.WEEKDAYS["ur"], WEEKDAYS)
CONTEXT_WEEKDAYS = {form: WEEKDAYS[number - 1] for forms in calendar_names.CONTEXT_WEEKDAYS.values()
                    for form, number in forms.items()}
OTHER_WEEKDAYS |= CONTEXT_WEEKDAYS
OTHER_WEEKDAYS = uncased_calendar(calendar_names.WEEKDAYS, WEEKDAYS) | OTHER_WEEKDAYS
WEEKDAY_DATED_BY = tuple(tuple(phrase.split()) for phrases in calendar_names.WEEKDAY_DATED_BY.values()
                         for phrase in phrases)
HEBREW_WEEKDAYS = {ordinal: day for ordinal, day in zip(calendar_names.HEBREW_WEEKDAY_ORDINALS, WEEKDAYS, strict=True)
                   if ordinal}
OTHER_WEEKDAYS |= dict(
    zip("월요일 화요일 수요일 목요일 금요일 토요일 일요일".split(), WEEKDAYS, strict=True))
ARABIC_WEEKDAY_PREFIXES = ("", "و", "ف", "ب", "وب", "ل")
CHINESE_WEEK = ("周", "星期", "礼拜", "禮拜")
CHINESE_WEEKDAYS = dict(zip("一二三四五六日", WEEKDAYS, strict=True)) | {"天": "sunday"}
# Calendar signs after a figure: year, month and day in Chinese, Japanese and Korean.
YEAR_SIGNS, MONTH_SIGNS, DAY_SIGNS = frozenset("年년"), frozenset("月월"), frozenset("日号號일")
# Amharic. Figures in words, units ten to ninety and "አስራ" (ten and) before a unit ("አስራ አንድ ሺህ": 11,000),
# "መቶ" (hundred) after them, each also with a preposition written onto it ("የሁለት ሰዎች", of two people; "በሦስት ወራት",
# in three months; "ከአምስት በላይ", more than five) and, for those ending in "ት", with the ending of "the N" ("አራቱ",
# the four); "አንድ" (one, and "a") only before a larger word of the figure. Ethiopic numerals ("፶" 50, "፳፫" 23,
# "፶ሺህ" 50,000). A date of the Ethiopian calendar ("ኅዳር 23 ቀን 2018 ዓ.ም.", "ኅዳር 23/2018") is read as the Gregorian
# day it is (2 December 2025), so that two outlets' dates compare whichever calendar they write; a year alone after
# "ዓ.ም." (the Ethiopian era) is one of that era ("ecyear", which straddles two Gregorian years), after "እ.ኤ.አ." a
# Gregorian year. An hour counts from dawn and from dusk: "ከጠዋቱ 3 ሰዓት" (the third hour of the morning) is 9 a.m.,
# "ከምሽቱ 2፡15" 8.15 p.m. ("፡", the word separator, stands for the colon of a time).
ETHIOPIC = re.compile("[\u1200-\u137f]")
# The words are ``amharic_numbers``'s table, shared with the suggested highlights.
AMHARIC_PREFIXES = amharic_numbers.GLUED_PREPOSITIONS
_AMHARIC_UNITS = amharic_numbers.UNITS
AMHARIC_TEN_AND = amharic_numbers.TEN_AND
AMHARIC_ONE = amharic_numbers.ONE
AMHARIC_HUNDRED = amharic_numbers.HUNDRED
AMHARIC_SCALES = amharic_numbers.SCALES
AMHARIC_NUMBER_WORDS = {
    prefix + form: value
    for word, value in (amharic_numbers.UNITS | amharic_numbers.TENS).items()
    for form in (word, *((word[:-1] + "ቱ",) if word.endswith("ት") else ()))
    for prefix in ("", *AMHARIC_PREFIXES)
}
# The Ethiopian months and Amharic's weekdays in every form ``calendar_names`` knows ("ሚያዝያ", "ሚያዚያ"), as the
# page dates read them.
ETHIOPIAN_MONTHS = calendar_names.forms(calendar_names.ETHIOPIAN_MONTHS)
AMHARIC_WEEKDAYS = {form: WEEKDAYS[number - 1]
                    for form, number in calendar_names.forms(calendar_names.WEEKDAYS["am"]).items()}
ETHIOPIAN_LEAP_REMAINDER = 3  # Pagume has six days in 2015, 2019 ...: the year before one divisible by four
_ETHIOPIAN_MONTH = page_dates.ETHIOPIAN_MONTH_PATTERN  # the page dates' patterns, one for every reader
_ETHIOPIAN_ERA = page_dates.ETHIOPIAN_ERA_PATTERN
_GREGORIAN_ERA = page_dates.GREGORIAN_ERA_AM_PATTERN
AMHARIC_DATE = re.compile(
    rf"(?<![\u1200-\u137f])(?:የ|በ|ከ|እስከ)?(?P<month>{_ETHIOPIAN_MONTH})(?![\u1200-\u137f])(?:\s*(?P<day>\d{{1,2}})(?!\d)(?:\s*ቀን)?"
    rf"(?:(?:\s*/\s*|\s+)(?P<year>\d{{4}})(?!\d))?)?(?:\s*(?:{_ETHIOPIAN_ERA}))?")
AMHARIC_YEAR = re.compile(rf"(?<!\d)(?P<year>\d{{4}})\s*(?:(?P<ethiopian>{_ETHIOPIAN_ERA})|{_GREGORIAN_ERA})")
AMHARIC_WEEKDAY = re.compile(
    rf"(?<![\u1200-\u137f])በ?(?P<weekday>{'|'.join(sorted(AMHARIC_WEEKDAYS, key=len, reverse=True))})"
    r"(?![\u1200-\u137f])")
# The parts of the day an hour is counted in: from dawn (the first hour is 7 a.m.) or from dusk (7 p.m.).
AMHARIC_DAY_PARTS = {"ጠዋቱ": 6, "ጠዋት": 6, "ረፋዱ": 6, "ቀኑ": 6, "ከሰዓት": 6, "ከሰዓቱ": 6,
                     "ምሽቱ": 18, "ምሽት": 18, "ማታ": 18, "ሌሊቱ": 18, "ሌሊት": 18, "ለሊቱ": 18, "ንጋቱ": 18, "ንጋት": 18}
# The twelfth hour ends the count before it: the morning and the evening open with it ("ከጠዋቱ 12 ሰዓት", dawn, 6 a.m.;
# "ከምሽቱ 12 ሰዓት", dusk, 6 p.m.), which the day's and the night's count close ("ከቀኑ 12", 6 p.m.; "ከሌሊቱ 12", 6 a.m.).
AMHARIC_OPENING_TWELFTH = {"ጠዋቱ": 6, "ጠዋት": 6, "ምሽቱ": 18, "ምሽት": 18, "ማታ": 18}


def counted_hour(hour: int, part: str, parts: dict[str, int], opening_twelfth: dict[str, int]) -> int:
    """The hour of the clock (0-23) of the ``hour`` of a ``part`` of the day, where a language counts the hours from
    dawn and from dusk (Amharic's, Swahili's): the hours before the part's count (``parts``) are added, and the
    twelfth hour of a part that it opens (``opening_twelfth``: the morning's at dawn, the evening's at dusk) is the
    hour of the clock that opens it."""
    return opening_twelfth[part] if hour == 12 and part in opening_twelfth else (hour + parts[part]) % 24


# Swahili counts them so too (``swahili_numbers``): "saa 3 asubuhi" is 9 a.m., "saa 7:40 mchana" 1.40 p.m., the part
# of the day after the hour.
SWAHILI_TIME = re.compile(
    rf"(?<![^\W\d_]){swahili_numbers.HOUR}\s+(?P<hour>\d{{1,2}})(?:[:.](?P<minute>[0-5]\d))?(?!\d)\s+"
    rf"(?P<part>{'|'.join(swahili_numbers.DAY_PARTS)})(?![^\W\d_])", re.IGNORECASE)
AMHARIC_TIME = re.compile(
    rf"(?:ከ|በ)?(?P<part>{'|'.join(sorted(AMHARIC_DAY_PARTS, key=len, reverse=True))})(?:\s*በኋላ)?\s+(?:ልክ\s+)?"
    r"(?P<hour>\d{1,2})(?:[:፡](?P<minute>[0-5]\d))?(?!\d)(?:\s*ሰዓት)?")

# Currencies and units written after a figure, and hedges before and after it, in these languages: classes of
# words, as ``CURRENCY`` and ``DIRECTIONAL_HEDGES`` are. A Chinese or Japanese hedge of two characters is written
# with a space between them, as its tokens are joined.
OTHER_CURRENCY = {"元": "CNY", "円": "JPY", "원": "KRW", "रुपये": "INR", "रुपए": "INR", "रुपया": "INR",
                  "บาท": "THB", "ดอลลาร์": "USD", "ยูโร": "EUR",
                  "दينار": "DINAR", "دينار": "DINAR", "دنانير": "DINAR", "جنيه": "EGP", "ريال": "RIAL",
                  "درهم": "DIRHAM", "ليرة": "LIRA",
                  # Hebrew's shekel, with gershayim written either way; Persian's toman and rial, two units (a toman
                  # is ten rials) never equated
                  'ש"ח': "ILS", "שקל": "ILS", "שקלים": "ILS", "תומן": "IRT", "تومان": "IRT", "ریال": "IRR",
                  # Bengali's taka, with its case endings ("টাকায়", "টাকার") and as written in Latin letters
                  "টাকা": "BDT", "টাকায়": "BDT", "টাকার": "BDT", "টাকাও": "BDT", "tk": "BDT",
                  # Tamil's rupee, with its case endings ("ரூபாயை", "ரூபாய்க்கு")
                  "ரூபாய்": "INR", "ரூபாயை": "INR", "ரூபாய்க்கு": "INR", "ரூபாயில்": "INR", "ரூபாயும்": "INR",
                  # Amharic's birr
                  "ብር": "ETB",
                  # Burmese's kyat after a figure ("၂၀၀,၀၀၀ ကျပ်")
                  # Khmer's riel and the US dollar after a figure ("៥០០.០០០ រៀល", "១៤៥.០០០ ដុល្លារអាមេរិក")
                  "រៀល": "KHR", "ដុល្លារ": "USD", "ដុល្លារអាមេរិក": "USD",
                  "ကျပ်": "MMK",
                  # Georgian's lari, in its cases ("7 000 ლარს")
                  **georgian_numbers.CURRENCY}
# Currencies written before the figure ("$5", "৳৫০০", "Tk 5 lakh"), lowered.
OTHER_CURRENCY_BEFORE = {"$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "₩": "KRW", "৳": "BDT", "tk": "BDT",
                         "₹": "INR", "ரூ": "INR",
                         # Burmese's kyat, alone or with a multiplier written onto it ("ကျပ် ၅၀,၀၀၀", "ကျပ်သိန်း ၈၀")
                         "ကျပ်": "MMK", "ကျပ်သိန်း": "MMK", "ကျပ်သန်း": "MMK", "ကျပ်ဘီလီယံ": "MMK"}
# Words for per cent after a figure ("৩০ শতাংশ", "30 प्रतिशत").
OTHER_PERCENT = ("%", "％", "শতাংশ", "प्रतिशत")
# Persian typed with the Arabic letters yeh and kaf ("ريال", "كارگر") is read as with Persian's.
PERSIAN_LETTERS = str.maketrans({"ي": "ی", "ك": "ک", "ى": "ی"})
ARABIC_YEH_LANGUAGES = frozenset({"fa", "ur"})  # and Urdu, which writes Persian's yeh and keheh
OTHER_UNITS = {"m": "m", "km": "km", "kg": "kg", "킬로": "km", "미터": "m", "キ ロ": "km", "メ ー ト ル": "m",
               "米": "m", "公 里": "km", "公 斤": "kg", "吨": "tonne", "トン": "tonne", "톤": "tonne", "किलो": "kg",
               "किमी": "km", "मीटर": "m", "كيلومتر": "km", "كلم": "km", "متر": "m", "أمتار": "m", "طن": "tonne",
               # spans of time: "18个月", "6個月", "18개월", "18 महीने", "١٨ شهرا"
               "个 月": "month", "個 月": "month", "か 月": "month", "ヶ 月": "month", "カ 月": "month",
               "개월": "month", "महीने": "month", "महीनों": "month", "شهرا": "month", "شهر": "month",
               "أشهر": "month", "ליטר": "litre", "דונם": "dunam", "טון": "tonne", 'קמ"ר': "km2", 'ק"מ': "km",
               "تن": "tonne", "لیتر": "litre", "کیلومتر": "km", "هکتار": "hectare",
               "天": "day", "日 間": "day", "일간": "day", "दिन": "day", "يوما": "day",
               "أيام": "day", "小 时": "hour", "个 小 时": "hour", "個 小 時": "hour", "時 間": "hour",
               "시간": "hour", "घंटे": "hour", "ساعة": "hour", "ساعات": "hour",
               # Bengali's ("১২০ মিটার", "১৮ মেট্রিক টন")
               "কিলোমিটার": "km", "মিটার": "m", "সেন্টিমিটার": "cm", "মিলিমিটার": "mm", "হেক্টর": "hectare",
               "মেট্রিক টন": "tonne", "টন": "tonne", "কেজি": "kg", "লিটার": "litre",
               # Tamil's ("10 மணி நேரம்", ten hours; "3 கிலோமீட்டர்")
               **{f"மணி {span}": "hour" for span in TAMIL_HOUR_SPANS}, "கிலோமீட்டர்": "km", "மீட்டர்": "m",
               "கிலோ": "kg", "லிட்டர்": "litre", "டன்": "tonne", "ஏக்கர்": "acre", "ஹெக்டேர்": "hectare",
               # Amharic's ("70 ኪሎ ሜትር", "70 ኪ.ሜ", "48 ሜትር", "45 ዓመታት", "90 ቀናት", "በሦስት ወራት"): a span of hours is
               # "ሰዓታት", "ሰዓት" after a part of the day a time of it (``AMHARIC_TIME``)
               "ሜትር": "m", "ኪሎ ሜትር": "km", "ኪሎሜትር": "km", "ኪ ሜ": "km", "ኪሜ": "km", "ቶን": "tonne",
               "ኪሎ ግራም": "kg", "ኪሎግራም": "kg", "ኪ ግ": "kg", "ሊትር": "litre", "ኩንታል": "quintal", "ሄክታር": "hectare",
               "ዓመት": "year", "ዓመታት": "year", "አመት": "year", "አመታት": "year", "ወር": "month", "ወራት": "month",
               "ሳምንት": "week", "ሳምንታት": "week", "ቀን": "day", "ቀናት": "day", "ሰዓት": "hour", "ሰዓታት": "hour",
               # Georgian's, in their cases ("64 მილიმეტრი", "120 000 კუბური მეტრი")
               **georgian_numbers.UNITS}
UNITS_LONGEST_FIRST = sorted(OTHER_UNITS.items(), key=lambda item: -len(item[0]))
# Tamil's "more than" after a figure and its case ending ("100-க்கும் மேற்பட்டோர்", "50-க்கும் மேல்", "200-ஐத்
# தாண்டியது" is another verb): the words that follow the figure's "-க்கும்" or "-க்கு".
TAMIL_ABOVE = ("மேற்பட்ட", "மேற்பட்டோர்", "மேல்", "மேலான", "மேலாக", "அதிகமான", "அதிகமானோர்", "அதிகமாக")
TAMIL_ABOVE_CASES = frozenset({"க்கும்", "க்கு"})
OTHER_BEFORE_BOUND = ("近", "逾", "超 过", "超 過", "至 少", "将 近", "不 到", "最 多", "최소", "최대", "أكثر من",
                      "اكثر من", "أقل من", "قرابة", "زهاء", "כמעט", "לפחות", "יותר מ", "פחות מ", "מעל",
                      "עד", "نزدیک به", "بیش از", "کمتر از", "حداقل", "حداکثر", "بالغ بر", "قریب به",
                      # Thai writes them onto the word before the figure ("ต้นกล้วยกว่า 300")
                      "เกือบ", "กว่า", "เกิน", "อย่างน้อย", "ไม่ต่ำกว่า", "ไม่ถึง", "অন্তত", "কমপক্ষে",
                      "கிட்டத்தட்ட", "குறைந்தது", "குறைந்தபட்சம்", "அதிகபட்சம்",
                      # Urdu's: at least
                      "کم از کم",
                      # Amharic's: up to, at least
                      "እስከ", "ቢያንስ",
                      # Khmer's, spaced or written onto the word before the figure ("ផ្ទះជិត ១២០ខ្នង"): more than,
                      # nearly, at least
                      "ជាង", "ជិត", "យ៉ាងតិច", *georgian_numbers.BEFORE_BOUND)
OTHER_BEFORE_ROUNDED = ("约", "大 约", "約", "お よ そ", "약", "लगभग", "करीब", "क़रीब", "तकरीबन", "نحو", "حوالي",
                        "حوالى", "כ", "בערך", "حدود", "حدودا", "حدوداً", "تقریبا", "تقریباً",
                        "ประมาณ", "ราว", "ราวๆ", "ราว ๆ", "นับ", "প্রায়", "சுமார்", "ஏறத்தாழ", "ஏறக்குறைய",
                        # Urdu's: about
                        "لگ بھگ", "قریباً",
                        # Amharic's: about
                        "በግምት",
                        # Khmer's: about
                        "ប្រមាណ", "ប្រហែល", "ប្រមាណជា", *georgian_numbers.BEFORE_ROUNDED)
OTHER_AFTER_BOUND = ("多", "余", "餘", "个 多", "個 多", "以 上", "超", "여", "이상", "से अधिक", "से ज्यादा", "से ज़्यादा",
                     "سے زیادہ", "سے زائد", "سے کم", "سے اوپر",  # Urdu's: more than, less than
                     "ကျော်", "နီးပါး", "အထိ",  # Burmese: more than, nearly, up to
                     "กว่า", "เศษ", "বেশি", "এর বেশি", "এরও বেশি", *(f"{case} {above}" for case in TAMIL_ABOVE_CASES
                                                                      for above in TAMIL_ABOVE),
                     # Amharic's, after the figure (with "ከ", than, written onto it): more than, less than
                     "በላይ", "በታች")
# The bounds of these scripts that put what is counted below the figure (nearly, less than, up to, at most).
OTHER_DOWNWARD = frozenset({"近", "将 近", "不 到", "最 多", "최대", "أقل من", "قرابة", "زهاء", "כמעט", "פחות מ", "עד",
                            "نزدیک به", "کمتر از", "حداکثر", "قریب به", "เกือบ", "ไม่ถึง", "அதிகபட்சம்", "እስከ",
                            "سے کم", "በታች", "နီးပါး", "အထိ", "ជិត", *georgian_numbers.BEFORE_DOWN})
OTHER_AFTER_ROUNDED = ("ခန့်", "လောက်", "သာသာ",  # Burmese: about
                       "சுமார்", "左 右", "前 後", "ほ ど", "가량", "쯤", "정도", "ገደማ", "ያህል", "አካባቢ", "የሚጠጋ")
DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$")
TIME_OF_DAY = re.compile(r"\b\d{1,2}:\d{2}\b")
# An hour of the clock in English with its half of the day ("3:40 a.m.", "6 p.m.", "11pm"): a time of day, no count.
# A sum written as one compound adjective ("a two-and-a-half-million-dollar demand", "a 2.5-million-pound grant"): its
# hyphens are read as spaces, so that the figure, its scale and its currency are read as when written apart.
_NUMBER_PIECES = "|".join(sorted({*UNITS_WORDS, *TENS_WORDS, "a", "and", "half"}, key=len, reverse=True))
_CURRENCY_WORDS = "|".join(sorted(c for c in CURRENCY if c.isalpha()))
HYPHENATED_SUM = re.compile(rf"(?<![\w-])(?:\d[\d.,]*|(?:{_NUMBER_PIECES}))(?:-(?:{_NUMBER_PIECES}))*"
                            rf"-(?:thousand|million|billion|trillion)(?:-(?:{_CURRENCY_WORDS}))?(?![\w-])",
                            re.IGNORECASE)
# An hour of the clock with its half of the day, its minutes after a colon or, as British papers write them, a full
# stop ("4:30 p.m.", "4.30 p.m.": one time, no count of 4.3). Not after a currency sign (``_CLOCK_NOT_AFTER``):
# "£12.50 pm" is a sum a month ("per month"), no time.
_CLOCK_NOT_AFTER = "$£€¥₩₽₴₱৳₹"
ENGLISH_CLOCK = re.compile(rf"(?<![\d.,:{_CLOCK_NOT_AFTER}])(?<![{_CLOCK_NOT_AFTER}] )"
                           r"(?P<hour>1[0-2]|0?\d)(?:[:.](?P<minute>[0-5]\d))?\s?"
                           r"(?P<half>[ap])\.?m\b\.?", re.IGNORECASE)
# The sign or abbreviation of a number that names something ("Ліцей № 3", "No. 10", "Nr. 7", "nº 5", "n.º 12")
# right before a figure: the figure is an identifier, not a count.
NUMBER_SIGN = re.compile(r"(?:№|(?<![^\W\d_])(?:No|Nr|nr|Nº|nº|N°|n°|n\.º)\.?)\s*$")

# An emergency number is dialled, not counted: "the 911 center", "a 999 call", "call 911", "text-to-911". Led by a
# determiner, a possessive or a name, or opening the sentence, and written before a word of the service ("the 911
# center", "its 112 line", "no 911 call", "Brannock County 911 center"), or after a verb of calling with no noun
# after it ("call 911.", "dial 999 for help"), or before a singular word of the service ("911 dispatch"), it names
# the service; "employs 112 dispatchers", "received 999 messages", "called 112 residents" and "handled 911 calls"
# stay counts.
EMERGENCY_NUMBERS = frozenset({"911", "999", "112"})
DIALLED_NOUNS = frozenset(
    "call center centre centers centres dispatch dispatcher dispatchers operator operators line lines system systems "
    "service services coordinator director emergency emergencies message messages outage".split())
DIALLED_CALLS_AFTER = frozenset("a an the no every each any all of those these their its our your".split())
DIALLED_AFTER = re.compile(r"(?:\b(?:call|calls|called|calling|dial|dials|dialled|dialed|dialling|dialing|text|texts|"
                           r"texted|texting)\W{1,3}(?:to\W{1,3})?|\bto-)$", re.IGNORECASE)


# Figures joined by slashes, no space between ("0/0/0", "1/2/3/4/5", "24/7", "3/4"): a run of small figures, each of
# up to three digits (a date written whole in figures is one token, ``NUMERIC_DATE_TOKEN``).
SLASHED_FIGURE = re.compile(r"\d{1,3}")
# The largest denominator a pair of figures is read as a fraction under: halves to tenths ("1/2", "3/4", "7/10").
FRACTION_DENOMINATOR = 10


def _slash_run(text: str, toks, i: int) -> tuple[int, float | None] | None:
    """Where a run of figures joined by slashes opens at ``toks[i]``, the index after it and the share it writes:
    two small figures, the first below the second, are a fraction ("1/2" a half, "3/4" three quarters); three or
    more are a tally, a list or a code ("0/0/0", "1/2/3/4/5") and any other pair a ratio or a date without its year
    ("24/7", "9/11", "12/03"), no count and no share (None); a figure after a slash and a figure is part of a run
    that no figure of this shape opened (a year's "2024/25"): the index after it, no count. None where no run opens
    there."""
    start = toks[i][1]
    if start and text[start - 1] == "/" and start > 1 and text[start - 2].isdigit():
        return i + 1, None  # inside a run its first figure did not read (a run it read is passed over whole)
    end = i + 1
    while (end < len(toks) and toks[end][1] == toks[end - 1][2] + 1 and text[toks[end - 1][2]] == "/"
           and SLASHED_FIGURE.fullmatch(toks[end][0])):
        end += 1
    if end - i < 2 or not SLASHED_FIGURE.fullmatch(toks[i][0]):
        return None
    if toks[end - 1][2] < len(text) and text[toks[end - 1][2]] == "/":
        return None  # "1/2/2025" or "3/4/x": another shape than a run of figures
    if end - i == 2:
        numerator, denominator = int(toks[i][0]), int(toks[i + 1][0])
        if 0 < numerator < denominator <= FRACTION_DENOMINATOR:
            return end, numerator / denominator
    return end, None


def _dialled(text: str, toks, lowered: list[str], i: int) -> bool:
    """Whether the English number at ``i`` is an emergency number dialled (``EMERGENCY_NUMBERS``), no count."""
    if lowered[i] not in EMERGENCY_NUMBERS:
        return False
    after = lowered[i + 1] if i + 1 < len(lowered) else ""
    before = lowered[i - 1] if i else ""
    # led by a determiner, a possessive, a hyphen ("a text-to-911 service"), a name ("Brannock County 911 center"),
    # or opening the sentence or a headline's clause, where a count would be written in words ("911 coordinator Denise
    # Pruitt says …", "live: 911 dispatch on paper")
    gap = text[toks[i - 1][2]:toks[i][1]] if i else text[:toks[i][1]]
    led = (before in DIALLED_CALLS_AFTER or before.endswith(("'s", "’s")) or gap.endswith("-")
           or not i or re.search(r"[.!?:;(—–]", gap) is not None
           or i > 1 and toks[i - 1][0][:1].isupper() and before not in MONTHS and before not in WEEKDAYS)
    if after in DIALLED_NOUNS or after == "calls":
        # a count of 112 or 999 takes a plural noun: before a singular one the number names the service, led or not
        return led or not after.endswith("s")
    if DIALLED_AFTER.search(text, max(0, toks[i][1] - 16), toks[i][1]) is None:
        return False
    return not _noun_follows(text, toks, i)


# Words after a dialled number that read as nouns or adjectives in the word list but say when: "call 911 right away".
DIALLED_THEN = frozenset("right straight first again early late today tonight yesterday now later".split())


def _noun_follows(text: str, toks, i: int) -> bool:
    """Whether a noun, or an adjective before one, follows the figure at ``i`` in its phrase ("called 112 residents",
    "texted 911 elderly residents"), as no number dialled has ("call 911.", "dial 999 for help")."""
    from newsdesk.alignment import wordclass

    if i + 1 >= len(toks) or text[toks[i][2]:toks[i + 1][1]].strip():
        return False  # the sentence ends, or a mark stands between: "call 911." "call 911, then …"
    word = toks[i + 1][0]
    if word.lower() in DIALLED_THEN:
        return False
    return wordclass.word_class(word) in (wordclass.NOUN, wordclass.ADJECTIVE)


YEAR = re.compile(r"^(1[89]\d\d|20\d\d)$")
DIGIT_SCALE = re.compile(r"^(\d+(?:\.\d+)?)(m|mn|bn|k|b)$", re.IGNORECASE)


@dataclass(frozen=True)
class Figure:
    """A number as stated: its value, what kind of thing it counts, and how it is hedged."""

    value: float
    kind: str  # "count", "share", "money:EUR", "unit:tonne" ...
    hedge: str  # "" exact, "rounded", or "bound"
    # where what is counted lies beside the figure: "up" ("more than 4,800"), "down" ("nearly 5,000"), "about"
    # (a rounding), or "" (exact)
    direction: str
    text: str  # the words that stated it, for reasons
    nouns: frozenset[str] = frozenset()  # the words right after it: what it counts ("27 trawlers")
    # no word of ``nouns`` written right after it: a function word or a verb comes first ("mit 14 im Einsatz",
    # "40 ont été mobilisés"), so the figure names nothing it counts
    bare: bool = False

    @property
    def signature(self) -> tuple:
        return (self.kind, round(self.value, 6), self.hedge == "bound")


@dataclass(frozen=True)
class Details:
    figures: tuple[Figure, ...]
    dates: frozenset[str]  # "year:2024", "month:march", "weekday:monday", "day:april-20", "dom:20" (day of month)
    names: frozenset[str]
    date_texts: tuple[str, ...]


@functools.cache
def _token_pattern(language: str) -> re.Pattern:
    """Figures as ``language`` writes them (``DECIMAL_COMMA``), a date in figures, words and currency signs."""
    if language == ENGLISH:
        return re.compile(f"{NUMERIC_DATE_TOKEN}|{ENGLISH_NUMBER_TOKEN}|{WORD.pattern}", re.UNICODE | re.IGNORECASE)
    numbers = (EITHER_NUMBER_TOKEN if language in EITHER_CONVENTION else GROUPED_NUMBER_TOKEN
               if language in DECIMAL_COMMA else ENGLISH_NUMBER_TOKEN)
    if language in SPACE_GROUPED:
        numbers = SPACED_NUMBER_TOKEN + "|" + numbers
    prefixes = f"{PREFIX_CURRENCY_TOKEN}|{PESO_LETTER_TOKEN}" if language == "tl" else PREFIX_CURRENCY_TOKEN
    return re.compile(f"{NUMERIC_DATE_TOKEN}|{numbers}|{prefixes}|{WORD.pattern}",
                      re.UNICODE | re.IGNORECASE)


# Languages that write an ordinal as a figure and a full stop ("2. Lig", "3. Oktober", "13. sırada").
ORDINAL_DOTS = frozenset("tr de da nb no fi cs sk pl hu hr sr sl et lv is".split())
# Languages that capitalise their nouns: a capitalised word after "14." may be the noun the ordinal ranks ("3. Liga").
NOUN_CAPITALS = frozenset({"de", "lb"})
# Nouns an ordinal ranks that are written capitalised, as the name of a league is ("2. Lig", "1. Division").
RANK_NOUNS = frozenset("lig liga bundesliga division divisjon divisioona divize platz rang runde".split())
# Words that open a German sentence and never follow an ordinal, beside its function words ("… auf 14. Gestern …").
SENTENCE_OPENERS = frozenset(fold(word) for word in (
    "gestern heute zudem außerdem inzwischen bereits später insgesamt laut demnach dabei damals danach trotzdem"
    " allerdings").split())
# Languages that space their syllables, not their words: a figure's noun is the two syllables after it.
SYLLABLE_SPACED = frozenset({"vi"})
# Languages that write a case ending onto a name or a figure after an apostrophe ("Holding'e", "187'si", "2004'ten",
# "31 Aralık'a"): the ending belongs to the word before it, and is no word of its own.
SUFFIXED = frozenset({"tr", "az"})
APOSTROPHES = "'’"
# Times of day written in words: Vietnamese "19 giờ", "20 giờ 15 phút" (hours, then minutes).
CLOCK_WORDS = re.compile(r"(?<![\d.,])\d{1,2}\s*giờ(?:\s*\d{1,2}\s*phút)?(?!\w)", re.IGNORECASE)
# A time of day written with a full stop ("14.30", "23.40'ı", "14.30 Uhr") where a decimal comma is written: there a
# full stop before two digits is neither a decimal point nor a group of thousands. An ending on it goes with it.
DOTTED_TIME = re.compile(r"(?<![\d.,])(?:[01]?\d|2[0-3])\.[0-5]\d(?!\d|[.,]\d)(?:['’][^\W\d_]+)?")
# Where a full stop may also be a decimal point (``EITHER_CONVENTION``: "RM2.50"), a time so written only after the
# word for o'clock, before a time zone or before a part of the day ("pukul 09.00 hingga 15.30 WIB", "3.30 petang").
NAMED_DOTTED_TIME = re.compile(rf"(?:(?<=pukul\s)|(?<=jam\s)){DOTTED_TIME.pattern}"
                               rf"|{DOTTED_TIME.pattern}(?=\s*(?:WIB|WITA|WIT|pagi|petang|malam|siang|sore)\b)",
                               re.IGNORECASE)


# The word for o'clock before an hour, per language (Finnish "klo 9", "kello 14.30", "klo 7–22"; Swedish "kl. 9",
# "klockan 9"; Danish and Norwegian "kl. 9", "klokken 9"; Polish "godz. 9"): an hour written alone after it is a
# time of day, no count, and so is each end of a range of hours.
HOUR_WORDS = {"fi": ("klo", "kello"), "sv": ("kl", "klockan"), "da": ("kl", "klokken"), "nb": ("kl", "klokken"),
              "no": ("kl", "klokken"), "pl": ("godz", "godzina", "godzinie")}
_HOUR = r"(?:[01]?\d|2[0-4])(?![\d,]|[.:]\d)"
# The word between the two ends of a range of hours, beside a dash ("klokken 06 til 23", "klockan 7 till 22").
HOUR_UNTIL = {"nb": "til", "no": "til", "da": "til", "sv": "till"}
HOUR_AFTER_WORD = {language: re.compile(rf"(?<![^\W\d_])(?:{'|'.join(words)})\.?\s+(?P<hour>{_HOUR})"
                                        rf"(?:(?:\s*[–-]|\s+{HOUR_UNTIL.get(language, '–')})\s*"
                                        rf"(?P<until>{_HOUR}))?", re.IGNORECASE)
                   for language, words in HOUR_WORDS.items()}
# Languages that write a day and its month in figures each followed by a full stop ("3.12.", "10.12."; with its year
# "3.12.2025"): there a figure, a full stop, two digits and a full stop are a date, no time of day, unless they read
# as a time or an amount where they stand (``_day_dot_date``: "klo 14.30.", "um 18.10."). Finnish, German ("am 3.12."),
# the Scandinavian, Slavic and Baltic languages that write the day first with stops; not Hungarian (month first).
DAY_DOT_DATES = frozenset({"fi", "de", "da", "nb", "no", "sv", "pl", "cs", "sk", "sl", "hr", "sr", "et", "ru", "uk",
                           "bg"})
DAY_DOT_DATE = re.compile(r"(?<![\d.,])(\d{1,2})\.(\d{1,2})\.(?!\d)")
# The same shape after a preposition of the clock or of an amount is a time or a figure that ends its sentence ("um
# 18.10.", "в 9.05.", "bei 1.2."): the words before which "D.M." is never a date, per language, beside the word for
# o'clock (``HOUR_WORDS``).
PREPOSITIONS_BEFORE_DAY_DOT = {
    "de": "um gegen ab bis bei auf rund etwa ca circa",
    "ru": "в во к ко до с со около примерно",
    "uk": "о об в у до з із близько біля приблизно",
    "bg": "в във към до около",
    "pl": "o około",
    "cs": "v ve kolem",
    "sk": "o v vo okolo",
    "sl": "ob okoli",
    "hr": "u oko",
    "sr": "u oko",
    "et": "kell umbes",
    "fi": "noin",
}
DAY_DOT_NOT_AFTER = {language: frozenset(PREPOSITIONS_BEFORE_DAY_DOT.get(language, "").split())
                     | frozenset(HOUR_WORDS.get(language, ())) for language in DAY_DOT_DATES}
# Words before "D.M." that make it a date wherever its sentence goes on ("am 3.12.", "den 3.12.", "dnia 3.12."), and
# the language's weekdays ("tiistaina 9.12.", "Freitag, 5.12.").
DATE_WORDS_BEFORE_DAY_DOT = {"de": "am vom zum dem den seit", "da": "den", "nb": "den", "no": "den", "sv": "den",
                             "pl": "dnia dn", "cs": "dne", "sk": "dňa", "sl": "dne", "hr": "dana", "sr": "dana"}
DAY_DOT_AFTER = {language: frozenset(DATE_WORDS_BEFORE_DAY_DOT.get(language, "").split()) | frozenset(
    form.lower() for form in calendar_names.forms(calendar_names.WEEKDAYS.get(language, ())))
    for language in DAY_DOT_DATES}
DAY_DOT_YEAR = re.compile(r"[ \u00a0]?(?:1[89]|20)\d\d(?!\d)")


def _day_dot_date(text: str, start: int, language: str) -> tuple[int, str] | None:
    """The day and month of a date written "3.12." at ``start`` in a language of ``DAY_DOT_DATES``, as (day, month);
    None for another language, another shape, no such day or month, or where a figure that may also be an hour and
    its minutes ("18.10.") or a decimal ("1.2.") reads as one: after the words of ``DAY_DOT_NOT_AFTER`` ("um 18.10.",
    "bei 1.2."), and where it ends its sentence with no date's word before it (``DAY_DOT_AFTER``: "am", a weekday).
    A year after it makes it a date wherever it stands."""
    if language not in DAY_DOT_DATES:
        return None
    match = DAY_DOT_DATE.match(text, start)
    if match is None:
        return None
    day, month = int(match.group(1)), int(match.group(2))
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    if (day > 24 and len(match.group(2)) == 2) or DAY_DOT_YEAR.match(text, match.end()):
        return day, MONTHS[month - 1]  # no hour, no decimal ("bis 31.12."), or its year follows
    before = text[max(0, start - 30):start].rstrip(" \u00a0.,").rsplit(None, 1)[-1:]
    before = before[0].lower() if before else ""
    if before in DAY_DOT_NOT_AFTER.get(language, ()):
        return None
    if before in DAY_DOT_AFTER[language]:
        return day, MONTHS[month - 1]
    rest = text[match.end():].lstrip(" \u00a0")
    ends = not rest or rest[0].isupper() or rest[0] in "\n\"»”“)"
    if ends:
        return None  # "Der Anpfiff war 18.10. Danach …", "Die Teuerung betrug 1.2.": an hour, a decimal
    return day, MONTHS[month - 1]


def ordinal_before(word: str, language: str | None) -> bool:
    """A figure and a full stop before ``word`` write an ordinal in ``language`` (``ORDINAL_DOTS``): ``word`` is in
    lower case ("13. sırada"), a month ("3. Oktober") or a noun ranked ("2. Lig"), or, in a language that capitalises
    its nouns (``NOUN_CAPITALS``: "3. Liga"), a capitalised word that is neither a function word nor a word that opens
    a sentence. Any other capitalised word opens the next sentence, the figure before it ending the last ("stieg auf
    14. Am Abend …", "wzrosła do 14. Wieczorem …"), and a figure after a full stop always does."""
    if language not in ORDINAL_DOTS or not word[:1].isalpha():
        return False
    if word[0].islower():
        return True
    key = fold(word)
    months = local_months(language)
    if key in RANK_NOUNS or key in months or table_key(word) in months:
        return True
    return (language in NOUN_CAPITALS and key not in function_words(language) and key not in SENTENCE_OPENERS
            and key not in local_weekdays(language))


# Words for a half as a share ("gaji dibayar separuh", "baru diterima setengahnya": 50 %), not after a figure or
# a number word ("satu setengah": one and a half) nor before a multiplier, a unit or a span of time.
HALF_WORDS = frozenset({"separuh", "separuhnya", "setengah", "setengahnya"})
HALF_AFTER = frozenset({"satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh"})
HALF_OF_TIME = frozenset({"jam", "hari", "minggu", "bulan", "tahun", "abad", "menit", "kilo", "liter"})
# Words between the ends of a range of figures ("from 40 to 90 thousand"), and the dashes that write one.
RANGE_WORDS = frozenset(fold(word) for word in "до по bis à a al hasta sampai hingga ila ως έως μέχρι do".split())
RANGE_DASHES = frozenset("-–—")


def _range_end(toks: list[tuple[str, int, int]], text: str, folded: list[str], i: int, language: str) -> int | None:
    """Where the upper end of a range whose lower end is the figure at ``toks[i]`` stands ("40–90 тисяч", "від 40 до
    90 тисяч"), when a multiplier follows it; None otherwise."""
    j = i + 1
    if j < len(toks) and folded[j] in RANGE_WORDS:
        j += 1
    elif not (j < len(toks) and text[toks[i][2]:toks[j][1]].strip() in RANGE_DASHES):
        return None
    if j + 1 >= len(toks) or not LOCAL_DIGITS.match(toks[j][0]) or not text[toks[j - 1][2]:toks[j][1]].strip(
            "".join(RANGE_DASHES) + " \u00a0") == "":
        return None
    following = table_key(toks[j + 1][0])
    return j if local_scale(following, language) else None


def _blank(match: re.Match) -> str:
    return " " * len(match.group())


# An hour written as an ordinal after a preposition, as Ukrainian and Russian say "at the eleventh" for eleven o'clock
# ("близько 11-ї", "о 5-й ранку", "к 11-ти"): a time of day, not a count. The figure and its ending are group 1.
HOUR_ORDINAL = re.compile(r"(?<![^\W\d_])(?:о|об|близько|біля|до|після|приблизно|около|после|к)\s+"
                          r"((?:[01]?\d|2[0-3])-(?:ї|й|ої|ій|ти))(?![^\W\d_])", re.IGNORECASE)
HOUR_ORDINAL_LANGUAGES = frozenset({"uk", "ru", "be"})


def times_of_day(text: str, language: str) -> list[tuple[str, str]]:
    """The times of day ``text`` states, outside English, as ("time:HH:MM", as written): "о 23:40", where a decimal
    comma is written "14.30", in Ukrainian and Russian an hour as an ordinal ("близько 11-ї" is eleven o'clock). Two
    reports of one fact that give it other times ("о 5:50", "о 6:15") state other facts or differ."""
    if language == ENGLISH:
        return english_times(text)
    counted = [(match.start(), match.group(), _swahili_clock(match)) for match in SWAHILI_TIME.finditer(text)
               if language == SWAHILI and 1 <= int(match.group("hour")) <= 12]
    spans = [(start, start + len(written_time)) for start, written_time, _ in counted]
    found = [(match.start(), match.group(), match.group()) for match in TIME_OF_DAY.finditer(text)
             if not any(a <= match.start() < b for a, b in spans)] + counted
    if language in DECIMAL_COMMA or language in DAY_DOT_DATES:
        found += [(match.start(), match.group(), match.group().split("'")[0].split("’")[0])
                  for match in DOTTED_TIME.finditer(text) if not _day_dot_date(text, match.start(), language)]
    if language in HOUR_AFTER_WORD:
        for match in HOUR_AFTER_WORD[language].finditer(text):
            found += [(match.start(group), match.group(group), match.group(group) + ":00")
                      for group in ("hour", "until") if match.group(group)]
    if language in HOUR_ORDINAL_LANGUAGES:
        found += [(match.start(1), match.group(1), match.group(1).split("-")[0] + ":00")
                  for match in HOUR_ORDINAL.finditer(text)]
    times = []
    for _, written_time, clock in sorted(found):
        hour, minute = (int(part) for part in re.split("[:.]", clock))
        if hour <= 24 and minute <= 59:
            times.append((f"time:{hour:02d}:{minute:02d}", written_time))
    return times


# A bare "half" is a share of what follows it ("half of the staff", "half the homes"), not after a word that makes it
# one of two parts ("the first half of their taxes", "the second half"), a number ("one and a half") or an article
# ("a half"), and not of a stretch of time, a season or a match ("half an hour", "half the morning", "half the
# summer", "half past four"), nor of a life or a measure ("half her life", "half the age", "half the price"): words
# of a class, no story's. What it shares out is many: a noun in the plural ("half the homes", after one word that
# qualifies it: "half of the mill workers", short as "half the ads", or an acronym's, "half the MPs", "half the GPs") or
# a collective noun, a body of people or a stock of things (``HALF_COLLECTIVES``); "half the battle" and "not half the
# man he was" share nothing out, nor does the verb after the noun: English's auxiliaries that end in "s"
# (``HALF_NOT_PLURALS``: "half the battle was won", "half the fun has gone", "half the work does itself").
HALF_NOT_AFTER = frozenset("the a an one and first second last other each every".split())
HALF_DETERMINERS = frozenset("the its their his her our your this that these those all".split())
HALF_OF_PERIOD = frozenset("""second seconds minute minutes hour hours day days night nights morning mornings
    afternoon evening week weeks weekend month months year years decade decades century season seasons term match
    game race time spring summer autumn fall winter life lives lifetime age ages size price prices""".split())
HALF_COLLECTIVES = frozenset("""staff population workforce electorate public audience crowd team crew class
    faculty membership congregation parliament cabinet council committee board army police people children men women
    country nation town city village fleet herd flock stock budget vote money land harvest crop output
    supply""".split())
_SINGULAR_ENDINGS = ("ss", "us", "is", "ous", "news")
HALF_NOT_PLURALS = frozenset("was has does".split())
# A plural of capitals' initials: "MPs", "GPs", "NGOs".
ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s")


def _many(word: str, written: str = "") -> bool:
    """``word`` (lower-cased; ``written`` as the text has it) names many: a plural noun of three letters or more
    ("ads", "homes", "workers"), not an auxiliary (``HALF_NOT_PLURALS``), an acronym's plural ("MPs"), or a
    collective noun (``HALF_COLLECTIVES``)."""
    return word in HALF_COLLECTIVES or ACRONYM_PLURAL.fullmatch(written) is not None or (
        len(word) >= 3 and word.isalpha() and word.endswith("s") and not word.endswith(_SINGULAR_ENDINGS)
        and word not in HALF_NOT_PLURALS
    )


def _bare_half(lowered: list[str], i: int, words: list[str] | None = None) -> bool:
    """Whether ``lowered[i]``, "half", states a share of what follows it (``HALF_NOT_AFTER``, ``HALF_OF_PERIOD``,
    ``_many``); ``words`` are the same words as the text writes them, for an acronym's plural ("MPs")."""
    words = words or lowered
    if i and (lowered[i - 1] in HALF_NOT_AFTER or lowered[i - 1][:1].isdecimal()):
        return False
    k = i + 1
    if k < len(lowered) and lowered[k] == "of":
        k += 1
    if k >= len(lowered) or lowered[k] not in HALF_DETERMINERS:
        return False
    while k < len(lowered) and lowered[k] in HALF_DETERMINERS:
        k += 1
    for word, written in zip(lowered[k : k + 2], words[k : k + 2], strict=True):
        if word in HALF_OF_PERIOD or not word[:1].isalpha():
            return False
        if _many(word, written):
            return True
    return False


def _hyphenated_fraction(word: str) -> float | None:
    """The share a fraction written as one hyphenated word states ("two-thirds" 2/3, "one-fifth" 1/5), else None."""
    parts = word.split("-")
    if len(parts) != 2 or parts[1] not in FRACTION_WORDS:
        return None
    numerator = 1 if parts[0] in ("a", "one") else UNITS_WORDS.get(parts[0])
    if not numerator or numerator >= FRACTION_WORDS[parts[1]]:
        return None
    return numerator / FRACTION_WORDS[parts[1]]


def english_times(text: str) -> list[tuple[str, str]]:
    """The times of day an English ``text`` states, as ("time:HH:MM", as written): an hour with its half of the day
    ("3:40 a.m." is 03:40, "6 p.m." 18:00, "12 a.m." midnight) or an hour and its minutes alone ("by 4:30", as
    written). Two reports of one event at the same time share it, and a figure of the clock is no count."""
    found = []
    for match in ENGLISH_CLOCK.finditer(text):
        hour = int(match.group("hour")) % 12 + (12 if match.group("half").lower() == "p" else 0)
        found.append((match.start(), f"time:{hour:02d}:{match.group('minute') or '00'}", match.group()))
    clocks = [match.span() for match in ENGLISH_CLOCK.finditer(text)]
    for match in TIME_OF_DAY.finditer(text):
        if any(a <= match.start() < b for a, b in clocks):
            continue
        hour, minute = (int(part) for part in match.group().split(":"))
        if hour <= 24:
            found.append((match.start(), f"time:{hour:02d}:{minute:02d}", match.group()))
    return [(time, written_time) for _, time, written_time in sorted(found)]


def _swahili_clock(match: re.Match) -> str:
    """"H:MM" on the clock of a Swahili time counted from dawn or dusk (``SWAHILI_TIME``)."""
    part = match.group("part").lower()
    hour = counted_hour(int(match.group("hour")), part, swahili_numbers.DAY_PARTS, swahili_numbers.OPENING_TWELFTH)
    return f"{hour}:{match.group('minute') or '00'}"


def _blank_hours(match: re.Match) -> str:
    """``match`` (``HOUR_AFTER_WORD``) with its hours blanked and its word for o'clock kept."""
    out = list(match.group())
    for group in ("hour", "until"):
        if match.group(group):
            start, end = match.start(group) - match.start(), match.end(group) - match.start()
            out[start:end] = " " * (end - start)
    return "".join(out)


def _blank_hour(match: re.Match) -> str:
    start, end = match.span(1)
    return match.group()[:start - match.start()] + " " * (end - start)


def tokens(text: str, language: str = ENGLISH) -> list[tuple[str, int, int]]:
    """Words and currency signs with their code-point offsets; times of day are blanked out first (in other languages
    than English also "19 giờ" and, where a decimal comma is written, "14.30"). A figure is one token as ``language``
    writes it ("41,000" and "2.5" in English, "2.380.000" and "0,80" in Greek). In Turkish (``SUFFIXED``) the ending
    after an apostrophe comes off a word ("Holding'e" is "Holding") and off a figure ("187'si" is 187)."""
    blanked = TIME_OF_DAY.sub(_blank, text.replace(MODIFIER_APOSTROPHE, "’"))
    if language == ENGLISH:
        blanked = ENGLISH_CLOCK.sub(_blank, blanked)
        blanked = HYPHENATED_SUM.sub(lambda m: m.group().replace("-", " "), blanked)
    else:
        blanked = CLOCK_WORDS.sub(_blank, blanked)
        if language in DECIMAL_COMMA or language in DAY_DOT_DATES:
            blanked = DOTTED_TIME.sub(lambda m: m.group() if _day_dot_date(blanked, m.start(), language)
                                      else _blank(m), blanked)
        if language in HOUR_AFTER_WORD:
            blanked = HOUR_AFTER_WORD[language].sub(_blank_hours, blanked)
        if language in EITHER_CONVENTION:
            blanked = NAMED_DOTTED_TIME.sub(_blank, blanked)
        if language in HOUR_ORDINAL_LANGUAGES:
            blanked = HOUR_ORDINAL.sub(_blank_hour, blanked)
        if language == SWAHILI:
            blanked = SWAHILI_TIME.sub(_blank, blanked)
    found = [(match.group().translate(UNMARKED), match.start(), match.end())
             for match in _token_pattern(language).finditer(blanked)]
    if language not in SUFFIXED:
        return found
    kept: list[tuple[str, int, int]] = []
    for word, start, end in found:
        if (kept and kept[-1][2] == start - 1 and blanked[start - 1] in APOSTROPHES and kept[-1][0][0].isdigit()
                and word[0].isalpha()):
            continue  # "187'si": the figure's ending
        cut = min((word.find(mark) for mark in APOSTROPHES if mark in word), default=-1)
        kept.append((word[:cut], start, start + cut) if cut > 0 else (word, start, end))
    return kept


# A mark between two words that ends a clause: a figure counts no word after it ("12 lidí, dodal mluvčí").
CLAUSE_GAP = re.compile(r"[,;:]")
# A figure written onto a word's ending ("64letého", "5členná"): the figure, then the ending.
GLUED_FIGURE = re.compile(r"(\d+)([^\W\d_]{3,})")


def _czech_figures(toks: list[tuple[str, int, int]], language: str) -> list[tuple[str, int, int]]:
    """``toks`` with Czech's figures in words (``czech_numbers.value``: "padesát", "dvaceti", "tři sta dvacet") as
    tokens of digits spanning the words that wrote them, and a figure written onto an adjective's ending, in digits
    or in words ("64letého", "pětašedesátiletým"), split into the figure and the ending: an ending of a unit
    (``LANGUAGE_UNITS``: "letého", years old) stays for the figure's kind, any other ("5členná") is left out, no noun
    the figure counts."""
    units = LANGUAGE_UNITS.get(language, _NO_NAMES)
    lowered = [word.lower() for word, _, _ in toks]

    def read(k: int) -> tuple[int, int] | None:
        return czech_numbers.value(lowered, k) if toks[k][0][:1].isalpha() else None

    def split(k: int) -> list[tuple[str, int, int]] | None:
        word, start, end = toks[k]
        digits = GLUED_FIGURE.fullmatch(word)
        glued = ((digits.group(1), digits.group(2)) if digits and digits.group(2).islower()
                 else (str(found[0]), word[len(word) - len(found[1]):]) if word[:1].isalpha()
                 and (found := czech_numbers.glued(lowered[k])) and fold(found[1]) in units else None)
        if not glued:
            return None
        figure, ending = glued
        cut = end - len(ending)
        return [(figure, start, cut), *([(ending, cut, end)] if fold(ending) in units else [])]

    return read_runs(toks, read, split)


def _worded_figures(toks: list[tuple[str, int, int]], language: str) -> list[tuple[str, int, int]]:
    """``toks`` with the figures in words of a language of ``worded_numbers`` ("elva", "två miljoner",
    "femogtyve", "dviejų milijonų", "двадесет и пет") as tokens of digits spanning the words that wrote them, read
    then as figures written in digits are, with their units and currencies after them ("två miljoner kronor")."""
    lowered = [word.lower() for word, _, _ in toks]

    def read(k: int) -> tuple[int | float, int] | None:
        if not toks[k][0][:1].isalpha() or k and toks[k - 1][0][:1].isdigit() and lowered[k] in scales:
            return None  # "45 միլիոն": the multiplier of the figure before it, no figure of its own
        return worded_numbers.value(lowered, k, language)

    scales = worded_numbers.scales(language)
    return read_runs(toks, read)


def _swahili_figures(toks: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """``toks`` with Swahili's figures in words (``swahili_numbers.value``: "mia tatu", "elfu mbili mia tano",
    "milioni 2.5" with its digits) as tokens of digits spanning the words that wrote them."""
    lowered = [word.lower() for word, _, _ in toks]

    def read(k: int) -> tuple[float, int] | None:
        return swahili_numbers.value(lowered, k) if toks[k][0][:1].isalpha() else None

    return read_runs(toks, read)


def _spoken_dutch(words: list[str], keyed: list[str], i: int, language: str, closes: bool = False) -> int | None:
    """The value of a Dutch number word at ``words[i]`` (``dutch_number``), the article "een" before a scale ("een
    miljoen") included; None for another word, another language, "één van" (one of), an hour of the clock ("om
    vier uur", ``DUTCH_CLOCK_BEFORE``) and "acht" as a verb or in "in acht nemen" (``DUTCH_ATTENTION``,
    ``DUTCH_IDIOM``; ``closes``: a mark ends the clause after ``words[i]``)."""
    if language not in DUTCH_LANGUAGES or not words[i][:1].isalpha():
        return None
    value = dutch_number(words[i])
    nxt = keyed[i + 1] if i + 1 < len(keyed) else ""
    if value is None and keyed[i] == DUTCH_ARTICLE and local_scale(nxt, language):
        return 1
    if nxt == DUTCH_HOUR and i and keyed[i - 1] in DUTCH_CLOCK_BEFORE:
        return None  # "rond vier uur": a time of day
    if keyed[i] == DUTCH_ATTENTION and nxt in DUTCH_SUBJECTS:
        return None  # "dat acht ik onwaarschijnlijk": to deem
    if (i and (keyed[i - 1], keyed[i]) == DUTCH_IDIOM and (closes or not nxt or nxt in DUTCH_VERBS
                                                           or nxt in DUTCH_IDIOM_VERB)
            and any(key in DUTCH_IDIOM_VERB for key in keyed)):
        return None  # "neemt de regels in acht", "in acht moeten nemen": observes them
    return None if value == 1 and nxt == "van" else value


def _number_word_value(words: list[str], i: int) -> tuple[float, int] | None:
    """The value of number words starting at ``i`` ("one hundred and ten", "twenty-seven"), and words used."""
    total, current, used, scale = 0.0, 0.0, 0, 0.0
    j = i
    while j < len(words):
        word = words[j]
        parts = word.split("-")
        if used and word == "and" and words[j + 1:j + 3] in (["a", "half"], ["one", "half"]):
            # "two and a half million": a half of a unit; "a million and a half": a half of the scale before it
            if current:
                current += 0.5
            else:
                total += 0.5 * scale
            used = j - i + 3
            j += 3
            continue
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
                current, scale = 0, SCALE_WORDS[word]
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


def _hedge(lowered: list[str], i: int) -> tuple[str, str]:
    """The hedge before an English figure at ``lowered[i]`` and its direction (``Figure.direction``)."""
    before2 = " ".join(lowered[max(0, i - 2):i])
    before1 = lowered[i - 1] if i else ""
    for phrase in DIRECTIONAL_HEDGES:
        if before2.endswith(phrase) or before1 == phrase:
            return "bound", "down" if phrase in DOWNWARD_HEDGES else "up"
    for phrase in ROUNDING_HEDGES:
        if before2.endswith(phrase) or before1 == phrase:
            return "rounded", "about"
    return "", ""


# A difference of two shares, in points of a percentage: "fell by 23 percentage points" is neither a share ("23%", of
# where it started) nor a count. Folded words after the figure, in English and the languages that write them so.
PERCENTAGE_POINTS = frozenset({
    ("percentage", "point"), ("percentage", "points"), ("percentage-point",), ("percentage-points",),
    ("prozentpunkt",), ("prozentpunkte",), ("prozentpunkten",),  # de
    ("point", "de", "pourcentage"), ("points", "de", "pourcentage"),  # fr
    ("punto", "porcentual"), ("puntos", "porcentuales"),  # es
    ("ponto", "percentual"), ("pontos", "percentuais"),  # pt
    ("punto", "percentuale"), ("punti", "percentuali"),  # it
    ("procentpunt",), ("procentpunten",),  # nl
    ("punkt", "procentowy"), ("punkty", "procentowe"), ("punktow", "procentowych"),  # pl
    ("procentenhet",), ("procentenheter",), ("procentenheten",),  # sv
    ("prosentpoeng",), ("prosentpoenget",),  # nb
    ("procentpoint",), ("procentpoints",),  # da
})
PERCENTAGE_POINT_WORDS = max(len(phrase) for phrase in PERCENTAGE_POINTS)


def percentage_points(words: list[str], k: int) -> int:
    """How many of ``words`` (folded), from ``k``, say "percentage points" (``PERCENTAGE_POINTS``); 0 when they do
    not."""
    return next((size for size in range(PERCENTAGE_POINT_WORDS, 0, -1)
                 if tuple(words[k:k + size]) in PERCENTAGE_POINTS), 0)


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
    if points := percentage_points(lowered, k):
        return "unit:percentage point", multiplier, used + points
    if currency:
        return f"money:{currency}", multiplier, used
    if nxt in CURRENCY:
        return f"money:{CURRENCY[nxt]}", multiplier, used + 1
    if nxt in UNITS:
        if _names_a_group(lowered, k, UNITS):
            return "count", multiplier, used + 2  # the group's name is no figure of its own: "Year 11" is no 11
        return f"unit:{UNITS[nxt]}", multiplier, used + 1
    return "count", multiplier, used


def _names_a_group(lowered: list[str], k: int, units) -> bool:
    """Whether the unit word at ``lowered[k]`` is followed by a figure of its own that no unit follows: with it, it
    names a group ("2,300 Year 11 pupils", "40 Day 3 tickets") that the figure before it counts, and is neither that
    figure's unit nor a figure of its own; "3 years 6 months" is a span in two units."""
    if k + 1 >= len(lowered) or not LOCAL_DIGITS.match(lowered[k + 1]):
        return False
    after = lowered[k + 2] if k + 2 < len(lowered) else ""
    return after not in units and after not in UNITS


def _month_after(words: list[str], folded: list[str], i: int, language: str) -> tuple[str | None, int]:
    """The month a day's figure is followed by at ``words[i]`` ("14 Οκτωβρίου"; "4 de marzo"), and where the date
    ends; (None, 0) when no month follows."""
    if i < len(words) and folded[i] in OF_WORDS:
        i += 1
    if i < len(words):
        month = _local_month(words, folded, i, language)
        if month:
            return month, i + 1
    return None, 0


def _local_hedge(folded: list[str], i: int, language: str | None = None) -> tuple[str, str]:
    """The hedge before a figure at ``folded[i]`` in a language other than English ("πάνω από", "environ") and its
    direction (``Figure.direction``); ``language``'s own first (``LANGUAGE_HEDGES``: Czech "až", which is Hungarian's
    article "az" folded)."""
    own = LANGUAGE_HEDGES.get(language or "")
    tables = ((own[0], own[1], "bound"), (own[0], own[2], "rounded")) if own else ()
    for downward, hedges, kind in (*tables, (LOCAL_DOWNWARD_HEDGES, LOCAL_BOUND_HEDGES, "bound"),
                                   (LOCAL_DOWNWARD_HEDGES, LOCAL_ROUNDING_HEDGES, "rounded")):
        for phrase in sorted(hedges, key=len, reverse=True):  # "не менее" (at least) before "менее" (less than)
            if i >= len(phrase) and tuple(folded[i - len(phrase):i]) == phrase:
                if kind == "rounded":
                    return kind, "about"
                return kind, "down" if phrase in downward else "up"
    return "", ""


def _phrases(phrases) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(fold(word) for word in phrase.split()) for phrase in phrases)


# Hedges of one language alone, folded: (the downward bounds, the bounds, the roundings).
LANGUAGE_HEDGES = {language: (frozenset(_phrases(czech_numbers.BOUND_HEDGES_DOWN)),
                              _phrases(czech_numbers.BOUND_HEDGES), _phrases(czech_numbers.ROUNDING_HEDGES))
                   for language in CZECH_LANGUAGES}
# Swedish: "drygt" (just over), "över", "minst" (at least); "nästan" (almost), "knappt" (just under), "närmare"
# (close to), "upp till", "uppemot" (up to), "högst" (at most); "runt", "ungefär", "kring" (about). Its own, since
# "over" (Swedish "över" folded) is "in" before a time in Dutch ("over 3 weken").
SWEDISH_HEDGES_DOWN = ("nästan", "knappt", "närmare", "upp till", "uppemot", "högst", "mindre än", "färre än")
SWEDISH_HEDGES = (*SWEDISH_HEDGES_DOWN, "drygt", "över", "mer än", "fler än", "minst", "åtminstone")
SWEDISH_ROUNDING_HEDGES = ("runt", "ungefär", "omkring", "kring", "cirka", "ca", "uppskattningsvis")
LANGUAGE_HEDGES["sv"] = (frozenset(_phrases(SWEDISH_HEDGES_DOWN)), _phrases(SWEDISH_HEDGES),
                         _phrases(SWEDISH_ROUNDING_HEDGES))
# Norwegian: "drøyt" (just over), "over", "mer enn", "flere enn", "minst" (at least), "i overkant av"; "nesten"
# (almost), "snaut", "knapt" (just under), "nærmere" (close to), "opptil", "opp mot" (up to), "høyst" (at most), "i
# underkant av"; "rundt", "omtrent", "omkring", "cirka", "ca." (about). Its own, as Swedish's are.
NORWEGIAN_HEDGES_DOWN = ("nesten", "snaut", "knapt", "nærmere", "opptil", "opp til", "opp mot", "høyst",
                         "mindre enn", "færre enn", "i underkant av")
NORWEGIAN_HEDGES = (*NORWEGIAN_HEDGES_DOWN, "drøyt", "over", "mer enn", "flere enn", "minst", "i overkant av")
NORWEGIAN_ROUNDING_HEDGES = ("rundt", "omtrent", "omkring", "cirka", "ca", "anslagsvis")
LANGUAGE_HEDGES["nb"] = LANGUAGE_HEDGES["no"] = (frozenset(_phrases(NORWEGIAN_HEDGES_DOWN)), _phrases(NORWEGIAN_HEDGES),
                                                 _phrases(NORWEGIAN_ROUNDING_HEDGES))
# Armenian: "ավելի քան" (more than), "առնվազն" (at least); "գրեթե", "համարյա" (almost), "մինչև" (up to), "առավելագույնը"
# (at most), "պակաս, քան" (less than); "մոտ", "շուրջ", "մոտավորապես" (about).
ARMENIAN_HEDGES_DOWN = ("գրեթե", "համարյա", "մինչև", "առավելագույնը", "պակաս քան", "ավելի քիչ քան")
ARMENIAN_HEDGES = (*ARMENIAN_HEDGES_DOWN, "ավելի քան", "ավելի", "առնվազն", "նվազագույնը")
ARMENIAN_ROUNDING_HEDGES = ("մոտ", "շուրջ", "մոտավորապես", "մոտավոր")
LANGUAGE_HEDGES["hy"] = (frozenset(_phrases(ARMENIAN_HEDGES_DOWN)), _phrases(ARMENIAN_HEDGES),
                         _phrases(ARMENIAN_ROUNDING_HEDGES))


def _local_kind_after(folded: list[str], j: int, currency: str | None, language: str) -> tuple[str, float, int]:
    """``_kind_after`` in a language other than English: its multipliers one after another ("mil millones", of the
    language's own scale: ``local_scale``), its currencies, units and words for per cent, and English's."""
    multiplier, used = 1.0, 0
    while j + used < len(folded):
        word = folded[j + used]
        glued = LANGUAGE_SCALED_CURRENCY.get(language, {}).get(word)
        if glued and not currency:
            return f"money:{glued[1]}", multiplier * glued[0], used + 1
        scale = local_scale(word, language) or (SCALE_WORDS.get(word) if word != "hundred" else None)
        if not scale:
            break
        multiplier, used = multiplier * scale, used + 1
    k = j + used
    nxt = folded[k] if k < len(folded) else ""
    if used and k + 1 < len(folded) and nxt in OF_WORDS and (folded[k + 1] in LOCAL_CURRENCY
                                                             or folded[k + 1] in CURRENCY):
        nxt, used = folded[k + 1], used + 1  # "2 mil millones de euros", "1,2 milioni di euro"
    elif used and nxt[:2] in ("d'", "d’") and (nxt[2:] in CURRENCY or nxt[2:] in LOCAL_CURRENCY):
        nxt = nxt[2:]  # "1,2 million d'euros"
    if nxt in ("%", "percent") or nxt in LOCAL_PERCENT:
        return "share", multiplier / 100, used + 1
    if tuple(folded[k:k + 2]) in LOCAL_PERCENT_PAIRS:
        return "share", multiplier / 100, used + 2
    if points := percentage_points(folded, k):
        return "unit:percentage point", multiplier, used + points
    if currency:
        return f"money:{currency}", multiplier, used
    found = CURRENCY.get(nxt) or LOCAL_CURRENCY.get(nxt) or LANGUAGE_CURRENCY.get(language, {}).get(nxt)
    if found:
        return f"money:{found}", multiplier, used + 1
    if nxt in UNIT_LINKERS.get(language, ()) and k + 1 < len(folded) \
            and folded[k + 1] in LANGUAGE_UNITS.get(language, _NO_NAMES):
        return f"unit:{LANGUAGE_UNITS[language][folded[k + 1]]}", multiplier, used + 2  # "6 na buwan"
    unit = LANGUAGE_UNITS.get(language, _NO_NAMES).get(nxt) or LOCAL_UNITS.get(nxt) or UNITS.get(nxt)
    if unit == "m3" and k + 1 < len(folded) and folded[k + 1] == "s":
        return "unit:m3/s", multiplier, used + 2  # "1.200 m³/s": a flow
    if unit:
        if _names_a_group(folded, k, LOCAL_UNITS):
            return "count", multiplier, used + 2
        return f"unit:{unit}", multiplier, used + 1
    return "count", multiplier, used


OF_WORDS = frozenset("de di du des del".split())  # "4 de marzo", "millions de dollars": the word between
# Month and weekday names that are common nouns too (Turkish "ocak", a hearth; Russian "среда", the environment) and
# abbreviations of months that are words elsewhere (Spanish "ago", Italian for a needle): dates only capitalised or
# after a day's figure.
COMMON_NOUN_DATES = frozenset(fold(word) for word in calendar_names.COMMON_NOUN) | frozenset(
    fold(word) for language in WORD_DATE_LANGUAGES for row in calendar_names.MONTH_ABBREVIATIONS.get(language, ())
    for word in row.split())
# Month names that are also ordinary words where months are written in lower case (Ukrainian "лютий", fierce): dates
# only beside a day's figure, before a year or after a preposition that takes a date (``_dated``), as written.
ALSO_WORD_DATES = frozenset(written(word) for word in calendar_names.ALSO_WORDS)
DATE_PREPOSITIONS = frozenset(written(word) for words in calendar_names.DATE_PREPOSITIONS.values()
                              for word in words.split())
WORDS_AFTER_A_YEAR = frozenset(written(word) for words in calendar_names.YEAR_WORDS.values() for word in words.split())


MONTH_NOUNS = frozenset(written(word) for words in calendar_names.MONTH_NOUNS.values() for word in words.split())
GIVEN_NAME_DATES = frozenset(written(word) for word in calendar_names.GIVEN_NAMES)


def _day_figure(word: str) -> bool:
    """Whether ``word`` is a day of a month's figure (1 to 31); a run of digits too long to be one is not read."""
    return word.isdecimal() and len(word) <= 2 and 1 <= int(read_figure(word)) <= 31


def _year_figure(word: str) -> bool:
    return word.isdecimal() and len(word) <= 4 and bool(YEAR.match(read_figure(word)))


def _dated(words: list[str], i: int, prepositions: bool = True) -> bool:
    """Whether ``words[i]`` stands where a month names a date: after a day's figure ("3 лютого"), before a year
    ("лютий 2025", "آب ٢٠٢٤") or a day's figure ("మార్చి 14న", "మార్చి 14, 2025"; not a given name's, "Marta 25"),
    before the noun "month" (``calendar_names.MONTH_NOUNS``: "маусым айында"), after a year and the word a language
    writes after it (``calendar_names.YEAR_WORDS``: "2026 жылы маусымда") or, with ``prepositions``, after a
    preposition that takes a date ("у лютому", "في آب", "గత మార్చి")."""
    before = words[i - 1] if i else ""
    after = words[i + 1] if i + 1 < len(words) else ""
    if _day_figure(before) or _year_figure(after):
        return True
    if i >= 2 and written(before) in WORDS_AFTER_A_YEAR and _year_figure(words[i - 2]):
        return True
    if written(after) in MONTH_NOUNS or (_day_figure(after) and written(words[i]) not in GIVEN_NAME_DATES):
        return True  # "маусым айында", "మార్చి 14న"
    return prepositions and bool(before) and written(before) in DATE_PREPOSITIONS


# A language's month names that are also its common words (Romanian "mai", more): dates only beside a day's figure or
# before a year, and never before a word they compare ("mai mulți"); its weekday names that are also a plural noun
# (Romanian "luni", months) and the words that count them before it or follow it ("trei luni", "luni de zile"),
# folded (``calendar_names.DATED_ONLY``).
DATED_ONLY = {language: frozenset(fold(word) for word in names)
              for language, names in calendar_names.DATED_ONLY.items()}
ALSO_COUNTED = {language: frozenset(fold(word) for word in names)
                for language, names in calendar_names.ALSO_COUNTED.items()}
COMPARED = {language: frozenset(fold(word) for word in words.split())
            for language, words in calendar_names.COMPARED.items()}
COUNTED_BY = {language: frozenset(fold(word) for word in words.split())
              for language, words in calendar_names.COUNTED_BY.items()}
COUNTED_AFTER = {language: tuple(fold(word) for word in words.split())
                 for language, words in calendar_names.COUNTED_AFTER.items()}


def _counted(words: list[str], i: int, language: str) -> bool:
    """Whether the weekday name at ``words[i]`` that is also a plural noun of ``language`` (``ALSO_COUNTED``) is that
    noun here: after a figure or a word that counts or orders it ("3 luni", "ultimele luni"), or before the words that
    follow it as that noun ("luni de zile")."""
    before = fold(words[i - 1]) if i else ""
    after = COUNTED_AFTER.get(language, ())
    return (before.isdecimal() or before in COUNTED_BY.get(language, ())
            or bool(after) and tuple(fold(word) for word in words[i + 1:i + 1 + len(after)]) == after)


# Vietnamese writes a month as "tháng" and its number ("tháng 10", "ngày 25 tháng 10"), a weekday as "thứ" and the
# day's number in words, capitalised ("thứ Ba", Tuesday; lower-case "thứ hai" is "the second"), Sunday "Chủ nhật".
MONTH_BEFORE_NUMBER = frozenset({"tháng"})
WEEKDAY_BEFORE = frozenset({"thứ"})
NUMBERED_WEEKDAYS = dict(zip("Hai Ba Tư Năm Sáu Bảy".split(), WEEKDAYS[:6], strict=True))
SUNDAY_PAIRS = frozenset({("chủ", "nhật")})
# Languages that write a day and a month in figures without a year ("chiều 15/10", "ngày 14-10"); elsewhere "24/7",
# "10/1" and "7/3" are a pair of figures (around the clock, a score, a fraction), never a date.
DAY_MONTH_FIGURES = frozenset({"vi"})
# Words before a day and month written in figures ("chiều 15/10", "đêm 14-10": the afternoon, the night of): only
# after one of them are two figures a day and a month, joined by a slash or a hyphen.
DAY_PARTS = frozenset(written(word) for word in "ngày sáng chiều tối đêm trưa khuya hôm rạng".split())
# A day and a month in figures in brackets after a weekday's name ("Rabu (12/11)", "Selasa (4/11)").
WEEKDAY_DAY_MONTH = re.compile(r"\s*\((\d{1,2})[/.-](\d{1,2})\)")
# Roman numerals of a level or a rank after a word in lower case ("báo động III", "cấp II").
ROMAN = dict(zip("II III IV V VI VII VIII IX X".split(), range(2, 11), strict=True))


def _day_month(toks: list[tuple[str, int, int]], text: str, i: int, language: str) -> tuple[int, str] | None:
    """A day and a month written in figures without a year at ``toks[i]`` ("chiều 15/10", "ngày 14-10"), as (day,
    month), in a language that writes dates so (``DAY_MONTH_FIGURES``): joined by a slash or a hyphen, after a word
    for a part of the day or "ngày" (``DAY_PARTS``); bare, a pair is a fraction ("2/3"), a score or a range. "24/7"
    (around the clock) is never a date."""
    if language not in DAY_MONTH_FIGURES or not i or i + 1 >= len(toks):
        return None
    (first, _, end), (second, start, after) = toks[i], toks[i + 1]
    mark = text[end:start]
    if mark not in ("/", "-") or not (first.isdecimal() and second.isdecimal()) or len(first) > 2 or len(second) > 2:
        return None
    if text[after:after + 1] in ("/", "-", ".", ",") and text[after + 1:after + 2].isdecimal():
        return None
    day, month = int(first), int(second)
    if not (1 <= day <= 31 and 1 <= month <= 12) or (day, month) == (24, 7):
        return None
    if written(toks[i - 1][0]) not in DAY_PARTS:
        return None
    return day, MONTHS[month - 1]


def _named_date(words: list[str], i: int) -> tuple[str, int] | None:
    """A month or weekday Vietnamese names with two words at ``words[i]`` ("tháng 10", "thứ Ba", "Chủ nhật"), and
    how many words it takes."""
    if i + 1 >= len(words):
        return None
    first, second = written(words[i]), words[i + 1]
    if first in MONTH_BEFORE_NUMBER and second.isdecimal() and 1 <= int(second) <= 12:
        return f"month:{MONTHS[int(second) - 1]}", 2
    if first in WEEKDAY_BEFORE and second in NUMBERED_WEEKDAYS:
        return f"weekday:{NUMBERED_WEEKDAYS[second]}", 2
    if (first, written(second)) in SUNDAY_PAIRS:
        return "weekday:sunday", 2
    return None


def _local_month(words: list[str], keyed: list[str], i: int, language: str, alone: bool = False) -> str | None:
    """The month (in English) ``words[i]`` names in ``language``, other than English (``local_months``; ``keyed``:
    the words as ``table_key`` looks them up); an English one capitalised, and one that is also a common noun
    (Turkish "ocak", a hearth) capitalised when no day's figure comes before it (``alone``)."""
    if alone and keyed[i] in COMMON_NOUN_DATES and not words[i][0].isupper():
        return None
    if alone and written(words[i]) in ALSO_WORD_DATES and not _dated(words, i):
        return None  # "Лютий мороз скував місто": fierce, no February
    if keyed[i] in DATED_ONLY.get(language, ()) and (
            alone and not _dated(words, i, prepositions=False)
            or i + 1 < len(words) and fold(words[i + 1]) in COMPARED.get(language, ())):
        return None  # "mai mulți", "cu 12 mai mulți": more
    month = local_months(language).get(keyed[i]) or (keyed[i] in MONTHS and words[i][0].isupper() and keyed[i])
    return month or None


def _local_weekday(words: list[str], folded: list[str], i: int, language: str) -> str | None:
    """The weekday ``words[i]`` names in ``language``, other than English (``local_weekdays``); a Greek one only
    capitalised (lower-case "τρίτη" is "third")."""
    day = local_weekdays(language).get(folded[i])
    if day and folded[i] in COMMON_NOUN_DATES and not words[i][0].isupper():
        return None  # Turkish "pazar", a market
    if day and folded[i] in ALSO_COUNTED.get(language, ()) and _counted(words, i, language):
        return None  # "trei luni", three months
    if day and (words[i][0].isupper() or not GREEK_LETTER.match(words[i])):
        return day
    if folded[i] in WEEKDAYS and words[i][0].isupper():
        return folded[i]
    return None


# Capitalised words that name no one by themselves: legal forms of a company ("ТОВ «…»", "ООО", "ПрАТ"), whose name
# follows them, and time zones ("15.30 WIB").
UNNAMED = frozenset(fold(word) for word in "тов тзов прат пат фоп ооо пао оао зао wib wita wit".split())
# Where a capitalised word opens a sentence inside a sentence: after an opening quote written onto it ("„Беріть",
# "«Ми"), where a name needs a second capitalised word, or a colon ("кажуть: Підприємство"), where only a common
# word is skipped (``_common_after_colon``).
OPENED = re.compile(r"(?:[«„“‘]|(?:^|\s)[\"'])$|:\s*$")
# A quotation closed within a few words, none a function word, is a title ("ТОВ «Глиноріцький м'ясокомбінат»",
# «Вежа»), not speech ("«Ніхто не втратить роботу»").
TITLE = re.compile(r"[^«»„“”\"\n]{0,60}?(?=[»“”\"])")
TITLE_WORDS = 3


def _opens_sentence(text: str, toks: list[tuple[str, int, int]], i: int, language: str) -> str | None:
    """How ``toks[i]`` opens a sentence inside the sentence (``OPENED``): "colon" after a colon, "quote" opening a
    quotation other than a title (``TITLE``); None otherwise."""
    if not i:
        return None
    gap = OPENED.search(text, toks[i - 1][2], toks[i][1])
    if gap is None:
        return None
    if gap.group().rstrip().endswith(":"):
        return "colon"
    title = TITLE.match(text, toks[i][1])
    words = title.group().split() if title else []
    if words and len(words) <= TITLE_WORDS and not any(fold(word.strip(",.;")) in function_words(language)
                                                        for word in words):
        return None
    return "quote"


def _common_after_colon(words: list[str], lowered: list[str], i: int, language: str,
                        vocabulary: frozenset[str] = frozenset()) -> bool:
    """The capitalised word after a colon at ``words[i]`` is a common word the colon's sentence opens on, no name: a
    function word or sentence opener of ``language``, or a word the text writes in lower case elsewhere ("кажуть:
    Підприємство …, бо підприємство …"; in the sentence, or in ``vocabulary``: ``common_word``). Any other keeps the
    name it is ("sagte: Siemens wird …")."""
    key = fold(words[i])
    return (key in function_words(language) or key in SENTENCE_OPENERS
            or any(lowered[k] == lowered[i] and words[k][:1].islower() for k in range(len(words)) if k != i)
            or common_word(words[i], language, vocabulary))


# Words of one language that are capitalised before a name or open a sentence and name no one: Czech's titles ("Ing.
# Karel Vondrák", "Mgr.", "npor."), its words of address ("pan", "pane", "paní") and its offices, which a sentence
# opens on before a name ("Starosta Karel Vondrák", "Hejtmanka Eva Lukešová"), as English's "president" and "minister".
_CZECH_NOT_NAMES = frozenset(fold(word) for word in """
    ing mgr bc mudr judr phdr rndr mvdr doc prof npor por kpt mjr pplk plk gen
    pan pane paní panu pana panem panu slečna
    starosta starostka místostarosta místostarostka hejtman hejtmanka primátor primátorka ministr ministryně premiér
    prezident ředitel ředitelka mluvčí jednatel jednatelka velitel náměstek náměstkyně radní poslanec poslankyně
    senátor senátorka zš sš mš
""".split())
LANGUAGE_NOT_NAMES = {language: _CZECH_NOT_NAMES for language in CZECH_TITLE_LANGUAGES}
# Languages whose common words and given names seldom share a form: a capitalised word that opens a sentence and
# that the text writes in lower case elsewhere is a common word whatever follows it ("Hladina Lesenky klesla" beside
# "hladina rybníka"); elsewhere only before a full name (``_name_follows``: English "Bill Gates" beside "the bill").
COMMON_OPENERS = CZECH_TITLE_LANGUAGES


# Particles inside a surname, written in lower case between its capitalised words ("Jan de Vries", "Ursula von der
# Leyen", "Ahmed bin Salem").
NAME_PARTICLES = frozenset("de van der den von zu di da du del della le la ten ter bin al".split())


def _name_follows(words: list[str], lowered: list[str], i: int, not_names: frozenset[str]) -> bool:
    """The capitalised words after ``words[i]`` make a name by themselves: two name words (``_is_name``), or a
    particle of a surname between them ("Jan de Vries"). One ("Bill Gates", "Mark Rutte") is a surname whose given
    name ``words[i]`` may be."""
    k = i + 1
    if k >= len(words) or not _is_name(words, lowered, k, not_names):
        return False
    k += 1
    while k < min(len(words), i + 4) and words[k].islower() and lowered[k] in NAME_PARTICLES:
        k += 1
    return k < len(words) and _is_name(words, lowered, k, not_names)


def _is_name(words: list[str], lowered: list[str], i: int, not_names: frozenset[str] = frozenset(),
             opened: bool = False, vocabulary: frozenset[str] = frozenset(), language: str | None = None) -> bool:
    """Whether ``words[i]`` is (a part of) a name: capitalised, none of ``NOT_NAMES``, ``not_names`` or ``UNNAMED``,
    and, as a sentence's first word or one that opens a quotation (``opened``), followed by another capitalised word
    and written nowhere in lower case in ``vocabulary`` (``common_word``: "Pluimveehouder Gerrit Hendriks"; after a
    colon ``_common_after_colon`` judges it)."""
    word, low = words[i], lowered[i]
    if not word[0].isupper() or low in NOT_NAMES or len(word) < 2 or not word[0].isalpha():
        return False
    if (not_names and fold(word) in not_names) or fold(word) in UNNAMED:
        return False
    if word.isupper():  # "US", "KCNA"; a headline or label in capitals names nothing by its case
        return not all(w.isupper() for w in words if w.isalpha())
    if i > 0 and not opened:
        return True
    if common_word(word, language, vocabulary) and (language in COMMON_OPENERS
                                                    or _name_follows(words, lowered, i, not_names)):
        return False  # "Pluimveehouder Gerrit Hendriks": the name follows the common word; "Bill Gates" is one name
    # a sentence's first word is a name only when the next word is capitalised too ("Kim Jong-un said")
    nxt = words[i + 1] if i + 1 < len(words) else ""
    return (bool(nxt) and nxt[0].isupper() and lowered[i + 1] not in NOT_NAMES
            and not (not_names and fold(nxt) in not_names) and fold(nxt) not in UNNAMED)


def _other_hedge(words: list[str], i: int, j: int) -> tuple[str, str]:
    """The hedge of a figure at ``words[i]`` in a script without capitals, read before it and after its unit
    (which ends at ``j``): "约5点", "4000多份", "약 11m", "100 से अधिक"; and its direction (``Figure.direction``)."""
    before = (" ".join(words[max(0, i - 3):i]), " ".join(words[max(0, i - 2):i]),  # "کم از کم 12": three words
              " ".join(words[max(0, i - 1):i]))
    after = (" ".join(words[j:j + 2]), words[j] if j < len(words) else "", " ".join(words[i + 1:i + 3]),
             words[i + 1] if i + 1 < len(words) else "",
             # after the counting word written onto it: "60টির বেশি"
             words[i + 2] if i + 2 < len(words) and words[i + 1] in COUNTING_SUFFIXES else "")
    bounds = [h for h in OTHER_BEFORE_BOUND if any(b.endswith(h) for b in before)] + [
        h for h in OTHER_AFTER_BOUND if h in after]
    if bounds:
        return "bound", "down" if max(bounds, key=len) in OTHER_DOWNWARD else "up"
    if any(b.endswith(h) for h in OTHER_BEFORE_ROUNDED for b in before) or any(
            a == h for h in OTHER_AFTER_ROUNDED for a in after):
        return "rounded", "about"
    return "", ""


def _other_month(words: list[str], i: int, alone: bool = False) -> tuple[str, int] | None:
    """The month (in English) a month name at ``words[i]`` names, and the words it takes ("تشرين الأول": two); a
    Hebrew one also under its prefixes ("ובמרץ"); one that is also a common word (Persian "مه") not ``alone``, only
    after a day's figure."""
    if i + 1 < len(words) and f"{words[i]} {words[i + 1]}" in OTHER_MONTHS:
        return OTHER_MONTHS[f"{words[i]} {words[i + 1]}"], 2
    word = words[i]
    if alone and (word in OTHER_COMMON_NOUNS or word in ALSO_WORD_DATES and not _dated(words, i)):
        return None
    if word in OTHER_MONTHS:
        return OTHER_MONTHS[word], 1
    if HEBREW_LETTER_MATCH.match(word):
        for prefix in HEBREW_PREFIXES:
            if word.startswith(prefix) and word[len(prefix):] in OTHER_MONTHS:
                return OTHER_MONTHS[word[len(prefix):]], 1
    return None


HEBREW_LETTER_MATCH = re.compile(HEBREW_LETTER)
HEBREW_TODAY = frozenset({"היום", "והיום"})  # "today", before a weekday's ordinal in brackets: "היום (שלישי)"
HEBREW_DECADE_WORDS = frozenset({"שנות", "בשנות", "משנות", "לשנות", "ושנות"})  # "שנות ה־90": the nineties
# Words between the ends of a range of figures in these scripts ("בין 40 ל־90", "۴۰ تا ۹۰", "40至90").
OTHER_RANGE_WORDS = frozenset({"ל", "עד", "تا", "الى", "إلى", "至", "到", "~", "～"})


def _solar_month(words: list[str], i: int, after_figure: bool) -> str | None:
    """The Solar Hijri month at ``words[i]`` ("m9" for Azar), when it is one here: one that is also a word only after
    a day's figure or before a year."""
    month = SOLAR_HIJRI_MONTHS.get(words[i]) if i < len(words) else None
    if month and words[i] in SOLAR_HIJRI_WORDS and not after_figure and not (
            i + 1 < len(words) and words[i + 1][:1].isdecimal()):
        return None
    return month


def _dated_weekday(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` stands where a weekday that is also a common word (``CONTEXT_WEEKDAYS``) names a day:
    before a word that dates something ("پیر کو", on Monday; ``WEEKDAY_DATED_BY``) or a day's figure and its month
    ("ہفتہ، 13 دسمبر")."""
    after = tuple(words[i + 1:i + 3])
    if any(after[:len(phrase)] == phrase for phrase in WEEKDAY_DATED_BY):
        return True
    return (len(after) == 2 and after[0].isdecimal() and 1 <= float(read_figure(after[0])) <= 31
            and after[1] in OTHER_MONTHS)


def _other_weekday(words: list[str], i: int) -> tuple[str, int] | None:
    """The weekday (in English) ``words[i]`` opens, and the words it takes ("周三": two, "星期三": three); one that
    is also a common word ("پیر", a saint; "ہفتہ", a week) only where a date's word follows it (``_dated_weekday``)."""
    word = words[i]
    if word in CONTEXT_WEEKDAYS:
        return (CONTEXT_WEEKDAYS[word], 1) if _dated_weekday(words, i) else None
    if word in calendar_names.HEBREW_DAY_WORDS and i + 1 < len(words) and words[i + 1] in HEBREW_WEEKDAYS:
        return HEBREW_WEEKDAYS[words[i + 1]], 2  # "ביום חמישי": on Thursday
    if i + 1 < len(words) and word + words[i + 1] in OTHER_WEEKDAYS and not word.isdecimal():
        return OTHER_WEEKDAYS[word + words[i + 1]], 2  # "سه شنبه", spaced: Tuesday, not Saturday
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


# Thai. A date is written with its month's full or short name ("8 มีนาคม 2569", "8 มี.ค. 69"), a weekday with "วัน"
# before it ("วันอาทิตย์ที่ 8"), a year in the Buddhist era (CE + 543) after "พ.ศ." or "ปี" or a month, a time of
# day with "น." ("03.40 น."). Multipliers, currencies, units and classifiers are written onto the word after a
# figure ("1.2 ล้านบาท", "23 ตัวบุก"); a share as "ร้อยละ 41"; a rate with "ละ" ("คืนละ 300 บาท", per night).
THAI_LETTER = re.compile(f"[{THAI_RANGE}]")
THAI_MONTHS = _named(calendar_names.MONTHS["th"], MONTHS)
THAI_SHORT_MONTHS = _named(calendar_names.MONTH_ABBREVIATIONS["th"], MONTHS)
THAI_WEEKDAYS = _named(calendar_names.WEEKDAYS["th"], WEEKDAYS) | {"พฤหัสฯ": "thursday"}
_THAI_WEEKDAY = "|".join(sorted(map(re.escape, THAI_WEEKDAYS), key=len, reverse=True))
THAI_DATE = re.compile(
    rf"(?:วัน(?P<weekday>{_THAI_WEEKDAY})(?:ที่)?\s*)?"
    rf"(?:(?P<day>\d{{1,2}})\s*(?P<short>{'|'.join(map(re.escape, THAI_SHORT_MONTHS))})"
    rf"|(?:(?P<full_day>\d{{1,2}})\s*)?(?P<full>{'|'.join(THAI_MONTHS)}))"
    r"(?:\s*(?P<era>พ\.ศ\.|ค\.ศ\.)?\s*(?P<year>\d{4}(?!\d)|(?<=\.)\d{2}(?![\d.,])|(?<=\.\s)\d{2}(?![\d.,])))?"
)
THAI_WEEKDAY = re.compile(rf"วัน(?P<weekday>{_THAI_WEEKDAY})")
THAI_YEAR = re.compile(r"(?P<era>พ\.ศ\.|ค\.ศ\.|ปี)\s*(?P<year>\d{4})(?!\d)")
THAI_TIME = re.compile(r"\d{1,2}[.:]\d{2}\s*น\.?|\d{1,2}\s*(?:โมง|ทุ่ม)")  # "03.40 น.", "9 โมงเช้า"
# Words before a figure that is a number of something, not a count: a road's, a house's, a village's, a rank
# ("ทางหลวงหมายเลข 2317", "บ้านเลขที่ 112", "หมู่ 4", "ครั้งที่ 2").
THAI_NUMBERED = ("หมายเลข", "เลขที่", "หมู่", "ครั้งที่", "อันดับที่", "ลำดับที่", "ฉบับที่", "ข้อที่", "สัปดาห์ที่")
BUDDHIST_ERA = 543
THAI_SCALES = {"ล้าน": 1_000_000, "แสน": 100_000, "หมื่น": 10_000, "พัน": 1_000}
THAI_CURRENCY = ("บาท", "ดอลลาร์", "ยูโร")  # in ``OTHER_CURRENCY``
# Burmese's multipliers: after a figure ("၄၅ သိန်း", 4.5 million) or before it, as a sum is often written, with the
# kyat written onto it or not ("ကျပ်သိန်း ၃,၅၀၀", 3,500 lakh kyat; "သိန်း 80"; "ကျပ်သန်း ၁,၂၀၀", 1,200 million kyat).
BURMESE_SCALES = {"ထောင်": 1_000, "သောင်း": 10_000, "သိန်း": 100_000, "သန်း": 1_000_000, "ကုဋေ": 10_000_000,
                  "ဘီလီယံ": 1_000_000_000}
BURMESE_SCALES_BEFORE = {**{word: BURMESE_SCALES[word] for word in ("သိန်း", "သန်း", "ဘီလီယံ")},
                         **{"ကျပ်" + word: BURMESE_SCALES[word] for word in ("သိန်း", "သန်း", "ဘီလီယံ")}}
# Khmer's multipliers, spaced after a figure or written onto it, and its currency onto them ("៦០០លានរៀល", 600
# million riel; "២ លានដុល្លារ"): split off the word after the figure as Thai's are (``_khmer_pieces``).
KHMER_SCALES = {"ពាន់": 1_000, "ម៉ឺន": 10_000, "សែន": 100_000, "លាន": 1_000_000, "ប៊ីលាន": 1_000_000_000}
KHMER_HEADS = sorted({*KHMER_SCALES, "រៀល", "ដុល្លារអាមេរិក", "ដុល្លារ"}, key=len, reverse=True)
KHMER_CONSONANT_OR_INDEPENDENT_VOWEL = khmer.CONSONANT_OR_INDEPENDENT_VOWEL
# Khmer groups a figure's thousands with a full point as often as with a comma ("៥០០.០០០ រៀល"): a point before
# groups of exactly three digits is read as the comma.
KHMER_POINT_GROUPED = re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3})+(?![\d]|[.,]\d)")
AFTER_SCALES = CJK_SCALES | THAI_SCALES | BURMESE_SCALES | KHMER_SCALES
THAI_UNITS = {"ไร่": "rai", "กิโลเมตร": "km", "กม": "km", "เมตร": "m", "กิโลกรัม": "kg", "กก": "kg", "ตัน": "tonne",
              "ลิตร": "litre", "องศา": "degree", "ชั่วโมง": "hour", "นาที": "minute", "วัน": "day", "คืน": "day",
              "สัปดาห์": "week", "เดือน": "month", "ปี": "year"}
# Classifiers: the noun a figure counts in, written after it ("23 ตัว", animals; "40 นาย", officers).
THAI_CLASSIFIERS = frozenset("ตัว คน นาย หลัง ครัวเรือน ครอบครัว ราย ครั้ง จุด ต้น แห่ง ซี่ คัน ลำ ชิ้น เครื่อง ฝูง กลุ่ม "
                             "ชีวิต โรง หมู่บ้าน ตำบล อำเภอ จังหวัด".split())
THAI_AFTER_HEDGES = ("กว่า", "เศษ")
THAI_PERCENT = ("เปอร์เซ็นต์", "%")
THAI_HEADS = sorted({*THAI_SCALES, *THAI_CURRENCY, *THAI_UNITS, *THAI_CLASSIFIERS, *THAI_AFTER_HEDGES,
                     THAI_PERCENT[0]}, key=len, reverse=True)


def _thai_year(year: str, era: str | None) -> int | None:
    """The year (CE) a Thai text writes: in the Buddhist era after "พ.ศ." or when it is 2400 or later, the last
    two digits of one ("69", after a short month's name), or in the common era."""
    value = int(read_figure(year))
    if len(year) == 2:
        return 2500 + value - BUDDHIST_ERA
    if era == "ค.ศ.":
        return value
    if value >= 2400:
        return value - BUDDHIST_ERA
    return value if YEAR.match(str(value)) else None


def _thai_dates(text: str) -> tuple[str, set[str], list[str]]:
    """Thai's dates, years and times of day in ``text``: the text with them blanked out, the dates, and their
    words."""
    dates, date_texts = set(), []

    def blank(match: re.Match) -> str:
        return " " * len(match.group())

    def read(match: re.Match) -> str:
        groups = match.groupdict()
        month = THAI_SHORT_MONTHS.get(groups.get("short") or "") or THAI_MONTHS.get(groups.get("full") or "")
        day = groups.get("day") or groups.get("full_day")
        if month:
            dates.add(f"month:{month}")
            if day and 1 <= int(read_figure(day)) <= 31:
                dates.update((f"day:{month}-{int(read_figure(day))}", f"dom:{int(read_figure(day))}"))
        if groups.get("weekday"):
            dates.add(f"weekday:{THAI_WEEKDAYS[groups['weekday']]}")
        if groups.get("year"):
            year = _thai_year(groups["year"], groups.get("era"))
            if year:
                dates.add(f"year:{year}")
        date_texts.append(match.group().strip())
        return blank(match)

    text = THAI_TIME.sub(blank, text)
    text = THAI_DATE.sub(read, text)
    text = THAI_YEAR.sub(read, text)
    text = THAI_WEEKDAY.sub(read, text)
    return text, dates, date_texts


def _thai_pieces(token: tuple[str, int, int], previous: str):
    """A Thai word after a figure, its multiplier, currency, unit, classifier or hedge written onto it ("ล้านบาท",
    "ตัวบุกถึง", "กว่าคน") split off it."""
    word, start, end = token
    if not previous or not previous[0].isdecimal() or not THAI_LETTER.match(word):
        yield token
        return
    while word:
        head = next((head for head in THAI_HEADS if word.startswith(head)), None)
        if head is None:
            yield word, start, end
            return
        yield head, start, start + len(head)
        word, start = word[len(head):], start + len(head)
        if head not in THAI_SCALES and head not in THAI_AFTER_HEDGES:
            if word:
                yield word, start, end
            return


def _khmer_pieces(token: tuple[str, int, int], previous: str):
    """A Khmer word after a figure, its multiplier and currency written onto it ("លានរៀល") split off it."""
    word, start, end = token
    if not previous or not previous[0].isdecimal() or not KHMER_CONSONANT_OR_INDEPENDENT_VOWEL.match(word):
        yield token
        return
    while word:
        head = next((head for head in KHMER_HEADS if word.startswith(head)), None)
        if head is None:
            yield word, start, end
            return
        yield head, start, start + len(head)
        word, start = word[len(head):], start + len(head)
        if head not in KHMER_SCALES:
            if word:
                yield word, start, end
            return


def _thai_rate(words: list[str], i: int) -> str:
    """The unit a Thai figure at ``words[i]`` is stated per ("คืนละ 300 บาท", per night: "day"), or ""."""
    before = words[i - 1] if i else ""
    if not before.endswith("ละ"):
        return ""
    per = next((unit for unit in sorted(THAI_UNITS, key=len, reverse=True) if before[:-2].endswith(unit)), None)
    if per:
        return THAI_UNITS[per]
    return next((head for head in THAI_CLASSIFIERS if before[:-2].endswith(head)), "each")


def _english_date(words: list[str], lowered: list[str], i: int) -> tuple[set[str], int] | None:
    """The dates an English date at ``words[i]`` written otherwise than "March 3" states, and where it ends: in
    figures ("3/3/2026", "2026-03-03", ``numeric_date``) or as an ordinal before its month ("the 3rd of March", "3rd
    March"). None when ``words[i]`` opens no such date: "3rd of eight crews" ranks."""
    in_figures = numeric_date(words[i], ENGLISH)
    if in_figures:
        return set(in_figures), i + 1
    ordinal = ENGLISH_ORDINAL_DAY.fullmatch(words[i])
    if not ordinal or not 1 <= int(ordinal.group(1)) <= 31:
        return None
    j = i + 1 + (i + 1 < len(words) and lowered[i + 1] == "of")
    if j < len(words) and lowered[j] in MONTHS and words[j][0].isupper():
        month, day = lowered[j], int(ordinal.group(1))
        if not _in_calendar(2000, MONTHS.index(month) + 1, day):
            return {f"month:{month}"}, j + 1  # "the 31st of April": its month only
        return {f"day:{month}-{day}", f"month:{month}"}, j + 1
    return None


def _year_first_date(year: int, month: int, day: int) -> tuple[str, ...]:
    """The dates of a date in figures written year first: Gregorian, or Solar Hijri (``SOLAR_HIJRI_YEARS``)."""
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return ()
    if SOLAR_HIJRI_YEARS[0] <= year <= SOLAR_HIJRI_YEARS[1]:
        return f"shyear:{year}", f"shmonth:m{month}", f"shday:m{month}-{day}"
    if YEAR.match(str(year)) and _in_calendar(year, month, day):
        name = MONTHS[month - 1]
        return f"year:{year}", f"month:{name}", f"day:{name}-{day}"
    return ()


def _solar_year(words: list[str], i: int, dates: set[str], after_word: bool = True) -> int:
    """1 when ``words[i]`` is a year of the Solar Hijri calendar (``SOLAR_HIJRI_YEARS``; "۱۴۰۴"), added to ``dates``
    as "shyear"; 0 otherwise. A figure is one after a month of it or a word for "year" (``after_word``), not before
    a multiplier, a currency, a unit or a per cent."""
    if not after_word or i >= len(words) or not words[i].isdecimal() or len(words[i]) != 4:
        return 0
    year = int(read_figure(words[i]))
    nxt = words[i + 1] if i + 1 < len(words) else ""
    if not SOLAR_HIJRI_YEARS[0] <= year <= SOLAR_HIJRI_YEARS[1] or nxt in AFTER_SCALES or nxt in OTHER_CURRENCY:
        return 0
    if nxt in ("%", "％") or any(unit == nxt or unit.startswith(nxt + " ") for unit in OTHER_UNITS):
        return 0
    dates.add(f"shyear:{year}")
    return 1


def _spoken_figures(found: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """``found`` with the figures written in words (``SPOKEN_NUMBERS`` before a multiplier, ``SPOKEN_FRACTIONS``
    before a multiplier or a unit) and a half added to the figure after it (``HALF_MORE``: "সাড়ে ১১" is 11.5) as
    one token of digits each, spanning the words that wrote it."""
    heads = {*AFTER_SCALES, *(unit.split()[0] for unit in OTHER_UNITS)}
    kept: list[tuple[str, int, int]] = []
    k = 0
    while k < len(found):
        word, start, end = found[k]
        nxt = found[k + 1][0] if k + 1 < len(found) else ""
        half = word in HALF_MORE and k + 1 < len(found)
        if half and nxt in SPOKEN_NUMBERS | SPOKEN_FRACTIONS and k + 2 < len(found) and found[k + 2][0] in heads:
            value = (SPOKEN_NUMBERS | SPOKEN_FRACTIONS)[nxt] + 0.5  # "সাড়ে চার হাজার": 4,500
        elif half and nxt[:1].isdecimal():
            value = float(read_figure(nxt)) + 0.5
        else:
            if word in SPOKEN_FRACTIONS and nxt in heads or word in SPOKEN_NUMBERS and nxt in AFTER_SCALES:
                kept.append((f"{(SPOKEN_FRACTIONS | SPOKEN_NUMBERS)[word]:g}", start, end))
            else:
                kept.append(found[k])
            k += 1
            continue
        kept.append((f"{value:g}", start, found[k + 1][2]))
        k += 2
    return kept


def _day_after_month(words: list[str], i: int, month: str, dates: set[str]) -> int:
    """The words after a month at ``words[i]``, in a script without capitals, that date it further, added to
    ``dates``: a year ("மார்ச் 2025", "মার্চ ২০২৬"), or a day ("டிசம்பர் 9", "ডিসেম্বর ৯ তারিখে") and Tamil's
    "-ஆம் தேதி"; how many. A figure a scale or an hour follows counts something ("மார்ச் 9 கோடி")."""
    if i >= len(words) or not words[i].isdecimal() or len(words[i]) > 4:  # a day or a year; longer is no date
        return 0
    value = int(words[i])
    if _year_figure(words[i]):
        dates.add(f"year:{value}")
        return 1
    counted = i + 1 < len(words) and (words[i + 1] in AFTER_SCALES or words[i + 1] in TAMIL_HOURS)
    if not _day_figure(words[i]) or counted:
        return 0
    dates |= {f"day:{month}-{value}", f"dom:{value}"}
    used = 1
    while i + used < len(words) and words[i + used] in TAMIL_DAY_WORDS:
        used += 1
    after = words[i + used] if i + used < len(words) else ""
    if _year_figure(after):  # "ডিসেম্বর ৯, ২০২৬": its year
        dates.add(f"year:{int(after)}")
        used += 1
    return used


def _tamil_hour(hour: int, part: str) -> int:
    """The hour of the clock, from 0 to 23, that ``hour`` names in ``part`` of the day ("இரவு 10": 22, "இரவு 2": 2)."""
    if part == "இரவு" and hour < 6 or part == "நள்ளிரவு" or not TAMIL_DAY_PARTS[part]:
        return hour % 12 if part != "காலை" or hour != 12 else 12
    return hour % 12 + 12


def _spoken_clock(words: list[str], i: int) -> tuple[str, int] | None:
    """The time of day ("time:HH:MM") an hour written with its word for o'clock at ``words[i]`` states ("9 بجے",
    "9 بج کر 30 منٹ", ``HOUR_OCLOCK``), its part of the day before it, and how many words it takes from ``words[i]``;
    None for any other figure."""
    if not words[i].isdecimal() or len(words[i]) > 2 or not 0 <= (hour := int(words[i])) <= 24:
        return None  # a long run of digits is no hour, nor read as an integer (Python refuses thousands of digits)
    after = tuple(words[i + 1:i + 5])
    if after[:1] and after[0] in HOUR_OCLOCK:
        minute, used = 0, 2
    else:
        for joined in HOUR_AND_MINUTES:
            size = len(joined)
            if (after[:size] == joined and len(after) > size + 1 and after[size].isdecimal()
                    and after[size + 1] in MINUTES_WORDS and int(after[size]) < 60):
                minute, used = int(after[size]), size + 3
                break
        else:
            return None
    part = words[i - 1] if i else ""
    if part in CLOCK_DAY_PARTS and 1 <= hour <= 12:
        late = part not in NIGHT_PARTS or 6 <= hour < 12
        hour = hour % 12 + (CLOCK_DAY_PARTS[part] if late else 0)
    return f"time:{hour % 24:02d}:{minute:02d}", used


def _ethiopian_day(year: int, month: int, day: int) -> tuple[str, ...]:
    """The Gregorian dates of day ``day`` of month ``month`` (1 to 13) of year ``year`` of the Ethiopian calendar
    (twelve months of thirty days and a thirteenth, Pagume, of five days, or six in the year before a year divisible
    by four: ``ETHIOPIAN_LEAP_REMAINDER``), as the page dates turn it (``page_dates.ethiopian_to_gregorian``)."""
    last = 30 if month < 13 else 6 if year % 4 == ETHIOPIAN_LEAP_REMAINDER else 5
    if not (1 <= month <= 13 and 1 <= day <= last):
        return ()
    gregorian = ethiopian_to_gregorian(year, month, day)
    name = MONTHS[gregorian.month - 1]
    return (f"year:{gregorian.year}", f"month:{name}", f"day:{name}-{gregorian.day}", f"dom:{gregorian.day}")


def _amharic_dates(text: str) -> tuple[str, set[str], list[str]]:
    """The dates and times of day of a sentence in Amharic (``AMHARIC_DATE``, ``AMHARIC_YEAR``, ``AMHARIC_TIME``,
    ``AMHARIC_WEEKDAY``), and the sentence with them blanked out, for its figures to be read without them."""
    dates: set[str] = set()
    date_texts: list[str] = []

    def blank(match: re.Match, found: Iterable[str]) -> str:
        dates.update(found)
        date_texts.append(match.group().strip())
        return " " * len(match.group())

    def dated(match: re.Match) -> str:
        month, day, year = ETHIOPIAN_MONTHS[match.group("month")], match.group("day"), match.group("year")
        if day and year:
            return blank(match, _ethiopian_day(int(year), month, int(day)))
        found = {f"ecmonth:m{month}"} | ({f"ecday:m{month}-{int(day)}"} if day and 1 <= int(day) <= 30 else set())
        return blank(match, found)

    def timed(match: re.Match) -> str:
        hour, minute, part = int(match.group("hour")), int(match.group("minute") or 0), match.group("part")
        if not 1 <= hour <= 12:
            return match.group()
        hour = counted_hour(hour, part, AMHARIC_DAY_PARTS, AMHARIC_OPENING_TWELFTH)
        return blank(match, {f"time:{hour:02d}:{minute:02d}"})

    blanked = AMHARIC_DATE.sub(dated, text)
    blanked = AMHARIC_YEAR.sub(lambda m: blank(m, {f"ecyear:{m.group('year')}" if m.group("ethiopian")
                                                   else f"year:{m.group('year')}"}), blanked)
    blanked = AMHARIC_TIME.sub(timed, blanked)
    blanked = AMHARIC_WEEKDAY.sub(lambda m: blank(m, {f"weekday:{AMHARIC_WEEKDAYS[m.group('weekday')]}"}), blanked)
    return blanked, dates, date_texts


def _amharic_numbers(found: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """``found`` with Amharic's figures in words (``AMHARIC_NUMBER_WORDS``: "ሦስት", "አስራ አንድ", "ሁለት መቶ", "የሁለት")
    and in Ethiopic numerals ("፶", and "፶ሺህ" split into the figure and its multiplier) as tokens of digits,
    spanning the words that wrote them; a multiplier after them ("ሺህ", "ሚሊዮን") stays a word of its own, read as
    after any figure."""

    def read(k: int) -> tuple[int, int] | None:
        if ETHIOPIC_NUMERAL.match(found[k][0]):
            return None
        value, used = _amharic_number(found, k)
        return (value, used) if used else None

    def split(k: int) -> list[tuple[str, int, int]] | None:
        word, start, end = found[k]
        numeral = ETHIOPIC_NUMERAL.match(word)
        if not numeral:
            return None
        cut = start + numeral.end()
        return [(str(ethiopic_value(numeral.group())), start, cut), *([(word[numeral.end():], cut, end)]
                                                                      if numeral.end() < len(word) else [])]

    return read_runs(found, read, split)


def _amharic_number(found: list[tuple[str, int, int]], k: int) -> tuple[int, int]:
    """The value of a figure in Amharic words from ``found[k]`` and how many words write it (0: none)."""
    words = [token[0] for token in found[k:k + 4]]
    first = words[0]
    bare = first[1:] if first[:1] in AMHARIC_PREFIXES and first[1:] in AMHARIC_TEN_AND | {AMHARIC_ONE} else first
    nxt = words[1] if len(words) > 1 else ""
    if bare in AMHARIC_TEN_AND and (nxt in _AMHARIC_UNITS or nxt == AMHARIC_ONE):
        value, used = 10 + _AMHARIC_UNITS.get(nxt, 1), 2  # "አስራ አንድ": eleven
    elif first in AMHARIC_NUMBER_WORDS:
        value, used = AMHARIC_NUMBER_WORDS[first], 1
        if value % 10 == 0 and value >= 20 and (nxt in _AMHARIC_UNITS or nxt == AMHARIC_ONE):
            value, used = value + _AMHARIC_UNITS.get(nxt, 1), 2  # "ሃያ አምስት": twenty-five
    elif bare == AMHARIC_ONE and (nxt in AMHARIC_HUNDRED or nxt in AMHARIC_SCALES):
        value, used = 1, 1  # "አንድ ሺህ": one thousand; "አንድ" alone is "a" as often as "one"
    elif first in AMHARIC_HUNDRED:
        value, used = 1, 0  # "መቶ": a hundred, read below
    else:
        return 0, 0
    after = [token[0] for token in found[k + used:k + used + 3]]
    if after[:1] and after[0] in AMHARIC_HUNDRED:
        value, used = (value or 1) * 100, used + 1  # "ሁለት መቶ": two hundred
        rest = [token[0] for token in found[k + used:k + used + 2]]
        below, size = _amharic_number(found, k + used) if rest and rest[0] not in AMHARIC_HUNDRED else (0, 0)
        if size and below < 100:
            value, used = value + below, used + size  # "መቶ ሃያ": a hundred and twenty
    return (value, used) if used else (0, 0)


def _other_details(text: str, language: str | None = None) -> Details:
    """Figures and dates of a sentence in a script without capitals (``CASELESS_TOKEN``); it names no one by
    case. Thai's dates, years and times are read first (``_thai_dates``), and the words after its figures split
    (``_thai_pieces``)."""
    thai = language == "th" or THAI_LETTER.search(text) is not None
    dates: set[str] = set()
    date_texts: list[str] = []
    blanked = text
    amharic = language == "am" or ETHIOPIC.search(text) is not None
    if thai:
        blanked, dates, date_texts = _thai_dates(text)
    elif amharic:
        blanked, dates, date_texts = _amharic_dates(text)
    blanked = TIME_OF_DAY.sub(lambda m: " " * len(m.group()), blanked)
    khmer = language == "km" or KHMER_CONSONANT_OR_INDEPENDENT_VOWEL.search(text) is not None
    if khmer:
        blanked = KHMER_POINT_GROUPED.sub(lambda m: m.group().replace(".", ","), blanked)

    def year_first(match: re.Match) -> str:
        found_dates = _year_first_date(*(int(read_figure(group)) for group in match.groups()))
        if not found_dates:
            return match.group()
        dates.update(found_dates)
        date_texts.append(match.group())
        return " " * len(match.group())

    blanked = YEAR_FIRST_DATE.sub(year_first, blanked)
    georgian = language == "ka" or GEORGIAN_LETTER.search(text) is not None
    found = [(m.group(), m.start(), m.end())
             for m in (GEORGIAN_TOKEN if georgian else CASELESS_TOKEN).finditer(blanked)]
    endings: dict[int, str] = {}
    grouped: set[int] = set()  # where a figure written with its thousands grouped starts: no year
    if georgian:
        found, endings, grouped = _georgian_pieces(blanked, found)
    found = [piece for k, token in enumerate(found) for piece in _korean_pieces(token, k and found[k - 1][0])]
    if thai:
        found = [piece for k, token in enumerate(found) for piece in _thai_pieces(token, k and found[k - 1][0])]
    if khmer:
        found = [piece for k, token in enumerate(found) for piece in _khmer_pieces(token, k and found[k - 1][0])]
    found = _spoken_figures(found)
    if amharic:
        found = _amharic_numbers(found)
    words = [token.replace("״", '"') for token, _, _ in found]
    if language in ARABIC_YEH_LANGUAGES:
        words = [word.translate(PERSIAN_LETTERS) for word in words]
    lowered = [w.lower() for w in words]

    def written(first: int, last: int) -> str:  # words[first:last] as the sentence writes them
        return text[found[first][1]:found[max(first, min(last, len(found)) - 1)][2]]

    figures: list[Figure] = []
    i = 0
    while i < len(words):
        solar = _solar_month(words, i, after_figure=False)
        if solar:
            dates.add(f"shmonth:{solar}")
            used = 1 + _solar_year(words, i + 1, dates)
            date_texts.append(written(i, i + used))
            i += used
            continue
        if (words[i] in HEBREW_TODAY and i + 1 < len(words) and words[i + 1] in HEBREW_WEEKDAYS
                and text[found[i][2]:found[i + 1][1]].strip() == "(" and text[found[i + 1][2]:][:1] == ")"):
            dates.add(f"weekday:{HEBREW_WEEKDAYS[words[i + 1]]}")  # "היום (שלישי)": today, Tuesday
            date_texts.append(written(i, i + 2))
            i += 2
            continue
        named = next(((kind, read_date) for kind, reader in (("month", functools.partial(_other_month, alone=True)),
                                                              ("weekday", _other_weekday))
                      if (read_date := reader(words, i))), None)
        if named is None and words[i] in TAMIL_SHORT_MONTHS and text[found[i][2]:found[i][2] + 1] == ".":
            named = ("month", (TAMIL_SHORT_MONTHS[words[i]], 1))  # "டிச.9": its full stop makes it a month
        if named:
            kind, (name, size) = named
            dates.add(f"{kind}:{name}")
            if kind == "month":
                size += _day_after_month(words, i + size, name, dates)  # "டிசம்பர் 9", "டிச.9-ஆம் தேதி", "মার্চ ২০২৬"
            date_texts.append(written(i, i + size))
            i += size
            continue
        if not words[i][0].isdecimal() or thai and i and words[i - 1].endswith(THAI_NUMBERED) or _age(
                text, found, i, language) or NUMBER_SIGN.search(text, max(0, found[i][1] - 6), found[i][1]):
            i += 1  # a word, a number that names something ("№2"), or an age ("নিজাম উদ্দিন (৫৮)")
            continue
        read = read_figure(words[i])
        value = float(read)
        j = i + 1
        nxt = words[j] if j < len(words) else ""
        if (thai and words[i].isdecimal() and len(words[i]) == 4 and 2400 <= value <= 2700
                and nxt not in THAI_HEADS and nxt not in ("%", "％")):
            dates.add(f"year:{int(value) - BUDDHIST_ERA}")  # a year of the Buddhist era: "๒๕๖๙" is 2026
            date_texts.append(written(i, j))
            i = j
            continue
        solar = _solar_month(words, j, after_figure=True) if words[i].isdecimal() and 1 <= value <= 31 else None
        if solar:  # "۲۹ آبان ۱۴۰۴": a day of the Solar Hijri calendar
            dates |= {f"shday:{solar}-{int(value)}", f"shmonth:{solar}"}
            used = 2 + _solar_year(words, j + 1, dates)
            date_texts.append(written(i, i + used))
            i += used
            continue
        if _solar_year(words, i, dates, after_word=bool(i and words[i - 1] in YEAR_WORDS) or language == "fa"):
            date_texts.append(written(i, j))
            i = j
            continue
        before = words[i - 1] if i else ""
        if nxt in TAMIL_HOURS and not (j + 1 < len(words) and words[j + 1] in TAMIL_HOUR_SPANS):
            hour, _, minute = words[i].partition(".")  # "காலை 10 மணிக்கு", "7.30 மணியளவில்"
            if hour.isdecimal() and int(hour) <= 24 and (not minute or len(minute) == 2 and int(minute) < 60):
                part = before in TAMIL_DAY_PARTS
                if part:
                    dates.add(f"time:{_tamil_hour(int(hour), before):02d}:{int(minute or 0):02d}")
                date_texts.append(written(i - part, j + 1))
                i = j + 1
                continue
        dated = nxt.startswith("தேதி") or nxt in ("ஆம்", "ம்") and j + 1 < len(words) and words[j + 1].startswith("தேதி")
        if TAMIL_LETTER.match(nxt) and words[i].isdecimal() and 1 <= value <= 31 and dated:
            dates.add(f"dom:{int(value)}")  # "3-ஆம் தேதி": the 3rd
            used = j + 1 if nxt.startswith("தேதி") else j + 2
            date_texts.append(written(i, used))
            i = used
            continue
        if before in DAY_PART_HOURS and nxt in OCLOCK and words[i].isdecimal() and 1 <= value <= 12:
            hour = int(value) % 12 + (DAY_PART_HOURS[before] if before != "রাত" or value >= 6 else 0)
            dates.add(f"time:{hour:02d}:00")  # "সকাল 10টা": ten in the morning
            date_texts.append(written(i - 1, j + 1))
            i = j + 1
            continue
        clock = _spoken_clock(words, i)
        if clock:
            dates.add(clock[0])  # "صبح 9 بجے": nine in the morning
            date_texts.append(written(i - (before in CLOCK_DAY_PARTS), i + clock[1]))
            i += clock[1]
            continue
        if (before == "ה" and i > 1 and words[i - 2] in HEBREW_DECADE_WORDS and words[i].isdecimal()
                and value % 10 == 0 and value < 100):
            dates.add(f"decade:{1900 + int(value) if value >= 30 else 2000 + int(value)}")  # "שנות ה־90": the 1990s
            date_texts.append(written(i - 2, j))
            i = j
            continue
        # a year after a word for "year" ("سال ۲۰۱۰", "בשנת 2024") or a Hebrew preposition joined to it by a hyphen
        # or a maqaf ("ב-2024", "ב־1963") whatever word follows it
        year_told = before in YEAR_WORDS or (before in HEBREW_PREFIXES and text[found[i - 1][2]:found[i][1]] in "-־")
        scaled = nxt in AFTER_SCALES or nxt in OTHER_CURRENCY or nxt in ("%", "％")
        year = YEAR.match(read) and found[i][1] not in grouped
        if georgian and year and not scaled and not endings.get(found[i][1], "").startswith(
                tuple(stem for stem, _ in georgian_numbers.HYPHEN_UNITS)) and nxt not in OTHER_UNITS:
            dates.add(f"year:{read}")  # "2021 წელს", "© 2025": a year, as in any script with its own words for it
            date_texts.append(written(i, j))
            i = j
            continue
        if (nxt in YEAR_SIGNS and year or year and not nxt[:1].isalpha() and nxt != "%"
                or year and (year_told or nxt in YEAR_AFTER) and not scaled
                or year and nxt in YEAR_JOINS and j + 2 < len(words) and YEAR.match(
                    read_figure(words[j + 1])) and words[j + 2] in YEAR_AFTER):
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
            after = j + month[1]
            if after < len(words) and words[after].isdecimal() and YEAR.match(read_figure(words[after])):
                dates.add(f"year:{read_figure(words[after])}")  # "31 במרץ 2026": its year
                after += 1
            date_texts.append(written(i, after))
            i = after
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
        while j < len(words) and words[j] in AFTER_SCALES:
            value *= AFTER_SCALES[words[j]]
            j += 1
            if j + 1 < len(words) and words[j][0].isdecimal() and words[j + 1] in CJK_SCALES:
                value += float(read_figure(words[j])) * CJK_SCALES[words[j + 1]]
                j += 2
            # "۱۸ میلیارد و ۶۰۰ میلیون": a smaller part after "and"
            if (j + 2 < len(words) and words[j] in SCALE_AND and words[j + 1][0].isdecimal()
                    and AFTER_SCALES.get(words[j + 2], math.inf) < AFTER_SCALES[words[j - 1]]):
                value += float(read_figure(words[j + 1])) * AFTER_SCALES[words[j + 2]]
                j += 3
            # "৪ কোটি ২০ লাখ": the smaller part and its scale; "১ হাজার ৮৫০": the part below the scale
            if (j < len(words) and words[j - 1] in PARTS_AFTER_SCALE and words[j][:1].isdecimal()
                    and read_figure(words[j]).isdecimal()):
                part = float(read_figure(words[j]))
                below = j + 1 < len(words) and AFTER_SCALES.get(words[j + 1], math.inf) < AFTER_SCALES[words[j - 1]]
                if below:
                    value += part * AFTER_SCALES[words[j + 1]]
                    j += 2
                elif part < AFTER_SCALES[words[j - 1]] and not (j + 1 < len(words) and words[j + 1] in AFTER_SCALES):
                    value += part
                    j += 1
        if j == i + 1 and start and words[start - 1] in BURMESE_SCALES_BEFORE:
            value *= BURMESE_SCALES_BEFORE[words[start - 1]]  # "ကျပ်သိန်း ၃,၅၀၀": the multiplier before the figure
        if j == i + 1 and j + 2 < len(words) and words[j] in OTHER_RANGE_WORDS and words[j + 1][:1].isdecimal() and (
                words[j + 2] in AFTER_SCALES and float(read_figure(words[j + 1])) > value):
            value *= AFTER_SCALES[words[j + 2]]  # "בין 40 ל־90 אלף", "۴۰ تا ۹۰ هزار": the scale of both ends
        if j + 1 < len(words) and words[j] in TAMIL_ABOVE_CASES and words[j + 1] in TAMIL_ABOVE:
            # "100-க்கும் மேற்பட்ட குடும்பங்கள்": what it counts follows; "மேற்பட்டோர்" (more than … people) is it
            j += 1 if words[j + 1].endswith("ோர்") else 2
        counted = j < len(words) and words[j] in COUNTING_SUFFIXES and j == i + 1
        if counted:
            j += 1  # "৬৪০টি পুকুর": the counting word written onto the figure
        if j < len(words) and words[j] in ("多", "余", "餘", "여", "বেশি", *THAI_AFTER_HEDGES):
            j += 1  # "4000多份", "100여 명", "60টির বেশি পরিবার": the hedge sits between the figure and what it counts
        ending = endings.get(found[start][1], "")
        ending_hedge = ("", "")
        if ending:
            *ending_hedge, ending_unit, taken = _georgian_ending(ending, words, j)
            j += taken
        unit = " ".join(words[j:j + 5])
        kind = "count"
        head = words[j] if thai and j < len(words) and (words[j] in THAI_CLASSIFIERS or words[j] in THAI_UNITS) else ""
        if j < len(words) and words[j] in (*OTHER_PERCENT, *THAI_PERCENT):
            kind, value, j = "share", value / 100, j + 1
        elif thai and start and words[start - 1].endswith("ร้อยละ"):
            kind, value = "share", value / 100  # "ร้อยละ 41": 41 per cent
        elif j < len(words) and lowered[j] in OTHER_CURRENCY:
            kind, j = f"money:{OTHER_CURRENCY[lowered[j]]}", j + 1
        elif j < len(words) and lowered[j] in CURRENCY:
            kind, j = f"money:{CURRENCY[lowered[j]]}", j + 1
        elif thai and j < len(words) and words[j] in THAI_UNITS:
            kind, j = f"unit:{THAI_UNITS[words[j]]}", j + 1
        else:
            for name, canonical in UNITS_LONGEST_FIRST:
                if unit == name or unit.startswith(name + " "):
                    kind, j = f"unit:{canonical}", j + len(name.split())
                    break
        if start and lowered[start - 1] in OTHER_CURRENCY_BEFORE:
            kind = f"money:{OTHER_CURRENCY_BEFORE[lowered[start - 1]]}"
        hedge, direction = _other_hedge(words, start, j)
        if ending_hedge[0]:
            hedge, direction = ending_hedge  # "1 400-მდე": up to 1,400
        elif ending and ending_unit and kind == "count":
            kind = f"unit:{ending_unit}"  # "400-მეტრიანი": 400 metres long
        if thai:
            rate = _thai_rate(words, start)
            if rate and (kind == "count" or kind.startswith("money:")):
                kind = f"{kind}/{rate}"
            # what it counts: its classifier or unit ("23 ตัว", "42 ไร่"), no fragment of an abbreviation
            nouns = frozenset({head}) if head else frozenset()
            shown = j + 1 if head and head in THAI_CLASSIFIERS and j < len(words) and words[j] == head else j
        else:
            # what it counts: the two words after it, letters with their marks ("মিটার"), not a letter alone
            # ("ও", and) unless a character of Chinese or Japanese, nor a function word of a script that spaces its
            # words ("৫ লাখ টাকা এবং": and). A character of Chinese or Japanese is no word of its own: their lists
            # of function words hold content characters ("人", a person; "个"), which stay ("30人受伤").
            skipped = function_words(language) if language else frozenset()
            nouns = frozenset(w for w in lowered[j:j + 2] if w[:1].isalpha() and (len(w) > 1 or CJK_CHARACTER.match(w))
                              and w not in SPOKEN_NUMBERS and (fold(w) not in skipped or HAN_OR_KANA.match(w)))
            shown = j
        bare = kind == "count" and not (j < len(words) and lowered[j] in nouns)
        figures.append(Figure(value, kind, hedge, direction, written(start, shown), nouns, bare))
        i = j
    return Details(_finite(figures), frozenset(dates), frozenset(), tuple(date_texts))


# Marks that end a clause after a word ("niet in acht, zei hij").
CLAUSE_MARKS = re.compile(r"[,;:.!?)\]–—]")


def _closes(text: str, toks: list[tuple[str, int, int]], i: int) -> bool:
    """A mark ends the clause right after ``toks[i]``, or the text ends there."""
    following = text[toks[i][2]:toks[i + 1][1]] if i + 1 < len(toks) else text[toks[i][2]:]
    return i + 1 >= len(toks) or CLAUSE_MARKS.search(following) is not None


AGE_RANGE = (1, 110)
# Articles and demonstratives, folded, that make a capitalised word after them a noun, no name ("the Republicans
# (53)", "die Verletzten (12)", "de Groenen (14)"); a language without a row here reads its function words.
AGE_DETERMINERS = {language: frozenset(fold(word) for word in words.split()) for language, words in {
    "en": "the a an this that these those",
    "de": "der die das den dem des ein eine einen einem einer eines diese dieser diesen diesem dieses jene jener",
    "nl": "de het een die deze dat dit",
    "fr": "le la les l un une des du ce cet cette ces",
    "es": "el la los las un una unos unas este esta estos estas",
    "it": "il lo la i gli le l un uno una questo questa questi queste",
    "pt": "o a os as um uma uns umas este esta estes estas",
    "el": "ο η το οι τα του της των τον την ένας μία ένα",
    "id": "para sang kaum", "ms": "para sang kaum",
    "ru": "", "uk": "", "pl": "", "tr": "",
}.items()}


def _determiner(word: str, language: str | None) -> bool:
    """``word`` is an article or a demonstrative of ``language`` (``AGE_DETERMINERS``)."""
    listed = AGE_DETERMINERS.get(language or ENGLISH)
    return fold(word) in (listed if listed is not None else function_words(language))


def _age(text: str, toks: list[tuple[str, int, int]], i: int, language: str | None,
         not_names: frozenset[str] | None = None) -> bool:
    """Whether the figure at ``toks[i]`` is an age in brackets after a person's name ("Gerrit Hendriks (58)", "John
    Smith (58) said", "Madonna (65)", "নিজাম উদ্দিন (৫৮)"): one or two digits alone in brackets, within an age's
    range (``AGE_RANGE``), right after a name. Where the script has capitals: two words ``_is_name`` accepts
    (``not_names``: the language's function words, months ...), or one after no article or demonstrative
    (``_determiner``), and in a language that capitalises its nouns one the text writes after none either; so that
    a noun after its article ("the Democrats (47)", "die Verletzten (12)") keeps its count. In a script without
    capitals (``not_names`` None) two words, neither a function word of ``language``. No count of the sentence."""
    word, start, end = toks[i]
    if not i or not word.isdecimal() or len(word) > 2 or text[end:end + 1] != ")":
        return False
    if not AGE_RANGE[0] <= int(read_figure(word)) <= AGE_RANGE[1]:
        return False
    second, second_start, second_end = toks[i - 1]
    if text[second_end:start].strip() != "(" or not second[:1].isalpha():
        return False
    joined = i >= 2 and not text[toks[i - 2][2]:second_start].strip()  # no mark between the two words before it
    first = toks[i - 2][0] if joined else ""
    if not_names is None:
        skipped = function_words(language) if language else frozenset()
        return joined and all(w[:1].isalpha() and fold(w) not in skipped for w in (first, second))
    if joined and first[:1].isalpha():
        words = [first, second]
        lowered = [w.lower() for w in words]
        if _is_name(words, lowered, 0, not_names) and _is_name(words, lowered, 1, not_names):
            return True
    # one word of a name: "Police said Smith (34)", "Warga bernama Sutrisno (52)", "Madonna (65) played"
    if not _is_name(["", second], ["", second.lower()], 1, not_names) or (joined and _determiner(first, language)):
        return False
    return language not in NOUN_CAPITALS or not any(
        w == second and k and _determiner(toks[k - 1][0], language) for k, (w, _, _) in enumerate(toks))


def _swahili_counted(words: list[str], folded: list[str], first: int) -> tuple[frozenset[str], tuple[str, str]]:
    """What a Swahili figure starting at ``words[first]`` (its currency, or its number) counts, and its hedge
    (``_local_hedge``). Swahili writes the counted noun before the figure ("nyumba 340", 340 houses; "watu wawili",
    two people): the word before it, unless a function word or the word for per cent. A hedge comes before the figure
    or before that noun ("zaidi ya 340", "zaidi ya nyumba 340": more than 340 houses)."""
    before = folded[first - 1] if first and words[first - 1][0].isalpha() else ""
    nouns = frozenset({_singular(before)}) if before and before not in function_words(SWAHILI) | PERCENT_BEFORE else (
        frozenset())
    hedge = _local_hedge(folded, first)
    if before and not hedge[0]:
        hedge = _local_hedge(folded, first - 1)
    return nouns, hedge


def _finite(figures: Iterable[Figure]) -> tuple[Figure, ...]:
    """The figures a float holds: one beyond its range ("2" and sixty multipliers after it, four hundred nines)
    reads as infinity, which would equal any other such figure, so it is no checkable figure."""
    return tuple(f for f in figures if math.isfinite(f.value))


def details(text: str, language: str | None = None, vocabulary: frozenset[str] = frozenset()) -> Details:
    """Figures, dates and names of one sentence, read as ``language`` writes them (the article's; by the script
    of ``text`` when not given, Thai and Greek, and English otherwise). ``vocabulary``: the words the sentence's
    article or story writes in lower case (``lower_vocabulary``), which open a sentence as common words, no names."""
    language = language or script_language(text) or ENGLISH
    if caseless(text):
        return _other_details(text, language)
    english = language == ENGLISH
    toks = tokens(text, language)
    if language in CZECH_LANGUAGES:
        toks = _czech_figures(toks, language)
    elif language in worded_numbers.LANGUAGES:
        toks = _worded_figures(toks, language)
    elif language == SWAHILI:
        toks = _swahili_figures(toks)
    words = [t[0] for t in toks]
    lowered = [w.lower() for w in words]
    # Other languages look their words up folded ("Οκτωβρίου" as "οκτωβριου"), and skip their function words.
    folded = lowered if english else [fold(w) for w in words]
    # and their tables of months, units ... as written, where a word carries accents ("Mây" is no "May")
    keyed = folded if english else [table_key(w) for w in words]
    not_names = frozenset() if english else (function_words(language) | local_months(language).keys()
                                             | local_weekdays(language).keys()
                                             | LANGUAGE_NOT_NAMES.get(language, frozenset()))
    figures: list[Figure] = []
    dates: set[str] = set()
    date_texts: list[str] = []
    names: set[str] = set()
    for time, written_time in times_of_day(text, language):
        dates.add(time)
        date_texts.append(written_time)
    syllables: list[tuple[int, str]] = []  # names of a language that spaces its syllables: (last word, name)
    i = 0
    while i < len(words):
        word, low = words[i], lowered[i]
        prev = lowered[i - 1] if i else ""
        if word[0].isdigit() and NUMBER_SIGN.search(text, max(0, toks[i][1] - 6), toks[i][1]):
            i += 1  # "№ 3", "No. 10", "Nr. 7": a number that names something, not a count
            continue
        if word[0].isdigit() and language in match_figures.LANGUAGES:
            read = (match_figures.score_at(text, toks, lowered, i, language)
                    or match_figures.minute_at(text, toks, lowered, i, language))
            if read is not None:
                kind, value, written_as, i = read  # "2–1", "87'", "the 58th minute" (``match_figures``)
                figures.append(Figure(value, kind, "", "", written_as))
                continue
        if english and word[0].isdigit() and _dialled(text, toks, lowered, i):
            i += 1  # "the 911 center": a number dialled, not a count
            continue
        if english and word[0].isdigit() and i and words[i - 1][:1].isupper() and prev in UNITS:
            i += 1  # "every Year 11 pupil", "on Day 3": a capitalised unit word before a number names a group
            continue
        if word[0].isdigit() and _age(text, toks, i, language, not_names):
            i += 1  # "Gerrit Hendriks (58)": an age
            continue
        currency = (CURRENCY.get(prev) if prev in ("$", "£", "€", "¥", "₩", "₽", "₴", "₱")
                    else PREFIX_CURRENCY.get(prev)
                    if i and toks[i - 1][0] in currency_letters(language)
                    else swahili_numbers.CURRENCIES_BEFORE.get(prev) if language == SWAHILI else None)
        if currency and low in swahili_numbers.CURRENCIES_BEFORE and language == SWAHILI:
            i += 1  # "Sh 500", "Sh milioni 2": the currency of the sum after it, no name
            continue
        if english and word[0].isdigit():
            dated = _english_date(words, lowered, i)
            if dated:
                found_dates, after = dated
                dates |= found_dates
                date_texts.append(" ".join(words[i:after]))
                i = after
                continue
        if not english and word[0].isdigit():
            in_figures = numeric_date(word, language)
            if in_figures:
                dates.update(in_figures)
                date_texts.append(word)
                i += 1
                continue
            dotted = _day_dot_date(text, toks[i][1], language)
            if dotted:
                day, month = dotted  # "3.12.": one token, the day and its month
                dates |= {f"day:{month}-{day}", f"month:{month}"}
                date_texts.append(text[toks[i][1]:toks[i][2]])
                i += 1
                continue
            day_month = _day_month(toks, text, i, language)
            if day_month:
                day, month = day_month
                dates |= {f"day:{month}-{day}", f"month:{month}"}
                date_texts.append(text[toks[i][1]:toks[i + 1][2]])
                i += 2
                continue
            if (word.isdecimal() and i + 2 < len(words) and written(words[i + 1]) in MONTH_BEFORE_NUMBER
                    and words[i + 2].isdecimal() and 1 <= int(words[i + 2]) <= 12 and 1 <= int(word) <= 31):
                month = MONTHS[int(words[i + 2]) - 1]  # "25 tháng 10": the 25th of the tenth month
                dates |= {f"day:{month}-{int(word)}", f"month:{month}"}
                date_texts.append(" ".join(words[i:i + 3]))
                i += 3
                continue
            ordinal = ORDINAL_DAY.fullmatch(word)
            month, after = _month_after(words, keyed, i + 1, language) if ordinal else (None, 0)
            if month and 1 <= int(ordinal.group(1)) <= 31:
                dates |= {f"day:{month}-{int(ordinal.group(1))}", f"month:{month}"}
                date_texts.append(" ".join(words[i:after]))
                i = after
                continue
        # after the dates a language writes with a slash ("ngày 12/9")
        slashed = _slash_run(text, toks, i) if word[0].isdigit() else None
        if slashed:
            end, share = slashed  # "0/0/0", "24/7": no counts; "1/2", "3/4": a share
            if share is not None:
                hedge = _hedge(lowered, i) if english else _local_hedge(folded, i, language)
                figures.append(Figure(share, "share", *hedge, text[toks[i][1]:toks[end - 1][2]]))
            i = end
            continue
        scaled = DIGIT_SCALE.match(word) if english else None
        spoken = (_spoken_dutch(words, keyed, i, language, _closes(text, toks, i))
                  if language in DUTCH_LANGUAGES else None)
        if (DIGITS.match(word) or scaled) if english else (spoken is not None or LOCAL_DIGITS.match(word)):
            if english:
                value = float((scaled.group(1) if scaled else word).replace(",", ""))
                if scaled:
                    value *= SHORT_SCALES[scaled.group(2).lower()]
            else:
                value = number_value(word, language) if spoken is None else float(spoken)
            nxt = lowered[i + 1] if i + 1 < len(lowered) else ""
            folded_next = keyed[i + 1] if i + 1 < len(keyed) else ""
            local_unit = not english and (folded_next in LOCAL_UNITS or folded_next in LOCAL_CURRENCY
                                          or folded_next in LANGUAGE_UNITS.get(language, _NO_NAMES)
                                          or folded_next in LOCAL_PERCENT or local_scale(folded_next, language))
            # a figure written in number words ("elfu mbili", 2,000) is no year, nor a day of a month
            worded = not english and text[toks[i][1]:toks[i][1] + 1].isalpha()
            if (YEAR.match(word) and not currency and nxt not in UNITS and nxt not in ("%", "percent", "per")
                    and not local_unit and not worded):
                dates.add(f"year:{word}")
                date_texts.append(word)
                i += 1
                continue
            if english:
                month, after = (nxt, i + 2) if nxt in MONTHS else (None, 0)
            else:
                month, after = (_month_after(words, keyed, i + 1, language)
                                if math.isfinite(value) and value == int(value) else (None, 0))
            if month and value <= 31 and not worded:
                dates.add(f"day:{month}-{int(value)}")
                dates.add(f"month:{month}")
                date_texts.append(" ".join(words[i:after]))
                i = after
                continue
            if english:
                kind, multiplier, used = _kind_after(lowered, i + 1, currency)
                end = i + 1 + used
                figures.append(Figure(value * multiplier, kind, *_hedge(lowered, i - 1 if currency else i),
                                      " ".join(words[max(0, i - 1):end]) if currency
                                      else " ".join(words[i:end + (0 if used else 1)])))
                i = end
                continue
            kind, multiplier, used = _local_kind_after(keyed, i + 1, currency, language)
            end = i + 1 + used
            if not used and kind == "count":
                # "від 40 до 90 тисяч", "40–90 млн грн": the scale and currency of a range's upper end are its lower's
                upper = _range_end(toks, text, folded, i, language)
                if upper and value < number_value(words[upper], language):
                    kind, multiplier, _ = _local_kind_after(keyed, upper + 1, currency, language)
            if kind == "count" and i and folded[i - 1] in PERCENT_BEFORE:
                kind, multiplier = "share", multiplier / 100  # "yüzde 85", "%85"
            skipped = function_words(language)
            # what it counts: the words after it, its function words skipped ("9.500 οχήματα", never "14 σε"), up to
            # the end of its clause or a verb ("12 lidí, dodal mluvčí": the spokesman is not counted)
            counted = []
            for k in range(end, min(end + 4, len(words))):
                if CLAUSE_GAP.search(text, toks[k - 1][2], toks[k][1]) or words[k][0].isalpha() and verb(
                        words[k], language):
                    break
                if (words[k][0].isalpha() and folded[k] not in skipped and len(words[k]) > 2
                        and folded[k] not in number_words(language) and _spoken_dutch(words, keyed, k, language) is None
                        and folded[k] not in local_months(language) and folded[k] not in local_weekdays(language)):
                    counted.append(k)
            counted = counted[:2]
            shown = end + (1 if not used and counted and counted[0] == end else 0)
            nouns = frozenset(_singular(folded[k]) for k in counted)
            if language in SYLLABLE_SPACED and end < len(words) and words[end][0].isalpha():
                # a noun of two syllables is one noun ("học sinh", pupils; "phòng học", classrooms)
                nouns = frozenset({" ".join(w for w in folded[end:end + 2] if w[0].isalpha())})
            if (kind == "count" and language in ORDINAL_DOTS and text[toks[i][2]:toks[i][2] + 1] == "."
                    and i + 1 < len(toks) and toks[i + 1][1] == toks[i][2] + 2
                    and ordinal_before(words[i + 1], language)):
                kind = "rank"  # "13. sırada", "2. Lig": an ordinal, not a count; "auf 14. Am Abend" a count
            bare = kind == "count" and not (counted and counted[0] == end)
            hedge = _local_hedge(folded, i - 1 if currency else i, language)
            if not hedge[0] and worded_numbers.rounded(text[toks[i][1]:toks[i][2]].lower(), language):
                hedge = ("rounded", "about")  # "шейсетина": about sixty
            if language == SWAHILI:  # the noun before it: "wagonjwa 241"
                nouns, hedge = _swahili_counted(words, folded, i - 1 if currency else i)
                if kind == "count" and worded and not currency and swahili_numbers.ordinal(folded, i):
                    kind = "rank"  # "kifo cha nne": the fourth death, a place in a series
                bare = kind == "count" and not nouns
            figures.append(Figure(value * multiplier, kind, *hedge,
                                  " ".join(words[max(0, i - 1) if currency else i:shown]), nouns, bare))
            i = end
            continue
        if not english:
            if word in ("Rp", "RM") and i + 1 < len(words) and words[i + 1][0].isdecimal():
                i += 1  # the currency of the figure after it, no name
                continue
            named = _named_date(words, i)
            if named:
                dates.add(named[0])
                date_texts.append(" ".join(words[i:i + named[1]]))
                i += named[1]
                continue
            if (folded[i] in HALF_WORDS and not (i and (words[i - 1][0].isdigit() or folded[i - 1] in HALF_AFTER))
                    and not (i + 1 < len(words) and (local_scale(keyed[i + 1], language) or keyed[i + 1] in LOCAL_UNITS
                                                     or folded[i + 1] in HALF_OF_TIME))):
                figures.append(Figure(0.5, "share", *_local_hedge(folded, i), word))  # "dibayar separuh": 50 %
                i += 1
                continue
            roman = ROMAN.get(word) if i and words[i - 1][:1].islower() else None
            if roman:  # "báo động III": the third level, as "báo động 3" writes it
                figures.append(Figure(float(roman), "count", "", "", word))
                i += 1
                continue
        if english and low in ("a", "an", "one", "two", "three", "four", "nine") and i + 1 < len(lowered):
            nxt = lowered[i + 1]
            numerator = 1 if low in ("a", "an", "one") else UNITS_WORDS[low]
            if nxt in FRACTION_WORDS and prev not in ("the",) and not (nxt == "half" and i + 2 < len(lowered)
                                                                    and lowered[i + 2] in ("a", "an")):
                figures.append(Figure(numerator / FRACTION_WORDS[nxt], "share", *_hedge(lowered, i),
                                      f"{words[i]} {words[i + 1]}"))
                i += 2
                continue
            if nxt == "dozen":
                figures.append(Figure(12.0 * numerator, "count", *_hedge(lowered, i), f"{words[i]} dozen"))
                i += 2
                continue
        if english and "-" in low and _hyphenated_fraction(low) is not None:
            # "two-thirds", "one-fifth": a fraction written as one word is the share "two thirds" states
            figures.append(Figure(_hyphenated_fraction(low), "share", *_hedge(lowered, i), words[i]))
            i += 1
            continue
        if english and low == "half" and _bare_half(lowered, i, words):
            # "half of the staff", "half the homes": the share "50%" states
            figures.append(Figure(0.5, "share", *_hedge(lowered, i), words[i]))
            i += 1
            continue
        if (english and low == "half" and i + 2 < len(lowered) and lowered[i + 1] in ("a", "an")
                and lowered[i + 2] == "dozen"):
            figures.append(Figure(6.0, "count", *_hedge(lowered, i), "half a dozen"))
            i += 3
            continue
        word_value = _number_word_value(lowered, i) if english and (low in UNITS_WORDS or low in TENS_WORDS
                                                       or low.split("-")[0] in TENS_WORDS) else None
        if (english and word_value is None and low in ("a", "an") and i + 1 < len(lowered)
                and lowered[i + 1] in SCALE_WORDS):
            # "a hundred and fifty years": "a" is "one" before a scale word
            word_value = _number_word_value(["one", *lowered[i + 1:]], 0)
        if word_value is not None:
            value, used = word_value
            j = i + used
            # "nine in ten": a share in words
            if j + 1 < len(lowered) and lowered[j] in ("in", "out") and lowered[j + 1] in UNITS_WORDS:
                figures.append(Figure(value / UNITS_WORDS[lowered[j + 1]], "share", *_hedge(lowered, i),
                                      " ".join(words[i:j + 2])))
                i = j + 2
                continue
            if low == "one" and used == 1 and (j >= len(lowered) or lowered[j] in ("of", "another", "day", "who",
                                                                                  "that")
                                               or prev in ONE_AS_PRONOUN_AFTER
                                               or lowered[j] in ONE_PERSON and not ONE_COUNTED.search(text)):
                i += 1  # "one of", "one day", "the one making the call", "One man shouted": a pronoun, not a count
                continue
            kind, multiplier, extra = _kind_after(lowered, j, None)
            figures.append(Figure(value * multiplier, kind, *_hedge(lowered, i),
                                  " ".join(words[i:j + extra + (0 if extra else 1)])))
            i = j + extra
            continue
        month = ((low if low in MONTHS and word[0].isupper() else None) if english
                 else _local_month(words, keyed, i, language, alone=True))
        weekday = None if month else (low if low in WEEKDAYS and word[0].isupper() else None) if english else (
            _local_weekday(words, keyed, i, language))
        # a word after a colon or opening a quotation opens a sentence of its own (outside English)
        opening = None if english or month or weekday else _opens_sentence(text, toks, i, language)
        if month:
            nxt = words[i + 1] if i + 1 < len(words) else ""
            dates.add(f"month:{month}")
            ordinal = ENGLISH_ORDINAL_DAY.fullmatch(nxt) if english else None  # "March 3rd"
            if ordinal and 1 <= int(ordinal.group(1)) <= 31:
                nxt = ordinal.group(1)
            if _day_figure(nxt):  # isdigit() would pass "²", which int() refuses
                dates.add(f"day:{month}-{int(nxt)}")
                date_texts.append(f"{word} {nxt}")
                i += 2
                continue
            date_texts.append(word)
        elif weekday:
            dates.add(f"weekday:{weekday}")
            bracketed = None if english else WEEKDAY_DAY_MONTH.match(text, toks[i][2])
            if bracketed and 1 <= int(bracketed.group(1)) <= 31 and 1 <= int(bracketed.group(2)) <= 12:
                month = MONTHS[int(bracketed.group(2)) - 1]  # "Rabu (12/11)": Wednesday the 12th of November
                dates |= {f"day:{month}-{int(bracketed.group(1))}", f"month:{month}"}
                date_texts.append(text[toks[i][1]:bracketed.end()])
                i += 3
                continue
            date_texts.append(word)
        elif (not _common_after_colon(words, lowered, i, language, vocabulary) and _is_name(words, lowered, i,
                                                                                             not_names)
              if opening == "colon" else _is_name(words, lowered, i, not_names, opened=opening == "quote",
                                                  vocabulary=vocabulary, language=language)):
            if language in SYLLABLE_SPACED:
                # a name of several syllables is one name ("Trường THCS Kiều Giang"), as it is one word elsewhere
                if syllables and syllables[-1][0] == i - 1 and toks[i - 1][2] + 1 == toks[i][1]:
                    syllables[-1] = (i, f"{syllables[-1][1]} {name_form(word)}")
                else:
                    syllables.append((i, name_form(word)))
            else:
                for part in re.split(r"[-'’]", low):
                    if part and part not in ("s",):
                        names.add(part if english else name_form(part))
        i += 1
    names.update(name for _, name in syllables)
    return Details(_finite(_with_nouns(f, text, language) for f in figures), frozenset(dates), frozenset(names),
                   tuple(date_texts))


COUNTED = re.compile(r"[^\W\d_]+", re.UNICODE)
NOT_COUNTED = frozenset("a an the of in on at to and or but per cent percent new more than".split())


# "14 crossings a day", "£3m per year": a rate, which a count of the same number does not state
RATE = re.compile(r"^(?:[-\w]+\s+){0,2}(?:a|an|per|each|every)\s+(hour|day|week|month|year)\b"
                  r"(?!\s+(?:ago|earlier|later|before|after))", re.IGNORECASE)


def _with_nouns(figure: Figure, text: str, language: str = ENGLISH) -> Figure:
    """The figure with the (lowered, singular) words of the two that follow it, skipping its unit (in another
    language than English, as ``details`` read them, never a function word: "14 σε", "2 και"); a count or a sum
    stated per unit of time becomes a rate of its own kind."""
    at = text.find(figure.text)
    if at < 0:
        return figure
    rest = text[at + len(figure.text):]
    after = COUNTED.findall(rest[:40])[:2]
    # In other languages ``details`` has read them, its function words skipped.
    nouns = figure.nouns if language != ENGLISH else frozenset(
        _singular(w.lower()) for w in after if w.lower() not in NOT_COUNTED and len(w) > 2)
    kind = figure.kind
    rate = RATE.match(rest.lstrip())
    if rate and (kind == "count" or kind.startswith("money:")):
        kind = f"{kind}/{rate.group(1).lower()}"
    return Figure(figure.value, kind, figure.hedge, figure.direction, figure.text, nouns, figure.bare)


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
