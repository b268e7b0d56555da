"""Claim labels that hold a date or a list of figures: never cut right after a small number, which reads as a count
without its unit; and a word a printed column broke at a line's end is read whole."""

from annotations.claims.finding import find_mentions
from annotations.claims.linking import label_for


def test_a_label_whose_key_is_a_date_is_not_cut_after_the_days_number():
    sentence = "The harbour office said all ferries are cancelled today, Friday June 6, because of a storm warning."

    label = label_for(sentence)

    assert len(label) <= 90
    assert "June 6" in label
    assert not label.rstrip("…").endswith("6")


def test_a_label_may_still_end_on_a_key_year():
    sentence = ("The regional council confirmed on Thursday that the new bypass around Castlemere will open in 2031, "
                "three years late.")

    label = label_for(sentence)

    assert "2031" in label


def test_a_label_in_a_script_without_capitals_is_not_cut_inside_a_list_of_figures():
    sentence = ("கடலூர் நகராட்சியின் 3, 4, 9 ஆகிய வார்டுகளில் நான்கு நாள்களாக நிறுத்தப்பட்டிருந்த மின் விநியோகம் "
                "வியாழக்கிழமை காலை மீண்டும் தொடங்கியது.")

    label = label_for(sentence)

    assert label.endswith("…")
    assert not label.rstrip("…").rstrip()[-1:].isdecimal()
    assert "3, 4, 9" in label


def test_a_word_broken_at_a_line_end_is_read_whole_and_offsets_stay_in_the_stored_text():
    text = "Crews cleared the flooded underpass on Satur-\nday after the canal at Millbrook burst its banks."

    [mention] = find_mentions(1, text)

    assert "weekday:saturday" in mention.details.dates
    assert mention.text.startswith("Crews cleared") and "Saturday" in mention.text
    assert text[mention.start:mention.end].startswith("Crews cleared")
    assert text[mention.end - 1] == "."
