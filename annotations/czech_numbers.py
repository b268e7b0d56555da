"""Czech's figures and what it writes beside them: the one table of them for the claims' figures
(``claims.normalise``), for Czech alone: Slovak writes its numbers and units otherwise ("tri", "päť", "rokov").

Number words in the case forms a figure takes ("padesát lidí", "dvaceti metrů", "dvou metrů", "pěti domům"): the
units, the teens and the tens, a unit joined to its tens by "a" in one word ("pětašedesát", 65), "sto", "sta",
"stě", "set" (hundred: "dvě stě", 200; "tři sta", 300; "pět set", 500). "stovky", "desítky" (hundreds, tens of) count
vaguely: number words, no figure. "jeden" (one) is a figure but before "z" ("jeden z", one of) and "jednou" (once) is
none. A figure or a number word written onto an adjective's ending ("64letého", "pětašedesátiletým", "250metrový")
is the figure and its unit (``GLUED_WORDS``: years, metres ...), whatever noun follows.

Multipliers in all their case forms ("300 milionů", "2,5 miliardy", "6 mil."), the crown ("korun", "Kč", "CZK"),
units ("2,4 metru", "45 milimetrů") and hedges before a figure ("nejméně 150", at least; "až 60", up to; "asi 250",
about), in ``normalise``'s folded form (no accents, lower case).
"""

UNITS = {
    1: "jeden jedna jedno jednoho jedné jednomu jedním jednu",
    2: "dva dvě dvou dvěma",
    3: "tři tří třem třemi",
    4: "čtyři čtyř čtyřem čtyřmi čtyřech",
    5: "pět pěti", 6: "šest šesti", 7: "sedm sedmi", 8: "osm osmi", 9: "devět devíti", 10: "deset deseti",
    11: "jedenáct jedenácti", 12: "dvanáct dvanácti", 13: "třináct třinácti", 14: "čtrnáct čtrnácti",
    15: "patnáct patnácti", 16: "šestnáct šestnácti", 17: "sedmnáct sedmnácti", 18: "osmnáct osmnácti",
    19: "devatenáct devatenácti",
}
TENS = {
    20: "dvacet dvaceti", 30: "třicet třiceti", 40: "čtyřicet čtyřiceti", 50: "padesát padesáti",
    60: "šedesát šedesáti", 70: "sedmdesát sedmdesáti", 80: "osmdesát osmdesáti", 90: "devadesát devadesáti",
}
# "sto" alone is a hundred; "sta", "stě" and "set" only after the unit that multiplies them ("tři sta")
HUNDRED = "sto"
HUNDREDS = frozenset("sto sta stě set stech stům".split())
# vague counts: "stovky lidí" (hundreds of people), "desítky domů"
VAGUE = frozenset("stovky stovek stovkách desítky desítek desítkách tisíce tisíců".split())
# "jeden z" (one of): a pronoun, no count; the unit joined to its tens ("pětašedesát") by
ONE_OF = frozenset({"z", "ze"})
JOIN = "a"

SCALES = {
    "tisíc tisíce tisíci tisícům tisících tis": 1_000,
    "milion milionu milionů miliony milionem milionech mil": 1_000_000,
    "miliarda miliardy miliard miliardu miliardou miliardách miliardami mld": 1_000_000_000,
}
CURRENCY = {"korun koruna koruny korunu korunách korunami kč czk": "CZK"}
UNITS_AFTER = {
    "metr metru metrů metry metrech metrem": "m", "centimetr centimetru centimetrů centimetry": "cm",
    "milimetr milimetru milimetrů milimetry": "mm", "kilometr kilometru kilometrů kilometry kilometrech": "km",
    "tuna tuny tun tunu": "tonne", "hektar hektaru hektarů hektary": "hectare",
    "hodina hodiny hodin hodinu hodinách": "hour", "den dny dnů dní dnech": "day", "týden týdny týdnů": "week",
    "měsíc měsíce měsíců měsíci": "month", "rok roky roků let letech": "year",
    "minuta minuty minut minutu": "minute",
}
# The adjectives a figure is written onto ("64letého" muže, of a man of 64; "250metrový", 250 metres long), in their
# forms: the unit each names. Any other ending ("5členná", of five) names no unit, and no noun the figure counts.
# Not "letí": the plural of the animate adjective is rare beside the nouns "desetiletí" (decade) and "tisíciletí"
# (millennium), which count no years.
GLUED_WORDS = {
    "letý letá leté letého letou letému letém letým letých letými": "year",
    "metrový metrová metrové metrového metrovou metrovém metrovým metroví metrových": "m",
    "kilometrový kilometrová kilometrové kilometrového kilometrovou kilometrovém kilometrovým": "km",
    "denní denního denním denní denních": "day", "hodinový hodinová hodinové hodinového hodinovou": "hour",
    "tunový tunová tunové tunového": "tonne",
}
# Words that open on a number word and an ending of ``GLUED_WORDS`` and are words of their own, no figure:
# "stoletý" (century-old; "stoletá voda", the hundred-year flood, a flood as rare as that, not its age).
NOT_GLUED = ("stolet",)
PERCENT = frozenset("procent procenta procento procentech".split())

