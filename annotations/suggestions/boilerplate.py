"""Boilerplate: page furniture, judged line by line, then by the shape of the page.

The rules that look at one line alone — words of web pages, calls to action, credits, bylines, time stamps,
repeated lines, appeals, and the shapes widgets and tools leave (menus, players, reaction counters, author
boxes, capture headers, image markup, contact lines, notes about the article, offers, mottos, greetings,
wire credits, invitations to write in) — live in ``newsdesk.importing.furniture_lines``, shared with the
importer's topic band. This module adds what only the page can tell: embedded posts up to their "View on …"
link, a contributor's note going on in the third person ("She is the author of …") and, between two
paragraphs of the story, the same shape kept as content, a byline with the place it was filed from when the
name recurs, short labels and captions outside the article's body, the headline-like lines of a "Read more"
list, questions among the links after the article, and short lines inside a block of furniture. Told by their
shape in any language, with no words of one: a line that is only the article's date (with its time, byline and
reading time), a live page's stamps of one shape, a byline beside the date, a wire story's credits in brackets, a
picture's credit and the caption under it, a consent banner on one line, links behind a label the page repeats,
readers' comments under their dated headers, titles under a short label after the article, and under the article
the writer's bio, the outlet's sign-off and a call to the reader.
The story's own short lines stay content: the headline (the first long line without a full stop before the
body, also when the page repeats it), a crosshead between two paragraphs, a heading right above a paragraph (a
live blog's update, with or without its correspondent's byline between; a greeting set right on the opening
update's text is its heading), the standfirst between the headline and the byline (a review's stars and venue
may stand between), the lines of a "Key points" summary (up to the end of their block), a result line ("Rovers
2-1 City"), a list set out under a line of the story that opens it ("Those affected include:"), a short sentence
beside a promotion, and a last paragraph cut off mid-sentence. No list of any
site's actual lines is used.
"""

import re
from collections import Counter

from annotations.suggestions.base import Line, Suggestion
from annotations.suggestions.wording import counted
from newsdesk.importing.furniture_lines import (
    BIO,
    BIO_WORDS,
    CONFIDENCE,
    CONSENT,
    CONSENT_BUTTON,
    EMBED_CLOSER,
    EMBED_OPENER,
    HEADING_WORDS,
    LINK_PREFIX,
    MENU_SEPARATOR,
    NAME_IN_PLACE,
    OTHER_COOKIES,
    REPORTING,
    SCORE_LINE,
    SUMMARY_LABELS,
    comments_heading,
    copyright_line,
    ends_sentence,
    lead_in,
    line_furniture,
    list_item,
    newsletter_furniture,
    normal,
    page_commenters,
    picture_credit,
    related_label,
    relative_stamp,
)
from newsdesk.importing.furniture_vocabulary import LISTEN, RELATIVE_UNITS, folded, label_key, label_pattern

TAG = "boilerplate"
RULE_CONFIDENCE = {**CONFIDENCE, "comment": 0.75}
# A caption under its picture's credit describes the picture: a few words at least, more than a crosshead's.
CAPTION_WORDS = 6
# A sentence that goes on about the person just named: "She is …", "His latest book …".
PRONOUN_OPENING = re.compile(r"^[*_]*(he|she|they|his|her|their)\s+\w", re.IGNORECASE)
CONTINUED = "An author's note goes on under the first line of it."
# A line that is a name alone ("Jane Roe", "Dr Jane Roe"): a byline.
NAME_LINE = re.compile(r"^(?:(?:Dr|Prof|Professor)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}$")


def _normal(text: str) -> str:
    return normal(text)


KICKER_WORDS = 6
# A printed story's jump to another page, in English: "Continued on Page A6", "See COUNTY, Page 4".
JUMP = re.compile(
    r"^(?:continued|cont['’]d|cont\.)\s+on\s+(?:page|p\.)\s*[A-Z]?\d+\W*$"
    r"|^(?:see|turn to)\b.{0,40}\bpage\s+[A-Z]?\d+\W*$",
    re.IGNORECASE,
)
LIST_NUMBER = re.compile(r"^\d{1,3}[.)]\s")  # a numbered row of a list or a table
BYLINE_START = re.compile(r"^\s*By\s+(?P<first>[^\W\d_])")  # "By " and a name: its first letter a capital
# A byline however it is laid out: "By …", "Written by: …", or a reporter's job.
BYLINE_LIKE = re.compile(
    r"^\s*by\s|\b(?:written|words|reporting) by\b|\b(?:correspondent|reporter|editor|meteorologist|writer)\b",
    re.IGNORECASE,
)
# Words no sentence ends on: a line of prose stopping on one was cut off (articles, conjunctions, prepositions,
# possessives, auxiliaries), not written as a caption.
UNFINISHED = frozenset(
    "a an the and or but nor of to in on at by for with from into as than that which who whose whom its their his"
    " her our your my is are was were be been has have had will would can could should may might must".split()
)


def _kicker(line: Line, lines: list[Line], flagged: dict) -> bool:
    """A tabloid's kicker: a short phrase set in capitals right above the headline ("ROCKET MAN'S NEW TOY"), a
    label over it rather than the headline itself, and the outlet's own words. One word in capitals there is the
    section's name ("ANALYSIS"), which is furniture."""
    letters = [c for c in line.text if c.isalpha()]
    following = lines[line.number + 1] if line.number + 1 < len(lines) else None
    return (
        2 <= line.length <= KICKER_WORDS
        and bool(letters)
        and all(c.isupper() for c in letters)
        and following is not None
        and following.number not in flagged
        and following.length >= 5
    )


def _ends_sentence(line: Line) -> bool:
    return ends_sentence(line.text)


def _first_pass(line: Line, repeats: Counter) -> tuple[str, str] | None:
    return line_furniture(line.text, repeats[_normal(line.text)], doc=line.doc) or newsletter_furniture(line.text)


def _is_body(line: Line, flagged: dict) -> bool:
    return line.number not in flagged and line.length >= 10 and _ends_sentence(line)


