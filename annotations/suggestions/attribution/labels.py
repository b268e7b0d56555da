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
- an interview's turns in English: "OKAFOR: I was at home …", one word in capitals and a colon opening the line,
  the surname of a name the page writes out in a sentence ("Dr Miriam Okafor"; a furniture label, "UPDATE:", is
  none); two labels at least take turns, and the one whose every turn is a question is the outlet's interviewer,
  whose questions are no attribution. The source is the name as the page writes it, less its title;
- an interview's turns in another language, its roles as labels: "Repórter: …" / "Secretária: …" (``role_turns``);
  the label is the source, and the interviewer's questions are no attribution;
- a label line before a quotation in Tamil and Urdu, and in the languages of the tables that mark it (``labels``:
  Ukrainian, Greek, Indonesian): "மாவட்ட ஆட்சியர் X:", "Оксана Дзюба, мешканка вулиці Заводської:" alone on its
  line, the next line opening with a quotation mark — how a television page prints who said the quotation below it.
"""

import re

from annotations.suggestions.attribution.words import CONFIDENCE, PERSON_SINGULAR, TAG
from annotations.suggestions.base import Suggestion
from newsdesk.importing import languages
from newsdesk.importing.turn_labels import NOT_SPEAKERS, ROLES, turn_labels

# The outlet's own voices: a turn of its anchor or reporter is the outlet telling the story, as its narration is,
# and attributes nothing to a source; it still counts as a turn of the dialogue.
STAFF_ROLES = frozenset("anchor host reporter correspondent presenter narrator interviewer moderator announcer".split())
_QUOTATION_OPENERS = "\"“‘«„"
_MAX_LABEL_WORDS = 9
_IN_WORD_MARK = re.compile(r"(?<=\w)[\"'״׳](?=\w)")


def _speaker(label: str) -> str:
    """The name in a label: less a place after a comma, and less the words up to the last role before the name,
    as long as two words remain ("911 COORDINATOR JANE DOE", "HARBOUR ENGINEER JANE DOE" name "JANE DOE")."""
    words = label.split(",")[0].split()
    roles = [k for k, word in enumerate(words[:-2]) if word.lower() in ROLES or PERSON_SINGULAR.match(word.lower())]
    return " ".join(words[roles[-1] + 1 :] if roles else words)


def transcript_turns(lines) -> list[Suggestion]:
    """The speaker labels of a transcript's turns; none unless two different labels take turns (``turn_labels``).
    In another language than English a turn counts only when a quotation opens its words ("MUUGUZI AGNES MUSHI:
    “…”"): its live blogs write their times in words the furniture list does not hold ("AKTUALIZACJA GODZ. 15:"),
    and the quotation mark shows the label names who speaks."""
    english = languages.language_of("\n".join(line.text for line in lines)) == languages.ENGLISH
    labelled = [(line, label) for line, label in zip(lines, turn_labels(line.text for line in lines), strict=True)
                if label and (english or line.text[len(label) + 1 :].lstrip().startswith(tuple(_QUOTATION_OPENERS)))]
    found = []
    for line, label in labelled:
        if label.split()[0].lower() in STAFF_ROLES:
            continue
        source = _speaker(label)
        found.append(Suggestion(line.start, line.start + len(label) + 1, TAG, f"{TAG}.speaker",
                                f"“{label}:” names who speaks the words after it: {source}.",
                                CONFIDENCE["speaker"], source))
    return found


_SURNAME_LABEL = re.compile(r"^([A-Z][A-Z'’-]+):\s+\S")
_MIN_TURN_WORDS = 3
_TITLES = frozenset("dr mr mrs ms miss prof professor sir dame".split())
_SENTENCE_ENDS = tuple(".!?\"”’'")


def _full_name(prose: list[str], surname: str) -> str | None:
    """The name the page writes out for a label's ``surname`` ("OKAFOR" → "Miriam Okafor") in its sentences
    (``prose``), or None. A person's name: a given name at least before the surname, none of its words a
    furniture word (a heading's "Live Update" names no one), found in a sentence, not a heading."""
    written = surname[:1] + surname[1:].lower()
    for text in prose:
        for match in re.finditer(rf"((?:[A-Z][\w'’.-]* ){{1,3}}){re.escape(written)}\b", text):
            words = [w for w in match.group(1).split() if w.lower().rstrip(".") not in _TITLES]
            if words and not NOT_SPEAKERS.intersection(w.lower() for w in [*words[-2:], written]):
                return " ".join([*words[-2:], written])
    return None


def interview_labels(lines) -> dict[int, str | None]:
    """The lines of an English interview's turns ("OKAFOR: …"), by their index in ``lines``: the speaker's name
    as the page writes it, or None for the interviewer, whose every turn is a question. Empty unless two labels
    take turns and one at least is the surname of a name the page writes out in a sentence; a furniture label
    ("UPDATE:", "WATCH:": ``turn_labels.NOT_SPEAKERS``) takes no turn. In another language, the turns of
    ``role_turns``."""
    text = "\n".join(line.text for line in lines)
    if languages.language_of(text) != languages.ENGLISH:
        return role_turns(lines)
    turns = {n: m.group(1) for n, line in enumerate(lines) if (m := _SURNAME_LABEL.match(line.text))
             and len(line.text[m.end(1) + 1 :].split()) >= _MIN_TURN_WORDS
             and m.group(1).lower() not in NOT_SPEAKERS}
    prose = [line.text for n, line in enumerate(lines)
             if n not in turns and line.text.rstrip().endswith(_SENTENCE_ENDS)]
    names = {label: _full_name(prose, label) for label in set(turns.values())}
    if len(names) < 2 or not any(names.values()):
        return {}
    asking = {label for label in names
              if all(lines[n].text.rstrip().endswith("?") for n, other in turns.items() if other == label)}
    return {n: None if label in asking else names[label] or label[:1] + label[1:].lower()
            for n, label in turns.items()}


# A label of one word, capitalised, and a colon opening the line: "Repórter: …", "Secretária: …", "Periodista: …".
_ROLE_LABEL = re.compile(r"^([^\W\d_][^\W\d_'’-]*):\s+\S")
_MIN_ROLE_TURNS = 2
# The outlet's interviewer as other languages write the label of the turn: reporter, interviewer, presenter.
INTERVIEWER_LABELS = STAFF_ROLES | frozenset("""
    repórter reportera reportero reporterin entrevistador entrevistadora apresentador apresentadora periodista
    locutor locutora giornalista intervistatore journaliste intervieweur présentateur présentatrice
    moderatorin interviewer journalist mtangazaji mwandishi
""".split())


def role_turns(lines) -> dict[int, str | None]:
    """An interview written with the roles as labels ("Repórter: O que a prefeitura vai fazer?" / "Secretária: A
    gente reconhece …"), by the index of each turn's line: the label, which names who speaks, or None for the
    interviewer's turns. The interviewer's label is a reporter's or a presenter's (``INTERVIEWER_LABELS``), or the
    one whose every turn holds a question. Empty unless two labels take turns, each twice at least, one of them
    the interviewer's and one not; a turn holds a few words at least."""
    turns = {n: m.group(1) for n, line in enumerate(lines) if (m := _ROLE_LABEL.match(line.text))
             and m.group(1)[:1].isupper() and len(line.text[m.end(1) + 1 :].split()) >= _MIN_TURN_WORDS
             and m.group(1).lower() not in NOT_SPEAKERS}
    counts = {label: list(turns.values()).count(label) for label in set(turns.values())}
    labels = {label for label, count in counts.items() if count >= _MIN_ROLE_TURNS}
    asking = {label for label in labels if label.lower() in INTERVIEWER_LABELS
              or all("?" in lines[n].text for n, other in turns.items() if other == label)}
    if len(labels) < 2 or not asking or not labels - asking:
        return {}
    return {n: None if label in asking else label for n, label in turns.items() if label in labels}


def interview_turns(lines) -> list[Suggestion]:
    """The speaker labels of an English interview's answers (``interview_labels``); the interviewer's questions
    are the outlet's."""
    found = []
    for n, name in interview_labels(lines).items():
        if name is None:
            continue
        line = lines[n]
        label = line.text.split(":", 1)[0]
        found.append(Suggestion(line.start, line.start + len(label) + 1, TAG, f"{TAG}.speaker",
                                f"“{label}:” names who speaks the words after it: {name}.",
                                CONFIDENCE["speaker"], name))
    return found


def labels_before_quotations(lines, found, spaced_per_word: int = 1, names_a_speaker=None) -> list[Suggestion]:
    """A short line ending in a colon, the next line opening with a quotation mark: the label names the speaker of
    the quotation ("மாவட்ட ஆட்சியர் X:"). A line that holds a cue already is read by it. ``spaced_per_word``: how
    many pieces between spaces a word of the language is, as a rule (Vietnamese spaces its syllables: two); a label
    longer than ``_MAX_LABEL_WORDS`` pieces between spaces is one only if ``names_a_speaker`` holds of it (it opens on
    a title or a name, not on a preposition: "Trong buổi họp … :" leads into the quotation, it names nobody)."""
    cued = {(s.start, s.end) for s in found}
    labels = []
    for line, following in zip(lines, lines[1:], strict=False):
        text = line.text
        if not text.endswith(":") or not following.text.startswith(tuple(_QUOTATION_OPENERS)):
            continue
        # "יו"ר": an abbreviation's mark between letters, "м’ясокомбінату": an apostrophe inside a word; no quotation
        bare = _IN_WORD_APOSTROPHE.sub("", _IN_WORD_MARK.sub("", text))
        too_long = len(text.split()) > _MAX_LABEL_WORDS * spaced_per_word
        if too_long or any(c in bare[:-1] for c in ":.!?\"“”‘’") and not _initials(bare):
            continue
        if len(text.split()) > _MAX_LABEL_WORDS and names_a_speaker is not None and not names_a_speaker(text):
            continue
        if any(line.start <= start < line.end for start, _ in cued):
            continue
        source = text[:-1].strip()
        labels.append(Suggestion(line.start, line.end, TAG, f"{TAG}.speaker",
                                 f"“{text}” names who speaks the quotation below it: {source}.",
                                 CONFIDENCE["speaker"], source))
    return labels


_IN_WORD_APOSTROPHE = re.compile(r"(?<=[^\W\d_])['’ʼ](?=[^\W\d_])")


def _initials(text: str) -> bool:
    """Whether every dot of a label joins an initial to a name ("ச.அருள்மொழி"), and it holds no other mark."""
    return not any(c in text[:-1] for c in ":!?\"“”‘’") and all(
        part and not part[0].isspace() for part in text[:-1].split(".")[1:]
    )
