"""Topic alignment: group the passages of a story's articles into sub-topics, so that passages about the same
thing share a row of the comparison grid across outlets.

Method, in four steps, each general to any story (nothing here knows a subject, a name or a site):

1. Page furniture (``furniture.py``) is set aside by its shape (captions, menus, prompts, appeals) and by its
   place (the lines above an article's first paragraph: its headline, a deck).
2. Each remaining passage becomes a TF-IDF vector (scikit-learn) of lightly stemmed words, figures and
   character n-grams, weighted within the story, so words every article uses (the story's protagonists)
   count for little and words that mark a sub-topic count for much; latent semantic analysis (an ensemble
   of decompositions) lets words that occur together stand in for each other.
3. Passages are grouped the way a reader lines outlets up side by side. Each article is first cut into
   segments: neighbouring paragraphs hold together when the paragraphs either side of the gap are well over
   half as alike as either is like its closest paragraph in another outlet (a bar relative to the story:
   sections no other outlet reports hold together while parallel accounts stay paragraph by paragraph) and the
   gap is not at the bottom of a valley of cohesion (where the article turns to another thing), unless
   another outlet reports the two apart (each is the mutual best match of a different paragraph there), or when
   a paragraph opens with a quotation that carries on the one before, or answers the interviewer's question right
   above it (a speaker's label that leads an article's lines again and again is its form, and its words are not
   counted). Segments of different outlets that are
   each other's best match, clearly ahead of the runner-up (an outlet that does not report a sub-topic still
   has a closest segment to it, but not a distinctive one), form rows, grown by average linkage over those
   matches only (so the story's common words never gather a grab bag); rows that are alike on average are
   joined, and a segment left alone joins the row that holds its closest segments in most other outlets, or
   the row it is clearly more like than it is like the story at large. Those rules' rows are not the answer: a
   row model (``row_model.py``, a logistic regression fitted on the hand-made gold of the stories written for
   the project, never on the seeds) weighs them with the other readings of every pair of segments (how alike,
   how far above each one's average, its rank and margin in the other's article, how far apart in one article),
   and segments join by average linkage over its probabilities; a segment of one passage (not a lede) that is no
   more likely with its row than with the story at large (a paragraph on something only its outlet reports) is
   then a row of its own, a visible gap. Passages an editor placed, and the
   members of topics an editor curated, stay where they are. Beyond a bound the story is clustered on a sample and
   the rest assigned, so the cost grows linearly with the story.
4. Each topic is labelled with a phrase from its own passages (``labels.py``).

``align`` is pure; ``align_story`` reads a story's passages and writes its topics and placements.
"""

import functools
import math
import re
from collections import Counter, defaultdict
from collections.abc import Collection, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from newsdesk.alignment import furniture as furniture_rules
from newsdesk.alignment import labels, row_model
from newsdesk.alignment.release_notes import notes_label, notes_under_the_label

# The words the alignment counts live in their own module; these names stay importable from here.
from newsdesk.alignment.words import (  # noqa: F401
    NUMBER,
    TOKEN,
    analyse,
    content_words,
    stem,
    stop_words,
    terms_with_surface,
    unigrams,
)
from newsdesk.importing.languages import language_of_texts

CHAR_WEIGHT = 0.3  # share of character n-grams against whole words in a passage's vector
MIN_DIMENSIONS = 10
DIMENSIONS_PER_ROOT = 2.2  # latent dimensions grow with the square root of the number of passages,
MAX_DIMENSIONS = 48  # up to a bound, which keeps the decomposition linear in the size of the story
ENSEMBLE_RANKS = (0.7, 1.0, 1.4)  # each decomposition's rank, as a share of the rank above
NEIGHBOUR_WEIGHT = 0.1  # how much a passage borrows from the paragraphs either side of it
# Segments: two neighbouring paragraphs of one article report the same thing when the two paragraphs before
# the gap and the two after it are at least this share as alike as either paragraph is like its closest
# paragraph in another outlet. The bar is relative, so it follows the story: where outlets cover the same
# ground, a paragraph's match in another article is strong and neighbours stay apart; where an article has
# sections no other outlet reports, the neighbours hold together.
SEGMENT_WINDOW = 2
SEGMENT_SHARE = 0.6
# ... unless at the bottom of a valley: a gap whose cohesion is this far below the peaks either side of it
# (summed) is a turn to another thing, even where the article's paragraphs are all alike.
SEGMENT_DEPTH = 0.4
# ... unless they are parallel to another outlet's account: each is the mutual best match, at least this
# alike, of a different paragraph of one other article (that outlet reports them apart, so they are two things).
PARALLEL_SIMILARITY = 0.35
PARALLEL_MARGIN = 0.05  # ... and at least this much more alike than either paragraph's runner-up there
MATCH_SIMILARITY = 0.5  # two segments of different outlets, each the other's best match there, are a match
# ... when each stands out from its runner-up there by this much: an outlet that does not report a sub-topic
# still has a closest segment to it, but that one is about as close as its others.
MATCH_MARGIN = 0.15
SAME_ARTICLE_SIMILARITY = 0.6  # two segments of one article this alike are a match too (see segment_matches)
ROW_SIMILARITY = 0.1  # rows grow by average linkage over matches (other pairs count as zero) down to this
JOIN_SIMILARITY_ROWS = 0.4  # rows whose passages are on average this alike are one sub-topic
SHARED_ARTICLE_MARGIN = 0.1  # ... and this much more alike when an article has passages in both
# A segment left alone joins the row it is on average most similar to when that is this much above its average
# similarity to every other segment of the story: a paragraph worded like the whole story (background) is like
# every row a little and joins none, a paragraph on one sub-topic stands out against the row that reports it.
ATTACH_LIFT = 0.15
# ... or the row that holds its closest segment in most other articles, when in at least one of them that segment
# is this much more like it than it is, on average, like every other segment: an article that does not report a
# segment's sub-topic still has a closest segment, most often its lede, and in a story of many outlets the ledes'
# row would otherwise collect every segment left alone (votes no article gives clearly are no reason).
VOTE_LIFT = 0.2
ANCHOR_SIMILARITY = 0.35  # a new passage joins a curated topic whose centroid it is at least this similar to
JOIN_SIMILARITY = 0.3  # in large stories: a passage joins the nearest topic centroid at least this similar
EXACT_LIMIT = 600  # passages clustered exactly; beyond, a sample is clustered and the rest assigned
MAX_EXTRA_TOPICS = 40


@dataclass(frozen=True)
class PassageText:
    """A passage as the alignment sees it: a key to find it again, its article, its position and its text."""

    key: Hashable
    article: Hashable
    index: int
    text: str


@dataclass
class TopicDraft:
    label: str
    members: list[Hashable]
    group: Hashable | None = None  # the hand-placed group this topic continues, if any


@dataclass
class Alignment:
    topics: list[TopicDraft]
    furniture: list[Hashable]
    reasons: dict[Hashable, list[str]] = field(default_factory=dict)


# --- vectors -------------------------------------------------------------------------------------------

# A label that leads a line: a speaker's name or role in an interview or a transcript ("DANBY:", "Q:", "Dr Lena
# Holt:", "ጋዜጠኛ፦"), a box's field ("Claim:", "Verdict:").
# A transcript's turn may carry its time code before the label and a role or a place in brackets after it
# (``furniture.TURN_TIME_CODE``, ``furniture.SPEAKER_ROLE``: "[07:10:04] CALLER (SANDRA, ORTON):"), which come off
# with the label: repeated on every turn, their words and figures would pull the turns together.
LINE_LABEL = re.compile(r"^[ \t]*" + furniture_rules.TURN_TIME_CODE
                        + r"(?P<label>[^\W\d_][\w'’.\-]*(?:[ \t]+[^\W\d_][\w'’.\-]*){0,2})"
                        + furniture_rules.SPEAKER_ROLE + r"(?:[ \t]*:[ \t]+|[ \t]*[：፦][ \t]*)(?=\S)", re.MULTILINE)
LABEL_CHARACTERS = 30  # a longer run before a colon is a clause ("The board said in a statement:"), no label
# In a script without capitals no capital tells a name from a clause: the words before a line's colon are a label only
# when they hold no verb of saying (Chinese "他说：", he said; Amharic "… ብለዋል፦") and, in a script written without
# spaces, no more than this many words by its length (``scripts.unspaced_words``: "记者", "主持人", a name of two to
# four characters; "记者从市教育局获悉：" is a clause).
UNSPACED_LABEL_WORDS = 3
# A label that leads this many lines of one article or more is its form: a speaker's turns, repeated on every turn,
# would pull the questions together and the answers together, away from each other. A label used once is left to
# count (a dateline, a speaker quoted once, a field of a box: it may well say what the line is about).
FORM_LABEL_LINES = 2


@functools.cache
def saying_verbs(language: str | None) -> frozenset[str]:
    """``language``'s verbs of saying, as the tables write them (``speech_verbs``, ``furniture_vocabulary.TOLD_VERBS``
    and ``REPORTING``), folded: a word or a phrase each, or a run of characters in a script without spaces."""
    from newsdesk.importing import furniture_vocabulary, speech_verbs

    written = [*speech_verbs.speech_verbs(language), *furniture_vocabulary.TOLD_VERBS.get(language or "", "").split(),
               *furniture_vocabulary.REPORTING.get(language or "", "").split("|")]
    return frozenset(folded for folded in (" ".join(furniture_vocabulary.folded(verb).split()) for verb in written)
                     if folded)


def says_something(label: str, language: str | None) -> bool:
    """``label`` (caseless) holds a verb of saying of ``language`` (``saying_verbs``): word for word, or inside a run of
    a script written without spaces."""
    from newsdesk.importing.furniture_vocabulary import folded
    from newsdesk.importing.scripts import UNSPACED_RUN

    plain = " ".join(folded(label).split())
    verbs = saying_verbs(language)
    if UNSPACED_RUN.search(plain):
        return any(verb in plain for verb in verbs)
    return any(f" {verb} " in f" {plain} " for verb in verbs)


def is_line_label(label: str, language: str | None = None) -> bool:
    """``label`` (the words before a line's colon) names a speaker or a field: short, and each of its words opens
    with a capital (or is of a script without capitals). In a script without capitals, no verb of saying and, written
    without spaces, ``UNSPACED_LABEL_WORDS`` words at most. ``language``: the article's, when the label's script does
    not tell it (``languages.script_language``)."""
    from newsdesk.importing.languages import script_language
    from newsdesk.importing.scripts import caseless, unspaced_words

    if len(label) > LABEL_CHARACTERS or not all(
        word[0].isupper() or word[0].lower() == word[0].upper() for word in label.split()
    ):
        return False
    if not caseless(label):
        return True
    return unspaced_words(label) <= UNSPACED_LABEL_WORDS and not says_something(
        label, script_language(label) or language
    )


def line_labels(text: str, language: str | None = None) -> list[str]:
    """The labels that lead ``text``'s lines (``LINE_LABEL``, ``is_line_label``), in order."""
    return [match.group("label") for match in LINE_LABEL.finditer(text)
            if is_line_label(match.group("label"), language)]


def without_labels(text: str, labels: Collection[str] | None = None, language: str | None = None) -> str:
    """``text`` without the labels that lead its lines: those among ``labels``, or any (``None``)."""
    def strip(match: re.Match) -> str:
        label = match.group("label")
        return "" if (labels is None or label in labels) and is_line_label(label, language) else match.group(0)

    return LINE_LABEL.sub(strip, text)


def repeated_labels(passages: list[PassageText], language: str | None = None) -> defaultdict[str, set[str]]:
    """For each article (by ``repr``): the labels that lead ``FORM_LABEL_LINES`` of its lines or more, its form.
    ``language``: the story's, for a label its script does not tell."""
    counts = Counter((repr(p.article), label) for p in passages for label in line_labels(p.text, language))
    repeated = defaultdict(set)
    for (article, label), count in counts.items():
        if count >= FORM_LABEL_LINES:
            repeated[article].add(label)
    return repeated


def word_vectors(passages: list[PassageText]):
    """Sparse TF-IDF rows of each passage's words and figures, with a share of character n-grams."""
    # scikit-learn and SciPy are imported where they are used, so importing this module stays cheap.
    from scipy import sparse
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.preprocessing import normalize

    from newsdesk.importing.furniture_lines import without_picture_lines

    repeated = repeated_labels(passages, language_of_texts([p.text for p in passages]))
    # A caption's credit and a gallery's link to the next picture are the picture's, not words of the story: the same
    # photographer's name and "Next image" under every caption would link captions on different sub-topics.
    texts = [without_labels(without_picture_lines(p.text), repeated[repr(p.article)]) for p in passages]
    language = language_of_texts(texts)
    words = TfidfVectorizer(analyzer=functools.partial(unigrams, language=language),
                            sublinear_tf=True).fit_transform(texts)
    grams = TfidfVectorizer(analyzer="char_wb", ngram_range=(4, 5), sublinear_tf=True).fit_transform(
        [content_words(text, language) for text in texts]
    )
    return normalize(sparse.hstack([(1 - CHAR_WEIGHT) * words, CHAR_WEIGHT * grams]).tocsr())


