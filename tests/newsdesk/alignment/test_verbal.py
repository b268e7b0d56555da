"""Which words a story uses as verbs, read from its own sentences, so that a label in another language is a noun
phrase and not a clause."""

import pytest

from newsdesk.alignment import labels
from newsdesk.alignment.verbal import verbal_words
from newsdesk.alignment.words import stop_words_for


def test_a_participle_after_an_auxiliary_and_a_verb_after_a_subject_pronoun_are_verbal():
    texts = ["Le conseil a voté la fermeture du marché.", "Les habitants craignent qu'elle serve de prétexte.",
             "La fermeture du marché inquiète les commerçants."]

    found = verbal_words(texts, "fr")

    assert {"voté", "serve", "inquiète"} <= found
    assert "fermeture" not in found and "marché" not in found


def test_a_verb_followed_at_once_by_an_article_is_verbal_but_a_noun_before_a_fused_preposition_is_not():
    texts = ["La empresa cerrará el 30 de junio la planta del polígono.",
             "El cierre del polígono afecta a la comarca.", "El cierre del polígono llega tarde."]

    found = verbal_words(texts, "es")

    assert "cerrará" in found
    assert "cierre" not in found and "polígono" not in found


def test_a_word_seen_more_often_after_an_article_than_as_a_verb_is_not_verbal():
    # "porta" is a verb once ("si porta") and a noun twice ("la porta").
    texts = ["Il vento si porta via tutto.", "La porta del porto resta chiusa.", "Hanno chiuso la porta nuova."]

    found = verbal_words(texts, "it")

    assert "porta" not in found
    assert "chiuso" in found


def test_neighbours_are_read_within_a_clause_and_names_say_nothing():
    # "giugno" ends a clause before "la"; "restaurant" stands before the name "Le Chamois".
    texts = ["Chiude a giugno, la Regione tace.", "Elle tient l'hôtel restaurant Le Chamois depuis vingt ans."]

    assert "giugno" not in verbal_words(texts, "it")
    assert "restaurant" not in verbal_words(texts[1:], "fr")


def test_function_words_are_never_verbal():
    texts = ["La fábrica de la comarca cierra en la primavera."]

    found = verbal_words(texts, "es", stop_words_for("es"))

    assert "de" not in found and "en" not in found
    assert "de" in verbal_words(texts, "es")  # "de la": only the function words keep it out


def test_where_nouns_are_capitalised_a_lower_case_word_that_does_not_end_as_an_adjective_is_verbal():
    found = verbal_words(["Der lange Umweg kostet die Pendler viel Zeit."], "de", stop_words_for("de"))

    assert "kostet" in found
    assert "lange" not in found


@pytest.mark.parametrize("language", [None, "en", "bg", "is", "zh"])
def test_a_language_without_tables_has_no_verbal_words(language):
    texts = ["Вони не чекають рішення.", "De har inte röstat.", "The council voted on Tuesday.", "Il a voté."]

    assert verbal_words(texts, language) == frozenset()


def run_phrases(text: str, language: str) -> list[str]:
    found = labels.token_spans(text)
    skipped = stop_words_for(language)
    return [phrase for phrase, *_ in labels.word_run_spans(
        [token for token, _, _ in found], text, [(start, end) for _, start, end in found], skipped,
        language in labels.CAPITALISED_NOUNS, language in labels.GOVERNED,
        verbal_words([text], language, skipped))]


def test_a_label_run_never_holds_a_word_the_story_uses_as_a_verb():
    phrases = run_phrases("Le syndicat a voté mardi soir la fermeture de la station de ski.", "fr")

    assert "station de ski" in phrases and "fermeture de la station" in phrases
    assert not any("voté" in phrase for phrase in phrases)


def test_a_label_run_never_ends_on_an_elided_pronoun():
    phrases = run_phrases("Les associations de la vallée demandent qu'elle serve aux agriculteurs.", "fr")

    assert not any(phrase.endswith("qu'elle") for phrase in phrases)
    assert not any("serve" in phrase for phrase in phrases)


