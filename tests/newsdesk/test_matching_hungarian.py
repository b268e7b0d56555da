"""Story matching in Hungarian: its verbs of saying and a clock time are no event words, and a town's name in its
cases, and the adjective written from it in lower case, are the name's, not what happened. The text is invented."""

from newsdesk.alignment import story_suggestion
from newsdesk.importing import languages

HUNGARIAN = (
    "Kedden átadták Bodrogvár új buszpályaudvarát, közölte a polgármester. – Végre fedett váróban várhatnak az "
    "utasok – mondta Tamás Eszter, aki naponta Bodrogvárra ingázik. A bodrogvári buszpályaudvar 14 órakor nyílt "
    "meg, a régi megállót pedig lebontják, a polgármester szerint jövő tavasszal.")


def test_hungarian_verbs_of_saying_and_a_clock_time_are_no_event_words():
    assert languages.language_of(HUNGARIAN) == "hu"

    told = set(story_suggestion.event_words(HUNGARIAN).split())

    assert not {"mondta", "közölte", "szerint", "órakor"} & told
    assert {"buszpályaudvar", "utasok"} & told


def test_a_hungarian_town_in_its_cases_and_its_adjective_are_no_event_words():
    told = set(story_suggestion.event_words(HUNGARIAN).split())

    assert not {"bodrogvárra", "bodrogvári"} & told