def passage_vectors(passages: list[PassageText], combined=None) -> np.ndarray:
    """One L2-normalised row per passage, in a space where passages on the same sub-topic lie close.

    Words (stemmed), figures, and character 4-5-grams of content words (which match ``produce`` with
    ``production`` and names spelt two ways) are weighted by TF-IDF within the story, then reduced by latent
    semantic analysis, which lets words that occur together in the story stand in for each other. One
    decomposition is sensitive to its rank, so three (three ranks) are concatenated: the dot product of two
    rows is then the mean of their cosine similarities across the ensemble, which is steadier than any one.
    Each is exact (ARPACK), not randomised: a randomised decomposition's result depends on its random start,
    and over a handful of starts the story's alignment F1 swung by up to 0.1. Each passage also borrows a
    little from its neighbours in its article.
    """
    from sklearn.preprocessing import normalize
    from threadpoolctl import threadpool_limits

    if combined is None:
        combined = word_vectors(passages)
    base = max(MIN_DIMENSIONS, DIMENSIONS_PER_ROOT * math.sqrt(len(passages)))
    by_article = defaultdict(list)
    for row, passage in enumerate(passages):
        by_article[passage.article].append((passage.index, row))
    neighbours = []
    for rows in by_article.values():
        ordered = [row for _, row in sorted(rows)]
        for position, row in enumerate(ordered):
            neighbours += [(row, ordered[n]) for n in (position - 1, position + 1) if 0 <= n < len(ordered)]
    members = []
    for factor in ENSEMBLE_RANKS:
        dimensions = min(round(base * factor), MAX_DIMENSIONS, len(passages) - 1, combined.shape[1] - 1)
        if dimensions >= 2:
            # One thread: these matrices are small, and a busy server gains nothing from more.
            with threadpool_limits(limits=1):
                reduced = normalize(latent_rows(combined, dimensions))
        else:
            reduced = combined.toarray()
        smoothed = reduced.copy()
        for row, neighbour in neighbours:
            smoothed[row] += NEIGHBOUR_WEIGHT * reduced[neighbour]
        members.append(normalize(smoothed))
    return np.hstack(members) / math.sqrt(len(members))


def latent_rows(matrix, dimensions: int) -> np.ndarray:
    """The rows of ``matrix`` in its ``dimensions`` leading singular directions (each row's coordinates, scaled by
    the singular values), by ARPACK; when ARPACK finds no answer, which happens when the singular values are
    nearly all alike (a story whose articles share almost no word: several languages filed together), by the
    eigenvectors of the rows' Gram matrix, exact too and cheap for the few hundred rows clustered exactly."""
    from scipy.sparse.linalg import ArpackError, ArpackNoConvergence
    from sklearn.decomposition import TruncatedSVD

    try:
        return TruncatedSVD(dimensions, algorithm="arpack", random_state=0).fit_transform(matrix)
    except (ArpackError, ArpackNoConvergence):
        return gram_latent_rows(matrix, dimensions)


def gram_latent_rows(matrix, dimensions: int) -> np.ndarray:
    """``latent_rows`` through the rows' Gram matrix (``matrix @ matrix.T``): its leading eigenvectors, scaled by
    the square roots of their eigenvalues, are the rows' coordinates in the leading singular directions."""
    gram = matrix @ matrix.T
    gram = gram.toarray() if hasattr(gram, "toarray") else np.asarray(gram)
    values, vectors = np.linalg.eigh(gram)
    leading = np.argsort(values)[::-1][:dimensions]
    return vectors[:, leading] * np.sqrt(np.clip(values[leading], 0, None))


# --- clustering ----------------------------------------------------------------------------------------


def cluster(vectors: np.ndarray, articles: list[Hashable], indexes: list[int] | None = None,
            texts: list[str] | None = None) -> np.ndarray:
    """A topic number for each row (see ``_align_rows``); ``indexes``: each row's position in its article,
    ``texts``: the passages' texts (a paragraph that opens with a quotation continues the one before it).

    Up to ``EXACT_LIMIT`` passages are clustered exactly. A larger story is clustered on a sample spread
    evenly over its articles, and every other passage joins the nearest topic centroid (or starts a topic
    of its own when none is near), so the cost grows linearly with the story beyond that size.
    """
    n = len(vectors)
    if n == 1:
        return np.zeros(1, dtype=int)
    indexes = list(indexes) if indexes is not None else list(range(n))
    texts = list(texts) if texts is not None else [""] * n
    if n <= EXACT_LIMIT:
        return _align_rows(vectors, articles, indexes, texts)
    sample = _spread_sample(articles, EXACT_LIMIT)
    assignment = np.full(n, -1)
    assignment[sample] = _align_rows(vectors[sample], [articles[row] for row in sample],
                                     [indexes[row] for row in sample], [texts[row] for row in sample])
    count = int(assignment.max()) + 1
    sums = np.zeros((count + MAX_EXTRA_TOPICS, vectors.shape[1]))
    for topic in range(count):
        sums[topic] = vectors[assignment == topic].sum(axis=0)
    for row in np.flatnonzero(assignment < 0):
        norms = np.linalg.norm(sums[:count], axis=1)
        similarities = sums[:count] @ vectors[row] / np.where(norms == 0, 1, norms)
        best = int(np.argmax(similarities))
        if similarities[best] >= JOIN_SIMILARITY or count == len(sums):
            topic = best
        else:
            topic, count = count, count + 1
        assignment[row] = topic
        sums[topic] += vectors[row]
    return assignment


def _align_rows(vectors: np.ndarray, articles: list[Hashable], indexes: list[int], texts: list[str]) -> np.ndarray:
    """Rows of the grid: the story's segments (``segment_pairs``) joined where the row model finds that they
    report one sub-topic (``row_model.join_segments``); a lone passage (one passage, not its article's first) its
    row does not clearly hold is a row of its own (``row_model.lone_passages_apart``)."""
    if len(vectors) == 1:
        return np.zeros(1, dtype=int)
    segment, pairs = segment_pairs(vectors, articles, indexes, texts)
    place = np.array([place for place, _ in _segment_order(segment, articles, indexes)])
    rows = row_model.join_segments(pairs, int(segment.max()) + 1, lone=(np.bincount(segment) == 1) & (place > 0))
    return np.unique(rows[segment], return_inverse=True)[1]


def segment_pairs(vectors: np.ndarray, articles: list[Hashable], indexes: list[int],
                  texts: list[str]) -> tuple[np.ndarray, row_model.SegmentPairs]:
    """(a segment number for each passage, every pair of segments described for the row model), built the way a
    reader lines up several outlets' accounts:

    1. each article is cut into segments, runs of neighbouring paragraphs on one thing (``segments``);
    2. segments of different outlets that are each other's best match, by a margin over the runner-up, are
       matched, and so are segments of one article that are very alike; rows grow by average linkage over
       those matches, every other pair counting as unrelated, so a row never gathers passages that only share
       the story's common words;
    3. rows that are on average alike are joined (one outlet may have matched another's first paragraph on
       a sub-topic, a third outlet the second one), with a higher bar when an article has passages in both;
    4. a segment left alone joins the row it is on average most like, when that is near enough.

    The rows of steps 2-4 (the rules) are not the answer: they are one reading of each pair among those the row
    model weighs (``row_model.FEATURES``).
    """
    from sklearn.preprocessing import normalize

    n = len(vectors)
    similarity = vectors @ vectors.T
    segment = segments(similarity, articles, indexes, texts)
    count = int(segment.max()) + 1
    membership = np.zeros((count, n))
    membership[segment, np.arange(n)] = 1
    owners = [articles[int(np.flatnonzero(segment == s)[0])] for s in range(count)]
    centroids = normalize(membership @ vectors)
    segment_similarity = centroids @ centroids.T
    matched = segment_matches(segment_similarity, owners)
    rows = _average_linkage(np.where(matched, segment_similarity, 0.0), np.arange(count), ROW_SIMILARITY)
    rows = _join_rows(segment_similarity, rows, owners, JOIN_SIMILARITY_ROWS)
    rows = _attach_alone(segment_similarity, rows, membership.sum(axis=1), owners, ATTACH_LIFT)
    pairs = row_model.describe_pairs(segment_similarity, owners, _segment_order(segment, articles, indexes),
                                     membership.sum(axis=1), rows, matched)
    return segment, pairs


def _segment_order(segment: np.ndarray, articles: list[Hashable], indexes: list[int]) -> list[tuple[int, int]]:
    """For each segment: its place among its article's segments (by their first paragraph), and how many there are."""
    first = {}
    for row, number in enumerate(segment.tolist()):
        key = (repr(articles[row]), indexes[row])
        if number not in first or key < first[number]:
            first[number] = key
    by_article = defaultdict(list)
    for number, (article, index) in first.items():
        by_article[article].append((index, number))
    order = {}
    for members in by_article.values():
        for place, (_, number) in enumerate(sorted(members)):
            order[number] = (place, len(members))
    return [order[number] for number in range(len(first))]


def segment_matches(similarity: np.ndarray, owners: list[Hashable]) -> np.ndarray:
    """Which segments report the same thing, for rows to grow over: segments of different outlets that are each
    other's best match there, distinctly (``MATCH_MARGIN``) and at least ``MATCH_SIMILARITY`` alike; segments of
    one article at least ``SAME_ARTICLE_SIMILARITY`` alike; and segments of one article that are each other's
    closest segment in the whole story, at least ``MATCH_SIMILARITY`` alike (a sub-topic the outlet reports in
    two places, nearer each other than anything another outlet wrote)."""
    matched = mutual_best_matches(similarity, owners, MATCH_MARGIN) & (similarity >= MATCH_SIMILARITY)
    same_article = _same_owner(owners)
    matched |= same_article & (similarity >= SAME_ARTICLE_SIMILARITY)
    matched |= same_article & mutual_nearest(similarity) & (similarity >= MATCH_SIMILARITY)
    np.fill_diagonal(matched, False)
    return matched


# A paragraph that opens with a quotation mark carries on what the paragraph before it reported (news style
# quotes the speaker over several paragraphs); page furniture is not among the passages clustered here.
QUOTATION_OPENING = re.compile(r"^\s*[“\"‘«„]")
# An interviewer's turn asks what the paragraph after it answers ("DANBY: How were the papers kept?", "Q: When will
# it reopen?").
QUESTION_END = re.compile(r"[?？؟፧]\s*$")


def asks_what_follows(text: str) -> bool:
    """``text`` is an interviewer's question the next paragraph answers: one line led by a speaker's label
    (``LINE_LABEL``) that ends on a question mark (``QUESTION_END``). (A question heading without a label follows
    its paragraph once the rows are built: ``headings_follow_their_paragraph``.)"""
    lines = furniture_rules.visible_lines(text or "")
    return len(lines) == 1 and QUESTION_END.search(lines[0]) is not None and without_labels(lines[0]) != lines[0]


# The fields of a fact-check's box, in the languages whose fact-checkers the corpus knows: what was claimed, and the
# checker's rating of it ("Claim: …" over "Verdict: Misleading. …", "Behauptung:" over "Bewertung:"). A transcript's
# labels ("ANCHOR:", "REPORTER:") lead lines of their own too, but no box is made of them.
FACT_CHECK_FIELDS = frozenset(entry.strip() for entry in """
    claim|the claim|what was claimed|verdict|our verdict|rating|our rating|conclusion|fact|the facts
    behauptung|bewertung|fazit|unsere bewertung
    affirmation|verdict|notre verdict|ce qui est affirmé|conclusion
    afirmación|veredicto|calificación|conclusión|lo que se afirma
    alegação|afirmação|veredito|veredicto|classificação|conclusão
    affermazione|verdetto|conclusione|valutazione
    bewering|oordeel|conclusie|ons oordeel
""".replace("\n", "|").split("|") if entry.strip())


def box_field(text: str) -> str | None:
    """The label of ``text`` when it is one line led by a fact-check box's field (``LINE_LABEL``, ``is_line_label``,
    ``FACT_CHECK_FIELDS``: "Claim: …", "Verdict: …"), else None."""
    lines = furniture_rules.visible_lines(text or "")
    labels = line_labels(lines[0]) if len(lines) == 1 else []
    return labels[0] if labels and " ".join(labels[0].lower().split()) in FACT_CHECK_FIELDS else None


