"""Attribution in German, French, Spanish, Italian, Portuguese and Russian: each language's cues and sources, and the
near misses that share their words; quotation marks of those languages; English left to the English rules."""

from dataclasses import replace

import pytest

from annotations.suggestions import suggest
from annotations.suggestions.attribution import suggest_in_line
from annotations.suggestions.attribution.languages import language_of, languages
from annotations.suggestions.base import quoted_tokens, split_lines
from newsdesk.importing.tokens import tokenize

# A sentence before the one under test, in its language, so that the article is told to be in it.
LEADS = {
    "de": "Die Stadt hat im Winter die Gebühren erhöht, und der Rat ist mit den Plänen nicht zufrieden. ",
    "fr": "La ville a augmenté les tarifs cet hiver et le conseil est divisé sur le projet des élus. ",
    "es": "El ayuntamiento subió las tasas en invierno y los vecinos están divididos sobre el plan del puerto. ",
    "it": "Il comune ha aumentato le tariffe in inverno e il consiglio è diviso sul piano della giunta. ",
    "pt": "A prefeitura aumentou as taxas no inverno e os moradores não estão contentes com o plano do porto. ",
    "ru": "Город поднял тарифы зимой, и в совете нет единого мнения о плане по развитию порта. ",
}


def found(language, sentence):
    lead = LEADS[language]
    text = lead + sentence
    return [(text[s.start : s.end], s.source) for s in suggest(text, tag="attribution") if s.start >= len(lead)]


@pytest.mark.parametrize("language, sentence, cues", [
    ("de", "„Wir sind bereit“, sagte Bürgermeister Holger Wendt.",
     [("sagte Bürgermeister Holger Wendt", "Bürgermeister Holger Wendt")]),
    ("de", "Die Feuerwehr teilte mit, sie sei zu 40 Einsätzen ausgerückt.",
     [("Die Feuerwehr teilte mit", "Die Feuerwehr")]),
    ("de", "Am Dienstag sagte der Minister, die Reform komme im Herbst.", [("sagte der Minister", "der Minister")]),
    ("de", "Den Angaben der Verwaltung zufolge beginnen die Arbeiten im Mai.",
     [("Den Angaben der Verwaltung zufolge", "Den Angaben der Verwaltung")]),
    ("de", "Die Kosten steigen, so die Stadtwerke.", [("so die Stadtwerke", "die Stadtwerke")]),
    ("fr", "« Nous n'avons pas le choix », a déclaré le directeur général, Philippe Marchal.",
     [("a déclaré le directeur général, Philippe Marchal", "Philippe Marchal")]),
    ("fr", "Selon la préfecture, 300 policiers seront déployés.", [("Selon la préfecture", "la préfecture")]),
    ("fr", "« C'est une bonne nouvelle », a-t-elle ajouté.", [("a-t-elle ajouté", "")]),
    ("es", "Según fuentes policiales, el detenido tiene 34 años.",
     [("Según fuentes policiales", "fuentes policiales")]),
    ("es", "«No hay dinero», aseguró el concejal de Hacienda, Pedro Ruiz.",
     [("aseguró el concejal de Hacienda, Pedro Ruiz", "Pedro Ruiz")]),
    ("it", "Secondo i vigili del fuoco, nessuno è rimasto ferito.",
     [("Secondo i vigili del fuoco", "i vigili del fuoco")]),
    ("it", "Lo ha detto il prefetto al termine della riunione.", [("ha detto il prefetto", "il prefetto")]),
    ("pt", "Segundo a Secretaria de Obras, a obra parou em maio.",
     [("Segundo a Secretaria de Obras", "a Secretaria de Obras")]),
    ("pt", "“Vamos recorrer”, disse o prefeito Anderson Melo.",
     [("disse o prefeito Anderson Melo", "o prefeito Anderson Melo")]),
    ("ru", "По словам главного врача, ремонт продлится год.", [("По словам главного врача", "главного врача")]),
    ("ru", "— Мы не знали об этом, — сказал водитель автобуса.", [("сказал водитель автобуса", "водитель автобуса")]),
    ("ru", "«Здание старое», — заявила она.", [("заявила она", "")]),
])
def test_a_cue_and_its_source_in_each_language(language, sentence, cues):
    assert found(language, sentence) == cues


