"""Page furniture judged one line at a time, from the line's own words and shape: the rules the importer's
topic band and the suggester's boilerplate share. Plain Python and regular expressions, no Django.

A line is furniture when its words are the vocabulary of web pages rather than of news (share, subscribe,
newsletter, sign in, read more, copyright), when it opens with an imperative call to action ("Download the
app"), when it is a credit, a byline or a time stamp, when it is repeated elsewhere on the page, or when it is
a donation or subscription appeal. Widgets and tools leave shapes of their own: menus (short items between
separators, or a row of section names), audio and video players (running times and play controls), reaction
counters (symbols and counts), author boxes (a name, then a journalist's job), capture-tool headers (a field
name and an ISO date), markdown image lines, contact lines (an e-mail address), notes about the article itself
(print edition, corrections, a disclaimer about external sites), subscription offers (a price and a call to
subscribe), a masthead's motto ("Serving the valley since 1887"), a live page's greeting, wire credits
("Reporting by …; Editing by …") and invitations to write in. No list of any site's actual lines is used.

    line_furniture(text, repeats=1) -> (rule, reason) or None

``rule`` is a short name ("navigation", "byline", "credit", …; every one is a key of ``CONFIDENCE``, which
gives how sure the rule is) and ``reason`` a sentence an editor can read; ``repeats`` is how many times the
line occurs on the page (compare lines with ``normal``). What only the page can tell — captions beside a
credit, lists under a "Read more" label, the headline, short lines inside a block of furniture — is left to
the caller (``annotations.suggestions.boilerplate`` does it for the suggestions).
"""

import re
import unicodedata

