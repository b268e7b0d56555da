"""Labels of a story in Chinese: the runs of characters that a topic's articles write alike, cut where words part."""

from newsdesk.alignment import chinese, labels

from ..corpus_stories import story, written_stories

TEXTS = [
    "青禾县自来水厂昨日停止供水，全县居民用水受到影响。",
    "据青禾县水务局介绍，自来水厂的取水口被泥沙堵塞，维修工人正在清理。",
    "县城的自来水厂停止供水后，不少居民到超市购买桶装水。",
    "今年秋天的雨水比往年多，河道里的泥沙也比往年多。",
]


def test_a_label_is_a_run_that_passages_of_two_articles_share():
    result = labels.label_topics(TEXTS, [0, 0, 0, 1], ["a", "b", "c", "a"])

    assert result[0] in ("自来水厂", "停止供水", "自来水厂停止供水")
    assert all(result[0] in text for text in (TEXTS[0], TEXTS[2]))


def test_a_run_never_opens_on_a_preposition_or_closes_on_a_verb_of_saying_or_a_particle():
    found = chinese.Story(TEXTS)
    for text in TEXTS:
        spans = labels.token_spans(text)
        for phrase, *_ in chinese.candidate_spans([t for t, _, _ in spans], text, [(s, e) for _, s, e in spans],
                                                  found):
            assert phrase[0] not in chinese.NO_OPENING and phrase[-1] not in chinese.NO_CLOSING, phrase
            assert not any(character in chinese.BREAKS for character in phrase), phrase
            assert not phrase.endswith(chinese.SAYING), phrase


def test_a_run_after_ju_or_before_a_verb_of_saying_stands_as_the_source():
    text = TEXTS[1]
    begin = text.index("青禾县水务局")

    assert chinese.stands_as_source(text, begin, begin + len("青禾县水务局"))
    assert not chinese.stands_as_source(TEXTS[0], 0, len("青禾县自来水厂"))


def test_a_topic_whose_articles_share_no_run_keeps_its_opening_with_no_attribution_or_dateline():
    texts = ["本报讯　河道里的泥沙越来越多，渔民很担心。", "据县水务局介绍，今年雨水偏多，防汛压力较大。",
             "县城居民到超市购买桶装水。"]

    result = labels.label_topics(texts, [0, 1, 2], ["a", "b", "c"])

    assert result[0] == "河道里的泥沙越来越多"
    assert result[1] == "今年雨水偏多"


CHINESE_STORIES = [slug for slug in written_stories()
                   if labels.story_script([a["text"] for a in story(slug)[1]]) == labels.UNSPACED
                   and labels.written_in_chinese([a["text"] for a in story(slug)[1]])]


def test_the_corpus_holds_a_story_in_chinese():
    assert CHINESE_STORIES


def test_the_labels_of_a_chinese_story_are_runs_its_articles_share_not_clauses():
    from ..test_labels import aligned

    for slug in CHINESE_STORIES:
        result, text_of = aligned(slug)
        for topic in result.topics:
            label = topic.label
            if len({key[0] for key in topic.members}) < chinese.SHARED_BY:
                # One outlet's passage alone shares its words with no other: it keeps its own opening.
                assert any(text_of[key].startswith(label.removesuffix("…")) for key in topic.members), label
                continue
            assert not label.endswith("…"), label
            articles = {key[0] for key in topic.members if label in text_of[key]}
            assert len(articles) >= chinese.SHARED_BY, label
            assert label[-1] not in chinese.NO_CLOSING and not label.endswith(chinese.SAYING), label


def candidates_of(texts):
    found = chinese.Story(texts)
    phrases = set()
    for text in texts:
        spans = labels.token_spans(text)
        phrases |= {phrase for phrase, *_ in chinese.candidate_spans(
            [t for t, _, _ in spans], text, [(s, e) for _, s, e in spans], found)}
    return phrases


def test_a_name_that_opens_on_he_or_holds_dou_stays_whole_where_the_story_binds_the_pair():
    texts = ["和平区教育局昨晚通报，松林中学停课三天。", "松林中学停课后，和平区教育局派人进驻学校。",
             "成都市消防支队赶赴现场。", "成都市消防支队的两辆消防车已经撤离。"]

    phrases = candidates_of(texts)

    assert "和平区教育局" in phrases and "平区教育局" not in phrases
    assert "成都市消防支队" in phrases and "市消防支队" not in phrases
    assert labels.label_topics(texts[:2], [0, 0], ["a", "b"])[0] in ("和平区教育局", "松林中学停课")


def test_he_between_nouns_it_stands_beside_in_turn_still_parts_them():
    texts = ["学校和家长都很担心。", "医院和疾控中心正在检测。", "老师和学生已经回家。", "学校和家长商量复课。",
             "区政府和街道办连夜开会。"]

    phrases = candidates_of(texts)

    assert not any("和" in phrase for phrase in phrases), phrases


def test_a_noun_that_ends_on_a_character_of_place_or_measure_is_a_candidate_where_the_story_binds_it():
    texts = ["北环隧道今晨起封闭检修，车辆需要绕行。", "交管部门提醒，北环隧道封闭期间请市民绕行。",
             "涉事物业单位已被责令整改。", "区住建局约谈了涉事物业单位。",
             "桥南地铁工地昨晚发生透水，工人全部撤离。", "桥南地铁工地的工人已经撤离。", "工地负责人称，原因正在调查。"]

    phrases = candidates_of(texts)

    assert "北环隧道" in phrases
    assert "涉事物业单位" in phrases
    assert "桥南地铁工地" in phrases


def test_a_measure_a_place_of_no_name_or_a_verb_of_saying_still_closes_no_run():
    texts = ["两位家长当地时间昨天到校，本报记者许安报道。", "两位家长当地时间今天再次到校，本报记者许安报道。"]

    phrases = candidates_of(texts)

    assert not any(phrase.endswith(("两位", "当地", "报道")) for phrase in phrases), phrases


def test_a_story_in_traditional_characters_is_read_as_the_same_story_in_simplified():
    simplified = ["这个学期以来，这所学校的午餐多次出现问题。", "家长指出，这所学校的午餐一直由外包公司供应。"]
    traditional = ["這個學期以來，這所學校的午餐多次出現問題。", "家長指出，這所學校的午餐一直由外包公司供應。"]

    assert labels.label_topics(simplified, [0, 0], ["a", "b"]) == {0: "午餐"}
    assert labels.label_topics(traditional, [0, 0], ["a", "b"]) == {0: "午餐"}


def test_every_listed_character_and_word_is_listed_in_traditional_characters_too():
    assert {"這", "據", "對", "從", "個"} <= chinese.NO_OPENING
    assert {"說", "稱", "問", "裡", "後"} <= chinese.NO_CLOSING
    assert {"過", "與", "著", "讓"} <= chinese.BREAKS
    assert {"記者", "本報", "新聞"} <= set(chinese.NEWSROOM)
    assert {"說", "介紹", "告訴"} <= set(chinese.SAYING)
    assert {"出現", "進行", "發生"} <= set(chinese.VERBS)
    for words in (chinese.NO_OPENING, chinese.NO_CLOSING, chinese.BREAKS, chinese.NEWSROOM, chinese.SAYING,
                  chinese.VERBS):
        assert all(form in words for word in words for form in chinese.traditional_forms(word))
