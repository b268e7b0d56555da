"""Labels of a story in Filipino: its runs of words, read as those of the other European languages the English word
classes cannot read, never hold its markers and enclitics ("ang", "ng", "sa", "mga", "si", "ni", "daw", "rin") at an
end, its words of saying ("ani", "aniya", "sabi", "ayon") nor its words of a sum ("milyong piso")."""

from newsdesk.alignment import labels

from .label_runs import run_candidates as _candidates

# Invented passages: the bridge of Malinao closed after a storm, and the pupils who cross the river.
FILIPINO = [
    "Isinara ng pamahalaang bayan ang tulay ng Malinao matapos masira ang isang haligi nito, ani Mayor Lorna Dizon.",
    "Ayon sa inhinyero ng bayan, kailangang palitan ang haligi ng tulay ng Malinao bago ito muling buksan.",
    "Sumasakay ngayon sa bangka ang mga estudyante ng Malinao upang makarating sa paaralan, sabi ng punong-guro.",
    "Aabot daw sa 12 milyong piso ang pagkukumpuni ng tulay, dagdag pa ng alkalde.",
    "Nag-aalala rin ang mga magulang ng mga estudyante dahil malakas ang agos ng ilog tuwing hapon, aniya.",
]
SMALL_WORDS = {"ang", "ng", "sa", "mga", "si", "ni", "kay", "daw", "raw", "rin", "din", "na", "at"}


def test_a_filipino_story_is_labelled_by_runs_of_its_words():
    assert isinstance(labels.reading_of(FILIPINO), labels.RunReading)


def test_a_filipino_run_neither_opens_nor_closes_on_a_marker_and_holds_no_word_of_saying_nor_a_sum():
    found = set(_candidates(FILIPINO))
    assert any("tulay" in phrase.lower() for phrase in found)
    for phrase in found:
        words = [word.lower() for word in labels.tokens(phrase)]
        assert words[0] not in SMALL_WORDS and words[-1] not in SMALL_WORDS, phrase
        assert not {"ani", "aniya", "sabi", "ayon", "dagdag", "milyong", "piso"} & set(words), phrase
