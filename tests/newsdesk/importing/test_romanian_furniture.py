"""Page furniture in Romanian (``furniture_vocabulary``), beside sentences of news that share its words, and a list
of links under a "Read also" label between two paragraphs of the story."""

import pytest

from newsdesk.alignment.clustering import PassageText, set_lines_apart, split_furniture
from newsdesk.importing.furniture_lines import line_furniture, related_label

ROMANIAN_FURNITURE = {
    "Citește și:": "related_list",
    "Top știri": "related_list",
    "Alte știri din regiune": "related_list",
    "Citește articolul pe site-ul sursei": "related_list",
    "Abonează-te la newsletterul Vocii Dealului": "call_to_action",
    "Urmăriți Jurnalul de seară în fiecare zi de la ora 20:00.": "call_to_action",
    "Descarcă aplicația Radio Mureșel": "call_to_action",
    "Etichete: Bârzava de Sus, pod, inundații": "related_list",
    "© Vocea Dealului 2026. Toate drepturile rezervate.": "credit",
}

# Sentences of news that share those words: an order to follow, a ship unloading, a log book, someone subscribing.
ROMANIAN_BODY = [
    "Urmăriți cum au votat consilierii locali la ședința de joi, a cerut primarul comunei.",
    "Nava descarcă sarea în portul de la Pădureni până vineri seară.",
    "Jurnalul de bord al navei a fost găsit intact de scafandri.",
    "Fermierul se abonează în fiecare an la serviciul de irigații al asociației.",
    "Alte trei familii din Bârzava de Sus au cerut ajutor primăriei după inundații.",
]


@pytest.mark.parametrize(("text", "rule"), sorted(ROMANIAN_FURNITURE.items()))
def test_romanian_furniture_names_its_rule(text, rule):
    found = line_furniture(text)
    assert found is not None and found[0] == rule, found


@pytest.mark.parametrize("text", ROMANIAN_BODY)
def test_romanian_sentences_of_news_are_no_furniture(text):
    assert line_furniture(text) is None


def test_a_romanian_read_also_label_opens_a_list_of_links():
    assert related_label("Citește și:")
    assert related_label("Cele mai citite")
    assert not related_label("Citește și raportul, a spus primarul, înainte de ședința consiliului local.")


def test_a_list_of_links_under_a_read_also_label_between_two_paragraphs_is_furniture():
    texts = [
        "Podul de la Bârzava de Sus, închis după viitură",
        "Podul de peste Bârzava a fost închis marți, după ce apa a ajuns la doar o palmă sub tablier, a anunțat "
        "primăria comunei Bârzava de Sus.",
        "Citește și:\nPrețul lemnului de foc a crescut cu 20% într-un an\nCum arată o moară de apă restaurată de elevi",
        "Inginerii de la drumuri județene vor verifica pilonii joi dimineață, iar circulația va fi deviată prin "
        "satul Pădureni, a spus viceprimarul.",
    ]
    passages = [PassageText(index, "a", index, text) for index, text in enumerate(texts)]
    content, furniture, reasons = split_furniture(passages, {})
    set_lines_apart(content, {}, furniture, reasons)
    assert 2 in furniture and 3 not in furniture