def _titles(lines: list[Line]) -> set[str]:
    """Headline-like lines that occur only above the first paragraph: a page's title given twice (once by
    the page, once by the article) is still its title, not a repeated button."""
    first_prose = next((line.number for line in lines if line.length >= 10 and _ends_sentence(line)), len(lines))
    above = {_normal(line.text) for line in lines[:first_prose] if line.length >= 5 and not _ends_sentence(line)}
    below = {_normal(line.text) for line in lines[first_prose:]}
    return above - below


def _embeds(lines: list[Line], flagged: dict) -> None:
    """An embedded post: its opener ("Post from @name:"), its text, and its "View on …" link."""
    for line in lines:
        if line.number in flagged and flagged[line.number][0] != "contact" or line.length > 12:
            continue
        if not EMBED_OPENER.search(line.text):
            continue
        following = lines[line.number + 1 : line.number + 6]
        closer = next((other for other in following if EMBED_CLOSER.match(other.text)), None)
        last = closer.number if closer is not None else line.number
        for number in range(line.number, last + 1):
            flagged[number] = ("embed", "An embedded social-media post and its link.")


def _bios_of_the_byline(lines: list[Line], flagged: dict) -> None:
    """ "Jane Roe is a housing economist …": an author box when the name also stands on a line of its own (the
    byline), whatever the job."""
    names = {line.text for line in lines if NAME_LINE.match(line.text)}
    for line in lines:
        match = BIO.match(line.text)
        if line.number in flagged or match is None or line.length > 60:
            continue
        if any(line.text.startswith(name + " ") for name in names if name != line.text):
            flagged[line.number] = ("author_bio", "An author box: the writer named in the byline, and their job.")


def _notes_under_an_about_label(lines: list[Line], flagged: dict) -> None:
    """A note right under an "About …" label of a line of its own, opening on the owner's name or its first words,
    or on a full name under "About the author" (``furniture.about_note``: "About Tarnwick Ferries Ltd" over
    "Tarnwick is an independent ferry company …"): a press release's boilerplate or a writer's bio, and its label
    with it. A first sentence that reports what someone said is the story's."""
    from newsdesk.alignment.furniture import about_note

    for above, line in zip(lines, lines[1:], strict=False):
        if line.number in flagged or not about_note(above.text, line.text):
            continue
        flagged[line.number] = ("author_bio", "A note under its “About …” label: the page owner's or the writer's.")
        flagged.setdefault(above.number, ("short_label", "The label over a note about the page's owner or writer."))


def _bios_inside_the_body(lines: list[Line], flagged: dict) -> None:
    """A contributor's note stands above or below the article; the same shape between two paragraphs of the
    story ("Ana Ruiz is a professor of law at …") is a sentence of the story."""

    def prose(number):
        return 0 <= number < len(lines) and _is_body(lines[number], flagged)

    for number, (rule, reason) in sorted(flagged.items()):
        if rule != "contributor_bio" or reason == CONTINUED:
            continue
        last = number
        while flagged.get(last + 1, ("", ""))[1] == CONTINUED:
            last += 1
        if prose(number - 1) and prose(last + 1):
            for inside in range(number, last + 1):
                del flagged[inside]


def _bio_continued(lines: list[Line], flagged: dict) -> None:
    """ "She is the author of …" right under an author's note goes on with it: a short third-person line
    without reporting, after a line flagged as a bio."""
    for line in lines:
        before = flagged.get(line.number - 1, ("",))[0]
        if line.number in flagged or before not in ("author_bio", "contributor_bio"):
            continue
        if PRONOUN_OPENING.match(line.text) and line.length <= BIO_WORDS and not REPORTING.search(line.text):
            flagged[line.number] = ("contributor_bio", CONTINUED)


def _greetings_as_headings(lines: list[Line], flagged: dict) -> None:
    """A live page that sets each update's heading right on its text (no blank line between) may open with an
    update headed "Welcome to our live coverage": there the greeting is that update's heading, the outlet's
    words. A greeting standing apart is the page's furniture, and so is a salutation ending on a comma ("Good
    morning,"), a letter's opening, which heads nothing."""
    for number, (rule, _) in list(flagged.items()):
        following = lines[number + 1] if number + 1 < len(lines) else None
        if (
            rule == "greeting"
            and following is not None
            and following.block == lines[number].block
            and (_is_body(following, flagged))
            and not _ends_sentence(lines[number])
            and not lines[number].text.rstrip().endswith(",")
        ):
            del flagged[number]


def _questions_in_the_tail(lines: list[Line], flagged: dict, body: set) -> None:
    """After the article's last statement, past furniture ("Related", "More on this story"), a short question is
    the headline of a link to another story ("Should you fix your tariff now?"), not the story's. A question
    right after the last paragraph, with no furniture between, may be the writer's closing line and stays."""
    statements = [n for n in body if not lines[n].text.endswith("?")]
    if not statements:
        return
    last = max(statements)
    furniture_seen = False
    for line in lines[last + 1 :]:
        if line.number in flagged:
            furniture_seen = True
            continue
        if furniture_seen and line.text.endswith("?") and line.length <= 25:
            flagged[line.number] = ("related_list", "A question after the article, among its links: a headline.")
            body.discard(line.number)


def _bylines_with_place(lines: list[Line], flagged: dict) -> None:
    """ "Jane Roe in Paris": a byline when the name appears again on the page (in a bio, a contact line)."""
    for line in lines:
        match = NAME_IN_PLACE.match(line.text)
        if line.number in flagged or match is None:
            continue
        name = match.group("name")
        if any(name in other.text for other in lines if other is not line):
            flagged[line.number] = ("byline", "A byline: the writer's name and where they filed from.")


def _lists_under_a_lead_in(lines: list[Line], flagged: dict) -> set[int]:
    """A list the story sets out under a line of its own that opens it ("Passengers affected include:"): the lead-in
    and its items, up to the first line that is no item, are the story's, however short the items. An item the line
    rules found to be furniture by its own words stays so."""
    listed = set()
    for line in lines:
        if line.number in flagged or not lead_in(line.text):
            continue
        items = []
        for following in lines[line.number + 1 :]:
            if list_item(following.text) is None:
                break
            items.append(following.number)
        if items:
            listed.add(line.number)
            listed.update(n for n in items if n not in flagged)
    return listed