def segments(similarity: np.ndarray, articles: list[Hashable], indexes: list[int], texts: list[str]) -> np.ndarray:
    """A segment number for each passage: runs of neighbouring paragraphs of one article on one thing.

    Two neighbours hold together when the window of ``SEGMENT_WINDOW`` paragraphs before the gap and the
    one after it are at least ``SEGMENT_SHARE`` as alike as either paragraph is like its best match in
    another outlet (lexical cohesion against the story's own cross-outlet level) and the gap is no deeper than
    ``SEGMENT_DEPTH`` in a valley of cohesion (``valley_depths``), unless another outlet
    reports them apart (each is the mutual best match of a different paragraph of that outlet, at least
    ``PARALLEL_SIMILARITY`` alike and ``PARALLEL_MARGIN`` ahead of the runner-up), or when the second opens
    with a quotation, or when the first asks what the second, right after it, answers (``asks_what_follows``): such a
    question opens a segment of its own (the interviewer turns to the next thing), or when both are fields of one box,
    each a line led by a label the article uses once (``box_field``: a fact-check's "Claim:" over its "Verdict:").
    """
    n = len(similarity)
    keys = [repr(article) for article in articles]
    best_elsewhere = np.zeros(n)
    for key in set(keys):
        mine = np.array([k == key for k in keys])
        if (~mine).any():
            best_elsewhere[mine] = similarity[np.ix_(mine, ~mine)].max(axis=1)
    matched = (mutual_best_matches(similarity, articles, PARALLEL_MARGIN)
               & (similarity >= PARALLEL_SIMILARITY))
    partners = [{keys[other]: other for other in np.flatnonzero(matched[row])} for row in range(n)]
    parent = list(range(n))

    def root(row):
        while parent[row] != row:
            parent[row] = parent[parent[row]]
            row = parent[row]
        return row

    by_article = defaultdict(list)
    for row, (key, index) in enumerate(zip(keys, indexes, strict=True)):
        by_article[key].append((index, row))
    # An interviewer's question over the paragraph right after it turns to what that paragraph answers: it opens a
    # segment, and the answer carries on in it.
    asks = [False] * n
    # A fact-check's box of fields, each a line of its own led by its label, each label once in the article ("Claim:
    # …" over "Verdict: …"): the box is one thing.
    fields = [False] * n
    for rows in by_article.values():
        ordered = [row for _, row in sorted(rows)]
        labels = [box_field(texts[row]) for row in ordered]
        used = Counter(label for row in ordered for label in line_labels(texts[row] or ""))
        for position, (row, after) in enumerate(zip(ordered, ordered[1:], strict=False)):
            asks[row] = indexes[after] == indexes[row] + 1 and asks_what_follows(texts[row])
            first, second = labels[position], labels[position + 1]
            fields[row] = indexes[after] == indexes[row] + 1 and first is not None and second is not None and (
                first != second and used[first] == 1 and used[second] == 1
            )
    for rows in by_article.values():
        ordered = [row for _, row in sorted(rows)]
        cohesions = [_window_similarity(similarity, ordered[max(0, gap - SEGMENT_WINDOW):gap],
                                        ordered[gap:gap + SEGMENT_WINDOW]) for gap in range(1, len(ordered))]
        for gap, (cohesion, depth) in enumerate(zip(cohesions, valley_depths(cohesions), strict=True), start=1):
            first, second = ordered[gap - 1], ordered[gap]
            bar = SEGMENT_SHARE * max(best_elsewhere[first], best_elsewhere[second])
            parallel = any(partners[first][key] != partners[second][key]
                           for key in partners[first].keys() & partners[second].keys())
            holds = cohesion >= bar and depth < SEGMENT_DEPTH and not parallel and not asks[second]
            if holds or QUOTATION_OPENING.match(texts[second] or "") or asks[first] or fields[first]:
                parent[root(second)] = root(first)
    roots = [root(row) for row in range(n)]
    return np.unique(roots, return_inverse=True)[1]


def valley_depths(cohesions: list[float]) -> list[float]:
    """For each gap, how deep a valley of cohesion it sits in (TextTiling's depth score, Hearst 1997): how far
    the cohesion climbs to its peak on the left, plus how far to its peak on the right. A gap well below the
    gaps around it is where an article turns to another thing, however alike its paragraphs are overall."""
    depths = []
    for gap, cohesion in enumerate(cohesions):
        left = right = cohesion
        for value in reversed(cohesions[:gap]):
            if value < left:
                break
            left = value
        for value in cohesions[gap + 1:]:
            if value < right:
                break
            right = value
        depths.append((left - cohesion) + (right - cohesion))
    return depths


def _window_similarity(similarity: np.ndarray, before: list[int], after: list[int]) -> float:
    """Cosine similarity of the summed vectors of two windows, from the rows' pairwise similarities."""
    cross = similarity[np.ix_(before, after)].sum()
    left = similarity[np.ix_(before, before)].sum()
    right = similarity[np.ix_(after, after)].sum()
    return float(cross / math.sqrt(max(left, 1e-12) * max(right, 1e-12)))


def mutual_nearest(similarity: np.ndarray) -> np.ndarray:
    """Pairs of items each of which is the other's most similar item of all (ties count for both); an item alone
    has no pair, and is not its own."""
    others = similarity.copy()
    np.fill_diagonal(others, -np.inf)
    nearest = others >= others.max(axis=1, keepdims=True, initial=-np.inf)
    np.fill_diagonal(nearest, False)
    return nearest & nearest.T


def _same_owner(owners: list[Hashable]) -> np.ndarray:
    keys = np.array([repr(owner) for owner in owners])
    return keys[:, None] == keys[None, :]


def mutual_best_matches(similarity: np.ndarray, owners: list[Hashable], margin: float = 0.0) -> np.ndarray:
    """Pairs of items of different owners where each is the other's most similar item of that owner, by at
    least ``margin`` over the runner-up on either side (the next most similar item of the other owner to
    either of the two). The margin asks a match to be distinctive: an owner that does not report a thing
    still has a most similar item, but it stands out little from its others."""
    keys = [repr(owner) for owner in owners]
    groups = defaultdict(list)
    for item, key in enumerate(keys):
        groups[key].append(item)
    matched = np.zeros(similarity.shape, dtype=bool)
    names = sorted(groups)
    for position, first in enumerate(names):
        rows = np.array(groups[first])
        for second in names[position + 1:]:
            columns = np.array(groups[second])
            block = similarity[np.ix_(rows, columns)]
            best_column = block.argmax(axis=1)
            best_row = block.argmax(axis=0)
            mutual = np.flatnonzero(best_row[best_column] == np.arange(len(rows)))
            if margin > 0 and len(mutual):
                mutual = mutual[_distinctive(block, mutual, best_column[mutual], margin)]
            matched[rows[mutual], columns[best_column[mutual]]] = True
            matched[columns[best_column[mutual]], rows[mutual]] = True
    return matched


def _distinctive(block: np.ndarray, rows: np.ndarray, columns: np.ndarray, margin: float) -> np.ndarray:
    """For each pair (``rows[i]``, ``columns[i]``) of ``block``, each the other's best: whether it beats the
    runner-up of its row and of its column by ``margin`` (a lone row or column has no runner-up)."""
    def runner_up(values: np.ndarray, axis: int) -> np.ndarray:
        if values.shape[axis] < 2:
            return np.full(values.shape[1 - axis], -np.inf)
        return -np.partition(-values, 1, axis=axis).take(1, axis=axis)

    best = block[rows, columns]
    runner = np.maximum(runner_up(block, 1)[rows], runner_up(block, 0)[columns])
    return best - runner >= margin


def _average_linkage(similarity: np.ndarray, start: np.ndarray, threshold: float) -> np.ndarray:
    """Average linkage from the partition ``start``: join the two groups whose items are on average most
    alike, while that average is at least ``threshold``."""
    if len(similarity) < 2:
        return np.zeros(len(similarity), dtype=int)
    labels = np.unique(start, return_inverse=True)[1]
    if int(labels.max()) + 1 < 2:
        return labels
    membership = _membership(labels)
    return _join_groups(_group_average(similarity, membership), threshold)[labels]


def _membership(labels: np.ndarray) -> np.ndarray:
    """One row per group, one column per item: 1 where the item is in the group."""
    membership = np.zeros((int(labels.max()) + 1, len(labels)))
    membership[labels, np.arange(len(labels))] = 1
    return membership


def _group_average(similarity: np.ndarray, membership: np.ndarray) -> np.ndarray:
    """The average similarity between the items of each pair of groups."""
    sizes = membership.sum(axis=1)
    return (membership @ similarity @ membership.T) / np.outer(sizes, sizes)


def _join_groups(average: np.ndarray, threshold: float) -> np.ndarray:
    """Average linkage over groups whose pairwise average similarity is ``average``: a group label each."""
    from sklearn.cluster import AgglomerativeClustering

    distance = np.clip(1 - average, 0, 2)
    np.fill_diagonal(distance, 0)
    return AgglomerativeClustering(n_clusters=None, metric="precomputed", linkage="average",
                                   distance_threshold=1 - threshold).fit_predict(distance)


def _join_rows(similarity: np.ndarray, rows: np.ndarray, owners: list[Hashable], threshold: float) -> np.ndarray:
    """Join rows whose segments are on average at least ``threshold`` alike; rows in which one article has
    segments on both sides need ``SHARED_ARTICLE_MARGIN`` more (an outlet seldom reports one sub-topic in
    two places)."""
    labels = np.unique(rows, return_inverse=True)[1]
    if int(labels.max()) + 1 < 2:
        return labels
    membership = _membership(labels)
    average = _group_average(similarity, membership)
    keys = sorted({repr(owner) for owner in owners})
    article_of = np.zeros((len(rows), len(keys)))
    for item, owner in enumerate(owners):
        article_of[item, keys.index(repr(owner))] = 1
    shared = (membership @ article_of > 0).astype(float)
    average -= np.where(shared @ shared.T > 0, SHARED_ARTICLE_MARGIN, 0.0)
    return _join_groups(average, threshold)[labels]


def _attach_alone(similarity: np.ndarray, rows: np.ndarray, passages: np.ndarray, owners: list[Hashable],
                  lift: float) -> np.ndarray:
    """Each row of one segment joins another row, so that one paragraph worded unlike the others does not make a row of
    its own: the row that holds its closest segment in most other articles (more than half of them, and in one at
    least a segment ``VOTE_LIFT`` above the segment's average similarity to all other segments: outlets that do not
    report the sub-topic all vote for their ledes, but not clearly), or else the row of two passages or more whose
    segments it is on average most like, when that average is at least ``lift`` above the segment's average
    similarity to all other segments (the bar follows the story and the segment: background alike to everything
    joins nothing). ``passages``: the number of passages in each segment."""
    rows = np.unique(rows, return_inverse=True)[1]
    count = int(rows.max()) + 1
    if count < 2:
        return rows
    membership = np.zeros((count, len(rows)))
    membership[rows, np.arange(len(rows))] = 1
    segments_in_row = membership.sum(axis=1)
    average = (similarity @ membership.T) / segments_in_row  # each segment against each row
    average[:, (membership @ passages) < 2] = -np.inf
    average[np.arange(len(rows)), rows] = -np.inf
    overall = (similarity.sum(axis=1) - np.diag(similarity)) / max(len(rows) - 1, 1)
    keys = [repr(owner) for owner in owners]
    by_article = defaultdict(list)
    for item, key in enumerate(keys):
        by_article[key].append(item)
    result = rows.copy()
    for item in np.flatnonzero(segments_in_row[rows] == 1):
        others = [np.array(items) for key, items in by_article.items() if key != keys[item]]
        closest = [items[np.argmax(similarity[item, items])] for items in others]
        clear = {int(rows[other]) for other in closest if similarity[item, other] - overall[item] >= VOTE_LIFT}
        votes = Counter(int(rows[other]) for other in closest if int(rows[other]) in clear)
        votes.pop(int(rows[item]), None)
        if votes and 2 * max(votes.values()) > len(others):
            result[item] = max(votes, key=lambda row: (votes[row], average[item, row]))
            continue
        best = int(np.argmax(average[item]))
        if average[item, best] - overall[item] >= lift:
            result[item] = best
    return result


def _spread_sample(articles: list[Hashable], size: int) -> np.ndarray:
    """``size`` rows taken evenly across articles (round robin), so every outlet shapes the topics."""
    by_article = defaultdict(list)
    for row, article in enumerate(articles):
        by_article[article].append(row)
    queues = [rows for _, rows in sorted(by_article.items(), key=lambda item: repr(item[0]))]
    sample = []
    position = 0
    while len(sample) < size:
        for rows in queues:
            if position < len(rows) and len(sample) < size:
                sample.append(rows[position])
        position += 1
    return np.array(sorted(sample))