@pytest.mark.parametrize("language, sentence", [
    ("de", "Der Verein sagte das Spiel am Samstag ab."),  # cancelled it
    ("de", "Der Rat sagte die Sitzung ab und vertagte sich."),
    ("de", "Es war laut in der Halle, und die Musik spielte bis Mitternacht."),  # loud
    ("de", "Die Firma teilte die Kosten mit dem Land."),  # shared them
    ("de", "Das erklärt den Anstieg der Preise."),  # a thing explains
    ("fr", "Le montant annoncé par la région ne suffira pas."),  # a participle as an adjective
    ("fr", "Le club a déclaré forfait pour le match de dimanche."),  # an idiom
    ("fr", "La carte indique le chemin vers la gare."),  # no words follow
    ("es", "Dicho plan incluye tres fases."),  # "said plan"
    ("es", "El mapa indica la ruta más corta."),
    ("es", "Los vecinos piden más seguridad en el barrio."),  # a demand of a thing
    ("it", "Per il secondo anno di fila il festival è stato annullato."),  # an ordinal
    ("it", "La squadra ha chiesto un rinvio della partita."),
    ("pt", "O time ficou em segundo lugar no campeonato."),  # an ordinal
    ("pt", "A conta de luz subiu 12% em março."),  # a noun
    ("ru", "Он считает деньги каждый вечер."),  # counts money
    ("ru", "Заявление было подано в суд в понедельник."),  # a noun
])
def test_a_near_miss_in_each_language_is_no_cue(language, sentence):
    assert found(language, sentence) == []


def test_each_language_is_told_from_its_commonest_words_and_english_is_none():
    for code, lead in LEADS.items():
        language = language_of(split_lines(lead * 2))
        assert language is not None and language.code == code
    assert language_of(split_lines("The council said the fees would rise, according to Der Spiegel.")) is None


def test_an_english_sentence_keeps_the_english_rules():
    text = "The harbour board met on Tuesday. Ann Bell, the harbour master, said the fees were fair."
    assert [(text[s.start : s.end], s.source) for s in suggest(text, tag="attribution")] == [
        ("Ann Bell, the harbour master, said", "Ann Bell")
    ]


def marked(text, dialogue=False):
    doc = tokenize(text)
    quoted = quoted_tokens(doc, dialogue=dialogue)
    return " ".join(f"[{t.text}]" if t.i in quoted else t.text for t in doc)


def test_the_quotation_marks_of_other_languages_close_where_they_should():
    assert marked("„Wir sind bereit“, sagte sie.") == "[„] [Wir] [sind] [bereit] [“] , sagte sie ."
    assert marked("»Das Dach war neu«, betonte Danner.") == "[»] [Das] [Dach] [war] [neu] [«] , betonte Danner ."
    assert marked("Er sagte ‚nein‘ und ging.") == "Er sagte [‚] [nein] [‘] und ging ."
    assert marked("« Oui », a-t-il dit.") == "[«] [Oui] [»] , a - t - il dit ."


def test_a_dialogue_dash_opens_a_speakers_words_only_where_the_language_writes_them():
    assert marked("— Это час, — сказала Анна.", dialogue=True) == "[—] [Это] [час] [,] — сказала Анна ."
    assert marked("—La situación es grave —dijo el alcalde—.", dialogue=True) == (
        "[—] [La] [situación] [es] [grave] — dijo el alcalde — ."
    )
    assert marked("— Это час, — сказала Анна.") == "— Это час , — сказала Анна ."


def test_every_repetition_on_a_long_line_gets_the_cue_of_the_first():
    for unit, cue in (("„Ja“, sagte Wendt. ", "sagte Wendt"), ("Der Rat sagte die Sitzung ab und ", None)):
        text = LEADS["de"] + unit * 400
        found_cues = [text[s.start : s.end] for s in suggest(text, tag="attribution")]
        assert found_cues == ([cue] * 400 if cue else [])


