"""Czech and Georgian figures, names and dates in the claims (``normalise.details``): invented sentences."""

from annotations.claims import normalise
from annotations.claims.normalise import details, uncased_calendar


def figures(text, language):
    return [(f.value, f.kind, f.hedge, f.direction) for f in details(text, language).figures]


def test_czech_sums_read_their_scale_in_every_case_and_the_crown():
    assert figures("Obec odhadla škody na 200 milionů korun.", "cs") == [(200_000_000, "money:CZK", "", "")]
    assert figures("Kraj slíbil 10 mil. Kč na opravy.", "cs") == [(10_000_000, "money:CZK", "", "")]
    assert figures("Stát dá 2,5 miliardy korun na silnice.", "cs") == [(2_500_000_000, "money:CZK", "", "")]
    assert figures("Sbírka vynesla 40 tisíc CZK za týden.", "cs")[0] == (40_000, "money:CZK", "", "")


def test_czech_hedges_bound_or_round_a_figure():
    assert figures("Škody dosáhly nejméně 300 milionů korun.", "cs")[0][2:] == ("bound", "up")
    assert figures("Evakuovali asi 150 obyvatel z domů.", "cs")[0][2:] == ("rounded", "about")
    assert figures("Spadlo až 70 milimetrů srážek za noc.", "cs")[0] == (70, "unit:mm", "bound", "down")


def test_hungarian_article_is_no_czech_hedge():
    assert figures("Tegnap az 5 ember elment a városba.", "hu")[0][2] == ""


def test_czech_space_grouped_figure_is_one_and_a_year_beside_a_count_stays_two():
    assert figures("Z domovů odešlo 1 200 lidí v noci.", "cs") == [(1200, "count", "", "")]
    found = details("V roce 2019 1 300 lidí odešlo z města.", "cs")
    assert [f.value for f in found.figures] == [1300] and "year:2019" in found.dates


def test_czech_number_words_are_figures():
    assert figures("Hejtman přislíbil deset milionů korun obci.", "cs") == [(10_000_000, "money:CZK", "", "")]
    assert [f[0] for f in figures("Na místě pracovalo čtyřicet hasičů a třicet policistů.", "cs")] == [40, 30]
    assert figures("Trhlina v hrázi měří asi třiceti metrů.", "cs")[0][:2] == (30, "unit:m")
    assert [f[0] for f in figures("Na poradu přišlo tři sta dvacet lidí z okolí.", "cs")] == [320]


def test_czech_one_of_is_no_count():
    assert figures("Jeden z hasičů se zranil při zásahu u řeky.", "cs") == []


def test_czech_figure_written_onto_an_age_is_read():
    assert figures("Policie hledá 64letého řidiče dodávky.", "cs") == [(64, "unit:year", "", "")]
    assert figures("Voda strhla auto s pětašedesátiletým řidičem.", "cs") == [(65, "unit:year", "", "")]


def test_czech_words_with_a_number_inside_are_no_figures():
    assert figures("Hladina stoupala celou noc a ráno klesla.", "cs") == []


def test_czech_titles_and_offices_are_no_names():
    names = details("Řekl to místostarosta Mgr. Ivo Lhotský a pan Dvořák.", "cs").names
    assert {"ivo", "lhotsky", "dvorak"} <= names and not {"mgr", "pan"} & names
    assert details("Starosta Ota Brázda slíbil pomoc.", "cs").names == {"ota", "brazda"}


def test_czech_common_word_opening_a_sentence_before_one_name_is_no_name():
    vocabulary = frozenset({"hladina"})
    assert details("Hladina Lomnice stoupla za noc o metr.", "cs", vocabulary).names == {"lomnice"}


def test_georgian_space_grouped_and_decimal_comma_figures():
    assert figures("მერიამ დაზარალებულებს 5 000 ლარი გამოუყო.", "ka") == [(5000, "money:GEL", "", "")]
    assert figures("მთავრობამ 2,5 მილიონი ლარი გამოყო.", "ka") == [(2_500_000, "money:GEL", "", "")]
    assert figures("სოფელში 1,200 ადამიანი ცხოვრობს.", "ka")[0][0] == 1200


def test_georgian_case_ending_after_a_hyphen_is_no_counted_noun():
    found = details("სოფლებში 1 400-მდე ადამიანი ცხოვრობს.", "ka").figures
    assert [(f.value, f.hedge, f.direction) for f in found] == [(1400, "bound", "down")]
    assert "მდე" not in found[0].nouns and "ადამიანი" in found[0].nouns
    more = details("სოფლებში 900-ზე მეტი ადამიანი ცხოვრობს.", "ka").figures
    assert [(f.value, f.hedge, f.direction) for f in more] == [(900, "bound", "up")]
    assert figures("აშენდა 250-მეტრიანი ხიდი.", "ka") == [(250, "unit:m", "", "")]


def test_georgian_read_whatever_language_code_the_page_was_given():
    assert figures("მერიამ დაზარალებულებს 5 000 ლარი გამოუყო.", "en") == [(5000, "money:GEL", "", "")]


def test_uncased_calendar_takes_any_uncased_language_months():
    table = {"xx": ("ianvari", "tebervali"), "yy": ("იანვარი იანვარს", "თებერვალი თებერვალს")}
    assert uncased_calendar(table, normalise.MONTHS) == {"იანვარი": "january", "იანვარს": "january",
                                                         "თებერვალი": "february", "თებერვალს": "february"}


def test_georgian_day_and_month_is_a_date_not_a_count(monkeypatch):
    monkeypatch.setattr(normalise, "OTHER_MONTHS", {**normalise.OTHER_MONTHS, "თებერვალს": "february"})
    found = details("მეწყერი 14 თებერვალს 300 ოჯახს შეეხო.", "ka")
    assert "day:february-14" in found.dates
    assert [f.value for f in found.figures] == [300]


def test_georgian_year_and_numbered_school_are_no_counts():
    found = details("2021 წელს სკოლა №3 დაიხურა და 40 ოჯახი წავიდა.", "ka")
    assert "year:2021" in found.dates
    assert [f.value for f in found.figures] == [40]
