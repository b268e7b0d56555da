"""A bare figure against a named one, an Ethiopic full stop after a word, the Ethiopian months and weekdays of the
shared tables, the twelfth hour of the morning, Ethiopic numerals read one way, Pagume's sixth day only in its
years, and two people sharing a surname. Sentences written for the project."""

from annotations.claims.finding import _boundaries
from annotations.claims.linking import (
    LINK_THRESHOLD,
    Linker,
    content_words,
    same_figure_of_one_thing,
)
from annotations.claims.normalise import _ethiopian_day, details
from annotations.ethiopic_numerals import ethiopic_value
from annotations.suggestions.claims import ethiopic_value as suggested_value
from newsdesk.importing.page_dates import ethiopian_to_gregorian


def _same(left: str, right: str, language: str) -> bool:
    return same_figure_of_one_thing(details(left, language), details(right, language),
                                    content_words(left, language), content_words(right, language), language)


def test_a_figure_that_names_nothing_after_it_may_state_the_same_count():
    assert _same("In Brelsdorf wurden 14 Feuerwehrleute eingesetzt.",
                 "In Brelsdorf war die Feuerwehr mit 14 im Einsatz.", "de")
    assert _same("Le service a mobilisé 40 pompiers mardi soir.", "Au total, 40 ont été mobilisés.", "fr")


def test_two_counts_that_name_other_things_after_them_are_not_the_same_figure():
    assert not _same("In Brelsdorf wurden 14 Feuerwehrleute eingesetzt.", "In Brelsdorf wurden 14 Häuser geräumt.",
                     "de")
    # Amharic: 45 houses fell against 45 people displaced, in one village
    assert not _same("በጎርፉ በቀበሌው 45 ቤቶች ፈርሰዋል።", "በቀበሌው 45 ሰዎች ተፈናቅለዋል።", "am")
    assert _same("በቀበሌው 45 ሰዎች ተፈናቅለዋል።", "በቀበሌው 45 ሰዎች ከቤታቸው ወጥተዋል።", "am")
    # 45 million birr against a school 45 years old
    assert not _same("ቢሮው ለአዲሱ ትምህርት ቤት ግንባታ 45 ሚሊዮን ብር መድቧል።", "ትምህርት ቤቱ ከ45 ዓመታት በላይ አገልግሏል።", "am")


def test_a_latin_full_stop_after_an_ethiopic_word_ends_its_sentence():
    text = "የሰሎቤ ድልድይ ግንባታ በ2018 ተጠናቋል. ነዋሪዎቹ በውጤቱ መደሰታቸውን ገልጸዋል."
    assert [start for start, _ in _boundaries(text, "am")] == [text.index(" ነዋሪዎቹ")]
    assert _boundaries("ድልድዩ አሮጌ ነው. ነዋሪዎቹ ተጨንቀዋል።", "am")


def test_the_stops_of_an_ethiopic_abbreviation_end_no_sentence():
    text = "ድልድዩ በ1970 ዓ.ም. የተገነባ ነው። ርዝመቱ 45 ኪ.ሜ. ነው። በእ.ኤ.አ. 2025 ተዘጋ።"
    assert [start for start, _ in _boundaries(text, "am")] == [text.index(" ርዝመቱ"), text.index(" በእ.ኤ.አ.")]
    assert not _boundaries("አቶ ገ. መድኅን ስለ ድልድዩ ተናገሩ።", "am")


def test_every_spelling_of_an_ethiopian_month_is_read_as_a_date():
    found = details("ሚያዚያ 10 ቀን 2018 ዓ.ም. ስብሰባው ተካሄደ።", "am")
    assert "day:april-18" in found.dates and "year:2026" in found.dates
    assert not found.figures
    assert "day:december-12" in details("ታሕሳስ 3 ቀን 2018 ዓ.ም. መንገዱ ተዘጋ።", "am").dates
    assert "month:july" in details("ሓምሌ 5 ቀን 2017 ዓ.ም. ጎርፉ ደረሰ።", "am").dates


def test_the_twelfth_hour_of_the_morning_is_dawn():
    assert details("ከጠዋቱ 12 ሰዓት ላይ ሰልፉ ተጀመረ።", "am").dates == {"time:06:00"}
    assert details("ከቀኑ 12 ሰዓት ላይ ሰልፉ ተጀመረ።", "am").dates == {"time:18:00"}
    assert details("ከጠዋቱ 3 ሰዓት ላይ ሰልፉ ተጀመረ።", "am").dates == {"time:09:00"}
    assert details("ከምሽቱ 12 ሰዓት እስከ ንጋቱ 12 ሰዓት መንገዱ ተዘግቷል።", "am").dates == {"time:18:00", "time:06:00"}


def test_ethiopic_numerals_have_one_value_for_figures_and_highlights():
    assert ethiopic_value("፼፼") == 100_000_000
    assert details("ድልድዩ ፼፼ ብር ፈጅቷል።", "am").figures[0].value == 100_000_000
    for numerals in ("፳፫", "፻", "፲፻", "፳፻፲፰", "፼፳፫፻፵፭", "፻፼", "፼፼"):
        assert suggested_value(numerals) == ethiopic_value(numerals)


def test_pagume_has_a_sixth_day_only_in_the_year_before_a_leap_year():
    assert not details("ጳጉሜ 6 ቀን 2017 ዓ.ም. መንገዱ ተከፈተ።", "am").dates & {"day:september-11", "year:2025"}
    assert "day:september-11" in details("ጳጉሜ 6 ቀን 2015 ዓ.ም. መንገዱ ተከፈተ።", "am").dates
    assert "day:september-10" in details("ጳጉሜ 5 ቀን 2017 ዓ.ም. መንገዱ ተከፈተ።", "am").dates


def test_ethiopian_dates_agree_with_the_page_dates_converter():
    for year, month, day in ((2018, 1, 1), (2017, 13, 5), (2015, 13, 6), (2011, 13, 6), (2016, 13, 5),
                             (2012, 4, 22), (2018, 8, 10), (2018, 13, 5), (1962, 5, 3), (2000, 6, 23)):
        gregorian = ethiopian_to_gregorian(year, month, day)
        assert f"day:{gregorian:%B}-{gregorian.day}".lower() in _ethiopian_day(year, month, day)
        assert f"year:{gregorian.year}" in _ethiopian_day(year, month, day)


STORY = {
    "gazette": "Flooding closed the Wendle road bridge on Monday, the county said. "
               "John Hale, who runs the ferry, said ferry tickets would be free for pupils. "
               "Engineers will inspect the piers on Wednesday.",
    "courier": "The Wendle road bridge was shut on Monday after the river rose. "
               "Mary Hale, a councillor, said repairs could cost the ministry a fortune. "
               "The ferry is running extra trips.",
    "radio": "The bridge at Wendle is closed. Inspectors are due at the bridge on Wednesday.",
}


def test_two_people_sharing_a_surname_tie_no_two_facts_by_it():
    from annotations.claims.finding import find_mentions

    mentions = [m for key, text in STORY.items() for m in find_mentions(key, text, "en")]
    linker = Linker(mentions, LINK_THRESHOLD)
    john = next(i for i, m in enumerate(mentions) if "John Hale" in m.text)
    mary = next(i for i, m in enumerate(mentions) if "Mary Hale" in m.text)
    # the surname the two share is no evidence of one fact: the pair is judged without it
    assert linker.correction(john, mary) < 0
    assert linker.score(john, mary) < LINK_THRESHOLD
