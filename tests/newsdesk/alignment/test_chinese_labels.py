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
