"""Factual claims: sentences that state something checkable with a quantity, a measure, a date, a count,
a record or a named event.

Markers are read from the line's tokens: numbers (digits, or number words such as "fifty" and "thousands", in
Amharic "ሰባት" and "ከአምስት" with a preposition glued on; digits glued to a preposition, "ከ9,500"; Ethiopic numerals,
"፳፫"), units and percentages, month and weekday names used as dates, years, "last August" / "two days earlier",
records ("a national record", "the lowest level in decades"), named events ("the Korean War", "the invasion
of Ukraine"), multipliers ("almost double", "tripled") and ordinals after a determiner or a placing ("the ninth
storm", "the council's fourth meeting", "was third"). Numbers that are page artefacts — "page 2", "5 min read",
"12 comments", image counters, a clip's length "(2:41)", a reference's year "Nature Astronomy (2027)" — are not
markers, nor is a day after "a" ("on a Tuesday"), and fragments under four words are not claims. Nor are a reading
time on a line of its own in any language ("Čtení na 3 minuty"), a wire dateline standing as a sentence of its own
("მთისუბანი, 4 აპრილი /ვარსკვლავი/.") and a subheading between two paragraphs ("The water came at 3:15"); the
headline above the story stays a claim. The whole sentence is suggested; the reason lists the markers found.

What is not the outlet's own checkable statement is left out: numbers inside quotation marks (a quotation
is someone's words, which attribution marks), questions, forecasts, hedges and hypotheticals ("is expected
to", "could", "may", "would be a masterpiece", a promise on a condition: "would call off the strike if …"), but
not what a finding showed could be done ("proved in 2022 that a spacecraft could …"), the content of a plan
or an aim ("plans to test … next year"), the writer's own voice ("the best ten minutes I have seen"), vague
long spans ("in a decade"), the halves of a match or a show ("the second half"), a player's "double", an age
set apart by commas ("Ruth Gill, 54."), a label with its value ("Ref: FSO-2026-031", "Telephone: …") and a view under
a label in the first person ("Our take: …"). A capitalised word before a number names a group ("Year 11"): it is no
unit of the number before it.
"""

import re

from annotations import amharic_numbers, swahili_numbers
from annotations import number_words as worded_numbers
from annotations.ethiopic_numerals import ETHIOPIC_NUMERALS, ethiopic_value
from annotations.suggestions import subjectivity
from annotations.suggestions.base import BE_FORMS, Line, Suggestion, quoted_list, quoted_tokens
from annotations.suggestions.tokens import Span
from annotations.suggestions.wording import joined
from newsdesk.importing import languages as languages_read
from newsdesk.importing.furniture_vocabulary import READING_TIME_UNITS
from newsdesk.importing.scripts import opens_in_lower_case

TAG = "factual_claim"

NUMBER_WORDS = frozenset(
    """
    two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen
    eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands
    million millions billion billions trillion trillions dozen dozens half
    """.split()
)
# Number words of other languages, read as English's are. Amharic glues a one-syllable preposition to the word it
# governs (የ "of", በ "in, by", ከ "from, than", ለ "for"): "የሁለት ሰዎች ሕይወት", "ከአምስት በላይ", each form a number word
# too. Its words are ``amharic_numbers``'s table, but for its "one", አንድ, left out here: it is also its "a" ("አንድ
# የጭነት መኪና", a lorry), as English's "one" is left out. A definite form ("ሁለቱ", the two) refers back, as "the two"
# does, and is not listed.
# Swahili's are ``swahili_numbers``'s, with a noun class's prefix or bare ("magari manane", "visima vitatu", "elfu"),
# but for those other languages write as words of their own (Italian and Spanish "mia", my).
OTHER_NUMBER_WORDS = {
    "am": " ".join((*amharic_numbers.UNITS, *amharic_numbers.TENS, *amharic_numbers.TEN_AND, *amharic_numbers.HUNDRED,
                    *amharic_numbers.SCALES, *amharic_numbers.PLURAL_SCALES)),
    "sw": " ".join(sorted({*swahili_numbers.UNITS, *swahili_numbers.SCALES}
                          - swahili_numbers.SHARED_WITH_OTHER_LANGUAGES)),
}
GLUED_PREPOSITIONS = {"am": " ".join(amharic_numbers.GLUED_PREPOSITIONS)}
# Units and currencies of other languages: Amharic's metre, kilo ("ኪሎ ሜትር", a kilometre), kilometre, litre,
# quintal, tonne and hectare, its days, weeks, months, years and hours (not "ቀን" nor "ሰዓት", which also write a
# date's day, "ኅዳር 23 ቀን", and a clock's hour, "3 ሰዓት"), "በመቶ" (per cent) and the birr.
OTHER_UNITS = {"am": "ሜትር ኪሎ ኪሎሜትር ሊትር ኩንታል ቶን ሄክታር በመቶ"}
OTHER_TIME_UNITS = {"am": "ቀናት ሳምንት ሳምንታት ወር ወራት ዓመት ዓመታት አመት አመታት ሰዓታት"}
OTHER_CURRENCIES = {"am": "ብር ዶላር", "sw": " ".join(swahili_numbers.CURRENCIES_BEFORE)}
PERCENT_WORDS = frozenset({"percent", "በመቶ", swahili_numbers.PERCENT_BEFORE})
# Words of scale after a sum, per language: with the currency before it, "$2.5 million", "€2,1 mln" is the sum.
SCALES = {
    "en": "thousand million millions billion billions trillion m bn tn",
    "nl": "duizend miljoen miljard mln mld",
    "de": "tausend million millionen milliarde milliarden mio mrd",
    "fi": "tuhatta miljoonaa miljardia milj",
    "sv": "tusen miljon miljoner miljard miljarder",
    "am": " ".join(amharic_numbers.SCALES),
}
SCALE_WORDS = frozenset(word for words in SCALES.values() for word in words.split())


