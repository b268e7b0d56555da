"""Attribution in Amharic, read on the words of the line.

Amharic puts its verb last and has no capital letters to tell a name: the source is the subject that opens the
sentence, or the words between the clause of what was said and the verb ("… መድረሱን የሰሎቤ ሆስፒታል ገልጿል", the
hospital stated that …). A clause of what was said ends in a verbal noun in the accusative ("መድረሱን", "that it
arrived") or opens with "እንደ" ("እንደሚጠናቀቅ", "that it will be finished"). Prepositions are written onto their
nouns (በ, ከ, ለ, እንደ), so a word that opens with one ends the subject, except in a name after a title (አቶ, ወ/ሮ,
ዶ/ር, ኢንጂነር …), which runs two words: the person's own name and the father's. Quotations stand in « »; sentences
end at "።", "፧", "?" and "!" outside them; the old word separator "፡" parts words as a space does.

The shapes:

- a verb of saying after a quotation and its source: "X «…» ብለዋል።", "«…» ብለዋል ዋና ዳይሬክተሯ።" (the source after
  the verb), "«…» ሲሉ አቶ X ለጋዜጣው ተናግረዋል።" (the source between "saying" and the verb, less whom it was told);
- a verb of saying after a clause of what was said: "X … መድረሱን ገልጸዋል።", "… መድረሱን X ተናግረዋል።";
- a verb with no source named ("«…» ትላለች።", she says) is a cue without a source;
- "according to": "X እንደገለጹት", "X እንዳሉት", "እንደ X ገለጻ";
- hearsay with no named source: "… የሚሉም አሉ" (there are those who say …), "ይባላል" (it is said);
- a transcript's speaker line: "የዓይን እማኝ X፦ «…»", the speaker's name and the preface colon before a quotation
  (the outlet's own journalist's lines, "ጋዜጠኛ፦ …", are its narration).

A subject without a title holds a noun that names a source (an authority, a hospital, residents, a director);
other words before a verb of saying ("አንድ ኩንታል ጤፍ … ገብቷል ትለኛለች") are what was said, not who said it.
"""

import re

from annotations.suggestions.attribution.quotations import cues_by_sentence, line_tokens, sentences
from annotations.suggestions.attribution.words import line_cue as _cue
from annotations.suggestions.base import Suggestion
from newsdesk.alignment.amharic import spelling
from newsdesk.importing.languages import AMHARIC, AMHARIC_FUNCTION_WORDS
from newsdesk.importing.speech_verbs import SPEECH_VERBS

_MARKS = "።፣፤፥፦፧«»\"“”‘’()\\[\\]!?,;:—–"
_WORD = re.compile(rf"\d+(?:[.,]\d+)*|[^\s፡{_MARKS}]+|[{_MARKS}]")
_STOPS = frozenset("።፧?!")
_OPENING = frozenset("«“\"‘")
_CLOSING = frozenset("»”\"’")
_MAX_BEFORE_TITLE = 6  # words of a role before a title: "የደጋ ክልል መንገዶች ባለሥልጣን ዋና ዳይሬክተር ኢንጂነር …"
_NAME_WORDS = 2  # a name after a title: the person's own and the father's
_MAX_SUBJECT = 8
_MAX_LABEL = 7

