"""Attribution in Burmese, read on the characters of the line.

Burmese writes no spaces between words, a space only between phrases, and puts its verb last: what was said comes
first, closed by the quotative "ဟု" (or "ဟူ၍") or, for a clause reported, by "ကြောင်း" (that), then the speaker
marked by "က" (or "ကမူ", as for), then the verb of saying ("… ဟု မြို့နယ်မီးသတ်မှူး ဦးအောင်ကျော်မိုးက ပြောကြားသည်။",
said the township fire chief U Aung Kyaw Moe). A sentence ends on "။". The shapes:

- the words said, "ဟု" or "ကြောင်း", the speaker with "က", the verb: the cue runs from the speaker to the verb, a
  person's office before the name included ("မြို့နယ်အုပ်ချုပ်ရေးမှူး ဦးသန်းထိုက်က ပြောသည်"; whom it was told to may
  stand between: "… က လင်းရောင်ကို ပြောသည်"); a pronoun ("၎င်း", "သူ", "သူမ") names no one;
- the speaker first, with "က", then the words said and the verb ("ဒေါ်ခင်မြင့်အေး (52) က "…" ဟု မျက်ရည်ကျရင်း
  ပြောသည်"): the cue is the verb, its source named, as the words said stand between them; a "က" after a time
  ("နံနက် ၁ နာရီခွဲခန့်က", at about 1.30; "၁၉၈၅ ခုနှစ်က", in 1985) marks when, not who;
- learned or heard: "X မှ သိရသည်" (learned from X), and "… ဟု ကြားရသည်" (it is heard) with no source;
- according to: "X ၏ အဆိုအရ", "X ၏ ပြောပြချက်အရ", "X ၏ စာရင်းအရ" (by X's word, account, count).

The verb must close its sentence, in the forms news prose writes ("ပြောသည်", "ပြောကြားခဲ့သည်", "ဆိုကြသည်",
"ကြေညာထားသည်", "ပြောပါတယ်"), as a word of its own (not "တောင်းဆိုထားကြသည်", demanded), and "ဟု" or "ကြောင်း" must
stand before it in the sentence: "ပုံပြင် ပြောပြသည်" (told a tale) reports no words. A verb inside a quotation is the
speaker's words.
"""

import re

from annotations.suggestions.attribution.quotations import read_on_characters, spans_closed_by, unquoted
from annotations.suggestions.attribution.words import line_cue as _cue
from annotations.suggestions.base import Suggestion
from newsdesk.alignment.words import BURMESE_HONORIFICS, burmese_pieces
from newsdesk.importing import burmese

_QUOTES = {"“": "”", '"': '"'}
_STOPS = "။!?"
_VERBS = "ပြောကြား|ပြောပြ|ပြော|ဆို|ဖော်ပြ|ကြေညာ|ရှင်းပြ|ထုတ်ပြန်|အတည်ပြု|သိရ|ကြားရ"
# The verb of saying closing its sentence, a word of its own (or written onto the quotative: "ဟုဆိုသည်").
SAYING = re.compile(
    rf"(?:(?<=\s)|^|(?<=ဟု))(?P<verb>(?P<stem>{_VERBS})(?:ခဲ့|ထား|ကြ|ပါ)*(?:သည်|တယ်))"
    rf"(?=\s*(?:[{_STOPS}]|$))"
)
# What closes the words said: the quotative, or "that" after a clause; at a word's end.
COMPLEMENT = re.compile(r"(?:ဟု|ဟူ၍|ကြောင်း)(?=[\s၊]|$)")
# The source is a whole run: it starts where no letter of the script stands before it (a search started inside a run
# would try every position of a long one, each to its end).
ACCORDING = re.compile(
    rf"(?<![{burmese.LETTERS}])(?P<source>[{burmese.LETTERS}]+)(?:၏ ?|(?=အဆို|ပြောပြချက်))"
    r"(?:အဆို|ပြောပြချက်|စာရင်း|ထုတ်ပြန်ချက်|ကြေညာချက်|ရှင်းလင်းချက်)အရ(?=[\s၊]|$)"
)
PHRASE = burmese.RUN
# The particles that mark the speaker: the subject's "က" and "as for" "ကမူ"; "from" "မှ" before "learned".
SUBJECT = ("ကမူ", "က")
FROM = ("မှ",)
LEARNED = ("သိရ", "ကြားရ")
PRONOUNS = frozenset("၎င်း ယင်း သူ သူမ သူတို့ ကျွန်တော် ကျွန်မ".split())
# The last syllable before a "က" that says when: about, the year, the day, before, once, the month's day, the hour.
TIME_SYLLABLES = frozenset("ခန့် နှစ် နေ့ ခင် ရင် တုန်း ရက် လ ရီ ပိုင်း က".split())


