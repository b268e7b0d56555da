"""Attribution in Persian: the source opening the clause of its verb of saying (set off by commas with its title,
before a preposition, "که" or a word of topic), "به گفته X" and the like, a pronoun's cue without a source. Every
text here is invented."""

import pytest

from annotations.suggestions import suggest
from annotations.suggestions.attribution import persian
from annotations.suggestions.base import split_lines


def cues_in(text):
    line = split_lines(text)[0]
    return [(text[s.start : s.end], s.source) for s in persian.suggest_in_line(line)]


@pytest.mark.parametrize(
    "sentence, cues",
    [
        ("مریم صالحی، مدیر بیمارستان، در نشست خبری گفت: «تخت خالی نداریم.»", [("گفت", "مریم صالحی")]),
        ("به گفته آتش‌نشانان، آتش تا نیمه‌شب مهار شد.", [("به گفته آتش‌نشانان", "آتش‌نشانان")]),
        ("به گفته او این جاده فردا باز می‌شود.", [("به گفته او", "")]),
        ("شهردار در جلسه شورا از تعطیلی بازار خبر داد.", [("خبر داد", "شهردار")]),
        ("وی افزود: «پل تا بهار تعمیر می‌شود.»", [("وی افزود", "")]),
        ("باران تمام نشده و ماهیگیران می‌گویند قایق‌ها آسیب دیده‌اند.", [("می‌گویند", "ماهیگیران")]),
        (
            "رضا کاظمی که ۲۰ سال در این بندر کار کرده با خنده می‌گوید: «دریا آرام است.»",
            [("می‌گوید", "رضا کاظمی")],
        ),
        ("بر اساس اعلام هواشناسی، دما کاهش می‌یابد.", [("بر اساس اعلام هواشناسی", "هواشناسی")]),
    ],
)
def test_a_persian_cue_and_its_source(sentence, cues):
    assert cues_in(sentence) == cues


@pytest.mark.parametrize(
    "sentence",
    [
        "به گزارش خبرنگار ما، جاده کوهستانی بسته شد.",  # the outlet's own reporter: its narration
        "آمارها چه می‌گویند؟",  # what do the figures say: a question
        "کارگران کار را ادامه دادند.",  # went on working: no words said
        "گفت‌وگوی دو وزیر سه ساعت طول کشید.",  # a conversation, no verb of saying
        "او این خانه را خرید.",  # "را" with no verb of holding
    ],
)
def test_a_persian_sentence_that_reports_no_words_has_no_cue(sentence):
    assert cues_in(sentence) == []


def test_a_persian_article_gets_attribution_suggestions():
    text = (
        "سیل در روستای سبزدره\n\n"
        "باران شدید شب گذشته خانه‌های روستای سبزدره را زیر آب برد و راه روستا بسته شد. امدادگران از صبح در "
        "محل هستند.\n\n"
        "احمد نوری، فرماندار شهرستان، گفت که همه اهالی به مدرسه منتقل شده‌اند. به گفته اهالی، آب تا نیمه دیوارها "
        "بالا آمد."
    )
    found = [(text[s.start : s.end], s.source) for s in suggest(text) if s.tag == "attribution"]
    assert ("گفت", "احمد نوری") in found
    assert ("به گفته اهالی", "اهالی") in found
