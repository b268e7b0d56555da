"""Furniture of Urdu and Finnish pages by their words, and the Urdu and Finnish names of months and weekdays a page's
date is read by; the same words in a sentence of news stay the story's."""

import datetime as dt

import pytest

from newsdesk.importing import page_dates
from newsdesk.importing.furniture_lines import line_furniture


@pytest.mark.parametrize("line", [
    "اشتہار",
    "تبصرے (12)",
    "شیئر کریں",
    "یہ بھی پڑھیں: شہر میں پانی کی قلت، ٹینکر مافیا سرگرم",
    "متعلقہ خبریں",
    "سب سے زیادہ پڑھی جانے والی خبریں",
    "© 2031 روزنامہ شمال۔ جملہ حقوق محفوظ ہیں۔",
    "روزنامہ شمال کی کوئی خبر اجازت کے بغیر دوبارہ شائع کرنا منع ہے۔",
    "اپنی رائے کا اظہار کریں۔ بدزبانی پر مبنی تبصرے شائع نہیں ہوں گے۔",
    "اس مضمون پر اپنی رائے لکھ بھیجیں: مدیر، روزنامہ شمال، ۷ کچہری روڈ، قلعہ سبز۔",
    "روزنامہ شمال کا ای پیپر پڑھنے کے لیے سبسکرائب کریں۔",
    "رپورٹ: شمال نیوز ڈیسک",
    "(فوٹو: روزنامہ شمال)",
    "وادی نیوز کے لیے قلعہ سبز سے نمائندہ نوید اختر کی رپورٹ۔",
    "BREAKING | بریکنگ نیوز: قلعہ سبز میں بارش، نالے بپھر گئے | لاہور: میٹرو بس سروس معطل",
    "اپ ڈیٹ: 4 مارچ 2031، 09:10 صبح",
    "جمعرات 6 مارچ 2031",
])
def test_urdu_page_furniture_is_told_by_its_words(line):
    assert line_furniture(line) is not None


@pytest.mark.parametrize("line", [
    "ضلعی انتظامیہ نے بتایا کہ سیلاب سے متاثرہ خاندانوں کو اشتہار کے ذریعے امداد کی اطلاع دی جائے گی۔",
    "کمشنر نے کہا کہ شہری اپنی رائے دیں تاکہ نیا منصوبہ بہتر بنایا جا سکے۔",
    "بدھ کی صبح نالے کا پانی محلے میں داخل ہو گیا اور درجنوں گھر خالی کرا لیے گئے۔",
])
def test_urdu_news_sentences_with_those_words_stay_the_storys(line):
    assert line_furniture(line) is None


@pytest.mark.parametrize("line", [
    "MAINOS",
    "Jaa",
    "Kopioi linkki",
    "Kirjaudu sisään",
    "Luetuimmat",
    "Lue lisää:",
    "Lue myös: Kaivoksen tulevaisuus ratkeaa keväällä",
    "Kommentoi juttua (7)",
    "Keskustelu on avoinna tilaajille klo 8–20.",
    "Lue kaikki Pohjolan Sanomien jutut rajattomasti. Tilaa nyt – kolme kuukautta 5 €.",
    "Käytämme evästeitä sivuston kehittämiseen ja mainonnan kohdentamiseen.",
    "Tämä kirjoitus on kirjoittajan mielipide, eikä se välttämättä edusta Pohjolan Sanomien kantaa.",
    "© Pohjolan Sanomat 2031. Kaikki oikeudet pidätetään.",
    "Kuva: Anni Lehtola / PS",
    "Päivitetty 4.3.2031 klo 12.40",
    "Julkaistu keskiviikkona 4. maaliskuuta 2031",
    "Läs på svenska: Gruvan i Kallioranta stängs",
])
def test_finnish_page_furniture_is_told_by_its_words(line):
    assert line_furniture(line) is not None


@pytest.mark.parametrize("line", [
    "Kaupunki tilaa lisää busseja, koska kaivoksen vuorot alkavat jo kuudelta, kunnanjohtaja sanoo.",
    "Torstaina kokoontuva valtuusto päättää, jaetaanko tukea kaikille kyläläisille tasan.",
    "Kaivosyhtiö kertoi, että mainos kaivoksen avoimista ovista jaettiin jokaiseen kotiin.",
])
def test_finnish_news_sentences_with_those_words_stay_the_storys(line):
    assert line_furniture(line) is None


@pytest.mark.parametrize(("line", "date"), [
    ("جمعرات 6 مارچ 2031", dt.date(2031, 3, 6)),
    ("اپ ڈیٹ: 4 مارچ 2031، 09:10 صبح", dt.date(2031, 3, 4)),
    ("Julkaistu 4. maaliskuuta 2031", dt.date(2031, 3, 4)),
    ("keskiviikkona 4. maalisk. 2031", dt.date(2031, 3, 4)),
])
def test_urdu_and_finnish_month_names_give_the_pages_date(line, date):
    assert page_dates.page_date(line, dt.date(2031, 3, 20)) == date
