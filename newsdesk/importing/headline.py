"""The headline of a page imported as plain text, where no title was given: the line above the article's first
paragraph that reads as a headline. Plain functions, no Django.

A page copied from the web opens on its masthead, its menu, a consent banner, a section's name or a wire's slug line
("Town/floods/dam"), and only then its headline, the deck under it, the byline and the time stamp, then the story.
The first line is the masthead far more often than the headline, so the headline is found by its place and shape:

- the story's first paragraph (the lede) is the first line of prose (``furniture.is_prose``: long enough, ending on a
  full stop; in Thai and its neighbours, which end their sentences with a space, a line that reads as prose by the
  small words that join a sentence, ``furniture_lines.unstopped_prose``) that the line rules take for nothing of the
  page's (a consent banner reads as prose too);
- a line above it may be the headline when it holds ``MIN_WORDS`` words or more (a section's name, a kicker, a slug
  and a masthead hold fewer), is nothing the line rules know (``furniture_lines.line_furniture``: a byline, a time
  stamp, a credit, a player's line, a share row, a consent banner), is no menu (``menu``), no wire's slug line
  (``WIRE_SLUG``), no web address and not the page's name (``masthead``: the first line, when a later line, the
  footer's or the rights line, names the page again), no lead-in (a line ending on a colon) and no item of a list;
- of those, the nearest above the lede is the headline, unless the line right above it is one too: a deck stands
  under its headline ("Residents speak for the first time since the closure" under "'We were told nothing'"), so
  the upper of the two is taken.

When nothing qualifies the first line is the title, as before.
"""

import re

from newsdesk.alignment import furniture
from newsdesk.importing import furniture_vocabulary as vocabulary
from newsdesk.importing import page_dates
from newsdesk.importing.furniture_lines import (
    ABBREVIATED,
    clock_stamp,
    line_furniture,
    list_item,
    unstopped,
    unstopped_prose,
)
from newsdesk.importing.furniture_vocabulary import folded
from newsdesk.importing.scripts import opens_in_lower_case, trimmed

MIN_WORDS = 4  # a headline of fewer words is rare; sections, kickers, slugs and mastheads are that short
UNTITLED = "Untitled"
LEDES = 3  # a consent banner or a note the line rules do not know may read as prose: the next paragraphs are tried
# The lines that sign and date the article ("By …", "Updated 9 March"), under its headline and its decks.
STAMPS = frozenset({"byline", "timestamp"})
STAMP_WORDS = 16
UNSPACED_CHARACTER = re.compile(f"[{furniture.UNSPACED}]")
STAMP_OTHER_WORDS = 8  # a stamp's words beside its date: a label, a weekday, "at", a writer's name
# Lines that close the page's top (its menus, its consent banner): a headline over a stamp stands below them.
BOUNDARIES = frozenset({"navigation", "consent"})
# A weather line in the masthead ("Weather: 11°C, light rain").
WEATHER = re.compile(r"\d\s?°\s?[CF]\b")
TITLE_CHARACTERS = 200
# A menu: items between separators ("Home | News | Sport", "Zprávy • Sport"). Two items, one of them long, are a
# headline behind its label ("BREAKING | Mill closes", "Opinion | The price of a town"), which a page keeps.
# A full-width bar separates items with or without spaces ("首页｜时政｜国际", "オピニオン｜地域交通"). A run of
# spaces is tried once, from its start, so that a long one costs time in proportion to it.
SEPARATOR = re.compile(r"(?<!\s)\s+[|•·]\s+|(?<!\s)\s*｜\s*")
MENU_ITEMS = 3
MENU_ITEM_WORDS = 3
# A trail of sections ("Home > News > Story", "当前位置：华讯网 > 社会 > 正文"): short steps between arrows.
TRAIL_SEPARATOR = re.compile(r"(?<!\s)\s+[>›»]\s+")
TRAIL_STEP_WORDS = 6
# A wire's keyword slug: words joined by slashes with no space ("Town/floods/dam", "COUNTRY-HEALTH/CHOLERA:"), its
# first keyword perhaps a place of two or three words before two keywords or more ("Port Alder/strike/buses"),
# perhaps followed by the version's note in brackets ("TOWN-DREDGING/LICENCE (UPDATE 2, adds reaction)").
SLUG_NOTE = r"(?:[ \t]+\([^()\n]{1,80}\))?:?$"
WIRE_SLUG = re.compile(r"^[^\s/]+(?:/[^\s/()]+)+" + SLUG_NOTE + r"|^[^\s/]+(?: [^\s/]+){1,2}(?:/[^\s/()]+){2,}"
                       + SLUG_NOTE)
