"""Topic alignment: group the passages of a story's articles into sub-topics, so that passages about the same
thing share a row of the comparison grid across outlets.

Method, in four steps, each general to any English story (nothing here knows a subject, a name or a site):

1. Page furniture (``furniture.py``) is set aside by its shape: captions, menus, prompts, appeals.
2. Each remaining passage becomes a TF-IDF vector (scikit-learn) of lightly stemmed words and two-word
   phrases, weighted within the story, so words every article uses (the story's protagonists) count for
   little and words that mark a sub-topic count for much. A passage also borrows a little from its
   neighbours in the same article, since reporters spread one sub-topic over consecutive paragraphs.
3. Passages join topics by cosine similarity to each topic's centroid: a leader pass, a few refinement
   passes (like spherical k-means with a similarity floor) and a merge of near-identical topics. Passages
   an editor placed by hand seed their topics and are never moved. The number of topics is bounded, so the
   cost grows linearly with the number of passages, not with its square.
4. Each topic is labelled with its most distinctive terms (class-based TF-IDF: frequent in the topic, rare
   in the other topics), written as the articles spell them.

``align`` is pure; ``align_story`` reads a story's passages and writes its topics and placements.
"""

import functools
import math
import re
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass, field

import numpy as np

from newsdesk.alignment import furniture as furniture_rules

TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*", re.UNICODE)
# Figures (casualties, sums, percentages, dates) are among the surest signs that two outlets report the same
# fact; single digits are too common to count.
NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
# Reporting verbs and titles say who spoke, not what about; they would tie every quoted paragraph together.
EXTRA_STOP_WORDS = frozenset({"said", "says", "say", "told", "according", "mr", "mrs", "ms", "dr", "just", "also"})


@functools.cache
def stop_words() -> frozenset:
    """scikit-learn's English stop words and ours. scikit-learn (and SciPy with it) is imported where it is
    used, on first use, so that importing this module (every page's URL configuration does) stays cheap."""
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    return ENGLISH_STOP_WORDS | EXTRA_STOP_WORDS


CHAR_WEIGHT = 0.3  # share of character n-grams against whole words in a passage's vector
MIN_DIMENSIONS = 10
DIMENSIONS_PER_ROOT = 2.2  # latent dimensions grow with the square root of the number of passages,
MAX_DIMENSIONS = 48  # up to a bound, which keeps the decomposition linear in the size of the story
ENSEMBLE_RANKS = (0.7, 1.0, 1.4)  # each decomposition's rank, as a share of the rank above
ENSEMBLE_SEEDS = (0, 1)
NEIGHBOUR_WEIGHT = 0.1  # how much a passage borrows from the paragraphs either side of it
TOPIC_SIMILARITY = 0.25  # average cosine similarity within a topic, below which clusters stay apart
ATTACH_SIMILARITY = 0.12  # a lone passage joins the topic it is on average this similar to
JOIN_SIMILARITY = 0.3  # in large stories: a passage joins the nearest topic centroid at least this similar
EXACT_LIMIT = 600  # passages clustered exactly; beyond, a sample is clustered and the rest assigned
MAX_EXTRA_TOPICS = 40
LABEL_TERMS = 3


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


# --- words ---------------------------------------------------------------------------------------------


@functools.lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """A light, consistent suffix-stripper: plurals, possessives, -ed and -ing. It need not be English,
    only the same for ``visit``, ``visits`` and ``visited``."""
    word = word.lower().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    word = word.strip("'")
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "ous")):
        word = word[:-1]
    for suffix in ("ing", "ed"):
        if len(word) - len(suffix) >= 4 and word.endswith(suffix):
            word = word[: -len(suffix)]
            if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "ls":
                word = word[:-1]
            break
    return word


def terms_with_surface(text: str) -> list[tuple[str, str]]:
    """(term, surface) pairs: stemmed content words, and two-word phrases of adjacent content words."""
    result = []
    previous = None
    stop = stop_words()
    for match in TOKEN.finditer(text):
        surface = match.group()
        lowered = surface.lower().replace("’", "'")
        if lowered in stop or lowered.rstrip("s").rstrip("'") in stop or len(lowered) < 2:
            previous = None
            continue
        term = stem(lowered)
        result.append((term, surface))
        if previous is not None:
            result.append((f"{previous[0]} {term}", f"{previous[1]} {surface}"))
        previous = (term, surface)
    return result


def analyse(text: str) -> list[str]:
    return [term for term, _ in terms_with_surface(text)]


# --- vectors -------------------------------------------------------------------------------------------


