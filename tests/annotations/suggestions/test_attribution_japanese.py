"""Attribution in Japanese: the cue and its source, the near misses that share their words, offsets in code points
with characters beyond the first plane around, and how an article in Japanese is told."""

import pytest

from annotations.suggestions import suggest
from annotations.suggestions.attribution import japanese
from annotations.suggestions.attribution.languages import reader_of
from annotations.suggestions.base import split_lines

# A sentence before the one under test, so that the article is told to be Japanese.
JAPANESE_LEAD = "市は来年度から水道料金を引き上げる方針を決めた。住民の間では反発も広がっている。"


def found(sentence):
    text = JAPANESE_LEAD + sentence
    return [(text[s.start : s.end], s.source) for s in suggest(text, tag="attribution")
            if s.start >= len(JAPANESE_LEAD)]


@pytest.mark.parametrize("sentence, cues", [
    ("市の担当者によると、値上げ幅は平均で8％になる。", [("市の担当者によると", "市の担当者")]),
    ("気象庁によれば、今週末も雨が続く見込みだ。", [("気象庁によれば", "気象庁")]),
    ("水道局によりますと、工事は来月始まります。", [("水道局によりますと", "水道局")]),
    ("県警の調べでは、男は容疑を認めている。", [("県警の調べでは", "県警")]),
    # the topic of the sentence is the source; the quoted words stand between it and the cue
    ("山田一郎市長は「やむを得ない判断だ」と述べた。", [("と述べた", "山田一郎市長")]),
    ("自治会長の田中花子さん（62）は「負担が重すぎる」と訴えた。", [("と訴えた", "自治会長の田中花子さん")]),
    ("関係者は「市議会の同意は得られる」と話す。", [("と話す", "関係者")]),
    ("水道局は、老朽化した管の更新に約30億円かかると説明した。", [("と説明した", "水道局")]),
    ("会見で市長は、来年度中に見直すとの考えを示した。", [("との考えを示した", "市長")]),
    ("県は値上げを容認する方向だとしている。", [("としている", "県")]),
    ("市長は「検討する」と話し、会見を終えた。", [("と話し", "市長")]),
    # the speaker named between と and the verb is spanned with it
    ("「説明が足りない」と住民の男性は話した。", [("と住民の男性は話した", "住民の男性")]),
    ("「まだ決まっていない」と市の担当者は話していました。", [("と市の担当者は話していました", "市の担当者")]),
    # how the words were said, after words in brackets
    ("商店街の店主は「客足が戻らない」と肩を落とした。", [("と肩を落とした", "商店街の店主")]),
    # a cue inside a quotation is the speaker's: only the cue of the quotation is the outlet's
    ("住民は「市によると来月から上がるらしい」と噂している。", [("と噂している", "住民")]),
    # no speaker in the sentence
    ("「料金は据え置く」と強調した。", [("と強調した", "")]),
    ("市議会では、値上げを認めるべきではないとの声が上がっている。", [("との声が上がっている", "市議会")]),
    ("値上げは避けられないという。", [("という", "")]),
    ("値上げは来年度になるとみられる。", [("とみられる", "")]),
])
def test_a_japanese_cue_and_its_source(sentence, cues):
    assert found(sentence) == cues


@pytest.mark.parametrize("sentence", [
    "市長と話した住民の一人は、納得していない様子だった。",  # talked with the mayor
    "「値上げは困る」と話した女性は、駅前で店を営んでいる。",  # a noun phrase: the woman who said
    "担当者はきちんと説明した。",  # an adverb's と
    "彼はこれから改善しようとしている。",  # is trying to
    "「ひかり号」と観光バスが並んで走る。",  # a name in brackets and "and"
    "市は住民と話し合いを続けている。",
])
def test_a_japanese_near_miss_is_no_cue(sentence):
    assert found(sentence) == []


def test_offsets_count_code_points_past_characters_beyond_the_first_plane():
    text = JAPANESE_LEAD + "🏞️📈 𠮷野家の広報担当者によると、😀𠮷田課長は「𠀋は使わない」と話した。"
    cues = suggest(text, tag="attribution")
    assert [(text[s.start : s.end], s.source) for s in cues] == [
        ("𠮷野家の広報担当者によると", "𠮷野家の広報担当者"), ("と話した", "𠮷田課長"),
    ]
    assert cues[0].start == text.index("𠮷野家") and cues[1].end == text.index("。", cues[1].start)


def test_japanese_is_told_by_its_script_and_read_by_its_own_reader():
    assert reader_of(split_lines(JAPANESE_LEAD)) is japanese.suggest_in_line
    assert not japanese.written_in_japanese("市政府表示，水费将从明年起上涨，居民对此意见不一。")  # Chinese: no kana
    assert not japanese.written_in_japanese("Mayor Yamada (山田市長) said the line would reopen.")
    assert reader_of(split_lines("The council said the fees would rise, according to a report.")) is None


def test_each_stance_noun_is_listed_once():
    nouns = japanese._STANCE.split("(?:", 1)[1].split(")", 1)[0].split("|")

    assert len(nouns) == len(set(nouns)), nouns