def respect_hand_placements(assignment: np.ndarray, vectors: np.ndarray, fixed: Mapping[int, Hashable],
                            joinable: set[int] | None = None):
    """Fold the automatic clusters around the groups that stay (hand placements and curated topics).

    Returns (topic per row, group per topic): fixed rows stay in their group. A free row whose cluster holds
    fixed rows joins the nearest of those groups when it may join one (``joinable``; every free row when
    ``None``) and is near enough to the group's centroid; the other free rows of the cluster stay together
    as an automatic topic (group ``None``), so a curated topic never swallows a cluster it did not hold.
    """
    from sklearn.preprocessing import normalize

    group_rows = defaultdict(list)
    for row, group in fixed.items():
        group_rows[group].append(row)
    groups = sorted(group_rows, key=repr)
    centroid = {g: normalize(vectors[rows].sum(axis=0, keepdims=True))[0] for g, rows in group_rows.items()}
    topic_of_group = {group: number for number, group in enumerate(groups)}
    result = np.full(len(assignment), -1)
    for row, group in fixed.items():
        result[row] = topic_of_group[group]
    next_topic = len(groups)
    automatic: dict[int, int] = {}
    for cluster_number in sorted(set(assignment.tolist())):
        rows = np.flatnonzero(assignment == cluster_number)
        present = sorted({fixed[row] for row in rows if row in fixed}, key=repr)
        for row in rows:
            if row in fixed:
                continue
            if present and (joinable is None or row in joinable):
                nearest = max(present, key=lambda g: float(centroid[g] @ vectors[row]))
                if joinable is None or float(centroid[nearest] @ vectors[row]) >= ANCHOR_SIMILARITY:
                    result[row] = topic_of_group[nearest]
                    continue
            if cluster_number not in automatic:
                automatic[cluster_number] = next_topic
                next_topic += 1
            result[row] = automatic[cluster_number]
    return result, groups + [None] * len(automatic)


# --- the whole method ----------------------------------------------------------------------------------


def articles_in_page_order(passages: list[PassageText]) -> list[list[PassageText]]:
    """``passages`` grouped by their article, each group in page order."""
    by_article = defaultdict(list)
    for passage in passages:
        by_article[repr(passage.article)].append(passage)
    return [sorted(article, key=lambda p: p.index) for article in by_article.values()]


def listed_under_a_lead_in(passages: list[PassageText]) -> set[Hashable]:
    """The keys of passages that are items of a list the story opens with a line of its own ("The cuts hit three
    groups hardest:", then "- Shift workers", "- Students" as paragraphs of their own): the items are the story's
    however short, as the suggester reads them (``furniture_lines.lead_in``, ``list_item``)."""
    from newsdesk.importing.furniture_lines import continues_a_sentence, lead_in, line_furniture, list_item

    listed = set()
    for article in articles_in_page_order(passages):
        opened = colon = False
        for passage in article:
            lines = [line for line in passage.text.splitlines() if line.strip()]
            items = bool(lines) and all(list_item(line) is not None for line in lines)
            # Under a lead-in any item; under a shorter line ending in a colon ("Those affected include:"), items
            # that go on with its sentence in lower case ("• shift workers at the hospital").
            if items and (opened or (colon and all(continues_a_sentence(line) for line in lines))):
                listed.add(passage.key)
                continue
            # A prompt that ends in a colon ("Sign up for our newsletters:") opens no list of the story's.
            story_line = bool(lines) and line_furniture(lines[-1]) is None
            opened = story_line and lead_in(lines[-1])
            colon = story_line and lines[-1].rstrip().endswith(":")
    return listed


# An article that heads its sections does so more than once: one short line between two paragraphs may as well be a
# caption or a label that no rule knows.
SECTION_HEADINGS = 2
# A heading may stand under a caption or a label that follows the paragraph above it: this many lines of the page's,
# set as passages of their own or as one block (a caption and its picture's credit). A box in which the page speaks to
# the reader (a newsletter's sign-up: its name, its promise, the e-mail field, the button, the consent note) counts
# none of its lines, however many (``speaks_to_the_reader``); a list of other stories' headlines counts them all.
PAGE_LINES_ABOVE = 2
# The line rules' verdicts on a line of a page's prompt: its words are the page's ("Subscribe", "Enter your email
# address", "… to your inbox"), or it calls the reader to act ("Download the app").
PROMPT_RULES = frozenset({"furniture_words", "call_to_action"})
# A heading heads a section: this many paragraphs of the story's, at least, stand under it before the next short line
# that could be one (the article's last heading may head a single paragraph). Pictures' captions and other stories'
# headlines set between the paragraphs stand one paragraph apart, or alone.
SECTION_PARAGRAPHS = 2
HEADINGS_AFTER_THE_FIRST = 3  # a run of this many headings after a line over one paragraph makes it the run's first
# A page may head every paragraph of its story, one by one ("Most se zavřel", a paragraph, "Co bude dál", a paragraph
# ...): this many such lines, each over a paragraph of the story's, are its headings, as a caption that stands between
# two paragraphs now and then is not.
HEADINGS_IN_A_ROW = HEADINGS_AFTER_THE_FIRST + 1


def speaks_to_the_reader(passage: PassageText | None, found: Mapping[Hashable, list[str]]) -> bool:
    """``passage`` is a part of a box in which the page speaks to the reader: the shape rules find the outlet
    addressing the reader in it (``furniture.ADDRESS_REASON``), or the line rules take each of its lines for a
    prompt's (``PROMPT_RULES``), none of them the label of a list of other stories ("Read more", "Related stories")."""
    from newsdesk.importing.furniture_lines import line_furniture, related_label

    if passage is None:
        return False
    if furniture_rules.ADDRESS_REASON in found.get(passage.key, ()):
        return True
    lines = furniture_rules.visible_lines(passage.text)
    return bool(lines) and all(
        not related_label(line) and (judged := line_furniture(line)) is not None and judged[0] in PROMPT_RULES
        for line in lines
    )


def heading_sections(found_here: list[tuple[int, PassageText]], by_index: Mapping[int, PassageText],
                     body) -> list[PassageText]:
    """Those of an article's candidate headings (``(index, passage)``, in order) that head a section: with
    ``SECTION_PARAGRAPHS`` paragraphs of the story's (``body``) or more under them before the next candidate, or, the
    last of them, before the article's end. A candidate over a single paragraph heads a short section when it stands
    in a run of such candidates (perhaps itself alone) between two that head sections of their own: a run of
    headings sets it in the run ("Wells tested", one paragraph, "Drains blocked", one paragraph, between two full
    sections), where a caption between two paragraphs stands among no headings. So does the first of them, under the
    article's opening paragraph, when the ``HEADINGS_AFTER_THE_FIRST`` candidates after it head sections of their
    own: an article that heads its sections that often gives the first a single paragraph ("How it broke", then the
    night's account), where a caption under the lead stands before two headings or fewer. An article with
    ``HEADINGS_IN_A_ROW`` candidates or more, each over a paragraph of its own, heads every paragraph: all of them head
    it. An article whose candidates are all questions (``question_heading``), two or more, asks what each section
    answers: each heads the paragraph or more under it ("Hvem skal betale?", one paragraph, "Hva med skolebarna?"),
    where a caption or another story's headline asks nothing, and one question among headings that ask nothing heads
    no single paragraph."""
    last = max(by_index)
    heading = []
    for number, (index, _passage) in enumerate(found_here):
        final = number == len(found_here) - 1
        until = last + 1 if final else found_here[number + 1][0]
        paragraphs = sum(1 for below in range(index + 1, until) if body(by_index.get(below)))
        heading.append((paragraphs, paragraphs >= (1 if final else SECTION_PARAGRAPHS)))

    def bounded(number: int, step: int) -> bool:
        # Past the run of one-paragraph candidates that holds ``number``, the next candidate heads a section.
        number += step
        while 0 <= number < len(heading) and not heading[number][1]:
            number += step
        return 0 <= number < len(heading)

    # Every candidate over a paragraph of its own, the last one's section closing the article: the page heads each
    # paragraph, when it does so ``HEADINGS_IN_A_ROW`` times or more.
    every_paragraph = len(found_here) >= HEADINGS_IN_A_ROW and all(paragraphs >= 1 for paragraphs, _ in heading)
    # Every candidate a question (``SECTION_HEADINGS`` of them or more): the article asks what each section answers,
    # however short the answer.
    asking = len(found_here) >= SECTION_HEADINGS and all(question_heading(passage.text) for _, passage in found_here)
    heads = []
    for number, (_index, passage) in enumerate(found_here):
        paragraphs, heads_a_section = heading[number]
        between_headings = bounded(number, -1) and bounded(number, 1)
        opens_the_run = number == 0 and len(found_here) > HEADINGS_AFTER_THE_FIRST and all(
            heads for _paragraphs, heads in heading[1:1 + HEADINGS_AFTER_THE_FIRST]
        )
        if heads_a_section or paragraphs >= 1 and (between_headings or opens_the_run or every_paragraph or asking):
            heads.append(passage)
    return heads


def question_heading(text: str) -> bool:
    """``text`` is a question: one line that ends on a question mark ("?", "？", "؟"), perhaps behind a closing
    quotation mark or bracket."""
    lines = furniture_rules.visible_lines(text)
    return len(lines) == 1 and lines[0].rstrip().rstrip("\"'”’“‘»«›‹)]」』）").endswith(("?", "？", "؟"))


# A short line that ends on a colon opens what follows it: a speaker's name and role over the quotation ("يكي از
# كارگران:", "דנה אלון, רפתנית:"), a transcript's heading over its lines. (A short question over a paragraph is a
# heading, or another story's headline: where it stands among the article's headings tells, ``heading_sections``.)
# The line is read as the tables read theirs (``furniture_vocabulary.folded``), so a script's own colons (Ethiopic
# "፦" and "፥") end it as ":" does.
OPENER_END = re.compile(r"[:：]$")
# A fact box's label and a colon before the box's title ("FAKTA: Mögel och hälsa", "FACTS: Why sewers overflow",
# "FAKTEN: …"): the line heads the box's lines under it, as a line ending on a colon opens what follows.
FACT_BOX = re.compile(r"^(?:fakta|faktaruta|faktaboks|facts?|fact ?box|fakten|faktenbox|faktat)\s*+[:：]\s*+\S",
                      re.IGNORECASE)
OPENER_WORDS = 2  # a single word and a colon ("Photo:", "Updated:") is a label of the page's


def fact_box(passage: PassageText, found: Mapping[Hashable, list[str]]) -> bool:
    """``passage`` is a fact box in one block: its label and title on its first line (``FACT_BOX``: "FAKTA:
    Kråkenestunnelen"), then short lines of facts, which the shape rules alone send to the furniture band ("a block
    of short lines"), none of them a line of the page's by the line rules. The facts are the story's."""
    from newsdesk.importing.furniture_lines import line_furniture

    reasons = found.get(passage.key)
    lines = furniture_rules.visible_lines(passage.text)
    shapes = furniture_rules.SHAPE_REASONS | {furniture_rules.SHORT_LINES_BLOCK}
    return bool(reasons) and set(reasons) <= shapes and len(lines) >= 2 and bool(
        FACT_BOX.match(lines[0])
    ) and all(line_furniture(line) is None for line in lines[1:])


def opens_what_follows(passage: PassageText, found: Mapping[Hashable, list[str]], repeated: set[str]) -> bool:
    """``passage`` is a line that opens the paragraph under it (``OPENER_END``, ``FACT_BOX``): one line, that the shape
    rules alone send to the furniture band for its few words, not repeated on the page or across articles, of
    ``OPENER_WORDS`` to ``furniture.SECTION_HEADING_WORDS`` words, no item of a list, no time or date in figures,
    nothing the line rules take for the page's ("Read more:", "Comments:", a byline's label). Where it stands,
    right above a paragraph of the story's, is the caller's to tell."""
    from newsdesk.importing.furniture_lines import line_furniture, list_item
    from newsdesk.importing.furniture_vocabulary import folded

    reasons = found.get(passage.key)
    lines = furniture_rules.visible_lines(passage.text)
    if not (reasons and set(reasons) <= furniture_rules.SHAPE_REASONS) or len(lines) != 1 or (
        furniture_rules.normalised(passage.text) in repeated
    ):
        return False
    line = lines[0]
    if OPENER_END.search(folded(line)) is None and not FACT_BOX.match(line) or list_item(line) is not None or (
        furniture_rules.TIME_OR_DATE.search(line)
    ):
        return False
    return OPENER_WORDS <= furniture_rules.size(line) <= furniture_rules.SECTION_HEADING_WORDS and (
        line_furniture(line) is None
    )


class LineRules:
    """The line rules (``furniture.line_reasons``) over one story's line repeats (``furniture.line_repeats``, counted
    once), each text judged once however many rules ask about it."""

    def __init__(self, texts: Iterable[str]):
        self.repeats = furniture_rules.line_repeats(texts)
        self._found: dict[str, list[str]] = {}

    def reasons(self, text: str) -> list[str]:
        if text not in self._found:
            self._found[text] = furniture_rules.line_reasons(text, self.repeats)
        return self._found[text]


