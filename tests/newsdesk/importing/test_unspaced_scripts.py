"""Pages in scripts written without spaces between words (Chinese, Japanese, Thai) through the line rules, the
passages of the import and the alignment's furniture: their paragraphs are measured in words, not in runs.

Every text here is invented for the test."""

from annotations.suggestions import suggest
from newsdesk.alignment import furniture
from newsdesk.alignment.clustering import PassageText, align
from newsdesk.importing import ingest
from newsdesk.importing.furniture_lines import line_furniture
from newsdesk.importing.scripts import ends_in_clauses, word_count, words_in
from newsdesk.importing.tokens import tokenize

# Each page: a menu, the headline, a byline, a date line, three paragraphs set apart by single line breaks, and a
# line of share buttons.
CHINESE = [
    "首页 | 新闻 | 国际 | 财经 | 体育",
    "市政府宣布扩建城市公交网络",
    "记者 王小明",
    "2026年3月12日 10:30",
    "市政府周三宣布，将在未来三年内新增十二条公交线路，并更换全部老旧车辆。",
    "交通局负责人表示，新线路将覆盖城东和城南的多个新建住宅区，预计每天可服务约八万名乘客。",
    "部分市民对票价可能上涨表示担忧，但官员称票价在明年之前不会调整。",
    "分享到：微信 微博 QQ",
]
JAPANESE = [
    "ホーム | ニュース | 経済 | スポーツ",
    "市が新しい図書館の建設計画を発表",
    "山田太郎 記者",
    "2026年3月12日 午前10時30分",
    "市は水曜日、駅前に新しい図書館を建設する計画を発表した。",
    "完成は二年後の予定で、約三十万冊の本を収蔵できるという。",
    "一部の住民からは、建設費が高すぎるとの声も上がっている。",
    "この記事をシェアする",
]
# Thai ends its clauses and sentences with a space, not a stop; its date counts years in the Thai solar calendar.
THAI = [
    "หน้าแรก | ข่าว | การเมือง | กีฬา",
    "รัฐบาลเปิดโครงการรถไฟสายใหม่เชื่อมสามจังหวัด",
    "โดย สมชาย ใจดี",
    "12/03/2569 10:30",
    "กระทรวงคมนาคมประกาศเมื่อวันพุธว่าจะเริ่มก่อสร้างทางรถไฟสายใหม่ในปีหน้า โครงการนี้จะเชื่อมสามจังหวัดทางภาคเหนือเข้าด้วยกัน",
    "เจ้าหน้าที่กล่าวว่าการเดินทางระหว่างเมืองจะใช้เวลาสั้นลงเกือบครึ่งหนึ่ง ประชาชนในพื้นที่ส่วนใหญ่สนับสนุนโครงการนี้",
    "อย่างไรก็ตามนักวิชาการบางคนเตือนว่างบประมาณอาจสูงกว่าที่คาดไว้มาก รัฐบาลยังไม่ได้ชี้แจงเรื่องนี้",
    "แชร์ Facebook Twitter LINE",
]
PAGES = {"Chinese": CHINESE, "Japanese": JAPANESE, "Thai": THAI}
BODY = slice(4, 7)
FURNITURE = (0, 2, 3, 7)  # the menu, the byline, the date line and the share line


def boilerplate_of(page):
    text = "\n".join(page)
    return {text[s.start : s.end] for s in suggest(text, tag="boilerplate")}


def test_a_run_of_an_unspaced_script_counts_the_words_its_length_holds():
    for page in PAGES.values():
        for paragraph in page[BODY]:
            assert word_count(paragraph) >= 10, paragraph
            assert words_in(tokenize(paragraph)) >= 10, paragraph
        menu_items = [item.strip() for item in page[0].split("|")]
        assert all(word_count(item) <= 2 for item in menu_items), menu_items


def test_words_of_spaced_scripts_are_counted_one_each():
    line = "The council's plan, costing 1,800 pounds, was approved by 12 votes."
    words = [t for t in tokenize(line) if any(c.isalnum() for c in t.text)]

    assert words_in(words) == len(words)
    assert word_count(line) == len(line.split())


def test_a_line_of_thai_clauses_ends_like_a_sentence_and_a_row_of_thai_items_does_not():
    assert all(ends_in_clauses(paragraph) for paragraph in THAI[BODY])
    assert not ends_in_clauses("หน้าแรก ข่าว การเมือง กีฬา บันเทิง")  # a menu set apart by single spaces
    assert not ends_in_clauses(THAI[2])  # the byline
    assert not ends_in_clauses(THAI[1])  # the headline: a single run
    assert not ends_in_clauses(CHINESE[4])


def test_paragraphs_of_unspaced_scripts_are_not_suggested_as_boilerplate():
    for name, page in PAGES.items():
        flagged = boilerplate_of(page)
        assert not flagged.intersection(page[BODY]), name
        assert page[1] not in flagged, name  # the headline


def test_the_menu_byline_date_and_share_lines_of_unspaced_scripts_are_still_boilerplate():
    for name, page in PAGES.items():
        flagged = boilerplate_of(page)
        assert {page[n] for n in FURNITURE} <= flagged, (name, {page[n] for n in FURNITURE} - flagged)


