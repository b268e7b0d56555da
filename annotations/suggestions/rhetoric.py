"""Rhetoric: terms from the editable lexicon, scare quotes, and the general classes of biased language.

Lexicon terms are matched as whole words in any case, with one regular expression (plus "-s"/"-es" plurals);
adjacent matches merge ("bombastic rhetoric"), and a match inside one of the term's neutral uses is dropped,
as is one inside a real quotation: those are the speaker's words, which attribution covers, not the outlet's.

Scare quotes are quotation marks around one to three words in the middle of a sentence: the writer holding
a word at arm's length (classified as “illegal”). Real quotations are left alone: anything of four words or
more, a quote that opens a sentence or follows a colon, a quoted verb phrase after "to" (urged them to
“produce more weapons”), title-case names in quotes (the “Freedom Shield” drills), and a partial quotation
inside a clause reported by a neutral verb ("said the timetable was “not negotiable”"); after a verb
that takes a stance ("insisted", "claimed", "branded") the quote stays a suggestion.

A party's judging words quoted and woven into the outlet's sentence are rhetoric, the quotation whole (the
corpus convention, ``tests/corpus/pages.py``): a few words (up to six, not a clause with its own verb) after a
verb of speech, of which a lexicon rates one as judging or a cue class names one ("said the water rose
“frighteningly fast”", "called the move “destabilising”"); neutral quoted words ("“under review”") and a quoted
clause are not. A headline quotes its speakers without a verb: its short quotes are theirs, never scare quotes.

Then the classes of ``bias_cues`` (intensifiers, evaluative words, hyperbole, idioms), where no lexicon
term or scare quote already covers the words (a question in a transcript's or an interview's turn is asked to be
answered, never rhetorical); last, the fitted scorer of ``subjective_words``, where no rule
found anything.
"""

import re
from bisect import bisect_left, bisect_right
from functools import cache, lru_cache
from itertools import pairwise

from annotations.suggestions import attribution, bias_cues, subjective_words, subjectivity
from annotations.suggestions.attribution import georgian
from annotations.suggestions.base import Line, Suggestion, ranges_holding, stripped_end
from annotations.suggestions.lexicon import DEFAULT_LEXICON, KIND_LABELS, LexiconEntry
from annotations.suggestions.wording import as_clause, counted, with_article
from newsdesk.importing import languages, speech_verbs
from newsdesk.importing.turn_labels import turn_labels

TAG = "rhetoric"
OPENING = "“\"«„‘'"
CLOSING = {"“": "”\"", '"': "\"”", "«": "»", "„": "“”\"", "‘": "’'", "'": "'’"}
MAX_QUOTE_WORDS = 3
WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
MAX_QUOTE_CHARS = 60


@cache
def _pattern(lexicon: tuple[LexiconEntry, ...]) -> tuple[re.Pattern | None, dict[str, LexiconEntry]]:
    """One pattern for all terms (longest first): whole words, any case, the words of a phrase apart by any
    spacing, plus a plural "-s"/"-es"; and each term's entry by its normalised wording."""
    entries = {}
    for entry in lexicon:
        key = " ".join(entry.phrase.lower().split())
        if key:
            entries.setdefault(key, entry)
    if not entries:
        return None, entries
    alternatives = "|".join(
        r"\s+".join(re.escape(word) for word in key.split()) for key in sorted(entries, key=len, reverse=True)
    )
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?:s|es)?(?![\w-])", re.IGNORECASE), entries


def _entry(entries: dict[str, LexiconEntry], matched: str) -> LexiconEntry | None:
    key = " ".join(matched.lower().split())
    for candidate in (key, key[:-1], key[:-2]):
        if candidate in entries:
            return entries[candidate]
    return None


def _in_neutral_use(line_lower: str, start: int, end: int, entry: LexiconEntry) -> bool:
    for use in entry.neutral_uses:
        use = use.strip().lower()
        # Only an occurrence that starts between ``end - len(use)`` and ``start`` can hold the match: the first
        # from there on decides, so a line of many occurrences is not read again for each match.
        position = line_lower.find(use, max(0, end - len(use)), start + len(use)) if use else -1
        if position != -1 and position <= start:
            return True
    return False


@lru_cache(maxsize=1024)
def _quotations(text: str) -> tuple[tuple[int, int], ...]:
    """Character ranges of real quotations (four words or more); an unclosed quote runs to the line's end."""
    return tuple((o, c) for o, c in _quote_pairs(text, unclosed_to_end=True) if len(text[o:c].split()) >= 4)


