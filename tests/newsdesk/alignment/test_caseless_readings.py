"""The readings of scripts without capitals: Chinese, Thai and Burmese share one base that finds no run of capitals,
no phrase of names alone and no label opening a line, since their candidates are not told by tokens; Hindi and
Tamil share the capitals' part of it. Every text here is invented."""

import pytest

from newsdesk.alignment import labels

CHINESE = ["河湾镇昨日暴雨，三百户房屋被淹。", "河湾镇暴雨导致三百户房屋被淹，救援队连夜转移居民。"]
THAI = ["ฝนตกหนักที่เมืองริมน้ำ บ้านสามร้อยหลังถูกน้ำท่วม", "บ้านสามร้อยหลังในเมืองริมน้ำถูกน้ำท่วมหลังฝนตกหนัก"]
BURMESE = ["မင်းကျင်မြို့တွင် ရေကြီးမှုကြောင့် အိမ်ခြေ ၃၀၀ ရေမြုပ်ခဲ့သည်။", "ရေကြီးမှုကြောင့် အိမ်များ ရေမြုပ်နေကြောင်း ပြောသည်။"]
# A line in Latin capitals behind a label's colon: what the reading of a cased script takes for both.
LABEL_LINE = "ANA KOSTIC: ok"
SPANS = [(0, 3), (4, 10), (10, 11), (12, 14)]


@pytest.mark.parametrize("texts, reading", [(CHINESE, labels.ChineseReading), (THAI, labels.ThaiReading),
                                            (BURMESE, labels.BurmeseReading)])
def test_scripts_written_without_spaces_share_one_reading_without_capitals_names_or_line_labels(texts, reading):
    read = labels.reading_of(texts)

    assert isinstance(read, reading) and isinstance(read, labels.UnspacedReading)
    assert labels.Reading().in_capitals(LABEL_LINE, SPANS, 0, 1)
    assert labels.Reading().in_line_label(LABEL_LINE, SPANS, 0, 1)
    assert not read.in_capitals(LABEL_LINE, SPANS, 0, 1)
    assert not read.in_line_label(LABEL_LINE, SPANS, 0, 1)
    assert not read.only_names(["Ana", "Kostic", ":"], 0, 1, [False, False, False])


def test_hindi_and_tamil_share_the_reading_without_capitals_but_still_tell_a_line_label():
    assert issubclass(labels.HindiReading, labels.CaselessReading)
    assert issubclass(labels.TamilReading, labels.CaselessReading)
    assert not issubclass(labels.HindiReading, labels.UnspacedReading)