def test_dates_in_chinese_units_and_in_the_thai_calendar_are_time_stamps():
    for line in (CHINESE[3], JAPANESE[3], "2026年3月12日", THAI[3]):
        assert line_furniture(line)[0] == "timestamp", line
    assert line_furniture("2026年，共有3个月的时间用于施工。") is None


def test_paragraphs_set_apart_by_single_line_breaks_are_one_passage_each():
    for name, page in PAGES.items():
        canonical = ingest.from_text("\n".join(page))

        passages = [canonical.text[s:e] for s, e in canonical.passages]

        for paragraph in page[BODY]:
            assert paragraph in passages, name


def test_the_alignment_keeps_unspaced_paragraphs_and_sets_their_furniture_aside():
    for name, page in PAGES.items():
        for paragraph in page[BODY]:
            assert furniture.furniture_reasons(paragraph) == [], (name, paragraph)
            assert furniture.is_prose(paragraph), (name, paragraph)
        assert furniture.furniture_reasons(page[0]), name  # the menu
        assert furniture.furniture_reasons(page[2]), name  # the byline


def test_a_chinese_story_in_three_articles_aligns_without_setting_its_paragraphs_aside():
    articles = [
        CHINESE[4:7],
        ["交通局周三表示，全市将新增十二条公交线路，旧车辆也会在三年内全部更换。",
         "新线路主要服务城东和城南的新建住宅区，官员估计每天乘客可达八万人次。",
         "有市民担心票价上涨，官员回应说明年之前票价保持不变。"],
        ["扩建计划公布后，城南住宅区的居民普遍表示欢迎，认为出行将更加方便。",
         "市政府称十二条新线路将在三年内陆续开通，老旧车辆同时淘汰。",
         "对于票价问题，官员强调明年以前不会调整，但之后将重新评估。"],
    ]
    passages = [
        PassageText((article, index), article, index, ingest.normalise(text))
        for article, texts in enumerate(articles) for index, text in enumerate(texts)
    ]

    alignment = align(passages)

    assert alignment.furniture == []
    assert [topic for topic in alignment.topics if topic.label != "Other passages"]


# Korean writes spaces between its words (a run of syllables between two spaces is one word), unlike Chinese.
KOREAN_PARAGRAPH = "서울시는 월요일 지하철 요금을 다음 달부터 200원 올린다고 발표했다."
KOREAN_MENU = "홈 | 정치 | 경제 | 사회"


def test_korean_words_are_counted_between_spaces_not_by_syllable():
    from newsdesk.alignment import furniture as alignment_furniture
    from newsdesk.importing import ingest

    assert alignment_furniture.size(KOREAN_PARAGRAPH) == 9
    assert alignment_furniture.size("지하철 요금 인상") == 3
    assert not ingest.is_prose("서울 지하철 요금 인상 계획 발표.")  # six words, 13 syllables: no line of prose
    assert ingest.is_prose(KOREAN_PARAGRAPH + " 시민들은 요금 인상에 불만을 나타냈다.")
    assert all(alignment_furniture.size(item) == 1 for item in KOREAN_MENU.split("|"))


def test_korean_words_with_their_particles_share_their_stems_with_the_same_word_elsewhere():
    from newsdesk.alignment import story_suggestion
    from newsdesk.alignment.words import unigrams

    assert "제재" in unigrams("제재를") and "제재" in unigrams("제재는")
    stories = [
        ("sanctions", "정부는 북한에 대한 추가 제재를 검토하고 있다고 밝혔다. "
                      "외교부는 제재 대상 기업 명단을 발표했다."),
        ("sanctions", "외교부가 새로운 제재 방안을 검토 중이며 대상 기업은 다음 주에 공개된다."),
        ("weather", "기상청은 주말 동안 남부 지방에 많은 비가 내릴 것이라고 예보했다. 산사태 위험도 커졌다."),
        ("weather", "남부 지방에 폭우가 예보되면서 주민들은 산사태에 대비하고 있다."),
    ]
    matrix = story_suggestion.build(stories)

    chosen, _ = story_suggestion.best(story_suggestion.rank(
        matrix, "정부, 추가 제재 검토",
        "정부는 제재 대상을 늘리는 방안을 검토하고 있으며 외교부가 명단을 준비 중이다."))

    assert chosen == "sanctions"


def test_japanese_grammar_in_hiragana_is_no_term_but_its_nouns_are():
    from newsdesk.alignment.words import unigrams

    terms = unigrams("山間部で大雨が降り、線路が土砂に埋まった。町は代替バスを運行している。")

    assert {"大雨", "線路", "土砂", "代替", "バス"} <= set(terms)
    assert not [term for term in terms if all("\u3041" <= character <= "\u309f" for character in term)]
    # two passages that only share their grammar ("している", "した") share no term
    assert not set(unigrams("選手が優勝した。")) & set(unigrams("市長が説明した。"))
    assert set(unigrams("北京发布新规定")) == {"北京", "京发", "发布", "布新", "新规", "规定"}  # Chinese: unchanged
