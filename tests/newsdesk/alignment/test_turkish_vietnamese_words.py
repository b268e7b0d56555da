"""Turkish and Vietnamese words, names and event words, read as the languages write them."""

from newsdesk.alignment import labels, story_suggestion, words
from newsdesk.importing import languages

TURKISH = ("Belediye meclisi bu akşam toplandı ve yeni kütüphane için oy kullandı. Üyelerin çoğu projeye destek "
           "verdi, ancak muhalefet maliyetin çok yüksek olduğunu söyledi. Kütüphane gelecek yıl açılacak.")
VIETNAMESE = ("Sáng nay, người dân trong xã đã trồng thêm nhiều cây xanh dọc hai bên đường. Chính quyền cho biết "
              "các em học sinh cũng tham gia và sẽ chăm sóc cây trong năm học mới.")


def test_turkish_function_words_are_spelt_with_turkish_letters():
    function = languages.function_words("tr")

    assert {"şey", "bazı", "nasıl", "olarak", "göre"} <= function
    assert not any(letter in word for word in function for letter in "ýþð")


def test_a_turkish_text_is_read_as_turkish():
    assert languages.language_of(TURKISH) == "tr"
    assert languages.language_of(VIETNAMESE) == "vi"


def test_turkish_capital_i_folds_to_the_turkish_lower_case_letters():
    assert languages.lower("KAPIDAĞ İLÇESİ", "tr") == "kapıdağ ilçesi"
    assert languages.lower("Kapıdağ İlçesi", "tr") == "kapıdağ ilçesi"


def test_no_combining_dot_is_left_on_a_lower_case_i_in_any_language():
    assert "\u0307" not in languages.lower("İZMİR")


def test_a_turkish_case_ending_after_an_apostrophe_is_no_part_of_the_word():
    found = words.unigrams("Kapıdağ'da Kapıdağ’ın Kapıdağ", "tr")

    assert len(found) == 3 and len(set(found)) == 1 and "'" not in found[0]


def test_a_turkish_name_keeps_no_case_ending_and_meets_its_other_cases():
    found = story_suggestion.names_and_figures(
        f"{TURKISH} Toplantı Kuzeybağ Kültür Merkezi'nde yapıldı. Sonra herkes Kuzeybağ Kültür Merkezi’ne yürüdü.")

    assert "Kuzeybağ Kültür Merkezi" in found.values()
    assert not any("'" in surface or "’" in surface for surface in found.values())


def test_a_turkish_sentence_opening_word_written_in_lower_case_elsewhere_is_no_part_of_a_name():
    found = story_suggestion.names_and_figures(
        f"{TURKISH} Kütüphane Kapıdağ sakinlerine de açık olacak, dedi başkan.")

    assert all(not key.startswith("kütüphane") for key in found)


def test_vietnamese_tone_marks_meet_in_either_place():
    assert languages.vietnamese_folded("thủy điện") == languages.vietnamese_folded("thuỷ điện")
    assert languages.vietnamese_folded("hóa chất") == languages.vietnamese_folded("hoá chất")
    assert languages.vietnamese_folded("hoàn thành") == "hoàn thành"
    assert words.unigrams("Thủy thuỷ", "vi") == ["thuỷ", "thuỷ"]


def test_a_vietnamese_acronym_keeps_its_last_letter():
    assert "thcs" in words.unigrams("Trường THCS xã bên", "vi")


def test_a_lone_capitalised_vietnamese_syllable_is_no_name_but_a_person_s_name_is():
    found = story_suggestion.names_and_figures(f"{VIETNAMESE} Phó Chủ tịch xã Trần Văn Bình đã đến thăm.")

    assert "trần văn bình" in found
    assert not any(key in found for key in ("phó", "chủ", "phó chủ", "chính", "sáng"))


def test_vietnamese_event_words_are_pairs_of_syllables_and_keep_a_name_s_syllables_elsewhere():
    text = f"{VIETNAMESE} Ông Đồng Văn Tám góp 5 triệu đồng cho quỹ của xã."
    told = story_suggestion.event_words(text).split()

    assert "học_sinh" in told
    assert "triệu_đồng" in told
    assert not any("tám" in term for term in told)


