"""Figures in words of Swedish, Danish, Norwegian, Lithuanian, Bulgarian, Armenian and Filipino: one table per
language, for the claims' figures (``claims.normalise``, which reads their values), the suggested claims
(``suggestions.claims``, which reads which words are figures) and the words labels leave out as measures
(``alignment.labels``) alike, as ``czech_numbers`` and ``swahili_numbers`` are for theirs.

Each language's words are units, teens, tens, hundreds and scales, read by one rule: a unit or a ten adds, a
hundred multiplies what stands before it below a hundred ("tvåhundra", 200; "du šimtai", 200; Bulgarian writes its
hundreds as words of their own, "двеста", 200), and a scale multiplies all before it since the last scale ("två
miljoner", 2,000,000; "dvidešimt tūkstančių", 20,000). A ten takes a unit after it ("tjugotvå", "tjueto",
"dvidešimt penki", "двадесет и пет", 25), Danish its unit before it with "og" ("femogtyve", 25), and a word joins
them where the language writes one ("og", "och", "и": "hundrede og fem", "сто и пет"). The Scandinavian languages
write a whole figure as one word ("tvåhundrafemtio", 250), read piece by piece; Lithuanian writes its words apart,
each in the case the sentence gives it ("vienuolikos", "dviejų milijonų"), and all its cases are listed.

"One" is a figure only before a scale ("en miljon", "et hundrede", "vienas milijonas", "един милион"): alone it is
also the article or "a certain" ("en skola", "vienas iš", one of), as English's "one" is left out. A scale alone is a
figure only where its singular means one of it (Lithuanian "milijonas", Bulgarian "хиляда", a thousand), not where it
counts vaguely ("flera hundra", several hundred; "tusind tak", thanks a lot).

Armenian writes a ten and its unit as one word ("քսանհինգ") and gives each number its case ("երեքից", "երկուսը");
Filipino joins a number to what it multiplies by a linker ("limang daan", "apat na raan"). A half after a join adds
half of the last multiplier ("два милиона и половина", 2,500,000), and a round count in one word is the figure and
its hedge, about so many (Bulgarian "шейсетина", about sixty).
"""

import functools


def _forms(rows: dict[int, str]) -> dict[str, int]:
    return {form: value for value, forms in rows.items() for form in forms.split()}


# Swedish
_SV = {
    1: "en ett", 2: "två", 3: "tre", 4: "fyra", 5: "fem", 6: "sex", 7: "sju", 8: "åtta", 9: "nio", 10: "tio",
    11: "elva", 12: "tolv", 13: "tretton", 14: "fjorton", 15: "femton", 16: "sexton", 17: "sjutton", 18: "arton",
    19: "nitton", 20: "tjugo", 30: "trettio", 40: "fyrtio", 50: "femtio", 60: "sextio", 70: "sjuttio", 80: "åttio",
    90: "nittio", 100: "hundra", 1_000: "tusen", 1_000_000: "miljon miljoner", 1_000_000_000: "miljard miljarder",
}
# Danish: its tens count in scores above forty ("halvtreds", 50; "firs", 80)
_DA = {
    1: "en et", 2: "to", 3: "tre", 4: "fire", 5: "fem", 6: "seks", 7: "syv", 8: "otte", 9: "ni", 10: "ti",
    11: "elleve", 12: "tolv", 13: "tretten", 14: "fjorten", 15: "femten", 16: "seksten", 17: "sytten", 18: "atten",
    19: "nitten", 20: "tyve", 30: "tredive", 40: "fyrre", 50: "halvtreds", 60: "tres", 70: "halvfjerds", 80: "firs",
    90: "halvfems", 100: "hundrede", 1_000: "tusind", 1_000_000: "million millioner",
    1_000_000_000: "milliard milliarder",
}
# Norwegian, Bokmål and Nynorsk, with the older tens and "syv" beside "sju"
_NB = {
    1: "en ett ei", 2: "to", 3: "tre", 4: "fire", 5: "fem", 6: "seks", 7: "sju syv", 8: "åtte", 9: "ni", 10: "ti",
    11: "elleve", 12: "tolv", 13: "tretten", 14: "fjorten", 15: "femten", 16: "seksten", 17: "sytten", 18: "atten",
    19: "nitten", 20: "tjue tyve", 30: "tretti tredve", 40: "førti", 50: "femti", 60: "seksti", 70: "sytti",
    80: "åtti", 90: "nitti", 100: "hundre", 1_000: "tusen", 1_000_000: "million millioner",
    1_000_000_000: "milliard milliarder",
}


