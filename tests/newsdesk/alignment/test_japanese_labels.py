"""Labels of a story in Japanese: noun phrases cut from its passages, never a clause, a particle or a verb's ending."""

import pytest

from newsdesk.alignment import japanese, labels
from tests.growth import grows_linearly


def phrases_of(text: str) -> list[str]:
    found = japanese.token_spans(text)
    return [phrase for phrase, *_ in japanese.candidate_spans(
        [token for token, _, _ in found], text, [(start, end) for _, start, end in found])]


def test_a_label_is_a_run_of_kanji_and_katakana_or_runs_joined_by_no():
    phrases = phrases_of("市は来月から臨時バスの運行を始め、市民会館を避難所とした。")

    assert "臨時バスの運行" in phrases
    assert "市民会館" in phrases
    assert "避難所" in phrases


@pytest.mark.parametrize("text, wrong", [
    ("市長は「橋は町の生命線だ」と話した。", ("と", "話", "は", "だ")),
    ("港では漁船が岸壁に並んでいる。", ("並", "で", "いる")),
    ("気温が下がり、顕著な寒波となった。", ("下", "顕著")),
])
def test_a_label_never_ends_on_a_particle_or_the_ending_of_a_verb_or_an_adjective(text, wrong):
    phrases = phrases_of(text)

    assert phrases
    assert not any(phrase.endswith(wrong) or phrase.startswith(wrong) for phrase in phrases), phrases
    assert all(phrase in text for phrase in phrases)


def test_a_noun_before_a_form_of_suru_is_a_noun():
    phrases = phrases_of("鉄道会社は16日に運転を再開し、臨時列車を運行する。")

    assert "運転" in phrases and "臨時列車" in phrases and "鉄道会社" in phrases


def test_a_noun_written_in_kanji_and_one_kana_is_kept_whole():
    phrases = phrases_of("山崩れで道路が埋まり、復旧の見通しは立たない。")

    assert "山崩れ" in phrases and "見通し" in phrases
    assert "山崩" not in phrases and "見通" not in phrases
    assert not any(phrase.startswith("埋") for phrase in phrases)


def test_a_kanji_between_two_kana_of_one_word_opens_no_label():
    phrases = phrases_of("予約の取り消しが相次ぎ、受け入れ態勢が揺らぐ。")

    assert not any(phrase.startswith(("消", "入", "態勢")) for phrase in phrases), phrases


def test_figures_stay_whole_with_their_decimals_and_a_list_before_one_unit():
    text = "雨量は215.5ミリに達し、8、9月の宿泊予約約900人分が消えた。"
    tokens = [token for token, _, _ in japanese.token_spans(text)]

    assert "215.5ミリ" in tokens and "8、9月" in tokens
    assert "215.5ミリ" in phrases_of(text)
    assert not any(phrase.endswith(("215", "5")) for phrase in phrases_of(text))


def test_a_run_that_says_when_neither_opens_nor_closes_a_label():
    phrases = phrases_of("20日未明、倉庫で火災が起きた。22日の始発から運転を再開した。")

    assert "火災" in phrases and "始発" in phrases
    assert not any(phrase.startswith(("20日", "22日")) for phrase in phrases), phrases


def test_a_dash_between_two_places_belongs_to_the_run():
    phrases = phrases_of("北川―南浜間は運休が続く。")

    assert "北川―南浜間" in phrases
    assert "北川" not in phrases


@pytest.mark.parametrize("sentence, phrase", [
    ("港湾局によると、岸壁の一部が崩れた。", "港湾局"),
    ("田中一郎市長は「必ず再建する」と述べた。", "田中一郎市長"),
    ("店主の佐藤花子さん（62）は困り果てている。", "佐藤花子"),
])
def test_who_reported_a_passage_or_a_person_named_stands_as_a_source(sentence, phrase):
    found = japanese.token_spans(sentence)
    words, spans = [token for token, _, _ in found], [(start, end) for _, start, end in found]
    sources = {text: japanese.stands_as_source(words, start, end, sentence, spans)
               for text, _, start, end in japanese.candidate_spans(words, sentence, spans)}

    assert sources[phrase] is True
    assert not any(sources[text] for text in sources if not text.endswith(phrase)), sources


def test_a_japanese_topic_is_labelled_with_a_phrase_its_passages_share_not_a_clause():
    texts = ["南浜町で14日、港の防波堤が高波で壊れた。町は防波堤の復旧を急ぐ。",
             "高波で壊れた防波堤の復旧には半年かかる見込みだ。",
             "山本次郎町長は「防波堤の復旧を最優先にする」と話した。",
             "町立図書館は来月、新しい閲覧室を開く。",
             "新しい閲覧室には郷土資料が並ぶ。"]

    result = labels.label_topics(texts, [0, 0, 0, 1, 1], ["a", "b", "c", "a", "b"])

    assert result == {0: "防波堤の復旧", 1: "閲覧室"}


def test_the_name_of_who_spoke_loses_to_what_the_passages_report():
    texts = ["山本次郎町長は「防波堤の復旧を急ぐ」と話した。",
             "山本次郎町長は「防波堤を直す」と述べた。",
             "町立図書館は来月、新しい閲覧室を開く。"]

    result = labels.label_topics(texts, [0, 0, 1], ["a", "b", "a"])

    assert result[0] == "防波堤"


def test_a_story_in_kanji_and_kana_is_read_as_japanese_and_chinese_is_not():
    japanese_texts = ["港の防波堤が壊れた。町は復旧を急ぐ。"]
    chinese_texts = ["港口防波堤被巨浪冲毁，镇政府正在加紧修复。"]

    assert labels.story_script(japanese_texts) == labels.JAPANESE
    assert labels.story_script(chinese_texts) == labels.UNSPACED


def test_a_chinese_topic_keeps_the_opening_of_its_passage_not_a_whole_clause():
    texts = ["港口防波堤被巨浪冲毁，镇政府正在加紧修复。", "新图书馆下月开放，设有阅览室。"]

    result = labels.label_topics(texts, [0, 1], ["a", "b"])

    for topic, text in enumerate(texts):
        opening = result[topic].removesuffix("…")
        assert text.startswith(opening) and len(opening) <= labels.OPENING_CHARACTERS
        assert not labels.CLAUSE_END.search(opening)


def test_the_labels_and_the_attribution_tell_japanese_alike():
    from annotations.suggestions.attribution import japanese as attribution

    texts = [
        "港の防波堤が壊れた。町は復旧を急ぐ。",
        "港口防波堤被巨浪冲毁，镇政府正在加紧修复。",
        # Chinese naming a Japanese shop in katakana: kana, but no hiragana.
        "优衣库（ユニクロ）今天在上海开设了一家新店，店内销售ユニクロ的全部商品，顾客排起长队。",
        "町は13日、霧沢線の運休が続く沿線の住民に向けた説明会を開いた。",
    ]
    for text in texts:
        assert (labels.story_script([text]) == labels.JAPANESE) == attribution.written_in_japanese(text), text
    assert labels.story_script([texts[2]]) == labels.UNSPACED


def test_whether_a_phrase_names_its_source_is_read_in_place_in_a_long_text_without_a_full_stop():

    def every_phrase(text):
        found = japanese.token_spans(text)
        words, spans = [token for token, _, _ in found], [(start, end) for _, start, end in found]
        for end in range(0, len(words), 2):
            japanese.stands_as_source(words, end, end, text, spans)

    # A copy of the rest of the text for each phrase made the work grow with the square of the text's length.
    linear, small, large = grows_linearly(every_phrase, lambda n: "カの" * (n // 2), 25_000)
    assert linear, (small, large)
