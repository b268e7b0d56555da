"""Chinese, Korean and Hindi words as the alignment reads them: function characters, particles and spellings."""

import pytest

from newsdesk.alignment.words import character_pairs, content_words, korean_stem, unigrams
from newsdesk.importing.languages import function_words, hindi_folded, is_function_word, language_of

# --- Chinese ---------------------------------------------------------------------------------------------


def test_a_chinese_pair_with_a_function_character_is_no_term():
    # "the canteen of the school was closed and the pupils have gone home"
    terms = unigrams("青林小学的食堂已被关闭，学生们都回家了。", language="zh")

    assert {"青林", "小学", "食堂", "关闭", "学生", "回家"} <= set(terms)
    assert not {"学的", "的食", "堂已", "已被", "被关", "们都", "都回", "家了"} & set(terms), terms


def test_a_chinese_word_beside_a_function_character_keeps_its_pairs_and_leaves_no_character_alone():
    terms = character_pairs("县里的卫生院", "zh")

    assert terms == ["县里", "卫生", "生院"]
    assert "的" not in terms and "里" not in terms


def test_the_same_run_in_japanese_or_without_a_language_keeps_every_pair():
    # Japanese writes "的" as a suffix of its nouns ("経済的"); Chinese function characters are Chinese's alone.
    assert character_pairs("経済的", "ja") == ["経済", "済的"]
    assert character_pairs("学校的食堂") == ["学校", "校的", "的食", "食堂"]


def test_a_chinese_text_is_read_as_chinese_when_no_language_is_given():
    assert "的食" not in unigrams("澄江县第二中学的食堂今天恢复供餐，家长们陆续来到学校。")


# --- Korean ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("written", "stem"), [
    ("정부는", "정부"), ("정부가", "정부"), ("정부의", "정부"), ("정부에서는", "정부"),
    ("사고로", "사고"), ("도로가", "도로"), ("도로를", "도로"), ("도로", "도로"),
    ("주민들이", "주민"), ("하진시는", "하진시"), ("하진시와", "하진시"),
    ("발생했다", "발생"), ("발생한", "발생"), ("통제되면서", "통제"),
])
def test_a_korean_word_loses_its_particles_and_its_verbs_endings(written, stem):
    assert korean_stem(written) == stem


def test_a_korean_particle_comes_off_only_after_the_syllable_it_follows():
    # "가" follows a vowel: "국가" (a nation) ends on a final consonant before it and keeps it.
    assert korean_stem("국가") == "국가" and korean_stem("국가가") == "국가"
    # "로" follows a vowel or "ㄹ": "솔밭로" (a street) keeps it, "서울로" (to Seoul) loses it.
    assert korean_stem("솔밭로") == "솔밭로" and korean_stem("솔밭로에서") == "솔밭로"
    assert korean_stem("서울로") == "서울"


def test_a_korean_passage_shares_no_particle_ending_or_auxiliary_as_a_term():
    text = ("하진시는 어제 오후 시청에서 기자회견을 열고 지하차도 공사를 중단한다고 밝혔다. 시는 공사로 인해 "
            "주민들이 불편을 겪고 있다며 정부에서 안전 점검을 마친 뒤 다시 공사를 시작할 것으로 보인다고 말했다.")
    terms = unigrams(text)

    assert language_of(text) == "ko"
    grammar = {"으로", "에서", "했다", "있다", "한다", "것", "것으", "다고", "다며"}
    assert not grammar & set(terms), terms
    assert not {"밝혔다", "말했다", "어제", "오후"} & set(terms), terms  # "said", and words that only say when
    assert {"하진시", "공사", "주민", "정부", "안전", "점검"} <= set(terms)


def test_a_korean_compound_meets_its_parts():
    terms = set(unigrams("하진 도시철도 공사 현장에서 철도 공단 직원이 하진역 주변을 살폈다.", language="ko"))

    assert {"도시철도", "철도"} <= terms  # the compound whole, and its part by its pairs
    assert "하진" in terms  # "하진역" (the station) holds the city's name


def test_korean_content_words_carry_no_particles():
    assert content_words("주민들이 도로를 막았다", "ko") == "주민 도로 막았다"


def test_the_korean_lists_content_words_are_no_function_words():
    korean = function_words("ko")

    assert not {"시간", "구토하다", "도착하다", "사", "구", "팔", "전자"} & korean
    assert {"그리고", "및", "수", "것", "있다", "통해", "위해"} <= korean


# --- Hindi -----------------------------------------------------------------------------------------------


def test_hindi_spellings_with_the_chandrabindu_or_the_nukta_fold_to_one():
    assert hindi_folded("यहाँ") == "यहां"
    assert hindi_folded("पहुँचे") == "पहुंचे"
    assert hindi_folded("ज़िला") == hindi_folded("जिला") == "जिला"
    assert hindi_folded("\u095bिला") == "जिला"  # the nukta within the letter
    assert hindi_folded("फ़ैसला") == "फैसला"


@pytest.mark.parametrize("word", ["गई", "गए", "गयी", "गये", "उन्होंने", "यहां", "यहाँ", "वहां", "वहाँ", "रही",
                                  "सकती", "होगा"])
def test_a_hindi_function_word_is_one_however_it_is_spelt(word):
    assert is_function_word(word, "hi"), word


def test_home_and_class_are_hindi_content_words():
    assert not is_function_word("घर", "hi") and not is_function_word("वर्ग", "hi")


def test_a_hindi_passage_keeps_its_words_with_their_vowel_signs_in_one_spelling():
    text = ("ज़िला अस्पताल में भर्ती बच्चों को वहाँ से घर भेज दिया गया, उन्होंने बताया कि जिला प्रशासन ने "
            "फ़ैसला ले लिया है।")
    terms = unigrams(text)

    assert language_of(text) == "hi"
    assert terms.count("जिला") == 2 and "फैसला" in terms and "घर" in terms
    assert "अस्पताल" in terms and "बच्चों" in terms  # vowel signs and virama kept inside the word
    assert not {"वहां", "वहाँ", "उन्होंने", "गया", "बताया"} & set(terms), terms
    assert unigrams(text, folded=False).count("जिला") == 2  # story matching compares one spelling too
    assert "ज़िला" not in content_words(text)


def test_a_latin_word_in_a_korean_text_keeps_its_own_stem():
    terms = unigrams("하진시는 GPR 장비와 CCTV 영상들을 확인했다", language="ko")

    assert {"gpr", "cctv", "장비", "영상", "확인"} <= set(terms), terms


def test_a_latin_name_in_a_korean_text_keeps_its_spelling_for_editors():
    from newsdesk.alignment.words import terms_with_surface

    surfaces = dict(terms_with_surface("은포시 KTX 역 앞 Samsung Electronics 공장에서 화재가 발생했다.", "ko"))

    assert surfaces["ktx"] == "KTX" and surfaces["samsung electronic"] == "Samsung Electronics"
    assert surfaces["공장"] == "공장"