def section_headings(passages: list[PassageText], found: Mapping[Hashable, list[str]],
                     repeated: set[str], line_rules: LineRules | None = None) -> set[Hashable]:
    """The keys of the headings of an article's sections: a line of its own between two passages of the story that
    the shape rules alone send to the furniture band ("too few words", "no sentence"), not repeated on the page or
    across articles, shaped like a heading (``furniture.heading_shaped``: a few words, no time or date, nothing the
    line rules take for the page's), with a paragraph of prose (``furniture.is_prose``) that no rule takes for
    furniture right after it and, right before it (perhaps behind a line or two of the page's: a caption, a live
    blog's time stamp and share button, or a box of any length that speaks to the reader: ``speaks_to_the_reader``), a
    passage under the article's first paragraph that no rule takes for furniture, heading a section
    (``heading_sections``: two paragraphs or more under it before the next such line), in an article that has
    ``SECTION_HEADINGS`` headings or more, counting those the shape rules keep ("Can I still call 911?" over its
    answer); a live post's heading right under the post's time stamp (``post_stamp``) heads the post, however short,
    and on a live page (two posts under stamps or more) even when no other post has a heading.
    It says what the section below reports and is the story's ("Borç ne kadar?",
    "Cứu trợ", "Οι έμποροι ζητούσαν αναβολή"). So is a short line right above such a paragraph that opens it
    (``opens_what_follows``: a speaker's line ending on a colon), in any article."""
    from newsdesk.importing.furniture_lines import line_furniture

    def body(passage: PassageText | None) -> bool:
        return passage is not None and not found.get(passage.key) and furniture_rules.is_prose(passage.text)

    def page_lines(passage: PassageText | None) -> int:
        """How many lines of the page's ``passage`` sets between the paragraph above and the heading (an
        advertisement's label, a caption, a caption with its picture's credit in one block): its lines, when the
        rules take it for the page's (a block of lines as a whole, each line no longer than a caption:
        ``furniture.DECK_WORDS``); none otherwise."""
        if passage is None:
            return 0
        lines = furniture_rules.visible_lines(passage.text)
        if len(lines) == 1:
            return 1 if found.get(passage.key) or line_furniture(lines[0]) else 0
        short = all(furniture_rules.size(line) <= furniture_rules.DECK_WORDS for line in lines)
        return len(lines) if lines and short and found.get(passage.key) else 0

    by_article = defaultdict(dict)
    for passage in passages:
        by_article[repr(passage.article)][passage.index] = passage
    openers = {passage.key for by_index in by_article.values() for index, passage in by_index.items()
               if opens_what_follows(passage, found, repeated) and body(by_index.get(index + 1))}
    candidates, opening, run_below, stamped_openings, live_posts = {}, {}, {}, set(), set()
    for article, by_index in by_article.items():
        # The story's passages start at its first paragraph: a line above it is the header's, and so is a deck
        # above the header's byline or time stamp (``under_a_deck``).
        first = min((index for index, passage in by_index.items() if body(passage)), default=None)
        if first is not None and under_a_deck(by_index, first, body):
            first = min((index for index, passage in by_index.items() if index > first and body(passage)),
                        default=None)
        found_here, kept_here, posts = [], [], set()
        stamps = {index: post_stamp(passage) for index, passage in by_index.items()}  # read once, used twice
        for index, passage in sorted(by_index.items()):
            reasons = found.get(passage.key)
            # A heading the shape rules leave to the story ("Can I still call 911?") is one of the article's
            # headings too: it counts among them.
            kept = not reasons and heads_the_paragraph_below(passage.text)
            if not (kept or reasons and set(reasons) <= furniture_rules.SHAPE_REASONS) or (
                furniture_rules.normalised(passage.text) in repeated
            ) or not body(by_index.get(index + 1)):
                continue
            # Right above the article's first paragraph, right under the header's byline or time stamp: the heading
            # of the first section, if the article heads its later sections too.
            if index + 1 == first and not kept and marks_the_header(by_index.get(index - 1)) and (
                furniture_rules.heading_shaped(passage.text)
            ):
                opening[article] = (passage, by_index[index + 1])
                if stamps.get(index - 1, False):
                    stamped_openings.add(passage.key)
                continue
            # The passage above, perhaps behind a line of the page's (a picture's caption, an advertisement's label, a
            # live blog's time stamp) or a box that speaks to the reader (a newsletter's sign-up): a paragraph of the
            # story's, or any passage under the article's first paragraph that no rule takes for the page's (a short
            # sentence, a quoted post, another heading).
            above, skipped = index - 1, 0
            while True:
                passage_above = by_index.get(above)
                if not speaks_to_the_reader(passage_above, found):  # a prompt's box counts none of its lines
                    lines_above = page_lines(passage_above)
                    if not 0 < lines_above <= PAGE_LINES_ABOVE - skipped:
                        break
                    skipped += lines_above
                above -= 1
            before = by_index.get(above)
            of_the_story = before is not None and first is not None and above >= first and not found.get(before.key)
            # A live post's heading right under the post's time stamp heads the post wherever the post stands, the
            # first one under the page's header and an advertisement's label too: the paragraph below it alone must
            # be the story's.
            stamped = stamps.get(index - 1, False)
            if (of_the_story or stamped) and furniture_rules.heading_shaped(passage.text):
                around = by_index[above] if of_the_story else by_index[index + 1]
                (kept_here if kept else found_here).append((index, passage, around, by_index[index + 1]))
                if stamped:
                    posts.add(passage.key)
                below = index + 1
                while body(by_index.get(below)):
                    below += 1
                run_below[passage.key] = below - index - 1
        heads = {passage.key for passage in heading_sections([(index, passage) for index, passage, *_ in found_here],
                                                             by_index, body)} | posts
        candidates[article] = [(passage, before, after) for _index, passage, before, after in found_here + kept_here
                               if passage.key in heads or not found.get(passage.key)]
        # A live page (its posts under time stamps of their own, ``SECTION_HEADINGS`` of them or more) heads a post as
        # it likes: one post's heading under its stamp heads that post though no other post has one.
        if sum(stamps.values()) >= SECTION_HEADINGS:
            live_posts.update(posts)
    # The paragraphs around a heading must be the story's by the line rules too (a caption or an appeal ends on a full
    # stop as well).
    line_rules = line_rules or LineRules(p.text for p in passages)
    headings = set(openers)
    for article, found_here in candidates.items():
        kept = [passage for passage, before, after in found_here
                if not (line_rules.reasons(before.text) or line_rules.reasons(after.text))]
        if len(kept) >= SECTION_HEADINGS:
            headings.update(passage.key for passage in kept)
            # The article heads its sections: the line that opens its body heads the first, set as they are (no
            # longer than the longest of them: a headline or a caption runs longer).
            # A live blog's first post under its own time stamp heads it as the later posts do, however long.
            if article in opening and not line_rules.reasons(opening[article][1].text) and (
                furniture_rules.size(opening[article][0].text) <= max(furniture_rules.size(p.text) for p in kept)
                or opening[article][0].key in stamped_openings
            ):
                headings.add(opening[article][0].key)
        elif len(kept) == 1 and found.get(kept[0].key) and (
            lone_heading(kept[0].text) and run_below[kept[0].key] >= SECTION_PARAGRAPHS or kept[0].key in live_posts
        ):
            headings.add(kept[0].key)
    return headings


def under_a_deck(by_index: Mapping[int, PassageText], first: int, body) -> bool:
    """The passage at ``first``, the first of an article's that reads as the story's (``body``), is its deck: the
    header's block of byline or time stamp (``marks_the_header``), not a live post's stamp (``post_stamp``: the
    paragraph above it is the post before), stands right under it, a paragraph of the story's
    under that, perhaps behind a line of its own ("What happened?" over the explainer's first answer), and the deck
    is shaped as one (``furniture.is_deck``: a sentence or two, no longer than a deck)."""
    header = by_index.get(first + 1)
    if not marks_the_header(header) or post_stamp(header) or not furniture_rules.is_deck(by_index[first].text):
        return False
    return body(by_index.get(first + 2)) or body(by_index.get(first + 3)) and (
        len(furniture_rules.visible_lines(by_index[first + 2].text)) == 1
    )


# A clock time written with a full stop, as the Nordic languages, Finnish and German write it ("Kl. 14.55", "klo 9.30").
STOPPED_CLOCK = re.compile(r"(?<![\d.,])(?:[01]?\d|2[0-3])\.[0-5]\d(?![\d.,])")


def post_stamp(passage: PassageText | None) -> bool:
    """``passage`` is a live post's time stamp over the post: a block of one or two short lines, the first of them
    a time stamp by the line rules ("16:20 BST", "15:40 BST" over "Key event")."""
    from newsdesk.importing.furniture_lines import line_furniture

    lines = furniture_rules.visible_lines(passage.text) if passage is not None else []
    if not 1 <= len(lines) <= 2 or any(furniture_rules.size(line) > furniture_rules.MENU_LINE_WORDS for line in lines):
        return False
    judged = line_furniture(lines[0])
    return judged is not None and judged[0] == "timestamp" and bool(
        furniture_rules.TIME_OR_DATE.search(lines[0]) or STOPPED_CLOCK.search(lines[0])
    )


def marks_the_header(passage: PassageText | None) -> bool:
    """``passage`` is the last block of an article's header: short lines, one of which (or one of a line's parts
    between "|") is a byline or a time stamp by the line rules, or a date of the Ethiopian calendar in the shape
    ``furniture.ETHIOPIAN_DATE`` reads: a month's name perhaps, the day, "ቀን" (day), the year and the era ("ሪፖርተር፦
    <name> | ሰኔ 3 ቀን 2017 ዓ.ም.")."""
    from newsdesk.importing.furniture_lines import line_furniture

    lines = furniture_rules.visible_lines(passage.text) if passage is not None else []
    if not lines or any(furniture_rules.size(line) > furniture_rules.SHORT_WORDS for line in lines):
        return False
    for part in (part.strip() for line in lines for part in line.split("|")):
        judged = line_furniture(part) if part else None
        if judged is not None and judged[0] in furniture_rules.HEADER_MARKS or (
            furniture_rules.ETHIOPIAN_DATE.match(part)
        ):
            return True
    return False


# A heading set in capitals, of two words or more, over paragraphs of the story's: a newsletter's item's heading,
# a section's, alone in its article ("EXAM LEAK" over the item's paragraphs). A caption or another story's headline
# between two paragraphs is set as a sentence is; a single word in capitals is a label's ("EXCLUSIVE", "WATCH").
LONE_HEADING_WORDS = 2


def lone_heading(text: str) -> bool:
    """``text`` is one line of ``LONE_HEADING_WORDS`` words or more in a script with capitals, every letter a
    capital."""
    lines = furniture_rules.visible_lines(text)
    return len(lines) == 1 and furniture_rules.size(lines[0]) >= LONE_HEADING_WORDS and (
        lines[0] == lines[0].upper() != lines[0].lower()
    )


def above_an_opening_heading(passages: list[PassageText], found: Mapping[Hashable, list[str]],
                             headings: set[Hashable]) -> set[Hashable]:
    """The keys of the short lines above a heading that opens an article's body (one of ``headings``, shaped like a
    section's, right above the article's first paragraph of prose that no rule takes for furniture): the header's,
    a headline or a byline the rules do not read ("Reporter: <name> | <date>"). A line of ``furniture.SHORT_WORDS``
    or fewer words each; a longer passage up there stays where the rules leave it."""
    by_article = defaultdict(dict)
    for passage in passages:
        by_article[repr(passage.article)][passage.index] = passage
    header = set()
    for by_index in by_article.values():
        first = min((index for index, passage in by_index.items()
                     if not found.get(passage.key) and furniture_rules.is_prose(passage.text)), default=None)
        opening = by_index.get(first - 1) if first is not None else None
        if opening is None or opening.key not in headings or not furniture_rules.heading_shaped(opening.text):
            continue
        header.update(passage.key for index, passage in by_index.items() if index < first - 1 and all(
            furniture_rules.size(line) <= furniture_rules.SHORT_WORDS
            for line in furniture_rules.visible_lines(passage.text)
        ))
    return header


def cut_by_a_jump(passages: list[PassageText], found: Mapping[Hashable, list[str]]) -> set[Hashable]:
    """The keys of paragraphs a print page cut off at its jump: prose of ``furniture.PROSE_WORDS`` or more that the
    shape rules send to the furniture band only for ending without a full stop, right above a jump line ("Continued
    on Page A6", ``furniture_lines.JUMP_LINE``). The sentence goes on on the other page; it is the story's."""
    from newsdesk.importing.furniture_lines import JUMP_LINE

    by_index = {(repr(p.article), p.index): p for p in passages}
    cut = set()
    for passage in passages:
        reasons = found.get(passage.key)
        below = by_index.get((repr(passage.article), passage.index + 1))
        if reasons and set(reasons) <= {furniture_rules.NO_SENTENCE} and below is not None and (
            JUMP_LINE.match(below.text.strip())
        ) and furniture_rules.size(passage.text) >= furniture_rules.PROSE_WORDS:
            cut.add(passage.key)
    return cut