def _in_capitals(text: str) -> bool:
    """Most of ``text``'s letters are capitals: a headline set in capitals, whose words are words, not acronyms."""
    letters = [char for char in text if char.isalpha()]
    return bool(letters) and sum(char.isupper() for char in letters) * 5 >= len(letters) * 4


def lexicon_matches(line: Line, lexicon: tuple[LexiconEntry, ...]) -> list[Suggestion]:
    text = line.text
    lower = text.lower()
    quoted = _holding(_quotations(text))
    hits = []
    pattern, entries = _pattern(lexicon)
    shouted = _in_capitals(text)
    for match in pattern.finditer(text) if pattern is not None else ():
        start, end = match.span()
        entry = _entry(entries, match.group())
        if entry is None or _in_neutral_use(lower, start, end, entry):
            continue
        if match.group().isupper() and len(match.group()) > 1 and not shouted:
            continue  # a word in capitals in a line of small letters is an acronym or a name ("SHAM", a wire)
        if quoted(start, end):
            continue  # the speaker's words, not the outlet's
        hits.append((start, end, entry))
    hits.sort(key=lambda hit: (hit[0], -hit[1]))
    merged: list[list] = []
    for start, end, entry in hits:
        # A modifier merges with the term right after it ("bombastic rhetoric"); a label ends its phrase.
        adjacent = merged and not text[merged[-1][1] : start].strip() and start >= merged[-1][1]
        if merged and (start < merged[-1][1] or adjacent and merged[-1][2][-1].kind != "loaded_label"):
            merged[-1][1] = max(merged[-1][1], end)
            merged[-1][2].append(entry)
        else:
            merged.append([start, end, [entry]])
    found = []
    for start, end, entries in merged:
        first = entries[0]
        reasons = "; ".join(
            f"“{e.phrase}” is {with_article(KIND_LABELS.get(e.kind, e.kind))}"
            + (f" ({as_clause(e.note)})" if e.note else "")
            for e in dict.fromkeys(entries)
        )
        found.append(
            Suggestion(line.start + start, line.start + end, TAG, f"{TAG}.{first.kind}",
                       f"From the rhetoric lexicon: {reasons}.", 0.7 if first.kind == "loaded_label" else 0.6)
        )
    return found


def _quote_pairs(text: str, unclosed_to_end: bool = False):
    """(open, close) positions of quotation marks, left to right, each mark used once."""
    i = 0
    while i < len(text):
        char = text[i]
        if char in OPENING:
            is_opening = i + 1 < len(text) and not text[i + 1].isspace()
            if char in "\"'" or char == "‘":
                is_opening = is_opening and (i == 0 or text[i - 1].isspace() or text[i - 1] in "([{—–-/")
            if is_opening:
                close = next(
                    (j for j in range(i + 1, min(len(text), i + 1 + 400)) if text[j] in CLOSING[char]
                     and (char not in "‘'" or j + 1 == len(text) or not text[j + 1].isalpha())),
                    None,
                )
                if close is None:
                    if unclosed_to_end:
                        yield i, len(text)
                    return
                yield i, close
                i = close + 1
                continue
        i += 1


# Verbs that report words without judging them (Recasens et al.'s neutral reporting verbs, as against
# assertive ones such as "claimed" or "insisted"): a short quote in their sentence is a partial quotation.
NEUTRAL_REPORTING = re.compile(
    r"(?<![\w-])(said|says|say|saying|told|tells|tell|telling|added|adds|stated|states|wrote|writes|replied|"
    r"replies|according to)(?![\w-])",
    re.IGNORECASE,
)


SENTENCE_BREAK = re.compile(r"[.!?][”\"’']?\s+")


def _holding(ranges):
    """``quoted(start, end)``: a range of ``ranges`` opens before ``start`` and closes at or after ``end``."""
    return ranges_holding(ranges, opening_at_start=False)


def _reported_before(text: str, verbs: re.Pattern = NEUTRAL_REPORTING):
    """``reported(position)``: the sentence before ``position`` (the reporting frame a quote sits in: "he said
    that …") holds a neutral reporting verb. The sentence breaks and the verbs are found once per line: a
    quote starts with a mark that is not a space or a letter, so the breaks and verbs wholly before it are
    those a search of the text before it finds, and a line of many quotes is read once, not once per quote."""
    breaks = [m.end() for m in SENTENCE_BREAK.finditer(text)]
    verbs = [m.span() for m in verbs.finditer(text)]
    verb_starts = [start for start, _ in verbs]

    def reported(position):
        last_break = bisect_right(breaks, position) - 1
        sentence_start = breaks[last_break] if last_break >= 0 else 0
        first = bisect_left(verb_starts, sentence_start)
        return first < len(verbs) and verbs[first][1] <= position

    return reported


