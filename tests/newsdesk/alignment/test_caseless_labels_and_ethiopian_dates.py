"""In a script without capitals, a speaker's label is told from a clause before a colon by its words, and an Amharic
date's year by the month written before it."""

from newsdesk.alignment import clustering
from newsdesk.alignment.clustering import PassageText
from newsdesk.alignment.story_suggestion import date_years


def _passages(texts: list[str]) -> list[PassageText]:
    return [PassageText(key=number, article="a", index=number, text=text) for number, text in enumerate(texts)]


def test_a_chinese_he_said_repeated_before_a_colon_is_no_label_of_the_article_s_form():
    texts = ["他说：“河堤去年就出现了裂缝。”", "他说：“我们早就向镇里反映过。”",
             "记者：镇里怎么答复的？", "周海生：一直没有答复。", "记者：你们下一步打算怎么办？", "周海生：继续反映。"]

    assert clustering.repeated_labels(_passages(texts), "zh") == {repr("a"): {"记者", "周海生"}}
    assert clustering.without_labels("他说：“河堤去年就出现了裂缝。”") == "他说：“河堤去年就出现了裂缝。”"


def test_a_chinese_clause_before_a_colon_is_no_label():
    clause = "记者从县水利局了解到：河堤将在下月修复。"
    assert clustering.without_labels(clause) == clause
    assert clustering.without_labels("主持人：河堤什么时候修好？") == "河堤什么时候修好？"


def test_an_amharic_line_led_by_a_verb_of_saying_before_the_colon_keeps_its_words():
    assert clustering.without_labels("ኃላፊው ገልጸዋል፦ መንገዱ በሳምንት ይከፈታል።") == "ኃላፊው ገልጸዋል፦ መንገዱ በሳምንት ይከፈታል።"
    assert clustering.without_labels("ጋዜጠኛ፦ መንገዱ መቼ ይከፈታል?") == "መንገዱ መቼ ይከፈታል?"


def test_an_amharic_number_with_a_slash_and_a_year_is_no_date():
    assert date_years("በደንብ ቁጥር 12/2016 መሠረት ክፍያው ተፈቅዷል።") == frozenset()


def test_an_amharic_month_a_day_a_slash_and_a_year_is_a_date():
    assert date_years("ሰኔ 3/2017 (ዜና) የከተማው ምክር ቤት ተሰብስቧል።") == {"2017"}
    assert date_years("ምክር ቤቱ በሰኔ 3/2017 ተሰብስቧል።") == {"2017"}