def content_words(text: str) -> str:
    """The passage's content words in lower case, for the character n-gram view."""
    return " ".join(surface.lower() for term, surface in terms_with_surface(text) if " " not in term)


def unigrams(text: str) -> list[str]:
    """Stemmed content words, without the phrases (the fast path, for similarity)."""
    result = []
    stop = stop_words()
    for match in TOKEN.finditer(text):
        lowered = match.group().lower().replace("’", "'")
        if len(lowered) < 2 or lowered in stop or lowered.rstrip("s").rstrip("'") in stop:
            continue
        result.append(stem(lowered))
    for match in NUMBER.finditer(text):
        figure = match.group().replace(",", "")
        if len(figure) >= 2:
            result.append(figure)
    return result


def passage_vectors(passages: list[PassageText]) -> np.ndarray:
    """One L2-normalised row per passage, in a space where passages on the same sub-topic lie close.

    Words (stemmed), figures, and character 4-5-grams of content words (which match ``produce`` with
    ``production`` and names spelt two ways) are weighted by TF-IDF within the story, then reduced by latent
    semantic analysis, which lets words that occur together in the story stand in for each other. One
    decomposition is sensitive to its rank and its random start, so several (three ranks, two starts) are
    concatenated: the dot product of two rows is then the mean of their cosine similarities across the
    ensemble, which is steadier than any one. Each passage also borrows a little from its neighbours in
    its article.
    """
    from scipy import sparse
    from sklearn.decomposition import TruncatedSVD
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.preprocessing import normalize
    from threadpoolctl import threadpool_limits

    texts = [p.text for p in passages]
    words = TfidfVectorizer(analyzer=unigrams, sublinear_tf=True).fit_transform(texts)
    grams = TfidfVectorizer(analyzer="char_wb", ngram_range=(4, 5), sublinear_tf=True).fit_transform(
        [content_words(text) for text in texts]
    )
    combined = normalize(sparse.hstack([(1 - CHAR_WEIGHT) * words, CHAR_WEIGHT * grams]).tocsr())
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
        for seed in ENSEMBLE_SEEDS:
            if dimensions >= 2:
                # One thread: these matrices are small, and a busy server gains nothing from more.
                with threadpool_limits(limits=1):
                    reduced = normalize(TruncatedSVD(dimensions, random_state=seed).fit_transform(combined))
            else:
                reduced = combined.toarray()
            smoothed = reduced.copy()
            for row, neighbour in neighbours:
                smoothed[row] += NEIGHBOUR_WEIGHT * reduced[neighbour]
            members.append(normalize(smoothed))
            if dimensions < 2:
                break
    return np.hstack(members) / math.sqrt(len(members))


# --- clustering ----------------------------------------------------------------------------------------


def cluster(vectors: np.ndarray, articles: list[Hashable]) -> np.ndarray:
    """A topic number for each row: average-linkage clustering by cosine distance, stopped at a distance
    threshold, so the number of topics follows the story rather than being fixed in advance.

    Up to ``EXACT_LIMIT`` passages are clustered exactly. A larger story is clustered on a sample spread
    evenly over its articles, and every other passage joins the nearest topic centroid (or starts a topic
    of its own when none is near), so the cost grows linearly with the story beyond that size.
    """
    n = len(vectors)
    if n == 1:
        return np.zeros(1, dtype=int)
    if n <= EXACT_LIMIT:
        return _agglomerate(vectors)
    sample = _spread_sample(articles, EXACT_LIMIT)
    assignment = np.full(n, -1)
    assignment[sample] = _agglomerate(vectors[sample])
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


def _agglomerate(vectors: np.ndarray) -> np.ndarray:
    from sklearn.cluster import AgglomerativeClustering

    if len(vectors) == 1:
        return np.zeros(1, dtype=int)
    model = AgglomerativeClustering(
        n_clusters=None, metric="cosine", linkage="average", distance_threshold=1 - TOPIC_SIMILARITY
    )
    return attach_strays(vectors, model.fit_predict(vectors))


def attach_strays(vectors: np.ndarray, assignment: np.ndarray) -> np.ndarray:
    """A passage left alone in a topic joins the topic it is on average closest to, when that is near
    enough: one paragraph worded unlike the others should not make a row of its own."""
    assignment = assignment.copy()
    topics, sizes = np.unique(assignment, return_counts=True)
    if len(topics) < 2:
        return assignment
    sums = np.vstack([vectors[assignment == topic].sum(axis=0) for topic in topics])
    for position in np.flatnonzero(sizes == 1):
        row = int(np.flatnonzero(assignment == topics[position])[0])
        mean_similarity = (sums @ vectors[row]) / sizes
        mean_similarity[position] = -1
        best = int(np.argmax(mean_similarity))
        if mean_similarity[best] >= ATTACH_SIMILARITY:
            assignment[row] = topics[best]
    return assignment


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