def _with_office(text: str, quoted: list[bool], floor: int, begin: int, name: str) -> tuple[int, str]:
    """(where it starts, the source) of a source ``name`` at ``begin``: with the office written before it, spaced,
    when it is a person's name (it opens with an honorific) and that phrase does not end on a particle."""
    if name.startswith(BURMESE_HONORIFICS):
        office = next((m for m in PHRASE.finditer(text, floor, begin) if m.end() == begin - 1), None)
        if office is not None and not quoted[office.start()]:
            pieces = burmese_pieces(office.group())
            if pieces and office.group().endswith("".join(pieces[-1])):
                return office.start(), f"{office.group()} {name}"
    return begin, name


def _speaker(text: str, quoted: list[bool], start: int, end: int, particles: tuple[str, ...]):
    """(where it starts, the source, whether a pronoun) of the last phrase in ``text[start:end]`` outside a
    quotation that ends on one of ``particles``, a person's office before the name included; None without one."""
    phrases = [m for m in PHRASE.finditer(text, start, end) if not quoted[m.start()]]
    for match in reversed(phrases):
        word = match.group()
        particle = next((p for p in particles if word.endswith(p)), None)
        if particle is None:
            continue
        syllables = burmese.syllables(word)
        if "".join(syllables[-len(burmese.syllables(particle)) :]) != particle:
            continue  # "ကို" or "ကျ": the letters of the particle open another syllable
        name = word[: -len(particle)]
        begin = match.start()
        if not name:
            # "ဒေါ်ခင်မြင့်အေး (52) က": the particle after an aside in brackets names the phrase before it
            before = text[start : match.start()].rstrip()
            if before.endswith(")") and "(" in before:
                before = before[: before.rindex("(")].rstrip()
            previous = list(PHRASE.finditer(text, start, start + len(before)))
            if not previous or quoted[previous[-1].start()]:
                continue
            name, begin = previous[-1].group(), previous[-1].start()
        elif particle in SUBJECT and burmese.syllables(name)[-1] in TIME_SYLLABLES:
            continue  # "ခန့်က", "ခုနှစ်က": when, not who
        if name in PRONOUNS:
            return begin, "", True
        return (*_with_office(text, quoted, start, begin, name), False)
    return None


def _sentences(text: str, quoted: list[bool]):
    return spans_closed_by(len(text), lambda i: text[i] in _STOPS and not quoted[i])


def suggest_in_line(line) -> list[Suggestion]:
    """The attribution cues of one line of an article in Burmese."""
    return read_on_characters(line, _QUOTES, _according, _reported)


def _according(line, text: str, quoted: list[bool]):
    """The cues of "according to": "X ၏ အဆိုအရ" and its kin."""
    for match in unquoted(ACCORDING, text, quoted):
        start, source = _with_office(text, quoted, 0, match.start(), match.group("source"))
        yield _cue(line, start, match.end(), "according_to", f"“{text[start : match.end()]}” names {source}.", source)


def _reported(line, text: str, quoted: list[bool]):
    """The cues of a verb of saying that closes its sentence after the words said."""
    for begin, end in _sentences(text, quoted):
        for match in unquoted(SAYING, text, quoted, "verb", begin, end):
            verb = match.start("verb")
            complements = list(unquoted(COMPLEMENT, text, quoted, 0, begin, verb))
            if not complements:
                continue  # no words said before it: "ပုံပြင် ပြောပြသည်"
            after = complements[-1].end()
            particles = FROM + SUBJECT if match.group("stem") in LEARNED else SUBJECT
            speaker = _speaker(text, quoted, after, verb, particles)
            if speaker is not None:
                start, source, pronoun = speaker
                rule = "pronoun" if pronoun else "reporting_verb"
                yield _cue(
                    line,
                    start,
                    match.end("verb"),
                    rule,
                    f"“{match.group('verb')}” reports the words of {source or 'the speaker named before'}.",
                    source,
                )
                continue
            speaker = _speaker(text, quoted, begin, complements[0].start(), SUBJECT)
            if speaker is not None and not speaker[2]:
                source = speaker[1]
                yield _cue(
                    line,
                    verb,
                    match.end("verb"),
                    "reporting_verb",
                    f"“{match.group('verb')}” reports the words of {source}, named before them.",
                    source,
                )
            elif speaker is not None or match.group("stem") in LEARNED:
                yield _cue(
                    line,
                    verb,
                    match.end("verb"),
                    "pronoun" if speaker else "agentless",
                    f"“{match.group('verb')}” reports words without naming their source.",
                    "",
                )