def test_a_page_s_publisher_and_wire_code_are_no_names_of_what_it_reports():
    page = ("Làng Mới, 3/5 (TMV) – Người dân xã Làng Mới trồng thêm cây xanh, Ông Lê Văn Hải cho biết.\n\n"
            f"{VIETNAMESE}\n\n(TMV)\n\n© Thông tấn Miền Vui. Ghi rõ nguồn khi đăng lại.")

    found = story_suggestion.names_and_figures(story_suggestion.reporting("Trồng cây", page))

    assert "lê văn hải" in found
    assert not any("tmv" in key or "miền vui" in key for key in found)


def _runs(text: str, language: str, **options) -> list[str]:
    spans = labels.token_spans(text)
    words_, places = [word for word, _, _ in spans], [(start, end) for _, start, end in spans]
    return [phrase for phrase, *_ in labels.word_run_spans(words_, text, places, words.stop_words_for(language),
                                                           **options)]


def test_a_turkish_label_ends_without_the_case_ending_after_its_apostrophe():
    phrases = _runs("Kulüp dün Kuzeybağ Enerji Holding'e satıldı.", "tr", suffixing=True)

    assert "Kuzeybağ Enerji Holding" in phrases
    assert not any("'" in phrase for phrase in phrases)


def test_no_label_runs_over_a_line_break():
    assert not any("\n" in phrase or "Yanıtlar Yanıt" in phrase
                   for phrase in _runs("Yanıtlar\nYanıt yazmak için giriş yapın.", "tr"))


def test_no_label_opens_on_a_unit_or_a_measure():
    phrases = _runs("Nông dân mất 40 ha lúa mùa.", "vi")

    assert "lúa mùa" in phrases
    assert not any(phrase.startswith(("ha ", "40 ha")) for phrase in phrases)


ENGLISH = ("A court in Manhattan heard on Monday that the copyright holders Universal Music Group and Sony Music lost "
           "revenue to the file-sharing site over three years, and that the site's owners knew it.")


def test_names_after_the_word_copyright_in_a_sentence_stay_names():
    found = story_suggestion.names_and_figures(story_suggestion.reporting("Labels win damages", ENGLISH))

    assert {"Manhattan", "Universal Music Group", "Sony Music"} <= set(found.values())


def test_an_organisation_s_short_name_in_brackets_before_a_dash_stays_a_name():
    text = ("The World Health Organization (WHO) – the agency that leads the response – said on Tuesday that cases had "
            "fallen for a third week.\n\nReferee: Martin Kelleher (RFU)")

    assert {"who", "rfu"} <= set(story_suggestion.names_and_figures(text))
    assert "(WHO)" in story_suggestion.reporting("Cases fall", text)


def test_a_list_item_marked_c_is_no_copyright_line():
    text = ("The ruling orders three things:\n(a) the site closes;\n(b) its owners pay costs;\n"
            "(c) Universal Music Group and Sony Music are paid damages in 2026.")

    assert {"Universal Music Group", "Sony Music"} <= set(story_suggestion.names_and_figures(text).values())


def test_a_page_s_copyright_footer_and_wire_datelines_are_its_own_names():
    text = (f"HANOI (TPN) – {VIETNAMESE}\n\nANKARA (KBA) - {TURKISH}\n\nSEOUL, Oct 21 (CWS) - {ENGLISH}\n\n"
            "(ABC) XY/ZW\n\n"
            "© 2025 Meridian Courier. All rights reserved.\nCopyright 1999 - 2026 Harbour Daily. All rights reserved.\n"
            "(c) Norpress 2026. All rights reserved.\n<저작권자(c) 한빛통신, 무단 전재-재배포 금지>")

    own = story_suggestion._own_names(text)

    assert {"TPN", "KBA", "CWS", "ABC", "Meridian Courier", "Harbour Daily", "Norpress", "한빛통신"} <= own
    assert not {"HANOI", "ANKARA", "SEOUL", "Manhattan", "Universal Music Group", "Sony Music"} & own
