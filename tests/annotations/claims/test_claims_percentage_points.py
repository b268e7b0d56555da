"""A difference of two shares in percentage points is no share and no count: "fell by 23 percentage points" is not
"fell by 23%" (a share of where it started) nor 23 of anything. Sentences written for the project."""

from annotations.claims.finding import Mention
from annotations.claims.linking import differing
from annotations.claims.normalise import details


def _figures(text, language=None):
    return [(figure.kind, figure.value) for figure in details(text, language).figures]


def test_percentage_points_are_a_unit_of_their_own():
    assert _figures("Pass rates at the college fell by 12 percentage points last year.") == [
        ("unit:percentage point", 12)
    ]
    assert _figures("Turnout rose by one percentage point.") == [("unit:percentage point", 1)]
    assert _figures("Pass rates at the college fell by 12% last year.") == [("share", 0.12)]
    assert _figures("Pass rates at the college fell by 12 per cent last year.") == [("share", 0.12)]


def test_percentage_points_in_other_languages():
    assert _figures("Die Quote sank um 12 Prozentpunkte.", "de") == [("unit:percentage point", 12)]
    assert _figures("Le taux a baissé de 12 points de pourcentage.", "fr") == [("unit:percentage point", 12)]
    assert _figures("La tasa bajó 12 puntos porcentuales.", "es") == [("unit:percentage point", 12)]
    assert _figures("A taxa caiu 12 pontos percentuais.", "pt") == [("unit:percentage point", 12)]
    assert _figures("Il tasso è sceso di 12 punti percentuali.", "it") == [("unit:percentage point", 12)]


def test_falls_in_points_are_compared_with_falls_in_points_only():
    college = Mention("a", 0, 0, "", details("Pass rates at the college fell by 12 percentage points."), 0)
    council = Mention("b", 0, 0, "", details("Pass rates at the college fell by 14 percentage points."), 0)
    assert differing([college, council]) == [True, True]
    # 12 points beside 12 pupils: a difference of shares and a count are no two statements of one figure
    pupils = Mention("c", 0, 0, "", details("Pass rates at the college fell, and 14 pupils left."), 0)
    assert differing([college, pupils]) == [False, False]
