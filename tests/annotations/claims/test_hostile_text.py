"""Hostile article texts for the claims finder: a line of thousands of initials, of clause breaks or of opening
quotes gives the mentions a short text of the same shape gives, and the sentence splitter copies out of a line
in proportion to its length (counted, not timed; ``benchmarks/hostile_input.py`` prints the seconds)."""

import math
from collections import Counter

from annotations.claims.finding import _sentences, find_mentions, quotations


class MeteredLine(str):
    """A line of text that counts the characters every slice of it copies."""

    def __getitem__(self, key):
        piece = str.__getitem__(self, key)
        self.copied = getattr(self, "copied", 0) + len(piece)
        return piece


def copied_by_sentences(text):
    line = MeteredLine(text)
    list(_sentences(line))
    return getattr(line, "copied", 0)


def test_initials_never_end_a_sentence_however_many_there_are():
    text = "A. " * 2000 + "The council spent £5m on the bridge in 2024."

    [mention] = find_mentions(None, text)

    assert (mention.start, mention.end) == (0, len(text))


def test_a_long_chain_of_clauses_keeps_the_one_with_a_figure():
    text = "The council, and the mayor, and " * 300 + "the board spent £5m on the bridge in 2024."

    assert [m.text for m in find_mentions(None, text)] == [
        "and the mayor, and the board spent £5m on the bridge in 2024."
    ]


def test_opening_quotes_without_a_closing_one_quote_nothing():
    text = "“a b " * 500 + "and the council spent £5m on it."

    assert list(quotations(text)) == []
    assert [(m.start, m.end) for m in find_mentions(None, text)] == [(0, len(text))]


def test_the_sentence_splitter_copies_out_of_a_line_in_proportion_to_its_length():
    for unit in ("A. ", "Why? ", "The minister said the plan cost £5m in 2024. "):
        short, long = copied_by_sentences(unit * 1000), copied_by_sentences(unit * 2000)

        assert long <= 2.2 * max(short, 1), unit


def test_a_figure_beyond_any_float_is_no_figure_so_two_such_never_agree():
    from annotations.claims.normalise import details

    multipliers = " ".join(["милиарда"] * 60)
    two = details(f"Общината похарчи 2 {multipliers} лева.", "bg")
    three = details(f"Общината похарчи 3 {multipliers} лева.", "bg")
    digits = details("The fund held " + "9" * 400 + " dollars.", "en")

    assert [f.value for d in (two, three, digits) for f in d.figures if not math.isfinite(f.value)] == []


def test_whether_a_sentence_is_in_a_script_without_capitals_is_read_once_however_many_pairs_it_is_in(monkeypatch):
    from annotations.claims import linking

    places = "north south east west old new upper lower inner outer main side far near high low".split()
    text = "\n\n".join(f"Mayor Idris Voskuil visited the {place} quay on Monday with {n} inspectors."
                       for n, place in enumerate(places, 2))
    mentions = [m for key in range(3) for m in find_mentions(key, text)]
    linker = linking.Linker(mentions)
    reads = Counter()
    read = linking.caseless

    def counted(piece):
        reads[piece] += 1
        return read(piece)

    monkeypatch.setattr(linking, "caseless", counted)
    for i, a in enumerate(mentions):
        for b in mentions[i + 1:]:
            linker._names_only(a, b)

    assert len(mentions) == 3 * len(places)
    assert max(reads.values()) <= 3  # once for each article's mention of it, not once for each pair


def test_a_run_of_digits_too_long_for_an_integer_after_any_language_s_month_is_no_date_and_no_crash():
    """Python refuses to turn a run of more than 4300 digits into an integer; after a month's name, in any language
    whose months the tables hold, such a run is no day and no year."""
    from annotations.claims.normalise import details
    from newsdesk.importing import calendar_names

    run = "9" * 5000
    for language, months in calendar_names.MONTHS.items():
        month = months[0].split()[0]
        found = details(f"{month} {run}", language)

        assert not any(date.startswith(("day:", "year:", "dom:")) for date in found.dates), language


def test_a_day_after_a_month_is_a_figure_of_a_day_s_length_in_tamil_as_in_english():
    from annotations.claims.normalise import details

    assert "day:march-9" in details("மார்ச் 9 அன்று பாலம் திறக்கப்பட்டது.", "ta").dates
    assert "day:march-9" in details("The bridge opened on March 9.", "en").dates
    assert not any(date.startswith("day:") for date in details("மார்ச் 0009 அன்று பாலம் திறக்கப்பட்டது.", "ta").dates)
    assert not any(date.startswith("day:") for date in details("The bridge opened on March 0009.", "en").dates)