BOUND_HEDGES = ("více než", "víc než", "méně než", "nejméně", "minimálně", "alespoň", "přes", "až", "téměř", "skoro",
                "necelých", "necelé", "nejvýše", "maximálně", "až do")
BOUND_HEDGES_DOWN = ("méně než", "až", "téměř", "skoro", "necelých", "necelé", "nejvýše", "maximálně", "až do")
ROUNDING_HEDGES = ("asi", "kolem", "okolo", "zhruba", "přibližně", "cca", "odhadem", "zhruba na")


def _forms(rows: dict[int, str]) -> dict[str, int]:
    return {form: value for value, words in rows.items() for form in words.split()}


WORDS = _forms(UNITS) | _forms(TENS)
JOINABLE_UNITS = {form: value for form, value in _forms(UNITS).items() if value < 10}
TENS_FORMS = _forms(TENS)
# The longest number word (a unit joined to its tens) and the longest ending written onto one ("kilometrového"): a
# longer word is none of them, and is not cut at each of its letters to find out.
LONGEST_WORD = max(len(unit) + len(JOIN) + len(tens) for unit in JOINABLE_UNITS for tens in TENS_FORMS)
LONGEST_ENDING = max(len(form) for forms in GLUED_WORDS for form in forms.split())


def word_value(word: str) -> int | None:
    """The value of one Czech number word in lower case ("padesát", "dvaceti", "pětašedesát", "pětašedesáti"),
    or None."""
    if len(word) > LONGEST_WORD:
        return None
    if word in WORDS:
        return WORDS[word]
    if word == HUNDRED:
        return 100
    at = word.find(JOIN)
    while at > 0:
        unit, tens = word[:at], word[at + len(JOIN):]
        if unit in JOINABLE_UNITS and tens in TENS_FORMS:
            return JOINABLE_UNITS[unit] + TENS_FORMS[tens]
        at = word.find(JOIN, at + 1)
    return None


def glued(word: str) -> tuple[int, str] | None:
    """A number word written onto an adjective's ending ("pětašedesátiletým"): its value and its ending; None for
    any other word ("stoletá", ``NOT_GLUED``)."""
    if len(word) > LONGEST_WORD + LONGEST_ENDING or word.startswith(NOT_GLUED):
        return None
    for cut in range(min(len(word) - 2, LONGEST_WORD), 2, -1):
        found = word_value(word[:cut])
        if found is not None:
            return found, word[cut:]
    return None


def value(words: list[str], i: int) -> tuple[int, int] | None:
    """The value of the Czech number words from ``words[i]`` (in lower case, as written) and how many words write
    it ("dvacet pět": 25, two words; "tři sta dvacet": 320; "sto": 100), or None: no number word, a vague one, "jeden
    z" (one of)."""
    first = word_value(words[i]) if i < len(words) else None
    if first is None:
        return None
    total, used = first, 1
    nxt = words[i + 1] if i + 1 < len(words) else ""
    if first == 1 and nxt in ONE_OF:
        return None
    if first < 10 and nxt in HUNDREDS and words[i] != HUNDRED:
        total, used = first * 100, 2  # "tři sta", "pět set"
    elif first == 100:
        total = 100
    if total >= 100 and i + used < len(words):
        below = word_value(words[i + used])
        if below is not None and below < 100:
            total, used = total + below, used + 1  # "sto dvacet"
    if total % 100 >= 20 and total % 10 == 0 and i + used < len(words):
        unit = JOINABLE_UNITS.get(words[i + used])
        if unit:
            total, used = total + unit, used + 1  # "dvacet pět"
    return total, used
