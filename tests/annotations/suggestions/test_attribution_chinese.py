"""Attribution in Chinese: a verb of saying after its subject (ending its clause, or taking the words said right
after it), after a quotation, whom it was told to, what a reporter learned from, "据X介绍" and "据了解", a
television transcript's label and a role before a colon; the near misses (a verb's character inside another word,
"heard X say", an adverb before "表示", a crosshead's colon, a verb inside a quotation); and the story's own gold.
Every sentence here is invented."""

import pytest

from annotations.suggestions import suggest
from annotations.suggestions.attribution import chinese
from annotations.suggestions.attribution.languages import reader_of
from annotations.suggestions.base import split_lines
from tests.annotations.suggestions.attribution_story_gold_zh import GOLD
from tests.annotations.suggestions.story_cues import story_score

# Sentences before the one under test, so that the article is told to be Chinese.
LEAD = "柳河县城东的一座老桥昨天因裂缝封闭。附近的居民只能绕行到下游的新桥过河。"


def found(sentence):
    text = LEAD + sentence
    return [(text[s.start : s.end], s.source) for s in suggest(text, tag="attribution") if s.start >= len(LEAD)]


@pytest.mark.parametrize("sentence, cues", [
    ("县交通局副局长王建国表示，老桥将在下月重新开放。", [("县交通局副局长王建国表示", "县交通局副局长王建国")]),
    ("“桥面上的裂缝越来越宽。”附近的菜农李大姐说。", [("附近的菜农李大姐说", "附近的菜农李大姐")]),
    ("他们说桥早就该修了。", [("他们说", "")]),
    ("一名出租车司机告诉记者，绕行要多花二十分钟。", [("一名出租车司机告诉记者", "一名出租车司机")]),
    ("记者从县政府新闻发布会上获悉，维修费用约三百万元。",
     [("记者从县政府新闻发布会上获悉", "县政府新闻发布会")]),
    ("据县住建局介绍，老桥建于1972年。", [("据县住建局介绍", "县住建局")]),
    ("据了解，下游新桥的车流量增加了一倍。", [("据了解", "")]),
    ("检测报告显示，桥墩存在明显沉降。", [("检测报告显示", "检测报告")]),
    ("不少居民质疑维修工期太长。", [("不少居民质疑", "不少居民")]),
])
def test_a_chinese_cue_and_its_source(sentence, cues):
    assert found(sentence) == cues


@pytest.mark.parametrize("sentence", [
    "这恰恰说明老桥的维护一直不到位。",  # 说明: this shows
    "老人是听邻居说了才知道封桥的。",  # heard the neighbours say it
    "继续绕行即表示接受更长的路程。",  # 即表示: means
    "工人正在桥下介绍新来的同事认识环境。",  # 介绍 with an object: introduces someone
    "“他们说桥很安全”，这句话没有人相信。",  # a verb inside a quotation
])
def test_a_chinese_sentence_that_reports_no_words_has_no_cue(sentence):
    assert found(sentence) == []


def test_labels_before_a_colon_name_the_speaker():
    text = LEAD + ("\n\n（同期）柳河县交通局局长　赵明：我们会尽快完成检测。\n\n■经过：裂缝在上周被发现"
                   "\n\n居民：桥修好之前，我们每天都要多走两公里。")
    cues = [(text[s.start : s.end], s.source) for s in suggest(text, tag="attribution")]
    assert cues == [("（同期）柳河县交通局局长　赵明：", "柳河县交通局局长　赵明"), ("居民：", "居民")]


def test_the_reader_is_chinese_and_stays_with_it():
    assert reader_of(split_lines(LEAD)) is chinese.suggest_in_line
    assert reader_of(split_lines("The old bridge was closed yesterday. Residents must cross at the new bridge."
                                 )) is None


def test_the_chinese_story_against_its_gold():
    result = story_score("shimei-xiaoyuan-zhongdu", GOLD)
    assert result.recall >= 0.95 and result.precision >= 0.95
