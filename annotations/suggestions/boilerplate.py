"""Boilerplate: page furniture, judged one line at a time from the line's own words and shape.

A line is furniture when its words are the vocabulary of web pages rather than of news (share, subscribe,
newsletter, sign in, read more, copyright), when it opens with an imperative call to action ("Download the
app"), when it is a credit or a byline, when it is repeated elsewhere on the page, or when it is a donation
or subscription appeal. Then the shape of the page decides the rest: short labels and captions outside the
article's body, the headline-like lines of a "Read more" list, and short lines inside a block of furniture.
A short line between two body paragraphs is a crosshead and stays content, and so does the headline (the
first long line without a full stop before the body begins). No list of any site's actual lines is used.
"""

import re
from collections import Counter

from annotations.suggestions.base import Line, Suggestion, quoted_list

TAG = "boilerplate"

# Words of page furniture. In a short line, a high share of these means navigation or a prompt.
FURNITURE_WORDS = frozenset(
    """
    newsletter newsletters events podcast podcasts video videos menu home search sections latest trending
    weather sport sports culture opinion business politics live tv radio audio advertisement advertisements
    advert ad ads sponsored promoted loader loading cookie cookies privacy terms accessibility shortcuts login
    logout account profile settings subscribe subscribed subscription subscriptions subscriber subscribers
    premium membership member members donate donation donations patron share shares sharing comments comment
    tweet email print facebook twitter whatsapp linkedin telegram reddit instagram youtube tiktok close button
    copy link app apps download related recommended picks stories more published updated min read reading
    photo photos image images gallery credit copyright rights reserved free trial titles sources exclusive
    offer contact feedback skip top back next previous page follow
    """.split()
)
# Words that, in a short line, are furniture on their own.
STRONG_WORDS = frozenset(
    """
    newsletter newsletters subscribe subscription subscriptions subscriber subscribers membership donate
    advertisement advertisements sponsored accessibility paywall loader cookies podcasts
    """.split()
)
STRONG_PHRASES = (
    "sign in", "sign up", "log in", "read more", "already a member", "already a subscriber", "top stories",
    "our picks", "editor's picks", "days free", "free trial", "close button", "the app", "one app", "most read",
    "most popular", "you may also like", "more from", "more stories", "related stories", "related articles",
    "related topics", "follow us", "support us", "skip to", "back to top", "share this", "all rights reserved",
    "min read", "minute read", "published on", "last updated", "click here", "tap here", "see also",
    "recommended for you", "more on this", "watch live", "listen to this",
)
RELATED_LABELS = re.compile(
    r"^(read more|related( stories| articles| topics| content| coverage)?|more (stories|on this( story)?|from .*)|"
    r"see also|you may also like|recommended( for you)?|most (read|popular)|top stories.*|our picks|"
    r"editor'?s picks|trending( now)?|latest( news)?)\W*$",
    re.IGNORECASE,
)
CALL_TO_ACTION_VERBS = frozenset(
    """
    get start sign subscribe download read join become support donate follow share go click tap try watch
    listen register log upgrade discover explore see continue install contribute give skip view visit browse
    unlock claim save enjoy email print comment like open back return
    """.split()
)
SECOND_PERSON = frozenset("you your yours here now free today app us our".split())
APPEAL_CUES = (
    "support", "donate", "donation", "patron", "subscribe", "subscription", "readers like you", "join our",
    "help us", "our journalism", "our reporting", "sign up", "membership", "become a member", "contribute",
    "newsletter", "independent journalism", "free information", "cup of coffee", "keep our", "paywall",
)
CREDIT = re.compile(
    r"©|\bcopyright\b|all rights reserved|^[\W_]*\(?\s*(via|photo|photograph|image|picture|credit|source|"
    r"illustration|video)\b\s*[:\w]|\b(reuters|afp|getty( images)?|ap photo|associated press|epa|shutterstock|"
    r"xinhua|yonhap|anadolu|pa media|pa wire|bloomberg|alamy)\b|/(ap|afp|reuters|epa|getty)\b",
    re.IGNORECASE,
)
COPYRIGHT = re.compile(r"©|\bcopyright\b|all rights reserved", re.IGNORECASE)
BYLINE = re.compile(r"^(by|words by|written by|reporting by|text by)\s+\S", re.IGNORECASE)
TERMINAL = tuple(".!?…:;\"”’»)")

CONFIDENCE = {
    "symbols": 0.9, "credit": 0.9, "timestamp": 0.85, "byline": 0.85, "repeated": 0.85, "appeal": 0.85,
    "furniture_words": 0.8,
    "call_to_action": 0.8, "caption": 0.75, "related_list": 0.75, "short_label": 0.65, "furniture_block": 0.65,
}


def _normal(text: str) -> str:
    return " ".join(text.casefold().split())


def _ends_sentence(line: Line) -> bool:
    return line.text.endswith(TERMINAL)