def respect_hand_placements(assignment: np.ndarray, vectors: np.ndarray, fixed: Mapping[int, Hashable]):
    """Fold the automatic clusters around the editors' groups.

    Returns (topic per row, group per topic): passages placed by hand stay in their group; a free passage
    whose cluster holds hand-placed passages joins the nearest of those groups; other clusters stay
    automatic topics (group ``None``).
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
            if present:
                nearest = max(present, key=lambda g: float(centroid[g] @ vectors[row]))
                result[row] = topic_of_group[nearest]
            else:
                if cluster_number not in automatic:
                    automatic[cluster_number] = next_topic
                    next_topic += 1
                result[row] = automatic[cluster_number]
    return result, groups + [None] * len(automatic)


# --- labels --------------------------------------------------------------------------------------------


def topic_labels(plain, vocabulary, assignment: np.ndarray, surfaces: Mapping[str, str],
                 articles: list[Hashable] | None = None) -> dict[int, str]:
    """Each topic's most distinctive terms (class-based TF-IDF): frequent in the topic, used by few other
    topics, and, in a topic several articles share, used by several of them, so that the label says what
    the outlets have in common rather than one article's turn of phrase."""
    topics = sorted(set(assignment.tolist()))
    articles = list(articles) if articles is not None else list(range(len(assignment)))
    weights = np.vstack([np.asarray(plain[assignment == t].sum(axis=0)).ravel() for t in topics])
    sizes = np.array([(assignment == t).sum() for t in topics])[:, None]
    present = (weights > 0).sum(axis=0)
    scores = weights / sizes * np.log(1 + len(topics) / np.maximum(present, 1))
    used = plain.copy()
    used.data[:] = 1
    for position, topic in enumerate(topics):
        rows = np.flatnonzero(assignment == topic)
        topic_articles = sorted({articles[row] for row in rows}, key=repr)
        if len(topic_articles) > 1:
            per_article = np.vstack([
                np.asarray(used[[row for row in rows if articles[row] == article]].sum(axis=0)).ravel() > 0
                for article in topic_articles
            ])
            scores[position] *= np.sqrt(per_article.mean(axis=0))
    labels: dict[int, str] = {}
    taken: set[str] = set()
    for position, topic in enumerate(topics):
        ranked = [column for column in np.argsort(-scores[position])[:60] if scores[position, column] > 0]
        chosen: list[str] = []
        for column in ranked:
            term = vocabulary[column]
            if len(term) < 3 or any(set(term.split(" ")) & set(other.split(" ")) for other in chosen):
                continue
            chosen.append(term)
            if len(chosen) == LABEL_TERMS and ", ".join(chosen) not in taken:
                break
        chosen = chosen[:LABEL_TERMS + 1] if ", ".join(chosen[:LABEL_TERMS]) in taken else chosen[:LABEL_TERMS]
        taken.add(", ".join(chosen))
        label = ", ".join(surfaces.get(term, term) for term in chosen) or "Other passages"
        labels[topic] = label[:1].upper() + label[1:]
    return labels


def surface_forms(texts: Iterable[str]) -> dict[str, str]:
    """The most common spelling of each term, so labels read as the articles wrote them."""
    counts: dict[str, Counter] = defaultdict(Counter)
    for text in texts:
        for term, surface in terms_with_surface(text):
            counts[term][surface] += 1
    forms = {}
    for term, counter in counts.items():
        best = counter.most_common()
        # prefer a lower-case spelling when the word is not a name (it appears in lower case somewhere)
        lower = [s for s, _ in best if s == s.lower()]
        forms[term] = lower[0] if lower and best[0][0].lower() == lower[0] else best[0][0]
    return forms


# --- the whole method ----------------------------------------------------------------------------------


def split_furniture(passages: list[PassageText], fixed: Mapping[Hashable, Hashable | None]):
    """(content passages, furniture keys, reasons): hand placements decide for themselves."""
    repeated = furniture_rules.repeated_texts(p.text for p in passages)
    reasons: dict[Hashable, list[str]] = {}
    content: list[PassageText] = []
    furniture: list[Hashable] = []
    for passage in passages:
        if passage.key in fixed:
            found = ["placed in the furniture band by hand"] if fixed[passage.key] is None else []
        else:
            found = furniture_rules.furniture_reasons(
                passage.text, repeated=furniture_rules.normalised(passage.text) in repeated
            )
        if found:
            reasons[passage.key] = found
            furniture.append(passage.key)
        else:
            content.append(passage)
    return content, furniture, reasons


