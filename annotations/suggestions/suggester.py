"""The suggester: article text in, suggested highlights out, for all four tags.

Boilerplate is judged first, line by line; the other rules then read only the lines that are not page
furniture, so a number in "100+ trusted global sources." is never a factual claim. Every suggestion
names the rule that fired and says why in its reason. The function is pure and deterministic.
"""

from dataclasses import replace

from annotations.suggestions import attribution, boilerplate, claims, rhetoric
from annotations.suggestions.base import Suggestion, split_lines, whole_characters
from annotations.suggestions.lexicon import DEFAULT_LEXICON, LexiconEntry


def suggest(text: str, lexicon: tuple[LexiconEntry, ...] | None = None, tag: str | None = None) -> list[Suggestion]:
    """Suggested spans for ``text`` (offsets in code points), sorted by position; ``tag`` keeps one tag."""
    return _suggest(text, lexicon, tag)


def _suggest(text, lexicon, tag):
    lines = split_lines(text)
    furniture = boilerplate.suggest(lines)
    furniture_lines = {(s.start, s.end) for s in furniture}
    content = [line for line in lines if (line.start, line.end) not in furniture_lines]
    found = list(furniture)
    found += attribution.suggest(content)
    found += claims.suggest(content)
    found += rhetoric.suggest(content, tuple(lexicon) if lexicon is not None else DEFAULT_LEXICON)
    # The rules read words as runs of letters; a span never cuts a letter from its marks nor an emoji in two.
    found = [_whole(text, s) for s in found]
    unique = {(s.start, s.end, s.tag): s for s in sorted(found, key=lambda s: -s.confidence)}
    result = sorted(unique.values(), key=lambda s: (s.start, s.end, s.tag))
    return [s for s in result if tag is None or s.tag == tag]


def _whole(text: str, suggestion: Suggestion) -> Suggestion:
    start, end = whole_characters(text, suggestion.start, suggestion.end)
    if (start, end) == (suggestion.start, suggestion.end):
        return suggestion
    return replace(suggestion, start=start, end=end)
