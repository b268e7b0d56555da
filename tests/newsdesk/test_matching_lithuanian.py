"""Story matching in Lithuanian: its verbs of saying, past and present, its dates and a town's name in its cases are
no event words. The text is invented."""

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


def test_a_lithuanian_town_in_its_cases_is_no_event_word():
    text = (LITHUANIAN + " Ąžuolupio stotis kainavo 2 mln. eurų. Ąžuolupyje tai pirmoji nauja stotis per 40 metų, "
            "o ąžuolupiečiai į sostinę iki šiol važiuodavo nuo stotelės prie turgaus.")

    told = set(story_suggestion.event_words(text).split())

    assert not {"ąžuolupyje", "ąžuolupio"} & told
    assert "stotis" in told