def _consent_banners(lines: list[Line], flagged: dict) -> None:
    """A consent banner set as one block: the row of its buttons ("ACCEPT ALL | REJECT ALL | MANAGE OPTIONS", two of
    its items a banner's button at least) and, above it in the same block, its heading and its text, however long,
    when one of them speaks of cookies. The story's paragraphs never share a block with a row of buttons."""
    for line in lines:
        items = [item.strip() for item in MENU_SEPARATOR.split(line.text) if item.strip()]
        buttons = sum(bool(CONSENT_BUTTON.fullmatch(label_key(item))) for item in items)
        if buttons < 2 or 2 * buttons < len(items):
            continue
        banner = [other for other in lines if other.block == line.block and other.number <= line.number]
        if any(CONSENT.search(other.text) or OTHER_COOKIES.search(folded(other.text)) for other in banner):
            for other in banner:
                flagged.setdefault(other.number, ("consent", "A consent banner: its text, its heading and buttons."))


# A comment's or a post's header: who wrote it and when, between a separator ("jane_r · 2 hours ago", "Mama Zawadi ·
# Aprili 4, 2025 saa 9:45 usiku"): ``furniture_lines.page_commenters``.
COMMENT_REASON = "A comment's header: who wrote it, and when."


def _comment_headers(lines: list[Line], flagged: dict) -> None:
    """The header may give how long ago ("2 hours ago") or the date and time in any language ("Machi 13, 2025 saa
    4:15"), and the date's own rule may have found it first."""
    for number in page_commenters([line.text for line in lines]):
        if flagged.get(lines[number].number, ("timestamp",))[0] == "timestamp":
            flagged[lines[number].number] = ("timestamp", COMMENT_REASON)


# A news ticker: a label in capitals ("BREAKING", "JUST IN"), then two headlines or more, set apart by bars. The
# spaces before a bar are tried only where their run starts, so that a long run of blanks is read once.
TICKER_SEPARATOR = re.compile(r"(?<!\s)\s+\|\s+")
TICKER_LABEL_WORDS = 3
TICKER_HEADLINE_WORDS = 3


def _tickers(lines: list[Line], flagged: dict) -> None:
    for line in lines:
        if line.number in flagged:
            continue
        label, *headlines = TICKER_SEPARATOR.split(line.text)
        letters = [c for c in label if c.isalpha()]
        if (
            len(headlines) < 2
            or len(letters) < 2
            or not all(c.isupper() for c in letters)
            or (len(label.split()) > TICKER_LABEL_WORDS)
        ):
            continue
        if all(len(headline.split()) >= TICKER_HEADLINE_WORDS for headline in headlines):
            flagged[line.number] = ("related_list", "A news ticker: its label, and headlines of other stories.")


SMALL_PRINT_WORDS = 25
BARS = re.compile(r"\s\|\s")
# A weather widget: a temperature in degrees on a short line of the page's head ("Weather: 34° Cloudy | Leeds").
TEMPERATURE = re.compile(r"\d\s?°")
WIDGET_WORDS = 8


def _weather_widgets(lines: list[Line], flagged: dict) -> None:
    for line in lines:
        if line.number in flagged or line.length > WIDGET_WORDS or _ends_sentence(line):
            continue
        if TEMPERATURE.search(line.text) and (BARS.search(line.text) or line.length <= 4):
            flagged[line.number] = ("furniture_words", "A weather widget: a temperature on a short line.")


# A short label and its colon opening a line: "Läs på svenska:", "Watch:". It opens a link only when the furniture
# vocabulary lists it as a label of links: to other stories or to the story in another language ("Read more",
# "Lue myös", "Läs på svenska"), or to a clip ("Watch", "Escuchar"); any other label opens the story's own words
# ("Exclusive: council papers show …").
LINK_LABEL = re.compile(r"^([^\W\d_][\w'’-]*(?:\s+[\w'’-]+){0,2}):\s+\S")
PLAYER_LABEL = label_pattern(LISTEN)


def _link_label(label: str) -> bool:
    """``label`` (the words before the colon) is one the vocabulary lists as opening a link."""
    return related_label(label) or bool(LINK_PREFIX.match(label + ": x") or PLAYER_LABEL.fullmatch(label_key(label)))


# A line of time stamps: items between bars, each a date or a time of day written in figures with a word or two
# ("3.12.2025 klo 10.42 | päivitetty 3.12.2025 klo 12.15", "03/12/2025 | updated 14:05"), in any language and digits.
NUMERIC_DATE = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{1,2}[:.]\d\d")
STAMP_WORDS = 6


def _stamp_lines(lines: list[Line], flagged: dict) -> None:
    for line in lines:
        if line.number in flagged or _ends_sentence(line):
            continue
        items = [item for item in BARS.split(line.text) if item.strip()]
        if len(items) >= 2 and all(NUMERIC_DATE.search(item) and len(item.split()) <= STAMP_WORDS for item in items):
            flagged[line.number] = ("timestamp", "A line of time stamps: dates and times between bars.")


# A copyright notice of the page, not of a picture's credit: it gives a year, or names the rights in words.
FOOTER_NOTICE_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _page_notice(text: str) -> bool:
    return copyright_line(text) and bool(FOOTER_NOTICE_YEAR.search(text) or copyright_line(text.replace("©", "")))


def _small_print_after_copyright(lines: list[Line], flagged: dict, body: set) -> None:
    """A sentence standing under the page's copyright notice (one with a year or the rights: "© 2026 …", "All rights
    reserved"; a picture's "© Jane Roe" is not one), with nothing but furniture between them and after it up to the
    page's end, is the page's small print ("Our reports may be reprinted only with written permission."), in any
    language."""
    for notice in lines:
        if notice.number not in flagged or not _page_notice(notice.text):
            continue
        for line in lines[notice.number + 1 :]:
            if line.number in flagged:
                continue
            if (
                line.length <= SMALL_PRINT_WORDS
                and _ends_sentence(line)
                and all(n in flagged for n in range(line.number + 1, len(lines)))
            ):
                flagged[line.number] = ("disclaimer", "Small print under the page's copyright notice.")
                body.discard(line.number)
            break


