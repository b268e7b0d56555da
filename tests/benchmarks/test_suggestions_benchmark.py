"""The suggestion benchmark's error listing never shows a held-out page unless asked for by its whole name."""

import re

from benchmarks import suggestions_benchmark
from benchmarks.suggestions_benchmark import lists_errors
from tests.corpus.pages import load_pages

LAST = 30  # pages 1-30 hold both dev pages and held-out ones (25-30)


def listed_pages(capsys, *argv):
    suggestions_benchmark.main(["--no-speed", "-v", "--last", str(LAST), *argv])
    return set(re.findall(r"^--- (\S+)", capsys.readouterr().out, flags=re.M))


def test_errors_are_listed_for_dev_pages_but_not_held_out_ones(capsys):
    held_out = {p.name for p in load_pages("held_out", last=LAST)}
    dev = {p.name for p in load_pages("dev", last=LAST)}
    assert held_out and dev

    listed = listed_pages(capsys)

    assert not listed & held_out
    assert listed & dev


def test_a_prefix_that_covers_held_out_pages_lists_only_the_dev_ones(capsys):
    listed = listed_pages(capsys, "--pages", "2")  # pages 2, 20-29: 25-29 are held out

    assert listed
    assert all(name.startswith("2") for name in listed)
    assert not listed & {p.name for p in load_pages("held_out", last=LAST)}


def test_a_held_out_page_is_listed_only_by_its_whole_name():
    assert lists_errors("07_wire_x", "dev", None)
    assert lists_errors("07_wire_x", "dev", ["07"])
    assert not lists_errors("25_live_y", "held_out", None)
    assert not lists_errors("25_live_y", "held_out", ["25"])
    assert not lists_errors("25_live_y", "held_out", ["25_live"])
    assert lists_errors("25_live_y", "held_out", ["25_live_y"])
