"""Ukrainian row labels are noun phrases: the words a Ukrainian story uses as verbs (its present, past, reflexive,
imperative and impersonal forms) are read from the story itself, so no label holds one."""

from newsdesk.alignment import labels
from newsdesk.alignment.verbal import verbal_words
from newsdesk.alignment.words import stop_words_for


def verbs_of(texts):
    return verbal_words(texts, "uk", stop_words_for("uk"))


def run_phrases(text):
    found = labels.token_spans(text)
    skipped = stop_words_for("uk")
    return [phrase for phrase, *_ in labels.word_run_spans(
        [token for token, _, _ in found], text, [(start, end) for _, start, end in found], skipped,
        False, "uk" in labels.GOVERNED, verbs_of([text]))]


def test_the_present_the_reflexive_the_imperative_and_the_impersonal_past_are_verbal():
    texts = ["Завод щороку сплачує податки, і люди працюють там давно.", "До лікарів звернулися мешканці.",
             "Увійдіть у свій акаунт.", "Виробництво зупинено, склад відкрито."]

    assert {"сплачує", "працюють", "звернулися", "зупинено", "відкрито"} <= verbs_of(texts)
    assert {"податки", "мешканці", "лікарів", "виробництво", "склад"}.isdisjoint(verbs_of(texts))


def test_a_stem_seen_in_two_genders_of_the_past_is_verbal_but_either_ending_alone_is_not():
    # "Горіла" opens its sentence: the form met there still shows what "горів" is.
    texts = ["Вночі горів склад.", "Горіла крамниця поруч.", "Мер спитав одне, а депутати спитали інше.",
             "Понад сто років тут стояла школа.", "Сила вітру зросла, а держав це не хвилює."]

    found = verbs_of(texts)

    assert {"горів", "спитав", "спитали"} <= found
    assert {"років", "держав", "школа", "сила"}.isdisjoint(found)


def test_a_word_after_a_preposition_is_a_noun_and_after_a_pronoun_or_a_modal_a_verb():
    texts = ["Вони закривають ринок.", "Громада може закрити ринок.", "Торгівля на ринку триває.",
             "Біля ринку стоїть черга."]

    found = verbs_of(texts)

    assert {"закривають", "закрити"} <= found
    assert "ринку" not in found and "ринок" not in found


def test_a_noun_after_a_form_of_to_be_stays_a_noun():
    # "буде" is "will be" before a noun as often as the auxiliary before an infinitive.
    assert {"робота", "зарплата"}.isdisjoint(verbs_of(["Люди питали одне: чи буде робота і чи буде зарплата."]))


def test_nouns_and_plurals_that_end_like_verbs_stay_nouns():
    texts = ["Кошти на ремонт виділили депутати.", "У воді знайшли ртуть.", "Кредити та результати перевірки."]

    assert {"кошти", "депутати", "ртуть", "кредити", "результати"}.isdisjoint(verbs_of(texts))


def test_a_ukrainian_run_holds_no_verb_and_opens_on_the_noun_phrase():
    phrases = run_phrases("Уночі на складі горів холодильний цех. Коли горіла крамниця, ніхто не спав.")

    assert "холодильний цех" in phrases
    assert not any("горів" in phrase.lower() or "горіла" in phrase.lower() for phrase in phrases)


def test_a_clause_is_no_label_of_a_ukrainian_story():
    phrases = run_phrases("Підприємство сплачує до бюджету громади мільйони. По допомогу звернулися 17 людей.")

    assert not any(phrase.lower().startswith(("сплачує", "звернулися")) for phrase in phrases)