# A date however a page writes it, in any language and by its shape: in figures ("12/03/2025"), or a day, a month's
# name and a year in either order, perhaps joined by a short word ("12 de março de 2025", "Machi 11, 2025",
# "11. März 2025"); a time of day in figures ("09h15", "4:15", "14.32").
DATE_SHAPE = re.compile(
    r"\b\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d\d)\b"
    r"|\b\d{1,2}\.?\s+(?:[^\W\d_]{1,3}\s+)?[^\W\d_]{3,}\.?,?\s+(?:[^\W\d_]{1,3}\s+)?(?:19|20)\d\d\b"
    r"|\b[^\W\d_]{3,}\.?\s+\d{1,2},?\s+(?:19|20)\d\d\b"
)
TIME_SHAPE = re.compile(r"\b\d{1,2}(?:[:h]\d\d|\.\d\d(?!\d))\b")
STAMP_SEPARATOR = re.compile(r"\s[|·•—–-]\s")
DATE_LINE_WORDS = 16
_TOKEN = re.compile(r"[^\W_][\w'’-]*")


# A label and a name run to four capitalised words at most ("Por Redação Vale Verde"); a longer run is a headline in
# Title Case ("Storm Warning Issued For Kelby Through …"), whose words count as the words of a sentence.
NAME_RUN = 4
RUN_BREAK = re.compile(r"[|·•—–,:;()]|\s-\s")


def _title_case_words(masked: str) -> list[str]:
    """The words of ``masked`` (a line, its dates and times masked) in runs of capitalised words too long for a label
    and a name: the words of a headline written in Title Case."""
    words = []
    for part in RUN_BREAK.split(masked):
        run = []
        for token in [*_TOKEN.findall(part), ""]:
            if token[:1].isupper():
                run.append(token)
                continue
            if len(run) > NAME_RUN:
                words += run
            run = []
    return words


def date_line(text: str) -> bool:
    """``text`` is a line of the article's details and nothing more: a date, perhaps its time, the writer's name and
    the reading time ("Jumanne, Machi 11, 2025", "Publicado em 12/03/2025 14h32 Atualizado há 2 horas", "Written
    by Jane Roe | 3 March 2025 | 4 min read"). Told by its shape in any language: a date in figures or with its
    year, no full stop at its end, and besides the dates few words written small (the labels' and the joins' words,
    a name being capitalised), at most three and fewer than half its words; a line without a time or separator
    has one at most, so a headline giving a date ("Flood of 11 March 2025 kills four") stays the story's. The words of
    a long run of capitalised words count as words too, a headline in Title Case ("Kelby Budget Vote Set For 12 March
    2025") being no name; an item of a list ("- 3 March 2025: Cracks found") is an entry of the story's timeline."""
    if list_item(text) is not None:
        return False
    if ends_sentence(text) or not DATE_SHAPE.search(text):
        return False
    masked = TIME_SHAPE.sub(" 0 ", DATE_SHAPE.sub(" 0 ", text))
    tokens = _TOKEN.findall(masked)
    small = [token for token in tokens if token[0].isalpha() and token[0].islower()] + _title_case_words(masked)
    if len(tokens) > DATE_LINE_WORDS or len(small) > 3 or 2 * len(small) >= len(tokens):
        return False
    return len(small) <= 1 or bool(TIME_SHAPE.search(text) or STAMP_SEPARATOR.search(text))


def _timeline_entry(line: Line, lines: list[Line]) -> bool:
    """A line opening on a date with words after it, beside another such line in its block ("March 3, 2025 — Engineers
    Find Cracks" over "March 9, 2025 — Bridge Closed"): an entry of the story's timeline, not the article's date."""

    def dated_entry(other):
        opening = DATE_SHAPE.match(other.text)
        return opening is not None and any(c.isalpha() for c in TIME_SHAPE.sub("", other.text[opening.end() :]))

    beside = [lines[n] for n in (line.number - 1, line.number + 1) if 0 <= n < len(lines)]
    return dated_entry(line) and any(other.block == line.block and dated_entry(other) for other in beside)


def _date_lines(lines: list[Line], flagged: dict) -> None:
    for line in lines:
        if line.number not in flagged and date_line(line.text) and not _timeline_entry(line, lines):
            flagged[line.number] = (
                "timestamp",
                "A line of the article's details: its date or time, perhaps "
                "with the writer's name and the reading time.",
            )


# A number in a short line, masked to compare the lines of one shape ("2 hours ago", "35 minutes ago").
NUMBER = re.compile(r"\d+")
RELATIVE_STAMP_WORDS = 4
# The units of time a stamp counts in ("35 minutes", "há 10 minutos", "2h"): the vocabulary's, and English's.
TIME_UNITS = frozenset(
    folded(" ".join(RELATIVE_UNITS.values())).split()
    + "s m h d w min mins minute minutes hr hrs hour hours day days week weeks month months".split()
)
UNIT_AFTER_NUMBER = re.compile(r"\d+\s?([^\W\d_]+)")


def _counts_time(text: str) -> bool:
    """``text`` gives a number of units of time, the unit after the number or in the vocabulary's frame of a stamp
    ("35 minutes ago", "vor 3 Stunden", "dakika 10 zilizopita"), or a time of day ("14:05"), not the number of a day,
    a round or a stage of an event ("Day 2", "Round 1", "Stage 14 recap")."""
    units = {folded(word) for word in UNIT_AFTER_NUMBER.findall(text)}
    return bool(TIME_SHAPE.search(text) or units & TIME_UNITS or relative_stamp(text))


