"""Ukrainian words compared as one word: a noun's, an adjective's and a name's cases, the three apostrophes, and the
words for a sum, its currency and a company's legal form, which every report shares."""

import pytest

from newsdesk.alignment import story_suggestion, words
from newsdesk.importing import languages

UK = languages.UKRAINIAN


@pytest.mark.parametrize("forms", [
    ("Глиноріччя", "Глиноріччі", "Глиноріччям"),
    ("Заводська", "Заводської", "Заводській", "Заводською", "Заводську"),
    ("Гнатюк", "Гнатюка", "Гнатюкові", "Гнатюком"),
    ("Вербичанський", "Вербичанського", "Вербичанському", "Вербичанським"),
    ("громада", "громади", "громаді", "громадою", "громадами"),
])
def test_a_ukrainian_word_s_cases_meet(forms):
    stemmer = words.stemmer(UK)

    assert len({stemmer(form.lower()) for form in forms}) == 1


def test_the_stemmer_leaves_a_short_word_and_a_word_in_latin_letters_as_they_are():
    stemmer = words.stemmer(UK)

    assert stemmer("цех") == "цех"
    assert stemmer("мер") == "мер"
    assert stemmer("agro") == "agro"


def test_different_ukrainian_words_stay_apart():
    stemmer = words.stemmer(UK)

    assert stemmer("заводська") != stemmer("заводи")
    assert stemmer("вулиця") != stemmer("вулкан")


@pytest.mark.parametrize("spelling", ["м'ясокомбінат", "м’ясокомбінат", "мʼясокомбінат"])
def test_a_word_with_any_of_the_three_apostrophes_is_one_word(spelling):
    assert words.unigrams(f"{spelling} {spelling}у", UK) == ["м'ясокомбінат", "м'ясокомбінат"]
    assert words.unigrams(spelling, UK, folded=False) == ["м'ясокомбінат"]


def test_a_function_word_written_with_the_modifier_apostrophe_is_still_one():
    assert languages.is_function_word("девʼять", UK)


@pytest.mark.parametrize("word", ["із", "має", "понад", "щодо", "тощо", "їхній"])
def test_ukrainian_function_words_missing_from_the_list_are_skipped(word):
    assert words.unigrams(f"{word} пожежа", UK) == [words.stemmer(UK)("пожежа")]


@pytest.mark.parametrize("phrase", ["14,6 мільйона гривень", "52 мільйони гривень", "48 мільйонів гривень",
                                    "48 млн грн", "3 тисячі гривень"])
def test_words_that_count_a_sum_and_its_currency_are_no_term(phrase):
    assert [term for term in words.unigrams(phrase, UK) if not term[0].isdigit()] == []


@pytest.mark.parametrize("form", ["ТОВ", "ТзОВ", "ПрАТ", "ФОП"])
def test_a_company_s_legal_form_is_no_term_and_no_shared_name(form):
    text = f"Ділянку біля річки купило {form} Ярина Агро, а друге {form} торік збудувало склад біля вокзалу."

    assert words.stemmer(UK)(form.lower()) not in words.unigrams(text, UK)
    names = story_suggestion.names_and_figures(text)
    assert not any(form.lower() == key for key in names)
    assert " ".join(words.stemmer(UK)(word) for word in ("ярина", "агро")) in names


def test_a_russian_legal_form_is_no_shared_name_in_a_russian_text():
    text = "В городе открыли новый склад. Его построило ООО Северный Путь, а еще один склад строит ЗАО Заря."

    names = story_suggestion.names_and_figures(text)

    assert "ооо" not in names and "зао" not in names
    assert any(key.startswith("северн") for key in names)
