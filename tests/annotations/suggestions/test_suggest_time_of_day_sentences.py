"""A claim runs past an English time of day ("a.m.", "p.m.") to the weekday after it: the tokenizer reads them as one
sentence (its own tests: ``tests/newsdesk/importing/test_tokens_time_of_day.py``)."""

from annotations.suggestions import suggest
from annotations.suggestions.base import split_lines


def test_a_line_of_the_suggestions_reads_a_time_of_day_and_its_weekday_as_one_sentence():
    [line] = split_lines("The pipe burst at 4:20 a.m. Sunday, when the pumps stopped. Crews came at once.")
    assert [s.text for s in line.doc.sents] == [
        "The pipe burst at 4:20 a.m. Sunday, when the pumps stopped.", "Crews came at once."
    ]


def test_a_claim_runs_past_a_time_of_day_to_the_weekday_and_the_rest_of_its_sentence():
    text = "The pipe burst at 4:20 a.m. Sunday, when the pumps stopped."
    [claim] = [s for s in suggest(text) if s.tag == "factual_claim"]
    assert text[claim.start:claim.end] == text
