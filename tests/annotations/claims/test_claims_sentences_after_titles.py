"""A title written with a stop before a name ("Dkt.", "Sra.") ends no claim's sentence, in any language; a title
that another language writes as a word ("bi") ends one in a line of that language."""

from annotations.claims.finding import _sentences


def pieces(line: str, language: str) -> list[str]:
    return [line[start:end].strip() for start, end in _sentences(line, language)]


def test_a_swahili_doctors_title_keeps_the_sentence_whole():
    line = "Mganga Mkuu wa Wilaya ya Mlimani, Dkt. Rehema Juma, alisema wagonjwa 112 wamelazwa tangu Jumatatu."
    assert pieces(line, "sw") == [line]


def test_a_title_another_language_writes_as_a_word_holds_the_sentence_in_swahili_and_ends_it_in_croatian():
    swahili = "Mwenyekiti wa soko, Bi. Amina Salum, alisema wafanyabiashara 40 wamefunga maduka yao."
    assert pieces(swahili, "sw") == [swahili]
    croatian = "Rekao je da bi. Ivana je stigla u 9 sati s dvadeset radnika."
    assert len(pieces(croatian, "hr")) == 2


def test_a_portuguese_title_keeps_the_sentence_whole():
    line = "Segundo a Sra. Lúcia Tavares, a clínica atendeu 340 pacientes na terça-feira."
    assert pieces(line, "pt") == [line]