def _glued_forms(language: str, words: str) -> set[str]:
    """``words`` and each with a preposition of ``language`` glued before it (``GLUED_PREPOSITIONS``)."""
    bare = words.split()
    return {*bare, *(f"{preposition}{word}" for preposition in GLUED_PREPOSITIONS.get(language, "").split()
                     for word in bare)}


# "በመቶ" is "per cent" (በ and "hundred"), a unit after a number, not a number itself.
NUMBER_WORDS = NUMBER_WORDS | (frozenset(
    form for language, words in OTHER_NUMBER_WORDS.items() for form in _glued_forms(language, words)
) - PERCENT_WORDS)
TIME_UNITS = frozenset("day days week weeks month months year years hour hours decade decades century".split()) | {
    word for words in OTHER_TIME_UNITS.values() for word in words.split()
}
UNITS = frozenset(
    """
    km kilometres kilometers kilometre kilometer miles mile metres meters metre meter m cm mm kg kilograms
    tonnes tons tonne ton hectares hectare acres acre per cent percent % litres liters barrels degrees
    """.split()
) | TIME_UNITS | {word for words in OTHER_UNITS.values() for word in words.split()}
CURRENCY = frozenset("$ £ € ¥ ₩ ₽ ₴ usd eur gbp dollars euros pounds yuan won roubles rubles hryvnias".split()) | {
    word for words in OTHER_CURRENCIES.values() for word in words.split()
}
MONTHS = frozenset(
    "January February March April May June July August September October November December".split()
)
WEEKDAYS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
DATE_WORDS = frozenset("yesterday".split())
RELATIVE = frozenset("last next this early late mid since in on until by from of during before after".split())
EVENT_NOUNS = frozenset(
    """
    war wars summit conference congress election elections offensive invasion revolution crisis treaty
    agreement accords games olympics championship battle siege attack attacks defense defence occupation
    uprising referendum ceremony parade festival anniversary pandemic earthquake
    """.split()
)
# Nouns that an event noun may name as a modifier: "defence committee", "election officials".
BODIES_NAMED_FOR = frozenset(
    "committee committees ministry ministries minister ministers secretary department officials official "
    "correspondent editor spokesman spokeswoman spokesperson chief chiefs forces budget industry analyst analysts "
    "cabinet council board".split()
)
ARTEFACT_BEFORE = frozenset("page p. pp photo image picture slide gallery episode no. step".split())
ARTEFACT_AFTER = frozenset("comments comment shares likes views replies followers".split())
MIN_WORDS = 4
SEASONS = frozenset("spring summer autumn winter".split())
# Words that multiply or divide a quantity ("almost double the average", "trips have tripled").
MULTIPLIERS = frozenset(
    "double doubled doubling doubles triple tripled tripling triples quadruple quadrupled halve halved halving "
    "threefold fourfold fivefold tenfold".split()
)
# "the two countries" refers back to things already named; it counts nothing new.
ANAPHORIC = frozenset("the these those both their its our his her".split())
KIND_ORDER = ("quantity", "count", "date", "record", "named_event")
KIND_LABEL = {"quantity": "a quantity", "count": "a count", "date": "a date", "record": "a record",
              "named_event": "a named event"}
# A record is a measure against all before it ("a Swedish record", "backlog at record high", "smashes course
# record"), unless the word names a file or a verb ("his criminal record", "to record", "on the record").
NOT_BEFORE_RECORD = frozenset(
    "to the his her their its my your our whose track criminal medical gp public voting dental police court "
    "written historical off on".split()
)
# A superlative measured against a span of time is a record too: "the lowest level in decades", "the worst level
# on record", "the wettest since", "the biggest ever".
SINCE_WHEN = frozenset("since ever".split())
SPAN_AFTER_IN = frozenset("decades years generations living".split())
SUPERLATIVE_REACH = 4


# A number one calls is dialled, not counted ("call 999", "soita numeroon 112", "ریسکیو 1122 پر رابطہ کریں"), per
# language. Only a number of three digits or more, written without separators, is read as dialled, so that "call 12
# witnesses" still counts. A verb of calling before it ("call", "phone", "soita") dials it only when no noun follows:
# the clause ends, or a preposition or a conjunction goes on ("call 999 for an ambulance", "dial 112 in an
# emergency", "call 999 or 112"), since "phone 300 elderly residents" and "ring 200 households" count whom they call.
# A number offered in the place of a dialled one ("call 999 or 112") is read the same way. A word naming the number
# one calls ("numeroon", "to the number") dials it whatever follows. A language that sets its postposition after the
# number dials it with that postposition and a verb of calling or contacting after it ("1122 پر رابطہ کیا جا سکتا
# ہے", "1122 پر کال کریں"), never with a bare noun after the figure ("500 فون", "150 فون کالز": phones and calls
# counted).
CALL_BEFORE = {
    "en": "call dial dialled dialed dialling dialing phone ring",
    "fi": "soita soittakaa soittamalla",
}
NUMBER_BEFORE = {"fi": "numeroon numerosta numerossa"}
CLAUSE_GOES_ON = {
    "en": "for in on at to from if when during within or and now immediately straight",
    "fi": "tai ja heti",
}
ALTERNATIVE_NUMBER = {"en": "or", "fi": "tai"}
CALL_POSTPOSITIONS = {"ur": "پر"}
# The calling or contacting noun, then the light verb that makes it a verb ("رابطہ کریں", "کال کریں", "فون کیا").
CALL_NOUNS = {"ur": "رابطہ کال فون"}
CALL_LIGHT_VERBS = {"ur": "کریں کیا کرے کر کیجیے کیجئے کرنا کرنے کرتے"}


def _words(table: dict[str, str]) -> frozenset[str]:
    return frozenset(word for words in table.values() for word in words.split())


