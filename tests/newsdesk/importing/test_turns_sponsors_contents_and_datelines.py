"""A transcript's turns, a newsletter's sponsor and contents, an Ethiopian Pagume date and a dateline's agency, each
told from sentences of the same shape: written for the project."""

import datetime as dt

import pytest

from newsdesk.importing import ingest, page_dates
from newsdesk.importing.furniture_lines import newsletter_furniture


@pytest.mark.parametrize("text", [
    # A script without capitals: a colon after a few words is a sentence's, whatever its words.
    "王明市长表示：“这次事故本来可以避免，我们一定会追究相关人员的责任。”\n"
    "交通局局长李华说：工厂附近的道路今天下午已经重新开放，车辆可以正常通行。",
    "وقال وزير النقل: إن فرق الإنقاذ وصلت إلى موقع الحادث بعد ساعة واحدة من وقوعه صباح اليوم.\n"
    "وأضاف المتحدث باسم الشرطة: إن التحقيق في أسباب الحادث سيستمر عدة أيام قبل إعلان النتائج.",
    # A kicker in capitals, repeated, names no speaker.
    "UPDATE: Police have closed the road between the two villages until the bridge has been inspected.\n"
    "UPDATE: The council says engineers will report on the state of the bridge by Friday evening.",
])
def test_paragraphs_opening_on_a_label_and_a_colon_are_no_transcript_and_each_is_its_own_passage(text):
    assert len(ingest.split_passages(text)) == 2


def test_a_label_holding_a_stop_of_its_script_is_no_turn():
    assert ingest._turn_label("会议结束后。市长表示：“我们会在下周公布调查的全部结果和处理意见。”") is None


def test_turns_of_two_speakers_in_capitals_still_stay_one_passage():
    text = (
        "JANE ROE: We had no warning at all before the water came up over the road that night.\n"
        "JOHN DOE: The council had been told about the drains for years and did nothing about them.\n"
    )
    assert len(ingest.split_passages(text)) == 1


@pytest.mark.parametrize("line", [
    "Mayor Jane Roe is supported by the Greens, who say your vote will decide the budget.",
    "Harlow Rovers are sponsored by Brennick Motors, and you can see the logo on their shirts.",
    "Today: police charged a man with arson and the school will reopen on Monday.",
    "It was a cold night. Today: the river rose, and the town flooded.",
])
def test_a_sentence_naming_a_supporter_or_opening_on_today_is_no_newsletter_furniture(line):
    assert newsletter_furniture(line) is None


@pytest.mark.parametrize(("line", "rule"), [
    ("Morning Brief is sponsored by Kell Outdoor. Get 20% off waterproofs this week with the code BRIEF.",
     "disclaimer"),
    ("Inside: the flooded fields of Marram, a delayed train and why the ferry is late again.", "furniture_words"),
])
def test_a_sponsors_offer_and_contents_of_noun_phrases_are_still_newsletter_furniture(line, rule):
    assert newsletter_furniture(line)[0] == rule


def test_the_sixth_day_of_pagume_is_a_date_only_in_the_year_before_a_leap_year():
    today = dt.date(2026, 1, 1)
    assert page_dates.page_date("ጳጉሜ 6 ቀን 2017 ዓ.ም.", today) is None
    assert page_dates.page_date("ጳጉሜ 6 ቀን 2015 ዓ.ም.", today) == dt.date(2023, 9, 11)
    assert page_dates.page_date("ጳጉሜ 5 ቀን 2017 ዓ.ም.", today) == dt.date(2025, 9, 10)


def test_a_bracket_a_few_words_into_a_first_paragraph_is_no_datelines_agency():
    text = (
        "Council votes to close the harbour baths\n\n"
        "The mayor (Labour) said the baths would close at the end of the month because repairs cost too much.\n"
        "Swimmers from the harbour club said they would take their protest to the next full council meeting.\n"
    )
    assert page_dates.header(text) == ["Council votes to close the harbour baths", ""]


@pytest.mark.parametrize(("opening", "dateline"), [
    ("ሰሎቤ፣ ኅዳር 23/2018 (አዜአ) በከተማው", "ሰሎቤ፣ ኅዳር 23/2018 (አዜአ)"),
    ("HOLLIN BAY, May 14 (Civic Wire) The", "HOLLIN BAY, May 14 (Civic Wire)"),
    ("LINDENFURT (npa) Die Stadt", "LINDENFURT (npa)"),
    ("Hà Lĩnh, 15/10 (TPN) Sáng", "Hà Lĩnh, 15/10 (TPN)"),
])
def test_a_datelines_agency_in_brackets_after_its_place_or_date_is_read(opening, dateline):
    assert page_dates.dateline_agency(opening) == dateline


def test_a_transcript_whose_speaker_has_a_role_after_a_comma_stays_one_passage_with_its_heading():
    text = (
        "Most přes Lomničku je po týdnu oprav znovu otevřený pro auta i autobusy, oznámila dnes radnice.\n"
        "Záznam reportáže:\n"
        "REDAKTOR: Na mostě se ještě dnes ráno pracovalo. Dělníci dokončovali nové zábradlí a značení.\n"
        "JANA ROUBÍČKOVÁ, prodavačka z Hřebenova: Konečně nemusím jezdit objížďkou, která mi trvala hodinu "
        "navíc, a do práce jsem chodila pozdě.\n"
    )
    passages = ingest.split_passages(text)
    assert len(passages) == 2
    assert text[passages[1][0]:passages[1][1]].startswith("Záznam reportáže:\nREDAKTOR:")
    assert text[passages[1][0]:passages[1][1]].endswith("chodila pozdě.")
