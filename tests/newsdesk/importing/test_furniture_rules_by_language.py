"""Furniture rules read a line's words in the line's own language: a word of one language's page is an ordinary
word of another's news, and a figure's shape tells a telephone number, a date and a range of years apart."""

import pytest

from newsdesk.importing.furniture_lines import OTHER_BIOS, line_furniture


@pytest.mark.parametrize("line", [
    "Access to the 27 European markets is free for members, the minister said.",
    "Los socios de la cooperativa pagan 30 euros al año y los menores entran gratis.",
    "Warga di kawasan langganan banjir menerima bantuan Rp500.000 dan pengobatan gratis.",
    "Para pelanggan Indonesia membayar 12 euros untuk tiket gratis ke museum.",
])
def test_a_news_sentence_with_a_sum_and_a_free_entry_is_no_subscription_offer(line):
    assert line_furniture(line) is None


@pytest.mark.parametrize("line", [
    "Subscribe now: 4 euros a month, cancel any time.",
    "Hazte socio desde 4 euros al mes.",
    "Berlangganan sekarang, mulai Rp39.000 per bulan.",
    "Word abonnee: onbeperkt lezen vanaf € 2,50 per week. Eerste maand gratis.",
])
def test_a_subscription_offer_in_its_own_language_stays_an_offer(line):
    assert line_furniture(line)[0] == "offer"


@pytest.mark.parametrize("line", [
    "Tel Aviv marathon 2024-2025",
    "Jalan tol Cikampek 2020-2024",
    "Projek jalan raya 2025-2027 di Kelantan",
    "Redactie 2024-2025 jaarverslag",
])
def test_a_short_line_with_a_range_of_years_is_no_contact_line(line):
    assert line_furniture(line) is None


@pytest.mark.parametrize("line", [
    "Tel. 01632 960 111",
    "Telp. (021) 555-1234",
    "Telefon: 555 123 4567",
    "Redactie: +31 20 555 0123",
    "טל׳ 04-6123456",
])
def test_a_label_and_a_telephone_number_stay_a_contact_line(line):
    assert line_furniture(line)[0] == "contact"


def test_a_bare_date_in_figures_is_a_timestamp_not_a_desks_code():
    assert line_furniture("15/10/2025")[0] == "timestamp"
    assert line_furniture("AGENCY/desk/AB/CD/1310 hrs")[0] == "credit"


@pytest.mark.parametrize("line, furniture", [
    ("Deniz Kara, Kent Gazetesi'nde her pazartesi ekonomi yazıları yazıyor.", True),
    ("Deniz Kara, Kent Gazetesi'nde pazartesi ekonomi yazıları yazıyor.", False),
])
def test_turkish_her_before_a_weekday_is_a_columnists_schedule(line, furniture):
    assert (line_furniture(line) is not None) is furniture


def test_her_is_every_in_turkish_notes_only():
    every = {bio.language: bio.every for bio in OTHER_BIOS}
    assert "her" in every["tr"]
    assert not any("her" in words for language, words in every.items() if language != "tr")
