"""Rules of one language that must not fire on another's sentences: a place of one word before a dash, a colon after
a speaker's name in brackets, ages in brackets, month names, a given name that is also a common word, the function
words of Chinese, and Dutch number words. Each pinned on both sides; the sentences are invented."""

import pytest

from annotations.claims.finding import find_mentions
from annotations.claims.linking import content_words
from annotations.claims.normalise import details, lower_vocabulary


# 1. A place of one capitalised word before a spaced dash
@pytest.mark.parametrize("text, names", [
    ("Norbury – Castlefield drew 2-2 on Saturday before 31,000 fans.", {"norbury", "castlefield"}),
    ("Haldane – Brook debate drew 14 million viewers, the network said.", {"haldane", "brook"}),
])
def test_two_names_either_side_of_a_dash_are_no_dateline(text, names):
    [mention] = find_mentions(1, text, "en")
    assert mention.text == text
    assert names <= mention.details.names


def test_one_place_before_a_dash_and_a_sentence_opening_word_is_a_dateline():
    text = ("Sukaraja - Kabar duka datang dari pabrik itu: 300 buruh dipecat pada Senin.\n\n"
            "Warga menerima kabar itu dengan sedih.")
    first = find_mentions(1, text, "id")[0]
    assert first.text.startswith("Kabar duka")
    assert "sukaraja" not in first.details.names


def test_one_place_before_a_dash_and_an_english_article_is_a_dateline():
    [mention] = find_mentions(1, "Norbury – The council closed 12 schools on Monday after the storm.", "en")
    assert mention.text.startswith("The council")


# 2. A colon after brackets in a script without capitals
def test_a_speaker_s_name_in_brackets_before_a_colon_is_no_dateline():
    text = "قال وزير الصحة (كريم حداد): أصيب 40 شخصا في الحادث."
    [mention] = find_mentions(1, text, "ar")
    assert mention.text == text
    assert [f.value for f in mention.details.figures] == [40]


def test_a_dated_dateline_before_a_colon_is_left_out():
    text = "নদীপুর (শিমুলগঞ্জ), ১২ আগস্ট, ২০২৫ (বার্তাবাহ) : টানা বর্ষণে অন্তত ১২টি গ্রাম প্লাবিত হয়েছে।"
    [mention] = find_mentions(1, text, "bn")
    assert mention.text.startswith("টানা বর্ষণে")


# 3. Ages in brackets
@pytest.mark.parametrize("text, language, values", [
    ("In the Senate the Republicans (53) hold the majority over the Democrats (47).", "en", [53, 47]),
    ("Die Verletzten (12) wurden in Kliniken gebracht.", "de", [12]),
    ("Im Rat stellen die Grünen (14) die größte Fraktion.", "de", [14]),
])
def test_a_figure_in_brackets_after_a_noun_is_a_count_not_an_age(text, language, values):
    assert [f.value for f in details(text, language).figures] == values


@pytest.mark.parametrize("text, language", [
    ("Landwirt Gerrit Hendriks (58) hielt 40 Kühe auf seinem Hof.", "de"),
    ("The farmer, John Smith (58), kept 40 cows on the farm.", "en"),
    ("Boer Anton Kuipers (61) hield 40 koeien op zijn bedrijf.", "nl"),
])
def test_a_figure_in_brackets_after_a_person_s_name_is_an_age(text, language):
    assert [f.value for f in details(text, language).figures] == [40]


# 4. Month and weekday names per language
@pytest.mark.parametrize("text, language", [
    ("Kaiser Augustus ließ in Rom 12 Tempel bauen.", "de"),
    ("Zo'n 5000 mensen liepen mee in de mars door het dorp.", "nl"),
])
def test_another_language_s_month_name_is_no_month(text, language):
    assert not any(d.startswith("month:") for d in details(text, language).dates)


@pytest.mark.parametrize("text, language, month", [
    ("Die Fabrik schloss am 12. August 2025.", "de", "august"),
    ("De fabriek sloot op 12 augustus.", "nl", "august"),
    ("L'usine a fermé le 4 mars.", "fr", "march"),
])
def test_a_language_s_own_month_name_is_a_month(text, language, month):
    assert f"month:{month}" in details(text, language).dates


# 5. A given name that is also a common word
def test_a_given_name_the_story_writes_in_lower_case_stays_a_name():
    text = ("Ansel Gates said the fund would give 40 million dollars. The bill passed the Senate on Tuesday. "
            "Mark Rutte said 12 countries had marked the date.")
    vocabulary = lower_vocabulary([text, "Bill Gates said 40 were hurt."])
    assert {"bill", "gates"} <= details("Bill Gates said 40 people were hurt.", "en", vocabulary).names
    assert {"mark", "rutte"} <= details("Mark Rutte said 12 countries agreed.", "en", vocabulary).names


def test_a_common_noun_before_a_full_name_is_no_name():
    vocabulary = lower_vocabulary(["De pluimveehouder in de zone mag geen eieren vervoeren."])
    found = details("Pluimveehouder Ilse de Boer zag 40 dieren doodgaan.", "nl", vocabulary)
    assert found.names == {"ilse", "boer"}
    # another form of the word does not tell: it may be a given name's namesake
    plural = lower_vocabulary(["De pluimveehouders in de zone mogen geen eieren vervoeren."])
    assert "pluimveehouder" in details("Pluimveehouder Ilse de Boer zag 40 dieren doodgaan.", "nl", plural).names


# 6. Chinese and Japanese characters
def test_a_chinese_content_character_in_its_function_word_list_stays_a_noun():
    [figure] = details("已有30人受伤。", "zh").figures
    assert "人" in figure.nouns


def test_a_function_word_of_a_spaced_script_is_no_noun():
    [figure] = details("বন্যায় ১২ এবং আরও অনেক গ্রাম ডুবেছে।", "bn").figures
    assert "এবং" not in figure.nouns


# 7. Dutch number words
@pytest.mark.parametrize("text", [
    "De provincie zegt dat de boeren de regels in acht moeten nemen.",
    "De boer neemt de regels van de provincie niet in acht.",
    "Dat acht ik onwaarschijnlijk, zei de burgemeester van het dorp.",
])
def test_a_dutch_number_word_before_a_verb_or_in_an_idiom_is_no_figure(text):
    assert details(text, "nl").figures == ()


@pytest.mark.parametrize("text, value", [
    ("Er liepen acht koeien in de wei achter de boerderij.", 8),
    ("Het aantal doden in het dorp steeg naar acht.", 8),
    ("De provincie trekt drie miljoen euro uit voor de boeren.", 3_000_000),
])
def test_a_dutch_number_word_before_a_noun_a_scale_or_at_the_end_is_a_figure(text, value):
    assert [f.value for f in details(text, "nl").figures] == [value]


# 8. Number words keyed by language
def test_a_vietnamese_word_that_folds_to_a_dutch_number_word_is_a_content_word():
    assert "tien" in " ".join(content_words("Nhà nước hỗ trợ 500 tiền mặt cho mỗi hộ gia đình.", "vi"))
    [figure] = details("Gia đình ông nhận 300 tiền thưởng.", "vi").figures
    assert figure.nouns


def test_a_dutch_number_word_is_still_no_content_word_in_dutch():
    assert "tien" not in content_words("Tien dagen later lagen er zeven dode zwanen in het ven.", "nl")
