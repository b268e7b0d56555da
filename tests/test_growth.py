"""The guard of the linear-time tests tells quadratic work from linear work, and sizes its inputs by the time taken."""

import re

from tests.growth import FACTOR, MIN_SECONDS, grows_linearly, next_size

TRAILING_SPACES = re.compile(r"\s+$")  # tried from every space of a run that ends before a letter: quadratic


def test_quadratic_work_is_told_from_linear_work(monkeypatch):
    from tests import growth

    monkeypatch.setattr(growth, "MIN_SECONDS", MIN_SECONDS / 10)  # shorter runs: quadratic work's are long

    def make(n):
        return " " * n + "x"

    quadratic, small, large = grows_linearly(TRAILING_SPACES.search, make, 1_000)
    assert not quadratic, (small, large)
    linear, small, large = grows_linearly(lambda text: text.count(" "), make, 1_000)
    assert linear, (small, large)


def test_the_next_input_is_as_long_as_linear_work_needs_within_two_and_factor_times():
    assert next_size(1_000, MIN_SECONDS / 2) == 4_000
    assert next_size(1_000, MIN_SECONDS * 0.8) == 2_500
    assert next_size(1_000, MIN_SECONDS * 1.5) == 2_000
    assert next_size(1_000, 0.0) == FACTOR * 1_000
    assert next_size(1_000, MIN_SECONDS / 1000) == FACTOR * 1_000