def _lithuanian() -> dict[int, str]:
    rows = {
        1: "vienas viena vieno vienos vienam vienai vieną vienu viename vienoje",
        2: "du dvi dviejų dviem dviejuose dvejose",
        3: "trys trijų trims tris trimis trijuose trijose",
    }
    # four to nine: "keturi", "keturios", "keturių", "keturiems", "keturis", "keturiais", "keturiuose" …
    endings = "i ios ių iems ioms is ias iais iomis iuose iose"
    for value, stem in ((4, "ketur"), (5, "penk"), (6, "šeš"), (7, "septyn"), (8, "aštuon"), (9, "devyn")):
        rows[value] = " ".join(stem + ending for ending in endings.split())
    # ten and the tens: "dešimt", "dešimties", "dešimčiai", "dešimčia", "dešimtyje"
    for value, word in ((10, "dešimt"), (20, "dvidešimt"), (30, "trisdešimt"), (40, "keturiasdešimt"),
                        (50, "penkiasdešimt"), (60, "šešiasdešimt"), (70, "septyniasdešimt"), (80, "aštuoniasdešimt"),
                        (90, "devyniasdešimt")):
        rows[value] = f"{word} {word}ies {word[:-1]}čiai {word[:-1]}čia {word}yje"
    # the teens: "vienuolika", "vienuolikos", "vienuolikai", "vienuoliką", "vienuolikoje"
    for value, stem in ((11, "vienuolik"), (12, "dvylik"), (13, "trylik"), (14, "keturiolik"), (15, "penkiolik"),
                        (16, "šešiolik"), (17, "septyniolik"), (18, "aštuoniolik"), (19, "devyniolik")):
        rows[value] = " ".join(stem + ending for ending in "a os ai ą oje".split())
    rows[100] = "šimtas šimto šimtui šimtą šimtu šimte šimtai šimtų šimtams šimtus šimtais šimtuose"
    rows[1_000] = ("tūkstantis tūkstančio tūkstančiui tūkstantį tūkstančiu tūkstantyje tūkstančiai tūkstančių "
                   "tūkstančiams tūkstančius tūkstančiais tūkstančiuose tūkst")
    for value, stem in ((1_000_000, "milijon"), (1_000_000_000, "milijard")):
        rows[value] = " ".join(stem + ending for ending in
                               "as o ui ą u e ai ų ams us ais uose".split()) + (" mln" if value < 10 ** 9 else " mlrd")
    return rows


# Bulgarian, with the spoken teens and tens ("единайсет", "двайсет"), the count of men ("двама", "трима", two, three
# men) and its hundreds, each a word of its own
_BG = {
    1: "един една едно", 2: "два две двама", 3: "три трима", 4: "четири четирима", 5: "пет петима",
    6: "шест шестима", 7: "седем седмина", 8: "осем осмина", 9: "девет деветима", 10: "десет десетима",
    11: "единадесет единайсет", 12: "дванадесет дванайсет", 13: "тринадесет тринайсет",
    14: "четиринадесет четиринайсет", 15: "петнадесет петнайсет", 16: "шестнадесет шестнайсет",
    17: "седемнадесет седемнайсет", 18: "осемнадесет осемнайсет", 19: "деветнадесет деветнайсет",
    20: "двадесет двайсет", 30: "тридесет трийсет", 40: "четиридесет четирийсет", 50: "петдесет",
    60: "шестдесет шейсет", 70: "седемдесет", 80: "осемдесет", 90: "деветдесет", 100: "сто", 200: "двеста",
    300: "триста",
    400: "четиристотин", 500: "петстотин", 600: "шестстотин", 700: "седемстотин", 800: "осемстотин",
    900: "деветстотин", 1_000: "хиляда хиляди", 1_000_000: "милион милиона милиони",
    1_000_000_000: "милиард милиарда милиарди",
}


