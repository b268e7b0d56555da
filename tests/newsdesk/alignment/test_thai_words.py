"""Thai: told by its script, split into words by a dictionary, its function words skipped."""

from newsdesk.importing.languages import function_words, language_of, script_language

# Invented text: elephants come out of a forest into an invented town's market.
SENTENCE = "ฝูงช้างป่าประมาณ 23 ตัวออกจากป่าเข้ามาในตลาดสดของเทศบาลตำบลบ้านนาคำ"


def test_thai_is_told_by_its_script():
    assert script_language(SENTENCE) == "th"
    assert language_of(SENTENCE) == "th"
    assert language_of("ช้างป่า 23 ตัว") == "th"


def test_an_english_sentence_with_a_thai_name_stays_english():
    assert language_of("Elephants entered the market of บ้านนาคำ before dawn, officials said.") == "en"


def test_thai_function_words_are_thai():
    assert {"ที่", "และ", "ได้", "ของ"} <= function_words("th")
    assert "ช้าง" not in function_words("th") and "ๆ" not in function_words("th")
