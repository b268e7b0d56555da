"""Topic labels: a short phrase taken from the topic's own passages that names what they share.

Policy: a label is a phrase that occurs, word for word, in one of the topic's passages — a run of words
inside one clause that starts and ends on a content word, may hold a few linking words ("of", "the",
"against"), and never cuts a name in two (a capitalised run of words is kept whole or left out). Among the
candidate phrases, the one whose words are most distinctive of the topic (frequent in it, rare in the other
topics, used by several of its articles) wins, with a preference for phrases of two to five words that
several passages share. A bare list of words is never built: when no phrase qualifies, the label is the
opening words of the topic's most typical passage, cut at a clause boundary.
"""

import functools
import math
import re
from collections import Counter, defaultdict
from collections.abc import Hashable, Sequence

from newsdesk.alignment.words import stem, stop_words

# Words and the punctuation between them; a phrase never spans punctuation other than a hyphen inside a word.
TOKEN = re.compile(r"\d+(?:[.,]\d+)*%?|[^\W_]+(?:['’\-][^\W_]+)*|[^\w\s]", re.UNICODE)
# Words that come before a noun phrase; a word seen after one of them can open or close a noun phrase,
# which is how verbs ("meet", "suggest") are told from nouns without a dictionary.
DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "this", "these", "those", "that", "our",
                         "new", "of", "for", "two", "three", "several", "many", "some", "any", "no", "each"})
# Linking words a noun phrase may hold inside it ("Reserve Bank of Norland", "arms for Russia").
LINKS = frozenset({"of", "for", "on", "in", "to", "and", "the", "a", "an", "over", "against", "with", "from",
                   "at", "by", "into", "after"})
# Word classes that rarely end a noun phrase: adverbs and verb forms (by suffix), and reporting verbs.
NOT_AT_EDGE = re.compile(r"(?:ly|ing|ed)$")
REPORTING = frozenset({"said", "says", "say", "told", "added", "according", "announced", "reported", "urged"})
MAX_WORDS = 6
LABEL_SAMPLE = 12  # passages per topic read for phrases, spread over its articles: labels cost no more in big stories
PREFERRED_WORDS = range(2, 6)
FALLBACK_WORDS = 6


def tokens(text: str) -> list[str]:
    return TOKEN.findall(text)


def token_spans(text: str) -> list[tuple[str, int, int]]:
    """Each token of ``text`` with where it starts and ends."""
    return [(match.group(), match.start(), match.end()) for match in TOKEN.finditer(text)]


def is_word(token: str) -> bool:
    return bool(token) and (token[0].isalnum())


def is_capitalised(token: str) -> bool:
    return token[:1].isupper()


@functools.lru_cache(maxsize=100_000)
def is_content(token: str) -> bool:
    lowered = token.lower().replace("’", "'")
    return is_word(token) and lowered not in stop_words() and lowered not in LINKS and len(lowered) > 1


def candidate_phrases(words: list[str], text: str | None = None, spans: list[tuple[int, int]] | None = None):
    """(phrase, content stems) for every run of ``words`` (a passage's tokens) that may stand as a label.

    With the passage's ``text`` and each word's ``spans`` in it, a phrase is cut from the text itself, so it
    reads as the passage does where two tokens touch ("900MW", not "900 MW"; a line break reads as a space);
    otherwise the words are joined by spaces."""
    for start, first in enumerate(words):
        if not is_content(first) or not _edge_ok(first):
            continue
        # A name is kept whole: no phrase starts inside a run of capitalised words.
        previous = words[start - 1] if start else ""
        if is_capitalised(first) and is_word(previous) and is_capitalised(previous) and is_content(previous):
            continue
        links = 0
        for end in range(start, min(len(words), start + MAX_WORDS + 3)):
            token = words[end]
            if not is_word(token):
                break
            if token.lower() in REPORTING:
                break
            if not is_content(token):
                links += 1
                if links > 2 or not is_content(words[end - 1]):
                    break
                continue
            span = words[start:end + 1]
            content = [w for w in span if is_content(w)]
            if len(content) > MAX_WORDS - 1:
                break
            if not _edge_ok(token) or token[:1].isdigit() and end > start:
                continue  # a figure closes no label: its unit or its object follows it
            following = words[end + 1] if end + 1 < len(words) else ""
            if is_capitalised(token) and is_word(following) and is_capitalised(following):
                continue  # the phrase would end inside a name
            if text is not None and spans:
                phrase = re.sub(r"\s+", " ", text[spans[start][0]:spans[end][1]])
            else:
                phrase = " ".join(span)
            yield phrase, tuple(stem(w.lower()) for w in content)