# The verbs of saying (``speech_verbs``) and of admitting, which report words as they do.
VERBS = SPEECH_VERBS[AMHARIC] | frozenset("አምነዋል አምኗል አምናለች".split())
# "saying", the converb that joins a quotation to the verb after its source: "«…» ሲሉ X ተናግረዋል".
SAYING = frozenset("ሲሉ ሲል ስትል ብለው ብሎ ብላ".split())
# "as X stated", "as X said": the source before them.
AS_STATED = frozenset("""
    እንደገለጹት እንደገለጸው እንደገለጸችው እንደገለፁት እንደገለፀው እንዳሉት እንዳለው እንዳለችው እንደተናገሩት እንደተናገረው
    እንደተናገረችው እንዳስታወቁት እንዳስታወቀው እንዳስታወቀችው እንዳስረዱት እንዳስረዳው
""".split())
# "according to X's statement": "እንደ X ገለጻ".
AS_PREPOSITION = "እንደ"
STATEMENT_NOUNS = frozenset("ገለጻ ገለፃ ማብራሪያ ዘገባ መረጃ".split())
# "there are those who say": "የሚሉ(ም) አሉ"; "it is said": "ይባላል".
THOSE_WHO_SAY = frozenset("የሚሉ የሚሉም".split())
THERE_ARE = frozenset("አሉ".split())
IT_IS_SAID = frozenset("ይባላል".split())
# Titles before a name.
TITLES = frozenset("""
    አቶ ወ/ሮ ወ/ሪት ወ/ት ወይዘሮ ወይዘሪት ዶ/ር ዶክተር ፕ/ር ፕሮፌሰር ኢንጂነር ኢ/ር ኮማንደር ኮሎኔል ሻለቃ ሳጅን ኢንስፔክተር
    ሼህ ቄስ አባ ብፁዕ
""".split())
# Nouns that name a source: bodies, roles and people ("ባለሥልጣን", "ሆስፒታል", "ዳይሬክተር", "ነዋሪዎች"), matched with
# the ending written onto them ("ባለሥልጣኑ", the authority; "ዳይሬክተሯ", the director, feminine).
SOURCE_NOUNS = frozenset("""
    ባለሥልጣን ባለስልጣን ሆስፒታል አስተዳደር አስተዳዳሪ ዳይሬክተር ኃላፊ ሃላፊ ሚኒስትር ሚኒስቴር ፕሬዚዳንት ፕሬዝዳንት ከንቲባ
    ኮሚሽን ኮሚሽነር ፖሊስ ቢሮ ኤጀንሲ መንግሥት መንግስት ድርጅት ማኅበር ማህበር ተቋም ኮርፖሬሽን ዩኒቨርሲቲ አቀባይ ነዋሪዎች
    ነዋሪ ነጋዴዎች ነጋዴ ባለሙያዎች ባለሙያ አደሮች ሐኪም ሀኪም መምህር መምህርት ሊቀመንበር ሰብሳቢ ሠራተኞች ሰራተኞች
    ወላጆች እማኞች እማኝ ሽማግሌ ሽማግሌዎች ባለቤት ባለቤቶች
""".split())
# The outlet's own voices in a transcript: its journalist, reporter or presenter.
STAFF = frozenset("ጋዜጠኛ ጋዜጠኛዋ ሪፖርተር ዘጋቢ አቅራቢ አቅራቢዋ አዘጋጅ".split())
# Prepositions written onto a noun: a word that opens with one is no part of a subject.
PREFIXES = ("በ", "ከ", "ለ", "እንደ", "እንዳ", "ወደ", "ስለ")
ADDRESSEE = "ለ"  # "ለዋርካ ተናግረዋል", told the weekly
_LABEL = re.compile(rf"^([^\s፦:«»\"“”]+(?: [^\s፦:«»\"“”]+){{0,{_MAX_LABEL - 1}}})\s*፦\s*[«“\"]")


_FOLDED_SOURCE_NOUNS = frozenset(spelling(noun) for noun in SOURCE_NOUNS)
_SYLLABLES = range(0x1200, 0x1358)
_CONSONANT = 5  # the sixth order: a consonant written alone, as most nouns end
# What follows a noun whole (after a vowel, or a consonant with nothing fused): the article, the feminine, the plural
# and its article, then the accusative, "also" or "and" ("ቢሮው", "ኃላፊዋ", "ሰራተኞችን", "ፖሊስም").
_ENDINGS = re.compile(r"(?:ው|ዋ|ዎች|ዎቹ)?(?:ን|ም|ና|ንም)?")
# What follows a noun's last consonant fused with an ending, by the vowel order of the fused syllable: "u" the
# article ("ፖሊሱ"), "wa" the feminine ("ዳይሬክተሯ"), "o" the plural "-ኦች" ("ፖሊሶች", "ፖሊሶቹ"), "a" the plural
# "-ኣት" ("ባለሥልጣናት", "ተቋማት"), each before the accusative, "also" or "and".
_FUSED = {
    1: re.compile(r"(?:ን|ም|ና|ንም)?"),
    7: re.compile(r"(?:ን|ም|ና|ንም)?"),
    6: re.compile(r"(?:ች|ቹ)(?:ን|ም|ና|ንም)?"),
    3: re.compile(r"(?:ት|ቱ)(?:ን|ም|ና|ንም)?"),
}


def _row(character: str) -> int | None:
    point = ord(character)
    return None if point not in _SYLLABLES else point - (point - _SYLLABLES.start) % 8


