"""Word classes, enough to tell where a phrase may end: closed classes listed in full, open classes from the
word list of Brill's part-of-speech tagger that the ``textblob`` package ships (``en/en-lexicon.txt``, each
word's most frequent Penn Treebank tag; read straight from the file, no download, no network).

Policy: a phrase ends on a noun, a name or a figure with its unit; never on a determiner, a preposition, a
conjunction, an auxiliary, a pronoun ("that", "which", "who"), an adverb, an adjective without its noun or a
bare number. The classes are the same for any English text; nothing here knows a subject.
"""

import functools
from importlib.util import find_spec
from pathlib import Path

DETERMINERS = frozenset({
    "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your",
    "some", "any", "no", "each", "every", "several", "many", "few", "all", "both", "either", "neither", "such",
    "another", "much", "more", "most", "less", "fewer", "whose", "what", "whatever", "which",
})
PREPOSITIONS = frozenset({
    "about", "above", "across", "after", "against", "along", "amid", "amidst", "among", "amongst", "around",
    "as", "at", "before", "behind", "below", "beneath", "beside", "besides", "between", "beyond", "by",
    "despite", "during", "except", "for", "from", "in", "inside", "into", "like", "near", "of", "off", "on",
    "onto", "out", "outside", "over", "past", "per", "since", "through", "throughout", "to", "toward",
    "towards", "under", "underneath", "until", "till", "up", "upon", "via", "with", "within", "without",
})
CONJUNCTIONS = frozenset({
    "and", "or", "but", "nor", "yet", "so", "because", "although", "though", "while", "whilst", "whereas",
    "if", "unless", "whether", "than", "once", "when", "where", "why", "how", "then",
})
AUXILIARIES = frozenset({
    "be", "am", "is", "are", "was", "were", "been", "being", "have", "has", "had", "having", "do", "does",
    "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "ought", "not",
    "won't", "can't", "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't", "hasn't",
    "haven't", "hadn't", "wouldn't", "shouldn't", "couldn't",
})
PRONOUNS = frozenset({
    "i", "you", "he", "she", "it", "we", "they", "me", "him", "us", "them", "myself", "yourself", "himself",
    "herself", "itself", "ourselves", "themselves", "who", "whom", "that", "which", "there", "here",
    "it's", "one", "ones", "someone", "something", "anyone", "anything", "everyone", "everything", "nobody",
    "nothing", "mine", "yours", "hers", "ours", "theirs",
})
SUBJECTS = frozenset({"i", "you", "he", "she", "we", "they"})
CLOSED = DETERMINERS | PREPOSITIONS | CONJUNCTIONS | AUXILIARIES | PRONOUNS

# The classes a word is put in.
DETERMINER, PREPOSITION, CONJUNCTION, AUXILIARY, PRONOUN = "det", "prep", "conj", "aux", "pron"
ADJECTIVE, NOUN, NAME, NUMBER, POSSESSIVE = "adj", "noun", "name", "num", "poss"
VERB, PARTICIPLE, GERUND, ADVERB, OTHER = "verb", "participle", "gerund", "adv", "other"


def textblob_folder() -> Path:
    """The folder of English word lists the ``textblob`` package ships (found without importing the package)."""
    spec = find_spec("textblob")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("the textblob package is needed for its word lists")
    return Path(next(iter(spec.submodule_search_locations))) / "en"


@functools.cache
def tags() -> dict[str, str]:
    """Word (as written in the tagger's list, case kept) -> its most frequent Penn Treebank tag. Read once per
    process: the rhetoric rules' tag table (``annotations.suggestions.subjectivity.tags``) is built on it."""
    found = {}
    for line in (textblob_folder() / "en-lexicon.txt").read_text("utf-8").splitlines():
        parts = line.split()
        if len(parts) >= 2 and not line.startswith(";;;"):
            found.setdefault(parts[0], parts[1])
    return found


def plain(word: str) -> str:
    return word.lower().replace("’", "'")


def is_figure(word: str) -> bool:
    return word[:1].isdigit()


def has_unit(word: str) -> bool:
    """A figure that carries its unit in the same token ("4%", "1990s")."""
    return is_figure(word) and not word.replace(",", "").replace(".", "").isdigit()


