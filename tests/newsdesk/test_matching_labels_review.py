"""Story matching leaves out a label in capitals before a colon only in a transcript, where two different labels
take turns: a dateline ("NEW DELHI: …") and a kicker ("NATO: …") name the story's place and actor, and stay."""

from newsdesk.alignment import story_suggestion

DATELINE = """Monsoon rains flood city underpasses

NEW DELHI: Heavy rain overnight flooded four underpasses in the capital, and traffic police closed two ring road exits.

Residents of low-lying colonies said water entered their homes before dawn, and schools opened late."""

KICKER = """Alliance agrees air defence plan

NATO: Defence ministers agreed on Thursday to pool orders for air defence systems over the next five years.

The plan still needs the approval of each member's parliament before any contract is signed."""

TRANSCRIPT = """Ring road exits closed by floods

ANCHOR RHEA MALLICK: Two ring road exits are closed tonight after heavy rain flooded the underpasses.

TRAFFIC OFFICER SAMIR JOSHI: We have sent every tow truck we have, and the water is going down at the first exit.

ANCHOR RHEA MALLICK: Thank you, Samir. Schools in the east of the city will open late tomorrow."""


def test_a_dateline_in_capitals_is_read_for_matching():
    assert "NEW DELHI" in story_suggestion.reporting("Underpasses flooded", DATELINE)


def test_a_kicker_in_capitals_is_read_for_matching():
    assert "NATO" in story_suggestion.reporting("Air defence plan", KICKER)


def test_a_transcript_s_turn_labels_are_still_left_out():
    document = story_suggestion.reporting("Ring road closed", TRANSCRIPT)

    assert "RHEA MALLICK" not in document and "SAMIR JOSHI" not in document
    assert "every tow truck" in document and "underpasses" in document
