"""Another language's share button naming the network ("Partager sur Facebook"), a Spanish stamp with its article
("Publicado el …"), and related-list labels of Polish, Hungarian, Chinese, Japanese and Korean pages.

Every text here is invented for the test."""

import pytest

from newsdesk.importing.furniture_lines import line_furniture, related_label


@pytest.mark.parametrize("line", ["Partager sur Facebook", "Compartir en WhatsApp", "Teilen auf LinkedIn",
                                  "Condividi su X", "Udostępnij na Facebooku"])
def test_a_share_button_naming_its_network_is_the_pages(line):
    assert line_furniture(line) is not None


@pytest.mark.parametrize("line", ["Publicado el 6 de diciembre de 2026, 11:04",
                                  "Actualizado el 6 de diciembre de 2026"])
def test_a_spanish_stamp_with_its_article_is_a_timestamp(line):
    judged = line_furniture(line)
    assert judged is not None and judged[0] == "timestamp"


@pytest.mark.parametrize("line", ["Przeczytaj również", "Olvassa el ezt is:", "阅读更多", "関連記事", "続きを読む",
                                  "더보기"])
def test_more_related_labels_of_other_languages(line):
    assert related_label(line)


@pytest.mark.parametrize("line", [
    "El alcalde lo compartió en Facebook el lunes por la noche.",
    "El museo fue publicado el catálogo de 2026 en diciembre, dijo la directora.",
])
def test_sentences_with_those_words_stay_the_storys(line):
    assert line_furniture(line) is None