from newsdesk.importing.tokens import tokenize

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
    advertisement advertisements sponsored accessibility paywall loader cookies podcasts javascript
    """.split()
)
STRONG_PHRASES = (
    "sign in", "sign up", "log in", "read more", "already a member", "already a subscriber", "top stories",
    "our picks", "editor's picks", "days free", "free trial", "close button", "the app", "one app", "most read",
    "most popular", "you may also like", "more from", "more stories", "related stories", "related articles",
    "related topics", "follow us", "support us", "skip to", "back to top", "share this", "all rights reserved",
    "min read", "minute read", "published on", "last updated", "click here", "tap here", "see also",
    "recommended for you", "more on this", "watch live", "listen to this", "listen live", "our standards",
    "community guidelines", "editorial guidelines", "editorial standards", "trust principles", "read also",
    "read next", "what to read next", "most viewed", "load more",
)
STRONG_PHRASE = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in STRONG_PHRASES) + r")\b")


def _strong_phrases(text: str) -> list[str]:
    """The strong phrases in ``text`` (already case-folded), overlapping ones included."""
    return [p for p in STRONG_PHRASES if p in text] if STRONG_PHRASE.search(text) else []


RELATED_LABELS = re.compile(
    r"^(read (more|next|also)|what to read next|related( stories| articles| topics| content| coverage)?|"
    r"related( \w+)? links|"
    r"more (stories|on this( story)?|from .*|in .*)|see also|you may also like|recommended( for you)?|"
    r"most (read|popular|viewed)|top stories.*|our picks|editor'?s picks|trending( now)?|latest( news)?)\W*$",
    re.IGNORECASE,
)
CALL_TO_ACTION_VERBS = frozenset(
    """
    get start sign subscribe download read join become support donate follow share go click tap try watch
    listen register log upgrade discover explore see continue install contribute give skip view visit browse
    unlock claim save enjoy email print comment like open back return show hide expand collapse please turn
    enable
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
# The shapes of furniture that widgets and capture tools leave in a page's text.
MENU_SEPARATOR = re.compile(r"\s+[|·•>»/]\s+")
IMAGE_MARKUP = re.compile(r"^!\[[^\]]*\]\([^)\s]*\)")
ISO_DATE = re.compile(r"\b(?:19|20)\d\d-\d\d-\d\d\b")
CAPTURE_FIELD = re.compile(
    r"^(date|saved|captured|clipped|source|url|fetched|archived|retrieved|tags|feed)\b", re.IGNORECASE
)
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
TIME_CODE = re.compile(r"^\d{1,2}[:.]\d\d(?:[:.]\d\d)?$")
PLAYER_WORDS = frozenset("play pause audio video listen watch min mins minutes sec secs live".split())
# Quantities shortened the way counters are ("1.2K"): the numbers of a reactions or share widget.
COUNTER = re.compile(r"^\d+(?:[.,]\d+)?[KkMm]?$")
# An author box: a person's name (with an optional title) opening a sentence about their job.
BIO = re.compile(
    r"^(?:(?:Dr|Prof|Professor)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}\s+"
    r"(?:is|was|has been|covers|writes|reports|joined)\b"
)
JOURNALISM_ROLES = re.compile(
    r"\b(reporter|correspondent|editor|columnist|writer|journalist|contributor|producer|presenter|critic|"
    r"commentator|author|covers|writes about|reports on)\b",
    re.IGNORECASE,
)
NAME_ROLE = re.compile(
    r"^[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2},\s+(?:[\w-]+\s+){0,3}" + JOURNALISM_ROLES.pattern + r"$",
    re.IGNORECASE,
)
# A name with the place it was filed from ("Jane Roe in Paris"): a byline when the name recurs on the page.
NAME_IN_PLACE = re.compile(
    r"^(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})\s+(?:in|at)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?$"
)
# Notes about the article itself rather than its story.
ARTICLE_NOTE = re.compile(
    r"\bnot responsible for the content of\b|"
    r"\bprint edition\b|\ba version of this (article|story)\b|^this (article|story) (was|has been) "
    r"(amended|updated|corrected|edited)|\ban earlier version of this\b",
    re.IGNORECASE,
)
PRICE = re.compile(r"[$€£¥]\s?\d|\d\s?[€$£]|\bper (month|year|week)\b|/(month|year|week)\b|\ba month\b", re.I)
OFFER_WORDS = frozenset(
    "subscribe subscription subscriber subscribers trial cancel access member membership members".split()
)
# Credit labels that open or close a caption line: "Photo: …", "… Photograph: Name/Agency".
CREDIT_LABEL = re.compile(
    r"^[\W_]*(photo|photograph|image|picture|video|watch|image caption|image source)\s*:|"
    r"\b(photo|photograph|image|picture)\s*:\s*[^.:]{2,60}\)?\s*$",
    re.IGNORECASE,
)
EMBED_OPENER = re.compile(r"\b(embedded|post|tweet|video|reel)\b.*\b(from|by)\s+@\w+|@\w+.*:$", re.I)
EMBED_CLOSER = re.compile(r"^(view|see|watch) (this post )?on\b", re.IGNORECASE)
# The labels of the outlet's own summary: the lines of the list under them are the story, not furniture.
SUMMARY_LABELS = re.compile(
    r"^(key (points|events|facts)|summary|highlights|at a glance|what we know( so far)?|in brief|in short)\W*$",
    re.IGNORECASE,
)
RELATIVE_TIME = re.compile(
    r"^((updated|published|posted|last updated)\s+)?(\d+\s?(s|m|h|d|w|mins?|minutes?|hrs?|hours?|days?|weeks?|"
    r"months?)|an? (minute|hour|day|week|month))\s+ago\W*$",
    re.IGNORECASE,
)
# A wire story's closing credits: "(Reporting by …; Editing by …)".
WIRE_CREDIT = re.compile(r"^\(?\s*(additional )?(reporting|writing|editing|compiled|produced) by\b", re.IGNORECASE)
# A masthead's motto: a short line naming the paper's age or its patch ("Serving the valley since 1887").
MOTTO = re.compile(
    r"\b(since|est\.?|established|founded|first published)( in)?\s+(1[5-9]|20)\d\d\W*$|"
    r"^(serving|proudly serving|the voice of|your (local|trusted|favourite|favorite))\b",
    re.IGNORECASE,
)
# A link to another story on a line of its own, behind a label and a colon ("Related: …", "See also: …").
LINK_PREFIX = re.compile(r"^(related|see also|also read|read also|read more|more|watch|listen|opinion)\s*:\s*\S", re.I)
# Signposting to help after a distressing story ("If you have been affected by this story …").
SIGNPOST = re.compile(r"^if you(?: have|'ve|’ve| are| were)? (?:been )?affected by\b", re.IGNORECASE)
# A live page's greeting to its readers ("Welcome to our live coverage").
GREETING = re.compile(
    r"^((good (morning|afternoon|evening)|hello|hi)\W+(and )?)?welcome (back )?to (our|the|this)\b", re.IGNORECASE
)
# An invitation to readers to write in ("Do you have an opinion …? … submit a response …").
READER_PROMPT = re.compile(r"^(do you have|have you|got a|are you|were you|did you|would you like)\b", re.I)
PROMPT_VERBS = re.compile(r"\b(submit|send|share|email|e-mail|contact|get in touch|tell us|write to)\b", re.I)
# The names of a site's sections: a line made of them alone, without separators, is its menu.
SECTION_NAMES = frozenset(
    """
    news world economy society opinion sport sports business politics culture science health travel weather
    tech technology lifestyle entertainment education environment video videos podcasts latest home local
    national international money markets arts books film music football
    """.split()
)
# A result line: two sides and a score between them ("Harbour Rovers 2-1 Kingsmead City").
SCORE_LINE = re.compile(
    r"^[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,4}\s+\d{1,3}\s*[-–:]\s*\d{1,3}\s+[A-Z][\w'’.&-]*"
    r"(?:\s+[A-Z][\w'’.&-]*){0,4}(\s*\([^)]*\))?$"
)
HEADING_WORDS = 14  # a line this short, without a full stop, right above a paragraph is its heading

