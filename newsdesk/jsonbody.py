"""Reading a JSON request body: every way it can be malformed ends as one ValueError.

Bad UTF-8, bad JSON and absurdly deep nesting (which makes the parser recurse until Python stops it)
all mean the same thing to an API client: 400, the body is not usable JSON.
"""

import json


def load_json(raw: bytes, empty=None):
    """The parsed body, or ``empty`` for an empty one; ValueError for anything that is not JSON."""
    if not raw:
        return empty
    try:
        return json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise ValueError("not valid JSON") from None