CALLING_BEFORE = _words(CALL_BEFORE)
NUMBER_WORDS_BEFORE = _words(NUMBER_BEFORE)
GOES_ON_AFTER_DIALLED = _words(CLAUSE_GOES_ON)
OR_BEFORE_NUMBER = _words(ALTERNATIVE_NUMBER)
POSTPOSITIONS_BEFORE_CALL = _words(CALL_POSTPOSITIONS)
CALLING_AFTER = _words(CALL_NOUNS)
CALLING_LIGHT_VERBS = _words(CALL_LIGHT_VERBS)
DIALLED_DIGITS = 3


def _dialled(doc, i) -> bool:
    """A number one calls: a word naming the number before it ("numeroon 112"); a verb of calling, or a dialled number
    and "or", before it and no noun after it ("call 999.", "dial 112 in an emergency", "999 or 112 at once"); or a
    postposition and a verb of calling after it ("1122 پر رابطہ کیا")."""
    if not (doc[i].text.isdigit() and len(doc[i].text) >= DIALLED_DIGITS):
        return False
    before = doc[i - 1].lower_ if i > 0 else ""
    if before in NUMBER_WORDS_BEFORE:
        return True
    if before in CALLING_BEFORE or before in OR_BEFORE_NUMBER and i > 1 and _dialled(doc, i - 2):
        after = doc[i + 1] if i + 1 < len(doc) else None
        return after is None or after.is_punct or after.lower_ in GOES_ON_AFTER_DIALLED
    k = i + 1
    return (
        k + 2 < len(doc) and doc[k].lower_ in POSTPOSITIONS_BEFORE_CALL and doc[k + 1].lower_ in CALLING_AFTER
        and doc[k + 2].lower_ in CALLING_LIGHT_VERBS
    )


def _is_artefact(doc, i) -> bool:
    if _dialled(doc, i):
        return True
    before = doc[i - 1].lower_ if i > 0 else ""
    after = doc[i + 1].lower_ if i + 1 < len(doc) else ""
    after2 = doc[i + 2].lower_ if i + 2 < len(doc) else ""
    if before in ARTEFACT_BEFORE or after in ARTEFACT_AFTER:
        return True
    if after in ("min", "mins", "minute", "minutes") and after2 == "read":
        return True
    if before == "(" and after == ")" and (
        re.fullmatch(r"\d{1,2}:\d\d", doc[i].text) or i > 1 and doc[i - 2].is_alpha and doc[i - 2].text[:1].isupper()
    ):
        return True  # a clip's length, "Listen: … (2:41)", or a reference's year, "Nature Astronomy (2027)"
    return after == "/" or doc[i].like_url or doc[i].like_email


