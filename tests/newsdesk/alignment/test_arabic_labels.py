"""Labels of a story in Arabic: noun phrases cut from its passages, never a particle, a verb or a clause."""

import pytest

from newsdesk.alignment import arabic, labels

# A small story of our own: a fishing harbour closed for repairs.
STORY = [
    "قرر المجلس البلدي في مدينة الساحل إغلاق ميناء الصيد القديم ستة أشهر لإصلاح الرصيف.",
    "وقال رئيس البلدية، المهندس كريم الزين، إن كلفة الإصلاح تبلغ ٢٫٥ مليون دينار.",
    "وأغلق الصيادون قواربهم احتجاجا على القرار، وأعلنت نقابة الصيادين إضرابا مفتوحا.",
    "وتتحمل وزارة الزراعة نصف الكلفة، فيما يدفع الصندوق الوطني الباقي.",
    "في المقابل، لم تحدد البلدية موعدا لإعادة فتح الميناء.",
    "وقال عبد الكريم الحداد، رئيس نقابة الصيادين، إن نحو ٣٠٪ من القوارب متوقفة.",
    "وطالبت النقابة بمكان بديل للصيادين خلال فترة الإصلاح.",
    "ويعتمد سوق السمك في المدينة على الميناء، وتخشى وزارة الزراعة تراجع الصيد.",
]


def phrases_in(text: str, story: list[str] = STORY) -> list[str]:
    reading = arabic.Story([labels.tokens(passage) for passage in story + [text]])
    found = labels.token_spans(text)
    return [phrase for phrase, *_ in arabic.candidate_spans(
        [token for token, _, _ in found], text, [(start, end) for _, start, end in found], reading)]


def test_a_noun_and_its_adjective_and_a_chain_closed_by_the_article_are_phrases():
    phrases = phrases_in(STORY[0])

    assert "المجلس البلدي" in phrases
    assert "إغلاق ميناء الصيد القديم" in phrases
    assert "مدينة الساحل" in phrases


def test_a_label_never_opens_on_a_particle_or_a_verb():
    phrases = [phrase for text in STORY for phrase in phrases_in(text)]

    openers = ("في", "لم", "قرر", "وقال", "قال", "أن", "إن", "كما", "بعد", "قد", "وأغلق", "أغلق", "فيما", "يدفع")
    assert phrases
    assert not any(phrase.split()[0] in openers for phrase in phrases), phrases


def test_a_conjunction_or_a_preposition_written_onto_the_first_word_is_left_out():
    phrases = phrases_in("وأكد أن الإصلاح سيتم بالتعاون مع وزارة النقل ووزارة الزراعة.")

    assert "وزارة الزراعة" in phrases and "وزارة النقل" in phrases
    assert not any(phrase.startswith(("ووزارة", "بالتعاون")) for phrase in phrases), phrases
    assert "التعاون" in phrases


def test_a_word_that_opens_on_the_letter_of_a_proclitic_keeps_it_where_the_story_shows_it_is_one_word():
    shown = phrases_in("وأعلنت وزارة الصحة خطة جديدة.", STORY + ["وتدير الوزارة المستشفيات."])
    unknown = phrases_in("وأعلنت وزارة الصحة خطة جديدة.", STORY)

    assert "وزارة الصحة" in shown
    assert not any(phrase.startswith(("زارة", "وزارة", "الصحة")) for phrase in unknown), unknown


def test_no_genitive_follows_a_noun_with_a_pronoun_or_an_accusative():
    phrases = phrases_in(STORY[2])

    assert not any("قواربهم احتجاجا" in phrase or "احتجاجا على" in phrase for phrase in phrases), phrases
    assert "إضرابا مفتوحا" in phrases
    assert "نقابة الصيادين" in phrases


def test_a_name_is_kept_whole():
    phrases = phrases_in(STORY[5])

    assert "عبد الكريم الحداد" in phrases
    assert not any(phrase.startswith("الكريم") for phrase in phrases), phrases


def test_a_label_never_ends_on_a_figure_or_a_word_that_says_when():
    phrases = [phrase for text in STORY for phrase in phrases_in(text)]

    assert not any(phrase.split()[-1][:1].isdigit() for phrase in phrases)
    assert not any(phrase.endswith(("أشهر", "ستة", "فترة الإصلاح")) for phrase in phrases), phrases


@pytest.mark.parametrize("sentence, source", [
    ("وقال رئيس البلدية إن الميناء سيفتح قريبا.", "رئيس البلدية"),
    ("وقال رئيس النقابة، عبد الكريم الحداد، إن القوارب متوقفة.", "عبد الكريم الحداد"),
])
def test_who_reported_a_passage_stands_as_its_source(sentence, source):
    reading = arabic.Story([labels.tokens(passage) for passage in STORY + [sentence]])
    found = labels.token_spans(sentence)
    words, spans = [token for token, _, _ in found], [(start, end) for _, start, end in found]
    sources = {phrase: arabic.stands_as_source(words, start, end, reading)
               for phrase, _, start, end in arabic.candidate_spans(words, sentence, spans, reading)}

    assert sources[source] is True
    assert not any(sources[phrase] for phrase in sources if phrase not in sentence.split("،")[0] + source)


