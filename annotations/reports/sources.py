"""Who is cited: one name per source, however the outlet wrote it.

Policy: two attributions name the same source when their names agree once the wrapping is taken off: case
and spacing, a leading article ("the ministry"), a courtesy or office title ("Mr Kim", "Chief executive Maria
Holm"), a rank or an occupation written before a name as a title ("Detective Sergeant Liam Oduya", "Forecaster
Alex Deakin") but not a title word that opens the name of a body ("Major League Baseball", "Coach House
Trust"), a descriptor before a name in capitals ("state media KCNA", "state news agency KCNA") or after it
("the KCNA news agency"), and an acronym in brackets beside its long form ("Korea Real Estate Board (KREB)").
Within one outlet, an acronym alone joins the long form whose initials it spells, and a single name
("Kim") joins the one longer name it begins or ends ("Kim Jong Un"), when there is exactly one. The label
shown for a group is its most frequent plain spelling (one with no wrapping), else its most frequent one.
Pure functions: no database.
"""

import re
from collections import Counter, defaultdict
from functools import lru_cache

from annotations.names import BODY_WORDS, NAME_PARTICLES, TITLES

ARTICLES = frozenset("the a an".split())
# Words that describe what kind of source a name is; around a name in capitals they are wrapping.
DESCRIPTORS = frozenset(
    """
    state state-run state-owned official media news agency newspaper daily broadcaster television tv radio
    network outlet channel wire service website
    """.split()
)
BRACKETED = re.compile(r"\s*\(([^()]{1,20})\)\s*")
WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
LINKING = frozenset("of the and for on in at to".split())


def _words(name: str) -> list[str]:
    return WORD.findall(BRACKETED.sub(" ", name))


@lru_cache(maxsize=65536)
def source_key(name: str) -> str:
    """The name with its wrapping taken off, case-folded: the key two spellings of one source share. (Kept per
    spelling: a report over a million highlights asks for the same few thousand spellings every time.)"""
    words = _words(name)
    while words and words[0].casefold() in ARTICLES:
        words = words[1:]
    capitals = [w for w in words if len(w) >= 2 and w.isupper()]
    if capitals and all(w.casefold() in DESCRIPTORS or w in capitals for w in words):
        words = capitals  # "state media KCNA", "KCNA news agency" -> "KCNA"
    # A title before a name: "Mr Kim", "Council leader Joanne Eames", "Chief executive Maria Holm",
    # "Detective Sergeant Liam Oduya", "AEMET spokesman Rubén del Campo"; not when what follows names a body:
    # "Major League Baseball", "Coach House Trust", "Captain Tom Foundation".
    titled = [i for i, w in enumerate(words[:-1]) if w.casefold() in TITLES]
    if titled:
        rest = words[titled[-1] + 1 :]
        if rest and rest[0][:1].isupper() and all(w[:1].isupper() or w in NAME_PARTICLES for w in rest) and not any(
            w.casefold() in BODY_WORDS for w in rest
        ):
            words = rest
    return " ".join(words).casefold()


def acronyms_of(name: str) -> set[str]:
    """The initials a long form may be shortened to: "Korea Real Estate Board" -> "kreb"; "Transport for
    London" -> "tfl" or "tl" (linking words kept or left out; articles always left out)."""
    words = [w for w in _words(name) if w.casefold() not in ARTICLES]
    if len(words) < 2:
        return set()
    content = [w for w in words if w.casefold() not in LINKING]
    return {"".join(w[0] for w in words).casefold(), "".join(w[0] for w in content).casefold()}


def _looks_like_acronym(text: str) -> bool:
    return " " not in text and len(text) >= 2 and sum(c.isupper() for c in text) >= 2 and text[:1].isupper()


def bracketed_acronym(name: str) -> str:
    match = BRACKETED.search(name)
    inner = match.group(1).strip() if match else ""
    return inner.casefold() if _looks_like_acronym(inner) else ""


def group_sources(names: list[str]) -> dict[str, str]:
    """Each name -> the label of its group (the most frequent spelling among the names of the group)."""
    keys = {name: source_key(name) for name in names}
    distinct = set(keys.values()) - {""}
    alias = {}
    for name, key in keys.items():
        spelled = bracketed_acronym(name)
        if spelled and spelled != key:
            alias[spelled] = key  # "Korea Real Estate Board (KREB)": "kreb" means the long form
    for key in distinct:
        if key in alias or " " in key:
            continue
        spelled_out = [other for other in distinct if other != key and key in acronyms_of(other)]
        if len(spelled_out) == 1:
            alias[key] = spelled_out[0]
            continue
        longer = [other for other in distinct if other.split()[0] == key or other.split()[-1] == key]
        longer = [other for other in longer if other != key]
        if len(longer) == 1:
            alias[key] = longer[0]

    def final(key):
        seen = set()
        while key in alias and key not in seen:
            seen.add(key)
            key = alias[key]
        return key

    members = defaultdict(Counter)
    for name in names:
        members[final(keys[name])][" ".join(name.split())] += 1
    label = {}
    for key, spellings in members.items():
        plain = Counter({spelling: n for spelling, n in spellings.items() if source_key(spelling) == key})
        label[key] = (plain or spellings).most_common(1)[0][0]
    return {name: label[final(keys[name])] for name in names}
