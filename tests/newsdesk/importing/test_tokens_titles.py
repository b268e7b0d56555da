"""A title written with a stop before a name ("Bi.", "Dra.", "Dott.") ends no sentence, in the languages that write
it; a word of the same spelling at a sentence's end in another language still ends it. Every text here is invented
for the test."""

import pytest

from newsdesk.importing.tokens import tokenize


def sentences(text):
    return [s.text for s in tokenize(text).sents]


@pytest.mark.parametrize(
    "text",
    [
        "Kituo cha afya kimepokea wagonjwa kumi na wawili tangu Jumamosi, alieleza Bi. Halima Mbwambo.",
        "Dawa zaidi zitafika kesho, alisema Dkt. Juma Kessy.",
        "Mkutano uliongozwa na Mhe. Rehema Mwakyusa, mbunge wa jimbo hilo.",
        "Barabara itafunguliwa wiki ijayo, alisema Bw. Omari Lusinde.",
        "O posto vai abrir no sábado, disse a Dra. Marta Quirino.",
        "A vacina chega amanhã, afirmou a Profa. Lúcia Barreto.",
        "La planta cerrará en mayo, explicó la Sra. Inés Carbajo.",
        "El proyecto lo firmó el Ing. Tomás Baldrich.",
        "Il ricorso è stato depositato dall'Avv. Chiara Montecchi.",
        "Lo ha detto il Dott. Piero Salvadei ai cronisti.",
        "Das Gespräch mit den Anwohnern führte am Montag Hr. Anselm Wiegand.",
        "Мостът ще бъде готов през май, каза инж. Румяна Колчева.",
        "Пробите от реката взе доц. Тихомир Бельов от университета.",
    ],
)
def test_a_title_before_a_name_ends_no_sentence(text):
    assert sentences(text) == [text]


def test_a_swedish_sentence_ending_on_dra_still_ends():
    text = "Vi har väntat länge på bussen och nu måste vi dra. Bussen kom aldrig till hållplatsen."
    assert len(sentences(text)) == 2


def test_a_danish_sentence_ending_on_sig_still_ends():
    text = "Hun havde ikke set ham i mange år, og han havde ikke forandret sig. Det var som om tiden stod stille."
    assert len(sentences(text)) == 2


def test_a_full_stop_after_an_ordinary_word_still_ends_a_sentence():
    assert len(sentences("Maji yalipanda usiku kucha. Wakazi walihamia shuleni.")) == 2


@pytest.mark.parametrize(
    "text",
    [
        "The pumps moved 3,000 litres per hr. Engineers said the flow would double by May.",
        "She had moved her savings to ING. Her brother kept his at the local credit union.",
    ],
)
def test_an_english_sentence_ending_on_a_word_another_language_writes_as_a_title_still_ends(text):
    assert len(sentences(text)) == 2