NEUTRAL_WORDS = frozenset("saying telling".split())
# Any verb of speech (the attribution rules' reporting verbs and their participles): a quote in a clause it
# reports is the speaker's words, carried into the outlet's sentence.
_SPEECH_WORDS = sorted(attribution.REPORTING_VERBS | attribution.PARTICIPLES | NEUTRAL_WORDS, key=len, reverse=True)
SPEECH_VERBS = re.compile(rf"(?<![\w-])({'|'.join(_SPEECH_WORDS)})(?![\w-])", re.IGNORECASE)
CLOSING_MARKS = "\"'”’»)]"  # a sentence may end inside a closing quote or bracket: “… agreed.”
HEADLINE_WORDS = 30  # a first line longer than this is text, not a headline
MAX_WOVEN_WORDS = 6  # a few words woven into the sentence; more is a quoted clause
AUXILIARIES = frozenset("is are was were be been am have has had will would shall should can could may might must "
                        "do does did".split())


def is_headline(text: str) -> bool:
    """The first content line is a headline when it is short and not a sentence that ends with a full stop."""
    last = text.rstrip().rstrip(CLOSING_MARKS)
    return len(text.split(maxsplit=HEADLINE_WORDS)) <= HEADLINE_WORDS and not last.endswith(".")


def _a_clause(words: list[str]) -> bool:
    """The quoted words hold a finite verb after their first word ("results have fallen", "never saw her"): a
    clause of the speaker's, not a few of their words."""
    for previous, word in pairwise(words):
        lower = word.lower()
        if lower in AUXILIARIES or lower.endswith(("'re", "'ve", "’re", "’ve")):
            return True
        if subjectivity.tag(lower) in ("VBD", "VBZ", "VBP") and subjectivity.tag(previous.lower()) in (
            "NN", "NNS", "NNP", "PRP"
        ):
            return True
    return False


def _judging_word(inner: str, words: list[str]) -> str | None:
    """The first word of a quotation that a lexicon rates as judging (VADER's valence or Pattern's subjectivity,
    as the scorer rates words), or the first cue of the general classes in it; None for neutral words."""
    for word, following in zip(words, [*words[1:], ""], strict=True):
        if subjective_words.rated(word) and not (_noun(word) and _noun(following)):
            return word  # a noun before a noun names a kind of thing ("an attack submarine"), it does not judge
    cues = bias_cues.cues(inner, [])
    return inner[cues[0][0] : cues[0][1]] if cues else None


def _noun(word: str) -> bool:
    return subjectivity.tag(word.lower()) in ("NN", "NNS")


def quoted_judgements(line: Line, headline: bool = False, language: str | None = None) -> list[Suggestion]:
    """A few judging words of a party's, quoted and woven into the outlet's own sentence: after a verb of speech
    (called the move “destabilising”, said the water rose “frighteningly fast”) or in a headline, which quotes
    its speakers without a verb ('Reckless' driver jailed). The outlet chose to carry the words; neutral quoted
    words and a quoted clause are left alone."""
    text = line.text
    pairs = list(_quote_pairs(text))
    if not pairs:
        return []
    spoken = _reported_before(text, SPEECH_VERBS)
    neutral = _reported_before(text)
    found = []
    for open_at, close_at in pairs:
        inner = text[open_at + 1 : close_at]
        words = WORD.findall(inner)
        if not 1 <= len(words) <= MAX_WOVEN_WORDS or not inner.strip() or inner.rstrip()[-1] in ".,!?;:":
            continue
        before = stripped_end(text, open_at)
        opens = not before or text[before - 1] in ".!?:"
        if not headline and (opens or not spoken(open_at)) or _a_clause(words):
            continue
        if text[text.rfind(" ", 0, before) + 1 : before].lower() == "to":
            continue  # a quoted verb phrase (urged them to “produce more weapons”): the speaker's plan
        if len(words) <= MAX_QUOTE_WORDS and not headline and not neutral(open_at):
            continue  # a short quote after a verb that takes a stance stays a scare quote
        if len(words) > 1 and all(w[:1].isupper() for w in words):
            continue  # a name in quotes (the “Freedom Shield” drills)
        if _named(text, open_at, close_at, language):
            continue  # the agency „ალიონი“: a name, no speaker's words
        judging = _judging_word(inner, words)
        if judging is not None:
            reason = f"A party's judging words (“{judging}”) quoted and woven into the outlet's own sentence"
        elif headline and len(words) <= MAX_QUOTE_WORDS:
            reason = "A few of a speaker's words quoted in the headline, which carries only the words it chose"
        else:
            continue
        found.append(Suggestion(line.start + open_at, line.start + close_at + 1, TAG, f"{TAG}.quoted_judgement",
                                f"{reason}: the outlet chose to carry them.", 0.5))
    return found