def align(passages: list[PassageText], fixed: Mapping[Hashable, Hashable | None] | None = None) -> Alignment:
    """Group ``passages`` into topics; set page furniture apart.

    ``fixed`` maps passage keys to the group an editor placed them in (``None``: furniture). Those passages
    stay where they are; the topics built around them are returned with ``group`` set, so the caller can
    match them to its stored topics.
    """
    fixed = dict(fixed or {})
    content, furniture, reasons = split_furniture(passages, fixed)
    if not content:
        return Alignment(topics=[], furniture=furniture, reasons=reasons)
    vectors = passage_vectors(content)
    clusters = cluster(vectors, [p.article for p in content])
    fixed_rows = {row: fixed[p.key] for row, p in enumerate(content) if p.key in fixed}
    assignment, groups = respect_hand_placements(clusters, vectors, fixed_rows)

    from sklearn.feature_extraction.text import TfidfVectorizer

    labeller = TfidfVectorizer(analyzer=analyse, sublinear_tf=True)
    plain = labeller.fit_transform([p.text for p in content])
    labels = topic_labels(plain, labeller.get_feature_names_out(), assignment,
                          surface_forms(p.text for p in content), [p.article for p in content])
    topics = [
        TopicDraft(label=labels[topic], members=[content[row].key for row in np.flatnonzero(assignment == topic)],
                   group=groups[topic])
        for topic in sorted(set(assignment.tolist()))
    ]
    return Alignment(topics=topics, furniture=furniture, reasons=reasons)


# --- the database entry point --------------------------------------------------------------------------


@dataclass(frozen=True)
class AlignmentRun:
    topics: int
    furniture: int
    kept_by_hand: int


def align_story(story) -> AlignmentRun:
    """(Re-)align ``story`` and store the result: topics, and a placement for every passage.

    Placements made by hand are kept and the topics they are in survive; every other passage is placed
    afresh. Automatic topics keep their identity (and an edited label) when they keep most of their
    passages, so links and reports that name a topic stay valid across re-runs.
    """
    from django.db import transaction

    from newsdesk.models import Article, Passage, PassagePlacement, Story, Topic

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
        stale = [pk for pk, topic, topic_story, _ in placements if topic is not None and topic_story != story.pk]
        PassagePlacement.objects.filter(passage_id__in=stale).delete()
        fixed = {pk: topic for pk, topic, topic_story, by_hand in placements if by_hand and pk not in stale}
        previous = {pk: topic for pk, topic, topic_story, by_hand in placements
                    if not by_hand and topic is not None and pk not in stale}

        result = align(passages, fixed)

        topics = {topic.pk: topic for topic in Topic.objects.filter(story=story)}
        used: set[int] = set()
        chosen: list[Topic] = []
        for draft in result.topics:
            if draft.group is not None and draft.group in topics:
                topic = topics[draft.group]
            else:
                overlap = Counter(previous[key] for key in draft.members if previous.get(key) in topics)
                candidates = [pk for pk, _ in overlap.most_common() if pk not in used and pk not in fixed.values()]
                topic = topics[candidates[0]] if candidates else Topic(story=story)
            used.add(topic.pk)
            if not topic.label_curated:
                topic.label = draft.label
            topic.save()
            used.add(topic.pk)
            chosen.append(topic)
        Topic.objects.filter(story=story).exclude(pk__in=[t.pk for t in chosen]).delete()

        PassagePlacement.objects.filter(passage__article__story=story, by_hand=False).delete()
        PassagePlacement.objects.bulk_create(
            [PassagePlacement(passage_id=key, topic=topic) for draft, topic in zip(result.topics, chosen, strict=True)
             for key in draft.members if key not in fixed]
            + [PassagePlacement(passage_id=key, topic=None) for key in result.furniture if key not in fixed]
        )
    return AlignmentRun(topics=len(chosen), furniture=len(result.furniture), kept_by_hand=len(fixed))


def needs_alignment(story) -> bool:
    """Some passage of the story has no place yet (the story is new, or an article was added)."""
    from newsdesk.models import Passage

    return Passage.objects.filter(article__story=story, placement__isnull=True).exists()

