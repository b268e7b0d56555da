"""Attribution in Georgian, read on the words of the line.

Georgian is written in small letters only, so no capital tells a name, and it writes its case endings onto its
nouns: the subject of a verb in the aorist is in the ergative ("მერმა", "უფროსმა ნიკო ლომთაძემ", "მან"), of one
in the present in the nominative ("მერია ამბობს"). News writes the verb of saying in three places:

- after a quotation, a comma and a dash, its source after it: "„…“, — თქვა მან", "„…“, — განაცხადა მერმა", with
  whom it was told to between them, a name in quotation marks ("განუცხადა „ალიონს“ X-მა");
- last in its clause, its subject before it, before "რომ" (that) and what was said: "X-მა აღნიშნა, რომ …",
  "მერია კი ამბობს, რომ …" ("კი", a particle of contrast, is no part of the subject);
- "according to X": X in the genitive and a noun of saying in the instrumental, "X-ის თქმით", "განცხადებით",
  "ცნობით", "ინფორმაციით", "განმარტებით"; a name set apart by commas names the person ("ქალაქის მერის, X-ის,
  განცხადებით"), and "მისი თქმით" (by his or her words) names no one.

Quotations stand in „ “ (and « », “ ”); sentences end at ".", "!" and "?" outside them.
"""

import re

from annotations.suggestions.attribution.quotations import cues_by_sentence, line_tokens, sentences
from annotations.suggestions.attribution.words import line_cue as _cue
from annotations.suggestions.base import Suggestion
from newsdesk.importing.scripts import written_in_georgian as written_in_georgian
from newsdesk.importing.speech_verbs import SPEECH_VERBS

_MARKS = "„“”«»\"'‘’()\\[\\]!?.,;:—–"
_WORD = re.compile(rf"\d+(?:[.,]\d+)*|[^\s{_MARKS}]+|[{_MARKS}]")
_STOPS = frozenset(".!?")
_CLOSING = frozenset("“”»\"’")
_DASHES = frozenset("—–-")
_MAX_SOURCE = 8
_MAX_APPOSITION = 5

VERBS = SPEECH_VERBS["ka"] | frozenset("ირწმუნება ამტკიცებს ამტკიცებენ მიიჩნევს მიიჩნევენ".split())
# The nouns of saying in the instrumental that follow a source in the genitive: "by the words", "by the statement",
# "by the report", "by the information", "by the explanation", "by the assessment", "by the opinion", "by the data".
ACCORDING = frozenset("""
    თქმით განცხადებით ცნობით ინფორმაციით განმარტებით შეფასებით აზრით მონაცემებით სიტყვებით მტკიცებით ცნობებით
""".split())
# His, her, their, its: "მისი თქმით" names no one.
POSSESSIVES = frozenset("მისი მათი მისივე მათივე მის".split())
PRONOUNS = frozenset("მან მათ ის იგი ისინი".split())
# Words that open a clause: a source does not run over them ("რომ", that; "და", and; "თუმცა", "მაგრამ", but).
CLAUSE_WORDS = frozenset("რომ და თუმცა მაგრამ ხოლო როცა როდესაც რადგან რომელიც რომლის თუ ან ანუ სადაც".split())
AND = "და"
# Particles that stand between a subject and its verb and are no part of it: "კი" (and, but), "ასევე" (also).
PARTICLES = frozenset("კი ასევე უკვე თავის მხრივ".split())


def _tokens(text):
    return line_tokens(text, _WORD, str.lower)


def _text(text, words) -> str:
    return text[words[0].start : words[-1].end]


def _boundary(tokens, k) -> bool:
    """The token at ``k`` ends a source that runs back to it: a mark, a quotation, a clause word. "და" joins two
    places of one source when the word before it is in the genitive written out before it ("ქვემოხევისა და
    წყაროსთავის მცხოვრებლები")."""
    token = tokens[k]
    if token.mark or token.quoted or any(c.isdigit() for c in token.text):
        return True
    if token.key == AND:
        return not (k > 0 and tokens[k - 1].key.endswith("სა"))
    return token.key in CLAUSE_WORDS


