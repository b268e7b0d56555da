"""Where a story's sentences open: datelines of every shape (a place alone before a dash, a place with a region or a
date and an agency in brackets or capitals, a district in brackets and a colon in Bengali), and a common noun that
opens a sentence capitalised; and Dutch number words, read from their tables. The sentences are invented."""

import pytest

from annotations.claims.finding import find_mentions
from annotations.claims.linking import content_words, link_articles
from annotations.claims.normalise import details, dutch_number, lower_vocabulary


@pytest.mark.parametrize("text, opening", [
    ("VELDHOVEN - Waar gisteren nog 40 koeien stonden, is de stal nu leeg.", "Waar gisteren"),
    ("KORAWANGI — The council closed 12 schools on Monday after the storm.", "The council"),
    ("SUKAMAJU, KTV - Sebanyak 300 buruh berkumpul di depan pabrik pada Senin.", "Sebanyak 300"),
    ("Sukamaju, Jawa Tengah (KAB) - Pabrik itu memecat 300 buruh pada Senin pagi.", "Pabrik itu"),
    ("Hà Vân, 12/9 (TVN) – Nước sông dâng cao 6,5 m làm ngập 40 ngôi nhà.", "Nước sông"),
    ("TALLOW BAY, Norland, March 4 (Wire) - Forty boats stayed in the harbour on Monday.", "Forty boats"),
    ("Вербівка. 5 травня. ПІВДЕНЬІНФОРМ – У Вербівці згоріли 12 складів у ніч на вівторок.", "У Вербівці"),
    ("(KTV) - Sáng nay 300 hộ dân ở xã Tân Lộc phải sơ tán vì lũ.", "Sáng nay"),
])
def test_a_dateline_with_or_without_brackets_is_left_out_of_the_mention(text, opening):
    [mention] = find_mentions(1, text)
    assert mention.text.startswith(opening)
    assert not {"veldhoven", "korawangi", "sukamaju", "ktv", "kab", "tvn", "вербівка"} & mention.details.names


def test_a_bengali_dateline_with_its_district_in_brackets_and_a_colon_is_left_out():
    text = "নদীপুর (শিমুলগঞ্জ), ১২ আগস্ট, ২০২৫ (বার্তাবাহ) : টানা বর্ষণে অন্তত ১২টি গ্রাম প্লাবিত হয়েছে।"

    [mention] = find_mentions(1, text, "bn")

    assert mention.text.startswith("টানা বর্ষণে")
    assert "day:august-12" not in mention.details.dates and "year:2025" not in mention.details.dates


@pytest.mark.parametrize("text", [
    "Москва — столица, где 12 миллионов жителей ездят на метро каждый день.",
    "Tallow Bay - the harbour town - counted 40 boats on Monday.",
])
def test_a_word_and_a_dash_before_a_small_letter_open_no_dateline(text):
    [mention] = find_mentions(1, text)
    assert mention.text == text


def test_a_sentence_opening_common_noun_the_article_writes_in_lower_case_is_no_name():
    text = ("Pluimveehouder Anton Kuipers zag dinsdag dat er 40 dieren doodgingen.\n\n"
            "De pluimveehouder in de zone mag geen eieren vervoeren.")

    first = find_mentions(1, text, "nl")[0]

    assert first.details.names == {"anton", "kuipers"}
    assert "pluimveehouder" in details(first.text, "nl").names  # alone, the sentence cannot tell


def test_a_story_s_lower_case_words_tell_another_outlet_s_opening_common_noun():
    one = "Dochter Fenna Kuipers (24) wil het bedrijf van 300 koeien later overnemen."
    other = "Zijn dochter wil over een paar jaar het bedrijf met 300 koeien overnemen."

    alone = find_mentions("one", one, "nl")[0]
    claims = link_articles([("one", one), ("other", other)])
    linked = next(m for c in claims for m in c.mentions if m.article == "one")

    assert "dochter" in alone.details.names and linked.details.names == {"fenna", "kuipers"}


def test_a_name_that_opens_a_sentence_stays_a_name():
    vocabulary = lower_vocabulary(["The bill passed after the vote on Monday."])
    found = details("Kim Jong Un visited the plant with 40 engineers.", "en", vocabulary)
    assert {"kim", "jong", "un"} <= found.names


@pytest.mark.parametrize("word, value", [
    ("één", 1), ("Eén", 1), ("twee", 2), ("elf", 11), ("negentien", 19), ("twintig", 20), ("eenentwintig", 21),
    ("tweeëntwintig", 22), ("vijfenzeventig", 75), ("zeventig", 70), ("honderd", 100), ("honderdveertig", 140),
    ("driehonderdzes", 306), ("duizend", 1_000), ("tweeduizendvijfhonderd", 2_500), ("honderdveertigduizend", 140_000),
    ("een", None), ("tientallen", None), ("honderden", None), ("duizenden", None), ("tienduizenden", None),
    ("zesde", None), ("eenmaal", None), ("achtergrond", None), ("zeventigste", None),
])
def test_dutch_number_words_and_their_compounds_are_read_from_their_tables(word, value):
    assert dutch_number(word) == value


@pytest.mark.parametrize("text, expected", [
    ("Twee dagen later waren ruim honderdveertigduizend kippen geruimd.",
     [(2, "count", ""), (140_000, "count", "bound")]),
    ("Boswachters vonden zeven dode zwanen in het ven bij de boerderij.", [(7, "count", "")]),
    ("Rond het dorp geldt een zone van tien kilometer voor alle boeren.", [(10, "unit:km", "")]),
    ("De provincie trekt een miljoen euro uit voor de boeren.", [(1_000_000, "money:EUR", "")]),
    ("Eén bedrijf in de zone moest alle dieren laten ruimen.", [(1, "count", "")]),
    ("Er lagen tientallen dode hennen in een van de stallen.", []),
    ("Het was één van de grootste bedrijven in de provincie.", []),
    ("De vrachtwagens reden rond vier uur het erf af.", []),
])
def test_dutch_number_words_are_figures_but_vague_counts_articles_and_hours_are_not(text, expected):
    assert [(f.value, f.kind, f.hedge) for f in details(text, "nl").figures] == expected


def test_a_dutch_number_word_is_no_content_word_its_figure_stands_for_it():
    words = content_words("Twee dagen later lagen zeven dode zwanen in het ven.", "nl")
    assert not {"twee", "zev", "zeven"} & set(words)