# A reader's comment under its writer's handle and when it was posted ("riverfan88 · 2 hours ago"):
# ``furniture_lines.page_commenters``.
COMMENT_REASON = "a reader's comment, under its writer's handle and the time it was posted"


def under_a_commenter(passages: list[PassageText]) -> set[Hashable]:
    """The keys of passages right under a commenter's line of their own (``furniture_lines.page_commenters``, counted
    over the first lines of the article's passages, for the comments the importer kept with their writers' lines): a
    reader's comment set apart from its writer's handle is the page's as much as the handle is; so is one that runs
    on under its writer's line in one passage, when the page's other comments are headed alike ("Ana | 08.12.2025.
    u 18:10" among "Milica R. | 08.12.2025. u 17:02"), which the passage alone does not tell from a dateline."""
    from newsdesk.importing.furniture_lines import page_commenters

    comments = set()
    for article in articles_in_page_order(passages):
        lines = [furniture_rules.visible_lines(passage.text) for passage in article]
        for position in page_commenters([shown[0] if shown else "" for shown in lines]):
            if len(lines[position]) > 1:
                comments.add(article[position].key)
                continue
            below = article[position + 1] if position + 1 < len(article) else None
            if len(lines[position]) == 1 and below is not None and below.index == article[position].index + 1:
                comments.add(below.key)
    return comments


COMMENTS_REASON = "under the page's comments heading: the readers' comments, the page's whatever they say"


def comments_heading(text: str) -> bool:
    """``text`` is the heading of a page's comments alone on its line (``furniture_lines.comments_heading``), perhaps
    with their count before or after it, in brackets or not ("Maoni 3", "12 comentários", "Comments (4)")."""
    from newsdesk.importing.furniture_lines import comments_heading as heading

    lines = furniture_rules.visible_lines(text)
    return len(lines) == 1 and heading(lines[0])


def heads_its_comments(text: str) -> bool:
    """``text`` is a block of the readers' comments under their heading on its first line (``comments_heading``):
    "Mga komento (58)", then the comments, each behind its writer's name, and the box to write one; a comment among
    its lines, one of ``furniture.MIN_WORDS`` words or more that the line rules take for nothing of the page's. A
    header's count of the comments above its share button ("34 Comments" over "Share"), or the heading over its prompt
    to log in ("Log in to comment."), heads no comments: the line rules read those."""
    from newsdesk.importing.furniture_lines import line_furniture

    lines = furniture_rules.visible_lines(text)
    return len(lines) > 1 and comments_heading(lines[0]) and any(
        furniture_rules.size(line) >= furniture_rules.MIN_WORDS and line_furniture(line) is None for line in lines[1:]
    )


def under_the_comments(passages: list[PassageText], found: Mapping[Hashable, list[str]]) -> set[Hashable]:
    """The keys of the passages below an article's comments heading (``comments_heading``), in page order, when a
    passage of the story's (one no rule takes for furniture) stands above the heading: the readers' comments, their
    writers' names, the reply buttons, all of them the page's; and of a block the heading opens, the comments in it
    (``heads_its_comments``)."""
    below = set()
    for article in articles_in_page_order(passages):
        story_above = False
        for position, passage in enumerate(article):
            if story_above and (comments_heading(passage.text) or heads_its_comments(passage.text)):
                below.update(p.key for p in article[position + 1:])
                if heads_its_comments(passage.text):
                    below.add(passage.key)
                break
            story_above = story_above or not found.get(passage.key)
    return below


# A newsletter's web edition sets its items apart by a line of marks alone ("***", "* * *", "---", "• • •"): a line of
# this many characters at most, with no letter and no figure. An article with ``ITEM_SEPARATORS`` of them or more, each
# item between two of them headed by a short line of its own (``item_heading``: "BINS BACK" over its paragraph), is
# made of items; an item whose words are nowhere near the other articles' (its best likeness to a passage of theirs
# less than ``OFF_STORY_SHARE`` of the likeness of the item closest to them) reports other news: text of the page,
# not the story's ("BINS BACK", "HERONS RETURN" under the item on the story). A feature sets its sections apart with
# the same marks, but a section runs on from the one above without a heading of its own (a memory of the family's
# between two parts of the report), and the section only that outlet tells is the story's all the same.
SEPARATOR_CHARACTERS = 20
ITEM_SEPARATORS = 2
OFF_STORY_SHARE = 1 / 3
OFF_STORY_REASON = "a newsletter's item on other news: set apart by separator lines, its words nowhere in the story"


def item_separator(text: str) -> bool:
    """``text`` is a line of marks alone (``SEPARATOR_CHARACTERS`` at most, no letter, no figure), as a newsletter sets
    between its items."""
    shown = "".join(text.split())
    return 0 < len(shown) <= SEPARATOR_CHARACTERS and not any(c.isalnum() for c in shown)


def item_heading(item: list[PassageText]) -> bool:
    """The first line of ``item`` (a run of passages between two separator lines) heads it: a line of
    ``furniture.SECTION_HEADING_WORDS`` words or fewer, not closing on a full stop nor on a lead-in's colon, with more
    of the item below it ("POOL OPENS" over "Corran's new swimming pool opens …"). No line rule is asked: a
    newsletter's heading may read like a button ("BINS BACK")."""
    lines = [line for passage in item for line in furniture_rules.visible_lines(passage.text)]
    return len(lines) > 1 and furniture_rules.size(lines[0]) <= furniture_rules.SECTION_HEADING_WORDS and (
        furniture_rules.FULL_STOP.search(lines[0]) is None and not lines[0].rstrip().endswith((":", "："))
    )


def separated_items(ordered: list[PassageText]) -> list[list[PassageText]]:
    """The runs of ``ordered`` (one article's passages, in page order) between its separator lines
    (``item_separator``), the runs before the first and after the last among them; the separators left out."""
    items, current = [], []
    for passage in ordered:
        if item_separator(passage.text):
            items.append(current)
            current = []
        else:
            current.append(passage)
    items.append(current)
    return items


def newsletter_items(ordered: list[PassageText]) -> list[list[PassageText]]:
    """The items of an article set as a newsletter (``separated_items``), or none: ``ITEM_SEPARATORS`` separator lines
    or more, and each item between two of them that holds anything headed by a short line (``item_heading``). The
    run above the first separator (the greeting) and the one under the last (the sign-off) need no heading."""
    if sum(item_separator(p.text) for p in ordered) < ITEM_SEPARATORS:
        return []
    items = separated_items(ordered)
    return items if all(item_heading(item) for item in items[1:-1] if item) else []


def off_story_items(passages: list[PassageText], found: Mapping[Hashable, list[str]]) -> set[Hashable]:
    """The keys of the passages of a newsletter's items on other news (``OFF_STORY_SHARE``): in an article set as a
    newsletter (``newsletter_items``), each item is measured by its passage most like a passage of another article
    (TF-IDF words, ``word_vectors``; the passages ``found`` to be furniture left out). The item most like the other
    articles is the story's; one far below it is not, whatever its language. A story of one article, or an article
    of one item, has nothing to compare; a feature's sections between separator lines are no newsletter's items."""
    by_article = defaultdict(list)
    for passage in passages:
        by_article[passage.article].append(passage)
    newsletters = {article: items for article, ordered in by_article.items()
                   if (items := newsletter_items(sorted(ordered, key=lambda p: p.index)))}
    if not newsletters or len(by_article) < 2:
        return set()
    content = [p for p in passages if not found.get(p.key) and not item_separator(p.text)]
    row = {p.key: number for number, p in enumerate(content)}
    if len({p.article for p in content}) < 2:
        return set()
    vectors = word_vectors(content)
    likeness = (vectors @ vectors.T).toarray()
    off = set()
    for article, items in newsletters.items():
        others = [number for number, p in enumerate(content) if p.article != article]
        if not others:
            continue
        scored = [(max(likeness[row[p.key], others].max() for p in item if p.key in row), item)
                  for item in items if any(p.key in row for p in item)]
        if len(scored) < 2:
            continue
        best = max(score for score, _item in scored)
        for score, item in scored:
            if score < OFF_STORY_SHARE * best:
                off.update(p.key for p in item if not found.get(p.key))
    return off


def story_item_headings(passages: list[PassageText], found: Mapping[Hashable, list[str]],
                        off: set[Hashable]) -> set[Hashable]:
    """The keys of the headings of a newsletter's items on the story (``newsletter_items``, ``off_story_items``): an
    item's first passage, its kicker and headline in a block of their own ("COUNCIL" over "Streetlights to go dark
    …"), each line ``furniture.HEADLINE_WORDS`` or fewer, found to be furniture for its shape alone
    (``furniture.SHAPE_REASONS``), over a passage of the item that stays the story's. It heads the story's item as a
    section's heading heads its section; an item on other news keeps its heading the page's."""
    by_article = defaultdict(list)
    for passage in passages:
        by_article[passage.article].append(passage)
    kept = set()
    for ordered in by_article.values():
        for item in newsletter_items(sorted(ordered, key=lambda p: p.index))[1:-1]:
            if len(item) < 2 or item[0].key in off:
                continue
            heading, below = item[0], item[1:]
            lines = furniture_rules.visible_lines(heading.text)
            reasons = found.get(heading.key) or []
            if reasons and set(reasons) <= furniture_rules.SHAPE_REASONS and all(
                furniture_rules.size(line) <= furniture_rules.HEADLINE_WORDS
                and furniture_rules.FULL_STOP.search(line) is None for line in lines
            ) and any(p.key not in off and not found.get(p.key) for p in below):
                kept.add(heading.key)
    return kept


CAPTION_REASON = "a picture's caption, right above the picture's credit on a line of its own"


def over_a_picture_credit(passages: list[PassageText]) -> set[Hashable]:
    """The keys of passages of ``furniture.DECK_WORDS`` or fewer right above a passage that is a picture's credit
    alone (``furniture_lines.picture_credit``: "(Herald photo/Jo Ng)", "Photo: …"), or closing on that credit on a
    line of their own (``furniture_lines.without_picture_lines``): the caption, cut from its credit line or set
    with it, is the picture's as much as the credit is. A copyright line, which may close the article's text, is no
    picture's credit. A gallery's caption is no aside: the pictures are the page's story, and each caption tells a
    part of it; it follows the gallery's counter ("3 of 6", ``furniture_lines.gallery_counter``) or closes on its
    link to the next picture (``furniture_lines.picture_control``), and stays the story's."""
    from newsdesk.importing.furniture_lines import (
        gallery_counter,
        picture_control,
        picture_credit,
        without_picture_lines,
    )

    by_index = {(repr(p.article), p.index): p for p in passages}
    captions = set()
    for passage in passages:
        below = by_index.get((repr(passage.article), passage.index + 1))
        lines = furniture_rules.visible_lines(below.text) if below is not None else []
        above = by_index.get((repr(passage.article), passage.index - 1))
        if above is not None and gallery_counter(above.text) or any(
            picture_control(line) for line in furniture_rules.visible_lines(passage.text)
        ):
            continue
        caption = without_picture_lines(passage.text)
        credited = caption != passage.text and any(
            picture_credit(line) for line in furniture_rules.visible_lines(passage.text[len(caption):])
        )
        if (credited or lines and all(picture_credit(line) for line in lines)) and (
            0 < furniture_rules.size(caption) <= furniture_rules.DECK_WORDS
        ):
            captions.add(passage.key)
    return captions


# The writer's name on the byline ends where its line goes on to a job, a place or a date ("By Ana Ruiz, Health
# editor", "Por Ana Ruiz | 12/03/2025", "Von Jan Ott (Text)").
BYLINE_NAME_END = re.compile(r"\s*(?:[,;|·•(（]|\s[-–—]\s).*$")
BYLINE_NAME_WORDS = (2, 4)  # a full name: a given name and a family name, perhaps a middle name or two
ENGLISH_BYLINE = re.compile(r"^(?:by|words by|written by|reporting by|text by|"
                            r"(?:analysis|opinion|commentary|review|essay|interview) by)\s+", re.IGNORECASE)
NAME_AS_SUBJECT = re.compile(r"(?:\s*,)?\s+[^\W_]")  # the name, then a word (perhaps after a comma), no colon
BIO_REASON = "the writer's note at the article's end: it opens on the name of the byline and says who the writer is"


# A byline without a label: a full name opening a row of the article's details, each word of it written as a name is
# ("Jana Doubravová | 14. 7. 2025 | Čtení na 4 minuty"), a time stamp among the row's other parts.
BARE_NAME = re.compile(r"^(?:[^\W\d_]\.?)*[^\W\d_][\w'’\-]*$")


