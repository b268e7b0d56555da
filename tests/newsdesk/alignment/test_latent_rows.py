"""The latent space of a story's passages when ARPACK finds no answer.

``story_of_many_languages_vectors.npz`` holds the TF-IDF rows (``clustering.word_vectors``) of 42 passages filed as
one story, drawn from the corpus stories in some twenty languages and scripts: they share almost no word, so their
singular values are nearly all alike (1.12 down to 0.90), and ARPACK stopped with "No shifts could be applied" where
the alignment needed 14 dimensions, which made the story's alignment fail. Only numbers are stored."""

from pathlib import Path

import numpy as np
from scipy import sparse
from sklearn.decomposition import TruncatedSVD

from newsdesk.alignment.clustering import PassageText, gram_latent_rows, latent_rows, passage_vectors

VECTORS = Path(__file__).resolve().parent / "data" / "story_of_many_languages_vectors.npz"


def test_a_story_whose_passages_share_almost_no_word_still_gets_its_latent_space():
    matrix = sparse.load_npz(VECTORS)
    passages = [PassageText(key=(row, 0), article=row, index=0, text="") for row in range(matrix.shape[0])]
    vectors = passage_vectors(passages, combined=matrix)
    assert vectors.shape[0] == matrix.shape[0]
    assert np.all(np.isfinite(vectors))
    # each row is the mean of three unit rows, one per rank; a passage outside the leading directions of one rank
    # has a zero row there, never in all three
    assert np.all(np.linalg.norm(vectors, axis=1) > 0.5)


def test_the_gram_route_gives_the_rows_the_same_dot_products_as_arpack():
    matrix = sparse.random(60, 400, density=0.05, random_state=3, format="csr")
    arpack = TruncatedSVD(12, algorithm="arpack", random_state=0).fit_transform(matrix)
    gram = gram_latent_rows(matrix, 12)
    assert gram.shape == arpack.shape
    assert np.allclose(gram @ gram.T, arpack @ arpack.T, atol=1e-9)


def test_latent_rows_of_an_ordinary_matrix_are_arpack_s():
    matrix = sparse.random(30, 200, density=0.1, random_state=5, format="csr")
    expected = TruncatedSVD(8, algorithm="arpack", random_state=0).fit_transform(matrix)
    assert np.array_equal(latent_rows(matrix, 8), expected)