# Bulgarian's round counts in one word ("шейсетина", about sixty; "стотина", about a hundred): a figure and its hedge
_BG_ROUND = {
    10: "десетина", 20: "двайсетина двадесетина", 30: "трийсетина тридесетина", 40: "четирийсетина четиридесетина",
    50: "петдесетина", 60: "шейсетина шестдесетина", 70: "седемдесетина", 80: "осемдесетина", 90: "деветдесетина",
    100: "стотина",
}


def _armenian() -> dict[int, str]:
    """Armenian's number words in the forms a sentence gives them: bare ("երեք օր"), with the article ("երեքը",
    "երկուսն"), in the genitive, ablative, instrumental and locative ("երեքի", "երեքից", "երեքով", "երեքում");
    "two" and the teens ending in it take "ս" before an ending ("երկուսը", "տասներկուսից"). The teens are ten
    ("տասն") written onto the unit; a ten and its unit are one word too ("քսանհինգ", 25), read piece by piece."""
    endings = ("", "ը", "ն", "ի", "ից", "ով", "ում")
    units = {1: ("մեկ",), 2: ("երկու", "երկուս"), 3: ("երեք",), 4: ("չորս",), 5: ("հինգ",), 6: ("վեց",),
             7: ("յոթ", "յոթն"), 8: ("ութ",), 9: ("ինն", "ին")}
    stems = {value: forms for value, forms in units.items()}
    stems[10] = ("տաս", "տասն")
    for value, forms in units.items():
        stems[10 + value] = tuple("տասն" + form for form in forms)
    for value, ten in ((20, "քսան"), (30, "երեսուն"), (40, "քառասուն"), (50, "հիսուն"), (60, "վաթսուն"),
                       (70, "յոթանասուն"), (80, "ութսուն"), (90, "իննսուն")):
        stems[value] = (ten,)
    stems[100], stems[1_000] = ("հարյուր",), ("հազար",)
    stems[1_000_000], stems[1_000_000_000] = ("միլիոն",), ("միլիարդ",)
    rows = {value: " ".join(stem + ending for stem in forms for ending in endings) for value, forms in stems.items()}
    # "ին" and "տասնին" bare are no words: nine is "ինը", nineteen "տասնինը"
    rows[9] = " ".join(form for form in rows[9].split() if form != "ին")
    rows[19] = " ".join(form for form in rows[19].split() if form != "տասնին")
    rows[1_000] += " հազարավոր"
    rows[1_000_000] += " մլն"
    rows[1_000_000_000] += " մլրդ"
    return rows


def _filipino() -> dict[int, str]:
    """Filipino's number words: the units and "sampu" (ten); a word ending in a vowel takes its linker "-ng" before
    what it counts or multiplies ("limang daan", 500; "tatlong libo", 3,000), one ending in a consonant takes "na"
    apart ("apat na raan", 400: ``joins``, and "ng" where a page writes the linker apart). The teens are "labing-"
    before the unit ("labing-isa", 11; "labindalawa", 12, as the sound joins them), the tens the unit before "-pu"
    ("dalawampu", 20), which "'t" (and) joins to a unit ("dalawampu't lima", 25); "daan" or "raan" a hundred, "libo"
    a thousand, "milyon" a million ("milyong" with its linker), "sandaan" and "sanlibo" one of them."""
    units = {1: "isa", 2: "dalawa", 3: "tatlo", 4: "apat", 5: "lima", 6: "anim", 7: "pito", 8: "walo", 9: "siyam"}
    joined_teens = {2: "labindalawa", 3: "labintatlo", 5: "labinlima", 7: "labimpito", 8: "labingwalo",
                    9: "labinsiyam", 1: "labingisa", 4: "labingapat", 6: "labinganim"}
    tens = {20: "dalawampu", 30: "tatlumpu", 40: "apatnapu", 50: "limampu", 60: "animnapu", 70: "pitumpu",
            80: "walumpu", 90: "siyamnapu"}

    def linked(word: str) -> str:  # the word and, after a vowel, its linker
        return f"{word} {word}ng" if word[-1] in "aeiou" else word

    rows = {value: linked(word) for value, word in units.items()}
    rows[10] = linked("sampu")
    for value, word in units.items():
        rows[10 + value] = f"{linked('labing-' + word)} {linked(joined_teens[value])}"
    for value, word in tens.items():
        rows[value] = f"{linked(word)} {word}'t {word}’t"
    rows[100] = "daan raan daang raang sandaan isandaan"
    rows[1_000] = "libo libong sanlibo isanlibo"
    rows[1_000_000] = "milyon milyong"
    rows[1_000_000_000] = "bilyon bilyong"
    return rows


