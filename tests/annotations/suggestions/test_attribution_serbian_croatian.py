"""Attribution in Serbian, in both its alphabets, and in Croatian: one table, read with the language given, and told
from the text by ``suggest``. Every text here is invented for the test."""

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
            "„Brana je bezbedna“, rekao je direktor preduzeća Marko Jović.",
            [("rekao je direktor preduzeća Marko Jović", "direktor preduzeća Marko Jović")],
        ),
        (
            "„Брана је безбедна“, рекао је директор предузећа Марко Јовић.",
            [("рекао је директор предузећа Марко Јовић", "директор предузећа Марко Јовић")],
        ),
        (
            "Put je zatvoren, izjavila je juče portparolka policije Ana Lukić.",
            [("izjavila je juče portparolka policije Ana Lukić", "portparolka policije Ana Lukić")],
        ),
        (
            "„Voda je stigla noću“, kaže za „Novine“ ribar Petar Ilić.",
            [("kaže za „Novine“ ribar Petar Ilić", "ribar Petar Ilić")],
        ),
        (
            "Ribar Petar Ilić je rekao da je voda stigla noću.",
            [("Ribar Petar Ilić je rekao", "Ribar Petar Ilić")],
        ),
        ("Prema rečima meštana, voda je stigla noću.", [("Prema rečima meštana", "meštana")]),
        ("Prema riječima vatrogasaca, požar je ugašen.", [("Prema riječima vatrogasaca", "vatrogasaca")]),
        (
            "Požar je ugašen, priopćila je policijska uprava.",
            [("priopćila je policijska uprava", "policijska uprava")],
        ),
        ("„Nismo znali“, rekla je.", [("rekla", "")]),
    ],
)
def test_a_serbian_or_croatian_cue_and_its_source(sentence, cues):
    assert cues_in("sr", sentence) == cues


@pytest.mark.parametrize(
    "sentence",
    [
        "Kamioni su krenuli prema Beogradu u šest sati.",  # bare "prema" is "towards"
        "Niko ne može da kaže da nije znao za pukotine.",  # a present after "da" is an infinitive
        "Inspektor je naveo primer iz prošle godine.",  # "cited an example": no words reported
        "Kuvar je dodao so i biber.",  # "added salt"
    ],
)
def test_a_serbian_sentence_that_reports_no_words_has_no_cue(sentence):
    assert cues_in("sr", sentence) == []


def test_croatian_reads_the_same_table():
    assert cues_in("hr", "Most je zatvoren, kazao je župan Ivo Barić.") == [
        ("kazao je župan Ivo Barić", "župan Ivo Barić")
    ]


def test_a_serbian_article_in_cyrillic_gets_attribution_suggestions():
    text = (
        "Мост преко реке затворен је у петак после поплаве у општини. Полиција је поставила ограде на оба краја "
        "моста и забранила пролаз свим возилима.\n\n"
        "„Мост више није безбедан ни за пешаке“, рекао је за Радио Север председник општине Јован Илић. Према "
        "речима мештана, вода је стигла до стубова још у среду."
    )
    found = [(text[s.start : s.end], s.source) for s in suggest(text) if s.tag == "attribution"]
    assert ("рекао је за Радио Север председник општине Јован Илић", "председник општине Јован Илић") in found
    assert ("Према речима мештана", "мештана") in found


def test_a_clause_after_and_is_no_aside_that_hides_the_source_after_the_verb():
    # The first clause holds a verb of the table ("procenjuje se", is estimated); the clause after "a" (and) is a
    # clause of its own, not a relative clause set apart by commas before the verb's subject.
    sentence = (
        "Popravka pumpe procenjuje se na dva miliona dinara, a radovi bi mogli početi u maju, izjavio je Zoran Pavić."
    )
    assert cues_in("sr", sentence) == [("izjavio je Zoran Pavić", "Zoran Pavić")]
