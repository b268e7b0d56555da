"""The order in which interleaved measures run, round by round.

Turning the order by one each round gives every measure each place equally often, but always behind the same
neighbour: a measure that leaves work for the next request (a commit still flushing, a cache to refill) would
then weigh on one measure more than on the others. Cycling through every permutation instead gives each measure
each place and each predecessor equally often over a full cycle.
"""

from functools import cache
from itertools import permutations


def round_order(round_: int, count: int) -> tuple[int, ...]:
    """The indexes of ``count`` measures in the order they run in round ``round_`` (counted from 0)."""
    orders = _orders(count)
    return orders[round_ % len(orders)]


@cache
def _orders(count: int) -> tuple[tuple[int, ...], ...]:
    return tuple(permutations(range(count)))
