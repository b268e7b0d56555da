"""The suggester's tokenizer lives with the importer (``newsdesk.importing.tokens``), so that the page-furniture
line rules shared by the topic band and the suggestions can use it; this name stays for the suggestion rules."""

from newsdesk.importing.tokens import Doc, Span, Token, tokenize

__all__ = ["Doc", "Span", "Token", "tokenize"]