_SCALES = frozenset({100, 1_000, 1_000_000, 1_000_000_000})


class Table:
    """One language's number words: their values (``words``), the words that join its pieces (``joins``), whether
    it writes a whole figure as one word (``compounds``), its units before their tens (Danish, ``unit_first``), and
    the scales whose singular alone means one of them (``one_scales``), the word for a half after a join ("и
    половина": ``halves``), the word for a half before a scale ("половин милион", half a million: ``half_before``)
    and the words that write a round count, about so many (``round``: "шейсетина")."""

    def __init__(self, rows, joins="", compounds=False, unit_first=False, one_scales="", halves="", round_=None,
                 half_before=""):
        self.round = frozenset(_forms(round_ or {}))
        self.words = {**_forms(rows), **_forms(round_ or {})}
        self.halves = frozenset(halves.split())
        self.half_before = frozenset(half_before.split())
        self.joins = frozenset(joins.split())
        self.compounds = compounds
        self.unit_first = unit_first
        self.one_scales = frozenset(one_scales.split())
        # a longer word is no compound of these, and is not cut at each of its letters to find out
        self.longest = 4 * max(len(word) for word in self.words)


TABLES = {
    "sv": Table(_SV, joins="och", compounds=True),
    "da": Table(_DA, joins="og", compounds=True, unit_first=True),
    "nb": Table(_NB, joins="og", compounds=True),
    "lt": Table(_lithuanian(), one_scales="šimtas šimtą tūkstantis tūkstantį milijonas milijoną milijardas "
                                         "milijardą"),
    "bg": Table(_BG, joins="и", one_scales="сто хиляда милион милиард стотина", halves="половина",
                round_=_BG_ROUND, half_before="половин"),
    "hy": Table(_armenian(), compounds=True, one_scales="հարյուր հազար միլիոն միլիարդ"),
    "tl": Table(_filipino(), joins="at na ng", one_scales="sandaan isandaan sanlibo isanlibo"),
}
TABLES["nn"] = TABLES["no"] = TABLES["nb"]
LANGUAGES = frozenset(TABLES)


def words(language: str) -> frozenset[str]:
    """Every number word of ``language`` in lower case, that a figure is written with (not "one", ``value``)."""
    table = TABLES.get(language)
    return frozenset(word for word, amount in table.words.items() if amount != 1) if table else frozenset()


def forms(language: str) -> frozenset[str]:
    """Every number word of ``language`` in lower case, "one" too."""
    table = TABLES.get(language)
    return frozenset(table.words) if table else frozenset()


def scales(language: str) -> dict[str, int]:
    """The words of ``language`` for a thousand, a million and a billion, in every form, with their values."""
    table = TABLES.get(language)
    return {word: amount for word, amount in table.words.items() if amount >= 1_000} if table else {}


def rounded(word: str, language: str) -> bool:
    """``word`` (in lower case) writes a round count of ``language``, about so many ("шейсетина", about sixty)."""
    table = TABLES.get(language)
    return table is not None and word in table.round