def test_an_arabic_topic_is_labelled_with_a_noun_phrase_its_passages_share():
    texts = ["وقال رئيس النقابة إن إغلاق ميناء الصيد يهدد مئات العائلات.",
             "ويبدأ إغلاق ميناء الصيد مطلع الشهر المقبل.",
             "كما فعلت البلدية من قبل، لم تستشر أحدا قبل إغلاق ميناء الصيد.",
             "وافتتحت المكتبة العامة قاعة جديدة للمطالعة.",
             "وتضم القاعة الجديدة ألف كتاب."]

    result = labels.label_topics(texts, [0, 0, 0, 1, 1], ["a", "b", "c", "a", "b"])

    assert result[0] == "إغلاق ميناء الصيد"
    assert result[1].split()[0] not in ("وافتتحت", "وتضم", "افتتحت")
    assert all(any(label in text for text in texts) for label in result.values())


def test_a_story_in_a_language_no_rule_reads_keeps_its_openings_as_written():
    # Georgian: no rule reads its phrases (Hindi, Arabic, Japanese, Korean and Chinese have theirs; Persian and
    # Hebrew are read by runs of their words).
    texts = ["მერიამ ორშაბათს ახალი საავადმყოფო გახსნა და თქვა, რომ ეს ქალაქისთვის დიდი დღეა.",
             "საავადმყოფოს სამასი საწოლი და სასწრაფო დახმარების განყოფილება აქვს."]

    result = labels.label_topics(texts, [0, 1], ["a", "b"])

    for topic, text in enumerate(texts):
        assert text.startswith(result[topic].removesuffix("…"))
        assert len(result[topic].removesuffix("…").split()) <= labels.OPENING_WORDS


def test_a_persian_label_is_a_run_of_its_words_bounded_by_its_function_words():
    texts = ["شهرداری روز دوشنبه بیمارستان تازه‌ای را در مرکز شهر افتتاح کرد.",
             "بیمارستان تازه‌ای در مرکز شهر با سیصد تخت افتتاح شد.",
             "ساکنان از کمبود پارکینگ در اطراف بیمارستان گلایه کردند.",
             "کمبود پارکینگ در اطراف بیمارستان به گفته ساکنان مشکل اصلی است."]

    result = labels.label_topics(texts, [0, 0, 1, 1], ["a", "b", "a", "b"])

    skipped = labels.stop_words_for("fa")
    for label in result.values():
        words = labels.tokens(label.removesuffix("…"))
        assert words[0] not in skipped and words[-1] not in skipped, label
        assert any(label.removesuffix("…") in text for text in texts), label
    assert "\u200c" not in result[0] or "تازه\u200cای" in result[0]  # a non-joiner stays inside its word


def test_a_phrase_after_between_or_a_verb_that_moves_is_no_source():
    # "بين" is "between", "نقل" "moved", "رد" "returned": what follows them is what the passage is about.
    for sentence, phrase in (("ويقع المرفأ الجديد بين سوق السمك والمنارة.", "سوق السمك"),
                             ("ونقل عمال البلدية معدات الصيد إلى المخزن.", "عمال البلدية"),
                             ("ورد مجلس المدينة مبلغ الضمان إلى الشركة.", "مجلس المدينة")):
        reading = arabic.Story([labels.tokens(passage) for passage in STORY + [sentence]])
        found = labels.token_spans(sentence)
        words, spans = [token for token, _, _ in found], [(start, end) for _, start, end in found]
        sources = {found_phrase: arabic.stands_as_source(words, start, end, reading)
                   for found_phrase, _, start, end in arabic.candidate_spans(words, sentence, spans, reading)}
        assert sources.get(phrase) is False, (sentence, sources)


def test_the_labels_and_the_attribution_read_one_list_of_reporting_verbs():
    from annotations.suggestions.attribution import arabic as attribution

    assert set(attribution.VERB_FORMS) <= arabic.REPORTING
    assert not {"بين", "نقل", "رد"} & arabic.REPORTING


def test_a_figure_is_the_same_term_in_any_digits_with_any_separators():
    # The labels' figures meet the alignment's ("words.figure"): thousands separators left out.
    assert arabic.figure_term("١٬٢٠٠") == arabic.figure_term("1,200") == arabic.figure_term("१२००") == "1200"
    assert arabic.figure_term("٦٫٥") == "6.5"
