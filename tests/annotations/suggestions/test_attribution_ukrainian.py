"""Attribution in Ukrainian: the table ``languages.TABLES["uk"]`` (``attribution/ukrainian.py``). The sentences of
the tests are invented for them; the gold of the Ukrainian corpus story (every cue of its five articles, written
before the table was) measures the table on whole articles."""

from pathlib import Path

import pytest

from annotations.suggestions import suggest
from annotations.suggestions.attribution import suggest_in_line
from annotations.suggestions.attribution.languages import languages
from annotations.suggestions.base import split_lines
from tests.annotations.suggestions.attribution_story_gold import story_scores

STORY = Path(__file__).resolve().parents[2] / "corpus" / "stories" / "hlynorichchia-pozhezha-miasokombinatu"

# Every attribution cue of the story's articles: a context with the cue in brackets, and its named source ("" for a
# pronoun or a cue without one). A speaker's label over a quotation counts as a cue.
GOLD = {
    "centrinform.txt": [
        ("[повідомили в Головному управлінні ДСНС у Черкаській області]", "Головному управлінні ДСНС у Черкаській "
                                                                         "області"),
        ("[За даними рятувальників]", "рятувальників"),
        ("Його стан [лікарі оцінюють] як", "лікарі"),
        ("[За попередніми даними]", ""),
        ("[На комбінаті стверджують]", "комбінаті"),
        ("[За оцінкою підприємства]", "підприємства"),
        ("[Директор м'ясокомбінату Орест Гнатюк повідомив]", "Директор м'ясокомбінату Орест Гнатюк"),
        ("[За його словами]", ""),
    ],
    "grunt.txt": [
        ("[Підприємство відзвітувало]", "Підприємство"),
        ("[Мер Богдан Ящишин уже сказав]", "Мер Богдан Ящишин"),
        ("Збитки від пожежі [оцінюють] у 52", ""),
    ],
    "puls24.txt": [
        ("[розповіла «Пульсу24» мешканка вулиці Заводської Оксана Дзюба]", "мешканка вулиці Заводської Оксана Дзюба"),
        ("[Інша місцева жителька, пенсіонерка Галина Петрівна, каже]", "пенсіонерка Галина Петрівна"),
        ("[за словами рятувальників]", "рятувальників"),
        ("[У поліції кажуть]", "поліції"),
        ("[у соцмережах місцеві пишуть]", "місцеві"),
        ("[Директор Орест Гнатюк запевнив]", "Директор Орест Гнатюк"),
    ],
    "vezha.txt": [
        ("[За даними ДСНС]", "ДСНС"),
        ("[Оксана Дзюба, мешканка вулиці Заводської:]", "Оксана Дзюба"),
        ("[Та на Заводській кажуть]", "Заводській"),
        ("[Іван Мельничук, мешканець вулиці Заводської:]", "Іван Мельничук"),
        ("[Орест Гнатюк, директор ТОВ «Глиноріцький м’ясокомбінат»:]", "Орест Гнатюк"),
        ("[Лідія Марчук, голова профспілкового комітету м’ясокомбінату:]", "Лідія Марчук"),
        ("[Міський голова Богдан Ящишин каже]", "Міський голова Богдан Ящишин"),
        ("[Богдан Ящишин, міський голова Глиноріччя:]", "Богдан Ящишин"),
    ],
    "visnyk.txt": [
        ("[Колеги кажуть]", "Колеги"),
        ("[Керівництво запевняє]", "Керівництво"),
        ("[Директор Орест Гнатюк у розмові з «Вісником» сказав]", "Директор Орест Гнатюк"),
        ("[Голова профспілкового комітету Лідія Марчук нагадує]", "Голова профспілкового комітету Лідія Марчук"),
        ("[каже вона]", ""),
        ("[За попередніми підрахунками комбінату]", "комбінату"),
        ("[За його словами]", ""),
        ("[заявив Богдан Ящишин]", "Богдан Ящишин"),
        ("[каже пенсіонер Іван Мельничук]", "пенсіонер Іван Мельничук"),
    ],
}


def cues_in(text):
    line = split_lines(text)[0]
    return [(text[s.start : s.end], s.source) for s in suggest_in_line(line, languages()["uk"])]


@pytest.mark.parametrize(
    "sentence, cues",
    [
        (
            "«Міст більше не безпечний», – заявив голова громади Петро Кравець.",
            [("заявив голова громади Петро Кравець", "голова громади Петро Кравець")],
        ),
        (
            "Начальниця станції Ірина Бойко повідомила, що потяги підуть за графіком.",
            [("Начальниця станції Ірина Бойко повідомила", "Начальниця станції Ірина Бойко")],
        ),
        ("Управління повідомило, що місць немає.", [("Управління повідомило", "Управління")]),
        ("За словами пожежників, дах обвалився вночі.", [("За словами пожежників", "пожежників")]),
        ("За даними синоптиків, мороз триматиметься тиждень.", [("За даними синоптиків", "синоптиків")]),
        ("У мерії кажуть, що ремонт почнеться навесні.", [("У мерії кажуть", "мерії")]),
        ("За його словами, школа відкриється в понеділок.", [("За його словами", "")]),
        ("«Води не було два дні», – каже вона.", [("каже вона", "")]),
    ],
)
def test_a_ukrainian_cue_and_its_source(sentence, cues):
    assert cues_in(sentence) == cues


@pytest.mark.parametrize(
    "sentence",
    [
        "Ремонт мосту завершать за тиждень.",  # bare "за" is "within", no phrase of source
        "За будинком стоїть стара водонапірна вежа.",  # "behind the house"
        "Вчителька пише книгу про історію села.",  # "writes a book": no words reported
        "Дід розповів казку онукам.",  # "told a tale"
        "Кухарка додала солі в борщ.",  # "added salt"
    ],
)
def test_a_ukrainian_sentence_that_reports_no_words_has_no_cue(sentence):
    assert cues_in(sentence) == []


def test_a_ukrainian_article_gets_attribution_suggestions():
    text = (
        "У селі Вербівка в неділю відкрили новий міст через річку. Будівництво тривало два роки.\n\n"
        "«Тепер діти ходитимуть до школи пішки», – сказала місцева вчителька Ганна Лисенко. За словами інженерів, "
        "міст витримає вантажівки до 40 тонн."
    )
    found = [(text[s.start : s.end], s.source) for s in suggest(text) if s.tag == "attribution"]
    assert ("сказала місцева вчителька Ганна Лисенко", "місцева вчителька Ганна Лисенко") in found
    assert ("За словами інженерів", "інженерів") in found


def test_the_ukrainian_story_cues_against_its_gold():
    found, total, right, suggested = story_scores(STORY, GOLD)
    assert found / total >= 0.9  # 31 of 34: estimates ("лікарі оцінюють як"), "за попередніми даними"
    assert right / suggested >= 0.9


def test_a_speakers_label_over_a_quotation_on_a_ukrainian_television_page():
    text = (
        "Після зливи в селі Вербівка вода підтопила два десятки дворів.\n\n"
        "Марія Коваль, господиня з в’їзду до села:\n"
        "«Вода стояла по коліна, врятували тільки документи.»"
    )
    found = [(text[s.start : s.end], s.source) for s in suggest(text) if s.tag == "attribution"]
    assert found == [("Марія Коваль, господиня з в’їзду до села:", "Марія Коваль, господиня з в’їзду до села")]
