"""Labels of a story in Marathi: read as Marathi (not as Hindi, whose reading needs Hindi's postpositions), its
labels are runs of content words bounded by its function words, never opening or closing on one ("आहे", "आणि",
"मात्र", "यांनी")."""

from newsdesk.alignment import labels
from newsdesk.importing.languages import function_words

from .label_runs import run_candidates

# Invented passages: a water main's burst at Talegaon-Khurd and the tankers sent in its place.
MARATHI = [
    "तळेगाव-खुर्द येथील पाणीपुरवठा योजनेची जलवाहिनी मंगळवारी रात्री फुटली आणि गावाचा पाणीपुरवठा बंद झाला.",
    "ग्रामपंचायतीने सांगितले की पाणीपुरवठा योजनेची जलवाहिनी दुरुस्त करण्यास तीन दिवस लागतील.",
    "जलवाहिनी फुटल्याने जिल्हा परिषदेने गावात टँकर पाठवले आहेत, मात्र टँकर वेळेवर येत नाहीत.",
    "सरपंच रेखा जाधव यांनी जिल्हा परिषदेकडे आणखी दोन टँकरची मागणी केली आहे.",
]


def test_a_marathi_story_is_read_by_runs_of_its_own_words():
    assert isinstance(labels.reading_of(MARATHI), labels.RunReading)


def test_a_marathi_run_opens_and_closes_on_no_function_word():
    found = set(run_candidates(MARATHI))
    own = function_words("mr")
    assert found
    for phrase in found:
        words = [word for word in labels.tokens(phrase)]
        assert words[0] not in own and words[-1] not in own, phrase
    assert "पाणीपुरवठा योजनेची जलवाहिनी" in found
