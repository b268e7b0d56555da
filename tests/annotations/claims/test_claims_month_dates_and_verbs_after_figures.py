"""A number beside a month name of any language the calendar table knows is a date, a verb after a figure is no
noun of it, and the verbs of saying of every language are no shared term of two mentions."""

from annotations.claims import linking, normalise
from newsdesk.importing import speech_verbs


def test_a_swahili_month_after_or_before_a_day_is_a_date_not_a_count():
    found = normalise.details("Mvua ilinyesha kuanzia Januari 30 hadi tarehe 3 Februari, 2024.", "sw")
    assert not found.figures
    assert {"day:january-30", "day:february-3", "month:february", "year:2024"} <= found.dates
    assert "februari" not in found.names


def test_every_cased_language_of_the_calendar_table_reads_its_month_words():
    assert {"sw", "fi"} <= set(normalise.WORD_DATE_LANGUAGES)
    assert normalise.local_months("sw")["oktoba"] == "october"


def test_a_swahili_verb_after_a_figure_is_no_part_of_it():
    found = normalise.details("Wakulima 75 walihamishwa na nyumba 18 zimebomoka kijijini.", "sw")
    assert [(f.value, f.text, f.nouns) for f in found.figures] == [
        (75.0, "75", frozenset({"wakulima"})), (18.0, "18", frozenset({"nyumba"}))]


def test_a_noun_of_a_verb_s_shape_is_no_verb():
    assert normalise.verb("wamehamia", "sw") and normalise.verb("ilichangia", "sw")
    assert not normalise.verb("wanafunzi", "sw") and not normalise.verb("kitanda", "sw")


def test_linking_knows_the_verbs_of_saying_of_every_language_of_the_table():
    assert set(linking.SPEECH_VERBS) == set(speech_verbs.SPEECH_VERBS)
    assert "amesema" not in linking.content_words("Mhandisi amesema visima vimechafuka.", "sw")
    assert "sager" not in linking.content_words("Berg säger att bron stängs.", "sv")
