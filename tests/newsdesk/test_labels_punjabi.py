"""Labels of a story in Punjabi, in Gurmukhi: read by runs of content words bounded by its function words, as
Marathi's and Gujarati's, never opening or closing on one ("ਹੈ", "ਅਤੇ", "ਦੇ", "ਨੂੰ", "ਵਿੱਚ")."""

from newsdesk.alignment import labels
from newsdesk.importing.languages import function_words

from .label_runs import run_candidates

# Invented passages: a village school's roof fallen in at Mallhianwala and the classes moved.
PUNJABI = [
    "ਮੱਲ੍ਹੀਆਂਵਾਲਾ ਦੇ ਸਰਕਾਰੀ ਪ੍ਰਾਇਮਰੀ ਸਕੂਲ ਦੀ ਛੱਤ ਬੁੱਧਵਾਰ ਸਵੇਰੇ ਡਿੱਗ ਪਈ ਅਤੇ ਕਮਰੇ ਦਾ ਸਾਮਾਨ ਦੱਬ ਗਿਆ।",
    "ਸਿੱਖਿਆ ਵਿਭਾਗ ਨੇ ਦੱਸਿਆ ਕਿ ਸਰਕਾਰੀ ਪ੍ਰਾਇਮਰੀ ਸਕੂਲ ਦੀ ਇਮਾਰਤ ਦੀ ਜਾਂਚ ਤਿੰਨ ਦਿਨਾਂ ਵਿੱਚ ਹੋਵੇਗੀ।",
    "ਛੱਤ ਡਿੱਗਣ ਤੋਂ ਬਾਅਦ ਬੱਚਿਆਂ ਨੂੰ ਗੁਰਦੁਆਰੇ ਦੇ ਦੀਵਾਨ ਹਾਲ ਵਿੱਚ ਪੜ੍ਹਾਇਆ ਜਾ ਰਿਹਾ ਹੈ, ਪਰ ਥਾਂ ਘੱਟ ਹੈ।",
    "ਸਰਪੰਚ ਬਲਜੀਤ ਕੌਰ ਨੇ ਜ਼ਿਲ੍ਹਾ ਸਿੱਖਿਆ ਅਫ਼ਸਰ ਕੋਲ ਨਵੀਂ ਇਮਾਰਤ ਦੀ ਮੰਗ ਰੱਖੀ ਹੈ।",
]


def test_a_punjabi_story_is_read_by_runs_of_its_own_words():
    assert isinstance(labels.reading_of(PUNJABI), labels.RunReading)


def test_a_punjabi_run_opens_and_closes_on_no_function_word():
    found = set(run_candidates(PUNJABI))
    own = function_words("pa")
    assert found
    for phrase in found:
        words = list(labels.tokens(phrase))
        assert words[0] not in own and words[-1] not in own, phrase
    assert "ਸਰਕਾਰੀ ਪ੍ਰਾਇਮਰੀ ਸਕੂਲ" in found
