"""Serbian figures in the claims, in Cyrillic and in Latin letters (``normalise.details``), and its words as the
links compare them (``linking.term``): invented sentences."""

from annotations.claims.linking import term
from annotations.claims.normalise import details


def figures(text, language="sr"):
    return [(f.value, f.kind) for f in details(text, language).figures]


def test_serbian_sums_read_their_scale_and_the_dinar_in_either_alphabet():
    assert figures("Nova škola koštaće 1,2 milijarde dinara.") == [(1_200_000_000, "money:RSD")]
    assert figures("Нова школа коштаће 1.200 милиона динара.") == [(1_200_000_000, "money:RSD")]
    assert figures("Opština je dala 30 miliona dinara.") == figures("Општина је дала 30 милиона динара.")


def test_serbian_units_in_the_cases_a_figure_governs_in_either_alphabet():
    assert figures("Nasip je dug 186 metara.") == [(186, "unit:m")]
    assert figures("Насип је дуг 186 метара.") == [(186, "unit:m")]
    assert figures("Обилазак је дуг 27 километара.") == figures("Obilazak je dug 27 kilometara.") == [(27, "unit:km")]


def test_a_serbian_word_is_one_term_in_either_alphabet():
    assert term("шљунка", "sr") == term("šljunka", "sr")
    assert term("Дрењевцу", "sr") == term("Drenjevcu", "sr")


def test_a_russian_word_keeps_its_cyrillic_term():
    assert not term("щебня", "ru").isascii()