def _order(character: str) -> int | None:
    point = ord(character)
    return None if point not in _SYLLABLES else (point - _SYLLABLES.start) % 8


def _tokens(text):
    return line_tokens(text, _WORD, lambda word: word)


def _source_noun(word: str) -> bool:
    """``word`` is a noun that names a source, whole, with or without an ending written onto it (``_ENDINGS``):
    after a vowel the ending follows the noun ("ቢሮው"); after a consonant the article, the feminine or the plural
    fuses with it into one syllable of its row ("ፖሊሱ", "ዳይሬክተሯ", "ፖሊሶች", "ባለሥልጣናት"). A word that only opens
    like one is another word ("ፖሊሲው", the policy; "ተቋርጦ", interrupted)."""
    word = spelling(word)
    for noun in _FOLDED_SOURCE_NOUNS:
        if word.startswith(noun) and _ENDINGS.fullmatch(word[len(noun) :]):
            return True
        if _order(noun[-1]) != _CONSONANT or len(word) < len(noun) or not word.startswith(noun[:-1]):
            continue
        fused = word[len(noun) - 1]
        after = _FUSED.get(_order(fused)) if _row(fused) == _row(noun[-1]) else None
        if after is not None and after.fullmatch(word[len(noun) :]):
            return True
    return False


def _clause_end(word: str) -> bool:
    """``word`` ends a clause of what was said: a verbal noun in the accusative ("መድረሱን"), or a verb opened by
    "እንደ" ("እንደሚጠናቀቅ")."""
    return len(word) >= 3 and word.endswith("ን") and not _source_noun(word) or (
        word.startswith(("እንደ", "እንዳ")) and len(word) > 3 and word not in AS_STATED
    )


def _outside(word) -> bool:
    """A word that is no part of a subject: a function word, a figure, a mark or a quoted word."""
    return word.mark or word.quoted or word.key in AMHARIC_FUNCTION_WORDS or any(c.isdigit() for c in word.text)


def _source(words):
    """The source among ``words`` (the words before a verb, between "saying" and a verb, or after a verb): a title
    with its name and the role before it, or a subject that holds a noun for a source. None when neither."""
    if any(w.mark or w.quoted for w in words):
        words = words[max(n for n, w in enumerate(words) if w.mark or w.quoted) + 1 :]
    while len(words) > 1 and words[-1].key.startswith(ADDRESSEE) and not _source_noun(words[-1].key):
        words = words[:-1]  # "ለዋርካ": whom it was told
    title = next((n for n, w in enumerate(words) if w.key in TITLES), None)
    if title is not None:
        start = title
        while start > 0 and title - start < _MAX_BEFORE_TITLE and not _outside(words[start - 1]) and not (
            _clause_end(words[start - 1].key)
        ):
            start -= 1
        end = title
        while end + 1 < len(words) and end - title < _NAME_WORDS and not _outside(words[end + 1]):
            end += 1
        return words[start : end + 1] if end > title else None
    run = []
    for w in words[:_MAX_SUBJECT]:
        if _outside(w) or w.key.startswith(PREFIXES) or _clause_end(w.key):
            break
        run.append(w)
    heads = [n for n, w in enumerate(run) if _source_noun(w.key)]
    return run[: heads[-1] + 1] if heads else None


def _text(text, words) -> str:
    return text[words[0].start : words[-1].end]


def _said(line, text, first, last, verb, source) -> Suggestion:
    """The cue from ``first`` to ``last`` of a verb of saying, with its ``source`` (words) or none."""
    if not source:
        return _cue(line, first.start, last.end, "pronoun", f"“{verb}”: reported speech, its source named before.")
    name = _text(text, source)
    return _cue(line, first.start, last.end, "reporting_verb", f"“{verb}” reports the words of {name}.", name)


def _opening(tokens, s_start, i):
    """The words that open the sentence, up to the first mark or quotation before ``i``: where its subject stands
    ("X ቅሬታው መድረሱን ገልጸው፣ … አምነዋል", X stated … and admitted)."""
    end = next((k for k in range(s_start, i) if tokens[k].mark or tokens[k].quoted), i)
    return tokens[s_start:end]


