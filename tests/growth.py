"""Whether a check's running time grows in proportion to its input: the guard against a pattern that backtracks
(quadratic or worse) on a long line, in a form that holds on a loaded machine. A test names no number of seconds:
it times the check on an input and on one ``FACTOR`` times as long, interleaved, best of ``REPEATS``, and asks the
longer run to take no more than ``LINEAR_BOUND`` times as long (linear work takes about ``FACTOR`` times as long,
quadratic work ``FACTOR`` squared), with ``SLACK`` seconds for timer noise on checks that take microseconds."""

import math
import time
from collections.abc import Callable

FACTOR = 4
LINEAR_BOUND = 2.5 * FACTOR  # well above linear growth (4x), well below quadratic growth (16x)
REPEATS = 3
SLACK = 0.02


def seconds(call: Callable[[], object]) -> float:
    started = time.perf_counter()
    call()
    return time.perf_counter() - started


def grows_linearly(check: Callable[[str], object], make: Callable[[int], str], size: int) -> tuple[bool, float, float]:
    """(whether ``check`` on ``make(FACTOR * size)`` took at most ``LINEAR_BOUND`` times as long as on
    ``make(size)``, the two times): ``make(n)`` builds an input of about ``n`` characters."""
    small_text, large_text = make(size), make(FACTOR * size)
    small = large = math.inf
    for _ in range(REPEATS):
        small = min(small, seconds(lambda: check(small_text)))
        large = min(large, seconds(lambda: check(large_text)))
    return large <= LINEAR_BOUND * small + SLACK, small, large
