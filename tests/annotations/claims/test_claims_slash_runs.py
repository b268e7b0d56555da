"""Figures joined by slashes are no counts: a run of three or more ("0/0/0", "1/2/3/4/5") is a tally, a list of
options or a code; two small figures, the first below the second ("1/2", "3/4"), are a fraction, a share as "a
half" and "three quarters" are; any other pair ("24/7", "9/11", "12/03") is a ratio or a date without its year.
A date written whole in figures ("3/4/2025", "12/03/24") stays a date."""

from annotations.claims.normalise import details


def figures(text, language="en"):
    return [(f.value, f.kind) for f in details(text, language).figures]


def test_a_tally_of_zeros_is_no_count():
    assert figures("The Marlow Street ward reported 0/0/0 at the end of the first round.") == []


def test_a_list_of_options_is_no_count():
    assert figures("Residents could pick options 1/2/3/4/5 on the Fennick council form.") == []


def test_a_half_in_figures_is_a_share():
    assert figures("Turnout in Harwick fell by 1/2 over the decade.") == [(0.5, "share")]


def test_three_quarters_in_figures_equals_three_quarters_in_words():
    assert figures("Only 3/4 of the beds at Orrin Hall were free.") == figures(
        "Only three quarters of the beds at Orrin Hall were free."
    )


def test_a_hedged_fraction_keeps_its_hedge():
    found = details("About 1/2 of the 40 families in Caddow left.", "en").figures
    assert [(f.value, f.kind, f.hedge) for f in found] == [(0.5, "share", "rounded"), (40.0, "count", "")]


def test_other_pairs_are_no_counts():
    assert figures("The Caddow depot is staffed 24/7 since the flood.") == []
    assert figures("The clinic in Orrin reopened on 12/03 after repairs.") == []


def test_a_date_in_figures_stays_a_date():
    assert details("The vote on 3/4/2025 in Fennick was close.", "en").dates == {"year:2025"}
    assert details("The Fennick meeting on 12/03/24 ran late.", "en").dates == {"year:2024"}


def test_a_figure_beside_a_slash_run_is_still_counted():
    assert figures("Sixty staff scored 1/2/3 in the test, and 12 nurses left.") == [(60.0, "count"), (12.0, "count")]


def test_the_rule_holds_in_other_languages():
    assert figures("Hampir 1/2 warga Kampung Lerep mengungsi.", "id") == [(0.5, "share")]
    assert figures("Hasil pemungutan suara 0/0/0 di TPS Lerep.", "id") == []


def test_the_second_figure_of_a_season_is_no_count():
    # "2024/25": the first figure is a year, read before the run; the figure after the slash is part of it
    found = details("Fennick Rovers lost 9 games in the 2024/25 season.", "en")
    assert [(f.value, f.kind) for f in found.figures] == [(9.0, "count")]
