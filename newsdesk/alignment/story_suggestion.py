"""Story suggestion: which stored story a new article belongs to, if any.

Method: every stored article becomes a TF-IDF vector of its title and its reporting (page furniture left
out, so two pages of one site do not look alike for sharing a menu), with IDF counted over all stored
articles, so words every article uses count for little. A story is the normalised mean of its articles.
The new article goes to the most similar story when the cosine similarity reaches ``THRESHOLD``; an
article on another subject shares too few distinctive words to get there. Vectors are hashed (no
vocabulary to fit), so the stored articles are vectorised once per change of the corpus, then each
suggestion costs one vector and one sparse product.

``rank`` is pure; ``suggest_story`` reads the database (and keeps one cache of the story matrix).
"""

import functools
import threading
from collections.abc import Hashable, Sequence
from dataclasses import dataclass

import numpy as np

from newsdesk.alignment import clustering, furniture
from newsdesk.importing import ingest

THRESHOLD = 0.2
FEATURES = 2**20
TITLE_WEIGHT = 2  # a title names the subject: count it twice


@functools.cache
def hasher():
    """The vectoriser, made on first use: scikit-learn is imported where it is used, not with this module."""
    from sklearn.feature_extraction.text import HashingVectorizer

    return HashingVectorizer(analyzer=clustering.unigrams, n_features=FEATURES, alternate_sign=False, norm=None)


def reporting(title: str, text: str) -> str:
    """The title and the passages that are not page furniture."""
    blocks = [text[start:end] for start, end in ingest.split_passages(text)]
    repeated = furniture.repeated_texts(blocks)
    kept = [b for b in blocks if not furniture.furniture_reasons(b, repeated=furniture.normalised(b) in repeated)]
    return "\n\n".join([title] * TITLE_WEIGHT + (kept or blocks))


@dataclass
class StoryMatrix:
    keys: list[Hashable]  # one per story, in row order
    idf: object  # the fitted TfidfTransformer
    centroids: object  # sparse matrix, one normalised row per story

    def scores(self, document: str) -> np.ndarray:
        from sklearn.preprocessing import normalize

        vector = normalize(self.idf.transform(hasher().transform([document])))
        return (self.centroids @ vector.T).toarray().ravel()


def build(documents: Sequence[tuple[Hashable, str]]) -> StoryMatrix | None:
    """Story matrix from (story key, article document) pairs."""
    if not documents:
        return None
    from scipy import sparse
    from sklearn.feature_extraction.text import TfidfTransformer
    from sklearn.preprocessing import normalize

    counts = hasher().transform([document for _, document in documents])
    idf = TfidfTransformer(sublinear_tf=True).fit(counts)
    vectors = normalize(idf.transform(counts))
    keys = sorted({key for key, _ in documents}, key=repr)
    row_of = {key: row for row, key in enumerate(keys)}
    membership = sparse.csr_matrix(
        (np.ones(len(documents)), ([row_of[key] for key, _ in documents], np.arange(len(documents)))),
        shape=(len(keys), len(documents)),
    )
    return StoryMatrix(keys=keys, idf=idf, centroids=normalize(membership @ vectors))


def rank(matrix: StoryMatrix | None, title: str, text: str) -> list[tuple[Hashable, float]]:
    """Stories by similarity to the new article, best first."""
    if matrix is None:
        return []
    scores = matrix.scores(reporting(title, text))
    order = np.argsort(-scores)
    return [(matrix.keys[row], float(scores[row])) for row in order]


def best(ranked: list[tuple[Hashable, float]], threshold: float = THRESHOLD) -> tuple[Hashable | None, float]:
    if not ranked:
        return None, 0.0
    key, score = ranked[0]
    return (key if score >= threshold else None), round(score, 4)


# --- the database entry point --------------------------------------------------------------------------

_cache: dict[str, object] = {}
_lock = threading.Lock()


def _story_matrix() -> StoryMatrix | None:
    from django.db.models import Count, Max

    from newsdesk.models import Article

    filed = Article.objects.filter(story__isnull=False)
    fingerprint = tuple(filed.aggregate(count=Count("pk"), last=Max("pk"), last_import=Max("imported_at")).values())
    fingerprint += (tuple(filed.values_list("story_id").annotate(n=Count("pk")).order_by("story_id")),)
    with _lock:
        if _cache.get("fingerprint") != fingerprint:
            documents = [(story, reporting(title, text))
                         for story, title, text in filed.values_list("story_id", "title", "text").iterator()]
            _cache.update(fingerprint=fingerprint, matrix=build(documents))
        return _cache["matrix"]


def suggest_story(title: str, text: str):
    """The stored story most like this article, and the score; (None, score) below the threshold."""
    from newsdesk.models import Story

    key, score = best(rank(_story_matrix(), title or "", text or ""))
    return (Story.objects.filter(pk=key).first() if key is not None else None), score
