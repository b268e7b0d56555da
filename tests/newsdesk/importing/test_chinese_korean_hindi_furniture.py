"""Page furniture in Chinese, Korean and Hindi (``furniture_vocabulary``), the sentences of news in those languages
that share its words but are the story's, and a broadcaster's cue lines, which stay with the paragraph they head."""

import re

import pytest

from newsdesk.importing import furniture_vocabulary, ingest
from newsdesk.importing.furniture_lines import line_furniture, related_label

FURNITURE = {
    "zh": {
        "作者简介：林晓岚，资深媒体人，长期关注城市交通与住房政策。": "contributor_bio",
        "（作者系澜江大学公共管理学院副教授）": "contributor_bio",
        "（本文仅代表作者个人观点，不代表本网立场）": "disclaimer",
        "编者按：本文根据读者来信整理，部分细节有删改。": "disclaimer",
        "相关阅读": "related_list",
        "广告": "furniture_words",
        "同意并继续　不同意": "consent",
        "欢迎使用本客户端。请您在使用前仔细阅读并同意《隐私政策》。": "consent",
    },
    "ko": {
        "※ 외부 기고는 본지의 편집 방향과 다를 수 있습니다.": "disclaimer",
        "이 칼럼의 견해는 필자 개인의 것으로 본지의 입장과 다를 수 있습니다.": "disclaimer",
        "바로잡습니다: 어제 보도에서 사고 시각을 오후 6시로 잘못 적었습니다.": "disclaimer",
        "관련기사": "related_list",
        "공유하기": "furniture_words",
        "Copyright ⓒ 동남일보. 무단 전재 및 재배포 금지": "credit",
        "본 사이트는 쿠키를 사용합니다. 계속 이용하시면 쿠키 사용에 동의하는 것으로 간주합니다.": "consent",
    },
    "hi": {
        "ये भी पढ़ें": "related_list",
        "इस विषय पर और लेख": "related_list",
        "विज्ञापन": "furniture_words",
        "इस खबर को सुनें  03:12": "media_player",
        "(लेखक वरिष्ठ पत्रकार हैं।)": "contributor_bio",
        "लेख में व्यक्त विचार लेखक के निजी हैं।": "disclaimer",
        "ये लेखक के अपने विचार हैं।": "disclaimer",
        "हम आपके अनुभव को बेहतर बनाने के लिए कुकीज़ का इस्तेमाल करते हैं।": "consent",
        "पत्रकारिता को आज़ाद रखने के लिए ₹४९ प्रति माह से सदस्यता लें।": "offer",
        "© 2026 नगर दर्पण। सर्वाधिकार सुरक्षित।": "credit",
    },
}


@pytest.mark.parametrize(
    ("text", "rule"), [(text, rule) for table in FURNITURE.values() for text, rule in table.items()]
)
def test_page_furniture_in_chinese_korean_and_hindi_is_told_by_its_words(text, rule):
    found = line_furniture(text)
    assert found is not None and found[0] == rule, found


NEWS = [
    # A Chinese profile of an official, a company's privacy policy in the news, a columnist's own view.
    "县教育局局长何建平长期关注农村学校食堂建设，曾任县一中校长。",
    "该公司上月更新了隐私政策，律师表示，新条款要求用户同意后才能继续使用。",
    # Korean: the city's position reported, a disclaimer's words inside a report.
    "시는 사고 원인에 대한 입장을 내일 발표하겠다고 밝혔다.",
    "시공사는 조사 결과가 현장 관계자들의 의견과 다를 수 있다고 말했다.",
    # Hindi: a writer's views as news.
    "साहित्य सम्मेलन में लेखक के विचार सुनने के लिए सैकड़ों लोग पहुंचे।",
    "लेखिका के विचार सुनने के लिए छात्र सभागार में जमा हुए।",
    # Hindi: a minister's view reported, a price in the news, a speaker's "our" in reported speech.
    "मंत्री ने कहा कि ये उनके निजी विचार हैं और सरकार की नीति अलग है।",
    "नगर निगम ने पानी का शुल्क ₹१२० प्रति माह से बढ़ाकर ₹१५० कर दिया है।",
]


