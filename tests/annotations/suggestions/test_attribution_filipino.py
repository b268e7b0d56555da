"""Attribution in Filipino: the table ``languages.TABLES["tl"]`` (``attribution/filipino.py``). The sentences of the
tests are invented for them; the gold of the Filipino corpus story (every cue of its five articles, written before the
table was) measures the table on whole articles."""

from pathlib import Path

import pytest

from annotations.suggestions import suggest
from annotations.suggestions.attribution import suggest_in_line
from annotations.suggestions.attribution.languages import languages
from annotations.suggestions.base import split_lines
from tests.annotations.suggestions.attribution_story_gold import story_scores

STORY = Path(__file__).resolve().parents[2] / "corpus" / "stories" / "tabonlayan-bangka-tumaob"

# Every attribution cue of the story's articles: a context with the cue in brackets, and its named source ("" for a
# pronoun or a cue without one). The hearsay enclitics "daw", "raw" (so it is said) name no one and are not counted;
# nor is "Sa huling tala ng PCG" (in the coast guard's latest count), a record, not words said.
GOLD = {
    "bbn.txt": [
        ("[Ayon sa Philippine Coast Guard]", "Philippine Coast Guard"),
        ("[sabi ni Dr. Liza Caballero]", "Dr. Liza Caballero"),
        ("[sinabi ni Commander Arnel Macaraeg]", "Commander Arnel Macaraeg"),
        ("[ani Macaraeg]", "Macaraeg"),
        ("[dagdag pa ng alkalde]", "alkalde"),
        ("[saad ni Villaflor]", "Villaflor"),
        ("[aniya]", ""),
    ],
    "pasiklab.txt": [
        ("[Ayon sa mga nakaligtas]", "mga nakaligtas"),
        ("[kuwento ng nakaligtas na si Mark Anthony Lacson]", "Mark Anthony Lacson"),
        ("[sabi ni Aling Rosario]", "Aling Rosario"),
    ],
    "bka.txt": [
        ("[ayon sa Philippine Coast Guard (PCG)]", "Philippine Coast Guard (PCG)"),
        ("[Sinabi ni Commander Arnel Macaraeg]", "Commander Arnel Macaraeg"),
        ("Naglabas [aniya]", ""),
        ("[ayon kay Mayor Teresita Villaflor]", "Mayor Teresita Villaflor"),
        ("[dagdag pa niya]", ""),
    ],
    "bandilyo.txt": [
        ("[Kinumpirma ng MDRRMO ng Tabonlayan]", "MDRRMO ng Tabonlayan"),
        ("[Inanunsyo ni Mayor Tess Villaflor]", "Mayor Tess Villaflor"),
        ("[sabi ni Villaflor]", "Villaflor"),
        ("[Sabi ni Cmdr. Arnel Macaraeg]", "Cmdr. Arnel Macaraeg"),
        ("[Ayon kay Rosario Dimaculangan]", "Rosario Dimaculangan"),
        ("[ayon sa PCG]", "PCG"),
    ],
    "tabonlayanngayon.txt": [
        ("[Ayon sa page ni Mayor Villaflor]", "page ni Mayor Villaflor"),
    ],
}


def cues_in(text):
    line = split_lines(text)[0]
    return [(text[s.start : s.end], s.source) for s in suggest_in_line(line, languages()["tl"])]


@pytest.mark.parametrize(
    "sentence, cues",
    [
        ('"Hindi na ligtas ang tulay," ani Inhinyero Ramon Sison.', [
            ("ani Inhinyero Ramon Sison", "Inhinyero Ramon Sison"),
        ]),
        ('"Wala pa kaming natatanggap na tulong," sabi ni Aling Nena.', [("sabi ni Aling Nena", "Aling Nena")]),
        ('"Ligtas na ang lahat ng estudyante," aniya.', [("aniya", "")]),
        ("Ayon sa pulisya, nagsimula ang sunog sa kusina ng restawran.", [("Ayon sa pulisya", "pulisya")]),
        ("Ayon kay Konsehal Jose Ramos, bubuksan muli ang tulay sa Lunes.", [
            ("Ayon kay Konsehal Jose Ramos", "Konsehal Jose Ramos"),
        ]),
        ("Sinabi ni Mayor Lorna Dizon na sarado ang paaralan hanggang Biyernes.", [
            ("Sinabi ni Mayor Lorna Dizon", "Mayor Lorna Dizon"),
        ]),
        ('"Magpapadala kami ng mga bangka," dagdag pa ni Dizon.', [("dagdag pa ni Dizon", "Dizon")]),
        ("Sa isang pahayag, sinabi ng DepEd na walang pasok sa tatlong bayan.", [("sinabi ng DepEd", "DepEd")]),
    ],
)
def test_a_filipino_cue_and_its_source(sentence, cues):
    assert cues_in(sentence) == cues


@pytest.mark.parametrize(
    "sentence",
    [
        "Malaki ang ani ng palay ngayong taon sa Barangay Malinao.",  # "ani", the harvest, after its article
        "Hindi pa alam ng mga residente kung kailan babalik ang kuryente.",
    ],
)
def test_a_filipino_sentence_that_reports_no_words_has_no_cue(sentence):
    assert cues_in(sentence) == []


def test_a_filipino_article_gets_attribution_suggestions():
    text = (
        "Binuksan nitong Linggo ang bagong tulay sa ibabaw ng Ilog Malinao matapos ang dalawang taon ng "
        "pagpapagawa.\n\n"
        '"Ngayon ay makakalakad na ang mga bata papunta sa paaralan," sabi ni Gng. Ana Santos, isang guro. Ayon sa '
        "mga inhinyero, kaya ng tulay ang trak na may bigat na 40 tonelada."
    )
    found = [(text[s.start : s.end], s.source) for s in suggest(text) if s.tag == "attribution"]
    assert ("sabi ni Gng. Ana Santos", "Gng. Ana Santos") in found
    assert ("Ayon sa mga inhinyero", "mga inhinyero") in found


def test_the_filipino_story_cues_against_its_gold():
    found, total, right, suggested = story_scores(STORY, GOLD)
    assert found / total >= 0.9
    assert right / suggested >= 0.9
