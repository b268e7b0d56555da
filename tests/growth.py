"""Whether a check's running time grows in proportion to its input: the guard against a pattern that backtracks
(quadratic or worse) on a long line, in a form that holds on a loaded machine. A test names no number of seconds:
it times the check on an input and on one ``FACTOR`` times as long, interleaved, best of ``REPEATS``, and asks the
longer run to take no more than ``LINEAR_BOUND`` times as long (linear work takes about ``FACTOR`` times as long,
quadratic work ``FACTOR`` squared). The shorter input is first made longer, ``FACTOR`` times at a go, until the check
takes at least ``MIN_SECONDS`` on it, so that the timer's noise (and the cache's: a string that fits in it is read
faster) is small beside what is measured; on an input that takes microseconds, quadratic work hides in the noise. A
check still quicker than that on ``MAX_LENGTH`` characters does no quadratic work (that would be some 10^12 steps).
A ratio over the bound is measured again, up to ``ROUNDS`` times, keeping the best times: a busy moment of the
machine slows one run, quadratic work slows every run."""

import math
import time
from collections.abc import Callable

FACTOR = 4
LINEAR_BOUND = 2.5 * FACTOR  # well above linear growth (4x), well below quadratic growth (16x)
REPEATS = 2
ROUNDS = 3
MIN_SECONDS = 0.02
MAX_LENGTH = 1_000_000


def seconds(check: Callable[[str], object], text: str) -> float:
    started = time.perf_counter()
    check(text)
    return time.perf_counter() - started


def grows_linearly(check: Callable[[str], object], make: Callable[[int], str], size: int) -> tuple[bool, float, float]:
    """(whether ``check`` on ``make(FACTOR * n)`` took at most ``LINEAR_BOUND`` times as long as on ``make(n)``, the
    two times), ``n`` being ``size`` or larger (see the module): ``make(n)`` builds an input of about ``n``
    characters."""
    while True:
        small_text = make(size)
        small = min(seconds(check, small_text) for _ in range(REPEATS))
        if small >= MIN_SECONDS:
            break
        if FACTOR * size > MAX_LENGTH:
            return True, small, small
        size *= FACTOR
    large_text = make(FACTOR * size)
    large = math.inf
    for _ in range(ROUNDS):
        for _ in range(REPEATS):
            small = min(small, seconds(check, small_text))
            large = min(large, seconds(check, large_text))
        if large <= LINEAR_BOUND * small:
            return True, small, large
    return False, small, large