def _edge_ok(token: str) -> bool:
    """Whether ``token`` may open or close a label."""
    lowered = token.lower().replace("’", "'")
    if lowered in REPORTING or lowered.endswith("'s"):
        return False
    return is_capitalised(token) or token[:1].isdigit() or not NOT_AT_EDGE.search(lowered)


def label_topics(texts: Sequence[str], assignment: Sequence[int], articles: Sequence[Hashable]) -> dict[int, str]:
    """A label per topic number in ``assignment`` (one number per text)."""
    topics = sorted(set(assignment))
    rows_of: dict[int, list[int]] = defaultdict(list)
    for row, topic in enumerate(assignment):
        rows_of[topic].append(row)
    sample = {topic: spread(rows, articles, LABEL_SAMPLE) for topic, rows in rows_of.items()}
    spans_of = {row: token_spans(texts[row]) for rows in sample.values() for row in rows}
    words_of = {row: [token for token, _, _ in spans] for row, spans in spans_of.items()}
    topic_terms: dict[int, Counter] = defaultdict(Counter)
    topic_articles: dict[int, dict[str, set]] = defaultdict(lambda: defaultdict(set))
    sizes = {topic: len(rows) for topic, rows in sample.items()}
    for topic, rows in sample.items():
        for row in rows:
            for term in {stem(w.lower()) for w in words_of[row] if is_content(w)}:
                topic_terms[topic][term] += 1
                topic_articles[topic][term].add(articles[row])
    present = Counter(term for topic in topics for term in topic_terms[topic])
    article_count = {topic: len({articles[row] for row in rows}) for topic, rows in sample.items()}

    def weight(topic: int, term: str) -> float:
        share = topic_terms[topic][term] / sizes[topic]
        spread_share = len(topic_articles[topic][term]) / article_count[topic]
        return share * math.log(1 + len(topics) / present[term]) * (0.5 + 0.5 * spread_share)

    nominal = set()
    for words in words_of.values():
        for before, word in zip(words, words[1:], strict=False):
            if before.lower() in DETERMINERS and is_word(word):
                nominal.add(word.lower())

    def noun_like(word: str) -> bool:
        return is_capitalised(word) or word[:1].isdigit() or word.lower() in nominal

    labels: dict[int, str] = {}
    taken: set[str] = set()
    for topic in topics:
        rows = sample[topic]
        found: dict[str, list] = {}
        for row in rows:
            spans = [(begin, end) for _, begin, end in spans_of[row]]
            for phrase, stems in candidate_phrases(words_of[row], texts[row], spans):
                key = " ".join(stems)
                entry = found.setdefault(key, [phrase, stems, set()])
                entry[2].add(row)
        scored = []
        for phrase, stems, where in found.values():
            if not stems or len(set(stems)) != len(stems):
                continue
            values = sorted((weight(topic, term) for term in stems), reverse=True)
            length = len(stems)
            score = sum(values[:3]) / (1 + 0.15 * max(0, length - 3))
            score *= (1 + 0.25 * min(len(where) - 1, 3))
            if length not in PREFERRED_WORDS:
                score *= 0.5 if length > 1 else 0.3
            words = phrase.split()
            score *= (1.0 if noun_like(words[0]) else 0.6) * (1.0 if noun_like(words[-1]) else 0.6)
            scored.append((score, -len(phrase), phrase))
        scored.sort(reverse=True)
        label = next((phrase for _, _, phrase in scored if phrase.lower() not in taken), "")
        if not label:
            label = opening_words(texts[rows[0]]) if rows else "Other passages"
        taken.add(label.lower())
        labels[topic] = label[:1].upper() + label[1:]
    return labels


def spread(rows: list[int], articles: Sequence[Hashable], size: int) -> list[int]:
    """Up to ``size`` of ``rows``, taken in turn from each article so every outlet's wording counts."""
    if len(rows) <= size:
        return rows
    queues: dict[Hashable, list[int]] = defaultdict(list)
    for row in rows:
        queues[articles[row]].append(row)
    chosen: list[int] = []
    while len(chosen) < size:
        for queue in queues.values():
            if queue and len(chosen) < size:
                chosen.append(queue.pop(0))
    return sorted(chosen)


def opening_words(text: str) -> str:
    """The first words of ``text`` up to a clause boundary: a phrase, never a list."""
    words = []
    for token in tokens(text):
        if not is_word(token):
            if words:
                break
            continue
        words.append(token)
        if len(words) == FALLBACK_WORDS:
            break
    return " ".join(words) or "Other passages"
