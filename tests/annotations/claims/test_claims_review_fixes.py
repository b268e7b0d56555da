"""Sentences split at abbreviations only in their own languages, names after a colon, scale words by language, speaker
labels in scripts without capitals and Malay times before a part of the day. Every sentence is invented."""

import pytest

from annotations.claims.finding import _sentences, find_mentions
from annotations.claims.normalise import details


def _count(line, language):
    return len(list(_sentences(line, language)))


@pytest.mark.parametrize(("line", "language"), [
    ("No quería ir. Luego llegaron 300 trabajadores a la planta.", "es"),
    ("Ela não quis ir. Depois chegaram 300 trabalhadores à fábrica.", "pt"),
    ("Vi måste dra. Sedan kom 300 arbetare till fabriken.", "sv"),
    ("Ми бачили багато див. Потім прийшли 300 робітників.", "uk"),
    ("Завод збудували в XIX ст. Тепер там працюють 300 людей.", "uk"),
    ("Пожежа сталася в Київській обл. Загинули двоє робітників складу.", "uk"),
])
def test_a_word_spelled_as_another_language_s_abbreviation_or_closing_a_sentence_ends_it(line, language):
    assert _count(line, language) == 2


@pytest.mark.parametrize(("line", "language"), [
    ("Провадження відкрили за ч. 2 ст. 270 Кримінального кодексу. Слідство триває.", "uk"),
    ("Склад стоїть на вул. Заводській біля річки. Його закрили.", "uk"),
    ("Pabrik itu dipimpin oleh Hj. Euis Suryani sejak lama. Ia menolak.", "id"),
    ("The clinic is run by Dr. Smith and two nurses. It closed.", "en"),
])
def test_a_title_or_address_abbreviation_before_a_figure_or_a_name_holds_the_sentence(line, language):
    assert _count(line, language) == 2


@pytest.mark.parametrize(("sentence", "language", "name"), [
    ("Der Minister sagte: Siemens wird 300 Stellen streichen.", "de", "siemens"),
    ("Die Bilanz: Bosch streicht 300 Stellen im Werk.", "de", "bosch"),
    ("Le ministre a déclaré : Renault va supprimer 300 postes.", "fr", "renault"),
    ("El ministro dijo: Pérez cerrará la planta con 300 empleos.", "es", "perez"),
    ("Министр заявил: Газпром закроет завод на 300 мест.", "ru", "газпром"),
    ("Il ministro ha detto: Fiat chiuderà la fabbrica di 300 posti.", "it", "fiat"),
])
def test_a_one_word_name_after_a_colon_stays_a_name(sentence, language, name):
    assert name in details(sentence, language).names


def test_a_function_word_or_a_word_written_in_lower_case_elsewhere_after_a_colon_is_no_name():
    assert "підприємство" not in details(
        "Люди кажуть: Підприємство не платить, бо підприємство збанкрутувало торік.", "uk").names
    assert "wir" not in details("Der Sprecher sagte: Wir streichen 300 Stellen im Werk.", "de").names


def test_bilion_is_a_million_millions_in_polish_and_a_thousand_millions_in_malay():
    assert [f.value for f in details("Dług publiczny przekroczył 1 bilion złotych w tym roku.", "pl").figures] == [
        1e12]
    assert [f.value for f in details("Hutang negara mencecah 1 bilion ringgit tahun ini.", "ms").figures] == [1e9]


def test_a_caseless_line_s_opening_words_and_colon_stay_in_the_claim_unless_a_quotation_follows():
    dated = find_mentions("a", "ביום שלישי נמסר: 120 עובדים יפוטרו מהמפעל בסוף החודש.", "he")
    assert dated and dated[0].text.startswith("ביום שלישי")
    assert "weekday:tuesday" in dated[0].details.dates
    said = find_mentions("a", "قال الوزير: «سيتم تسريح 120 عاملا من المصنع هذا الشهر».", "ar")
    assert said and said[0].text.startswith("قال الوزير")
    labelled = find_mentions("a", "خبرنگار: «کارخانه قند ۶۴۰ کارگر دارد که پنج ماه حقوق نگرفته‌اند».", "fa")
    assert labelled and labelled[0].text.startswith("«")


def test_a_malay_dotted_time_before_a_part_of_the_day_is_no_count():
    assert not details("Mesyuarat bermula 3.30 petang di dewan kilang itu.", "ms").figures
    assert [f.value for f in details("Harga naik kepada RM2.50 sekilogram minggu ini.", "ms").figures] == [2.5]
