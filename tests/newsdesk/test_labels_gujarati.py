"""Labels of a story in Gujarati: read by runs of content words bounded by its function words, as Marathi's, never
opening or closing on one ("છે", "અને", "પણ", "માટે")."""

from newsdesk.alignment import labels
from newsdesk.importing.languages import function_words

from .label_runs import run_candidates

# Invented passages: a water main's burst at Rampara and the tankers sent in its place.
GUJARATI = [
    "રામપરા ગામની પાણી પુરવઠા યોજનાની પાઇપલાઇન મંગળવારે રાતે તૂટી ગઈ અને ગામનો પાણી પુરવઠો બંધ થયો.",
    "ગ્રામ પંચાયતે જણાવ્યું કે પાણી પુરવઠા યોજનાની પાઇપલાઇન રિપેર કરવામાં ત્રણ દિવસ લાગશે.",
    "પાઇપલાઇન તૂટી જતાં જિલ્લા પંચાયતે ગામમાં ટેન્કર મોકલ્યાં છે, પણ ટેન્કર સમયસર આવતાં નથી.",
    "સરપંચ રેખાબેન જાદવે જિલ્લા પંચાયત પાસે વધુ બે ટેન્કરની માગ કરી છે.",
]


def test_a_gujarati_story_is_read_by_runs_of_its_own_words():
    assert isinstance(labels.reading_of(GUJARATI), labels.RunReading)


def test_a_gujarati_run_opens_and_closes_on_no_function_word():
    found = set(run_candidates(GUJARATI))
    own = function_words("gu")
    assert found
    for phrase in found:
        words = list(labels.tokens(phrase))
        assert words[0] not in own and words[-1] not in own, phrase
    assert "પાણી પુરવઠા યોજનાની પાઇપલાઇન" in found
