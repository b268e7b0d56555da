"""Which words of a line stand inside quotation marks, for the languages whose attribution is read on the line's
own words rather than on its tokens (Bengali, Tamil): a cue inside quotation marks is the speaker's words, and a
stop inside them ends no sentence of the line. (``base.quoted_tokens`` reads the same on a line's tokens.)"""

# Each mark that opens a quotation, and the mark that closes it.
CLOSING = {'"': '"', "“": "”", "‘": "’"}


def inside_quotations(words: list[str]) -> list[bool]:
    """For each of ``words`` (the words and marks of a line, in order), whether it stands inside quotation marks,
    the marks included. A double quotation left open runs to the line's end; a single ‘ opens one only when a ’
    follows it somewhere in the line."""
    quoted = [False] * len(words)
    last_single_close = max((n for n, word in enumerate(words) if word == "’"), default=-1)
    closing = None
    for n, word in enumerate(words):
        if closing is not None:
            quoted[n] = True
            if word == closing:
                closing = None
        elif word in CLOSING and (word != "‘" or n < last_single_close):
            closing = CLOSING[word]
            quoted[n] = True
    return quoted
