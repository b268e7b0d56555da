"""Attribution on a television transcript and a photo caption: each turn's label in capitals names who speaks it,
only in a dialogue of two labels or more; a kicker or a furniture label is no speaker; a verb of saying right after
a cue's verb opens the words reported; "writes" with a thing as its object is an act, not words reported."""

from annotations.suggestions import suggest


def cues(text):
    return [(text[s.start : s.end], s.source, s.rule) for s in suggest(text, tag="attribution")]


TRANSCRIPT = """Harbour bridge closed after crack found

ANCHOR MARIA OLSEN: Engineers shut the harbour bridge this afternoon after a crack was found in a support beam.

REPORTER TOM REYES: Maria, traffic is backed up for miles on both sides of the river tonight.

HARBOUR ENGINEER PAULA VANCE: We found it during a routine check. Nobody should drive on it until we know more.

ANCHOR: Paula, how long could the bridge stay shut?
"""


def test_a_transcript_turn_label_names_its_speaker_and_the_outlets_own_turns_are_narration():
    found = [(span, source) for span, source, rule in cues(TRANSCRIPT) if rule == "attribution.speaker"]
    assert found == [("HARBOUR ENGINEER PAULA VANCE:", "PAULA VANCE")]


def test_the_outlets_turns_count_towards_a_dialogue():
    text = ("ANCHOR: The harbour bridge is shut tonight after engineers found a crack.\n\n"
            "HARBOUR ENGINEER PAULA VANCE: We found it during a routine check this morning.\n")
    assert ("HARBOUR ENGINEER PAULA VANCE:", "PAULA VANCE", "attribution.speaker") in cues(text)


def test_a_place_after_a_comma_is_not_part_of_the_speaker():
    text = ("REPORTER TOM REYES: Commuters are angry tonight.\n\n"
            "JOAN PIKE, EAST QUAY: I have waited two hours and nobody has told us anything.\n")
    assert ("JOAN PIKE, EAST QUAY:", "JOAN PIKE", "attribution.speaker") in cues(text)


def test_a_single_capitals_kicker_is_no_speaker():
    text = "BRIDGE CHAOS: Drivers face a two-hour detour as engineers inspect the crack.\n\nMore follows."
    assert not [c for c in cues(text) if c[2] == "attribution.speaker"]


def test_furniture_labels_in_capitals_are_no_speakers_even_when_repeated():
    text = ("BREAKING: The harbour bridge has been closed to all traffic.\n\n"
            "UPDATE: Ferries will run every twenty minutes until midnight.\n\n"
            "WATCH: Drone footage shows the length of the queue on the coast road.\n")
    assert not [c for c in cues(text) if c[2] == "attribution.speaker"]


def test_a_noun_right_after_a_cue_verb_is_no_second_cue():
    text = "Harbour engineer Paula Vance says cracks are common in bridges of that age."
    assert cues(text) == [("Harbour engineer Paula Vance says", "Paula Vance", "attribution.reporting_verb")]


def test_writing_a_thing_down_is_no_attribution():
    text = "Lock keeper Sam Ortiz writes a ship's name on the board at the harbour office."
    assert cues(text) == []


def test_writing_a_letter_still_reports_words():
    text = "Councillor Ada Brook wrote a letter to the port authority demanding an inspection."
    assert [c[1] for c in cues(text)] == ["Councillor Ada Brook"]
