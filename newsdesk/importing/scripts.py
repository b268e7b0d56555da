"""What the line and sentence rules need to know of writing systems beyond the Latin alphabet, in one place.

Policy: sentence ends and capitals are told by Unicode's classes of characters, never by a list of words.
``STOPS`` are the full stops, question and exclamation marks of scripts that have their own: the danda of
Devanagari, Bengali and their neighbours (``।`` ``॥``), the Arabic question mark and the Urdu full stop
(``؟`` ``۔``), Armenian (``։``), Ethiopic (``።`` ``፧``), Myanmar (``။``), Khmer (``។`` ``៕``). They end a
sentence where ``.`` ``!`` ``?`` would; they follow no abbreviation. ``CJK_STOPS`` are
those of Chinese and Japanese, which end a sentence with no space after them.
"""

STOPS = "\u0964\u0965\u061f\u06d4\u0589\u1362\u1367\u1368\u104b\u17d4\u17d5"
CJK_STOPS = "。！？"


def opens_in_lower_case(text: str) -> bool:
    """``text`` starts with a small letter of a script that writes a capital at the start of a sentence.

    Georgian has small letters and capitals (Mtavruli), but its prose is written in small letters only: the
    title case of such a letter is the letter itself, and a sentence may open with it."""
    first = text[:1]
    return first.islower() and first.title() != first
