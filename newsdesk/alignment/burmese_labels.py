"""Burmese words for topic labels: what ``labels`` needs to read a story written in Burmese.

Policy: Burmese writes no space between its words, only between phrases, and no capitals; it is split into syllables
by the script's rule (``importing/burmese.py``), and its particles, written onto the word before them, close a noun
("မီးလောင်မှုကြောင့်", because of the fire; "ဈေးသည်များက", the traders, as subject). A label is a run of content
syllables, as ``thai`` reads Thai by runs of words: two outlets that report one thing name it in the same syllables
("ယာယီဆိုင်ခန်း", temporary stalls; "လျှပ်စစ်ဝါယာရှော့", short circuit), and a run that passages of two articles or more
write alike is most often a noun phrase or a name. A label

- is a run of ``MIN_SYLLABLES`` to ``MAX_SYLLABLES`` syllables inside one phrase (no space, no mark between them),
  cut between syllables, never inside one;
- holds no particle, verb of saying or word that dates or counts (``words.burmese_tokens``: they end the run), so it
  never opens or closes on one;
- never opens on a person's honorific or right after one (a name alone: "ဦး" + "သန်းထိုက်").

A run names who reported its passage where the subject's particle "က" closes it.
"""


import re

from newsdesk.alignment.words import BURMESE_HONORIFICS, burmese_grammar_words, burmese_names, burmese_tokens
from newsdesk.importing import burmese

MIN_SYLLABLES = 2
MAX_SYLLABLES = 6
RUN = burmese.RUN  # a run of the script, its stops "၊" and "။" apart
HONORIFIC_SYLLABLES = frozenset(burmese.syllables(word.strip())[0] for word in BURMESE_HONORIFICS)
SUBJECT = frozenset({"က", "ကမူ"})


def token_spans(text: str) -> list[tuple[str, int, int]]:
    """Each token of ``text`` with where it starts and ends: a run of Burmese as its tokens (``words.burmese_tokens``:
    its content syllables, and its particles and words that date and count, whole); between runs, the tokens of any
    other script, figure or mark (``labels.TOKEN``)."""
    from newsdesk.alignment.labels import TOKEN

    found, position = [], 0
    for run in RUN.finditer(text):
        found += [(m.group(), m.start(), m.end()) for m in TOKEN.finditer(text, position, run.start())]
        at = run.start()
        for token in burmese_tokens(run.group()):
            found.append((token, at, at + len(token)))
            at += len(token)
        position = run.end()
    return found + [(m.group(), m.start(), m.end()) for m in TOKEN.finditer(text, position)]


def content(token: str) -> bool:
    """A content syllable of Burmese: no particle, verb of saying or word that dates or counts, and not a digit."""
    return bool(RUN.fullmatch(token)) and token not in burmese_grammar_words() and not token[0].isdigit()


def candidate_spans(words: list[str], text: str, spans: list[tuple[int, int]]):
    """(phrase, terms, first token, last token) for every run of a passage's content syllables that may stand as a
    label (see the module's policy), cut from the text as written."""
    named = _named(text)
    for start in range(len(words)):
        if not content(words[start]) or words[start] in HONORIFIC_SYLLABLES or named[spans[start][0]]:
            continue  # an honorific, or a run from inside a person's name (after its honorific or its first syllable)
        if start and spans[start - 1][1] == spans[start][0] and words[start - 1] in HONORIFIC_SYLLABLES:
            continue  # a name after its honorific: no label alone
        for end in range(start + 1, min(len(words), start + MAX_SYLLABLES)):
            if spans[end - 1][1] != spans[end][0] or not content(words[end]):
                break
            if end + 1 - start >= MIN_SYLLABLES:
                yield text[spans[start][0]:spans[end][1]], tuple(words[start:end + 1]), start, end


def _named(text: str) -> list[bool]:
    """Which characters of ``text`` stand inside a person's name (``words.burmese_names``), its honorific included."""
    named = [False] * (len(text) + 1)
    for name in set(burmese_names(text)):
        for match in re.finditer(re.escape(name), text):
            named[match.start():match.end()] = [True] * (match.end() - match.start())
    return named


def stands_as_source(words: list[str], start: int, end: int) -> bool:
    """Whether the run ``words[start:end + 1]`` names who reported its passage: the subject's particle closes it."""
    return end + 1 < len(words) and words[end + 1] in SUBJECT
