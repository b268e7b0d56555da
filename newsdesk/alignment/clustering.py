"""Topic alignment: group the passages of a story's articles into sub-topics, so that passages about the same
thing share a row of the comparison grid across outlets.

Method, in four steps, each general to any English story (nothing here knows a subject, a name or a site):

1. Page furniture (``furniture.py``) is set aside by its shape: captions, menus, prompts, appeals.
2. Each remaining passage becomes a TF-IDF vector (scikit-learn) of lightly stemmed words, figures and
   character n-grams, weighted within the story, so words every article uses (the story's protagonists)
   count for little and words that mark a sub-topic count for much; latent semantic analysis (an ensemble
   of decompositions) lets words that occur together stand in for each other.
3. Passages are clustered by average linkage, stopped at a similarity threshold, with two paragraphs that
   follow each other in one article counted as more alike (reporters spread one sub-topic over consecutive
   paragraphs). Then topics held by different outlets whose centroids are close are joined (a row is meant
   to hold several outlets' accounts), and a lone passage joins the topic it is most like. Passages an
   editor placed, and the members of topics an editor curated, stay where they are. Beyond a bound the
   story is clustered on a sample and the rest assigned, so the cost grows linearly with the story.
4. Each topic is labelled with a phrase from its own passages (``labels.py``).

``align`` is pure; ``align_story`` reads a story's passages and writes its topics and placements.
"""

import math
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass, field

import numpy as np

from newsdesk.alignment import furniture as furniture_rules
from newsdesk.alignment import labels

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

CHAR_WEIGHT = 0.3  # share of character n-grams against whole words in a passage's vector
MIN_DIMENSIONS = 10
DIMENSIONS_PER_ROOT = 2.2  # latent dimensions grow with the square root of the number of passages,
MAX_DIMENSIONS = 48  # up to a bound, which keeps the decomposition linear in the size of the story
ENSEMBLE_RANKS = (0.7, 1.0, 1.4)  # each decomposition's rank, as a share of the rank above
ENSEMBLE_SEEDS = (0, 1)
NEIGHBOUR_WEIGHT = 0.1  # how much a passage borrows from the paragraphs either side of it
TOPIC_SIMILARITY = 0.25  # average similarity within a topic, below which clusters stay apart
# Reporters spread one sub-topic over consecutive paragraphs: two paragraphs side by side in one article
# count as this much more alike when the topics are formed.
ADJACENT_BONUS = 0.1
ATTACH_SIMILARITY = 0.12  # a lone passage joins the topic it is on average this similar to
MERGE_SIMILARITY = 0.35  # topics of different articles whose centroids are this alike become one
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


def word_vectors(passages: list[PassageText]):
    """Sparse TF-IDF rows of each passage's words and figures, with a share of character n-grams."""
    # scikit-learn and SciPy are imported where they are used, so importing this module stays cheap.
    from scipy import sparse
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.preprocessing import normalize

    texts = [p.text for p in passages]
    words = TfidfVectorizer(analyzer=unigrams, sublinear_tf=True).fit_transform(texts)
    grams = TfidfVectorizer(analyzer="char_wb", ngram_range=(4, 5), sublinear_tf=True).fit_transform(
        [content_words(text) for text in texts]
    )
    return normalize(sparse.hstack([(1 - CHAR_WEIGHT) * words, CHAR_WEIGHT * grams]).tocsr())


def passage_vectors(passages: list[PassageText], combined=None) -> np.ndarray:
    """One L2-normalised row per passage, in a space where passages on the same sub-topic lie close.

    Words (stemmed), figures, and character 4-5-grams of content words (which match ``produce`` with
    ``production`` and names spelt two ways) are weighted by TF-IDF within the story, then reduced by latent
    semantic analysis, which lets words that occur together in the story stand in for each other. One
    decomposition is sensitive to its rank and its random start, so several (three ranks, two starts) are
    concatenated: the dot product of two rows is then the mean of their cosine similarities across the
    ensemble, which is steadier than any one. Each passage also borrows a little from its neighbours in
    its article.
    """
    from sklearn.decomposition import TruncatedSVD
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


def cluster(vectors: np.ndarray, articles: list[Hashable], indexes: list[int] | None = None) -> np.ndarray:
    """A topic number for each row: average-linkage clustering by cosine distance, stopped at a distance
    threshold, so the number of topics follows the story rather than being fixed in advance. Consecutive
    paragraphs of one article count as more alike (``indexes``: each row's position in its article); then
    topics of different outlets that say the same thing are joined, and lone passages attached.

    Up to ``EXACT_LIMIT`` passages are clustered exactly. A larger story is clustered on a sample spread
    evenly over its articles, and every other passage joins the nearest topic centroid (or starts a topic
    of its own when none is near), so the cost grows linearly with the story beyond that size.
    """
    n = len(vectors)
    if n == 1:
        return np.zeros(1, dtype=int)
    indexes = list(indexes) if indexes is not None else list(range(n))
    if n <= EXACT_LIMIT:
        return _agglomerate(vectors, articles, indexes)
    sample = _spread_sample(articles, EXACT_LIMIT)
    assignment = np.full(n, -1)
    assignment[sample] = _agglomerate(vectors[sample], [articles[row] for row in sample],
                                      [indexes[row] for row in sample])
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