CONFIDENCE = {
    "image_markup": 0.9, "capture_header": 0.85, "contact": 0.85, "navigation": 0.8, "media_player": 0.85,
    "reactions": 0.85, "author_bio": 0.8, "article_note": 0.85, "offer": 0.8, "embed": 0.75,
    "symbols": 0.9, "credit": 0.9, "timestamp": 0.85, "byline": 0.85, "repeated": 0.85, "appeal": 0.85,
    "furniture_words": 0.8,
    "call_to_action": 0.8, "motto": 0.75, "greeting": 0.75, "caption": 0.75, "related_list": 0.75,
    "short_label": 0.65, "furniture_block": 0.65,
}


def normal(text: str) -> str:
    """The form in which lines are compared for repeats: case-folded, spaces collapsed."""
    return " ".join(text.casefold().split())


def ends_sentence(text: str) -> bool:
    return text.endswith(TERMINAL)


def quoted_list(words, limit=4) -> str:
    words = list(dict.fromkeys(words))
    shown = ", ".join(f"“{w}”" for w in words[:limit])
    return shown + (" …" if len(words) > limit else "")


class _Line:
    """One trimmed line with its tokens and its words (tokens with a letter or a digit)."""

    def __init__(self, text: str, doc=None):
        self.text = text
        self.doc = doc if doc is not None else tokenize(text)
        self.words = [t for t in self.doc if not (t.is_punct or t.is_space) and any(c.isalnum() for c in t.text)]


def line_furniture(text: str, repeats: int = 1, doc=None) -> tuple[str, str] | None:
    """(rule, reason) when the line ``text`` is page furniture by its own words and shape, else None.

    ``repeats``: how many times the line (compared by ``normal``) occurs on the page; ``doc``: the line's
    tokens from ``tokenize`` when the caller has them already."""
    text = text.strip()
    if not text:
        return None
    return _first_pass(_Line(text, doc), repeats)


def _first_pass(line: _Line, repeats: int) -> tuple[str, str] | None:
    """Rules that look at the line alone (and how often it occurs): (rule, reason) or None."""
    words = line.words
    lower = [w.lower_ for w in words]
    text = normal(line.text)
    if not words:
        return "symbols", "A line of symbols only, no words."
    shape = _widget_shape(line, lower)
    if shape:
        return shape
    if (len(words) <= 12 and CREDIT.search(line.text)) or (len(words) <= 40 and COPYRIGHT.search(line.text)) or (
        len(words) <= 40 and CREDIT_LABEL.search(line.text)
    ):
        return "credit", "A picture credit or copyright line."
    if len(words) <= 8 and BYLINE.match(line.text) or len(words) <= 40 and WIRE_CREDIT.match(line.text):
        return "byline", "A byline: “By …” or a wire story's “Reporting by …” credits on a line of their own."
    if len(words) <= 15 and not ends_sentence(line.text) and MOTTO.search(line.text):
        return "motto", "A masthead's motto: the paper's age or its patch, not the story."
    if len(words) <= 25 and GREETING.match(line.text):
        return "greeting", "A live page's greeting to its readers."
    if len(words) <= 25 and LINK_PREFIX.match(line.text) and not ends_sentence(line.text.rstrip(".")):
        return "related_list", "A link to another story behind a label (“Related: …”)."
    if len(words) <= 40 and SIGNPOST.match(line.text):
        return "call_to_action", "Signposting to help for readers affected by the story."
    if len(words) <= 80 and READER_PROMPT.match(line.text) and PROMPT_VERBS.search(line.text) and (
        "you" in lower or "your" in lower or "us" in lower
    ):
        return "call_to_action", "An invitation to readers to write in."
    if RELATIVE_TIME.match(line.text):
        return "timestamp", "A relative time stamp (“… ago”) on a line of its own."
    if len(words) <= 16 and (_is_timestamp(lower) or all(TIME_CODE.match(w.text) for w in words)):
        return "timestamp", "A date or time stamp on a line of its own."
    if repeats > 1 and len(words) <= 20:
        return "repeated", f"The same line appears {repeats} times on the page."
    if len(words) <= 12:
        phrases = _strong_phrases(text)
        strong = [w for w in lower if w in STRONG_WORDS]
        furniture = [w for w in lower if w in FURNITURE_WORDS]
        if phrases or strong or len(furniture) * 2 >= len(words) and len(furniture) >= 1 and len(words) <= 8:
            cues = phrases + strong + furniture
            return "furniture_words", f"Words of page furniture, not of news: {quoted_list(cues)}."
        first = line.doc[0].lower_
        if first in CALL_TO_ACTION_VERBS and (len(words) <= 8 or SECOND_PERSON.intersection(lower)):
            return "call_to_action", f"A call to action opening with the imperative “{line.doc[0].text}”."
    if len(words) <= 25 and line.doc[0].lower_ in CALL_TO_ACTION_VERBS:
        phrases = _strong_phrases(text)
        strong = [w for w in lower if w in STRONG_WORDS]
        if phrases or strong:
            cues = quoted_list(phrases + strong)
            return "call_to_action", f"A call to action opening with “{line.doc[0].text}”: {cues}."
    if len(words) > 12:
        cues = [c for c in APPEAL_CUES if re.search(rf"\b{re.escape(c)}", text)]
        addressed = {"you", "your", "we", "our", "us"}.intersection(lower)
        if len(cues) >= 3 and addressed:
            return "appeal", f"A donation or subscription appeal: {quoted_list(cues)}."
    return None


