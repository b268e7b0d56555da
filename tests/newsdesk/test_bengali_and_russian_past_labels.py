"""Labels of stories in Bengali, read as Hindi is (runs of content words closed by a postposition, with Bengali's own
function words, case endings and verb endings), and of Russian stories whose clauses hold a verb in the past or
whose only word is a sentence adverb."""

from newsdesk.alignment import hindi, labels, verbal
from newsdesk.alignment.words import stop_words_for

# Invented sentences about an invented flood.
BENGALI_STORY = [
    "উল্লেখ্য, গত বছরও পলাশপুরে নদীর বাঁধ ভেঙেছিল। নদীর বাঁধ থেকে পানি ঢুকেছিল।",
    "পলাশপুর (রূপনগর), ৯ আগস্ট : বুধবার রাতে নদীর বাঁধ ভেঙে ১২টি গ্রাম প্লাবিত হয়েছে।",
    "বাঁধ ভাঙনের কারণ খুঁজতে বোর্ড একটি তদন্ত কমিটি গঠন করেছে। সাত দিনের মধ্যে তদন্ত কমিটি থেকে প্রতিবেদন আসবে।",
    "প্লাবিত গ্রামের মানুষ আশ্রয়কেন্দ্রে উঠেছেন। আশ্রয়কেন্দ্র থেকে ত্রাণ দেওয়া হচ্ছে।",
]


def bengali_candidates(text, story=BENGALI_STORY):
    reading = labels.reading_of(story)
    found = reading.spans(text)
    return [phrase for phrase, *_ in reading.candidates(
        [token for token, _, _ in found], text, [(start, end) for _, start, end in found])]


def test_a_bengali_story_is_read_by_runs_of_its_noun_phrases_with_its_own_grammar():
    reading = labels.reading_of(BENGALI_STORY)

    assert isinstance(reading, labels.HindiReading)
    assert reading.grammar is hindi.BENGALI


def test_a_bengali_linking_word_or_a_verb_never_stands_in_a_label():
    phrases = bengali_candidates(BENGALI_STORY[0]) + bengali_candidates(BENGALI_STORY[2])

    assert phrases
    assert not any("উল্লেখ্য" in phrase for phrase in phrases)
    assert not any(word in phrase for phrase in phrases for word in ("খুঁজতে", "ভেঙেছিল", "করেছে", "দেবে"))
    assert "তদন্ত কমিটি" in phrases


def test_a_bengali_label_ends_without_its_case_ending_and_never_runs_past_one():
    phrases = bengali_candidates(BENGALI_STORY[3])

    assert "আশ্রয়কেন্দ্র" in phrases
    assert not any(phrase.endswith("আশ্রয়কেন্দ্রে") for phrase in phrases)
    assert not any("আশ্রয়কেন্দ্রে উঠেছেন" in phrase for phrase in phrases)


def test_a_bengali_genitive_binds_its_noun_to_the_next_in_a_label():
    phrases = bengali_candidates(BENGALI_STORY[0])

    assert "নদীর বাঁধ" in phrases
    assert "নদীর" not in phrases


def test_bengali_topics_are_labelled_by_noun_phrases_not_by_a_dateline_or_an_opening():
    story = BENGALI_STORY + ["বাঁধ মেরামতের কাজে অনিয়মের অভিযোগ উঠেছে। তদন্ত কমিটি অনিয়মের অভিযোগ খতিয়ে দেখবে।"]

    names = labels.label_topics(story, [0, 0, 1, 2, 1], ["a", "b", "a", "b", "c"])

    assert not any(label.endswith("…") for label in names.values())
    assert not any("রূপনগর" in label or label == "উল্লেখ্য" for label in names.values())


def test_hindi_keeps_its_own_grammar():
    assert hindi.Story([["स्कूल", "में", "बच्चे"]]).grammar is hindi.HINDI


def runs(text, story, language):
    reading = labels.RunReading(story, language)
    found = labels.token_spans(text)
    return [phrase for phrase, *_ in reading.candidates(
        [token for token, _, _ in found], text, [(start, end) for _, start, end in found])]


def test_a_russian_past_plural_never_stands_in_a_label():
    story = ["Жители собрали подписи под обращением к губернатору.", "Подписи передали в областную думу."]

    phrases = runs(story[0], story, "ru")

    assert {"собрали", "передали"} <= verbal.verbal_words(story, "ru", stop_words_for("ru"))
    assert not any("собрали" in phrase.lower() for phrase in phrases)


def test_a_russian_stem_seen_in_the_masculine_and_plural_past_is_a_verb():
    story = ["Глава района закрыл переправу.", "Весной переправу закрыли снова."]

    assert {"закрыл", "закрыли"} <= verbal.verbal_words(story, "ru", stop_words_for("ru"))


def test_a_russian_noun_that_ends_as_the_past_stays_a_noun_in_a_label():
    story = ["Детали ремонта обсудили на сессии.", "Подрядчик не раскрыл деталей ремонта.",
             "Канал района показал жителей.", "Жители смотрят канал района каждый вечер.", "Рядом нет канала."]

    verbs = verbal.verbal_words(story, "ru", stop_words_for("ru"))

    assert "обсудили" in verbs
    assert not {"детали", "жители", "канал", "канала"} & verbs


def test_a_single_sentence_adverb_is_never_a_label():
    story = ["А чиновники в области, похоже, считают только деньги.", "Похоже, роддом закроют осенью.",
             "Роддом в районе работает с весны."]

    names = labels.label_topics(story, [0, 0, 1], ["a", "b", "a"])

    assert all(label.lower() != "похоже" for label in names.values())