MONTH_ABBREVIATIONS = frozenset("Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split())
ORDINALS = frozenset(
    "second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth twentieth".split()
)
FRACTIONS = frozenset("half third quarter fifth tenth thirds quarters".split())
# A sentence that forecasts or hedges ("is expected in 2027", "could close by May", "may be seen in October",
# "should be visible") states nothing checkable yet, nor a promise on a condition ("would call off the strike if
# …", "are planned for 3 May if no deal is reached", "If the council wants …").
FORECAST = re.compile(
    r"\b(expects?|expected to|(is|are|was|were|be) expected|forecasts? to|could|might|(?<!as )likely to|predicts?"
    r"|would be (a|an|the|more|less|better|worse|[a-z]+er)|(?-i:may)|should"
    r"|(would|will|planned) [^.;:]{0,150}?\bif|^if)\b",
    re.IGNORECASE,
)


# "in a decade", "for more than a decade": a long span in round terms is vague time, like "in recent years".
LONG_SPANS = frozenset("decade decades century centuries generation".split())
PERIOD_BEFORE_HALF = ORDINALS | frozenset("first final last opening closing".split())
# Verbs of intent before "to": what follows, up to the clause's end, is a plan, not a fact ("plans to test … next
# year", "aimed to finish by 2027"). After a determiner or an adjective the word is a noun ("the plan to build
# 2,000 homes", "a controversial plan to build"): adjectives as Brill's tagger word list tags them.
INTENT = frozenset("plan plans planned aim aims aimed hope hopes hoped intend intends intended tipped".split())
INTENT_NOUN_BEFORE = frozenset("the a an its their his her our this that these those".split())
CLAUSE_END = frozenset(", ; : – — ( )".split())
# The writer speaking in the first person outside a quotation: a verdict or a memory, not the outlet's claim.
FIRST_PERSON = frozenset("I me my".split())


def _noun_place(previous: str) -> bool:
    """After this word a verb of intent is a noun: a determiner or an adjective."""
    return previous in INTENT_NOUN_BEFORE or subjectivity.tag(previous) == "JJ"


def _plans(sentence) -> set[int]:
    """Indices of the tokens that say what is planned or aimed at, from a verb of intent to the clause's end."""
    doc = sentence.doc
    planned = set()
    i = sentence.start
    while i < sentence.end - 1:
        if doc[i].lower_ in INTENT and doc[i + 1].lower_ == "to" and not (
            i > sentence.start and _noun_place(doc[i - 1].lower_)
        ):
            j = i + 2
            while j < sentence.end and doc[j].text not in CLAUSE_END:
                planned.add(j)
                j += 1
            i = j
        i += 1
    return planned


# Words that open a sentence before a number without naming anything ("In 2025", "Nearly 50").
NOT_NAMES = frozenset(
    """
    in on at by since from about around some nearly almost over under more less only just after before until
    the all of to for with than between during up down roughly approximately exactly least
    """.split()
)


# Units written against their number ("500g", "35C", "90mph"): a measure, never part of a name.
GLUED_UNITS = frozenset("g kg mg ml l km m cm mm C F mph kmh bn tn pm am GW MW kW kWh GWh".split())


def _is_label(doc, i) -> bool:
    """A number that names rather than counts: "Chapter 11", "Match 4", "TOI-2291", and an age in
    apposition after a name ("Jane Roe, 34, said", "Ruth Gill, 54.")."""
    before = doc[i - 1] if i > 0 else None
    after = doc[i + 1] if i + 1 < len(doc) else None
    if after is not None and after.text in GLUED_UNITS and after.idx == doc[i].idx + len(doc[i].text):
        return False  # a measure with its unit attached names nothing: "Granola 500g", "Scorching 35C"
    if before is not None and before.text == "-" and i > 1 and doc[i - 2].text[:1].isupper():
        return True
    if before is not None and before.is_alpha and before.text[:1].isupper() and before.lower_ not in NOT_NAMES and (
        before.text not in MONTHS and before.text not in WEEKDAYS and before.text not in MONTH_ABBREVIATIONS
    ) and not (after is not None and after.text in ("-", "–")):
        return True
    if before is not None and before.text == "," and i > 1 and doc[i - 2].text[:1].isupper() and (
        after is None or after.text in (",", ".")
    ) and doc[i].text.isdigit() and len(doc[i].text) <= 3:
        return True  # an age set apart by commas: "Jane Roe, 34, said", "said café owner Ruth Gill, 54."
    return False


# Verbs that give a place in a ranking: "finished third", "climb to third in the table".
RANKING_VERBS = frozenset(
    "finished finishes finish came comes placed climb climbs climbed rose rise rises moved moves slipped slips "
    "dropped drops fell falls".split()
)


def _position(doc, i, start) -> bool:
    """ "finished third", "climb to third", and a placing stated with a form of "be" that closes the clause
    ("Kenya's Ruth Wanjiru was third.", "Okafor was second in 2:09:14")."""
    before = i - 1 if i - 1 >= start and doc[i - 1].lower_ != "to" else i - 2
    if before >= start and doc[before].lower_ in ("was", "were", "is", "are") and i + 1 < len(doc):
        return doc[i + 1].text in (".", ",", ";", "in", "on", "with", "behind")
    return before >= start and doc[before].lower_ in RANKING_VERBS


# A warning put out, changed or withdrawn by a named body ("AEMET has issued a red warning", "the Met Office has
# extended its yellow heat warning"): an event on the record. The present tense of a headline ("issues yellow
# warnings") is left out, as the corpus leaves it.
WARNING_ACTS = frozenset("issued extended upgraded downgraded lifted".split())
WARNING_NOUNS = frozenset("warning warnings alert alerts advisory".split())
# Acts of a named actor that put an event on the record without a number: a meeting held, a protest lodged, a
# missile tested or fired, sailings cancelled, a road closed by the police.
EVENT_ACTS = frozenset("held lodged tested fired fires cancelled canceled closed".split())
# Acts that need an object of their own to be an event ("closed the promenade", not "beaches closed to swimmers").
TRANSITIVE_ACTS = frozenset("held tested fired fires closed".split())
OBJECT_OPENERS = frozenset("the a an its their his her this new".split())
MEETING_NOUNS = frozenset("meeting meetings talks session summit vote hearing".split())
NOT_AN_ACTOR = frozenset("if unless whether".split())
ACTOR_REACH = 16


def _act_of_named_actor(doc, i, start, end) -> bool:
    """ "Gardaí closed the Salthill promenade", "Tokyo had lodged a protest", "as ferries cancelled": an act verb
    with a name before it in the sentence, in the active voice (not "can be launched", "was closed")."""
    lower = doc[i].lower_
    before = doc[i - 1] if i > start else None
    if before is None or before.lower_ in BE_FORMS or (
        before.lower_ in ("the", "a", "an", "its", "their", "'s", "’s")
    ):
        return False
    reach = range(max(start, i - ACTOR_REACH), i)  # a bounded look-back keeps a long sentence linear
    if any(doc[k].lower_ in NOT_AN_ACTOR for k in reach):
        return False  # "if the council closed the road": a condition, not an event
    if not any(doc[k].is_alpha and doc[k].text[:1].isupper() for k in reach):
        return False
    after = doc[i + 1] if i + 1 < end else None
    if lower in TRANSITIVE_ACTS and (after is None or after.lower_ not in OBJECT_OPENERS):
        return False
    if lower == "held":
        return any(doc[k].lower_ in MEETING_NOUNS for k in range(i + 1, min(end, i + 5)))
    return True


def _after_superlative(doc, i, start) -> bool:
    """A superlative a few words before ("the lowest level in decades", "worst level on record")."""
    return any(_superlative(doc[k].lower_) for k in range(max(start, i - SUPERLATIVE_REACH), i))


def _superlative(word: str) -> bool:
    """ "lowest", "worst", "most": as the tagger's list tags them, or an "-est" word it lacks ("wettest")."""
    tag = subjectivity.tag(word)
    return tag in ("JJS", "RBS") or not tag and len(word) > 5 and word.endswith("est") and word.isalpha()


# A figure the tokens do not show whole: digits glued to a preposition ("ከ9,500", "በ30 ነዋሪዎች"), and Ethiopic numerals,
# alone ("፳፫", 23), after a preposition ("በ፶") or before a word glued on ("፶ሺህ", 50 thousand); their value is
# ``ethiopic_numerals.ethiopic_value``'s.
_PREPOSITIONS = "|".join(sorted({word for words in GLUED_PREPOSITIONS.values() for word in words.split()}))
ETHIOPIC_NUMERAL = re.compile(f"[{ETHIOPIC_NUMERALS}]")
GLUED_FIGURE = re.compile(
    rf"(?:{_PREPOSITIONS})(?P<digits>\d+(?:[.,]\d+)*)|(?:{_PREPOSITIONS})?(?P<numerals>[{ETHIOPIC_NUMERALS}]+)"
)


def _glued_figure(doc, i, end) -> tuple[str, str, int, str] | None:
    """A figure starting at token ``i`` that the tokens do not show whole (``GLUED_FIGURE``): its value in digits, its
    words with the word glued after it ("ሺህ" in "፶ሺህ"), the index of its last token, and that glued word, if any."""
    token = doc[i]
    match = GLUED_FIGURE.match(doc.text, token.idx)
    if match is None:
        return None
    last = i
    while last + 1 < end and doc[last + 1].idx < match.end():
        last += 1
    rest = doc.text[match.end():doc[last].idx + len(doc[last].text)]
    if match.group("numerals") is not None:
        value = str(ethiopic_value(match.group("numerals")))
    else:
        value = match.group("digits")
    return value, doc.text[token.idx:doc[last].idx + len(doc[last].text)], last, rest.lower()


def _names_what_follows(doc, k, end) -> bool:
    """A capitalised word before a number names the number's group ("Year 11", "Day 3"): it is no unit of the number
    before it ("2,300 Year 11 pupils")."""
    return doc[k].text[:1].isupper() and k + 1 < end and doc[k + 1].text[:1].isdigit()


def _figure_marker(value, words, before, after) -> tuple[str, str]:
    """The marker a figure makes: a year is a date; with a unit or a currency after it, or a currency before it, a
    quantity ("90 ቀናት" measured, "£50" and "$2.5 million" sums, never "50 a"); else a count."""
    if re.fullmatch(r"(1[89]|20|21)\d\d", value):
        return "date", words
    if after in UNITS or after in CURRENCY:
        return "quantity", f"{words} {after}"
    if before in CURRENCY:
        sum_ = f"{before} {words}" if before.isalpha() else f"{before}{words}"
        return "quantity", f"{sum_} {after}" if after in SCALE_WORDS else sum_  # "$2.5 million"
    return "count", words


def markers(sentence, *unread: set[int], language: str | None = None) -> list[tuple[str, str]]:
    """(kind, words) for each marker in a sentence span, but for the tokens in the ``unread`` sets (indices).
    ``language``: the article's, whose number words (``worded_numbers``: "elva", "två miljoner", "femogtyve") are
    figures where it has a table; its words are no figures in another language's article (Danish "to" and "fire"
    are English words)."""
    doc = sentence.doc
    found = []
    read_through = sentence.start
    worded = [t.lower_ for t in sentence] if language in worded_numbers.LANGUAGES else None
    for i in range(sentence.start, sentence.end):
        if i < read_through or any(i in skipped for skipped in unread):
            continue
        token = doc[i]
        text, lower = token.text, token.lower_
        nxt = doc[i + 1] if i + 1 < sentence.end else None
        nxt_lower = nxt.lower_ if nxt is not None else ""
        if nxt is not None and nxt.text == "-" and i + 2 < sentence.end:
            nxt_lower = doc[i + 2].lower_
        if nxt is not None and _names_what_follows(doc, nxt.i, sentence.end):
            nxt_lower = ""
        before_lower = doc[i - 1].lower_ if i > 0 else ""
        has_digit = any(c.isdigit() for c in text)
        glued = _glued_figure(doc, i, sentence.end) if not token.like_num and (
            has_digit or ETHIOPIC_NUMERAL.search(text)
        ) else None
        if glued is not None:
            value, words, last, rest = glued
            read_through = last + 1
            after = rest or (doc[last + 1].lower_ if last + 1 < sentence.end else "")
            found.append(_figure_marker(value, words, before_lower, after))
        elif has_digit and token.like_num or has_digit and text[0].isdigit():
            if _is_artefact(doc, i) or _is_label(doc, i):
                continue
            found.append(_figure_marker(text, text, before_lower, nxt_lower))
        elif lower in FRACTIONS and i > sentence.start and doc[i - 1].lower_ in ("a", "one", "two", "three"):
            found.append(("quantity", f"{doc[i - 1].text} {text}"))
        elif lower in ORDINALS and (any(
            doc[k].lower_ in TIME_UNITS for k in range(i + 1, min(i + 3, sentence.end))
        ) or i > sentence.start and (
            doc[i - 1].lower_ in ("the", "its", "their", "his", "her")
            or doc[i - 1].text in ("'s", "’s") and nxt is not None and nxt.is_alpha  # "the council's fourth meeting"
        ) and (
            lower != "second" or doc[i - 1].lower_ == "the" and nxt is not None and nxt.is_alpha and (
                nxt_lower not in ("half", "hand", "thought")
            )  # "the second named storm" counts a series; "second" alone is also a unit of time
        ) or _position(doc, i, sentence.start)):
            found.append(("count", text))
        elif lower == "double" and i > sentence.start and doc[i - 1].is_alpha and doc[i - 1].text[:1].isupper() and (
            doc[i - 1].lower_ not in NOT_NAMES
        ):
            continue  # "Palmer double lifts Athletic": a player's two goals, not a multiplier
        elif lower in MULTIPLIERS or lower == "twice" and nxt_lower in ("as", "the"):
            found.append(("quantity", text))  # "almost double", "twice as likely" (not "checked twice")
        elif lower == "half" and nxt is not None and nxt.text == "-":
            continue  # a "half-" compound names a part, not a quantity: "half-time", "half-hearted"
        elif lower == "half" and i > sentence.start and doc[i - 1].lower_ in PERIOD_BEFORE_HALF:
            continue  # "the second half", "the final half hour": a part of a match or a show, not a quantity
        elif lower in NUMBER_WORDS and not (i > sentence.start and doc[i - 1].lower_ in ANAPHORIC):
            found.append(("quantity" if nxt_lower in UNITS else "count", text))
        elif worded is not None and token.is_alpha and (
            written := worded_numbers.value(worded, i - sentence.start, language)
        ):
            last = i + written[1] - 1
            read_through = last + 1
            after = doc[last + 1].lower_ if last + 1 < sentence.end else ""
            found.append(("quantity" if after in UNITS else "count", doc[i : last + 1].text))
        elif lower in ("a", "an") and nxt_lower in TIME_UNITS and nxt_lower not in LONG_SPANS and (
            i > sentence.start
        ) and (
            doc[i - 1].lower_ in ("within", "for", "over", "under", "than", "after", "in", "about", "around",
                                  "nearly", "almost", "roughly")
            or i + 2 < sentence.end and doc[i + 2].lower_ in ("less", "more", "longer", "shorter", "earlier", "later")
        ):
            found.append(("quantity", f"{doc[i - 1].text} {text} {nxt.text}"))  # "within an hour"
        elif lower in ("one", "a") and nxt_lower in TIME_UNITS and i + 2 < sentence.end and (
            doc[i + 2].lower_ in ("earlier", "later", "ago", "before", "after")
        ):
            found.append(("date", f"{text} {nxt.text} {doc[i + 2].text}"))
        elif text in MONTHS or text in WEEKDAYS:
            before = doc[i - 1] if i > sentence.start else None
            near_number = (before is not None and before.like_num) or (nxt is not None and nxt.like_num)
            if before is not None and before.lower_ in ("every", "each", "a", "an") or text in WEEKDAYS and (
                before is not None and before.text in MONTHS and i - 2 >= sentence.start
                and doc[i - 2].lower_ in ("a", "an", "every", "each")
            ):
                continue  # "in your inbox every Friday", "at 2am on a Tuesday", "an August Sunday": any such day
            if text in WEEKDAYS or near_number or (before is not None and before.lower_ in RELATIVE):
                found.append(("date", text))
        elif lower in DATE_WORDS:
            found.append(("date", text))
        elif lower in ("last", "next") and nxt is not None and (nxt_lower in TIME_UNITS or nxt.text in MONTHS):
            found.append(("date", f"{text} {nxt.text}"))
        elif lower in ("last", "this") and nxt_lower in SEASONS:
            found.append(("date", f"{text} {nxt.text}"))  # "last spring", "the fourth storm this winter"
        elif lower in EVENT_NOUNS and nxt_lower in BODIES_NAMED_FOR:
            continue  # "the Commons defence committee", "the war cabinet": a body, not an event
        elif lower in EVENT_NOUNS:
            before = doc[i - 1] if i > sentence.start else None
            after = doc[i + 2] if i + 2 < sentence.end and nxt_lower in ("of", "in", "on", "against") else None
            named_before = before is not None and before.text[:1].isupper() and i - 1 > sentence.start
            named_after = after is not None and after.text[:1].isupper()
            if named_before or named_after:
                first, last = (i - 1 if named_before else i), (i + 3 if named_after else i + 1)
                found.append(("named_event", doc[first:last].text))
        elif lower == "record" and (i == sentence.start or doc[i - 1].lower_ not in NOT_BEFORE_RECORD) and (
            nxt_lower not in ("of", "label", "labels", "shop", "shops", "store", "player", "players", "company")
        ):
            found.append(("record", text))
        elif (lower in SINCE_WHEN or lower == "record" or lower == "in" and nxt_lower in SPAN_AFTER_IN) and (
            _after_superlative(doc, i, sentence.start)
        ):
            found.append(("record", f"{doc[i - 1].text} {text}"))
        elif text in ("%",) or lower in PERCENT_WORDS:
            found.append(("quantity", text))
        elif lower in WARNING_ACTS and i > sentence.start and any(
            doc[k].lower_ in WARNING_NOUNS for k in range(i + 1, min(sentence.end, i + 7))
        ) and doc[i - 1].lower_ not in ("the", "a", "an", "be", "been", "is", "are", "was", "were"):
            found.append(("named_event", f"{text} a warning"))
        elif lower in EVENT_ACTS and _act_of_named_actor(doc, i, sentence.start, sentence.end):
            found.append(("named_event", text))
    return found


# Where a second clause begins: after a conjunction, a second reported clause ("said the school had a deficit of
# £212,000 and that pupil numbers were forecast to fall", "had been contacted by 23 families and warned that …") or
# a participle of consequence (", raising hopes that astronauts could …").
CLAUSE_BREAK = re.compile(
    r"(, (and|but|while|although|with|(?!according)[a-z]+ing)|;|\band (that|said|says|warned|added|told)) "
)
# A finding reported in the past ("proved in 2022 that a spacecraft could nudge", "found that seven out of ten
# features could be got round"): what could be done was shown, not forecast.
FINDING = re.compile(r"\b(found|proved|showed|shown|demonstrated|established)\b[^,;]{0,150}? that\b")
# A forecast revised against an earlier figure ("now expects … 2.6 billion …, down from a previous forecast of 3.4
# billion"): that the outlook was cut or raised is on the record.
REVISION = re.compile(r"\b(down|up) from (a|an|the|its|their) (previous|earlier|prior) (forecast|estimate|guidance)\b"
                      r"|\b(down|up) from the [\d.,]+%? (it|they) (forecast|predicted)")
# The weeks ahead: "in the coming weeks" is vague future time, like "in recent years".
COMING = re.compile(r"\b(in|over) the (coming|next few) (days|weeks|months|years)\b", re.IGNORECASE)
REPORTING = re.compile(
    r"\b(said|says|told|warned|warn|warns|warning|saying|adding|claimed|insisted|argued|added|believe|believes|fear|fears)\b"
)
# A relative clause set apart by commas (", which could rise to £70m with add-ons,"): a hedge inside it hedges
# the thing it describes, not the sentence's statement.
ASIDE = re.compile(r", (which|who) [^,]*,")
WORDS = re.compile(r"\w[\w.,]*\w|\w|[^\w\s]")


def _forecast(sentence, marks) -> bool:
    """A sentence that forecasts or hedges — unless the forecast is the content of words reported after a
    marker ("30 MPs have warned they could vote against"): that someone said so is checkable; or a clause of
    its own after a marker ("broke down on Sunday, …, and is not expected to return")."""
    text = sentence.text
    if COMING.search(text) and all(kind == "count" for kind, _ in marks):
        return True  # "Three things deserve attention in the coming weeks."
    asides = [m.span() for m in ASIDE.finditer(text)]
    hedged = [(a, b) for a, b in asides if FORECAST.search(text, a, b)]
    if hedged:
        starts = [0] + [end for _, end in hedged]
        ends = [start for start, _ in hedged] + [len(text)]
        outside = "".join(text[a:b] for a, b in zip(starts, ends, strict=True))
        words = set(WORDS.findall(outside))  # a set, so that many numbers cost one pass
        if not any(word.split()[0] in words for _, word in marks):
            return True  # "The plan, which could cost £5m, …": every number is in the hedge
    finding = FINDING.search(text)
    forecast = next(
        (m for m in FORECAST.finditer(text) if not any(a <= m.start() < b for a, b in hedged) and not (
            finding is not None and finding.end() <= m.start() and m.group().lower() == "could"
        )), None
    )
    if forecast is None or REVISION.search(text):
        return False
    first_marker = text.find(marks[0][1].split()[0])  # marks come in the order of the words: one look-up
    if 0 <= first_marker < forecast.start() and CLAUSE_BREAK.search(text, first_marker, forecast.start()):
        return False  # "broke down on Sunday, …, and is not expected to return": the fact stands before the forecast
    reporting = REPORTING.search(text)
    if reporting is None or reporting.start() > forecast.start():
        return True
    return not 0 <= first_marker < reporting.start()


def _field(sentence) -> bool:
    """A label and its value ("Ref: FSO-2026-031", "Telephone: +44 20 …", "Previous meetings: 1 (…)"): a line
    of page data, not a statement — a short label before a colon and hardly any words after it."""
    doc = sentence.doc
    colon = next((i for i in range(sentence.start, min(sentence.start + 4, sentence.end)) if doc[i].text == ":"), None)
    if colon is None or colon == sentence.start:
        return False
    words_after = sum(1 for i in range(colon + 1, sentence.end) if doc[i].is_alpha and doc[i].is_lower)
    return words_after < 3


# A label in the first person before a colon ("Our take:", "Our view:", "My verdict:") sets the outlet's or the
# writer's opinion apart from the report: what follows it is a view, not a claim.
OWN_VIEW_LABEL = frozenset("our my we".split())
LABEL_TOKENS = 4


def _own_view(sentence) -> bool:
    doc = sentence.doc
    reach = range(sentence.start, min(sentence.start + LABEL_TOKENS, sentence.end))
    colon = next((i for i in reach if doc[i].text == ":"), None)
    return colon is not None and any(doc[i].lower_ in OWN_VIEW_LABEL for i in range(sentence.start, colon))


def _contact(sentence) -> bool:
    """A line that gives a telephone number ("the heat line is open 24 hours on 061", "call 0800 123 4567"): a
    number written with a leading zero dials rather than counts, and the line is a service's details."""
    return any(t.text[:1] == "0" and len(t.text) >= 3 and t.text.isdigit() for t in sentence)


def _question(sentence) -> bool:
    last = next((t for t in reversed(list(sentence)) if not t.is_quote), None)
    return last is not None and last.text == "?"


def _first_person(sentence, quoted) -> bool:
    doc = sentence.doc
    return any(
        doc[i].text in FIRST_PERSON and i not in quoted and not (i > sentence.start and doc[i - 1].text[:1].isupper())
        for i in range(sentence.start, sentence.end)
    )


# A transcript's turn opens on its speaker's label in capitals and a colon ("REPORTER JANE ROE:", "911 DISPATCHER
# LEE MARR:", "ANCHOR:"): the words said start after it, and so does a claim made in them.
SPEAKER_LABEL_TOKENS = 8


def _after_speaker_label(sentence):
    """``sentence`` without the speaker's label that opens it, if it opens on one (a few words whose letters are all
    capitals, then a colon, then the words said)."""
    doc = sentence.doc
    reach = range(sentence.start, min(sentence.start + SPEAKER_LABEL_TOKENS, sentence.end - 1))
    colon = next((i for i in reach if doc[i].text == ":"), None)
    if colon is None:
        return sentence
    letters = [c for t in doc.tokens[sentence.start:colon] for c in t.text if c.isalpha()]
    if len(letters) < 2 or not all(c.isupper() for c in letters):
        return sentence
    return Span(doc, colon + 1, sentence.end)


# A live page's post opens on the time it was posted and a dash ("14h05 — Bom dia", "10:42 – The mayor arrived",
# "9h — …"): the post's stamp, no figure of its sentence.
TIME_STAMP = re.compile(r"(?:[01]?\d|2[0-3])(?:[:.h][0-5]\d|h)\s*[—–-]\s")


def _after_time_stamp(sentence):
    """``sentence`` without the time that opens it as a post's stamp (``TIME_STAMP``), if it opens on one."""
    doc = sentence.doc
    stamp = TIME_STAMP.match(doc.text, sentence.start_char)
    if stamp is None:
        return sentence
    first = next((i for i in range(sentence.start, sentence.end) if doc[i].idx >= stamp.end()), sentence.end)
    return Span(doc, first, sentence.end)


# A wire story's dateline on its own, closed by a stop: the place, the date and the agency in slashes or brackets
# ("მთისუბანი, 4 აპრილი /ვარსკვლავი/.", "LOWMERE, March 3 (Valewire)."). It says where and when the report was filed,
# not what happened: its date is no marker of a claim. A dateline that runs on into the report's first sentence
# ("LOWMERE, March 3 (Valewire) - About 600 residents …") is left whole, the claim being the sentence it opens.
# A dateline opens its line, and names its place and its agency: one to three words, none in small letters where the
# script writes capitals ("LOWMERE", "North Fenby"), and an agency in slashes, or in brackets a name of a few words
# none in small letters ("(Valewire)", "(AP)"). A short sentence of the same shape is a claim: "Prices rose, by 5% (a
# record).", "The council met, on 12 May (a Tuesday).".
DATELINE_ALONE = re.compile(
    r"(?P<place>[^\W\d_][^\W\d_.'’-]*(?:[\s.'’-]+[^\W\d_]+){0,3}),\s*[^/()\[\],.;:]{0,30}\d[^/()\[\],.;:]{0,30}?"
    r"\s*(?:/[^/\n]{1,40}/|\((?P<round>[^()\n]{1,40})\)|\[(?P<square>[^\[\]\n]{1,40})\])\s*[.:–—-]?\s*"
)
DATELINE_PLACE_WORDS = 3
DATELINE_AGENCY_WORDS = 3


def _names(text: str, most: int) -> bool:
    """``text`` is a name of at most ``most`` words, none opening in a small letter (``opens_in_lower_case``)."""
    names = text.split()
    return 0 < len(names) <= most and not any(opens_in_lower_case(name) for name in names)


def _dateline_alone(sentence, number: int) -> bool:
    """``sentence``, the ``number``-th of its line, is a wire dateline standing alone (``DATELINE_ALONE``)."""
    if number:
        return False
    dateline = DATELINE_ALONE.fullmatch(sentence.text)
    if dateline is None or not _names(dateline["place"], DATELINE_PLACE_WORDS):
        return False
    agency = dateline["round"] or dateline["square"]
    return agency is None or _names(agency, DATELINE_AGENCY_WORDS)


# A reading time or a clip's length on a line of its own ("Čtení na 3 minuty", "Lesezeit: 4 Minuten", "წაკითხვის
# დრო: 3 წუთი", "Dakika 3 za kusoma"): a short line with no stop whose figures are all counts of minutes is the
# page's data, not a statement. The first line of the story is its headline ("Dam gave way in 5 minutes"), never a
# reading time. The words for minutes, per language, are the page vocabulary's (``READING_TIME_UNITS``), the unit
# before or after the figure.
MINUTES = _words(READING_TIME_UNITS)
READING_TIME_WORDS = 4
SENTENCE_STOPS = frozenset(".!?…።")


def _line_end(text: str) -> str:
    """The last character of ``text`` that is not a closing quotation mark or bracket."""
    return text.rstrip().rstrip("\"'”’»)]")[-1:]


def _reading_time(lines: list[Line], k: int) -> bool:
    line = lines[k]
    doc = line.doc
    if k == 0 or line.length > READING_TIME_WORDS or _line_end(line.text) in SENTENCE_STOPS:
        return False
    figures = [t.i for t in doc if any(c.isdigit() for c in t.text)]
    return bool(figures) and all(
        i + 1 < len(doc) and doc[i + 1].lower_.rstrip(".") in MINUTES or i > 0 and doc[i - 1].lower_ in MINUTES
        for i in figures
    )


# A subheading inside the story ("The water came at 3:15", "Voda přišla ve 3:15"): a short line of its own, with no
# stop, between two paragraphs of the report, each closed by a stop, with nothing else in its block. It names the
# section below it, as the headline names the story: the claim, if any, is made again in the paragraph it heads. The
# headline above the story is not one: it is the outlet's first statement of the news and stays a claim; nor is a
# live page's post heading under its stamp ("2h ago", "07:15" in the same block), the post's own news.
SUBHEADING_WORDS = 8


def _subheading(lines: list[Line], k: int) -> bool:
    """``lines`` are the story's lines without the page's furniture, each numbered as on the page: the paragraphs
    around a subheading are its next lines on the page, no furniture line between them."""
    line = lines[k]
    if k == 0 or k + 1 >= len(lines) or line.length > SUBHEADING_WORDS or _line_end(line.text) in SENTENCE_STOPS:
        return False
    before, after = lines[k - 1], lines[k + 1]
    return (
        before.number == line.number - 1 and after.number == line.number + 1
        and before.block < line.block < after.block
        and _line_end(before.text) in SENTENCE_STOPS and _line_end(after.text) in SENTENCE_STOPS
        and after.length > SUBHEADING_WORDS
    )


def suggest(lines: list[Line]) -> list[Suggestion]:
    found = []
    language = languages_read.language_of("\n".join(line.text for line in lines)) if lines else None
    for index, line in enumerate(lines):
        if _reading_time(lines, index) or _subheading(lines, index):
            continue
        quoted = quoted_tokens(line.doc)
        for number, sentence in enumerate(line.doc.sents):
            if number == 0:
                sentence = _after_speaker_label(_after_time_stamp(sentence))
            words = [t for t in sentence if not (t.is_punct or t.is_space)]
            if len(words) < MIN_WORDS or _question(sentence) or _first_person(sentence, quoted) or _field(sentence) or (
                _contact(sentence) or _own_view(sentence) or _dateline_alone(sentence, number)
            ):
                continue
            marks = markers(sentence, quoted, _plans(sentence), language=language)
            if not marks or _forecast(sentence, marks):
                continue
            kinds = [k for k in KIND_ORDER if any(m[0] == k for m in marks)]
            text = sentence.text.rstrip()
            start = line.start + sentence.start_char
            described = joined(
                [f"{KIND_LABEL[k]} ({quoted_list([w for kind, w in marks if kind == k], 3)})" for k in kinds]
            )
            confidence = round(min(0.9, 0.5 + 0.1 * len(kinds) + 0.05 * (len(marks) - len(kinds))), 2)
            found.append(
                Suggestion(start, start + len(text), TAG, f"{TAG}.{kinds[0]}",
                           f"A checkable statement with {described}.", confidence)
            )
    return found
