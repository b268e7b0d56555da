"""Furniture of Dutch and Bengali pages, and subscription offers at a price in any currency, by their words; the
same words in a sentence of news stay the story's."""

import pytest

from newsdesk.importing.furniture_lines import line_furniture


@pytest.mark.parametrize("line", [
    "© Persbureau Noord 2031. Alle rechten voorbehouden.",
    "Overname van berichten van dit persbureau is uitsluitend toegestaan met schriftelijke toestemming.",
    "Wij en onze partners gebruiken cookies om de site te verbeteren en advertenties te tonen.",
    "Meest gelezen",
    "Meer nieuws uit de regio:",
    "Mis niks meer! Schrijf je in voor de gratis ochtendbrief en ontvang het nieuws in je mailbox.",
    "Nog geen abonnee? Lees de krant digitaal voor € 6,25 per maand.",
    "Word abonnee: onbeperkt lezen vanaf € 1,75 per week.",
    "Heb je een tip of een filmpje? App de redactie.",
    "Marit Veenstra is onderwijsjournalist en schrijft elke vrijdag over scholen.",
    "Deze column geeft de mening van de auteur weer en niet die van de redactie.",
    "Redactie: Joost Harmsen",
])
def test_dutch_page_furniture_is_told_by_its_words(line):
    assert line_furniture(line) is not None


@pytest.mark.parametrize("line", [
    "De gemeente betaalt elke familie € 50 per maand zolang de weg dicht blijft.",
    "Volgens de wethouder is de overname van het bedrijf nog niet rond.",
    "Jan Smit is melkveehouder en woont al veertig jaar aan de dijk.",
    "De boeren gingen pas akkoord toen de provincie de kosten droeg.",
])
def test_dutch_news_sentences_with_those_words_stay_the_storys(line):
    assert line_furniture(line) is None


@pytest.mark.parametrize("line", [
    "সমাচার/জেলা ডেস্ক/মাহিন/রুমানা/১৪২৫ ঘ.",
    "বিজ্ঞাপন",
    "আরও পড়ুন: নদীর চরে নতুন বাজার বসছে",
    "মন্তব্য করতে লগইন করুন। আপনার মন্তব্যের দায় সম্পূর্ণ আপনার।",
    "আপনার মতামত লিখুন।",
    "বিজ্ঞাপনের জন্য যোগাযোগ: 01811-222333",
    "সীমাহীন পড়ুন। মাসে মাত্র ৭৯ টাকায় সাবস্ক্রাইব করুন।",
    "ছাপা সংস্করণ পেতে এজেন্টের সঙ্গে যোগাযোগ করুন। বার্ষিক গ্রাহক চাঁদা ২,৪০০ টাকা।",
    "মতামত লেখকের নিজস্ব। এর দায় পত্রিকার নয়।",
    "© 2031 দৈনিক নদীতীর। সর্বস্বত্ব সংরক্ষিত।",
])
def test_bengali_page_furniture_is_told_by_its_words(line):
    assert line_furniture(line) is not None


@pytest.mark.parametrize("line", [
    "ইউনিয়ন পরিষদ প্রতিটি পরিবারকে মাসে ৫০০ টাকা করে দেবে বলে জানিয়েছেন চেয়ারম্যান।",
    "বাঁধের মেরামতে ৪ কোটি টাকা খরচ হয়েছিল, কিন্তু তিন মাসেই তা ভেঙে গেছে।",
])
def test_bengali_news_sentences_with_a_sum_stay_the_storys(line):
    assert line_furniture(line) is None


@pytest.mark.parametrize("line", [
    "Berlangganan koran digital kami mulai Rp45.000 per bulan.",
    "Pembaca yang budiman, hazte socio desde 3 euros al mes.",
    "הצטרפו לחוג התומכים שלנו ב־30 ש״ח לחודש, קוראים יקרים.",
    "Word abonnee voor € 2,50 per week.",
])
def test_a_subscription_offered_at_a_price_in_any_currency_is_an_offer(line):
    judged = line_furniture(line)
    assert judged is not None


@pytest.mark.parametrize("line", [
    "Pemerintah kota akan membayar Rp50.000 per keluarga setiap bulan selama banjir.",
    "El ayuntamiento pagará 4 euros al mes a cada familia afectada por el cierre.",
    "העירייה תשלם 25 ש״ח לחודש לכל משפחה שנפגעה מהסגירה.",
    "The council will pay Rp50.000 per family each month until the road reopens.",
])
def test_a_news_sentence_with_a_sum_per_month_is_no_offer(line):
    assert line_furniture(line) is None


@pytest.mark.parametrize("line, furniture", [
    ("Anneke Brouwer is landbouwjournalist en schrijft elke donderdag in De Tijdstroom.", True),
    ("Claire Dumas est journaliste et écrit chaque jeudi dans Le Courrier.", True),
    ("Anneke Brouwer is landbouwjournalist en sprak donderdag in het dorpshuis.", False),
])
def test_a_weekday_after_every_is_a_columnists_schedule_and_a_bare_weekday_an_event(line, furniture):
    assert (line_furniture(line) is not None) is furniture
