"""A label's candidates on a line of thousands of words: whether a candidate stands on a line set in capitals is
read by the line's first words in lower case, not by every word of the line for every candidate."""

import time

from newsdesk.alignment.labels import in_capitals


def test_a_long_line_in_lower_case_is_read_as_such_at_once_for_each_candidate():
    line = "The harbour board said the new quay would open before the storms came back to the coast. " * 600
    starts = range(0, len(line) - 20, 10)

    started = time.perf_counter()
    answers = {in_capitals(line, start, start + 9) for start in starts}

    assert answers == {False}
    assert time.perf_counter() - started < 1.0


def test_a_line_in_capitals_still_reads_as_one():
    text = "Intro line here\nHARBOUR BOARD CHAIR, MAREN OSTVIK:\nThe quay opens in May."
    start = text.index("MAREN")

    assert in_capitals(text, start, start + len("MAREN"))
    assert not in_capitals(text, text.index("quay"), text.index("quay") + 4)
