"""Speaker labels: a line's label that names who speaks the words after it, read across the article's lines.

Two layouts, each read for the languages it was measured on:

- a transcript turn in English: "ANCHOR LISA ROE: Good evening …", "911 COORDINATOR JANE DOE: We've had …" —
  a label in capitals and a colon opening the line. A label is a speaker's only in a dialogue: the article
  holds turns of at least two different labels (a tabloid's one kicker, "POISONED RIVER: …", is none), a label
  of one word is a role ("ANCHOR:", "REPORTER:"), and furniture labels ("BREAKING:", "UPDATE:", "WATCH:") are
  none, as is a label that holds a time or a figure beside such a word (a live blog's "UPDATE 3.45PM:", "BREAKING
  NEWS 5PM:"): one word of a speaker's label at least is all letters and no furniture word. A turn of the outlet's
  own anchor or reporter is its narration, no attribution, though it counts as a turn. The source is the label less
  the roles before the name ("ANCHOR LISA ROE" names "LISA ROE") and less what follows a comma
  (a place: "JOHN ROE, ASHBY MILLS");
- a label line before a quotation in Tamil: "மாவட்ட ஆட்சியர் X:" alone on its line, the next line opening with
  a quotation mark — how a television page prints who said the quotation below it.
"""

import re
from collections.abc import Iterable

from annotations.suggestions.attribution.words import CONFIDENCE, PERSON_SINGULAR, TAG
from annotations.suggestions.base import Suggestion
from newsdesk.importing import languages

_TURN = re.compile(r"^([A-Z0-9][A-Z0-9.'’&-]*(?:,? [A-Z0-9][A-Z0-9.'’&-]*){0,6}):\s+\S")
_MIN_TURN_WORDS = 3
# Roles that stand as a label alone in a transcript.
ROLES = frozenset("""
    anchor host reporter correspondent presenter narrator interviewer moderator caller announcer dispatcher
""".split())
# The outlet's own voices: a turn of its anchor or reporter is the outlet telling the story, as its narration is,
# and attributes nothing to a source; it still counts as a turn of the dialogue.
STAFF_ROLES = frozenset("anchor host reporter correspondent presenter narrator interviewer moderator announcer".split())
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
_QUOTATION_OPENERS = "\"“‘«„"
_MAX_LABEL_WORDS = 9


def _turn_label(text: str) -> str | None:
    """The label of a line that opens with one in capitals, or None."""
    match = _TURN.match(text)
    if not match or not any(c.isalpha() for c in match.group(1)):
        return None
    label = match.group(1)
    words = [w.lower() for w in label.replace(",", " ").split()]
    if _TIME.search(label) or _figure_beside_furniture(words):
        return None
    if not any(w.translate(_NAME_MARKS).isalpha() and w not in NOT_SPEAKERS for w in words):
        return None
    if len(words) == 1 and words[0] not in ROLES:
        return None
    if len(text[match.end(1) + 1 :].split()) < _MIN_TURN_WORDS:
        return None
    return label


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


def _speaker(label: str) -> str:
    """The name in a label: less a place after a comma, and less the words up to the last role before the name,
    as long as two words remain ("911 COORDINATOR JANE DOE", "HARBOUR ENGINEER JANE DOE" name "JANE DOE")."""
    words = label.split(",")[0].split()
    roles = [k for k, word in enumerate(words[:-2]) if word.lower() in ROLES or PERSON_SINGULAR.match(word.lower())]
    return " ".join(words[roles[-1] + 1 :] if roles else words)


def transcript_turns(lines) -> list[Suggestion]:
    """The speaker labels of an English transcript's turns; none unless two different labels take turns
    (``turn_labels``). The layout was measured on English pages only: another language's live blog writes its
    times in words the furniture list does not hold ("AKTUALIZACJA GODZ. 15:")."""
    if languages.language_of("\n".join(line.text for line in lines)) != languages.ENGLISH:
        return []
    labelled = [(line, label) for line, label in zip(lines, turn_labels(line.text for line in lines), strict=True)
                if label]
    found = []
    for line, label in labelled:
        if label.split()[0].lower() in STAFF_ROLES:
            continue
        source = _speaker(label)
        found.append(Suggestion(line.start, line.start + len(label) + 1, TAG, f"{TAG}.speaker",
                                f"“{label}:” names who speaks the words after it: {source}.",
                                CONFIDENCE["speaker"], source))
    return found


def labels_before_quotations(lines, found) -> list[Suggestion]:
    """A short line ending in a colon, the next line opening with a quotation mark: the label names the speaker of
    the quotation ("மாவட்ட ஆட்சியர் X:"). A line that holds a cue already is read by it."""
    cued = {(s.start, s.end) for s in found}
    labels = []
    for line, following in zip(lines, lines[1:], strict=False):
        text = line.text
        if not text.endswith(":") or not following.text.startswith(tuple(_QUOTATION_OPENERS)):
            continue
        if len(text.split()) > _MAX_LABEL_WORDS or any(c in text[:-1] for c in ":.!?\"“”‘’") and not _initials(text):
            continue
        if any(line.start <= start < line.end for start, _ in cued):
            continue
        source = text[:-1].strip()
        labels.append(Suggestion(line.start, line.end, TAG, f"{TAG}.speaker",
                                 f"“{text}” names who speaks the quotation below it: {source}.",
                                 CONFIDENCE["speaker"], source))
    return labels


def _initials(text: str) -> bool:
    """Whether every dot of a label joins an initial to a name ("ச.அருள்மொழி"), and it holds no other mark."""
    return not any(c in text[:-1] for c in ":!?\"“”‘’") and all(
        part and not part[0].isspace() for part in text[:-1].split(".")[1:]
    )