# A player's line: its clip's running time in brackets ("Watch the report (3:05) | Listen live", "▶ Video (2:48)").
RUNNING_TIME = re.compile(r"\(\s*\d{1,2}:\d{2}(?::\d{2})?\s*\)")
# A link that opens on how long ago its post went up ("2h ago Judge restores festival licence", "45 minutes ago Roads
# reopen"): an item of a live page's "Key events" or "Latest" list, not its headline.
AGO_LINK = re.compile(r"^\d+\s?(?:s|m|h|d|mins?|minutes?|hrs?|hours?|days?)\s+ago\s+\S", re.IGNORECASE)
# An item of a row of credits: a role's label and a colon, then the name ("Reporter: …", "Eindredactie: …").
CREDIT_ITEM = re.compile(r"^[^\W\d_][^\W\d_ .-]*(?:[ .-][^\W\d_]+){0,2}\s*[:：]\s*[^\W\d_]")
CREDIT_ITEMS = 2
# A row of a consent banner's buttons under its banner ("同意して閉じる", "Accept | Settings") is this short.
BUTTON_ROW_WORDS = 5
# The place and date of issue of a Vietnamese administrative document ("Lam Bắc, ngày 11 tháng 6 năm 2026"), which
# stands under the state's name and motto and over the document's kind and subject ("THÔNG BÁO", "Về việc …"), the
# order the state's rules for its documents set: it dates the document, and its headline stands under it, not over.
DOCUMENT_PLACE_AND_DATE = re.compile(
    r"^[^\W\d_][^,\d]{0,40},\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}\.?$", re.IGNORECASE)
# A web address or a domain ("example.ge", "www.example.com/news"): the page's name, not its headline.
DOMAIN = re.compile(r"(?:https?://|www\.)\S+|\b[\w-]+\.(?:[a-z]{2,6})(?:/\S*)?(?=\s|$)")


def lines_of(text: str) -> list[str]:
    """The page's visible lines, their spaces collapsed."""
    return [" ".join(line.split()) for line in text.split("\n") if line.strip()]


def menu(line: str) -> bool:
    """``line`` is a row of a menu: ``MENU_ITEMS`` items or more between separators, or items all of a few words; or
    a trail of ``MENU_ITEMS`` sections or more between arrows, each of a few words (``TRAIL_SEPARATOR``)."""
    steps = [step for step in TRAIL_SEPARATOR.split(line) if step.strip()]
    if len(steps) >= MENU_ITEMS and all(furniture.size(step) <= TRAIL_STEP_WORDS for step in steps):
        return True
    items = [item for item in SEPARATOR.split(line) if item.strip()]
    if len(items) < 2:
        return False
    return len(items) >= MENU_ITEMS or all(furniture.size(item) <= MENU_ITEM_WORDS for item in items)


def credits_row(line: str) -> bool:
    """``line`` signs the article: ``CREDIT_ITEMS`` items or more between separators that each give a role and a name
    ("Reporter: Dimas Aryo | Editor: Lusi Anggraini", "14-10-2025 | Verslaggever: Rik Hoogeveen | Eindredactie: …")."""
    return _credits(_items(line))


def _items(line: str) -> list[str]:
    """The items of ``line`` between separators (``SEPARATOR``), stripped; the empty ones left out."""
    return [item.strip() for item in SEPARATOR.split(line) if item.strip()]


