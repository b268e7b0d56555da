"""Labels of stories in Ukrainian and Russian: infinitives, finite verbs of the present and the pronouns that
stand for a clause's subject never make a clause a label."""

from newsdesk.alignment import labels, verbal
from newsdesk.alignment.words import stop_words_for


def runs(text, story, language):
    reading = labels.RunReading(story, language)
    found = labels.token_spans(text)
    return [phrase for phrase, *_ in reading.candidates(
        [token for token, _, _ in found], text, [(start, end) for _, start, end in found])]


def test_a_ukrainian_infinitive_and_a_negative_pronoun_never_stand_in_a_label():
    story = ["Мер сказав, що «зупиняти елеватор ніхто не збирається».", "Елеватор працює в штатному режимі."]

    phrases = runs(story[0], story, "uk")

    assert "зупиняти" in verbal.verbal_words(story, "uk", stop_words_for("uk"))
    assert not any(word in phrase.lower().split() for phrase in phrases for word in ("зупиняти", "ніхто"))


def test_a_noun_whose_stem_the_story_writes_in_another_case_is_no_infinitive():
    story = ["Зарплати затримують третій місяць.", "Середня зарплата на елеваторі невелика."]

    assert "зарплати" not in verbal.verbal_words(story, "uk", stop_words_for("uk"))


def test_a_russian_verb_of_the_present_never_stands_in_a_label():
    story = ["Жители считают только убытки.", "Убытки фермеров растут."]

    phrases = runs(story[0], story, "ru")

    assert not any("считают" in phrase.lower() for phrase in phrases)
    assert "никто" in verbal.pronouns("ru")


def test_a_ukrainian_infinitive_in_ti_is_read_on_evidence_and_a_plural_noun_without_it_stays_a_noun():
    story = ["Громаді треба ремонтувати школу, а депутати мовчать.", "Раніше цех закривали на зиму.",
             "Чи будуть закривати цех, поки невідомо.", "Результати перевірки оприлюднять у п'ятницю."]

    found = verbal.verbal_words(story, "uk", stop_words_for("uk"))

    assert {"ремонтувати", "закривати"} <= found
    assert {"депутати", "результати"}.isdisjoint(found)
