"""Small helpers that keep the reasons of suggestions in plain, grammatical English: the article before a
noun phrase, a count with its noun, a source's possessive."""

import re

# words that start with a vowel letter but a consonant sound ("a unit", "a one-off", "a European")
_CONSONANT_SOUND = re.compile(r"(?:uni|use|usu|uti|ura|eu|one\b|once\b)", re.IGNORECASE)
# words that start with a silent h ("an hour", "an honest")
_SILENT_H = re.compile(r"(?:hour|honest|honou?r|heir)", re.IGNORECASE)


def with_article(phrase: str) -> str:
    """``phrase`` after "a" or "an", chosen by the sound of its first word: "an intensifier", "a verb",
    "an “-ing” form", "a unit", "an hour"."""
    word = phrase.lstrip("“”\"'‘’-(")
    vowel = word[:1].lower() in "aeiou" and not _CONSONANT_SOUND.match(word) or _SILENT_H.match(word)
    return f"{'an' if vowel else 'a'} {phrase}"


def counted(number: int, noun: str, plural: str | None = None) -> str:
    """ "1 word", "2 words": the noun in the plural unless the number is one."""
    return f"{number} {noun if number == 1 else plural or noun + 's'}"


def possessive(source: str) -> str:
    """A source's possessive as it reads inside a sentence: a name keeps its capitals ("Reuters'", "the
    minister's" stays as written), a common noun loses the capital of a sentence start ("The report" -> "the
    report's"), and a plural in -s takes a bare apostrophe ("Experts" -> "experts'")."""
    source = mid_sentence(source)
    if source.endswith("'") or source.endswith("’"):
        return source
    if source.endswith("s") and not source.endswith(("ss", "us", "is")):
        return source + "'"
    return source + "'s"


def mid_sentence(source: str) -> str:
    """A source as it reads inside a sentence: a name keeps its capitals, while a determiner or a plural of
    people that opened the article's sentence loses its capital ("The report" -> "the report")."""
    source = source.strip()
    first, _, rest = source.partition(" ")
    if first in ("The", "A", "An", "Some", "Many", "Most", "Several", "Two", "Three", "Officials", "Experts",
                 "Critics", "Analysts", "Residents", "Witnesses", "Researchers", "Scientists", "Doctors",
                 "Police", "Prosecutors", "Economists", "Campaigners", "Officers", "Investigators"):
        source = first.lower() + (" " + rest if rest else "")
    return source
