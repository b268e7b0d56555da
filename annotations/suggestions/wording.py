"""Small helpers that keep the reasons of suggestions in plain, grammatical English: the article before a
noun phrase, a count with its noun, a source's possessive."""

import re

from annotations.suggestions.subjectivity import frequencies

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


def joined(parts: list[str]) -> str:
    """Items of a list as a sentence reads them: "a", "a and b", "a, b and c"."""
    if len(parts) <= 1:
        return "".join(parts)
    return f"{', '.join(parts[:-1])} and {parts[-1]}"


def as_clause(note: str) -> str:
    """A note written as a sentence, made to read inside brackets mid-sentence: its full stop dropped and its
    first letter lower-cased ("Frames motive." -> "frames motive"), unless it opens with a name or an
    acronym ("VADER ...", "Recasens ...")."""
    note = note.strip().rstrip(".")
    first = note.split(" ", 1)[0]
    if first[:1].isupper() and first[1:].islower() and _english(first):
        return note[:1].lower() + note[1:]
    return note


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


DETERMINERS = frozenset("The A An Some Many Most Several Two Three Four Five".split())
# a plural of people or bodies that can stand alone as a source ("Experts", "Councillors", "Unions"); a short word
# in -ers is as likely a name ("Reuters", "Peters"), so only a long one or one of a short list counts
PEOPLE_PLURAL = re.compile(r"^[A-Z][a-z-]{4,}ers$|"
                           r"^[A-Z][a-z-]*(?:ors|ists|ysts|ians|ants|ents|ives|eers|ees|ics|ions|ials)$|"
                           r"^(?:Police|Pubs|Markets|Businesses|Families|Experts|Critics|Locals|Parents|Patients|Sources|"
                           r"Staff|Farmers|Miners|Voters|Traders|Leaders|Growers|Workers|Drivers|Buyers|Members|Owners|"
                           r"Users|Bosses)$")
COMMON = 0.95  # a rarity below which a capitalised word is taken for an English word, not a name
# adjectives of nationality keep their capital ("Chinese experts", "Welsh farmers", "Greek officials")
NATIONALITY = re.compile(r"(?:ese|an|ish|sh|ch|ic|i)$|^(?:Greek|Thai|Swiss|Dutch|Czech)$")
IN_NAMES = frozenset("of for and the de del la le von van".split())


def mid_sentence(source: str) -> str:
    """A source as it reads inside a sentence: a name keeps its capitals, while a word capitalised only
    because it opened the article's sentence loses its capital: a determiner ("The report" -> "the report"),
    a plural of people alone ("Experts" -> "experts") or a common word before a lower-case one ("Furious
    residents", "Analysts at Nordbank"), but not a name ("Police Scotland", "Ministry of Defence", "Japan's
    defence ministry", "Westbridge council")."""
    source = source.strip()
    first, _, rest = source.partition(" ")
    following = rest.split(" ", 1)[0]
    opened = first in DETERMINERS or (
        PEOPLE_PLURAL.match(first) if not rest else following.islower() and following not in IN_NAMES
        and "'" not in first and "’" not in first and (PEOPLE_PLURAL.match(first) or _english(first))
    )
    if opened and not (len(first) > 1 and first.isupper()):
        source = first.lower() + (" " + rest if rest else "")
    return source


def _english(word: str) -> bool:
    """Whether ``word`` is a common English word rather than a name ("Furious", "Business"; not "Westbridge")."""
    return frequencies().get(word.lower(), 1.0) < COMMON and not NATIONALITY.search(word)


def vader_rating(score: float) -> str:
    """A VADER valence with its scale: "VADER sentiment -1.4 on a -4 to +4 scale"."""
    return f"VADER sentiment {score:+.1f} on a -4 to +4 scale"
