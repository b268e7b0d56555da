"""Amharic's figures in words: the one table of them, for the claims' figures (``claims.normalise``, which reads
their values) and the suggested figure highlights (``suggestions.claims``, which reads which words are figures)
alike. Figures in Ethiopic numerals ("፳፫") are ``ethiopic_numerals``'s.

Units two to ten and the tens twenty to ninety, each in the spellings pages write ("ሦስት", "ሶስት"; "አሥር", "አስር",
"ዐሥር"); "አስራ" (ten and) before a unit ("አስራ አንድ", eleven); "አንድ" (one, which is also "a": each reader says
where it counts); "መቶ" (hundred) after them; the words of scale after a figure ("ሺህ", "ሚሊዮን") and their plurals,
which count without a figure ("መቶዎች", hundreds). A one-syllable preposition is written onto the word it governs
(``GLUED_PREPOSITIONS``: "የሁለት ሰዎች", of two people; "ከአምስት በላይ", more than five).
"""

UNITS = {"ሁለት": 2, "ሦስት": 3, "ሶስት": 3, "አራት": 4, "አምስት": 5, "ስድስት": 6, "ሰባት": 7, "ስምንት": 8, "ዘጠኝ": 9,
         "አስር": 10, "አሥር": 10, "ዐሥር": 10}
TENS = {"ሃያ": 20, "ሀያ": 20, "ሠላሳ": 30, "ሰላሳ": 30, "አርባ": 40, "ሃምሳ": 50, "ሀምሳ": 50, "ስልሳ": 60, "ስድሳ": 60,
        "ሰባ": 70, "ሰማንያ": 80, "ዘጠና": 90}
TEN_AND = frozenset({"አስራ", "አሥራ", "ዐሥራ"})
ONE = "አንድ"
HUNDRED = frozenset({"መቶ"})
SCALES = {"ሺህ": 1_000, "ሺ": 1_000, "ሚሊዮን": 1_000_000, "ቢሊዮን": 1_000_000_000}
PLURAL_SCALES = frozenset({"መቶዎች", "ሺዎች", "ሚሊዮኖች"})
GLUED_PREPOSITIONS = ("የ", "በ", "ከ", "ለ")
