"""Story matching in Lithuanian: its verbs of saying, past and present, and its dates are no event words. The text
is invented."""

from newsdesk.alignment import story_suggestion
from newsdesk.importing import languages

LITHUANIAN = (
    "Antradienį Ąžuolupio mieste atidaryta nauja autobusų stotis, pranešė savivaldybė. „Pagaliau keleiviai laukia "
    "šiltoje salėje“, – sako vairuotoja Eglė Vaitkienė, kuri kasdien važinėja į sostinę. Meras tikina, kad senoji "
    "stotelė bus nugriauta iki gegužės 30 d., o jos vietoje atsiras automobilių stovėjimo aikštelė.")


def test_lithuanian_verbs_of_saying_and_dates_are_no_event_words():
    assert languages.language_of(LITHUANIAN) == "lt"

    told = set(story_suggestion.event_words(LITHUANIAN).split())

    assert not {"pranešė", "sako", "tikina", "antradienį", "gegužės"} & told
    assert {"stotis", "keleiviai"} & told