def _verb(line, text, tokens, i, s_start, s_end):
    """A verb of saying at ``i``: its source after it (after a quotation), between "saying" and it, after the
    clause of what was said, or opening the sentence."""
    verb = tokens[i].text
    after_quotation = i > s_start and tokens[i - 1].text in _CLOSING and tokens[i - 1].quoted
    if after_quotation:
        after = [t for t in tokens[i + 1 : s_end] if not t.mark]
        source = _source(after) if after else None
        if source is None and 0 < len(after) <= _NAME_WORDS and not any(_outside(t) for t in after):
            source = after  # "ብለዋል ሰናይት": a name alone after the verb
        if source:
            return _said(line, text, tokens[i], source[-1], verb, source)
        opening = next(k for k in range(i - 1, s_start - 1, -1) if not tokens[k].quoted or k == s_start)
        before = tokens[s_start : opening + 1] if not tokens[opening].quoted else []
        return _said(line, text, tokens[i], tokens[i], verb, _source(before) if before else None)
    saying = next((k for k in range(i - 1, s_start - 1, -1) if tokens[k].key in SAYING and not tokens[k].quoted),
                  None)
    if saying is not None and saying > s_start and tokens[saying - 1].quoted:
        source = _source(tokens[saying + 1 : i])
        return _said(line, text, tokens[saying], tokens[i], f"{tokens[saying].text} … {verb}", source)
    clause = next((k for k in range(i - 1, s_start - 1, -1) if not tokens[k].quoted and _clause_end(tokens[k].key)),
                  None)
    source = _source(tokens[clause + 1 : i]) if clause is not None and clause + 1 < i else None
    if source:
        return _said(line, text, source[0], tokens[i], verb, source)  # "… መድረሱን X ተናግረዋል": next to the verb
    source = _source(_opening(tokens, s_start, i))
    return _said(line, text, tokens[i], tokens[i], verb, source)  # the subject far before: the verb, naming it


def _according(line, text, tokens, i, s_start, s_end):
    """ "X እንደገለጹት" (the source before) and "እንደ X ገለጻ" (the source between)."""
    token = tokens[i]
    if token.key in AS_STATED:
        source = _source(tokens[s_start:i])
        if not source:
            return _cue(line, token.start, token.end, "pronoun", f"“{token.text}”: words reported.")
        name = _text(text, source)
        return _cue(line, source[0].start, token.end, "according_to", f"“{token.text}” names {name}.", name)
    if token.key != AS_PREPOSITION:
        return None
    end = next((k for k in range(i + 1, min(s_end, i + 1 + _MAX_SUBJECT)) if tokens[k].key in STATEMENT_NOUNS),
               None)
    if end is None or end == i + 1 or any(t.mark or t.quoted for t in tokens[i + 1 : end]):
        return None
    name = _text(text, tokens[i + 1 : end])
    return _cue(line, token.start, tokens[end].end, "according_to",
                f"“{token.text} … {tokens[end].text}” names {name}.", name)


def _hearsay(line, tokens, i, s_end):
    token = tokens[i]
    if token.key in IT_IS_SAID:
        return _cue(line, token.start, token.end, "agentless", f"“{token.text}”: words reported with no source.")
    if token.key in THOSE_WHO_SAY and i + 1 < s_end and tokens[i + 1].key in THERE_ARE:
        return _cue(line, token.start, tokens[i + 1].end, "agentless",
                    f"“{token.text} {tokens[i + 1].text}”: the words of people not named.")
    return None


def _speaker_label(line) -> Suggestion | None:
    """A transcript's speaker line: "የዓይን እማኝ X፦ «…»"; the outlet's journalist's lines are its narration."""
    match = _LABEL.match(line.text)
    if not match or match.group(1).split()[0] in STAFF:
        return None
    label = match.group(1)
    return _cue(line, 0, line.text.index("፦", match.end(1)) + 1, "speaker",
                f"“{label}፦” names who speaks the quotation after it: {label}.", label)


def suggest_in_line(line) -> list[Suggestion]:
    """The attribution cues of one line of an article in Amharic."""
    text = line.text
    tokens = _tokens(text)
    label = _speaker_label(line)

    def cue_at(i, s_start, s_end, in_sentence):
        key = tokens[i].key
        if key in VERBS:
            cue = _verb(line, text, tokens, i, s_start, s_end)
        elif key in AS_STATED or key == AS_PREPOSITION:
            cue = _according(line, text, tokens, i, s_start, s_end)
        else:
            cue = _hearsay(line, tokens, i, s_end)
        return (cue, i) if cue is not None else None

    return ([label] if label else []) + cues_by_sentence(tokens, sentences(tokens, _STOPS), cue_at)
