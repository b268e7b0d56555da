"""Figures in Swahili: number words agreeing with their noun's class, words of scale before what they multiply, a
currency and "asilimia" (per cent) before the figure, ordinals, and hours counted from dawn and dusk; a live post's
opening time is its stamp, no figure of its sentence. The sentences are invented."""

from annotations.claims.normalise import counted_hour, details
from annotations.suggestions import suggest


def _figures(text, language="sw"):
    return [(f.kind, f.value, f.hedge) for f in details(text, language).figures]


def _claims(text):
    return [s for s in suggest(text) if s.tag == "factual_claim"]


def test_swahili_number_words_with_a_class_prefix_are_counts():
    assert _figures("Kijiji kilipokea magari manane ya dawa.") == [("count", 8.0, "")]
    assert _figures("Wavuvi wawili walipotea na mitumbwi mitatu ilizama.") == [("count", 2.0, ""), ("count", 3.0, "")]
    assert _figures("Shule ilijenga madarasa kumi na mawili.") == [("count", 12.0, "")]


def test_swahili_words_of_scale_multiply_what_follows():
    assert _figures("Wakazi elfu mbili mia tano walihama.") == [("count", 2500.0, "")]
    assert _figures("Bwawa lilijazwa na lita milioni 1.5 za maji.") == [("count", 1_500_000.0, "")]


def test_a_shilling_sum_and_a_swahili_share():
    assert _figures("Baraza limetenga Sh milioni 4.2 kwa ajili ya barabara.") == [("money:SHILLING", 4_200_000.0, "")]
    assert _figures("Ni asilimia 40 tu ya mashamba yaliyopandwa.") == [("share", 0.4, "")]


def test_a_swahili_hedge_bounds_the_figure():
    assert _figures("Nyumba zaidi ya 120 zilibomoka.") == [("count", 120.0, "bound")]


def test_a_swahili_ordinal_is_a_rank_not_a_count():
    assert _figures("Hii ni siku ya tatu ya mgomo.") == [("rank", 3.0, "")]
    assert _figures("Walikamatwa zaidi ya tatu.") == [("count", 3.0, "bound")]


def test_the_dead_of_night_is_no_eight():
    assert _figures("Moto ulianza usiku wa manane karibu na soko.") == []


def test_swahili_hours_count_from_dawn_and_dusk():
    for text, time in (
        ("Kivuko kiliondoka saa 3 asubuhi kutoka bandarini.", "time:09:00"),
        ("Mkutano ulianza saa 7:40 mchana katika ukumbi.", "time:13:40"),
        ("Umeme ulikatika saa 2 usiku mjini.", "time:20:00"),
        ("Wavuvi walirudi saa 11 alfajiri.", "time:05:00"),
        ("Soko lilifungwa saa 12 jioni.", "time:18:00"),
    ):
        found = details(text, "sw")
        assert time in found.dates, text
        assert not found.figures, text


def test_the_hours_of_amharic_and_swahili_are_counted_by_one_rule():
    parts, opening = {"morning": 6, "evening": 18}, {"morning": 6}
    assert counted_hour(3, "morning", parts, opening) == 9
    assert counted_hour(12, "morning", parts, opening) == 6
    assert counted_hour(8, "evening", parts, opening) == 2


def test_swahili_number_words_are_suggested_as_counts():
    [claim] = _claims("Halmashauri imepeleka magari manane ya maji safi katika vijiji.")
    assert "“manane”" in claim.reason


def test_a_live_posts_opening_time_is_no_figure():
    for text in (
        "14h05 — Boa tarde, começamos a cobertura ao vivo da feira de Vila Serrana.",
        "16h20 — Nossa equipe está no cais do porto de Vila Serrana.",
        "10:42 — The mayor of Dunbrook arrived at the harbour and spoke to the crews.",
        "9h – A repórter chegou ao mercado central de Vila Serrana.",
    ):
        assert not _claims(text), text


def test_a_figure_after_a_posts_time_is_still_a_claim():
    [claim] = _claims("14h05 — A prefeitura de Vila Serrana confirmou 37 casos de sarampo.")
    assert "“37”" in claim.reason and "14" not in claim.reason


def test_a_time_in_the_sentence_is_not_a_stamp():
    assert _claims("The ferry to Dunbrook left at 10:42 — and 212 passengers were aboard.")


def test_a_decimal_comma_and_mil_read_as_thousands():
    assert _figures("Mais de 4,8 mil casos foram registrados.", "pt") == [("count", 4800.0, "bound")]
