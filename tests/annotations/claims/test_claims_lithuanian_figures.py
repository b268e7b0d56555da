"""Lithuanian figures in the claims (``normalise.details``): a multiplier written out or cut short with a stop, the
euro, units and per cent in the cases a figure governs. Invented sentences."""

from annotations.claims.normalise import details


def figures(text, language="lt"):
    return [(f.value, f.kind) for f in details(text, language).figures]


def test_lithuanian_sums_read_their_multiplier_written_out_or_cut_short_and_the_euro():
    assert figures("Naujas baseinas kainuos 4,5 mln. eurų.") == [(4_500_000, "money:EUR")]
    assert figures("Savivaldybė skyrė 300 tūkst. eurų.") == figures("Savivaldybė skyrė 300 tūkstančių eurų.") == [
        (300_000, "money:EUR")]
    assert figures("Tiltas kainavo 1,2 mlrd. eurų.") == [(1_200_000_000, "money:EUR")]


def test_lithuanian_units_and_per_cent_in_the_cases_a_figure_governs():
    assert figures("Per dieną atvežama 80 tonų grūdų.") == [(80, "unit:tonne")]
    assert figures("Iki miesto liko 35 kilometrai.") == [(35, "unit:km")]
    assert figures("Remontas truks 9 mėnesius.") == [(9, "unit:month")]
    assert figures("Kainos pakilo 7 proc.") == [(0.07, "share")]
    assert figures("Nedarbas sumažėjo 7 procentais.") == [(0.07, "share")]
