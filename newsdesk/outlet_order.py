"""The order in which outlets are listed for a reader: by name with case and diacritics folded, so that "Șoimul Press"
stands among the S and "NXT North" after "NewsLantern", whatever the database's collation. The database orders by
raw code point (SQLite) or by its locale (PostgreSQL), so lists are sorted here, after the query, the same on both.

Plain Python, no Django.
"""

import datetime as dt
import unicodedata


def outlet_key(name: str) -> tuple[str, str]:
    """How ``name`` sorts among outlets: decomposed (NFKD), without its combining marks, case-folded; the name as
    written breaks a tie between two that fold alike."""
    bare = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return bare.casefold(), name


def article_key(outlet_name: str, published: dt.date | None, pk) -> tuple:
    """How an article sorts in a story's columns: by its outlet (``outlet_key``), then by its date, an article without
    one after those with one (on every database alike), then by its key."""
    return outlet_key(outlet_name), published is None, published or dt.date.max, pk or 0


def by_outlet(articles) -> list:
    """``articles`` (Article objects with their outlet) in the order of a story's columns (``article_key``)."""
    return sorted(articles, key=lambda a: article_key(a.outlet.name, a.published, a.pk))
