"""A transcript's turn labels: "ANCHOR LISA ROE: Good evening …", "911 COORDINATOR JANE DOE: We've had …", a label
in capitals and a colon opening the line, which names who speaks the words after it. A label is a turn's only in a
dialogue: the article holds turns of at least two different labels (a tabloid's one kicker, "POISONED RIVER: …", is
none), a label of one word is a role ("ANCHOR:", "REPORTER:"), and furniture labels ("BREAKING:", "UPDATE:",
"WATCH:") are none, as is a label that holds a time or a figure beside such a word (a live blog's "UPDATE 3.45PM:"):
one word of a turn's label at least is all letters and no furniture word.

Read by the attribution suggester (who speaks) and by story matching (a transcript's labels are no words of its
story); it lives with the importer's other readings of a page's lines.
"""

import re
from collections.abc import Iterable

# A label's words, read in any cased script: each letter of them a capital ("ANCHOR LISA ROE", "REDAKTORKA", "STAROSTA
# JAN NOVÁK", "ΑΝΤΑΠΟΚΡΙΤΗΣ"), as ``_in_capitals`` checks; a script without capitals shows no label by its case.
_TURN = re.compile(r"^([^\W_][\w.'’&-]*(?:,? [^\W_][\w.'’&-]*){0,6}):\s+\S")
_MIN_TURN_WORDS = 3
# Roles that stand as a label alone in a transcript, by language (read in lower case, as the label's words are).
ROLES = frozenset("""
    anchor host reporter correspondent presenter narrator interviewer moderator caller announcer dispatcher
""".split()) | frozenset(  # Czech and Slovak
    "redaktor redaktorka moderátor moderátorka reportér reportérka zpravodaj zpravodajka spravodajca".split()
) | frozenset(  # Polish
    "dziennikarz dziennikarka prowadzący prowadząca reporterka lektor".split()
) | frozenset(  # German, French, Spanish, Portuguese, Italian
    """moderatorin reporterin sprecher sprecherin journaliste présentateur présentatrice periodista presentador
    presentadora jornalista repórter giornalista conduttore conduttrice inviato inviata""".split()
)
# Labels of page furniture and kickers, never a speaker.
NOT_SPEAKERS = frozenset("""
    breaking news update updated updates live watch video videos read more also related photo photos exclusive
    editor's editor’s note correction clarification source sources see listen audio analysis opinion transcript
    warning alert just in developing fact check q&a topics tags advertisement sponsored now latest
""".split())
# A time of day in a label: "3.45PM", "5 PM", "10:30", "9 a.m.", "15h30".
_TIME = re.compile(r"(?<![\w.])\d{1,2}(?:[.:h]\d{2})?\s*[ap]\.?m\b\.?|(?<![\w.])\d{1,2}[.:h]\d{2}(?![\w.])",
                   re.IGNORECASE)
# Marks a name's word may hold beside its letters ("O'NEILL", "SMITH-JONES", "ST.").
_NAME_MARKS = str.maketrans("", "", "'’.-")


def _turn_label(text: str) -> str | None:
    """The label of a line that opens with one in capitals, or None."""
    match = _TURN.match(text)
    if not match or not _in_capitals(match.group(1)):
        return None
    label = match.group(1)
    words = [w.lower() for w in label.replace(",", " ").split()]
    if not names_a_speaker(label):
        return None
    if len(words) == 1 and words[0] not in ROLES:
        return None
    if len(text[match.end(1) + 1 :].split()) < _MIN_TURN_WORDS:
        return None
    return label


def _in_capitals(label: str) -> bool:
    """Whether ``label``'s letters are all capitals, of a script that has them, one at least: a letter of no case
    (Georgian's, Arabic's) has no capital to show a label by."""
    cased = [c for c in label if c.isupper() or c.islower()]
    return bool(cased) and all(c.isupper() for c in cased) and all(c.isupper() or c.islower() for c in label
                                                                   if c.isalpha())


def names_a_speaker(label: str) -> bool:
    """Whether ``label`` (the words before a line's colon) may name who speaks: no time in it, no figure beside a
    furniture word, and one word at least all letters and no furniture word ("UPDATE", "WATCH", "BREAKING NEWS" are
    none). Read in any script: the importer asks it of a transcript's turns too."""
    words = [w.lower() for w in label.replace(",", " ").split()]
    if _TIME.search(label) or _figure_beside_furniture(words):
        return False
    return any(w.translate(_NAME_MARKS).isalpha() and w not in NOT_SPEAKERS for w in words)


def _figure_beside_furniture(words: list[str]) -> bool:
    """Whether a word holding a digit stands next to a furniture word ("UPDATE 3", "LIVE 12"): a live blog's
    numbered entry, no speaker ("911 COORDINATOR JANE DOE" is one)."""
    return any(any(c.isdigit() for c in word) and NOT_SPEAKERS.intersection(words[max(k - 1, 0) : k + 2])
               for k, word in enumerate(words))


def turn_labels(texts: Iterable[str]) -> list[str | None]:
    """The turn label of each line in ``texts`` (trimmed lines), None for a line without one; all None unless two
    different labels take turns, as a dialogue's do (a lone kicker, "POISONED RIVER: …", is none)."""
    labels = [_turn_label(text) for text in texts]
    return labels if len(set(labels) - {None}) >= 2 else [None] * len(labels)