# The nouns of a kind of body or place that a language writes before a name it sets in quotation marks (the
# company „X“, the hotel „X“): Georgian and Czech quote the names of firms, hotels and outlets so, in small
# letters or declined, where no capital tells the name.
NAMING_NOUNS = {
    "ka": frozenset("""
        შპს სს სასტუმრო სასტუმროში სააგენტო სააგენტოს კომპანია კომპანიის გაზეთი გაზეთის ტელეკომპანია
        ტელეკომპანიის ბანკი ბანკის ფონდი ფონდის პარტია პარტიის რესტორანი ორგანიზაცია ორგანიზაციის კლუბი
    """.split()),
    "cs": frozenset("""
        firma firmy firmě firmu společnost společnosti hotel hotelu hotelem spolek spolku sdružení agentura agentury
        agentuře deník deníku noviny časopis časopisu restaurace klub klubu strana strany
    """.split()),
}


@cache
def _speech_verbs_of(language: str | None) -> re.Pattern:
    """The verbs of saying of ``language`` (``speech_verbs``) as one pattern; English's own for English."""
    verbs = speech_verbs.speech_verbs(language)
    if not verbs:
        return NEUTRAL_REPORTING
    return re.compile(rf"(?<![\w-])({'|'.join(sorted(verbs, key=len, reverse=True))})(?![\w-])", re.IGNORECASE)


def _declined(text: str, close_at: int) -> bool:
    """A case ending written right after the closing mark ("„Meridian“-ის", "”Sisu”-ryhmä"): a name declined."""
    after = text[close_at + 1 : close_at + 3]
    return bool(after) and (after[0].isalpha() or after[0] == "-" and after[1:].isalpha())


def _named(text: str, open_at: int, close_at: int, language: str | None) -> bool:
    """The quote is a name: after a noun of a kind of body (``NAMING_NOUNS``), or declined (``_declined``)."""
    before = text[max(0, open_at - 40) : open_at].split()
    return bool(before) and before[-1].lower() in NAMING_NOUNS.get(language or "", ()) or _declined(text, close_at)


def scare_quotes(line: Line, headline: bool = False, language: str | None = None) -> list[Suggestion]:
    found = []
    text = line.text
    if headline:
        return found  # a headline's quotes are its speakers' words (``quoted_judgements``)
    # In another language, a quote in a sentence framed by its verb of saying is the speaker's words, or whom they
    # were told to ("განუცხადა „ალიონს“", told the agency)
    reported = _reported_before(text, _speech_verbs_of(language)) if language else _reported_before(text)
    for open_at, close_at in _quote_pairs(text):
        inner = text[open_at + 1 : close_at]
        if len(inner) > MAX_QUOTE_CHARS or not inner.strip() or inner.rstrip()[-1] in ".,!?;:":
            continue
        words = WORD.findall(inner)
        if not 1 <= len(words) <= MAX_QUOTE_WORDS:
            continue
        before = text[max(0, open_at - 40) : open_at].rstrip()
        if not before or before[-1] in ".!?:":
            continue
        previous_word = before.split()[-1].lower() if before.split() else ""
        if previous_word == "to":
            continue
        if _named(text, open_at, close_at, language):
            continue  # the hotel „ტყის კარში“, "„Sisu“-ryhmä": a name, not a word held at arm's length
        if reported(open_at):
            continue  # "said the decision was “unavoidable”": the speaker's word, quoted, not the writer's
        if len(words) > 1 and all(w[:1].isupper() for w in words):
            continue
        found.append(
            Suggestion(line.start + open_at, line.start + close_at + 1, TAG, f"{TAG}.scare_quotes",
                       f"Quotation marks around a short phrase ({counted(len(words), 'word')}) "
                       "mid-sentence: scare quotes that keep a word at arm's length.", 0.55)
        )
    return found


@lru_cache(maxsize=1024)
def _partial_quotations(text: str) -> tuple[tuple[int, int], ...]:
    """Short quotes inside a clause reported by a neutral verb ("said the water rose “frighteningly fast”"):
    the speaker's words, so no cue inside them is the outlet's."""
    reported = _reported_before(text)
    return tuple(
        (o, c) for o, c in _quote_pairs(text)
        if 1 <= len(WORD.findall(text[o + 1 : c])) <= MAX_QUOTE_WORDS and reported(o)
    )


