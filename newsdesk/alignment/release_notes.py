"""A press release's notes to editors: under their label on a line of its own ("Notes to editors", in the languages
of ``furniture_vocabulary.NOTES_LABELS``), below a paragraph of the release, the background notes it lists, each
numbered or bulleted ("1. The trust has run the harbour since 1921 …", "• The survey is available on request."), are
the page's: who the sender is, where a study can be had. The notes run down to the first passage that is no item of
the list (the boilerplate under "About …", which ``clustering.under_an_about_label`` reads, a media contact).

The label alone sends nothing to the page: only the numbered or bulleted items right under it, so that a release's
paragraph set under the label as prose stays for the rules to judge. And a note may tell what the reports take up
(who funded a study, a name the release's own text gives nowhere else): a note that names someone the release names
only there, whom another article of the story names too (``reported_elsewhere``), is the story's."""

import re
from collections.abc import Sequence

from newsdesk.importing import calendar_names, furniture_vocabulary, page_dates
from newsdesk.importing.scripts import trimmed

NOTES_LABELS = frozenset(furniture_vocabulary.phrases(furniture_vocabulary.NOTES_LABELS))
# A note of the list: a number with its stop or bracket ("1.", "2)", "(3)") or a bullet, then its text.
NOTE_ITEM = re.compile(r"^(?:\d{1,2}[.)]|\(\d{1,2}\)|[•◦▪▸‣∙●○■*\-–—])\s+\S")
LABEL_BLOCK_LINES = 2  # the label may share its block with the release's end mark above it ("ENDS")


def notes_label(text: str) -> bool:
    """``text`` ends on a notes label on a line of its own (``NOTES_LABELS``, a colon after it or not), perhaps under
    the release's end mark in the same block."""
    lines = [line for line in (trimmed(line) for line in text.splitlines()) if line]
    if not 1 <= len(lines) <= LABEL_BLOCK_LINES:
        return False
    label = furniture_vocabulary.folded(lines[-1]).rstrip(" :：.")
    return label in NOTES_LABELS


def note_item(text: str) -> bool:
    """``text`` is an item of the notes' list: it opens on a number or a bullet (``NOTE_ITEM``)."""
    return NOTE_ITEM.match(trimmed(text)) is not None


# A name's word: a capital, then letters (an apostrophe or a hyphen inside); a name is a run of them between spaces
# ("Orrin Marine Ltd"). A word the story writes in lower case too ("The", "Harbour" of "the harbour master") is no
# word of a name, and neither is the name of a month or a weekday.
NAME_WORD = r"[A-Z][\w'’-]*[^\W\d_]"
NAME = re.compile(rf"(?<![\w'’-]){NAME_WORD}(?:\s{NAME_WORD})*(?![\w'’-])")
LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][\w'’-]*")
DATE_WORDS = frozenset(
    word for language in calendar_names.LANGUAGES for word in calendar_names.date_names(language).casefold().split()
) | frozenset(page_dates.ENGLISH_MONTHS) | frozenset(
    "monday tuesday wednesday thursday friday saturday sunday".split()
)  # English's months and weekdays, which the tables of the other languages leave out


def _names(text: str, common: frozenset[str]) -> list[set[str]]:
    """The names in ``text`` (``NAME``), each as its words, but the words in ``common`` (written in lower case) and
    the names of months and weekdays."""
    return [words for name in NAME.findall(text)
            if (words := {word for word in name.split() if word.casefold() not in common | DATE_WORDS})]


def reported_elsewhere(note: str, own: str, elsewhere: str) -> bool:
    """The ``note`` names someone (``_names``) whom its own article's other text ``own`` does not name (no word of the
    name is a word of a name there) and another article's text ``elsewhere`` does (a word of the name is there): what
    the note tells is what the reports take up."""
    common = frozenset(LOWER_WORD.findall("\n".join((note, own, elsewhere))))
    known = {word for name in _names(own, common) for word in name}
    for name in _names(note, common):
        if known.isdisjoint(name) and any(
            re.search(rf"(?<![\w'’-]){re.escape(word)}(?![\w'’-])", elsewhere) for word in name
        ):
            return True
    return False


def notes_under_the_label(texts: Sequence[str], found: Sequence[bool], elsewhere: str = "") -> set[int]:
    """The positions, among an article's passages ``texts`` in page order (``found``: which of them the rules took
    for the page's already), of the numbered or bulleted notes right under a notes label (``notes_label``) that
    stands below a passage of the release's own (one no rule took for the page's); not a note that another
    article's text (``elsewhere``) reports (``reported_elsewhere``)."""
    notes = set()
    for position, text in enumerate(texts):
        if not notes_label(text) or all(found[:position]):
            continue
        below = position + 1
        while below < len(texts) and note_item(texts[below]):
            below += 1
        own = "\n".join([*texts[:position + 1], *texts[below:]])
        notes.update(item for item in range(position + 1, below)
                     if not reported_elsewhere(texts[item], own, elsewhere))
    return notes
