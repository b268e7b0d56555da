"""Page furniture in Ukrainian (and the Russian phrases its neighbours share): cookie banners, most-read and
read-also labels, comment, typo, subscription and app prompts, donation appeals, disclaimers, bylines and a
columnist's note, found by the line rules, while the story's own sentences stay the story's; and the short lines
of a story's own that the shape rules alone would cut: a speaker's line over the quotation and a heading over a
short section among the article's other headings.

Every text here is invented for the test."""

import pytest

from newsdesk.alignment.clustering import PassageText, split_furniture
from newsdesk.alignment.furniture import furniture_reasons
from newsdesk.importing.furniture_lines import line_furniture, related_label


@pytest.mark.parametrize("line", [
    "Ми використовуємо файли cookie, щоб сайт працював швидше. Залишаючись на сайті, ви погоджуєтеся з цим.",
    "© «Подільська зоря», 2025. Усі права захищено.",
    "Щоб залишити коментар, увійдіть у свій акаунт.",
    "Помітили помилку? Виділіть її та натисніть Ctrl+Enter.",
    "Заметили ошибку? Выделите её и нажмите Ctrl+Enter.",
    "Передплатіть «Степовий край» на наступний рік у будь-якому відділенні пошти.",
    "Дивіться «Обрій» у застосунку на телефоні та на телевізорі.",
    "Думка автора може не збігатися з позицією редакції.",
    "Підтримайте нас донатом: кожна гривня допомагає нам писати про громаду.",
])
def test_ukrainian_page_phrases_are_furniture(line):
    assert line_furniture(line) is not None


@pytest.mark.parametrize("label", ["НАЙПОПУЛЯРНІШЕ", "Читайте також:", "Найчитаніше"])
def test_ukrainian_related_labels_are_labels(label):
    assert related_label(label)


def test_a_ukrainian_columnists_note_is_furniture_even_with_a_name_in_quotation_marks():
    assert line_furniture("Петро Лисенко – економіст, співзасновник аналітичного центру «Річкові міста».") is not None


@pytest.mark.parametrize("line", [
    # Reporting about cookies, a director who is an economist, a quoted call to subscribe: the story's.
    "Директор заводу Петро Лисенко – економіст за фахом, сказав, що цех відбудують до весни.",
    "Мешканці вулиці Садової вимагають, аби комбінат виніс аміачну установку за межі міста.",
    "У міськраді заявили, що сесія розгляне питання 11 грудня.",
])
def test_ukrainian_reporting_is_not_furniture(line):
    assert line_furniture(line) is None


PARAGRAPHS = [
    "Пожежа на складі спалахнула близько опівночі, і до ранку рятувальники боролися з вогнем у холодильному цеху.",
    "Через небезпеку витоку газу поліція вивезла мешканців двох вулиць до будинку культури на околиці міста.",
    "Власник підприємства оцінює збитки у десятки мільйонів гривень, а страховка покриє лише частину втрат.",
    "Профспілка просить зберегти зарплату працівникам, поки цех не відбудують, і міська рада обіцяє допомогу.",
    "Депутати міськради зберуться на позачергову сесію, щоб вирішити, чи переносити установку за місто.",
    "Мешканці кажуть, що скаржилися на запах і шум вантажівок уже багато років, але їх ніхто не чув.",
]


def article(texts: list[str]) -> list[PassageText]:
    return [PassageText(key=index, article="a", index=index, text=text) for index, text in enumerate(texts)]


def furniture_of(texts: list[str]) -> set:
    return set(split_furniture(article(texts), {})[1])


def test_a_speakers_line_over_the_quotation_stays_in_the_story():
    speaker = "Дана Орен, фермерка:"
    assert furniture_reasons(speaker, language="uk")  # too few words, by the shape rules alone
    quotation = "«Щодня ми возимо молоко за десять хвилин, а тепер це буде година дороги в один бік»."
    assert furniture_of([PARAGRAPHS[0], speaker, quotation, PARAGRAPHS[1]]) == set()


def test_a_one_word_label_with_a_colon_or_a_page_label_over_a_paragraph_stays_furniture():
    assert furniture_of([PARAGRAPHS[0], "Оновлено:", PARAGRAPHS[1]]) == {1}
    assert furniture_of([PARAGRAPHS[0], "Читайте також:", PARAGRAPHS[1]]) == {1}


def test_a_heading_over_one_paragraph_between_two_headings_of_sections_stays_in_the_story():
    texts = [PARAGRAPHS[0], "Евакуація", PARAGRAPHS[1], PARAGRAPHS[2], "Збитки", PARAGRAPHS[3],
             "Рішення влади", PARAGRAPHS[4], PARAGRAPHS[5]]
    assert furniture_of(texts) == set()


def test_a_short_line_over_one_paragraph_outside_a_run_of_headings_stays_furniture():
    # A caption between the first paragraphs, before any heading, and one between two paragraphs with no heading
    # on either side, head no section.
    texts = [PARAGRAPHS[0], "Рятувальники біля складу", PARAGRAPHS[1], "Евакуація", PARAGRAPHS[2], PARAGRAPHS[3],
             "Рішення влади", PARAGRAPHS[4], PARAGRAPHS[5]]
    assert furniture_of(texts) == {1}


def test_a_sentence_of_news_that_opens_with_look_or_an_imperative_in_speech_stays_the_story():
    # "Look: the plant closed …" opens news; "Sign the petition, the workers urged" is the workers' speech.
    for line in ("Дивіться: у місті закрили завод, де працювали 300 людей.",
                 "Підпишіться під петицією, закликали працівники заводу.",
                 "Смотрите, что происходит в городе, сказал мэр."):
        assert line_furniture(line) is None, line


def test_a_prompt_to_watch_the_outlet_in_its_app_is_furniture():
    for line in ("Дивіться «Вежу» у застосунку для смартфонів.", "Смотрите «Новости» в приложении."):
        assert line_furniture(line)[0] == "call_to_action", line
