"""Whether a check's running time grows in proportion to its input: the guard against a pattern that backtracks
(quadratic or worse) on a long line, in a form that holds on a loaded machine. A test names no number of seconds:
it times the check (the processor time of its thread: ``seconds``) on an input and on one ``FACTOR`` times as
long, interleaved, best of ``REPEATS``, and asks the longer run to take no more than ``LINEAR_BOUND`` times as long
(linear work takes about ``FACTOR`` times as long, quadratic work ``FACTOR`` squared). The shorter input is first
made longer, up to ``FACTOR`` times at a go (``next_size``: about as long as linear work needs to take twice
``MIN_SECONDS``), until the check takes at least ``MIN_SECONDS`` on it, so that the timer's noise (and the cache's:
a string that fits in it is read faster) is small beside what is measured; on an input that takes microseconds,
quadratic work hides in the noise. A check still quicker than that on ``MAX_LENGTH`` characters does no quadratic
work (that would be some 10^12 steps). The longer input is run once and the shorter once again, in turn, until the
best times are within the bound, up to ``ROUNDS`` times ``REPEATS``: a busy moment of the machine slows one run,
quadratic work slows every run."""

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
    """The processor time ``check`` took on ``text``: this thread's, not the wall clock's, so that the other programs
    of a busy machine, which take the processor from it at any moment, add nothing to it."""
    started = time.thread_time()
    check(text)
    return time.thread_time() - started


def grows_linearly(check: Callable[[str], object], make: Callable[[int], str], size: int,
                   min_seconds: float | None = None) -> tuple[bool, float, float]:
    """(whether ``check`` on ``make(FACTOR * n)`` took at most ``LINEAR_BOUND`` times as long as on ``make(n)``, the
    two times), ``n`` being ``size`` or larger (see the module): ``make(n)`` builds an input of about ``n``
    characters. ``min_seconds`` (``MIN_SECONDS`` unless given) may be shorter for a check that does no other work than
    what is guarded (one pattern alone): quadratic work outgrows it on a shorter input."""
    least = MIN_SECONDS if min_seconds is None else min_seconds
    while True:
        small_text = make(size)
        small = min(seconds(check, small_text) for _ in range(REPEATS))
        if small >= least:
            break
        if FACTOR * size > MAX_LENGTH:
            return True, small, small
        size = next_size(size, small, least)
    large_text = make(FACTOR * size)
    large = math.inf
    for _ in range(ROUNDS * REPEATS):
        # The longer input once, then the shorter one again: a ratio within the bound ends it (noise only slows a
        # run, and quadratic work is over the bound on its best run too).
        large = min(large, seconds(check, large_text))
        if large <= LINEAR_BOUND * small:
            return True, small, large
        small = min(small, seconds(check, small_text))
    return False, small, large


def next_size(size: int, took: float, least: float | None = None) -> int:
    """The next, longer input's size after ``check`` took ``took`` seconds on ``size`` characters: as long as linear
    work needs to take about twice ``MIN_SECONDS``, but ``FACTOR`` times as long at most and twice at least (the time
    of a short run says little), so the runs measured are not much longer than they must be. ``least``: the time the
    shorter input must take, ``MIN_SECONDS`` unless given."""
    wanted = 2 * (MIN_SECONDS if least is None else least) / took if took > 0 else FACTOR
    return int(size * min(FACTOR, max(2, wanted)))
