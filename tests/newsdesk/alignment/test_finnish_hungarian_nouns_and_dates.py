"""Finnish and Hungarian nouns that share a verb's or a comparative's ending, towns whose name opens on a weekday's,
and the nouns a story counts, which all stay in its labels."""

from newsdesk.alignment import labels, verbal
from newsdesk.alignment.words import stop_words_for
from tests.newsdesk.alignment.test_finnish_labels import phrases


def test_a_finnish_noun_whose_case_ends_as_a_passive_or_a_participle_is_no_verb_where_the_story_declines_it():
    texts = [
        "Kunta lisäsi rahaa budjettiin. Budjetin loppusumma kasvaa.",
        "Uusi jäsen nimitettiin kabinettiin. Kabinetissa istuu nyt yhdeksän jäsentä.",
        "Kylä joutui sotaan. Sodan jälkeen kylä rakennettiin uudelleen.",
        "Hoitajat saivat suojavälineet ja työvälineet. Jokainen väline tarkastetaan.",
    ]
    found = verbal.verbal_words(texts, "fi", stop_words_for("fi"))

    assert not {"budjettiin", "kabinettiin", "sotaan", "suojavälineet", "työvälineet"} & found
    assert {"nimitettiin", "rakennettiin", "tarkastetaan"} <= found


def test_a_finnish_passive_stays_a_verb_where_the_story_writes_its_other_forms():
    texts = ["Tehdas suljetaan keväällä, ja tukea tarvitaan. Sitä ei tarvita heti.",
             "Asiasta kerrottiin aamulla, ja siitä kerrotaan lisää illalla. Asiakkaat asioineet kaupassa."]
    found = verbal.verbal_words(texts, "fi", stop_words_for("fi"))

    assert {"suljetaan", "tarvitaan", "kerrottiin", "asioineet"} <= found


def test_a_hungarian_noun_in_the_inessive_on_b_is_no_comparative():
    text = "A klubban tartott koncert és a webben közölt jegyzőkönyv nagyobb érdeklődést kapott."
    assert verbal.comparatives([text], "hu") == {"nagyobb"}
    found = phrases([text], "hu")

    assert any("klubban" in phrase for phrase in found) and any("webben" in phrase for phrase in found)
    assert not [phrase for phrase in found if "nagyobb" in phrase.split()]


def test_a_date_is_a_weekday_or_month_with_its_ending_never_a_longer_word_opening_on_one():
    assert not labels.dated_word("szombathely", "hu") and not labels.dated_word("szombathelyi", "hu")
    assert all(labels.dated_word(word, "hu") for word in ("szombaton", "szombati", "kedden", "szerdán", "márciusban"))
    assert all(labels.dated_word(word, "fi") for word in ("maaliskuun", "keskiviikkona", "keskiviikkoaamuna",
                                                          "huhtikuussa", "tiistai-iltana"))


def test_a_town_named_after_a_weekday_stays_in_a_hungarian_label():
    found = phrases(["A szombathelyi kórház új szárnyat épít.",
                     "Szombathely városa szombaton dönt a kórház bővítéséről."], "hu")

    assert any("szombathelyi kórház" in phrase for phrase in found)
    assert not [phrase for phrase in found if "szombaton" in phrase.split()]


def test_the_nouns_a_story_counts_are_not_learned_as_units_of_its_sums():
    german = ["Das Werk hat 300 Mitarbeiter. Beim Brand gab es 12 Verletzte.",
              "Jetzt bleiben 40 Mitarbeiter, und 3 Verletzte liegen im Spital."]
    finnish = ["Tehdas työllistää 310 työntekijää. Syksyllä 20 työntekijää lähtee.", "Työntekijöille kerrottiin."]
    units = ["Tie on 12 km pitkä ja silta 40 km päässä."]

    assert not {"mitarbeiter", "verletzte"} & labels.quantity_words(german, "de")
    assert "työntekijää" not in labels.quantity_words(finnish, "fi")
    assert "km" in labels.quantity_words(units, "fi")