def _credits(items: list[str]) -> bool:
    return sum(CREDIT_ITEM.match(item) is not None for item in items) >= CREDIT_ITEMS


# A paper's volume and issue, each label before its figure and nothing else ("Vol. 28, No. 11", "အတွဲ ၂၈၊ အမှတ် ၁၁").
_ISSUE_LABEL = "(?:" + "|".join(re.escape(label) for label in vocabulary.phrases(vocabulary.ISSUE_LABELS)) + ")"
ISSUE_LINE = re.compile(rf"(?:{_ISSUE_LABEL}\s*\d+[\s,;၊|·•-]*){{2,}}", re.IGNORECASE)


def masthead(line: str, later: list[str]) -> bool:
    """``line``, the page's first, is its name: a later line names the page again (the footer, the rights line)."""
    key = line.casefold()
    return any(key in other.casefold() for other in later)


def lede(line: str) -> bool:
    """``line`` reads as a paragraph of the story: long enough and ending on a full stop (``furniture.above_the_story``
    reads the story's first paragraph so; a headline may end on a question), or in Thai and its neighbours a line of
    prose by the small words that join a sentence; and the line rules take it for nothing of the page's."""
    if unstopped(line):
        prose = unstopped_prose(line) and furniture.size(line) >= furniture.PROSE_WORDS
    else:
        ended = trimmed(line)
        prose = furniture.size(line) >= furniture.PROSE_WORDS and bool(furniture.FULL_STOP.search(ended)) and not (
            ABBREVIATED.search(ended))
    return prose and line_furniture(line) is None


def stamp_row(line: str) -> bool:
    """``line`` is a row of the article's byline and stamps between separators, each item a role's label and a name
    or a date, one a date at least ("Autor: Ana Perić | 07.12.2025. 20:15 | Ažurirano: 08.12.2025. 12:30"): it
    signs and dates the article, however many items it has (a menu's items date nothing)."""
    return _stamps(_items(line))


def _stamps(items: list[str]) -> bool:
    dated = [page_dates.page_date(item) is not None for item in items]
    return len(items) >= 2 and any(dated) and all(
        is_dated or CREDIT_ITEM.match(item) is not None for item, is_dated in zip(items, dated, strict=True))


def _words_beside_the_date(line: str) -> int:
    """How many words of ``line`` are neither a figure nor a month's name (nor a character of the scripts that do not
    space their words, read as words one by one): a stamp's are a label, a weekday, "at"."""
    return sum(page_dates._month(word) is None and not UNSPACED_CHARACTER.match(word)
               for word in furniture.words(line))


def stamp(line: str) -> bool:
    """``line`` is the article's byline or time stamp: the line rules say so, or a row of byline and stamps
    (``stamp_row``), or it is a short line that prints a date (``page_dates``), not ending like a sentence, with
    few words beside the date (``STAMP_OTHER_WORDS``): a title that names the day of what it reports ("Rezultati
    izbora za odbornike … održanih 7. decembra 2025. godine") is no stamp."""
    items = _items(line)  # split once for both rows
    if _credits(items) or _stamps(items):
        return True
    judged = line_furniture(line)
    if judged is not None:
        return judged[0] in STAMPS
    return furniture.size(line) <= STAMP_WORDS and not furniture.FULL_STOP.search(trimmed(line)) and (
        _words_beside_the_date(line) <= STAMP_OTHER_WORDS and page_dates.page_date(line) is not None)


# A kicker in capitals naming the medium, before a colon or a bar, that a broadcaster's headline opens on ("VIDEO :
# …", "WATCH: …"): the rest of the line is judged as a headline. A picture's or a video's caption writes its label
# in small letters ("Video: Crews walk off …", "Photo: …"), and stays a caption.
MEDIA_WORDS = "VIDEO|WATCH|PHOTOS|AUDIO|LISTEN"
MEDIA_KICKER = re.compile(rf"^(?:{MEDIA_WORDS})\s*[:|]\s*(?=\S)")


