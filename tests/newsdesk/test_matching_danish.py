"""Story matching in Danish: its verbs of saying, a clock time and its commonest small words ("ved", "kan") are no
event words. The text is invented."""

from newsdesk.alignment import story_suggestion
from newsdesk.importing import languages

DANISH = (
    "Tirsdag åbnede Skovlunde Kommune den nye busterminal ved stationen, oplyser kommunen. – Nu kan passagererne "
    "endelig vente i læ, siger Mette Skov, der pendler hver dag. Terminalen åbnede kl. 14, og det gamle stoppested "
    "ved torvet bliver revet ned til foråret, sagde borgmesteren."
)


def test_danish_verbs_of_saying_a_clock_time_and_small_words_are_no_event_words():
    assert languages.language_of(DANISH) == "da"

    told = set(story_suggestion.event_words(DANISH).split())

    assert not {"siger", "sagde", "oplyser", "kl", "ved", "kan"} & told
    assert {"busterminal", "passagererne"} & told
