"""Kazakh text on import: a text in Kazakh's Cyrillic (Russian's letters and "ә ғ қ ң ө ұ ү һ і") is read as Kazakh,
not Russian, Bulgarian or English, while a Russian text naming a Kazakh town stays Russian; its function words; a
page's date written with a Kazakh month ("3 желтоқсан 2026", "2026 жылғы 4 желтоқсан"), October's name, which is
also a boiler, no date without a day's figure; furniture lines in Kazakh. Every text here is invented for the test."""

import datetime as dt

import pytest

from newsdesk.importing import calendar_names, languages
from newsdesk.importing.furniture_lines import line_furniture
from newsdesk.importing.page_dates import page_date

TODAY = dt.date(2026, 12, 20)
BODY = ("Талдыбұлақ қаласында сейсенбіге қараған түні су құбыры жарылып, үш мыңнан астам тұрғын сусыз қалды. "
        "Қала әкімдігінің айтуынша, жөндеу жұмыстары бейсенбіге дейін созылады.\n\n"
        "«Біз екі күннен бері суды бөтелкемен тасып жүрміз», – деді тұрғын Айнұр Қасенова.\n")


def test_a_kazakh_text_is_read_as_kazakh():
    assert languages.language_of(BODY) == "kk"
    assert languages.language_of("Талдыбұлақта су құбыры жарылды") == "kk"


def test_a_russian_text_naming_a_kazakh_town_stays_russian():
    text = ("В городе Талдыбұлақ во вторник прорвало водопровод, и без воды остались более трёх тысяч жителей. "
            "По словам акима Нұрлана Сейтова, ремонт продлится до четверга.")
    assert languages.language_of(text) == "ru"


def test_ukrainian_with_its_own_i_is_no_kazakh():
    text = "У місті Глинівка прорвало водогін, і понад три тисячі мешканців залишилися без води до четверга."
    assert languages.language_of(text) == "uk"


def test_kazakh_function_words_are_no_terms_of_the_alignment():
    assert {"және", "үшін", "бойынша", "дейін", "деп"} <= languages.function_words("kk")
    assert "құбыр" not in languages.function_words("kk")


@pytest.mark.parametrize("top, expected", [
    (("Талдыбұлақта су құбыры жарылды", "3 желтоқсан 2026, 16:25"), dt.date(2026, 12, 3)),
    (("Талдыбұлақта су құбыры жарылды", "Авторы: Әсел Нұрланова | 2026 жылғы 4 желтоқсан, жұма"),
     dt.date(2026, 12, 4)),
    (("Талдыбұлақта су құбыры жарылды", "Жарияланды: 2025 ж. 14 наурыз"), dt.date(2025, 3, 14)),
    (("Талдыбұлақта су құбыры жарылды", "03.12.2026, 11:40"), dt.date(2026, 12, 3)),
])
def test_a_page_date_as_kazakh_pages_write_it(top, expected):
    assert page_date("\n".join(top) + "\n\n" + BODY, today=TODAY) == expected


def test_kazakh_months_and_weekdays_in_their_cases():
    months, weekdays = calendar_names.forms(calendar_names.MONTHS["kk"]), calendar_names.forms(
        calendar_names.WEEKDAYS["kk"])
    assert months["желтоқсанда"] == 12 and months["қаңтарға"] == 1 and months["шілденің"] == 7
    assert weekdays["сәрсенбіге"] == 3 and weekdays["жұмадан"] == 5


def test_octobers_name_is_also_a_boiler():
    assert "қазан" in calendar_names.ALSO_WORDS


def test_junes_name_is_also_a_season_in_every_case():
    assert {"маусым", "маусымда", "маусымға", "маусымнан", "маусымның"} <= calendar_names.ALSO_WORDS
    assert "желтоқсан" not in calendar_names.ALSO_WORDS


@pytest.mark.parametrize("line", [
    "Жарнама",
    "Пікірлер (57)",
    "Бөлісу: Facebook | WhatsApp | Telegram | Сілтемені көшіру",
    "Тегтер: #Талдыбұлақ #су #құбыр",
    "Тақырып бойынша",
    "Көп оқылғандар",
    "Оқи отырыңыз: Облыста су тарифі өседі",
    "Біз сайттың жұмысын жақсарту үшін cookie файлдарын пайдаланамыз. Сайтты қолдана отырып, сіз бұған келісесіз. "
    "Келісемін | Толығырақ",
    "© 2026 Талдыбұлақ жаңалықтары. Барлық құқықтар қорғалған.",
    "▶ Бейне: 2:10 | Түсірген: Ерлан Жұмабаев",
])
def test_kazakh_page_furniture_is_told_by_its_words(line):
    assert line_furniture(line)


def test_an_ending_written_after_a_hyphen_onto_an_abbreviation_or_a_figure_is_no_term():
    from newsdesk.alignment import words

    terms = words.analyse("ЖЭО-ның директоры 180-нен астам үйге жылу берілмейтінін айтты, ЖШС-дағы тексеру аяқталды.",
                          "kk")
    assert {"жэо", "директоры", "жшс"} <= set(terms)
    assert not {"ның", "нен", "дағы"} & set(terms)


@pytest.mark.parametrize("line", [
    "Авторы: Әсел Нұрланова | 2026 жылғы 4 желтоқсан, жұма",
    "2026 жылғы 4 желтоқсан, 11:40",
    "Жарияланды: 2025 ж. 14 наурыз, сағат 09:15",
])
def test_a_stamp_with_the_kazakh_word_for_of_the_year_is_a_time_stamp(line):
    assert line_furniture(line)[0] in ("timestamp", "byline")