def _pieces(word: str, table: Table) -> list[int | str] | None:
    """The values of the pieces a compound is written with ("tvåhundrafemtio": 2, 100, 50; "femogtyve": 5, "og",
    20), or None when the word is no such compound."""
    if word in table.words:
        return [table.words[word]]
    if not table.compounds or len(word) > table.longest:
        return None
    pieces = _split(word, table)
    return list(pieces) if pieces is not None else None


@functools.lru_cache(maxsize=4096)
def _split(word: str, table: Table) -> tuple[int | str, ...] | None:
    """The pieces a word is written with, longest first ("tvåhundrafemtio": 2, 100, 50), or None; remembered, as
    the same words come again in every sentence of a story."""
    if not word:
        return ()
    for end in range(len(word), 0, -1):
        head = word[:end]
        if head in table.words or head in table.joins:
            rest = _split(word[end:], table)
            if rest is not None:
                return (table.words.get(head, head), *rest)
    return None


def _total(pieces: list[int | str], table: Table) -> int | None:
    """The figure the pieces write, or None when they write none ("tre fem", "tjugotrettio")."""
    total = hundreds = small = 0
    joined = False
    last = None
    for piece in pieces:
        if isinstance(piece, str):
            if last is None or joined:
                return None
            joined = True
            continue
        if piece >= 1_000:
            if last is not None and last >= 1_000 and not small and not hundreds:
                return None
            total += ((hundreds + small) or 1) * piece
            hundreds = small = 0
        elif piece >= 100:
            if hundreds or piece > 100 and small:
                return None
            hundreds, small = (small or 1) * piece, 0
        elif not small:
            small = piece
        elif table.unit_first and joined and small < 10 and piece >= 20 and piece % 10 == 0:
            small += piece  # "femogtyve": five and twenty
        elif not table.unit_first and small >= 20 and small % 10 == 0 and piece < 10:
            small += piece  # "tjugotvå", "dvidešimt penki", "двадесет и пет"
        else:
            return None
        joined = False
        last = piece
    if joined:
        return None
    return total + hundreds + small


def value(words_: list[str], i: int, language: str) -> tuple[int | float, int] | None:
    """The figure written in number words of ``language`` from ``words_[i]`` (in lower case) and how many words write
    it ("två miljoner": 2,000,000, two words; "tvåhundrafemtio": 250, one; "hundrede og fem": 105, three; "dviejų
    milijonų"), or None: no number word there, "one" alone, a scale alone (but for ``one_scales``)."""
    table = TABLES.get(language)
    if table is None or i >= len(words_):
        return None
    if words_[i] in table.half_before and i + 1 < len(words_) and table.words.get(words_[i + 1], 0) >= 1_000:
        return table.words[words_[i + 1]] / 2, 2  # "половин милион": half a million; "половин час" no figure
    pieces = _pieces(words_[i], table)
    if pieces is None or _total(pieces, table) is None:
        return None
    used = 1
    while i + used < len(words_):
        word = words_[i + used]
        if word in table.joins and i + used + 1 < len(words_):
            following = _pieces(words_[i + used + 1], table)
            if following is not None and _total([*pieces, word, *following], table) is not None:
                pieces, used = [*pieces, word, *following], used + 2
                continue
            break
        following = _pieces(word, table)
        if following is None or _total([*pieces, *following], table) is None:
            break
        pieces, used = [*pieces, *following], used + 1
    if len(pieces) == 1 and (pieces[0] == 1 or pieces[0] in _SCALES and words_[i] not in table.one_scales):
        # "en", "vienas" alone: an article, "one of"; a scale alone counts vaguely ("flera hundra", several hundred;
        # "tusind tak", thanks a lot; "milijonai", millions)
        return None
    total = _total(pieces, table)
    after = words_[i + used:i + used + 2]
    if total and len(after) == 2 and after[0] in table.joins and after[1] in table.halves:
        # "два милиона и половина": two and a half million, a half of the last multiplier (or of one)
        return total + (pieces[-1] if pieces[-1] >= 1_000 else 1) / 2, used + 2
    return (total, used) if total else None