def _first_pass(line: Line, repeats: Counter) -> tuple[str, str] | None:
    """Rules that look at the line alone (and how often it occurs): (rule, reason) or None."""
    words = line.words
    lower = [w.lower_ for w in words]
    text = _normal(line.text)
    if not words:
        return "symbols", "A line of symbols only, no words."
    if (len(words) <= 12 and CREDIT.search(line.text)) or (len(words) <= 40 and COPYRIGHT.search(line.text)):
        return "credit", "A picture credit or copyright line."
    if len(words) <= 8 and BYLINE.match(line.text):
        return "byline", "A byline: “By …” on a line of its own."
    if len(words) <= 10 and _is_timestamp(lower):
        return "timestamp", "A date or time stamp on a line of its own."
    if repeats[text] > 1 and len(words) <= 20:
        return "repeated", f"The same line appears {repeats[text]} times on the page."
    if len(words) <= 12:
        phrases = [p for p in STRONG_PHRASES if re.search(rf"\b{re.escape(p)}\b", text)]
        strong = [w for w in lower if w in STRONG_WORDS]
        furniture = [w for w in lower if w in FURNITURE_WORDS]
        if phrases or strong or len(furniture) * 2 >= len(words) and len(furniture) >= 1 and len(words) <= 8:
            cues = phrases + strong + furniture
            return "furniture_words", f"Words of page furniture, not of news: {quoted_list(cues)}."
        first = line.doc[0].lower_
        if first in CALL_TO_ACTION_VERBS and (len(words) <= 8 or SECOND_PERSON.intersection(lower)):
            return "call_to_action", f"A call to action opening with the imperative “{line.doc[0].text}”."
    else:
        cues = [c for c in APPEAL_CUES if re.search(rf"\b{re.escape(c)}", text)]
        addressed = {"you", "your", "we", "our", "us"}.intersection(lower)
        if len(cues) >= 3 and addressed:
            return "appeal", f"A donation or subscription appeal: {quoted_list(cues)}."
    return None


MONTH_WORDS = frozenset(
    "january february march april may june july august september october november december jan feb mar apr jun "
    "jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu "
    "thur thurs fri sat sun gmt bst utc cet est edt pst am pm updated published posted last".split()
)


def _is_timestamp(words: list[str]) -> bool:
    """Every word is a number, a month or weekday name, a time zone or "updated"/"published"."""
    has_date = any(w in MONTH_WORDS and w not in ("updated", "published", "posted", "last") for w in words) or any(
        re.fullmatch(r"(19|20)\d\d", w) for w in words
    )
    return has_date and all(w in MONTH_WORDS or any(c.isdigit() for c in w) or w in ("on", "at") for w in words)


def _is_body(line: Line, flagged: dict) -> bool:
    return line.number not in flagged and len(line.words) >= 10 and _ends_sentence(line)


def suggest(lines: list[Line]) -> list[Suggestion]:
    repeats = Counter(_normal(line.text) for line in lines)
    flagged: dict[int, tuple[str, str]] = {}
    for line in lines:
        found = _first_pass(line, repeats)
        if found:
            flagged[line.number] = found

    body = {line.number for line in lines if _is_body(line, flagged)}
    first_body = min(body, default=len(lines))

    def among_furniture(line):
        return any(
            0 <= n < len(lines) and lines[n].block == line.block and n in flagged
            for n in (line.number - 1, line.number + 1)
        )

    headline = next(
        (
            line.number
            for line in lines[:first_body]
            if line.number not in flagged and len(line.words) >= 5 and not _ends_sentence(line)
            and not among_furniture(line)
        ),
        None,
    )

    # Captions: a line repeated at the start of a credit line, or a line without a full stop just before one.
    credits = [line for line in lines if flagged.get(line.number, ("",))[0] == "credit"]
    for line in lines:
        if line.number in flagged or _ends_sentence(line) or len(line.words) < 3 or line.number == headline:
            continue
        follows = lines[line.number + 1] if line.number + 1 < len(lines) else None
        if any(c.text.startswith(line.text) and c is not line for c in credits) or (
            follows is not None and follows in credits
        ):
            flagged[line.number] = ("caption", "A caption: the line sits on a picture credit.")

    body = {line.number for line in lines if _is_body(line, flagged)}

    def crosshead(line):
        before = line.number - 1 in body
        after = line.number + 1 in body
        return before and after

    in_related_list = False
    for line in lines:
        if line.number in flagged:
            in_related_list = bool(RELATED_LABELS.match(line.text))
            continue
        if line.number in body:
            in_related_list = False
            continue
        if line.number == headline or crosshead(line):
            continue
        words = len(line.words)
        if not _ends_sentence(line) and in_related_list and words <= 25:
            flagged[line.number] = ("related_list", "A headline in a list of links after a “Read more” label.")
        elif not _ends_sentence(line) and words <= 4:
            flagged[line.number] = ("short_label", f"A short label outside the article's body ({words} words).")
        elif not _ends_sentence(line) and 5 <= words <= 30:
            flagged[line.number] = ("caption", "A line without a full stop outside the body: a caption or a link.")

    # Short lines next to furniture in the same block (no blank line between) are furniture too,
    # unless they sit between two body paragraphs.
    changed = True
    while changed:
        changed = False
        for line in lines:
            if line.number in flagged or line.number in body or len(line.words) > 6 or line.number == headline:
                continue
            neighbours = [n for n in (line.number - 1, line.number + 1) if 0 <= n < len(lines)]
            same_block = [n for n in neighbours if lines[n].block == line.block]
            if any(n in flagged for n in same_block) and not all(n in body for n in neighbours):
                flagged[line.number] = ("furniture_block", "A short line in a block of page furniture.")
                changed = True

    return [
        Suggestion(line.start, line.end, TAG, f"{TAG}.{rule}", reason, CONFIDENCE[rule])
        for line in lines
        if line.number in flagged
        for rule, reason in [flagged[line.number]]
    ]
