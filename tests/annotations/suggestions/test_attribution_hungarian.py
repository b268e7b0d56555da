"""Attribution in Hungarian: the verb after a dash-led quotation with its source after it, or after its subject;
a particle after the verb; "X szerint". Every text here is invented."""

import pytest

from annotations.suggestions import suggest
from annotations.suggestions.attribution import suggest_in_line
from annotations.suggestions.attribution.languages import languages
from annotations.suggestions.base import split_lines


def cues_in(text):
    line = split_lines(text)[0]
    return [(text[s.start : s.end], s.source) for s in suggest_in_line(line, languages()["hu"])]


@pytest.mark.parametrize(
    "sentence, cues",
    [
        (
            "– A híd nem biztonságos – mondta Tóth Márta, a megyei közútkezelő szóvivője.",
            [("mondta Tóth Márta", "Tóth Márta")],
        ),
        ("Szabó Péter jegyző közölte: a piac hétfőn nyit.", [("Szabó Péter jegyző közölte", "Szabó Péter jegyző")]),
        (
            "A tó vize megint csökkent, jelentette be szerdán a vízügyi igazgatóság.",
            [("jelentette be szerdán a vízügyi igazgatóság", "a vízügyi igazgatóság")],
        ),
        ("A mentők szerint senki nem sérült meg.", [("A mentők szerint", "A mentők")]),
        ("Nagy Ilona azt mondta, hogy a busz késett.", [("Nagy Ilona azt mondta", "Nagy Ilona")]),
    ],
)
def test_a_hungarian_cue_and_its_source(sentence, cues):
    assert cues_in(sentence) == cues


@pytest.mark.parametrize(
    "sentence",
    [
        "A zenekar lemondta a szombati koncertet.",  # cancelled
        "A vendégek a foglalásukat is mondták le.",  # cancelled, the particle after the verb
        "„Ott mondták el nekünk” – ez állt a táblán.",  # a verb inside a quotation
    ],
)
def test_a_hungarian_sentence_that_reports_no_words_has_no_cue(sentence):
    assert cues_in(sentence) == []


def test_a_hungarian_article_gets_attribution_suggestions():
    text = (
        "Lezárták a komlósi hidat\n\n"
        "Hétfő reggel óta nem lehet átkelni a komlósi hídon. A rendőrség mindkét oldalon kordont állított fel, és "
        "a buszok kerülőúton járnak.\n\n"
        "– A pillérek megrepedtek, a hidat nem nyithatjuk meg – mondta Balogh István, a közútkezelő mérnöke. A "
        "polgármester szerint a javítás két hónapig tart."
    )
    found = [(text[s.start : s.end], s.source) for s in suggest(text) if s.tag == "attribution"]
    assert ("mondta Balogh István", "Balogh István") in found
    assert ("polgármester szerint", "polgármester") in found or ("A polgármester szerint", "A polgármester") in found