def _words_before(tokens, s_start, i):
    """The words of the clause before ``i``, back to its start; the particles between them dropped."""
    k = i
    while k > s_start and not _boundary(tokens, k - 1):
        k -= 1
    return [t for t in tokens[k:i] if t.key not in PARTICLES]


def _according(line, text, tokens, i, s_start):
    """ "X-ის თქმით": the source before the noun of saying; a name the commas set apart; "მისი თქმით"."""
    token = tokens[i]
    if i > s_start and tokens[i - 1].text == ",":
        comma = next((k for k in range(i - 2, max(s_start, i - 2 - _MAX_APPOSITION) - 1, -1)
                      if tokens[k].text == ","), None)
        if comma is not None and comma + 1 < i - 1 and not any(_boundary(tokens, k) for k in range(comma + 1, i - 1)):
            name = tokens[comma + 1 : i - 1]
            role = _words_before(tokens, s_start, comma)
            first = role[0] if role else name[0]
            source = _text(text, name)
            return _cue(line, first.start, token.end, "according_to", f"“{token.text}” names {source}.", source)
    before = _words_before(tokens, s_start, i)
    if not before:
        return None
    if len(before) == 1 and before[0].key in POSSESSIVES:
        words = f"{_text(text, before)} {token.text}"
        return _cue(line, before[0].start, token.end, "pronoun", f"“{words}”: words reported.")
    before = before[-_MAX_SOURCE:]
    source = _text(text, before)
    return _cue(line, before[0].start, token.end, "according_to", f"“{token.text}” names {source}.", source)


def _after_quotation(tokens, s_start, i) -> bool:
    """The verb at ``i`` follows a closing quotation mark, perhaps with a comma and a dash between."""
    k = i - 1
    while k >= s_start and not tokens[k].quoted and tokens[k].text in _DASHES | {","}:
        k -= 1
    return k >= s_start and k < i - 1 and tokens[k].quoted and tokens[k].text in _CLOSING or (
        k == i - 1 and k >= s_start and tokens[k].quoted and tokens[k].text in _CLOSING
    )


def _verb(line, text, tokens, i, s_start, s_end):
    token = tokens[i]
    verb = token.text
    if _after_quotation(tokens, s_start, i):
        after = [t for t in tokens[i + 1 : s_end] if not t.mark and not t.quoted]  # less „ალიონს“, whom it was told
        if after and after[0].key in PRONOUNS:
            return _cue(line, token.start, after[0].end, "pronoun", f"“{verb} {after[0].text}”: reported speech.")
        if after and len(after) <= _MAX_SOURCE:
            source = _text(text, after)
            return _cue(line, token.start, after[-1].end, "reporting_verb", f"“{verb}” reports the words of {source}.",
                        source)
        return _cue(line, token.start, token.end, "pronoun", f"“{verb}”: reported speech, its source named before.")
    before = _words_before(tokens, s_start, i)
    if len(before) == 1 and before[0].key in PRONOUNS:
        return _cue(line, before[0].start, token.end, "pronoun", f"“{before[0].text} {verb}”: reported speech.")
    if before and len(before) <= _MAX_SOURCE:
        source = _text(text, before)
        return _cue(line, before[0].start, token.end, "reporting_verb", f"“{verb}” reports the words of {source}.",
                    source)
    return _cue(line, token.start, token.end, "pronoun", f"“{verb}”: reported speech, its source named before.")


def suggest_in_line(line) -> list[Suggestion]:
    """The attribution cues of one line of an article in Georgian."""
    text = line.text
    tokens = _tokens(text)

    def cue_at(i, s_start, s_end, in_sentence):
        key = tokens[i].key
        if key in VERBS:
            cue = _verb(line, text, tokens, i, s_start, s_end)
        elif key in ACCORDING:
            cue = _according(line, text, tokens, i, s_start)
        else:
            return None
        return (cue, i) if cue is not None else None

    return cues_by_sentence(tokens, sentences(tokens, _STOPS), cue_at)
