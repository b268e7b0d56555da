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


@pytest.mark.parametrize("language", [None, "en", "uk", "sv", "zh"])
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


def test_in_a_language_without_articles_a_word_after_a_preposition_is_a_noun_and_after_a_modal_a_verb():
    texts = ["Женщины будут рожать в Красноборске.", "Роддом закрывается с июля, и путь до города долгий.",
             "Дорога в роддом занимает три часа."]

    found = verbal_words(texts, "ru", stop_words_for("ru"))

    assert {"рожать", "закрывается"} <= found
    assert "роддом" not in found and "путь" not in found


def test_a_polish_infinitive_is_verbal_but_a_short_noun_so_ending_is_not():
    texts = ["Gmina próbowała cofnąć zezwolenie.", "Sieć wodociągowa jest skażona."]

    found = verbal_words(texts, "pl", stop_words_for("pl"))

    assert "cofnąć" in found
    assert "sieć" not in found and "zezwolenie" not in found


def test_a_capitalised_noun_or_name_is_no_verb_though_its_lower_case_form_is_one():
    german = run_phrases("Das Verbot am Badesee Erlengrund gilt ab Juni. Die Stadt verbot das Baden.", "de")
    french = run_phrases("Le maire espère qu'il vienne. Les trains de la gare de Vienne roulent.", "fr")

    assert "Verbot" in german
    assert "gare de Vienne" in french
    assert "vienne" in verbal_words(["Le maire espère qu'il vienne."], "fr")


def test_a_portuguese_noun_before_the_preposition_a_is_not_verbal():
    texts = ["Em relação a greve, o sindicato fala hoje.", "O governo garantiu o acesso a cuidados de saúde.",
             "A ministra garantiu os apoios."]

    found = verbal_words(texts, "pt", stop_words_for("pt"))

    assert "relação" not in found and "acesso" not in found
    assert "garantiu" in found


def test_a_dutch_noun_before_the_verb_zijn_or_a_relative_pronoun_is_not_verbal():
    texts = ["Twee bruggen zijn afgesloten.", "Veel bewoners die bezwaar maken, wachten.",
             "Ze sluiten de brug in de zomer."]

    found = verbal_words(texts, "nl", stop_words_for("nl"))

    assert "bruggen" not in found and "bewoners" not in found
    assert "sluiten" in found


def test_a_polish_noun_after_a_reflexive_verb_is_not_verbal_but_the_verb_is():
    texts = ["W poniedziałek rozpoczęła się budowa mostu.", "Jutro odbędzie się spotkanie mieszkańców."]

    found = verbal_words(texts, "pl", stop_words_for("pl"))

    assert "budowa" not in found and "spotkanie" not in found
    assert {"rozpoczęła", "odbędzie"} <= found


def test_a_russian_noun_after_became_or_after_the_noun_beginning_is_not_verbal():
    texts = ["Пожар стал причиной эвакуации.", "До начала сезона осталось мало времени.",
             "Жители стали жаловаться на шум."]

    found = verbal_words(texts, "ru", stop_words_for("ru"))

    assert "причиной" not in found and "сезона" not in found
    assert "жаловаться" in found


def test_a_russian_noun_ending_as_a_verb_does_is_not_verbal():
    texts = ["Вчера видеозапись появилась в сети.", "Они почтили память погибших.", "Потом смесь попала в реку.",
             "Нужна подпись главы."]

    found = verbal_words(texts, "ru", stop_words_for("ru"))

    assert not {"видеозапись", "память", "смесь", "подпись"} & found
    assert "появилась" in found


def test_a_french_capital_a_written_for_a_grave_marks_no_verb():
    texts = ["A cause de la neige, la route est fermée.", "A terme, la station fermera.", "Il a voté mardi."]

    found = verbal_words(texts, "fr", stop_words_for("fr"))

    assert "cause" not in found and "terme" not in found
    assert "voté" in found


@pytest.mark.parametrize("apostrophe", ["'", "’"])
def test_an_elided_pronoun_or_article_is_a_word_of_its_own_with_either_apostrophe(apostrophe):
    texts = [f"Les habitants craignent qu{apostrophe}elle serve de prétexte à l{apostrophe}usine."]

    found = verbal_words(texts, "fr")

    assert "serve" in found and "usine" not in found
    assert not any(apostrophe in word for word in found)
