"""Suggested highlights: rules that propose boilerplate, attribution, factual claims and rhetoric.

``suggest(text)`` is the entry point (pure, deterministic, offline); ``decisions`` keeps each reviewer's
accepted and rejected suggestions and turns accepted ones into their highlights.
"""

from annotations.suggestions.base import Suggestion
from annotations.suggestions.lexicon import DEFAULT_LEXICON, LexiconEntry
from annotations.suggestions.suggester import suggest

__all__ = ["DEFAULT_LEXICON", "LexiconEntry", "Suggestion", "suggest"]