def test_a_german_relative_clause_after_a_source_place_is_read_without_failing():
    text = ("Die Brücke bleibt gesperrt. Das sagte der Bürgermeister am Montag nach einem Treffen mit dem Landrat, "
            "der erklärte, dass die Sperrung noch Monate dauern werde.")

    found = [s for s in suggest(text) if s.tag == "attribution"]

    assert found  # "sagte der Bürgermeister"


@pytest.mark.parametrize("language, sentence, source", [
    ("de", "Die Halle bleibt gesperrt, erklärte ein Sprecher des Landkreises am Abend.",
     "ein Sprecher des Landkreises"),
    ("de", "Laut dem Bericht des Planungsbüros Wiesner fehlen Stützen.", "dem Bericht des Planungsbüros Wiesner"),
    ("fr", "« Les travaux dureront un an », a précisé la directrice des services techniques, Claire Dumas.",
     "Claire Dumas"),
])
def test_a_month_abbreviation_of_another_language_does_not_cut_a_source(language, sentence, source):
    """Indonesian and Malay write December "Des": a month only after a day's figure, never a word of time between a
    verb and its source, where it is German's and French's "des"."""
    assert [found_source for _cue, found_source in found(language, sentence)] == [source]


@pytest.mark.parametrize("language, sentence, cues", [
    ("es", "«No hay agua», dijo María López y Juan Pérez asintió con la cabeza.",
     [("dijo María López", "María López")]),
    ("es", "Según la alcaldesa Ana Ruiz y Madrid no hay dinero para el puente.",
     [("Según la alcaldesa Ana Ruiz", "la alcaldesa Ana Ruiz")]),
    ("fr", "« Il n'y a plus d'eau », a déclaré Paul Martin et Marie Dupont a acquiescé.",
     [("a déclaré Paul Martin", "Paul Martin")]),
    # the phrase closes after the second capitalised run: one name, or two sources together
    ("es", "Según el Ministerio de Trabajo y Economía Social, el paro bajó.",
     [("Según el Ministerio de Trabajo y Economía Social", "el Ministerio de Trabajo y Economía Social")]),
    ("es", "«No hay dinero», dijo el Ministerio de Trabajo y Economía Social.",
     [("dijo el Ministerio de Trabajo y Economía Social", "el Ministerio de Trabajo y Economía Social")]),
    ("fr", "Selon Paul Martin et Marie Dupont, le projet est mort.",
     [("Selon Paul Martin et Marie Dupont", "Paul Martin et Marie Dupont")]),
])
def test_a_source_runs_over_and_only_when_the_phrase_closes_after_the_next_name(language, sentence, cues):
    assert found(language, sentence) == cues


@pytest.mark.parametrize("code, sentence", [
    # the participle far after its auxiliary: the German table looks further back for it
    ("de", "Der Bürgermeister hat am Freitag vor den Bewohnern des Viertels in Kessenau gesagt, das Bad bleibe zu."),
    # a bare comma before the clause said: "meinte" reports only with words after it
    ("de", "Die Ärztin meinte, die Station sei seit Wochen überlastet."),
    # a demand with a comma before its infinitive
    ("de", "Die Anwohner fordern, die Brücke über die Ilme sofort zu sperren."),
    # a bare comma before the clause said, in Russian too
    ("ru", "Главный врач больницы считает, ремонт нужен давно."),
    # a title in lower case, without its article, before a name after the verb
    ("nl", "Het bad blijft dicht, zei wethouder Marloes Tichelaar."),
    ("sv", "I går sa kommunalrådet Anna Berg att badet förblir stängt."),
])
def test_a_table_copied_under_another_code_reads_as_its_own(code, sentence):
    """What a language's table says, not its code, decides how its sentences are read: a new language whose table
    sets the same flags is read the same way."""
    original = languages()[code]
    copy = replace(original, code="xx")
    line = split_lines(sentence)[0]
    read = [(sentence[s.start : s.end], s.source) for s in suggest_in_line(line, original)]
    assert read
    assert [(sentence[s.start : s.end], s.source) for s in suggest_in_line(line, copy)] == read
