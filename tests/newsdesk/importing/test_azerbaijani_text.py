"""Azerbaijani text on import: a text in Azerbaijani is read as Azerbaijani by the schwa its Latin alphabet writes
and Turkish does not, while a Turkish or an English text naming an Azerbaijani person or town stays what it is; its
own function words; a page's date written with an Azerbaijani month ("14 noyabr 2026", "Cümə, 14 noyabr 2026") and
the case endings written onto a month. Every text here is invented for the test."""

import datetime as dt

import pytest

from newsdesk.importing import calendar_names, languages
from newsdesk.importing.furniture_lines import line_furniture
from newsdesk.importing.page_dates import page_date

TODAY = dt.date(2026, 12, 20)
BODY = ("Qarxunlu kəndində içməli su xəttinin əsas borusu çərşənbə gecəsi partlayıb və üç mindən çox sakin iki gündür "
        "susuz qalıb. Təmir işləri cümə gününə qədər davam edəcək, deyə bələdiyyədən bildiriblər.\n\n"
        "\"Biz iki gündür ki, çənlərlə gətirilən suyla yaşayırıq,\" deyə evdar qadın Səbinə Orucova bildirib. Amma "
        "su maşını da vaxtında gəlmir və insanlar saatlarla növbədə dayanmalı olurlar.\n")


def test_an_azerbaijani_text_is_read_as_azerbaijani():
    assert languages.language_of(BODY) == "az"
    assert languages.language_of("Qarxunlu kəndində su borusu partladı, üç min sakin susuz qaldı") == "az"


def test_a_turkish_or_english_text_naming_an_azerbaijani_person_or_town_stays_what_it_is():
    assert languages.language_of("Qarxunlu köyünde içme suyu hattının ana borusu çarşamba gecesi patladı ve üç "
                                 "binden fazla kişi iki gündür susuz. Belediye sözcüsü Səbinə Orucova, onarımın "
                                 "cuma gününe kadar süreceğini söyledi.") == "tr"
    assert languages.language_of("The main pipe at Qarxunlu burst on Wednesday night and three thousand people have "
                                 "had no water for two days, the municipality's Səbinə Orucova said.") == "en"


@pytest.mark.parametrize("text, language", [
    ("Foreign minister Ceyhun Məmmədov met Elçin Həsənov in Gəncə on Monday to discuss the new pipeline to the coast.",
     "en"),
    ("Gəncə valisi Həsənov ve Əliyev, bu sabah Qarxunlu köyünde su borusunun patladığı yeri ziyaret etti ve onarım "
     "için bir ekip gönderdi. Onarımın cuma gününe kadar süreceği de açıklandı.", "tr"),
])
def test_a_short_text_naming_azerbaijanis_stays_what_it_is_as_the_schwa_of_their_names_is_no_word_of_the_text(
        text, language):
    # A name opens on a capital; the schwa of Azerbaijani's own words stands in words written in lower case.
    assert languages.language_of(text) == language


def test_azerbaijani_function_words_are_its_own():
    own = languages.function_words("az")
    assert {"və", "ilə", "üçün", "kimi", "isə", "də", "ki", "bu", "onun", "görə", "sonra", "olub", "deyə"} <= own
    assert not {"su", "kənd", "boru", "sakin", "bələdiyyə", "bağlı", "əlavə"} & own  # closed, related; additional


@pytest.mark.parametrize("top, expected", [
    (("Qarxunluda su borusu partladı", "Müəllif: Aygün Səfərova | 14 noyabr 2026, 09:15"), dt.date(2026, 11, 14)),
    (("Qarxunluda su borusu partladı", "Cümə, 4 sentyabr 2026"), dt.date(2026, 9, 4)),
    (("Qarxunluda su borusu partladı", "Dərc olunub: 2 aprel 2026"), dt.date(2026, 4, 2)),
])
def test_a_page_date_as_azerbaijani_pages_write_it(top, expected):
    assert page_date("\n".join(top) + "\n\n" + BODY, today=TODAY) == expected


def test_azerbaijani_months_carry_their_case_endings():
    months = calendar_names.forms(calendar_names.MONTHS["az"])
    assert months["dekabrın"] == months["dekabrda"] == months["dekabra"] == 12
    assert months["aprelin"] == months["apreldə"] == months["aprelə"] == 4
    assert months["iyunun"] == months["iyunda"] == 6


@pytest.mark.parametrize("line", [
    "Ardını oxu: Qarxunluda yeni körpü tikilir",
    "Həmçinin oxuyun: Qarxunluda su kəsiləcək",
    "Oxşar xəbərlər",
    "Ən çox oxunanlar",
    "Bütün hüquqlar qorunur.",
    "Teqlər: Qarxunlu, su, boru",
    "Şərhlər (5)",
    "Cavab ver",
    "Bu sayt kukilərdən istifadə edir. Sayta daxil olmaqla kuki siyasətimizlə razılaşmış olursunuz.",
    "Müəllif: Aygün Səfərova",
])
def test_azerbaijani_furniture_lines_are_furniture(line):
    assert line_furniture(line) is not None


@pytest.mark.parametrize("line", [
    "Qarxunlu kəndində su borusu partlayıb və üç min sakin susuz qalıb.",
    "Sakinlər bütün hüquqlarının qorunmasını tələb edir, deyə Səbinə Orucova bildirib.",
    "Oxşar xəbərlər yayılsa da, bələdiyyə onları təkzib edib.",
])
def test_azerbaijani_news_lines_with_the_same_words_stay_the_storys(line):
    assert line_furniture(line) is None