def candidate(line: str) -> bool:
    """``line`` is shaped like a headline, judged alone (after a kicker naming the medium: ``MEDIA_KICKER``)."""
    line = MEDIA_KICKER.sub("", line, count=1)
    if furniture.size(line) < MIN_WORDS or list_item(line) is not None:
        return False
    if ISSUE_LINE.fullmatch(line.strip()):
        return False
    if WIRE_SLUG.match(line) or DOMAIN.search(line) or WEATHER.search(line) or RUNNING_TIME.search(line) or menu(line):
        return False
    if AGO_LINK.match(line.strip()):
        return False
    if line.rstrip().endswith((":", "：")):
        return False
    if _opens_on_a_small_word(line):
        return False
    if _page_note(line):
        return False
    return line_furniture(line) is None and not stamp(line)


def _page_note(line: str) -> bool:
    """``line`` is the outlet's short note about its page (``furniture.page_note``: a live page's "This page updates
    automatically.", "Sledujeme naživo. Stránku priebežne aktualizujeme."), stopped as a sentence is: it opens the
    coverage under the headline, and is none. A headline that names a live coverage runs on unstopped ("Live
    coverage: …")."""
    stopped = bool(furniture.FULL_STOP.search(trimmed(line)))
    return stopped and furniture.size(line) <= furniture.PAGE_NOTE_WORDS and furniture.page_note(
        folded(furniture.QUOTED.sub(" ", line)), None, False)


def _opens_on_a_small_word(line: str) -> bool:
    """``line`` opens on a word in small letters of a script that writes a capital at a sentence's start: an
    author's job under the name ("economist, author of …"), a caption's run-on; a headline opens on a capital
    ("iPhone", a small letter followed by a capital, is a name's own spelling)."""
    first = line.split()[0] if line.split() else ""
    return opens_in_lower_case(first) and first == first.lower()


def _kicker(upper: str, lower: str) -> bool:
    """``upper`` is a kicker the headline under it repeats ("SENT HOME TO DIE" over "'SENT HOME TO DIE': …")."""
    words = " ".join(re.findall(r"[^\W_]+", upper.casefold()))
    return bool(words) and words in " ".join(re.findall(r"[^\W_]+", lower.casefold())) and len(upper) < len(lower)


def headline(text: str) -> str:
    """The headline of the page ``text``; its first line when no line above the story's first paragraph reads as one,
    and ``UNTITLED`` when the page shows nothing."""
    lines = lines_of(text)
    if not lines:
        return UNTITLED
    found = _headline(lines)
    return (found if found is not None else lines[0])[:TITLE_CHARACTERS]


def _headline(lines: list[str]) -> str | None:
    ledes = [position for position, line in enumerate(lines) if lede(line)][:LEDES]
    above = ledes[-1] if ledes else 0
    tables = table_rows(lines, above)
    qualifies = [candidate(line) and not (position == 0 and masthead(line, lines[1:])) and not tables[position]
                 for position, line in enumerate(lines[:above])]
    for position in _button_rows(lines, qualifies):
        qualifies[position] = False
    for first in ledes:
        anchored = _over_the_byline(lines, first, qualifies)
        # A paragraph of the story's prose over a time stamp is a live page's post over the next post's time ("15:32"
        # … "14:05"), not a headline over its stamp.
        if anchored is not None and anchored not in ledes:
            return lines[anchored]
    for first in ledes:
        nearest = next((position for position in range(first - 1, -1, -1) if qualifies[position]), None)
        if nearest is not None:
            return lines[_top_of_run(nearest, qualifies, lines)]
    return None


