from collections import Counter

from benchmarks.orders import round_order


def test_every_round_runs_each_measure_once():
    for round_ in range(30):
        assert sorted(round_order(round_, 4)) == [0, 1, 2, 3]


def test_over_a_full_cycle_each_measure_holds_each_place_equally_often():
    places = Counter((index, place) for round_ in range(6) for place, index in enumerate(round_order(round_, 3)))
    assert set(places.values()) == {2}
    assert len(places) == 9


def test_over_a_full_cycle_each_measure_follows_each_other_equally_often():
    # A turning order (0 1 2, 1 2 0, 2 0 1) always puts 0 behind 2 within a round; a full cycle does not.
    followers = Counter()
    for round_ in range(6):
        order = round_order(round_, 3)
        followers.update(zip(order, order[1:], strict=False))
    assert set(followers.values()) == {2}
    assert len(followers) == 6


def test_a_single_measure_always_runs_alone():
    assert [round_order(round_, 1) for round_ in range(3)] == [(0,), (0,), (0,)]
