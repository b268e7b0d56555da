"""Hedged round figures that agree with a value stated exactly, Swahili's counted noun before its figure, and a
precise figure that ties two mentions across a comparison's year. Text written for the project."""

from annotations.claims.finding import Mention
from annotations.claims.linking import adjustment, differing
from annotations.claims.normalise import details


def mention(article: str, text: str, language: str) -> Mention:
    return Mention(article, 0, len(text), text, details(text, language), 0)


def flags(texts: list[str], language: str = "pt") -> list[bool]:
    return differing([mention(f"a{k}", text, language) for k, text in enumerate(texts)])


def test_a_hedge_records_its_direction():
    figures = {
        f.value: f.direction
        for f in details("Foram quase 7 mil pedidos e mais de 4,2 mil respostas, cerca de 300 por dia.", "pt").figures
    }
    assert figures == {7000.0: "down", 4200.0: "up", 300.0: "about"}
    assert [f.direction for f in details("Nearly 40 boats and more than 120 crew.", "en").figures] == ["down", "up"]


def test_a_longer_hedge_is_read_before_the_one_it_ends_with():
    assert details("не менее 5 человек", "ru").figures[0].direction == "up"


def test_a_hedged_round_figure_agrees_with_the_value_on_its_side():
    texts = [
        "A vila de Serranópolis tem 3.614 casos confirmados.",
        "Serranópolis já passa de mais de 3,6 mil casos confirmados.",
        "Serranópolis tem quase 4 mil casos confirmados.",
    ]
    assert flags(texts) == [False, False, False]


def test_a_hedged_round_figure_on_the_other_side_still_differs():
    texts = [
        "A vila de Serranópolis tem 3.540 casos confirmados.",
        "A vila de Serranópolis tem 3.540 casos confirmados, diz o boletim.",
        "Serranópolis já tem mais de 3,6 mil casos confirmados.",
    ]
    assert flags(texts) == [False, False, True]


def test_a_rounding_agrees_within_a_tenth():
    assert flags(["Cerca de 400 fiscais visitam as casas.", "São 415 fiscais nas ruas."]) == [False, False]


def test_a_finely_rounded_hedge_states_another_figure():
    assert flags(
        ["Nearly 40 boats blocked the port of Kellridge.", "37 boats blocked the port of Kellridge."], "en"
    ) == [True, False]


def test_swahili_counts_the_noun_before_the_figure():
    figure = details("Wagonjwa 187 wamelazwa katika zahanati ya Kisimani.", "sw").figures[0]
    assert figure.nouns == frozenset({"wagonjwa"})
    assert not figure.bare


def test_a_swahili_hedge_before_the_counted_noun_hedges_the_figure():
    figure = details("Zaidi ya mashamba 520 yamefunikwa na maji.", "sw").figures[0]
    assert (figure.value, figure.hedge, figure.direction) == (520.0, "bound", "up")
    assert figure.nouns == frozenset({"mashamba"})


def test_a_precise_figure_ties_mentions_whose_years_differ_by_a_comparison():
    a = mention(
        "a", "Até sexta, Serranópolis tinha 3.614 casos, seis vezes mais do que no mesmo período de 2023.", "pt"
    )
    b = mention("b", "O boletim de sexta soma 3.614 casos em 2024 em Serranópolis.", "pt")
    assert adjustment(a, b) > 0
    assert differing([a, b]) == [False, False]


def test_a_round_figure_does_not_tie_mentions_of_other_years():
    a = mention("a", "Serranópolis registrou 3.600 casos em 2023.", "pt")
    b = mention("b", "Serranópolis registrou 3.600 casos em 2024.", "pt")
    assert adjustment(a, b) < 0