@pytest.mark.parametrize("text", NEWS)
def test_news_sharing_furnitures_words_in_chinese_korean_and_hindi_is_the_storys(text):
    assert line_furniture(text) is None


def test_a_hindi_label_with_its_vowel_signs_is_compared_whole():
    assert related_label("ये भी पढ़ें:")
    assert furniture_vocabulary.label_key("ये भी पढ़ें:") == "ये भी पढ़ें"


def test_a_hindi_phrase_is_no_whole_word_of_a_longer_word_that_only_adds_a_vowel_sign():
    whole = re.compile(furniture_vocabulary.WORD_START + "लेख" + furniture_vocabulary.WORD_END)
    assert whole.search("यह लेख छोटा है")
    assert not whole.search("लेखा परीक्षा")  # "account", not "article"


def test_a_language_without_an_entry_in_a_table_matches_nothing_rather_than_everything():
    # Hindi has views and whose views, and no clause that is a disclaimer by itself in every table: a plain
    # sentence of reporting must not match an empty pattern.
    assert line_furniture("कलेक्टर ने सभी स्कूलों में भोजन की जांच के आदेश दिए हैं।") is None


def _passages(text: str) -> list[str]:
    return [text[start:end] for start, end in ingest.split_passages(text)]


def test_a_broadcasters_cue_line_stays_with_the_paragraph_it_heads():
    text = (
        "<앵커 멘트>\n"
        "오늘 새벽 동남시 외곽 창고에서 불이 나 소방대원들이 세 시간 만에 불길을 잡았습니다.\n"
        "<인터뷰> 박정호/인근 주민\n"
        "\"창문 밖이 온통 빨갰어요. 연기 때문에 숨을 쉴 수가 없었습니다.\"\n"
        "소방당국은 전기 합선으로 불이 났을 가능성을 살펴보고 있습니다.\n"
    )
    assert _passages(text) == [
        "<앵커 멘트>\n오늘 새벽 동남시 외곽 창고에서 불이 나 소방대원들이 세 시간 만에 불길을 잡았습니다.",
        "<인터뷰> 박정호/인근 주민\n\"창문 밖이 온통 빨갰어요. 연기 때문에 숨을 쉴 수가 없었습니다.\"",
        "소방당국은 전기 합선으로 불이 났을 가능성을 살펴보고 있습니다.",
    ]


def test_a_chinese_sound_bite_cue_stays_with_the_speech_below_it():
    text = (
        "（同期）\n"
        "我们已经把所有样品送检，结果出来后会第一时间向家长公布，请大家放心。\n"
        "记者了解到，涉事学校下周一将恢复上课，午餐改由学校食堂自己做。\n"
    )
    assert _passages(text)[0].startswith("（同期）\n我们已经")


def test_a_bracketed_label_above_a_line_that_is_no_paragraph_stays_apart():
    # A picture's label and its caption are no script: the block holds a paragraph, and the caption is no prose.
    text = (
        "[사진]\n"
        "불에 탄 창고\n"
        "오늘 새벽 동남시 외곽 창고에서 불이 나 소방대원들이 세 시간 만에 불길을 잡았습니다.\n"
    )
    assert _passages(text) == [
        "[사진]", "불에 탄 창고", "오늘 새벽 동남시 외곽 창고에서 불이 나 소방대원들이 세 시간 만에 불길을 잡았습니다.",
    ]


def test_a_bracketed_sentence_opening_a_block_is_no_cue():
    text = (
        "(This story has been corrected.)\n"
        "The council voted on Tuesday to close the library for two years while the roof is repaired.\n"
    )
    assert len(_passages(text)) == 2


def test_a_hindi_line_is_counted_in_whole_words_so_a_short_headline_is_no_prose():
    # Eight words; read without their vowel signs they were fifteen, and the block of links under a label fell
    # apart into lines.
    assert not ingest.is_prose("सरकारी स्कूलों में शौचालय हैं, पानी कहाँ है?")
    text = "इस विषय पर और लेख\nआँगनबाड़ी का अंडा और बजट की राजनीति\nसरकारी स्कूलों में शौचालय हैं, पानी कहाँ है?\n"
    assert len(_passages(text)) == 1
