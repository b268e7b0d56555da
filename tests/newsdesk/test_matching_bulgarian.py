"""Story matching in Bulgarian: its words of sums and units ("млн. лв.", "км") are no terms that tie one report to
another, and its verbs of saying, with what they report, are no event words. The text is invented."""

from newsdesk.alignment import story_suggestion, words
from newsdesk.importing import languages

BULGARIAN = (
    "Във вторник в Калище откриха новата автогара, съобщиха от общината. „Най-сетне пътниците ще чакат на топло“, "
    "заяви кметът Вера Илиева. Според нея сградата е струвала 1,4 млн. лв., а старата спирка на 3 км от центъра "
    "ще бъде съборена. Автогарата ще работи от 6 ч. сутринта, уточни тя.")


def test_bulgarian_verbs_of_saying_and_a_clock_time_are_no_event_words():
    assert languages.language_of(BULGARIAN) == "bg"

    told = set(story_suggestion.event_words(BULGARIAN).split())

    assert not {"съобщиха", "заяви", "уточни", "според", "ч"} & told
    assert {"автогара", "автогарата", "пътниците"} & told


def test_bulgarian_words_of_sums_and_units_are_no_terms():
    assert {"млн", "лв", "км"} <= words.GENERIC_WORDS["bg"]
    assert not {"млн", "лв", "км"} & set(story_suggestion.event_words(BULGARIAN).split())
