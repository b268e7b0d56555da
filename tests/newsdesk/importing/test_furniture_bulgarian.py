"""Furniture of Bulgarian pages by their words (a cookie banner, share, related and comment lines, a newsletter box, a
follow-us line, a writer's note, a stamp with its writer and reading time); the same words in a sentence of news stay
the story's. Every line here is invented for the test."""

import pytest

from newsdesk.importing.furniture_lines import line_furniture


@pytest.mark.parametrize("line", [
    "РЕКЛАМА",
    "Сподели: Facebook | Viber | Копирай линка",
    "Свързани новини",
    "Прочетете още: Нов парк отвори врати в Калище",
    "Най-четени",
    "Абонирай се за нашия бюлетин и получавай новините първи!",
    "Последвайте „Дъбравски новини“ във Фейсбук!",
    "Оставете коментар",
    "Този сайт използва бисквитки, за да работи по-добре. Продължавайки, вие се съгласявате с употребата им.",
    "Приемам | Отказвам | Настройки",
    "За автора: Вера Илиева е журналистка от Дъбравец и пише за планинските села от 2015 г.",
    "Снимка: Иван Колев",
    "Автор: Иван Колев",
    "Етикети: мост, Дъбравец, ремонт",
    "Време за четене: 3 мин.",
    "© 2031 Дъбравски новини ЕООД. Всички права запазени.",
])
def test_bulgarian_page_furniture_is_told_by_its_words(line):
    assert line_furniture(line) is not None


@pytest.mark.parametrize("line", [
    "Съветниците споделиха, че новините за моста са ги изненадали, каза кметът пред събранието.",
    "Според кмета бисквитките и хлябът в магазина на селото вече идват само през ден.",
    "На 4 ноември 2025 г. от Калище тръгнаха първите автобуси | с ученици и учители за града",
])
def test_bulgarian_news_sentences_with_those_words_stay_the_storys(line):
    assert line_furniture(line) is None


@pytest.mark.parametrize("line", [
    "Published on 4 November 2025 by Jane Roe | Reading time: 3 min.",
    "Veröffentlicht am 4. November 2025 von Jana Roth | Lesezeit: 3 Min.",
])
def test_a_stamp_with_its_writer_and_a_reading_time_is_a_row_of_details_in_any_language(line):
    assert line_furniture(line) is not None