def _bare_byline(parts: list[str]) -> str | None:
    """The name opening a row of ``parts`` (a line's, between "|") when it is a full name alone (``BYLINE_NAME_WORDS``
    words, each opening on a capital, ``BARE_NAME``) that the line rules take for nothing, and another of the parts is
    a time stamp by the line rules."""
    from newsdesk.importing.furniture_lines import line_furniture

    name, rest = parts[0], parts[1:]
    words = name.split()
    if not rest or not BYLINE_NAME_WORDS[0] <= len(words) <= BYLINE_NAME_WORDS[1] or line_furniture(name) is not None:
        return None
    if not all(BARE_NAME.match(word) and word[0].isupper() for word in words):
        return None
    stamped = any((judged := line_furniture(part)) is not None and judged[0] == "timestamp" for part in rest if part)
    return name if stamped else None


def byline_name(line: str) -> str | None:
    """The writer's full name on ``line`` when it (or one of its parts between "|") is a byline by the line rules
    ("Por Ana Ruiz", "By Jo Ng, Science editor", "Von Jan Ott | 3. März 2025"): the words after the byline's label,
    up to a comma, a bracket or a dash, ``BYLINE_NAME_WORDS`` of them; or the full name alone that opens a row of the
    article's details with its time stamp (``_bare_byline``: "Jana Doubravová | 14. 7. 2025")."""
    from newsdesk.importing.furniture_lines import OTHER_BYLINE, line_furniture

    if (bare := _bare_byline([part.strip() for part in line.split("|")])) is not None:
        return bare
    for part in (part.strip() for part in line.split("|")):
        judged = line_furniture(part) if part else None
        if judged is None or judged[0] != "byline":
            continue
        labelled = OTHER_BYLINE.match(part)
        english = ENGLISH_BYLINE.match(part)
        name = labelled.group("name") if labelled else part[english.end():] if english else ""
        name = BYLINE_NAME_END.sub("", name).strip()
        if BYLINE_NAME_WORDS[0] <= len(name.split()) <= BYLINE_NAME_WORDS[1]:
            return name
    return None


def closing_bio(passages: list[PassageText], found: Mapping[Hashable, list[str]],
                line_rules: LineRules | None = None) -> set[Hashable]:
    """The keys of writers' notes at the end of their article ("Ana Ruiz is a sanitary physician and writes on
    Wednesdays.", in any language): the article's last passage that no rule takes for furniture, every passage
    below it the page's, that opens on the full name of the article's own byline (``byline_name``, a line above
    it) as the subject of what follows (a word, not a colon: a speaker's turn), or on its family name right under the
    name on a line of its own, no longer than a note
    (``furniture_lines.BIO_WORDS``). A writer names themself so only to say who they are; a reporter's story does
    not close on its byline's name. The passages below it may be the page's by the line rules (``furniture.
    line_reasons``: a copyright line) as well as by ``found``."""
    from newsdesk.importing.furniture_lines import BIO_WORDS

    # A line the line rules take for the page's (a copyright line closing the page) is below the story too.
    line_rules = line_rules or LineRules(p.text for p in passages)
    notes = set()
    for article in articles_in_page_order(passages):
        story = [position for position, passage in enumerate(article)
                 if not found.get(passage.key) and not line_rules.reasons(passage.text)]
        if len(story) < 2:
            continue
        last = article[story[-1]]
        names = {name for passage in article[:story[-1]] if found.get(passage.key)
                 for line in furniture_rules.visible_lines(passage.text) if (name := byline_name(line))}
        text = furniture_rules.trimmed(last.text)
        if furniture_rules.size(text) > BIO_WORDS:
            continue
        above = furniture_rules.trimmed(article[story[-1] - 1].text).casefold() if story[-1] else ""
        for name in names:
            # Under the name on a line of its own (in capitals, as a writer's box heads it), the note may name the
            # writer by the family name alone ("MAEVE OKORO" over "Okoro covers West Africa …").
            openings = [name] + ([name.split()[-1]] if above == name.casefold() else [])
            for opening in openings:
                rest = text[len(opening):] if text[:len(opening)].casefold() == opening.casefold() else None
                if rest and NAME_AS_SUBJECT.match(rest):
                    notes.add(last.key)
    return notes


RELATED_LINK_REASON = "a link to another story under a “Related” label"
SENTENCE_STOP = re.compile(r"[.。।]\s*$")
ABOUT_REASON = "a note under its “About …” label: who the writer is, or the boilerplate of the page's owner"


def under_an_about_label(passages: list[PassageText], found: Mapping[Hashable, list[str]]) -> set[Hashable]:
    """The keys of the notes under an "About …" label of a line of its own (``furniture.about_note``): the writer's
    bio under "About the author", a press release's boilerplate under "About" and its owner's name. A writer's or an
    owner's note, however long, is the page's, not the story's."""
    notes = set()
    for article in articles_in_page_order(passages):
        for above, below in zip(article, article[1:], strict=False):
            if not found.get(below.key) and furniture_rules.about_note(above.text, below.text):
                notes.add(below.key)
    return notes


def abstract_headings(passages: list[PassageText], found: Mapping[Hashable, list[str]]) -> set[Hashable]:
    """The keys of the headings of a paper's structured abstract or sections
    (``furniture_vocabulary.ABSTRACT_SECTIONS``: "Background", "Methods", "Results", "Conclusions", "Abstract" over
    them), each a line of its own right over a
    paragraph of prose that no rule takes for the page's, or over another such heading: the part of the study the
    paragraph reports is the story's, however few its words."""
    from newsdesk.importing import furniture_vocabulary

    sections = frozenset(furniture_vocabulary.phrases(furniture_vocabulary.ABSTRACT_SECTIONS))

    def heading(passage: PassageText) -> bool:
        lines = furniture_rules.visible_lines(passage.text)
        return len(lines) == 1 and furniture_vocabulary.folded(lines[0]).rstrip(" :：.") in sections

    keys = set()
    for article in articles_in_page_order(passages):
        over_prose = False  # the passage below is prose of the story's, or a heading over it
        for passage in reversed(article):
            if heading(passage) and over_prose:
                keys.add(passage.key)
                continue
            over_prose = not found.get(passage.key) and furniture_rules.is_prose(passage.text)
    return keys


# What the rules say of a box's label alone: its shape, and the outlet's "we" of "What we know".
BOX_LABEL_REASONS = furniture_rules.SHAPE_REASONS | {furniture_rules.ADDRESS_REASON}


def box_labels(passages: list[PassageText], found: Mapping[Hashable, list[str]]) -> set[Hashable]:
    """The keys of a summary box's labels (``furniture_lines.SUMMARY_LABELS``: "Key points", "At a glance", "In
    brief", "What we know", in the languages of ``furniture_vocabulary.SUMMARY_LABELS``), each a line of its own that
    the shape rules alone send to the furniture band (or the outlet's "we" in it: ``BOX_LABEL_REASONS``), right over an
    item of a list that no rule takes for the page's: the label heads the story's own points, told short, as a
    section's heading heads its paragraphs."""
    from newsdesk.importing.furniture_lines import SUMMARY_LABELS, list_item

    keys = set()
    for article in articles_in_page_order(passages):
        for above, below in zip(article, article[1:], strict=False):
            label = furniture_rules.visible_lines(above.text)
            items = furniture_rules.visible_lines(below.text)
            if len(label) == 1 and SUMMARY_LABELS.match(label[0]) and set(found.get(above.key) or ()) <= (
                BOX_LABEL_REASONS
            ) and items and not found.get(below.key) and all(list_item(line) is not None for line in items):
                keys.add(above.key)
    return keys


REFERENCES_REASON = ("a reference list, footnotes or a citation under their label (“References”, “Footnotes”, "
                     "“Cite this article”)")


def under_a_references_label(passages: list[PassageText], found: Mapping[Hashable, list[str]]) -> set[Hashable]:
    """The keys of a page's reference list, footnotes or citation block with their label
    (``references.references_under_the_label``): what the story cites is the page's apparatus, not its report."""
    from newsdesk.alignment.references import references_under_the_label

    keys = set()
    for article in articles_in_page_order(passages):
        positions = references_under_the_label([p.text for p in article], [bool(found.get(p.key)) for p in article])
        keys.update(article[position].key for position in positions)
    return keys


NOTES_REASON = "a press release's note to editors, numbered or bulleted under its “Notes to editors” label"


def under_a_notes_label(passages: list[PassageText], found: Mapping[Hashable, list[str]],
                        line_rules: LineRules | None = None) -> set[Hashable]:
    """The keys of a press release's notes to editors under their label (``release_notes.notes_under_the_label``),
    but a note that another article of the story reports. The other articles' text is joined only for an article
    that holds a notes label (``release_notes.notes_label``): most hold none, and joining it for each would take time
    growing with the square of the story's length."""
    notes = set()
    articles = articles_in_page_order(passages)
    for number, article in enumerate(articles):
        if not any(notes_label(p.text) for p in article):
            continue
        line_rules = line_rules or LineRules(p.text for p in passages)
        # What the other articles report is in their story's passages, not in what the rules took for their page's (a
        # paper's reference list names the authors a release's note cites).
        elsewhere = "\n".join(p.text for other, passages_of in enumerate(articles) if other != number
                               for p in passages_of
                               if not found.get(p.key) and not line_rules.reasons(p.text))
        positions = notes_under_the_label([p.text for p in article], [bool(found.get(p.key)) for p in article],
                                          elsewhere)
        notes.update(article[position].key for position in positions)
    return notes


def under_a_related_label(passages: list[PassageText], found: Mapping[Hashable, list[str]],
                          line_rules: LineRules | None = None) -> set[Hashable]:
    """The keys of the links under a "Related" label of a line of its own ("More on this story"), each link a passage
    of its own (a headline that reads as a sentence, "Why are children sleeping less?", cuts its block into lines):
    the lines of headline length (``furniture.HEADLINE_WORDS``) that end on no full stop, right below the label, up
    to the first that is not.
    A line the rules take for the page's already (a prompt, a line the line rules know) keeps its own reason."""
    from newsdesk.importing.furniture_lines import related_label

    line_rules = line_rules or LineRules(p.text for p in passages)
    links = set()
    for article in articles_in_page_order(passages):
        under = False
        for passage in article:
            lines = furniture_rules.visible_lines(passage.text)
            if len(lines) == 1 and related_label(lines[0]):
                under = True
            elif under and len(lines) == 1 and furniture_rules.size(lines[0]) <= furniture_rules.HEADLINE_WORDS and (
                not SENTENCE_STOP.search(lines[0])
            ):  # a headline ends on no full stop; a short paragraph of news after "Read also:" does
                if not found.get(passage.key) and not line_rules.reasons(passage.text):
                    links.add(passage.key)
            else:
                under = False
    return links


def heads_the_paragraph_below(text: str) -> bool:
    """``text`` heads what follows it: one line of ``furniture.SECTION_HEADING_WORDS`` or fewer that does not end on a
    full stop (a section's heading, a question over its answer, a speaker's line over the quotation)."""
    lines = furniture_rules.visible_lines(text)
    return len(lines) == 1 and furniture_rules.size(lines[0]) <= furniture_rules.SECTION_HEADING_WORDS and not (
        lines[0].rstrip().endswith((".", "。", "।"))
    )


def headings_follow_their_paragraph(content: list[PassageText], assignment: np.ndarray,
                                    fixed_rows: set[int]) -> np.ndarray:
    """``assignment`` with each heading of the story's (``heads_the_paragraph_below``) in the row of the passage right
    under it in its article: a heading says in a few words what its section reports, too few for its own vector to
    find the row ("What happened?", "சொர்ணம் பாட்டி"). Hand placements stay; a heading over another heading follows
    it down to the paragraph."""
    row_of = {(repr(p.article), p.index): row for row, p in enumerate(content)}
    assignment = assignment.copy()
    for row in sorted(range(len(content)), key=lambda r: -content[r].index):
        passage = content[row]
        below = row_of.get((repr(passage.article), passage.index + 1))
        if row in fixed_rows or below is None or not heads_the_paragraph_below(passage.text):
            continue
        assignment[row] = assignment[below]
    return assignment


