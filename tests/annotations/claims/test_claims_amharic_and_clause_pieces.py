"""Claims in Amharic (its abbreviations, figures in words and Ethiopic numerals, units, dates of its calendar and its
count of hours) and clause pieces in English that would read as fragments. Every sentence is written for the
project, about invented places and people."""

from annotations.claims.finding import find_mentions
from annotations.claims.normalise import details


def _figures(text):
    return [(f.value, f.kind, f.hedge) for f in details(text, "am").figures]


def test_an_amharic_sentence_goes_on_past_the_full_stops_of_an_era_abbreviation():
    text = ("በ1965 ዓ.ም. የተሠራው 36 ሜትር ርዝመት ያለው የኮንክሪት ድልድይ የሃሮ ከተማን ከወረዳው ጋር ያገናኛል። "
            "በ1989 እ.ኤ.አ. የታደሰው ትምህርት ቤት 300 ተማሪዎችን ያስተምራል።")
    assert [m.text for m in find_mentions("a", text, "am")] == [
        "በ1965 ዓ.ም. የተሠራው 36 ሜትር ርዝመት ያለው የኮንክሪት ድልድይ የሃሮ ከተማን ከወረዳው ጋር ያገናኛል።",
        "በ1989 እ.ኤ.አ. የታደሰው ትምህርት ቤት 300 ተማሪዎችን ያስተምራል።",
    ]


def test_amharic_figures_in_words_with_a_preposition_written_onto_them_are_figures():
    assert _figures("የተጎጂዎች ቁጥር አራት ደርሷል።") == [(4, "count", "")]
    assert _figures("በአደጋው የስድስት ሰዎች ሕይወት አልፏል።") == [(6, "count", "")]
    assert _figures("ከስምንት በላይ ሰዎች ቆስለዋል።") == [(8, "count", "bound")]
    assert _figures("አስራ ሁለት ሺህ ብር ተከፍሏል።") == [(12_000, "money:ETB", "")]
    assert _figures("ሁለት መቶ ሃያ ተማሪዎች ቀርተዋል።") == [(220, "count", "")]


def test_ethiopic_numerals_are_figures_and_a_multiplier_written_onto_them_multiplies():
    assert _figures("ለእያንዳንዱ ቤተሰብ ፳፭ሺህ ብር ተሰጥቷል።") == [(25_000, "money:ETB", "")]
    assert _figures("፴ ሰዎች ተሰብስበዋል።") == [(30, "count", "")]


def test_an_amharic_figure_carries_its_unit_so_birr_and_years_are_not_one_quantity():
    money, years = _figures("ለጥገናው 60 ሚሊዮን ብር ተመድቧል።"), _figures("መንገዱ ከ60 ዓመታት በላይ አገልግሏል።")
    assert money == [(60_000_000, "money:ETB", "")]
    assert years == [(60, "unit:year", "bound")]
    assert _figures("ተሽከርካሪዎች 35 ኪሎ ሜትር ይዞራሉ።") == [(35, "unit:km", "")]
    assert _figures("ሥራው በ120 ቀናት ይጠናቀቃል።") == [(120, "unit:day", "")]


def test_an_ethiopian_calendar_date_reads_as_its_gregorian_day_and_two_days_differ():
    first = details("ውሳኔው ታኅሣሥ 5 ቀን 2018 ዓ.ም. ተላለፈ።", "am").dates
    second = details("ውሳኔው ታኅሣሥ 9/2018 ተላለፈ።", "am").dates
    assert {"day:december-14", "year:2025"} <= first
    assert {"day:december-18", "year:2025"} <= second
    assert details("ቤቱ በ1982 ዓ.ም. ተሠራ።", "am").dates == {"ecyear:1982"}
    assert details("ቤቱ በ1990 እ.ኤ.አ. ተሠራ።", "am").dates == {"year:1990"}


def test_an_amharic_hour_after_a_part_of_the_day_is_a_time_counted_from_dawn_or_dusk():
    assert details("ስብሰባው ከጠዋቱ 4 ሰዓት ተጀመረ።", "am") .dates == {"time:10:00"}
    assert details("እሳቱ ከምሽቱ 3፡30 ላይ ጠፋ።", "am").dates == {"time:21:30"}
    assert details("ከጠዋቱ 4 ሰዓት ተጀመረ።", "am").figures == ()


def test_a_word_holding_a_month_name_inside_it_is_no_month():
    # "ቁጥር" (number) holds "ጥር", a month's name
    assert details("የተፈናቃዮች ቁጥር ዘጠኝ ደርሷል።", "am").dates == frozenset()


def test_a_relative_clause_that_names_only_who_its_head_is_stays_with_its_sentence():
    text = ("The vote was delayed until after the summer, said Olwen Prydderch, who chairs the Marlow Vale "
            "Residents' Association.")
    assert [m.text for m in find_mentions("a", text)] == [text]


def test_no_clause_is_cut_inside_a_quotation():
    text = ('"Some stalls have closed since the 3rd, and several traders have lost half their takings this '
            'month," said Idris Fenmore of the Castlegate Market Traders.')
    assert [m.text for m in find_mentions("a", text)] == [text]
