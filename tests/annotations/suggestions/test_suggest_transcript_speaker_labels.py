"""A transcript's turn opens on its speaker's label in capitals and a colon: a claim made in the words said starts
after the label."""

from annotations.suggestions import suggest


def claims(text):
    return [text[s.start:s.end] for s in suggest(text) if s.tag == "factual_claim"]


def test_a_claim_in_a_transcript_turn_starts_after_the_speakers_label():
    text = "HARBOUR MASTER ANA RUIZ: We turned back 12 boats before noon."
    assert claims(text) == ["We turned back 12 boats before noon."]


def test_a_one_word_label_in_capitals_with_a_number_in_it_is_a_label_too():
    text = "911 CALLER: My neighbour's barn caught fire at about 3 o'clock."
    assert claims(text) == ["My neighbour's barn caught fire at about 3 o'clock."]


def test_a_label_in_mixed_case_before_a_colon_is_not_taken_for_a_speaker():
    text = "Harbour closure: 12 boats turned back before noon on Friday."
    assert claims(text) == [text]
