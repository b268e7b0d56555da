"""A live blog's time labels in capitals ("UPDATE 3.45PM:", "BREAKING NEWS 5PM:") are no speakers, in English or in
another language; a transcript's labels still name who speaks each turn."""

from annotations.suggestions import suggest


def speakers(text):
    return [(text[s.start : s.end], s.source) for s in suggest(text, tag="attribution")
            if s.rule == "attribution.speaker"]


LIVE_BLOG = """Floods close the coast road

UPDATE 3.45PM: Police have shut the coast road between the harbour and the lighthouse after the river burst its banks.

UPDATE 4.10PM: Buses will take the inland route until the water goes down, the transport office has said.

BREAKING NEWS 5PM: Two villages on the estuary are being cleared as the tide comes in tonight.
"""

NUMBERED_BLOG = """Floods close the coast road

LIVE 12 NOON: Police have shut the coast road between the harbour and the lighthouse.

LIVE 6 EVENING: Buses will take the inland route until the water goes down tonight.
"""

POLISH_LIVE_BLOG = """Powódź zamyka drogę nad morzem

AKTUALIZACJA GODZ. 15: Policja zamknęła drogę między portem a latarnią, ponieważ rzeka wylała.

AKTUALIZACJA GODZ. 16: Autobusy pojadą objazdem przez las, dopóki woda nie opadnie, a mieszkańcy są na miejscu.
"""

TRANSCRIPT = """Coast road shut by floods

ANCHOR NORA LINDQVIST: The coast road is shut tonight after the river burst its banks near the harbour.

HARBOUR MASTER OWEN TALBOT: The water came over the quay in minutes. We moved every boat we could.

911 COORDINATOR JUNE ABARA: We have taken more than two hundred calls since the afternoon.
"""


def test_live_blog_time_labels_are_no_speakers():
    assert speakers(LIVE_BLOG) == []


def test_a_figure_beside_a_furniture_word_makes_no_speaker():
    assert speakers(NUMBERED_BLOG) == []


def test_a_polish_live_blog_s_labels_are_no_speakers():
    assert speakers(POLISH_LIVE_BLOG) == []


def test_a_two_speaker_transcript_still_names_its_speakers():
    assert speakers(TRANSCRIPT) == [("HARBOUR MASTER OWEN TALBOT:", "OWEN TALBOT"),
                                    ("911 COORDINATOR JUNE ABARA:", "JUNE ABARA")]
