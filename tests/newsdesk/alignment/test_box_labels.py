"""A summary box's label on a line of its own ("Key points", "At a glance", "In brief", "What we know", and their
like in other languages) over the story's own list items heads them, as a section's heading heads its paragraphs:
it is the story's, not the page's. Over no list (a line of links, a paragraph) the label is left to the other rules.

Every text here is invented for the test."""

import pytest

from newsdesk.alignment.clustering import split_furniture
from tests.newsdesk.alignment.invented_pages import PARAGRAPHS, article

ITEMS = {
    "en": ["- The pier is shut until every leg has been checked.",
           "- Ferries to the island now leave from the fish quay.",
           "- Repairs could cost up to £2m, the council says."],
    "de": ["- Der Anleger bleibt geschlossen, bis jeder Pfeiler geprüft ist.",
           "- Die Fähren zur Insel legen jetzt am Fischkai ab.",
           "- Die Reparatur könnte bis zu zwei Millionen Pfund kosten."],
    "fr": ["- La jetée reste fermée jusqu'à ce que chaque pilier soit vérifié.",
           "- Les bacs pour l'île partent désormais du quai aux poissons.",
           "- Les travaux pourraient coûter jusqu'à deux millions de livres."],
    "es": ["- El muelle seguirá cerrado hasta que se revise cada pilar.",
           "- Los transbordadores a la isla salen ahora del muelle pesquero.",
           "- La reparación podría costar hasta dos millones de libras."],
}


def _content(texts):
    content, _furniture, _reasons = split_furniture(article(texts), {})
    return {p.key[1] for p in content}


@pytest.mark.parametrize(("label", "language"), [
    ("Key points", "en"), ("At a glance", "en"), ("In brief:", "en"), ("What we know so far", "en"),
    ("Das Wichtigste in Kürze", "de"), ("Auf einen Blick", "de"),
    ("L'essentiel", "fr"), ("Ce qu'il faut retenir", "fr"),
    ("Claves", "es"), ("Lo que sabemos", "es"),
])
def test_a_box_label_over_the_storys_list_items_is_the_storys(label, language):
    content = _content([PARAGRAPHS[0], label, *ITEMS[language], *PARAGRAPHS[1:4]])
    assert 1 in content
    assert {2, 3, 4} <= content


def test_a_box_label_over_no_list_is_left_to_the_other_rules():
    assert 1 not in _content([PARAGRAPHS[0], "Key points", *PARAGRAPHS[1:4]])
    assert 1 not in _content([PARAGRAPHS[0], "In brief", "Share this article\nCopy link", *PARAGRAPHS[1:4]])


def test_a_label_that_heads_no_box_over_a_list_is_left_to_the_other_rules():
    assert 1 not in _content([PARAGRAPHS[0], "Share", *ITEMS["en"], *PARAGRAPHS[1:4]])