def _repeated_stamps(lines: list[Line], flagged: dict) -> None:
    """A live page stamps each update with how long ago it came ("há 10 minutos", "vor 35 Minuten"): short lines of
    one number of units of time, the same words around it on two lines or more, no full stop: time stamps in any
    language the vocabulary gives units of."""

    def shape(line):
        if line.length > RELATIVE_STAMP_WORDS or len(NUMBER.findall(line.text)) != 1 or _ends_sentence(line):
            return None
        if not _counts_time(line.text):
            return None
        return NUMBER.sub("0", _normal(line.text))

    shapes = Counter(shape(line) for line in lines)
    for line in lines:
        if line.number not in flagged and shape(line) is not None and shapes[shape(line)] >= 2:
            flagged[line.number] = ("timestamp", "A live update's stamp: how long ago, the same words on each.")


# A wire story's closing credits in brackets, in any language: each part (between semicolons) a word or three and
# a capitalised name at its end ("(Reporting by Jane Roe; editing by John Doe)").
BRACKETED = re.compile(r"^\((?P<inner>[^()]+)\)$")
CREDIT_PART = re.compile(r"^(?:[^\W\d_][\w'’-]*\s+){1,3}(?-i:[A-Z][\w'’.-]*)(?:\s+(?-i:[A-Z])[\w'’.-]*){1,3}$")


def _bracketed_credits(lines: list[Line], flagged: dict) -> None:
    for line in lines:
        match = BRACKETED.match(line.text.strip())
        if line.number in flagged or match is None:
            continue
        parts = [part.strip() for part in match.group("inner").split(";")]
        if len(parts) >= 2 and all(CREDIT_PART.match(part) for part in parts):
            flagged[line.number] = ("byline", "A wire story's credits in brackets: who wrote it and who edited it.")


# A caption and its credit on one line: a label and a colon open it, and the same label closes it in brackets with
# the photographer's or the outlet's name ("Photo: Villagers at the well. (Photo: Lake Herald)"), in any language.
CAPTION_WITH_CREDIT = re.compile(r"^(?P<label>[^\W\d_][\w'’-]*)\s*:\s.+\(\s*(?P=label)\s*:\s*[^()]+\)\W*$")


def _captions_with_credit(lines: list[Line], flagged: dict) -> None:
    for line in lines:
        if line.number not in flagged and CAPTION_WITH_CREDIT.match(line.text.strip()):
            flagged[line.number] = ("credit", "A picture's caption with its credit in brackets under the same label.")


def _credits_in_menu_shape(lines: list[Line], flagged: dict) -> None:
    """ "Photo: Jo Ng / Agency": a picture's credit, though its slash reads like a menu's."""
    for line in lines:
        if flagged.get(line.number, ("",))[0] == "navigation" and picture_credit(line.text):
            flagged[line.number] = ("credit", "A picture credit: its label, the photographer and the agency.")


# The banner's text, a full stop, and its first button glued to it ("… you accept our policy. Accept").
BUTTON_AFTER_TEXT = re.compile(r"[.!?]\s+\S+(?:\s+\S+){0,2}$")


def _consent_lines(lines: list[Line], flagged: dict) -> None:
    """A consent banner on one line: it speaks of cookies (the word is often given in brackets beside the language's
    own) and ends on its buttons, short items between bars ("… Accept | Read more")."""
    for line in lines:
        if line.number in flagged or not (CONSENT.search(line.text) or OTHER_COOKIES.search(folded(line.text))):
            continue
        items = BARS.split(line.text)
        if len(items) >= 2 and all(len(item.split()) <= 3 for item in items[1:]) and BUTTON_AFTER_TEXT.search(items[0]):
            flagged[line.number] = ("consent", "A consent banner: its text about cookies and its buttons.")


QUOTE_MARKS = "\"'“”‘’«»„‚"


def _repeated_link_labels(lines: list[Line], flagged: dict) -> None:
    """A label and a colon opening two lines or more of a page, each a title without a full stop ("Read also: …"
    between the paragraphs): links to other stories, whatever the language. A label the vocabulary does not list
    opens the story's own lines when it is set in capitals ("BREAKING: …"), a name the story gives elsewhere (a
    quoted crosshead, "Osei: 'We had no choice'"), or an interview's turn ("Q: …", "A: …"), and so does a quotation
    or a question after it."""

    def storys_label(words, title):
        letters = [c for c in words if c.isalpha()]
        word = re.compile(r"(?<!\w)" + re.escape(words) + r"(?!\w)")
        named = words[:1].isupper() and any(
            word.search(line.text) and not line.text.startswith(words + ":") for line in lines
        )
        return (
            len(letters) <= 1
            or all(c.isupper() for c in letters)
            or named
            or title[:1] in QUOTE_MARKS
            or title.rstrip().endswith("?")
        )

    def label(line):
        match = LINK_LABEL.match(line.text)
        if match is None or _ends_sentence(line) or line.length > 25 or len(match.group(1).split()) > 2:
            return None
        words, title = match.group(1), line.text[match.end(1) + 1 :].strip()
        if not _link_label(words) and storys_label(words, title):
            return None
        return folded(words)

    labels = Counter(label(line) for line in lines)
    for line in lines:
        if line.number not in flagged and label(line) is not None and labels[label(line)] >= 2:
            flagged[line.number] = ("related_list", "A link to another story behind a label the page repeats.")


CONTROL_WORDS = 4


