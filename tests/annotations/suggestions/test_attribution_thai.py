"""Attribution in Thai: a verb of saying before "ว่า", written onto its source or after a name and a role, how it
was said between them, the speaker named after a quotation, "ตามข้อมูลของ", a television page's interview label;
the near misses (a term in quotation marks, a verb of saying inside a quotation, what an earlier source said, "ผู้ว่า"
the governor that holds "ว่า"); and the story's own gold. Every sentence here is invented."""

import pytest

from annotations.suggestions import suggest
from annotations.suggestions.attribution import thai
from annotations.suggestions.attribution.languages import reader_of
from annotations.suggestions.base import split_lines
from tests.annotations.suggestions.attribution_story_gold_th import GOLD
from tests.annotations.suggestions.story_cues import story_score

# Sentences before the one under test, so that the article is told to be Thai.
LEAD = ("สะพานข้ามแม่น้ำในตัวเมืองถูกปิดตั้งแต่เมื่อวานนี้ ชาวบ้านต้องขับรถอ้อมไปใช้สะพานใหม่ที่อยู่ห่างออกไปหลายกิโลเมตร "
        "และการจราจรในตัวเมืองติดขัดอย่างหนัก\n\n")


def found(sentence):
    text = LEAD + sentence
    return [(text[s.start : s.end], s.source) for s in suggest(text, tag="attribution") if s.start >= len(LEAD)]


@pytest.mark.parametrize("sentence, cues", [
    ("นายสมชาย ใจกล้า นายกเทศมนตรี กล่าวว่า สะพานจะเปิดใช้อีกครั้งในเดือนหน้า หลังจากซ่อมเสาตอม่อเสร็จ",
     [("นายสมชาย ใจกล้า นายกเทศมนตรี กล่าวว่า", "นายสมชาย ใจกล้า")]),
    ("วิศวกรระบุว่ารอยร้าวเกิดจากน้ำกัดเซาะฐานรากมานานหลายปี", [("วิศวกรระบุว่า", "วิศวกร")]),
    ("ป้าสำรวย แม่ค้าขายผัก เล่าด้วยเสียงสั่นว่า ได้ยินเสียงดังมากตอนตีห้า",
     [("ป้าสำรวย แม่ค้าขายผัก เล่าด้วยเสียงสั่นว่า", "ป้าสำรวย แม่ค้าขายผัก")]),
    ("“เราจะตรวจสอบสะพานทุกแห่งในจังหวัดให้เสร็จภายในสิ้นเดือนนี้” นายสมชายกล่าว",
     [("นายสมชายกล่าว", "นายสมชาย")]),
    ("ตามข้อมูลของกรมทางหลวง สะพานแห่งนี้สร้างเมื่อปี 2520", [("ตามข้อมูลของกรมทางหลวง", "กรมทางหลวง")]),
    ("“ผมไม่เคยคิดว่าสะพานจะพังได้ มันอยู่มาตั้งแต่ผมยังเด็ก” ผู้ว่าราชการจังหวัดกล่าว",
     [("ผู้ว่าราชการจังหวัดกล่าว", "ผู้ว่าราชการจังหวัด")]),
])
def test_a_thai_cue_and_its_source(sentence, cues):
    assert found(sentence) == cues


@pytest.mark.parametrize("sentence", [
    "ถ้าเราเรียกเรื่องนี้ว่า “สะพานถล่ม” ก็เท่ากับเล่าไม่หมด เพราะสะพานยังไม่ได้พังลงมาทั้งหมด",  # a term in quotes
    "“ลุงบอกว่าอย่าเดินข้ามสะพานตอนกลางคืน” เป็นคำเตือนที่เด็กๆ ในหมู่บ้านได้ยินกันมานานหลายปีแล้ว",  # inside a quotation
    "ถ้าเราเล่าเรื่องนี้เพียงว่าสะพานเก่า ก็เท่ากับมองข้ามการก่อสร้างที่อยู่ข้างสะพาน",  # a condition: if we told
    "คลิปจากกล้องวงจรปิดเผยให้เห็นรถบรรทุกวิ่งผ่านสะพานก่อนเกิดเหตุเพียงไม่กี่นาที",  # "เผยให้เห็น": shows
])
def test_a_thai_sentence_that_reports_no_words_has_no_cue(sentence):
    assert found(sentence) == []


def test_what_an_earlier_source_said_is_no_cue_of_its_own():
    sentence = "นางสมศรี ใจดี ชาวบ้าน กล่าวว่า ลูกชายโทรมาบอกว่าสะพานสั่นมากตั้งแต่เมื่อคืน"
    assert found(sentence) == [("นางสมศรี ใจดี ชาวบ้าน กล่าวว่า", "นางสมศรี ใจดี")]


def test_an_interview_label_names_its_speaker():
    text = LEAD + ("[สัมภาษณ์] นายวิชัย ทองดี ผู้ใหญ่บ้าน\n“ผมอยู่ที่นี่มาทั้งชีวิต ไม่เคยเห็นสะพานเป็นแบบนี้ "
                   "ขอให้ทางจังหวัดรีบซ่อมให้เร็วที่สุด”")
    cues = [(text[s.start : s.end], s.source) for s in suggest(text, tag="attribution")]
    assert cues == [("[สัมภาษณ์] นายวิชัย ทองดี ผู้ใหญ่บ้าน", "นายวิชัย ทองดี")]


def test_the_reader_is_thai_and_stays_with_it():
    assert reader_of(split_lines(LEAD)) is thai.suggest_in_line
    assert reader_of(split_lines("The bridge over the river was closed yesterday. Residents drive a long way round."
                                 )) is None


def test_the_thai_story_against_its_gold():
    result = story_score("huaiphanoen-chang-pa", GOLD)
    assert result.recall >= 0.95 and result.precision >= 0.95