CUE_CONFIDENCE = {
    "intensifier": 0.5, "evaluative": 0.5, "hype": 0.55, "idiom": 0.5, "metaphor": 0.5, "subjective": 0.45,
    "emotive": 0.5, "hyperbole": 0.5, "loaded_label": 0.55, "exclamation": 0.4, "puffery": 0.5, "journalese": 0.5,
    "editorializing": 0.5, "rhetorical_question": 0.4, "official_framing": 0.5,
}


SHOUTED = re.compile(r"(?<![\w'’-])[A-Z][A-Z'’-]{3,}(?![\w-])")


def unshouted(text: str) -> str:
    """``text`` with each word set in capitals for emphasis written in lower case, the offsets unchanged: the
    tabloid's "a CALLOUS gang" and "TRANSFER TORMENT" judge as "callous" and "torment" do, but the classes skip
    capitals as names. A word counts when Brill's list knows its lower-case form as anything but a proper noun;
    an acronym or a name in capitals ("NATO", "MATEUS") stays as written."""
    if not any(c.isupper() for c in text[1:]):
        return text
    table = subjectivity.tags()

    def lowered(match: re.Match) -> str:
        word = match.group()
        lower = word.lower()
        tag = table.get(lower.replace("’", "'"), "")
        return lower if tag and not tag.startswith("NNP") and len(lower) == len(word) else word

    return SHOUTED.sub(lowered, text)


def bias_cue_matches(line: Line, taken: list[Suggestion]) -> list[Suggestion]:
    """Cues of the general classes (``bias_cues``) that no lexicon term or scare quote already covers."""
    found = []
    protected = _quotations(line.text) + _partial_quotations(line.text)
    for start, end, rule, reason in bias_cues.cues(unshouted(line.text), protected):
        start, end = line.start + start, line.start + end
        if any(s.start < end and start < s.end for s in taken):
            continue
        found.append(Suggestion(start, end, TAG, f"{TAG}.{rule}", reason, CUE_CONFIDENCE[rule]))
    return found


def _turns(lines: list[Line]) -> set[int]:
    """The lines that open with a speaker's label: a transcript's turns ("ANCHOR LISA ROE: …") and an interview's
    ("DANBY: What can you tell us?"). A question there is asked of someone, to be answered: no rhetoric."""
    transcript = turn_labels(line.text for line in lines)
    return {n for n, label in enumerate(transcript) if label} | set(attribution.labels.interview_labels(lines))


DEFAULT_PHRASES = frozenset(entry.phrase.lower() for entry in DEFAULT_LEXICON)
# The rules of the classes that read no English words: a question asked of the reader is one in any language.
LANGUAGE_NEUTRAL = frozenset({f"{TAG}.rhetorical_question"})


def suggest(lines: list[Line], lexicon: tuple[LexiconEntry, ...] = DEFAULT_LEXICON) -> list[Suggestion]:
    """The rhetoric of an article's ``lines``. The default lexicon, the classes' word lists and the fitted scorer
    are English: in an article in another language (``languages.language_of``) only the rules that read no English
    word run (scare quotes, quoted judgements' marks, questions) with the terms an editor added to the lexicon, so
    that "SHAM" or "sham" in a Swahili line is no English noun of verdict."""
    found = []
    turns = _turns(lines)
    whole = "\n".join(line.text for line in lines)
    code = "ka" if georgian.written_in_georgian(whole) else languages.language_of(whole)  # Georgian by its script
    english = code == languages.ENGLISH
    code = None if english else code
    # An editor's own terms (any the documented default does not hold) are in whatever language the editor wrote
    # them: they apply to every article; the default's terms are English and apply to English articles only.
    terms = lexicon if english else tuple(entry for entry in lexicon if entry.phrase.lower() not in DEFAULT_PHRASES)
    for number, line in enumerate(lines):
        headline = number == 0 and is_headline(line.text)
        in_line = (lexicon_matches(line, terms) if terms else []) + scare_quotes(line, headline, code) + (
            quoted_judgements(line, headline, code)
        )
        cues = bias_cue_matches(line, in_line)
        if not english:
            cues = [cue for cue in cues if cue.rule in LANGUAGE_NEUTRAL]
        if number in turns:
            cues = [cue for cue in cues if cue.rule != f"{TAG}.rhetorical_question"]
        found += in_line + cues
    if not english:
        return found
    return found + subjective_words.suggest(lines, found, lexicon=lexicon)  # the fitted scorer, where no rule fired
