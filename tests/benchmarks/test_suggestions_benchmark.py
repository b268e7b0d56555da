"""The suggestion benchmark's error listing never shows a held-out page unless asked for by name."""

import re

from benchmarks import suggestions_benchmark
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


def test_a_held_out_page_named_in_pages_is_listed(capsys):
    name = min(p.name for p in load_pages("held_out", last=LAST))

    assert name in listed_pages(capsys, "--pages", name)
