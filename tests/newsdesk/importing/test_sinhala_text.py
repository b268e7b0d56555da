"""Sinhala text on import: a text in the Sinhala script is read as Sinhala, not English; a conjunct written with a
zero-width joiner ("ප්‍ර", "ව්‍ය": the consonant, the al-lakuna, U+200D and the next consonant) stays inside its word;
a page's date written with a Sinhala month ("2026 දෙසැම්බර් 03"); furniture lines in Sinhala; a video line above the
story is no headline. Every text here is invented for the test."""

import datetime as dt

import pytest

from newsdesk.alignment import labels, words
from newsdesk.importing import languages, tokens
from newsdesk.importing.furniture_lines import line_furniture
from newsdesk.importing.headline import headline
from newsdesk.importing.page_dates import page_date

TODAY = dt.date(2026, 12, 20)
BODY = ("මීගහවෙල ගඟ හරහා වූ පැරණි පාලම අනතුරුදායක බව ප්‍රකාශ කර ඊයේ සිට වසා දමා ඇත. රියදුරන්ට කිලෝමීටර 12ක "
        "අතුරු මාර්ගයක් භාවිතා කිරීමට සිදු වී ඇති බව ප්‍රාදේශීය සභාව පවසයි.\n\n"
        "\"පාලම නැවත විවෘත කරන්නේ කවදාද කියා කිසිවෙකු දන්නේ නැහැ,\" යැයි ප්‍රදේශවාසියෙකු වන සමන් කුමාර පැවසීය.\n")
JOINED = ("ප්‍රාදේශීය", "ව්‍යාපෘතිය", "අධ්‍යාපන", "ශ්‍රී")


def test_a_sinhala_text_is_read_as_sinhala():
    assert languages.language_of(BODY) == "si"
    assert languages.language_of("මීගහවෙල පාලම වසා දැමේ") == "si"


def test_sinhala_function_words_are_no_terms_of_the_alignment():
    assert {"සහ", "බව", "ඇති", "විසින්"} <= languages.function_words("si")
    assert "පාලම" not in languages.function_words("si")


@pytest.mark.parametrize("word", JOINED)
def test_a_conjunct_written_with_a_zero_width_joiner_stays_inside_its_word(word):
    sentence = f"මීගහවෙල {word} කටයුතු නවතා ඇත."
    assert word in [token.text for token in tokens.tokenize(sentence).tokens]
    assert word in labels.tokens(sentence)
    assert word in words.TOKEN.findall(sentence)
    assert word in languages.WORD.findall(sentence)


def test_a_joiner_between_two_emoji_joins_no_words():
    assert words.TOKEN.findall("පාලම\u200d 🚧") == ["පාලම"]


@pytest.mark.parametrize("top, expected", [
    (("මීගහවෙල පාලම වසා දැමේ", "2026 දෙසැම්බර් 03, ප.ව. 04:45"), dt.date(2026, 12, 3)),
    (("මීගහවෙල පාලම වසා දැමේ", "ලිපිය: නිමාලි සෙනෙවිරත්න | 2025 මාර්තු 14, සිකුරාදා"), dt.date(2025, 3, 14)),
    (("මීගහවෙල පාලම වසා දැමේ", "ජූලි 8, 2025 | පෙ.ව. 9.30"), dt.date(2025, 7, 8)),
])
def test_a_page_date_with_a_sinhala_month(top, expected):
    assert page_date("\n".join(top) + "\n\n" + BODY, today=TODAY) == expected


@pytest.mark.parametrize("line", [
    "අදහස් (12)",
    "වැඩියෙන්ම කියවූ",
    "මෙයත් කියවන්න",
    "තවත් පුවත්",
    "බෙදාගන්න: Facebook | WhatsApp | සබැඳිය පිටපත් කරන්න",
    "දැන්වීම",
    "ටැග්: #පාලම #මීගහවෙල",
    "© 2025 මීගහවෙල පුවත්. සියලු හිමිකම් ඇවිරිණි.",
])
def test_sinhala_page_furniture_is_told_by_its_words(line):
    assert line_furniture(line)


def test_a_sinhala_video_line_above_the_story_is_no_headline():
    page = ("ගම්මාන TV\nසජීවී | වීඩියෝ | පුවත්\n\nමීගහවෙල පාලම වසා දැමේ: රියදුරන්ට කිලෝමීටර 12ක වට මාර්ගයක්\n\n"
            "වාර්තාකරු: රුවන් දිසානායක | 2025.03.14\n\n▶ වීඩියෝව: 1:32 | රූප: ගම්මාන TV\n\n" + BODY)
    assert headline(page) == "මීගහවෙල පාලම වසා දැමේ: රියදුරන්ට කිලෝමීටර 12ක වට මාර්ගයක්"
