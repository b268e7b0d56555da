"""Reading JSON from outside (request bodies, JSON lines, annotation files): every way it can be malformed
ends as one ValueError.

The parser is strict, so that what it returns can be stored as it is: bad UTF-8, a lone surrogate escape
(``"\\ud800"``, half of a UTF-16 pair: not a character, and no database stores it), nesting deeper than 1,024
levels (no document of ours comes near; Python's own parser would recurse until it stops), ``NaN`` and numbers
too large for a float are all refused. To an API client they all mean the same thing: 400, the body is not
usable JSON.
"""

import orjson


def parse_json(document: bytes | str):
    """The parsed document; ValueError with a short reason ("depth limit exceeded") for anything else."""
    try:
        return orjson.loads(document)
    except orjson.JSONDecodeError as error:
        raise ValueError(error.msg) from None


def load_json(raw: bytes, empty=None):
    """The parsed body, or ``empty`` for an empty one; ValueError for anything that is not JSON."""
    if not raw:
        return empty
    return parse_json(raw)