@functools.lru_cache(maxsize=100_000)
def word_class(word: str, sentence_start: bool = False) -> str:
    """The class of ``word`` as written; ``sentence_start`` says a capital may only mark a new sentence."""
    lowered = plain(word)
    if is_figure(word):
        return NOUN if has_unit(word) else NUMBER
    if lowered.endswith("'s") and lowered not in CLOSED or lowered.endswith("s'") and len(lowered) > 3:
        return POSSESSIVE
    table = tags()
    if word.isupper() and len(word) > 1:
        # Capitals: an acronym is a name ("US", "DPRK"); a word set in capitals for emphasis keeps its class.
        found = table.get(lowered, "")
        if len(word) < 4 or not found or found.startswith("NNP"):
            return NAME
        return _from_tag(lowered, found)
    if word[:1].isupper():
        if not sentence_start:
            return PRONOUN if lowered == "i" else NAME
        if lowered in CLOSED:
            return closed_class(lowered)
        found = table.get(lowered, "")
        if not found or found.startswith("NNP"):
            return NAME
        return _from_tag(lowered, found)
    if lowered in CLOSED:
        return closed_class(lowered)
    if "-" in lowered:
        first, last = lowered.split("-", 1)[0], lowered.rsplit("-", 1)[-1]
        if is_figure(first) or table.get(first, "") == "CD":
            return ADJECTIVE  # "three-day", "40-hectare": a measure before its noun
        found = table.get(last, "")
        return ADJECTIVE if found[:2] in ("JJ", "VB", "RB") or not found else _from_tag(last, found)
    return _from_tag(lowered, table.get(lowered, "") or table.get(word, "") or table.get(american(lowered), ""))


# British and American endings of the same word ("apologise" / "apologize"), longest first where one ends
# another: the word lists were written in American English, most of our pages are not.
SPELLINGS = (("isations", "izations"), ("isation", "ization"), ("ising", "izing"), ("ised", "ized"),
             ("ises", "izes"), ("ise", "ize"), ("ysing", "yzing"), ("ysed", "yzed"), ("yses", "yzes"),
             ("yse", "yze"))


def american(word: str) -> str:
    """The American spelling of a British "-ise" word ("apologise" -> "apologize")."""
    for british, us in SPELLINGS:
        if word.endswith(british):
            return word[: -len(british)] + us
    return word


def british(word: str) -> str:
    """The British spelling of an American "-ize" word ("agonizing" -> "agonising"); the word itself if none."""
    for ending, us in SPELLINGS:
        if word.endswith(us):
            return word[: -len(us)] + ending
    return word


def closed_class(lowered: str) -> str:
    # Order matters for words in two lists: "that" and "which" open clauses more often than noun phrases.
    if lowered in PRONOUNS:
        return PRONOUN
    if lowered in AUXILIARIES:
        return AUXILIARY
    if lowered in DETERMINERS:
        return DETERMINER
    if lowered in PREPOSITIONS:
        return PREPOSITION
    return CONJUNCTION


def _from_tag(lowered: str, tag: str) -> str:
    if not tag:
        return NOUN  # a word the list lacks is most often a rare noun or a name
    if tag.startswith("NNP"):
        return NAME
    if tag.startswith("NN"):
        return NOUN
    if tag.startswith("JJ"):
        return ADJECTIVE
    if tag == "CD":
        return NUMBER
    if tag == "VBN":
        return PARTICIPLE
    if tag == "VBG":
        return GERUND
    if tag.startswith("VB"):
        return VERB
    if tag == "MD":
        return AUXILIARY
    if tag.startswith("RB") or tag == "WRB":
        return ADVERB
    if tag in ("DT", "PDT", "WDT", "PRP$"):
        return DETERMINER
    if tag in ("IN", "TO"):
        return PREPOSITION
    if tag == "CC":
        return CONJUNCTION
    if tag in ("PRP", "WP", "EX"):
        return PRONOUN
    return OTHER


def may_end_phrase(word: str, sentence_start: bool = False) -> bool:
    """Whether a phrase may end on ``word``: a noun, a name or a figure with its unit, never a closed-class
    word, an adjective, an adverb, a verb form or a bare number."""
    return word_class(word, sentence_start) in (NOUN, NAME)
