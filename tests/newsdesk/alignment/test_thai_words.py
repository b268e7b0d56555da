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


def test_thai_text_is_read_as_words_not_character_pairs_and_its_function_words_are_skipped():
    from newsdesk.alignment.words import unigrams

    terms = unigrams("นายบุญมีได้รับบาดเจ็บซี่โครงหัก ช้างป่าเดินเข้าตลาดสดของเทศบาล")

    assert {"ได้รับบาดเจ็บ", "ซี่โครง", "ช้าง", "ป่า", "ตลาดสด"} <= set(terms)
    assert not {"นา", "าย", "ยบุ", "นาย", "ของ", "ที่"} & set(terms)  # no pairs across syllables, no function word


def test_the_repetition_mark_stays_with_its_word_written_with_a_space_or_without():
    from newsdesk.alignment.words import terms_with_surface, unigrams

    spaced = unigrams("ชาวบ้านต้องเดินเลี่ยงช้างช้า ๆ ในสวนยาง")
    joined = unigrams("ชาวบ้านต้องเดินเลี่ยงช้างช้าๆ ในสวนยาง")

    assert "ๆ" not in spaced and "ๆ" not in joined
    assert sorted(spaced) == sorted(joined)
    assert all(term != "ๆ" for term, _ in terms_with_surface("ช้างค่อย ๆ เดินกลับป่า"))


def test_an_abbreviation_with_dots_is_one_word_and_titles_and_months_are_skipped():
    from newsdesk.importing.tokens import thai_words

    text = "ผศ.ดร.สมศรี ใจงาม อ.บ้านนาคำ จ.ลำธาร เมื่อ ๘ มี.ค. ๒๕๖๙ กทม."
    words = [word for word, _, _ in thai_words(text)]

    assert {"ผศ.ดร.", "อ.", "จ.", "มี.ค.", "กทม."} <= set(words)
    from newsdesk.alignment.words import unigrams

    terms = unigrams(text)
    assert "กทม." in terms
    assert not {"ผศ.ดร.", "ผศ", "ดร", "อ.", "อ", "จ", "มี.ค.", "ค"} & set(terms)


def test_a_thai_word_s_span_is_where_it_is_written():
    from newsdesk.importing.tokens import thai_words

    text = "ข่าว: ฝูงช้างป่าออกจากป่า"
    for word, start, end in thai_words(text):
        assert text[start:end] == word


def test_a_year_of_the_buddhist_era_and_the_year_of_a_date_carry_no_match():
    from newsdesk.alignment.story_suggestion import date_years, names_and_figures

    thai = "ช้างป่าออกจากป่าเมื่อ ๘ มีนาคม ๒๕๖๙ ข้ามทางหลวงหมายเลข ๒๓๑๗ ทุกปีตั้งแต่ปี 2559"

    assert date_years(thai, "th") == {"2569", "2559"}
    found = names_and_figures(thai)
    assert "#2317" in found and "#2569" not in found and "#2559" not in found
    english = "The mill, closed in 1991, reopens on 8 March 2026, the council said on March 9, 2026."
    assert date_years(english, "en") == {"2026"}
    assert "#1991" in names_and_figures(english)


def test_thai_names_follow_their_titles_and_the_words_for_a_place_s_kind():
    from newsdesk.alignment import thai

    text = ("นายสมชาย ดีงาม นายอำเภอบ้านนาคำ กล่าวว่า ช้างป่าออกจากป่าเข้ามาที่บ้านหนองบัว "
            "ชาวบ้านหนองบัวช่วยกันไล่ช้าง")

    found = thai.names(text)

    assert found["สมชาย ดีงาม"] == "นายสมชาย ดีงาม"  # given and family name, with the title
    assert found["หนองบัว"] == "บ้านหนองบัว"  # a village, told by "บ้าน" before it twice
