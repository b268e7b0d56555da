"""Factual claims: sentences that state something checkable with a quantity, a measure, a date, a count
or a named event.

Markers are read from the line's tokens: numbers (digits, or number words such as "fifty" and "thousands"),
units and percentages, month and weekday names used as dates, years, "last August" / "two days earlier",
named events ("the Korean War", "the invasion of Ukraine"), multipliers ("almost double", "tripled") and
ordinals after a determiner ("the ninth storm"). Numbers that are page artefacts — "page 2",
"5 min read", "12 comments", image counters — are not markers, and fragments under four words are not
claims. The whole sentence is suggested; the reason lists the markers found.
"""

import re

from annotations.suggestions.base import Line, Suggestion, quoted_list

TAG = "factual_claim"

NUMBER_WORDS = frozenset(
    """
    two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen
    eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands
    million millions billion billions trillion trillions dozen dozens half
    """.split()
)
TIME_UNITS = frozenset("day days week weeks month months year years hour hours decade decades century".split())
UNITS = frozenset(
    """
    km kilometres kilometers kilometre kilometer miles mile metres meters metre meter m cm mm kg kilograms
    tonnes tons tonne ton hectares hectare acres acre per cent percent % litres liters barrels degrees
    """.split()
) | TIME_UNITS
CURRENCY = frozenset("$ £ € ¥ ₩ ₽ ₴ usd eur gbp dollars euros pounds yuan won roubles rubles hryvnias".split())
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
ARTEFACT_BEFORE = frozenset("page p. pp photo image picture slide gallery episode no. step".split())
ARTEFACT_AFTER = frozenset("comments comment shares likes views replies followers".split())
MIN_WORDS = 4
# Words that multiply or divide a quantity ("almost double the average", "trips have tripled").
MULTIPLIERS = frozenset(
    "double doubled doubling doubles triple tripled tripling triples quadruple quadrupled halve halved halving "
    "threefold fourfold fivefold tenfold".split()
)
# "the two countries" refers back to things already named; it counts nothing new.
ANAPHORIC = frozenset("the these those both their its our his her".split())
KIND_ORDER = ("quantity", "count", "date", "named_event")
KIND_LABEL = {"quantity": "a quantity", "count": "a count", "date": "a date", "named_event": "a named event"}


def _is_artefact(doc, i) -> bool:
    before = doc[i - 1].lower_ if i > 0 else ""
    after = doc[i + 1].lower_ if i + 1 < len(doc) else ""
    after2 = doc[i + 2].lower_ if i + 2 < len(doc) else ""
    if before in ARTEFACT_BEFORE or after in ARTEFACT_AFTER:
        return True
    if after in ("min", "mins", "minute", "minutes") and after2 == "read":
        return True
    return after == "/" or doc[i].like_url or doc[i].like_email