def _agglomerate(vectors: np.ndarray, articles: list[Hashable], indexes: list[int]) -> np.ndarray:
    if len(vectors) == 1:
        return np.zeros(1, dtype=int)
    from sklearn.cluster import AgglomerativeClustering

    similarity = vectors @ vectors.T
    for row, following in consecutive_rows(articles, indexes):
        similarity[row, following] += ADJACENT_BONUS
        similarity[following, row] += ADJACENT_BONUS
    distance = np.clip(1 - similarity, 0, 2)
    np.fill_diagonal(distance, 0)
    model = AgglomerativeClustering(
        n_clusters=None, metric="precomputed", linkage="average", distance_threshold=1 - TOPIC_SIMILARITY
    )
    assignment = model.fit_predict(distance)
    return attach_strays(vectors, merge_across_outlets(vectors, assignment, articles))


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


def merge_across_outlets(vectors: np.ndarray, assignment: np.ndarray, articles: list[Hashable]) -> np.ndarray:
    """Join topics that no article shares when their centroids are close: a row of the grid is meant to
    hold several outlets' accounts of one sub-topic, and each outlet words it its own way, so its run of
    paragraphs can form a cluster of its own beside the others'. The closest pair is joined first."""
    from sklearn.preprocessing import normalize

    assignment = assignment.copy()
    topics = sorted(set(assignment.tolist()))
    if len(topics) < 2:
        return assignment
    article_ids = {article: column for column, article in enumerate(dict.fromkeys(articles))}
    sums = np.vstack([vectors[assignment == t].sum(axis=0) for t in topics])
    owners = np.zeros((len(topics), len(article_ids)), dtype=bool)
    position = {topic: number for number, topic in enumerate(topics)}
    for row, topic in enumerate(assignment.tolist()):
        owners[position[topic], article_ids[articles[row]]] = True
    alive = np.ones(len(topics), dtype=bool)
    while True:
        centroids = normalize(sums)
        similarity = centroids @ centroids.T
        shared = (owners.astype(np.int32) @ owners.T.astype(np.int32)) > 0
        allowed = ~shared & alive[:, None] & alive[None, :]
        np.fill_diagonal(allowed, False)
        similarity = np.where(allowed, similarity, -np.inf)
        first, second = np.unravel_index(int(np.argmax(similarity)), similarity.shape)
        if similarity[first, second] < MERGE_SIMILARITY:
            return assignment
        assignment[assignment == topics[second]] = topics[first]
        sums[first] += sums[second]
        sums[second] = 0
        owners[first] |= owners[second]
        owners[second] = False
        alive[second] = False


def consecutive_rows(articles: list[Hashable], indexes: list[int]) -> list[tuple[int, int]]:
    """Pairs of rows that follow each other in one article (page furniture between them does not count)."""
    by_article = defaultdict(list)
    for row, (article, index) in enumerate(zip(articles, indexes, strict=True)):
        by_article[article].append((index, row))
    pairs = []
    for rows in by_article.values():
        ordered = [row for _, row in sorted(rows)]
        pairs += list(zip(ordered, ordered[1:], strict=False))
    return pairs


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
    vectors = passage_vectors(content)
    clusters = cluster(vectors, [p.article for p in content], [p.index for p in content])
    fixed_rows = {row: fixed[p.key] for row, p in enumerate(content) if p.key in fixed}
    joinable_rows = None
    if joinable is not None:
        joinable = set(joinable)
        joinable_rows = {row for row, p in enumerate(content) if p.key in joinable}
    assignment, groups = respect_hand_placements(clusters, vectors, fixed_rows, joinable_rows)
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
    the story counts as joining), and which topics are new or gone."""
    joined: Counter = Counter()
    left: Counter = Counter()
    for key, now in after.items():
        was = before.get(key, "new")
        if was != now:
            joined[now] += 1
            if was != "new":
                left[was] += 1
    rows = []
    for topic in topics:
        if topic.pk in created or joined[topic.pk] or left[topic.pk]:
            rows.append({"id": topic.pk, "label": topic.label, "new": topic.pk in created,
                         "joined": joined[topic.pk], "left": left[topic.pk]})
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