def table_rows(lines: list[str], upto: int | None = None) -> list[bool]:
    """For each of ``lines[:upto]`` (all of them unless given), whether it is a row of a table of figures
    (``furniture.TABLE_ROW``: "Lista za Brezno: 11 mandata") in a run of such rows that ``furniture.figures_table``
    takes for a table, with its opening line above it if it has one (a run goes on below ``upto``). A row alone is no
    table: a headline may be shaped so ("Flooding across the north of Elmshire: 12 dead"). Each run is read once, for
    all of its rows, so a long run costs time in proportion to its length."""
    upto = len(lines) if upto is None else upto
    rows = [False] * upto
    position = 0
    while position < upto:
        if not furniture.TABLE_ROW.match(lines[position]):
            position += 1
            continue
        first = last = position
        while last + 1 < len(lines) and furniture.TABLE_ROW.match(lines[last + 1]):
            last += 1
        top = first - 1 if first > 0 and furniture.table_opener(lines[first - 1]) else first
        if furniture.figures_table("\n".join(lines[top:last + 1])):
            rows[first:last + 1] = [True] * (min(last + 1, upto) - first)
        position = last + 1
    return rows


def _button_rows(lines: list[str], qualifies: list[bool]) -> list[int]:
    """The lines that are a consent banner's buttons: a short line (``BUTTON_ROW_WORDS``) right under a line the line
    rules take for a consent banner, with a line that may be the headline still below it (a headline may stand right
    under the banner too, when the page prints its buttons elsewhere)."""
    rows = []
    for position in range(1, len(qualifies)):
        judged = line_furniture(lines[position - 1])
        if qualifies[position] and judged is not None and judged[0] == "consent" and (
                furniture.size(lines[position]) <= BUTTON_ROW_WORDS and any(qualifies[position + 1:])):
            rows.append(position)
    return rows


def _over_the_byline(lines: list[str], first: int, qualifies: list[bool]) -> int | None:
    """Where the headline stands over the lowest byline or time stamp above line ``first``: the nearest line above
    the stamp that qualifies, with no menu between (a stamp under the masthead dates the edition, not the article),
    and the top of its run (a headline over its decks). A document's place and date of issue is no such stamp
    (``DOCUMENT_PLACE_AND_DATE``)."""
    lowest = next((position for position in range(first - 1, -1, -1)
                   if stamp(lines[position]) and not _post_time(lines[position])
                   and not DOCUMENT_PLACE_AND_DATE.match(lines[position])), None)
    if lowest is None:
        return None
    for position in range(lowest - 1, -1, -1):
        if qualifies[position] and _under_a_byline(lines, position):
            continue  # the writer's job under the byline ("Science correspondent, ABN News"): no headline
        if qualifies[position]:
            return _top_of_run(position, qualifies, lines)
        if stamp(lines[position]):
            continue  # a stamp above the stamp ("8 Mar 2026 | 19:25" over the byline): still the article's own
        judged = line_furniture(lines[position])
        if menu(lines[position]) or judged is not None and judged[0] in BOUNDARIES:
            return None
    return None


def _post_time(line: str) -> bool:
    """``line`` is a live post's time stamp, a clock time behind the word for o'clock and no date ("Kl. 14.55"): the
    post's heading stands under it, the page's headline over the page's own stamp."""
    return clock_stamp([folded(word) for word in re.findall(r"[^\W_]+(?:[.:]\d+)?", line)])


def _under_a_byline(lines: list[str], position: int) -> bool:
    """Line ``position`` stands right under a byline ("By Tom Ferris"): the second line of the byline, the writer's job
    and outlet; a headline stands over its byline, never under it."""
    judged = line_furniture(lines[position - 1]) if position > 0 else None
    return judged is not None and judged[0] == "byline"


def _top_of_run(position: int, qualifies: list[bool], lines: list[str]) -> int:
    """The first of the lines that qualify one under the other, up to ``position``: the headline over its decks; a
    kicker the line under it repeats stays above the run (``_kicker``), and so does a banner in capitals over a line
    that is not (``_banner``)."""
    while position > 0 and qualifies[position - 1] and not _kicker(lines[position - 1], lines[position]) and not (
            _banner(lines[position - 1], lines[position])):
        position -= 1
    return position


def _banner(upper: str, lower: str) -> bool:
    """``upper`` is written all in capitals and ``lower`` is not: a banner or a kicker over the headline ("THE TROPHY
    IS COMING HOME" over "Match report: …"); a headline in capitals has its decks in capitals or under its byline."""
    return upper == upper.upper() != upper.lower() and lower != lower.upper()
