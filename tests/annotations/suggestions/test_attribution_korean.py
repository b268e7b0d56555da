"""Attribution in Korean: the verb of saying after a quotation and its quotative, its speaker the sentence's topic
(a description before a name, a clause before it); how the words were said; a clause in "-다고" before a verb of
saying; a verb of judging; "-다며"; "에 따르면"; hearsay; a broadcaster's labels; a headline's source before a
quotation; the near misses (a verb of saying with no words reported, "따르면" after no "에", an adnominal "-는" that
is no topic); and the story's own gold. Every sentence here is invented."""

import pytest

from annotations.suggestions import suggest
from annotations.suggestions.attribution import korean
from annotations.suggestions.attribution.languages import reader_of
from annotations.suggestions.base import split_lines
from tests.annotations.suggestions.attribution_story_gold_ko import GOLD
from tests.annotations.suggestions.story_cues import story_score

# Sentences before the one under test, so that the article is told to be Korean.
LEAD = "강변 다리가 어제 오후부터 전면 통제됐다. 주민들은 하류의 새 다리로 돌아가야 한다. "


def found(sentence):
    text = LEAD + sentence
    return [(text[s.start : s.end], s.source) for s in suggest(text, tag="attribution") if s.start >= len(LEAD)]


@pytest.mark.parametrize("sentence, cues", [
    ('김민수 강변구청장은 "다음 달 안에 보수를 마치겠다"고 말했다.', [("말했다", "김민수 강변구청장")]),
    ('다리 옆에서 30년째 식당을 하는 한 주민은 "이런 일은 처음"이라고 혀를 찼다.',
     [("혀를 찼다", "다리 옆에서 30년째 식당을 하는 한 주민")]),
    ('구청 관계자는 "안전 점검이 끝나야 한다"며 "개통 시기는 아직 모른다"고 했다.', [("했다", "구청 관계자")]),
    ("구청은 다음 주부터 임시 버스를 운행하겠다고 밝혔다.", [("밝혔다", "구청")]),
    ("전문가들은 교각 아래 흙이 쓸려 나갔을 가능성을 제기했다.", [("제기했다", "전문가들")]),
    ("상인들은 손님이 절반으로 줄었다며 대책을 요구했다.", [("줄었다며", "상인들")]),
    ("16일 강변소방서에 따르면 부상자는 없었다.", [("강변소방서에 따르면", "강변소방서")]),
    ("교각 두 곳에 금이 간 것으로 알려졌다.", [("것으로 알려졌다", "")]),
])
def test_a_korean_cue_and_its_source(sentence, cues):
    assert found(sentence) == cues


@pytest.mark.parametrize("sentence", [
    "구청장은 오후에 현장을 찾아 주민들과 이야기를 나눴다.",  # no words reported
    "버스는 노선에 따르면서 정류장을 바꿨다.",  # "따르면서": following, no "에 따르면"
    "다리를 건너는 차량은 하루 2만 대에 이른다.",  # "건너는": an adnominal, no topic, no verb of saying
])
def test_a_korean_sentence_that_reports_no_words_has_no_cue(sentence):
    assert found(sentence) == []


def test_a_broadcasters_labels_name_the_speaker():
    text = LEAD + (
        "\n\n다리 옆 아파트 주민들은 밤새 불안에 떨었습니다. 일부 주민은 친척 집으로 몸을 피했습니다."
        "\n\n<인터뷰> 이정희/인근 주민\n\"쾅 하는 소리가 나더니 창문이 흔들렸어요. 밤새 한숨도 못 잤고, 애들이 제일 "
        "무서워해요.\""
        "\n\n구청은 지난달에도 다리에서 균열 민원을 받았지만 표면 보수만 했습니다."
        "\n\n<녹취> 구청 관계자(음성변조)\n\"당시에는 큰 문제가 아니라고 판단했고요. 정밀 점검까지는... 예산 "
        "문제도 있고 해서요.\""
    )
    cues = [(text[s.start : s.end], s.source) for s in suggest(text, tag="attribution")]
    assert cues == [("<인터뷰> 이정희/인근 주민", "이정희"), ("<녹취> 구청 관계자(음성변조)", "구청 관계자")]


def test_a_headlines_source_before_its_quotation():
    text = "강변 다리 통제…구청 \"다음 달 개통\"\n\n" + LEAD
    cues = [(text[s.start : s.end], s.source) for s in suggest(text, tag="attribution")]
    assert ("구청", "구청") in cues


def test_the_reader_is_korean_and_stays_with_it():
    assert reader_of(split_lines(LEAD)) is korean.suggest_in_line
    assert reader_of(split_lines("The river bridge was closed yesterday. Residents must go round by the new bridge."
                                 )) is None


def test_the_korean_story_against_its_gold():
    result = story_score("eunpo-ttangkkeojim", GOLD)
    assert result.recall >= 0.95 and result.precision >= 0.95