def _widget_shape(line: _Line, lower: list[str]) -> tuple[str, str] | None:
    """Furniture recognised by its shape: image markup, capture headers, contact lines, menus, players,
    reaction counters, author boxes, notes about the article, subscription offers."""
    text = line.text
    words = line.words
    if IMAGE_MARKUP.match(text):
        return "image_markup", "Image markup (“![…](…)”): a picture, not text."
    if CAPTURE_FIELD.match(text) and (ISO_DATE.search(text) or MENU_SEPARATOR.search(text)) and len(words) <= 30:
        return "capture_header", "A capture tool's header: a field name with a date or separated fields."
    if EMAIL.search(text) and len(words) <= 30:
        return "contact", "A contact line with an e-mail address."
    if 3 <= len(words) <= 8 and all(w.text[:1].isupper() for w in words) and not ends_sentence(line.text) and (
        sum(w.lower_ in SECTION_NAMES for w in words) >= 2
    ):
        return "navigation", "A menu: the names of the site's sections, one after another."
    parts = [p for p in MENU_SEPARATOR.split(text) if p.strip()]
    if len(parts) >= 3 and all(len(p.split()) <= 4 for p in parts) or (
        len(parts) == 2 and len(words) <= 5 and not any(c.isdigit() for c in text)
    ):
        return "navigation", f"A menu: {len(parts)} short items between separators."
    if len(words) <= 6 and any(TIME_CODE.match(w.text) for w in words) and all(
        TIME_CODE.match(w.text) or w.lower_ in PLAYER_WORDS for w in words
    ) and (len(words) > 1 or any(not c.isalnum() and not c.isspace() and c not in ":." for c in text)):
        return "media_player", "An audio or video player: play controls and running times."
    if all(COUNTER.match(w.text) or w.text in ("K", "k", "M", "m") for w in words) and any(
        unicodedata.category(c) == "So" for c in text
    ):
        return "reactions", "A reactions or share counter: symbols and counts only."
    if NAME_ROLE.match(text) and len(words) <= 8:
        return "byline", "A byline: the writer's name and job."
    if BIO.match(text) and JOURNALISM_ROLES.search(text) and len(words) <= 60:
        return "author_bio", "An author box: the writer's name and job."
    if ARTICLE_NOTE.search(text) and len(words) <= 45:
        return "article_note", "A note about the article itself (its print edition or a correction)."
    first = line.doc[0].lower_
    if PRICE.search(text) and OFFER_WORDS.intersection(lower) and len(words) <= 40 and (
        first in CALL_TO_ACTION_VERBS or SECOND_PERSON.intersection(lower) or "cancel" in lower
    ):
        return "offer", "A subscription offer: a price and a call to subscribe."
    return None


MONTH_WORDS = frozenset(
    "january february march april may june july august september october november december jan feb mar apr jun "
    "jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu "
    "thur thurs fri sat sun gmt bst utc cet cest eet eest msk ist jst kst hkt sgt aest aedt est edt cst cdt mst "
    "mdt pst pdt et pt a p m am pm updated published posted last issued modified".split()
)


def _is_timestamp(words: list[str]) -> bool:
    """Every word is a number, a month or weekday name, a time zone or "updated"/"published"."""
    has_date = any(w in MONTH_WORDS and w not in ("updated", "published", "posted", "last") for w in words) or any(
        re.fullmatch(r"(19|20)\d\d", w) for w in words
    )
    return has_date and all(w in MONTH_WORDS or any(c.isdigit() for c in w) or w in ("on", "at") for w in words)
