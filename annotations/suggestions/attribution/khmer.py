"""Attribution in Khmer, read on the characters of the line.

Khmer writes no spaces between words, a space between phrases, and puts its subject first: the speaker, then "បាន"
(the past) and a verb of saying, then "ថា" (that) and what was said, often behind the colon "៖" and in guillemets
(«…») or curly quotation marks; whom it was told to may stand between the verb and "ថា" ("បានប្រាប់អ្នកយកព័ត៌មានថា",
told the reporter that). A sentence ends on "។". The shapes:

- the speaker, a verb of saying ("និយាយ", said; "ថ្លែង", stated; "ប្រាប់", told; "បញ្ជាក់", confirmed; "ឲ្យដឹង",
  informed; "លើកឡើង", raised; "ពន្យល់", explained; "បន្ថែម", added) and "ថា": the cue runs from the speaker to "ថា".
  The speaker is the clause before the verb, back to the last stop, colon, comma or quotation, and no more than a few
  phrases; a person's name is told by the title before it ("លោក", "លោកស្រី", "ឯកឧត្តម" …, ``words.KHMER_TITLES``) and
  their office, a phrase before the title, stays with it ("អភិបាលក្រុង លោក សុខ ចន្ថា"); a pronoun ("គាត់", "លោក"
  alone, "ពួកគេ") names no one; a clause opened by "បើ" or "ប្រសិនបើ" (if) reports no words, and a verb of saying
  after another's "ថា" in the same sentence, with no stop, colon or comma between, is what the first source said;
- "បើតាម X" or "យោងតាម X" (according to X): X is the rest of the phrase, or the title and the name after it;
- after a quotation, a speaker and a verb of saying that closes the sentence ("» លោក សុខ ចន្ថា បាននិយាយ។").
A cue inside a quotation is the speaker's words.
"""

import re

from annotations.suggestions.attribution.quotations import read_on_characters, unquoted
from annotations.suggestions.attribution.words import line_cue as _cue
from annotations.suggestions.base import Suggestion
from newsdesk.alignment.words import KHMER_TITLES

_QUOTES = {"«": "»", "“": "”", '"': '"'}
_VERBS = "និយាយ|ថ្លែង|ប្រាប់|បញ្ជាក់|ឲ្យដឹង|អោយដឹង|លើកឡើង|ពន្យល់|បន្ថែម|អះអាង|រៀបរាប់|ប្រកាស"
# "បាន" (may be left out), a verb of saying, whom it was told to, and "ថា" closing the phrase or before the colon.
SAYING = re.compile(rf"(?P<verb>(?:បាន)?(?:{_VERBS}))(?P<whom>[^\s«»“”\"។៖]{{0,30}}?)ថា(?=[\s៖«“\"]|$)")
# After a quotation: the speaker and the verb closing the sentence.
AFTER_QUOTE = re.compile(
    rf"[»”\"][ \t]*(?P<source>[^«»“”\"។៖]{{2,80}}?)[ \t]*(?P<verb>(?:បាន)?(?:{_VERBS}))"
    r"[ \t]*(?=[។!?]|$)"
)
ACCORDING = re.compile(r"(?<![\u1780-\u17ff])(?:បើតាម|យោងតាម)[ \t]*(?P<source>[\u1780-\u17d3]+)")
NAME_WORD = re.compile(r"[ \t]+[\u1780-\u17d3]+")
# What closes the clause before a speaker: a stop, a colon, a comma, a quotation's mark.
CLAUSE_BREAK = re.compile(r"[។៖,!?«»“”\"]")
_MAX_PHRASES = 4
PRONOUNS = frozenset("គាត់ លោក នាង ពួកគេ គេ ខ្ញុំ យើង ពួកយើង ពួកខ្ញុំ".split())
CONDITIONALS = ("ប្រសិនបើ", "បើ")
TITLE = re.compile(rf"(?<![\u1780-\u17ff])(?:{'|'.join(KHMER_TITLES)})(?![\u1780-\u17ff])")


def _titled(text: str, start: int, end: int) -> tuple[int, str]:
    """(where it starts, the source) of the words ``text[start:end]``: from the office before a person's title, when
    they hold a title, else all of them."""
    words = text[start:end].strip()
    offset = start + (len(text[start:end]) - len(text[start:end].lstrip()))
    title = TITLE.search(words)
    if title is not None and title.start() > 0:
        before = words[: title.start()].rstrip()
        office = before.rsplit(None, 1)[-1]
        begin = len(before) - len(office)
        return offset + begin, words[begin:]
    return offset, words


def _source_before(text: str, quoted: list[bool], verb: int) -> tuple[int, str] | None:
    """(where the source starts, the source) in the clause before the verb at ``verb``, None without one."""
    floor = max((m.end() for m in CLAUSE_BREAK.finditer(text, 0, verb)), default=0)
    start = floor
    phrases = text[floor:verb].split()
    if len(phrases) > _MAX_PHRASES:
        kept = " ".join(phrases[-_MAX_PHRASES:])
        start = text.rindex(kept.split()[0], floor, verb - len(kept) + len(kept.split()[0]))
    if not text[start:verb].strip() or quoted[start]:
        return None
    return _titled(text, start, verb)


def suggest_in_line(line) -> list[Suggestion]:
    """The attribution cues of one line of an article in Khmer."""
    return read_on_characters(line, _QUOTES, _according, _saying, _after_quote)


def _according(line, text: str, quoted: list[bool]):
    """The cues of "according to": "បើតាម X", "យោងតាម X"."""
    for match in unquoted(ACCORDING, text, quoted):
        end = match.end()
        if match.group("source") in KHMER_TITLES:
            for _ in range(2):
                word = NAME_WORD.match(text, end)
                if word is None:
                    break
                end = word.end()
        source = text[match.start("source") : end]
        yield _cue(line, match.start(), end, "according_to", f"“{text[match.start() : end]}” names {source}.", source)


def _saying(line, text: str, quoted: list[bool]):
    """The cues of a speaker, a verb of saying and "ថា"."""
    said = []  # where each cue's "ថា" ends
    for match in unquoted(SAYING, text, quoted, "verb"):
        verb = match.start("verb")
        if any(not CLAUSE_BREAK.search(text, end, verb) for end in said):
            continue  # what an earlier source said: "… បានឲ្យដឹងថា គាត់ … រហូតដល់អាជ្ញាធរបញ្ជាក់ថា"
        before = _source_before(text, quoted, verb)
        if before is None:
            continue
        start, source = before
        said.append(match.end())
        if source.startswith(CONDITIONALS):
            continue  # "បើគាត់និយាយថា …": if he said so, a condition that reports no words
        rule = "pronoun" if source in PRONOUNS else "reporting_verb"
        named = "the speaker named before" if rule == "pronoun" else source
        yield _cue(
            line,
            start,
            match.end(),
            rule,
            f"“{text[verb : match.end()]}” reports the words of {named}.",
            "" if rule == "pronoun" else source,
        )


def _after_quote(line, text: str, quoted: list[bool]):
    """The cues of a speaker and a verb of saying that close the sentence after a quotation."""
    for match in unquoted(AFTER_QUOTE, text, quoted, "source"):
        start, source = _titled(text, match.start("source"), match.end("source"))
        rule = "pronoun" if source in PRONOUNS else "reporting_verb"
        yield _cue(
            line,
            start,
            match.end("verb"),
            rule,
            f"“{match.group('verb')}” names who said the "
            f"quotation before it: {source if rule != 'pronoun' else 'the speaker named before'}.",
            "" if rule == "pronoun" else source,
        )