def _comments(lines: list[Line], flagged: dict) -> None:
    """Readers' comments: the sentences under a comment's header (who wrote it and when), in the header's block, up to
    the page's furniture or a line that is no sentence ("Leave a comment"), when the page has two such headers or more
    and shows them to be readers' (a live page heads its posts the same way): a heading with their count above them
    ("3 comments", "Maoni 3", ``furniture_lines.comments_heading``), the same short controls closing two of their
    blocks ("Reply · Like"), or the headers after the story, nothing but furniture between it and them and no
    paragraph after them. They are the readers' words, not the outlet's reporting."""
    headers = sorted(n for n, (_, reason) in flagged.items() if reason == COMMENT_REASON)
    if len(headers) < 2:  # one such line may be the article's own details; readers' comments come in a row
        return
    under = {header: [line for line in lines[header + 1 :] if line.block == lines[header].block] for header in headers}

    def prose(line):
        return line.number not in flagged and line.length >= 10 and _ends_sentence(line)

    posted = {line.number for header in headers for line in [lines[header], *under[header]]}
    story = [line.number for line in lines[: headers[0]] if prose(line)]
    between = lines[max(story, default=-1) + 1 : headers[0]]
    counted_above = any(comments_heading(line.text, any_words=True) for line in between)
    controls = Counter(
        _normal(under[header][-1].text)
        for header in headers
        if under[header] and under[header][-1].length <= CONTROL_WORDS and not _ends_sentence(under[header][-1])
    )
    after_story = (
        bool(story)
        and bool(between)
        and all(line.number in flagged for line in between)
        and not any(prose(line) for line in lines[headers[0] :] if line.number not in posted)
    )
    if not (counted_above or any(count >= 2 for count in controls.values()) or after_story):
        return
    for header in headers:
        for line in under[header]:
            if line.number in flagged or not _ends_sentence(line):
                break
            flagged[line.number] = ("comment", "A reader's comment under its header: not the outlet's reporting.")


NAME_WORDS = 10


def _bylines_beside_stamps(lines: list[Line], flagged: dict, first_body: int) -> None:
    """A short line right above or under the article's date, above its first paragraph, whose words are capitalised
    but for its first and a small join ("Por Camila Ventura, Tucano Notícias — Itaquarema", "Redação Gazeta do Vale"):
    the writer's or the desk's name, a byline, in any language."""
    titled = False  # a headline-like line stands above: the outlet's masthead over the date is no byline
    for line in lines[:first_body]:
        above, titled = titled, titled or line.number not in flagged and line.length >= 5 and not _ends_sentence(line)
        if not above or line.number in flagged and flagged[line.number][0] not in ("short_label", "caption"):
            continue
        beside = [flagged.get(n, ("",))[0] for n in (line.number - 1, line.number + 1)]
        if "timestamp" not in beside or _ends_sentence(line) or line.length > NAME_WORDS:
            continue
        tokens = _TOKEN.findall(line.text)[1:]
        small = [token for token in tokens if not token[0].isupper()]
        if tokens and len(small) <= 1 and 2 * len(small) < len(tokens):
            flagged[line.number] = ("byline", "A byline beside the article's date: the writer's or the desk's name.")


HEADLINE_WORDS = 25


def _unlabelled_link_lists(lines: list[Line], flagged: dict, body: set) -> None:
    """A short label over two titles or more, after the article's first paragraph ("More news" and its headlines):
    a list of links to other stories, whatever words label it. The titles end on no full stop; a crosshead heads
    a paragraph, never two titles; a summary's label ("Key points", "What we know") heads the story's own lines."""
    first = min(body, default=len(lines))
    for line in lines[first + 1 :]:
        if line.number in body or _ends_sentence(line) or line.length > 4 or SUMMARY_LABELS.match(line.text):
            continue
        if flagged.get(line.number, ("short_label",))[0] not in ("short_label", "related_list"):
            continue
        titles = []
        for following in lines[line.number + 1 :]:
            if following.number in body or _ends_sentence(following) or not 5 <= following.length <= HEADLINE_WORDS:
                break
            if flagged.get(following.number, ("caption",))[0] not in ("caption", "related_list"):
                break
            titles.append(following.number)
        if len(titles) >= 2:
            flagged.setdefault(line.number, ("short_label", "The label of a list of links to other stories."))
            for number in titles:
                flagged[number] = ("related_list", "A headline in a list of links under a short label.")


BIO_LINE_WORDS = 60
# The outlet's name set apart from its motto or address by a mark ("Kelby Herald — your town's paper", "Radio Sul 98.1
# FM, Rua …"), or with its frequency; a name followed by its verb ("Kelby Herald asked …") is a sentence of the story.
SIGN_OFF = re.compile(r"^\s*(?:[—–|·•,:(-]|\d)")


def _tail_lines(lines: list[Line], flagged: dict, body: set) -> None:
    """Below the article, where nothing but furniture follows to the page's end: a sentence standing under two
    lines of furniture, set right under the second with no blank line between ("Comments" over "Leave a comment.
    Comments are their authors' own."), is the page's call to the reader (a paragraph of the story after a share
    button stands apart from it), when a paragraph of the story stands above in another block, unless
    a time stamp stands among them (a live page's last update, its stamp and heading over its text); and
    the last paragraph opening on the byline's name ("Jane Roe is a …") is the writer's bio, and one opening on the
    outlet's name as the page's first line gives it ("Radio Sul 98.1 FM — since 1979.") its sign-off, in any
    language."""
    names = set()
    for number, (rule, _) in flagged.items():
        if rule == "byline":
            words = _TOKEN.findall(lines[number].text)
            capitals = [word for word in words if word[0].isupper()]
            if len(capitals) >= 2:
                names.add(" ".join(capitals[-3:]) if capitals == words[-len(capitals) :] else "")
    names.discard("")
    masthead = lines[0].text.strip() if lines and 0 in flagged and lines[0].length >= 2 else None
    for line in reversed(lines):
        if line.number in flagged:
            continue
        if any(n not in flagged for n in range(line.number + 1, len(lines))):
            break
        previous = max((n for n in body if n < line.number), default=-1)
        stamped = any(flagged.get(n, ("",))[0] == "timestamp" for n in range(previous + 1, line.number))
        if masthead is not None and SIGN_OFF.match(line.text[len(masthead) :]) and line.text.startswith(masthead):
            flagged[line.number] = (
                "motto",
                "The outlet's sign-off under the article: its name as the page's first line gives it, its motto or "
                "address.",
            )
        elif (
            line.number >= 2
            and all(n in flagged for n in (line.number - 1, line.number - 2))
            and lines[line.number - 1].block == line.block
            and previous >= 0
            and lines[previous].block != line.block
            and (line.length <= SMALL_PRINT_WORDS)
            and not stamped
        ):
            flagged[line.number] = (
                "call_to_action",
                "A line among the furniture under the article: a call to the reader.",
            )
        elif line.length <= BIO_LINE_WORDS and any(line.text.startswith(name + " ") for name in names):
            flagged[line.number] = (
                "author_bio",
                "The writer's bio under the article: the byline's name, and who they are.",
            )
        else:
            break
        body.discard(line.number)