MONTH_ABBREVIATIONS = frozenset("Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split())
ORDINALS = frozenset(
    "second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth twentieth".split()
)
FRACTIONS = frozenset("half third quarter fifth tenth thirds quarters".split())
# A sentence that forecasts or hedges ("is expected in 2027", "could close by May") states nothing checkable yet.
FORECAST = re.compile(
    r"\b(expects?|expected to|(is|are|was|were|be) expected|forecasts? to|could|might|(?<!as )likely to|predicts?)\b",
    re.IGNORECASE,
)


# Words that open a sentence before a number without naming anything ("In 2025", "Nearly 50").
NOT_NAMES = frozenset(
    """
    in on at by since from about around some nearly almost over under more less only just after before until
    the all of to for with than between during up down roughly approximately exactly least
    """.split()
)


def _is_label(doc, i) -> bool:
    """A number that names rather than counts: "Chapter 11", "Match 4", "TOI-2291", and an age in
    apposition after a name ("Jane Roe, 34, said")."""
    before = doc[i - 1] if i > 0 else None
    after = doc[i + 1] if i + 1 < len(doc) else None
    if before is not None and before.text == "-" and i > 1 and doc[i - 2].text[:1].isupper():
        return True
    if before is not None and before.is_alpha and before.text[:1].isupper() and before.lower_ not in NOT_NAMES and (
        before.text not in MONTHS and before.text not in WEEKDAYS and before.text not in MONTH_ABBREVIATIONS
    ) and not (after is not None and after.text in ("-", "–")):
        return True
    if before is not None and before.text == "," and after is not None and after.text == "," and i > 1 and (
        doc[i - 2].text[:1].isupper() and doc[i].text.isdigit() and len(doc[i].text) <= 3
    ):
        return True
    return False


def markers(sentence) -> list[tuple[str, str]]:
    """(kind, words) for each marker in a sentence span."""
    doc = sentence.doc
    found = []
    for i in range(sentence.start, sentence.end):
        token = doc[i]
        text, lower = token.text, token.lower_
        nxt = doc[i + 1] if i + 1 < sentence.end else None
        nxt_lower = nxt.lower_ if nxt is not None else ""
        if nxt is not None and nxt.text == "-" and i + 2 < sentence.end:
            nxt_lower = doc[i + 2].lower_
        has_digit = any(c.isdigit() for c in text)
        if has_digit and token.like_num or has_digit and text[0].isdigit():
            if _is_artefact(doc, i) or _is_label(doc, i):
                continue
            if re.fullmatch(r"(1[89]|20|21)\d\d", text):
                found.append(("date", text))
            elif nxt_lower in UNITS or nxt_lower in CURRENCY or (i > 0 and doc[i - 1].lower_ in CURRENCY):
                found.append(("quantity", f"{text} {nxt_lower}"))
            else:
                found.append(("count", text))
        elif lower in FRACTIONS and i > sentence.start and doc[i - 1].lower_ in ("a", "one", "two", "three"):
            found.append(("quantity", f"{doc[i - 1].text} {text}"))
        elif lower in ORDINALS and (any(
            doc[k].lower_ in TIME_UNITS for k in range(i + 1, min(i + 3, sentence.end))
        ) or lower != "second" and i > sentence.start and doc[i - 1].lower_ in ("the", "its", "their", "his", "her")):
            found.append(("count", text))
        elif lower in MULTIPLIERS or lower == "twice" and nxt_lower in ("as", "the"):
            found.append(("quantity", text))  # "almost double", "twice as likely" (not "checked twice")
        elif lower == "half" and nxt is not None and nxt.text == "-":
            continue  # a "half-" compound names a part, not a quantity: "half-time", "half-hearted"
        elif lower in NUMBER_WORDS and not (i > sentence.start and doc[i - 1].lower_ in ANAPHORIC):
            found.append(("quantity" if nxt_lower in UNITS else "count", text))
        elif lower in ("a", "an") and nxt_lower in TIME_UNITS and i > sentence.start and (
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
            if text in WEEKDAYS or near_number or (before is not None and before.lower_ in RELATIVE):
                found.append(("date", text))
        elif lower in DATE_WORDS:
            found.append(("date", text))
        elif lower in ("last", "next") and nxt is not None and (nxt_lower in TIME_UNITS or nxt.text in MONTHS):
            found.append(("date", f"{text} {nxt.text}"))
        elif lower in EVENT_NOUNS:
            before = doc[i - 1] if i > sentence.start else None
            after = doc[i + 2] if i + 2 < sentence.end and nxt_lower in ("of", "in", "on", "against") else None
            named_before = before is not None and before.text[:1].isupper() and i - 1 > sentence.start
            named_after = after is not None and after.text[:1].isupper()
            if named_before or named_after:
                first, last = (i - 1 if named_before else i), (i + 3 if named_after else i + 1)
                found.append(("named_event", doc[first:last].text))
        elif text in ("%",) or lower in ("percent",):
            found.append(("quantity", text))
    return found


REPORTING = re.compile(r"\b(said|says|told|warned|warn|warns|claimed|insisted|argued|added|believe|believes)\b")


def _forecast(sentence, marks) -> bool:
    """A sentence that forecasts or hedges — unless the forecast is the content of words reported after a
    marker ("30 MPs have warned they could vote against"): that someone said so is checkable."""
    text = sentence.text
    forecast = FORECAST.search(text)
    if forecast is None:
        return False
    reporting = REPORTING.search(text)
    if reporting is None or reporting.start() > forecast.start():
        return True
    first_marker = min(
        (text.find(words.split()[0]) for _kind, words in marks if text.find(words.split()[0]) != -1), default=-1
    )
    return not 0 <= first_marker < reporting.start()


def suggest(lines: list[Line]) -> list[Suggestion]:
    found = []
    for line in lines:
        for sentence in line.doc.sents:
            words = [t for t in sentence if not (t.is_punct or t.is_space)]
            if len(words) < MIN_WORDS:
                continue
            marks = markers(sentence)
            if not marks or _forecast(sentence, marks):
                continue
            kinds = [k for k in KIND_ORDER if any(m[0] == k for m in marks)]
            text = sentence.text.rstrip()
            start = line.start + sentence.start_char
            described = "; ".join(
                f"{KIND_LABEL[k]} ({quoted_list([w for kind, w in marks if kind == k], 3)})" for k in kinds
            )
            confidence = round(min(0.9, 0.5 + 0.1 * len(kinds) + 0.05 * (len(marks) - len(kinds))), 2)
            found.append(
                Suggestion(start, start + len(text), TAG, f"{TAG}.{kinds[0]}",
                           f"A checkable statement with {described}.", confidence)
            )
    return found
