"""Hostile article texts (a line of thousands of capitalised words, of short quotes, of stacked adjectives): the
suggester gives the same suggestions as on a short text of the same shape, and reads each line a bounded number
of times. Growth is pinned by counting the characters the rules copy out of a line, not by timing them
(``benchmarks/hostile_input.py`` prints the seconds)."""

from annotations.suggestions import bias_cues, rhetoric, suggest
from annotations.suggestions.base import split_lines


class MeteredLine(str):
    """A line of text that counts the characters every slice of it copies."""

    def __getitem__(self, key):
        piece = str.__getitem__(self, key)
        self.copied = getattr(self, "copied", 0) + len(piece)
        return piece


def copied_by_cues(text):
    line = MeteredLine(text)
    bias_cues.cues(line, [])
    return getattr(line, "copied", 0)


def copied_by_scare_quotes(text):
    [line] = split_lines(text)
    line.text = MeteredLine(line.text)
    rhetoric.scare_quotes(line)
    return getattr(line.text, "copied", 0)


def repeated(unit, times):
    return (unit * times).strip()


def rhetoric_by_repetition(unit, times):
    """The rhetoric suggestions of ``unit`` repeated, as (offset in its repetition, quote, rule) per repetition."""
    text = repeated(unit, times)
    found = {}
    for s in suggest(text, tag="rhetoric"):
        found.setdefault(s.start // len(unit), []).append((s.start % len(unit), text[s.start : s.end], s.rule))
    return found


def test_a_line_of_capitalised_words_is_one_long_name_with_nothing_to_suggest():
    assert suggest(repeated("A ", 3000)) == []


def test_every_repetition_of_a_judging_sentence_gets_the_cues_of_the_first():
    unit = "The deeply troubling, fiercely unpopular, chaotic plan "

    found = rhetoric_by_repetition(unit, 200)

    assert len(found) == 200
    assert found[0] == [(4, "deeply troubling", "rhetoric.intensifier"),
                        (22, "fiercely unpopular", "rhetoric.intensifier"), (42, "chaotic", "rhetoric.subjective")]
    assert all(cues == found[0] for cues in found.values())


def test_every_short_quote_on_a_long_line_stays_a_scare_quote():
    unit = "the “odd” "

    found = rhetoric_by_repetition(unit, 500)

    assert len(found) == 500
    assert all(cues == [(4, "“odd”", "rhetoric.scare_quotes")] for cues in found.values())


def test_a_reporting_verb_early_in_a_long_sentence_still_marks_its_short_quotes_as_the_speakers():
    neutral = "She said the plan was " + repeated("“on time” and ", 400)
    judging = "She said the plan was " + repeated("“odd” and ", 400)

    assert suggest(neutral, tag="rhetoric") == []
    assert {s.rule for s in suggest(judging, tag="rhetoric")} == {"rhetoric.quoted_judgement"}
    assert len(suggest(judging, tag="rhetoric")) == 400


def test_a_lexicon_term_inside_a_neutral_use_is_left_alone_on_a_long_line():
    found = rhetoric_by_repetition("isolated incident regime ", 300)

    assert all(cues == [(18, "regime", "rhetoric.loaded_label")] for cues in found.values())


def test_the_rhetoric_cues_copy_out_of_a_line_in_proportion_to_its_length():
    for unit in ("A ", "The deeply troubling, fiercely unpopular, chaotic plan ", "very ", "Why? ", "A. "):
        short, long = copied_by_cues(repeated(unit, 1000)), copied_by_cues(repeated(unit, 2000))

        assert long <= 2.2 * max(short, 1), unit


def test_scare_quotes_copy_out_of_a_line_in_proportion_to_its_length():
    short = copied_by_scare_quotes(repeated("the “odd” ", 500))
    long = copied_by_scare_quotes(repeated("the “odd” ", 1000))

    assert long <= 2.2 * short


def test_woven_quotes_search_a_line_for_its_reporting_verbs_a_fixed_number_of_times(monkeypatch):
    searches = []
    search_line = rhetoric._reported_before

    def counted(text, *args):
        searches.append(len(text))
        return search_line(text, *args)

    monkeypatch.setattr(rhetoric, "_reported_before", counted)
    for quotes in (10, 1000):
        searches.clear()
        [line] = split_lines("She said the plan was " + repeated("“odd” and ", quotes))

        found = rhetoric.quoted_judgements(line)

        assert len(found) == quotes
        assert len(searches) == 2  # once for any verb of speech, once for the neutral ones


def test_a_first_paragraph_whose_sentence_ends_inside_a_quote_is_not_a_headline():
    assert not rhetoric.is_headline("The council said the library would stay “under review” until May.”")
    assert not rhetoric.is_headline("He called it a “disgrace.”")
    assert rhetoric.is_headline("‘Reckless’ driver jailed for six years")


def test_every_report_inside_another_on_a_long_sentence_is_left_to_the_outer_source():
    for unit in ("The union said some growers expected yields to fall, and ",
                 "The union said that some growers expected yields to fall, and "):
        text = unit * 400 + "so on."

        found = [(s.start % len(unit), text[s.start : s.end]) for s in suggest(text, tag="attribution")]

        assert len(text) > 20000
        assert found == [(0, "The union said")] * 400


def claims_after(lead, sentence):
    text = lead + sentence
    found = suggest(text, tag="factual_claim")
    return [(s.start - len(lead), s.end - len(lead)) for s in found if s.start >= len(lead)]


def test_a_condition_and_a_past_finding_on_a_long_sentence_are_read_next_to_their_verbs():
    lead = "Tolls went up twice last winter, and the harbour board met to argue over the fees. "
    opening = "In 2027 the 40 boards "
    promise_without_condition = opening + "will " * 4000 + "meet."
    promise_on_a_condition = opening + "will " * 4000 + "meet if paid."
    finding = opening + "found " * 3330 + "that 40 farms could close."

    assert min(map(len, (promise_without_condition, promise_on_a_condition, finding))) > 20000
    assert claims_after(lead, promise_without_condition) == [(0, len(promise_without_condition))]
    assert claims_after(lead, promise_on_a_condition) == []
    assert claims_after(lead, finding) == [(0, len(finding))]


def test_a_long_run_of_mixed_blanks_is_read_for_a_tickers_bars_in_linear_time():
    from annotations.suggestions.boilerplate import TICKER_SEPARATOR
    from tests.growth import grows_linearly

    # The bar between a ticker's headlines is tried only where a run of spaces starts, not from each of its blanks.
    linear, small, large = grows_linearly(TICKER_SEPARATOR.split, lambda n: "(" + "\t " * (n // 2) + "with", 4_000,
                                          min_seconds=0.005)
    assert linear, (small, large)
    assert TICKER_SEPARATOR.split("BREAKING \t | Storm closes the coast road | Ferries cancelled  |  x") == [
        "BREAKING", "Storm closes the coast road", "Ferries cancelled", "x"]