def suggest(lines: list[Line]) -> list[Suggestion]:
    repeats = Counter(_normal(line.text) for line in lines)
    for title in _titles(lines):
        repeats[title] = 1
    flagged: dict[int, tuple[str, str]] = {}
    for line in lines:
        found = _first_pass(line, repeats)
        if found:
            flagged[line.number] = found
    _bio_continued(lines, flagged)
    _greetings_as_headings(lines, flagged)
    _bios_inside_the_body(lines, flagged)
    _embeds(lines, flagged)
    _bylines_with_place(lines, flagged)
    _bios_of_the_byline(lines, flagged)
    _notes_under_an_about_label(lines, flagged)
    _bio_continued(lines, flagged)
    _consent_banners(lines, flagged)
    _credits_in_menu_shape(lines, flagged)
    _captions_with_credit(lines, flagged)
    _consent_lines(lines, flagged)
    _bracketed_credits(lines, flagged)
    _repeated_link_labels(lines, flagged)
    _tickers(lines, flagged)
    _weather_widgets(lines, flagged)
    _stamp_lines(lines, flagged)
    _date_lines(lines, flagged)
    _repeated_stamps(lines, flagged)
    _comment_headers(lines, flagged)
    _comments(lines, flagged)

    body = {line.number for line in lines if _is_body(line, flagged)}
    # The first paragraph is the first body line that states something: a question or an exclamation above it
    # may be the headline ("Could a new comet light up our skies?"), which is sought above the first paragraph.
    first_body = min((n for n in body if not lines[n].text.endswith(("?", "!"))), default=min(body, default=len(lines)))
    _bylines_beside_stamps(lines, flagged, first_body)

    # A line among furniture in a block of three or more short lines is a promotion, not the headline; in a block
    # that holds
    # prose (a page whose paragraphs are set apart by single line breaks) every line has furniture near it.
    prose_blocks = {line.block for line in lines if line.length >= 10 and _ends_sentence(line)}

    block_sizes = Counter(line.block for line in lines)

    # A headline's own time stamp or byline next to it makes the block the article's head, not a promotion
    # ("LIVE", the headline, "Updated 6m ago").
    def among_furniture(line):
        beside = [
            n
            for n in (line.number - 1, line.number + 1)
            if 0 <= n < len(lines) and lines[n].block == line.block and n in flagged
        ]
        return (
            line.block not in prose_blocks
            and block_sizes[line.block] >= 3
            and bool(beside)
            and not any(flagged[n][0] in ("timestamp", "byline") for n in beside)
        )

    def headline_like(line):
        """A line that may be the headline: long enough, with no full stop, not flagged, not among furniture and no
        kicker."""
        return (
            line.number not in flagged
            and line.length >= 5
            and not line.text.endswith(".")
            and (not among_furniture(line) and not _kicker(line, lines, flagged))
        )

    def masthead(line):
        """The outlet's name over its menu at the top of the page (no line but furniture above it, the first line of
        its block, the menu right under it, and a line that may be the headline after the menu): the page's title,
        not the story's. With no such line after the menu, the line is the headline over its breadcrumb ("Ferry
        service … ends" over "Home | News | Local")."""
        below = line.number + 1
        opens_block = line.number == 0 or lines[line.number - 1].block != line.block
        menu_below = (
            below < len(lines) and lines[below].block == line.block and (flagged.get(below, ("",))[0] == "navigation")
        )
        return (
            opens_block
            and menu_below
            and all(n in flagged for n in range(line.number))
            and any(headline_like(other) for other in lines[below + 1 : first_body])
        )

    headline = next(
        (line.number for line in lines[:first_body] if headline_like(line) and not masthead(line)),
        None,
    )

    # Captions: a line repeated at the start of a credit line, or a line without a full stop just before one.
    credits = [line for line in lines if flagged.get(line.number, ("",))[0] == "credit"]
    for line in lines:
        if line.number in flagged or line.length < 3 or line.number == headline:
            continue
        follows = lines[line.number + 1] if line.number + 1 < len(lines) else None
        label = lines[line.number - 1] if line.number > 0 else None
        # A caption under its picture's credit may close on a bracket ("… on Monday (10)"), never on a full stop.
        if (
            label is not None
            and label in credits
            and picture_credit(label.text)
            and line.length >= CAPTION_WORDS
            and (not line.text.rstrip().endswith((".", "!", "?")))
        ):
            flagged[line.number] = ("caption", "A caption: the line sits under a picture credit.")
            continue
        if _ends_sentence(line):
            continue
        if (
            any(c.text.startswith(line.text) and c is not line for c in credits)
            or (follows is not None and follows in credits)
            or (label is not None and label in credits and label.text.endswith((",", ":")))
        ):
            flagged[line.number] = ("caption", "A caption: the line sits on a picture credit.")

    body = {line.number for line in lines if _is_body(line, flagged)}
    _questions_in_the_tail(lines, flagged, body)

    def crosshead(line):
        before = line.number - 1 in body
        after = line.number + 1 in body
        return before and after

    def heading(line):
        """A short line without a full stop right above a paragraph heads it (an update's title), also with the
        correspondent's byline between them ("Our correspondent: …", "Jane Roe, in Lisbon", the text)."""
        following = line.number + 1
        if flagged.get(following, ("",))[0] == "byline":
            following += 1
        above = lines[line.number - 1] if line.number > 0 else None
        # The last row of a numbered table ("3. Roe +1min 51sec" under "2. …") heads nothing.
        continues_list = (
            above is not None
            and above.block == line.block
            and all(LIST_NUMBER.match(text) for text in (line.text, above.text))
        )
        return following in body and following != headline and line.length <= HEADING_WORDS and (not continues_list)

    def cut_off(line):
        """The last paragraph of a capture or a paywalled teaser cut off mid-sentence: prose-long, right after
        the body, with nothing but furniture after it or stopping on a word no sentence ends on ("… rising
        pension costs and"), or where the printed page jumps to another ("Continued on Page A6" right below). It
        is the story's text, not a caption."""
        following = lines[line.number + 1] if line.number + 1 < len(lines) else None
        return (
            line.length >= 10
            and line.number - 1 in body
            and (
                all(n in flagged for n in range(line.number + 1, len(lines)))
                or following is not None
                and JUMP.match(following.text) is not None
                or line.text.rstrip().rsplit(None, 1)[-1].lower() in UNFINISHED
            )
        )

    def standfirst(line):
        """The line right under the headline with the byline block under it is its standfirst (the outlet's
        summary); a line under the headline with the body right after it is a picture's caption. A line of items
        between bars ("Desk | 3 Dec 2025 | 1:35 PM") is the article's details, never its summary."""
        below = lines[line.number + 1] if line.number + 1 < len(lines) else None
        if BARS.search(line.text):
            return False
        # Between them may stand only short furniture: a review's stars, the venue ("★★★★☆", "Lyric, Leeds").
        under_headline = (
            headline is not None
            and line.number > headline
            and all(
                flagged.get(n, ("",))[0] in ("symbols", "short_label") and lines[n].length <= 4
                for n in range(headline + 1, line.number)
            )
        )
        return (
            under_headline
            and line.number + 1 < first_body
            and (
                5 <= line.length <= 40
                and below is not None
                and (below.number in flagged or below.length <= 4 or BYLINE_LIKE.search(below.text))
            )
        )

    def link_above_body(line):
        """A line of its own between the headline and the first paragraph that opens on a short label and a colon
        and ends on no full stop ("Läs på svenska: …", "Watch: …"): a link to another page or version, not a heading
        (the story's own words would not stand there under a label)."""
        label = LINK_LABEL.match(line.text)
        return (
            headline is not None
            and headline < line.number < first_body
            and label is not None
            and (
                _link_label(label.group(1))
                and not _ends_sentence(line)
                and block_sizes[line.block] == 1
                and not standfirst(line)
                and not BARS.search(line.text)
            )
        )

    in_related_list = in_summary = False
    summary_block = None  # the block of the summary's first line: the list ends with it
    story_lists = _lists_under_a_lead_in(lines, flagged)
    kept = set()
    for line in lines:
        if in_summary and summary_block is not None and line.block != summary_block:
            in_summary = False
        if SUMMARY_LABELS.match(line.text) and not (line.number + 1 in body and line.number > first_body):
            flagged.setdefault(line.number, ("short_label", "The label of the article's summary list."))
        if related_label(line.text):
            flagged.setdefault(line.number, ("short_label", "The label of a list of links to other stories."))
        if line.number in flagged:
            # A title of the list the line rules knew for a link keeps the list going.
            in_related_list = related_label(line.text) or in_related_list and flagged[line.number][0] == "related_list"
            # A time stamp under the label ("Updated 1h ago") does not end the summary; other furniture does.
            if flagged[line.number][0] != "timestamp":
                in_summary = bool(SUMMARY_LABELS.match(line.text))
                summary_block = None
            continue
        if line.number in body:
            in_related_list = in_summary = False
            continue
        if line.number in story_lists:
            kept.add(line.number)
            continue
        words = line.length
        by = BYLINE_START.match(line.text)
        if (
            line.number < first_body
            and by
            and by.group("first").isupper()
            and not _ends_sentence(line)
            and (words <= 30)
        ):
            flagged[line.number] = ("byline", "A byline above the article: “By” and the writers' names.")
            continue
        repeats_headline = headline is not None and _normal(line.text) == _normal(lines[headline].text)
        listed = in_related_list and not _ends_sentence(line) and words <= 25
        if link_above_body(line):
            flagged[line.number] = ("related_list", "A link above the article: a short label, a colon, a title.")
            continue
        head = line.number == headline or repeats_headline or _kicker(line, lines, flagged) or standfirst(line)
        if (
            head
            or crosshead(line)
            or (heading(line) and not listed)
            or (in_summary and words <= 25)
            or cut_off(line)
            or SCORE_LINE.match(line.text)
        ):
            if in_summary and summary_block is None:
                summary_block = line.block
            kept.add(line.number)
            continue
        if not _ends_sentence(line) and in_related_list and words <= 25:
            flagged[line.number] = ("related_list", "A headline in a list of links after a “Read more” label.")
        elif not _ends_sentence(line) and words <= 4:
            flagged[line.number] = (
                "short_label",
                f"A short label outside the article's body ({counted(words, 'word')}).",
            )
        elif not _ends_sentence(line) and 5 <= words <= 30:
            flagged[line.number] = ("caption", "A line without a full stop outside the body: a caption or a link.")

    _small_print_after_copyright(lines, flagged, body)
    _unlabelled_link_lists(lines, flagged, body)
    _tail_lines(lines, flagged, body)

    # Short lines next to furniture in the same block (no blank line between) are furniture too,
    # unless they sit between two body paragraphs.
    changed = True
    while changed:
        changed = False
        for line in lines:
            if line.number in flagged or line.number in body or line.length > 6 or line.number in kept:
                continue
            if line.text.endswith(".") and line.length >= 4 and line.doc[0].text[:1].isupper():
                continue  # a short sentence of the story's own ("Check on elderly neighbours.")
            neighbours = [n for n in (line.number - 1, line.number + 1) if 0 <= n < len(lines)]
            same_block = [n for n in neighbours if lines[n].block == line.block]
            if any(n in flagged for n in same_block) and not all(n in body for n in neighbours):
                flagged[line.number] = ("furniture_block", "A short line in a block of page furniture.")
                changed = True

    return [
        Suggestion(line.start, line.end, TAG, f"{TAG}.{rule}", reason, RULE_CONFIDENCE[rule])
        for line in lines
        if line.number in flagged
        for rule, reason in [flagged[line.number]]
    ]
