"""Suggested highlights: rules that propose boilerplate, attribution, factual claims and rhetoric.

``suggest(text)`` is the entry point (pure, deterministic, offline); ``decisions`` keeps each reviewer's
accepted and rejected suggestions and turns accepted ones into their highlights.
"""

from typing import TYPE_CHECKING

from annotations.suggestions.base import Suggestion
from annotations.suggestions.lexicon import DEFAULT_LEXICON, LexiconEntry

if TYPE_CHECKING:
    from annotations.suggestions.suggester import suggest

__all__ = ["DEFAULT_LEXICON", "LexiconEntry", "Suggestion", "suggest"]


def __getattr__(name: str):
    # The rules compile hundreds of patterns when imported: ``suggest`` loads them the first time it is asked
    # for, so that the panel, the decisions and the reports can import this package without them.
    if name == "suggest":
        from annotations.suggestions.suggester import suggest

        return suggest
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
