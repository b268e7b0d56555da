"""Burmese text on import: a text in the Myanmar script is read as Burmese, a page's date written with a Burmese
month ("၂၀၂၆ ခုနှစ် ဧပြီလ ၃ ရက်", "ဧပြီလ ၃၊ ၂၀၂၆") in Myanmar digits or others, its headline under a masthead, and
its furniture lines. Every text here is invented for the test."""

import datetime as dt

import pytest

from newsdesk.alignment import furniture
from newsdesk.importing.furniture_lines import line_furniture
from newsdesk.importing.headline import headline
from newsdesk.importing.languages import language_of
from newsdesk.importing.page_dates import page_date

TODAY = dt.date(2026, 12, 20)
BODY = ("ရွှေတောင်မြို့ရှိ တံတားဟောင်းကို ယမန်နေ့က ပိတ်လိုက်ပြီး ယာဉ်များ ရှစ်မိုင်ခန့် ကွေ့ပတ်သွားရသည်ဟု "
        "မြို့နယ်အုပ်ချုပ်ရေးမှူးက ပြောကြားသည်။ တံတားကို ပြန်လည်ပြုပြင်ရန် သုံးလခန့် ကြာမည်ဖြစ်သည်။\n\n"
        "\"ကလေးတွေ ကျောင်းသွားဖို့ ခက်သွားပြီ\" ဟု ဒေသခံ ဒေါ်စန်းစန်းက ဆိုသည်။\n")


def test_a_text_in_the_myanmar_script_is_burmese():
    assert language_of(BODY) == "my"
    assert language_of("ရွှေတောင်မြို့ တံတားပိတ်၊ ယာဉ်များ ကွေ့ပတ်သွားရ") == "my"


@pytest.mark.parametrize("top, expected", [
    (("ရွှေတောင် တံတားပိတ်", "၂၀၂၆ ခုနှစ် ဧပြီလ ၃ ရက် | နံနက် ၉:၁၅"), dt.date(2026, 4, 3)),
    (("ရွှေတောင် တံတားပိတ်", "သတင်းထောက် - စန်းစန်း | 2026 ခုနှစ် ဇူလိုင်လ 21 ရက်"), dt.date(2026, 7, 21)),
    (("ရွှေတောင် တံတားပိတ်", "ရွှေတောင်သတင်း | ဧပြီလ ၃၊ ၂၀၂၆ | ၁၄:၀၅"), dt.date(2026, 4, 3)),
    (("ရွှေတောင် တံတားပိတ်", "၂၀၂၅ ခုနှစ်၊ ဒီဇင်ဘာလ ၂၉ ရက်၊ တနင်္လာနေ့"), dt.date(2025, 12, 29)),
])
def test_a_page_date_with_a_burmese_month(top, expected):
    assert page_date("\n".join(top) + "\n\n" + BODY, today=TODAY) == expected


def test_a_burmese_headline_under_its_outlets_masthead_and_menu():
    page = ("ရွှေတောင်သတင်း\nပင်မစာမျက်နှာ | ပြည်တွင်း | နိုင်ငံတကာ | အားကစား\n\nပြည်တွင်းသတင်း\n\n"
            "ရွှေတောင် တံတားဟောင်း ပိတ်၊ ယာဉ်များ ရှစ်မိုင် ကွေ့ပတ်\n\n၂၀၂၆ ခုနှစ် ဧပြီလ ၃ ရက်\n\n" + BODY)
    assert headline(page) == "ရွှေတောင် တံတားဟောင်း ပိတ်၊ ယာဉ်များ ရှစ်မိုင် ကွေ့ပတ်"


def test_a_burmese_headline_under_a_weeklys_volume_and_issue():
    page = ("ရွှေတောင် ဂျာနယ်\nအပတ်စဉ်ထုတ် ဒေသဂျာနယ်\n\nအတွဲ ၁၂၊ အမှတ် ၄\n\n"
            "တံတားဟောင်း ပိတ်ပြီးနောက် - ရွာသားများ၏ ခရီး\n\nရေးသားသူ - စန်းစန်း | ၂၀၂၆ ခုနှစ် ဧပြီလ ၃ ရက်\n\n"
            "တံတားပိတ်ခဲ့ပုံ\n\n" + BODY)
    assert headline(page) == "တံတားဟောင်း ပိတ်ပြီးနောက် - ရွာသားများ၏ ခရီး"


def test_a_burmese_photo_credit_behind_a_dash_is_furniture():
    judged = line_furniture("ဓာတ်ပုံ - ပိတ်ထားသော တံတားဟောင်း (ရွှေတောင်သတင်း)")
    assert judged is not None and judged[0] == "credit"


@pytest.mark.parametrize("line", [
    "ကြော်ငြာ",
    "မျှဝေရန် Facebook | Telegram | လင့်ခ်ကူးရန်",
    "ဆက်စပ်သတင်းများ",
    "လူဖတ်အများဆုံး",
    "မှတ်ချက်များ (၁၂)",
    "ရေးသားသူ - စန်းစန်း",
    "© ၂၀၂၆ ရွှေတောင်သတင်း။ မူပိုင်ခွင့် အားလုံး ရယူထားသည်။",
])
def test_burmese_page_furniture_is_told_by_its_words(line):
    assert line_furniture(line)


@pytest.mark.parametrize("line", [
    "မှတ်ချက်ပေးရန် အကောင့်ဝင်ပါ။",
    "ရွှေတောင်သတင်းကို Facebook တွင် Like လုပ်ပါ။",
])
def test_a_burmese_note_about_the_page_is_furniture(line):
    assert furniture.PAGE_NOTE_REASON in furniture.furniture_reasons(line, language="my")


def test_a_burmese_note_that_the_views_are_the_writers_is_a_disclaimer():
    judged = line_furniture("ဤဆောင်းပါးပါ အမြင်များသည် စာရေးသူ၏ ကိုယ်ပိုင်အမြင်များ ဖြစ်ပါသည်။")
    assert judged is not None and judged[0] == "disclaimer"


def test_a_burmese_sentence_of_the_story_is_no_furniture():
    assert not furniture.furniture_reasons(BODY.split("\n\n")[0], language="my")


def test_a_burmese_writers_note_at_the_end_of_a_column_is_furniture():
    note = "ဒေါက်တာ စန်းစန်းသည် မြို့ပြစီမံကိန်း ပညာရှင်တစ်ဦး ဖြစ်ပြီး တက္ကသိုလ်တွင် သင်ကြားနေသူ ဖြစ်သည်။"
    judged = line_furniture(note)
    assert judged is not None and judged[0] == "contributor_bio"


@pytest.mark.parametrize("line", [
    # a person in the news, brought in by what befell them: a firefighter is no writer's job
    "ကိုနေလင်းသည် မီးသတ်သမားတစ်ဦး ဖြစ်ပြီး မီးငြှိမ်းသတ်စဉ် လက်မောင်းတွင် ဒဏ်ရာရခဲ့သည်။",
    # an expert in the news, whose words are reported
    "ဒေါက်တာ စန်းစန်းသည် ပညာရှင်တစ်ဦး ဖြစ်ပြီး ဈေးဟောင်းများ အန္တရာယ်ရှိသည်ဟု ပြောသည်။",
])
def test_a_burmese_sentence_of_the_story_about_a_person_is_no_writers_note(line):
    judged = line_furniture(line)
    assert judged is None or judged[0] != "contributor_bio"
