"""Attribution in Swahili (its table, read with the language given), a headline's bare source after its verb in
the Romance languages, and the turns of an interview whose labels are roles ("Repórter:" / "Secretária:")."""

import pytest

from annotations.suggestions import suggest
from annotations.suggestions.attribution import suggest_in_line
from annotations.suggestions.attribution.languages import languages
from annotations.suggestions.base import split_lines


def cues_in(code, text):
    line = split_lines(text)[0]
    return [(text[s.start : s.end], s.source) for s in suggest_in_line(line, languages()[code])]


@pytest.mark.parametrize(
    "sentence, cues",
    [
        (
            "“Tunahitaji dawa zaidi,” alisema Dkt. Halima Mrisho.",
            [("alisema Dkt. Halima Mrisho", "Dkt. Halima Mrisho")],
        ),
        ("Waziri wa Maji, Baraka Ndege, amesema kuwa visima vitafungwa.", [("Baraka Ndege, amesema", "Baraka Ndege")]),
        (
            "Watu 300 wamehamishwa, kwa mujibu wa Mamlaka ya Hali ya Hewa ya Kisiwani.",
            [("kwa mujibu wa Mamlaka ya Hali ya Hewa ya Kisiwani", "Mamlaka ya Hali ya Hewa ya Kisiwani")],
        ),
        (
            "Bwawa limejaa, afisa mmoja wa halmashauri aliiambia Sauti ya Pwani.",
            [("afisa mmoja wa halmashauri aliiambia", "afisa mmoja wa halmashauri")],
        ),
        ("Wizara ya Kilimo imesema imetuma wataalamu.", [("Wizara ya Kilimo imesema", "Wizara ya Kilimo")]),
        ("Wavuvi walisema Jumanne kuwa samaki wamepungua.", [("Wavuvi walisema", "Wavuvi")]),
        ("Mkuu wa shule alieleza kuwa madarasa yamefungwa.", [("Mkuu wa shule alieleza", "Mkuu wa shule")]),
        ("“Maji ni safi,” aliongeza.", [("aliongeza", "")]),
    ],
)
def test_a_swahili_cue_and_its_source(sentence, cues):
    assert cues_in("sw", sentence) == cues


def test_a_swahili_verb_that_is_an_ordinary_verb_reports_nothing_without_words_said():
    assert cues_in("sw", "Halmashauri imeongeza vitanda katika hospitali.") == []


@pytest.mark.parametrize(
    "code, headline, cue",
    [
        (
            "pt",
            "“A ponte fica pronta em maio”, diz secretário de Obras sobre a travessia de Vila Serena",
            ("diz secretário de Obras", "secretário de Obras"),
        ),
        (
            "es",
            "“El agua no alcanza”, dice ministro de Agricultura tras la sequía en Valdelobos",
            ("dice ministro de Agricultura", "ministro de Agricultura"),
        ),
        (
            "it",
            "“Il ponte non regge”, dice il ministro dei Trasporti",
            ("dice il ministro dei Trasporti", "il ministro dei Trasporti"),
        ),
        (
            "fr",
            "« Le barrage tiendra », affirme le ministre de l'Intérieur",
            ("affirme le ministre de l'Intérieur", "le ministre de l'Intérieur"),
        ),
    ],
)
def test_a_headline_names_its_source_as_a_bare_noun_after_the_verb(code, headline, cue):
    assert cues_in(code, headline) == [cue]


def test_a_time_after_the_verb_of_a_quotation_is_no_source():
    assert cues_in("pt", "“A fila vai diminuir”, disse ontem.") == [("disse", "")]


INTERVIEW = """A diretora do Hospital Regional de Serra Clara, Helena Vasconcelos, falou ao programa sobre os leitos.

Repórter: Diretora, quem chega ao pronto-socorro espera quanto tempo? O que o hospital vai fazer?

Diretora: Hoje a espera passa de cinco horas. Vamos abrir uma ala nova na semana que vem, com vinte leitos.

Repórter: E os médicos? Muita gente reclama que não há plantonistas à noite.

Diretora: Estamos contratando oito médicos. Os primeiros começam na segunda-feira, e o plantão noturno volta.
"""


def test_an_interview_with_roles_as_labels_attributes_the_answers_to_their_label():
    found = [
        (INTERVIEW[s.start : s.end], s.source)
        for s in suggest(INTERVIEW, tag="attribution")
        if s.rule == "attribution.speaker"
    ]
    assert found == [("Diretora:", "Diretora"), ("Diretora:", "Diretora")]


def test_the_interviewers_questions_are_not_rhetorical():
    found = [
        INTERVIEW[s.start : s.end]
        for s in suggest(INTERVIEW, tag="rhetoric")
        if s.rule == "rhetoric.rhetorical_question"
    ]
    assert found == []


TRANSCRIPT = """Maji ya mvua yamejaa katika mitaa ya Kisiwani na wakazi wanasema hawana mahali pa kwenda.

MTANGAZAJI: Hapa ni katika shule ya msingi ambako familia zimehifadhiwa tangu Jumatatu usiku.
MWALIMU ZAWADI KIBONA: “Tumepokea familia thelathini, lakini magodoro hayatoshi kwa wote.”
MTANGAZAJI: Wazazi wanasema watoto hawajaenda shule kwa wiki nzima sasa.
HAMISI RAJABU, MKAZI WA KISIWANI: “Nyumba yetu imejaa maji hadi dirishani na hatuna pa kwenda.”
"""


def test_a_transcripts_quoted_turns_name_their_speakers_in_another_language():
    found = [
        (TRANSCRIPT[s.start : s.end], s.source)
        for s in suggest(TRANSCRIPT, tag="attribution")
        if s.rule == "attribution.speaker"
    ]
    assert found == [
        ("MWALIMU ZAWADI KIBONA:", "MWALIMU ZAWADI KIBONA"),
        ("HAMISI RAJABU, MKAZI WA KISIWANI:", "HAMISI RAJABU"),
    ]