def split_furniture(passages: list[PassageText], fixed: Mapping[Hashable, Hashable | None]):
    """(content passages, furniture keys, reasons): hand placements decide for themselves; the items of a list
    under the story's own lead-in are content (the line rules may still find their words to be furniture), and so
    are the headings of an article's sections (``section_headings``)."""
    repeated = furniture_rules.repeated_texts(p.text for p in passages)
    # The line rules count a line's repeats over the whole story, hand placements too: the page holds their lines.
    line_rules = LineRules(p.text for p in passages)
    listed = listed_under_a_lead_in(passages)
    language = language_of_texts([p.text for p in passages])
    judged: dict[Hashable, list[str]] = {}
    for passage in passages:
        if passage.key in fixed:
            judged[passage.key] = ["placed in the furniture band by hand"] if fixed[passage.key] is None else []
        elif passage.key in listed:
            judged[passage.key] = []
        else:
            judged[passage.key] = furniture_rules.furniture_reasons(
                passage.text, repeated=furniture_rules.normalised(passage.text) in repeated, language=language
            )
    for key in under_an_about_label([p for p in passages if p.key not in fixed], judged):
        if key not in listed:
            judged[key] = [ABOUT_REASON]
    references = {key for key in under_a_references_label([p for p in passages if p.key not in fixed], judged)
                  if key not in listed}
    for key in references:
        judged[key] = [REFERENCES_REASON]
    for key in under_a_notes_label([p for p in passages if p.key not in fixed], judged, line_rules):
        if key not in listed:
            judged[key] = judged[key] or [NOTES_REASON]
    for key in under_a_related_label([p for p in passages if p.key not in fixed], judged, line_rules):
        if key not in listed:
            judged[key] = [RELATED_LINK_REASON]
    headings = section_headings([p for p in passages if p.key not in fixed], judged, repeated, line_rules)
    headings |= {p.key for p in passages if p.key not in fixed and p.key not in listed and fact_box(p, judged)}
    for key in above_an_opening_heading([p for p in passages if p.key not in fixed], judged, headings):
        if key not in listed and not judged[key]:
            judged[key] = [furniture_rules.HEADER_REASON]
    headings |= cut_by_a_jump([p for p in passages if p.key not in fixed], judged)
    headings |= abstract_headings([p for p in passages if p.key not in fixed and p.key not in listed], judged)
    headings |= box_labels([p for p in passages if p.key not in fixed and p.key not in listed], judged)
    headings -= references
    for key in under_a_commenter(passages):
        if key not in fixed and key not in listed and not judged[key]:
            judged[key] = [COMMENT_REASON]
    for key in under_the_comments([p for p in passages if p.key not in fixed], judged):
        if key not in listed:
            judged[key] = judged[key] or [COMMENTS_REASON]
            headings.discard(key)
    # A note the line rules take for the page's ("… can be reached at …") is left to them (``set_lines_apart``).
    text_of = {p.key: p.text for p in passages}
    for key in closing_bio([p for p in passages if p.key not in fixed], judged, line_rules):
        if key not in listed and key not in headings and not line_rules.reasons(text_of[key]):
            judged[key] = [BIO_REASON]
    for key in over_a_picture_credit(passages):
        if key not in fixed and key not in listed and key not in headings and not judged[key]:
            judged[key] = [CAPTION_REASON]
    off_story = off_story_items([p for p in passages if p.key not in fixed], judged)
    for key in off_story:
        judged[key] = [OFF_STORY_REASON]
        headings.discard(key)
    headings |= story_item_headings([p for p in passages if p.key not in fixed], judged, off_story)
    reasons: dict[Hashable, list[str]] = {}
    content: list[PassageText] = []
    furniture: list[Hashable] = []
    for passage in passages:
        found = [] if passage.key in headings else judged[passage.key]
        if found:
            reasons[passage.key] = found
            furniture.append(passage.key)
        else:
            content.append(passage)
    return content, furniture, reasons


def set_lines_apart(content: list[PassageText], fixed: Mapping[Hashable, Hashable | None],
                    furniture: list[Hashable], reasons: dict[Hashable, list[str]],
                    passages: Sequence[PassageText] = ()) -> list[int]:
    """The rows of ``content`` that stay content: a passage whose every line is page furniture by the line
    rules the importer shares (``furniture.line_reasons``), a list of links under a "Related" label
    (``furniture.related_list``), or a line above its article's first paragraph (``furniture.above_the_story``)
    joins ``furniture`` with its ``reasons``. Hand placements decide for themselves. ``passages``: all the story's
    passages, the furniture's among them, read for the passage right under an article's first one."""
    repeats = furniture_rules.line_repeats(p.text for p in content)
    text_at = {(repr(p.article), p.index): p.text for p in passages}
    judged = [[] if p.key in fixed else furniture_rules.line_reasons(p.text, repeats)
              or furniture_rules.related_list(p.text) for p in content]
    # A passage between two paragraphs of the story (prose the line rules leave alone) is judged again as
    # part of the body: a sentence shaped like a contributor's note is the story's there.
    prose = {(p.article, p.index) for p, found in zip(content, judged, strict=True)
             if not found and furniture_rules.is_prose(p.text)}
    # The lines above an article's first paragraph (its headline, a deck), among the passages the rules leave.
    by_article = defaultdict(list)
    for row, passage in enumerate(content):
        if not judged[row]:
            by_article[repr(passage.article)].append(row)
    header = set()
    for rows in by_article.values():
        rows.sort(key=lambda row: content[row].index)
        above = furniture_rules.above_the_story(
            [content[row].text for row in rows], [content[row].index for row in rows],
            text_at.get((repr(content[rows[0]].article), content[rows[0]].index + 1)) if rows else None)
        header.update(rows[position] for position in above if content[rows[position]].key not in fixed)
    keep = []
    for row, passage in enumerate(content):
        found = judged[row]
        if found and {(passage.article, passage.index - 1), (passage.article, passage.index + 1)} <= prose:
            # A list of links under a "Read also" label stays the page's there: its headlines are no prose.
            found = (furniture_rules.line_reasons(passage.text, repeats, inside_body=True)
                     or furniture_rules.related_list(passage.text))
        if not found and row in header:
            found = [furniture_rules.HEADER_REASON]
        if found:
            reasons[passage.key] = found
            furniture.append(passage.key)
        else:
            keep.append(row)
    return keep


def align(passages: list[PassageText], fixed: Mapping[Hashable, Hashable | None] | None = None,
          joinable: Iterable[Hashable] | None = None) -> Alignment:
    """Group ``passages`` into topics; set page furniture apart.

    ``fixed`` maps passage keys to the group they stay in (``None``: furniture): passages an editor placed,
    and the members of topics an editor curated. The topics built around them are returned with ``group``
    set, so the caller can match them to its stored topics. ``joinable``: the passages that may join a
    group by similarity (new passages); ``None`` lets every free passage join the group its cluster holds.
    """
    fixed = dict(fixed or {})
    content, furniture, reasons = split_furniture(passages, fixed)
    if not content:
        return Alignment(topics=[], furniture=furniture, reasons=reasons)
    # The rows are built over the passages the shape rules leave, and the passages the line rules find to be
    # furniture then leave their rows: the band then never shifts the weights, the latent dimensions or the
    # segments the content passages are grouped by.
    vectors = passage_vectors(content)
    clusters = cluster(vectors, [p.article for p in content], [p.index for p in content],
                       [p.text for p in content])
    keep = set_lines_apart(content, fixed, furniture, reasons, passages)
    if not keep:
        return Alignment(topics=[], furniture=furniture, reasons=reasons)
    content, vectors, clusters = [content[row] for row in keep], vectors[keep], clusters[keep]
    fixed_rows = {row: fixed[p.key] for row, p in enumerate(content) if p.key in fixed}
    joinable_rows = None
    if joinable is not None:
        joinable = set(joinable)
        joinable_rows = {row for row, p in enumerate(content) if p.key in joinable}
    assignment, groups = respect_hand_placements(clusters, vectors, fixed_rows, joinable_rows)
    assignment = headings_follow_their_paragraph(content, assignment, set(fixed_rows))
    names = labels.label_topics([p.text for p in content], assignment.tolist(), [p.article for p in content])
    topics = [
        TopicDraft(label=names[topic], members=[content[row].key for row in np.flatnonzero(assignment == topic)],
                   group=groups[topic])
        for topic in sorted(set(assignment.tolist()))
    ]
    return Alignment(topics=topics, furniture=furniture, reasons=reasons)


# --- the database entry point --------------------------------------------------------------------------

FURNITURE = "furniture"  # where a passage was, in a run's changes, when it was in the furniture band


def align_story(story, *, trigger: str = "command", user=None):
    """(Re-)align ``story`` and store the result: topics, a placement for every passage, and an
    ``AlignmentRun`` that records what changed (returned).

    Curation policy: a topic an editor named or placed passages into is an anchor. It keeps every passage
    it holds, hand-placed or not; passages new to the story may join it when they are close to it; only the
    passages of uncurated topics and new passages are clustered afresh. Hand placements stay where the
    editor put them. Uncurated topics keep their identity when they keep most of their passages, so links
    and reports that name a topic stay valid across re-runs.
    """
    from django.db import transaction

    from newsdesk.models import AlignmentRun, Article, Passage, PassagePlacement, Story, Topic

    with transaction.atomic():
        # One alignment of a story at a time: a second request waits here, then redoes the work on the
        # placements the first one stored, instead of colliding with them.
        Story.objects.select_for_update().filter(pk=story.pk).first()
        texts = dict(Article.objects.filter(story=story).values_list("pk", "text"))
        rows = list(Passage.objects.filter(article__story=story).values_list("pk", "article_id", "index",
                                                                              "start", "end"))
        passages = [PassageText(key=pk, article=article, index=index, text=texts[article][start:end])
                    for pk, article, index, start, end in rows]
        placements = list(PassagePlacement.objects.filter(passage__article__story=story)
                          .values_list("passage_id", "topic_id", "topic__story_id", "by_hand"))
        stale = {pk for pk, topic, topic_story, _ in placements if topic is not None and topic_story != story.pk}
        PassagePlacement.objects.filter(passage_id__in=stale).delete()
        placements = [p for p in placements if p[0] not in stale]
        topics = {topic.pk: topic for topic in Topic.objects.filter(story=story)}
        before = {pk: topic for pk, topic, _, _ in placements}
        hand = {pk: topic for pk, topic, _, by_hand in placements if by_hand}
        curated = {pk for pk, topic in topics.items() if topic.label_curated} | {
            topic for topic in hand.values() if topic is not None}
        kept = {pk: topic for pk, topic, _, by_hand in placements if not by_hand and topic in curated}
        previous = {pk: topic for pk, topic, _, by_hand in placements
                    if not by_hand and topic is not None and topic not in curated}
        new_passages = {p.key for p in passages if p.key not in before}

        result = align(passages, {**hand, **kept}, joinable=new_passages)

        used: set[int] = set()
        chosen: list[Topic] = []
        created: set[int] = set()
        for draft in result.topics:
            if draft.group is not None and draft.group in topics:
                topic = topics[draft.group]
            else:
                overlap = Counter(previous[key] for key in draft.members if previous.get(key) in topics)
                candidates = [pk for pk, _ in overlap.most_common() if pk not in used and pk not in curated]
                topic = topics[candidates[0]] if candidates else Topic(story=story)
            if not topic.label_curated:
                topic.label = draft.label
            is_new = topic.pk is None
            topic.save()
            if is_new:
                created.add(topic.pk)
            used.add(topic.pk)
            chosen.append(topic)
        gone = Topic.objects.filter(story=story).exclude(pk__in=[t.pk for t in chosen])
        removed = [{"label": topic.label, "passages": sum(1 for t in before.values() if t == topic.pk)}
                   for topic in gone]
        gone.delete()

        fixed = set(hand)
        PassagePlacement.objects.filter(passage__article__story=story, by_hand=False).delete()
        PassagePlacement.objects.bulk_create(
            [PassagePlacement(passage_id=key, topic=topic) for draft, topic in zip(result.topics, chosen, strict=True)
             for key in draft.members if key not in fixed]
            + [PassagePlacement(passage_id=key, topic=None) for key in result.furniture if key not in fixed]
        )
        after = {key: topic.pk for draft, topic in zip(result.topics, chosen, strict=True) for key in draft.members}
        after.update({key: None for key in result.furniture})
        changes = run_changes(before, after, chosen, created, removed, len(new_passages))
        return AlignmentRun.objects.create(
            story=story, trigger=trigger, ran_by=user if getattr(user, "pk", None) else None,
            topics=len(chosen), furniture=len(result.furniture), kept_by_hand=len(hand),
            kept_in_curated=len(kept), changes=changes,
        )


def run_changes(before: Mapping, after: Mapping, topics: list, created: set, removed: list,
                new_passages: int) -> dict:
    """What a run changed, for people: per topic, how many passages joined it and left it (a passage new to
    the story counts as joining, and as ``added``), and which topics are new or gone."""
    joined: Counter = Counter()
    added: Counter = Counter()
    left: Counter = Counter()
    for key, now in after.items():
        was = before.get(key, "new")
        if was != now:
            joined[now] += 1
            if was == "new":
                added[now] += 1
            else:
                left[was] += 1
    rows = []
    for topic in topics:
        if topic.pk in created or joined[topic.pk] or left[topic.pk]:
            rows.append({"id": topic.pk, "label": topic.label, "new": topic.pk in created,
                         "joined": joined[topic.pk], "added": added[topic.pk], "left": left[topic.pk]})
    return {
        "first": not before,
        "new_passages": new_passages,
        "topics": rows,
        "removed": removed,
        "furniture": {"joined": joined[None], "left": left[None]},
    }


def needs_alignment(story) -> bool:
    """Some passage of the story has no place yet (the story is new, or an article was added)."""
    from newsdesk.models import Passage

    return Passage.objects.filter(article__story=story, placement__isnull=True).exists()

