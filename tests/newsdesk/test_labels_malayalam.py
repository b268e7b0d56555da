"""Labels of a story in Malayalam: read by runs of content words bounded by its function words, as Gujarati's and
Punjabi's, never opening or closing on one ("ആണ്", "എന്ന്", "ഈ", "വരെ", "പറഞ്ഞു")."""

from newsdesk.alignment import labels
from newsdesk.importing.languages import function_words

from .label_runs import run_candidates

# Invented passages: the old boat jetty at Cheruvaranam partly collapsed and the boat service stopped.
MALAYALAM = [
    "ചെറുവാരണം പഞ്ചായത്തിലെ പഴയ ബോട്ട് ജെട്ടി ബുധനാഴ്ച രാവിലെ ഭാഗികമായി തകർന്നു എന്ന് നാട്ടുകാർ പറഞ്ഞു.",
    "പഴയ ബോട്ട് ജെട്ടി പുതുക്കിപ്പണിയാൻ ഈ വർഷം തന്നെ പണം അനുവദിക്കുമെന്ന് ജലഗതാഗത വകുപ്പ് അറിയിച്ചു.",
    "ജെട്ടി തകർന്നതോടെ ബോട്ട് സർവീസ് ഡിസംബർ 20 വരെ നിർത്തിവെച്ചു, യാത്രക്കാർ ബസിനെ ആശ്രയിക്കുന്നു.",
    "പഞ്ചായത്ത് അംഗം സുലോചന രാഘവൻ ജില്ലാ കളക്ടർക്ക് നിവേദനം നൽകി എന്ന് അവർ പറഞ്ഞു.",
]


def test_a_malayalam_story_is_read_by_runs_of_its_own_words():
    assert isinstance(labels.reading_of(MALAYALAM), labels.RunReading)


def test_a_malayalam_run_opens_and_closes_on_no_function_word():
    found = set(run_candidates(MALAYALAM))
    own = function_words("ml")
    assert found
    for phrase in found:
        words = list(labels.tokens(phrase))
        assert words[0] not in own and words[-1] not in own, phrase
    assert "പഴയ ബോട്ട് ജെട്ടി" in found