def test_labels_of_a_french_story_hold_no_verb_the_story_uses():
    texts = ["Le syndicat a voté mardi la fermeture de la station de ski.",
             "La fermeture de la station de ski a été votée mardi soir par le syndicat.",
             "Les saisonniers ont perdu leur emploi et la station de ski ferme ses pistes.",
             "Les saisonniers de la station ont perdu leur emploi d'hiver."]

    result = labels.label_topics(texts, [0, 0, 1, 1], ["a", "b", "a", "b"])

    verbs = verbal_words(texts, "fr", stop_words_for("fr"))
    assert {"voté", "perdu"} <= verbs
    for label in result.values():
        assert not set(label.lower().split()) & verbs, label


def test_a_capitalised_noun_or_name_is_no_verb_though_its_lower_case_form_is_one():
    german = run_phrases("Das Verbot am Badesee Erlengrund gilt ab Juni. Die Stadt verbot das Baden.", "de")
    french = run_phrases("Le maire espère qu'il vienne. Les trains de la gare de Vienne roulent.", "fr")

    assert "Verbot" in german
    assert "gare de Vienne" in french
    assert "vienne" in verbal_words(["Le maire espère qu'il vienne."], "fr")


# (language, texts, words the texts use as verbs, words they use as nouns), one behaviour per case.
CASES = {
    "after a russian preposition a noun, after a modal a verb, and a reflexive ending a verb": (
        "ru", ["Женщины будут рожать в Красноборске.", "Роддом закрывается с июля, и путь до города долгий.",
               "Дорога в роддом занимает три часа."], {"рожать", "закрывается"}, {"роддом", "путь"}),
    "a russian noun after 'became' or after the noun 'beginning'": (
        "ru", ["Пожар стал причиной эвакуации.", "До начала сезона осталось мало времени.",
               "Жители стали жаловаться на шум."], {"жаловаться"}, {"причиной", "сезона"}),
    "a russian noun that ends as a verb does": (
        "ru", ["Вчера видеозапись появилась в сети.", "Они почтили память погибших.", "Потом смесь попала в реку.",
               "Нужна подпись главы."], {"появилась"}, {"видеозапись", "память", "смесь", "подпись"}),
    "a polish infinitive, but not a short noun so ending": (
        "pl", ["Gmina próbowała cofnąć zezwolenie.", "Sieć wodociągowa jest skażona."], {"cofnąć"},
        {"sieć", "zezwolenie"}),
    "a polish reflexive verb, but not the noun after it": (
        "pl", ["W poniedziałek rozpoczęła się budowa mostu.", "Jutro odbędzie się spotkanie mieszkańców."],
        {"rozpoczęła", "odbędzie"}, {"budowa", "spotkanie"}),
    "a portuguese noun before the preposition 'a'": (
        "pt", ["Em relação a greve, o sindicato fala hoje.", "O governo garantiu o acesso a cuidados de saúde.",
               "A ministra garantiu os apoios."], {"garantiu"}, {"relação", "acesso"}),
    "a dutch noun before 'zijn' or a relative pronoun": (
        "nl", ["Twee bruggen zijn afgesloten.", "Veel bewoners die bezwaar maken, wachten.",
               "Ze sluiten de brug in de zomer."], {"sluiten"}, {"bruggen", "bewoners"}),
    "a french capital 'A' written for 'À'": (
        "fr", ["A cause de la neige, la route est fermée.", "A terme, la station fermera.", "Il a voté mardi."],
        {"voté"}, {"cause", "terme"}),
}


@pytest.mark.parametrize(("language", "texts", "verbs", "nouns"), CASES.values(), ids=CASES.keys())
def test_the_words_a_story_uses_as_verbs_are_verbal_and_its_nouns_are_not(language, texts, verbs, nouns):
    found = verbal_words(texts, language, stop_words_for(language))

    assert verbs <= found
    assert not nouns & found


@pytest.mark.parametrize("apostrophe", ["'", "’"])
def test_an_elided_pronoun_or_article_is_a_word_of_its_own_with_either_apostrophe(apostrophe):
    texts = [f"Les habitants craignent qu{apostrophe}elle serve de prétexte à l{apostrophe}usine."]

    found = verbal_words(texts, "fr")

    assert "serve" in found and "usine" not in found
    assert not any(apostrophe in word for word in found)
