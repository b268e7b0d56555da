"""Claims in scripts without capitals or spaces: Chinese, Japanese, Korean, Hindi, Arabic. Invented sentences."""

from annotations.claims.finding import find_mentions
from annotations.claims.linking import date_conflict, label_for, link_articles
from annotations.claims.normalise import details


def figures(text):
    return [(f.kind, round(f.value, 4), f.hedge) for f in details(text).figures]


def test_chinese_sentences_end_at_their_stops_with_no_space_and_are_measured_by_length():
    text = "青澜县北河镇的自来水厂3日起停止供水，涉及居民约1.8万户。水厂负责人说，恢复时间还要看检修进度。"

    mentions = find_mentions(1, text)

    assert [m.text for m in mentions] == ["青澜县北河镇的自来水厂3日起停止供水，涉及居民约1.8万户。"]
    assert text[mentions[0].start:mentions[0].end] == mentions[0].text


def test_questions_in_other_scripts_are_not_mentions():
    assert find_mentions(1, "北河镇的自来水厂为什么在3日起停止供水？") == []
    assert find_mentions(1, "لماذا أغلقت البلدية ١٢ محلا في السوق القديم منذ الأحد؟") == []


def test_a_hindi_word_keeps_its_vowel_signs_so_a_short_line_is_no_sentence():
    # five words; split at each vowel sign they would be a dozen "words"
    assert find_mentions(1, "गाँव में 40 परिवार प्रभावित।") == []
    assert len(find_mentions(1, "रामगढ़ गाँव में बाढ़ से 40 परिवार प्रभावित हुए हैं।")) == 1


def test_sentences_of_arabic_end_at_a_full_stop_before_a_letter_without_case():
    text = "أغلقت البلدية ١٢ محلا في السوق القديم يوم الأحد. وقال التجار إن الخسائر تجاوزت ٤٠ ألف دينار خلال أسبوع."

    assert len(find_mentions(1, text)) == 2


def test_figures_in_any_digits_are_one_value():
    assert figures("أغلقت البلدية ٢٤٠ محلا في السوق") == figures("أغلقت البلدية 240 محلا في السوق")
    assert figures("गाँव के १२३ परिवार") == figures("गाँव के 123 परिवार") == [("count", 123, "")]
    assert figures("تبلغ كلفته ٦٫٥ ملايين دينار") == [("money:DINAR", 6_500_000, "")]


def test_multipliers_currencies_and_hedges_written_beside_a_chinese_japanese_or_korean_figure():
    assert figures("崩れた土砂は約1万2千立方メートル") == [("count", 12_000, "rounded")]
    assert figures("復旧費は9億円に上る") == [("money:JPY", 900_000_000, "")]
    assert figures("维修总投资2300万元") == [("money:CNY", 23_000_000, "")]
    assert figures("一天4000多份的订单") == [("count", 4000, "bound")]
    assert figures("예비비 3억 원을 들여") == figures("예비비 3억원을 들여") == [("money:KRW", 300_000_000, "")]
    assert figures("깊이 약 11m 구멍") == [("unit:m", 11, "rounded")]


def test_dates_with_calendar_signs_or_month_names():
    assert {"year:2025", "month:october", "day:october-18"} <= details("2025年10月18日，大桥封闭。").dates
    assert {"month:october", "day:october-14"} <= details("10월 14일 오후 도로가 꺼졌다").dates
    assert "day:october-14" in details("सुरमाघाट में 14 अक्टूबर को स्कूल बंद रहा").dates
    assert "day:august-13" in details("أغلق السوق في ١٣ أغسطس").dates
    assert "month:october" in details("يبدأ العمل في تشرين الأول").dates
    assert "weekday:wednesday" in details("10月15日（周三）中午").dates
    assert "weekday:tuesday" in details("स्कूल में मंगलवार को भोजन").dates
    assert "weekday:wednesday" in details("وصباح الأربعاء أغلق التجار محالهم").dates


def test_a_day_of_the_month_written_alone_is_compared_with_other_days():
    shelter_19 = details("19日夜の時点で12世帯21人が体育館に身を寄せている。").dates
    shelter_16 = details("16日朝の時点で、14世帯23人が体育館に避難しています。").dates

    assert date_conflict(shelter_19, shelter_16) == "dom"
    assert date_conflict(details("10月28日发布通告").dates, details("28日发布通告").dates) == ""


def test_datelines_of_other_scripts_are_left_out_of_the_mention():
    [wire] = find_mentions(1, "北河快讯青澜10月28日电（记者　林岸）"
                                 "青澜县水务局28日发布通告称，北河水厂自11月3日起停水。")
    assert wire.text.startswith("青澜县水务局")
    assert "day:october-28" not in wire.details.dates
    [korean] = find_mentions(1, "(청하=새벽통신) 박서윤 기자 = 청하시 북구의 4차로 도로가 꺼져 차량 3대가 빠졌다.")
    assert korean.text.startswith("청하시")
    [arabic] = find_mentions(1, "تل الريحان، ٢ مارس (أفق) – قررت البلدية إغلاق الجسر القديم لمدة ٤٥ يوما للصيانة.")
    assert arabic.text.startswith("قررت") and "month:march" not in arabic.details.dates


def test_a_chinese_fact_links_across_outlets():
    daily = ("青澜县北河大桥将于11月3日起全封闭施工，为期45天。\n\n"
             "今年9月的检测在桥面共发现17处裂缝，其中最长的一处约1.2米。")
    wire = ("北河大桥自11月3日零时起实施全封闭维修，预计封闭45天。\n\n"
            "检测人员在北河大桥桥面共发现裂缝17处，部分伸缩缝已经变形。")

    claims = link_articles([("daily", daily), ("wire", wire)])

    closure = next(c for c in claims if any("11月3日" in m.text for m in c.mentions))
    assert {m.article for m in closure.mentions} == {"daily", "wire"}
    cracks = next(c for c in claims if any("裂缝" in m.text for m in c.mentions))
    assert len(cracks.mentions) == 2
    assert "17" in cracks.reasons[0] and "桥面" in cracks.reasons[0]


def test_a_long_chinese_label_is_cut_at_a_clause_mark():
    sentence = ("青澜县北河镇的自来水厂自11月3日起停止供水，涉及北河、南坪、东岭三个社区约1.8万户居民，"
                "县水务局已调派12辆送水车在各小区轮流供水，并在镇中心小学设置临时取水点。")

    label = label_for(sentence, 60)

    assert label.endswith("…") and len(label) <= 60
    assert label[:-1].endswith("居民")


def test_an_english_sentence_with_a_name_in_another_script_is_read_as_english():
    plain = "Council leader Mara Quillon said on 3 March that the district would spend $4.5 million on three ferries."
    quoting = plain.replace("Mara Quillon", "Mara Quillon (마라 킬론)")

    found, expected = details(quoting), details(plain)

    assert (found.figures, found.dates, found.names) == (expected.figures, expected.dates, expected.names)
    assert "day:march-3" in expected.dates and "quillon" in expected.names


def test_a_stop_inside_a_quotation_in_another_script_does_not_end_an_english_sentence():
    text = "He wrote “我们会修好桥。” on his blog, and the council said on Monday that repairs would cost £2 million."

    mentions = [mention.text for mention in find_mentions("a", text)]

    # Cut where an English sentence is cut (a clause after ", and"), never after the quoted "。".
    assert not any(mention.startswith("on his blog") for mention in mentions)
    assert "and the council said on Monday that repairs would cost £2 million." in mentions
