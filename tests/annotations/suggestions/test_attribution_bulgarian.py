"""Attribution in Bulgarian: the table ``languages.TABLES["bg"]`` (``attribution/bulgarian.py``). The sentences of the
tests are invented for them; the gold of the Bulgarian corpus story (every cue of its five articles, written before
the table was) measures the table on whole articles."""

from pathlib import Path

import pytest

from annotations.suggestions import suggest
from annotations.suggestions.attribution import suggest_in_line
from annotations.suggestions.attribution.languages import languages
from annotations.suggestions.base import split_lines
from tests.annotations.suggestions.attribution_story_gold import story_scores

STORY = Path(__file__).resolve().parents[2] / "corpus" / "stories" / "ostroglav-svlachishte"

# Every attribution cue of the story's articles: a context with the cue in brackets, and its named source ("" for a
# pronoun or a cue without one). A state of disaster declared ("обяви частично бедствено положение") is a deed, not
# words reported; money to be asked for ("ще поиска средства") is no words said yet; the blog's "Никой не може да
# ми каже" (nobody can tell me) and "Искам кметът да обясни" (I want the mayor to explain) report nothing.
GOLD = {
    "nia.txt": [
        ("Пресека, [съобщиха от Областното пътно управление] (ОПУ)", "Областното пътно управление"),
        ("[посочи началникът на ОПУ – Смолян инж. Даниела Пехливанова]", "началникът на ОПУ – Смолян инж. Даниела "
                                                                         "Пехливанова"),
        ("[По думите ѝ]", ""),
        ("[Според първоначалната оценка на ОПУ]", "първоначалната оценка на ОПУ"),
        ("[допълни инж. Пехливанова]", "инж. Пехливанова"),
    ],
    "goreshto.txt": [
        ("[разказа за Горещо.бг 81-годишната баба Здравка Мутафова]", "81-годишната баба Здравка Мутафова"),
        ("[Според тях]", ""),
        ("[пита отчаяно мъжът]", "мъжът"),
    ],
    "radio.txt": [
        ("[уточниха от общината]", "общината"),
        ("[пита Айше Карамехмедова]", "Айше Карамехмедова"),
        ("[Тя разказа]", ""),
        ("[заяви той]", ""),
        ("[Според Областното пътно управление]", "Областното пътно управление"),
    ],
    "vestnik.txt": [
        ("[Геологът доц. Ивайло Стоянов, който е изследвал свлачището тогава, обясни]", "Геологът доц. Ивайло Стоянов"),
        ("[каза той]", ""),
        ("[Според първата оценка на ОПУ – Смолян]", "първата оценка на ОПУ – Смолян"),
        ("[Инж. Даниела Пехливанова каза]", "Инж. Даниела Пехливанова"),
        ("[заяви кметът]", "кметът"),
        ("[Общинските съветници от опозицията поискаха]", "Общинските съветници от опозицията"),
    ],
    "blog.txt": [],
}


def cues_in(text):
    line = split_lines(text)[0]
    return [(text[s.start : s.end], s.source) for s in suggest_in_line(line, languages()["bg"])]


@pytest.mark.parametrize(
    "sentence, cues",
    [
        (  # a quotation, the verb, then its source
            "„Мостът няма да издържи още една зима“, заяви кметът на село Върбица Тодор Калчев.",
            [("заяви кметът на село Върбица Тодор Калчев", "кметът на село Върбица Тодор Калчев")],
        ),
        (  # the verb after its subject
            "Директорката на училището Мария Стойкова каза, че занятията започват в понеделник.",
            [("Директорката на училището Мария Стойкова каза", "Директорката на училището Мария Стойкова")],
        ),
        ("„Не сме получили нищо“, каза тя.", [("каза тя", "")]),
        # a title written with a stop before a name ends no sentence
        ("„Реката ще спадне до петък“, каза доц. Петър Колев.", [("каза доц. Петър Колев", "доц. Петър Колев")]),
        # the perfect, "е" and the l-participle, and the participle alone, as hearsay
        ("Общината е съобщила, че водата е годна за пиене.", [("Общината е съобщила", "Общината")]),
        ("Кметът заявил, че пари за ремонта няма.", [("Кметът заявил", "Кметът")]),
        (  # where the person spoke, after the name: no part of it
            "„Това е празник за селото“, заяви кметът Тодор Калчев на откриването.",
            [("заяви кметът Тодор Калчев", "кметът Тодор Калчев")],
        ),
        # a body that speaks through "от" and a plural verb, after the verb or before it
        ("Пожарът е потушен, съобщиха от пожарната служба в Равнец.", [("съобщиха от пожарната служба",
                                                                     "пожарната служба")]),
        ("От полицията уточниха, че шофьорът е задържан.", [("От полицията уточниха", "полицията")]),
        # whom the words were told to, between the verb and its source; an outlet named by its web address
        (
            "„Водата дойде през нощта“, разказа пред Радио Равнец рибарят Стефан Донев.",
            [("разказа пред Радио Равнец рибарят Стефан Донев", "рибарят Стефан Донев")],
        ),
        (
            "„Децата се страхуват“, каза за Новини.бг учителката Елена Димова.",
            [("каза за Новини.бг учителката Елена Димова", "учителката Елена Димова")],
        ),
    ],
)
def test_a_bulgarian_cue_and_its_source(sentence, cues):
    assert cues_in(sentence) == cues


@pytest.mark.parametrize(
    "sentence, cues",
    [
        ("Според пожарникарите огънят е тръгнал от печка.", [("Според пожарникарите", "пожарникарите")]),
        (
            "Според доклада на агенцията броят на жертвите расте.",
            [("Според доклада на агенцията", "доклада на агенцията")],
        ),
        (
            "Според Регионалната здравна инспекция ще има нови проверки.",
            [("Според Регионалната здравна инспекция", "Регионалната здравна инспекция")],
        ),
        ("По думите му ремонтът ще продължи две седмици.", [("По думите му", "")]),
        ("Според тях мостът е опасен.", [("Според тях", "")]),
    ],
)
def test_a_bulgarian_phrase_of_source_ends_where_the_clause_opens(sentence, cues):
    """ "According to X": the clause's own subject, in the full article ("огънят", "броят"), or its verb ("ще има")
    ends X."""
    assert cues_in(sentence) == cues


@pytest.mark.parametrize(
    "sentence, cues",
    [
        (  # after the verb
            "„Водата ще бъде пусната утре“, заяви управителят на ВиК Пловдив – Север Иван Христов.",
            [("заяви управителят на ВиК Пловдив – Север Иван Христов",
              "управителят на ВиК Пловдив – Север Иван Христов")],
        ),
        (  # before the verb
            "Управителят на ВиК Бургас – Юг Иван Христов каза, че водата ще бъде пусната утре.",
            [("Управителят на ВиК Бургас – Юг Иван Христов каза", "Управителят на ВиК Бургас – Юг Иван Христов")],
        ),
        ("ОДМВР – Ловеч съобщи, че шофьорът е задържан.", [("ОДМВР – Ловеч съобщи", "ОДМВР – Ловеч")]),
        (  # a title written with a stop after the body's name, before the person's
            "„Пътят е затворен“, каза началникът на ОПУ – Ловеч инж. Петър Колев.",
            [("каза началникът на ОПУ – Ловеч инж. Петър Колев", "началникът на ОПУ – Ловеч инж. Петър Колев")],
        ),
        (  # after a phrase of source
            "Според ОДМВР – Ловеч шофьорът е задържан.",
            [("Според ОДМВР – Ловеч", "ОДМВР – Ловеч")],
        ),
        (  # a dash between a name and the words said is no part of the name
            "Проблемът е стар, заяви кметът Иван Христов – Ще го решим до лятото.",
            [("заяви кметът Иван Христов", "кметът Иван Христов")],
        ),
        (  # a dash between a place and the next clause's subject opens that clause
            "Кметът пристигна в Пловдив – Иван Христов каза, че ремонтът започва.",
            [("Иван Христов каза", "Иван Христов")],
        ),
    ],
)
def test_a_bulgarian_name_holds_a_spaced_dash_between_its_capitalised_words(sentence, cues):
    """ "ВиК Пловдив – Север", "ОПУ – Смолян": a body's branch named after a spaced dash, between capitalised words,
    is one name."""
    assert cues_in(sentence) == cues


@pytest.mark.parametrize(
    "sentence",
    [
        "Кметът обяви частично бедствено положение в общината.",  # declared a state: a deed, no words
        "Съветниците искат кметът да обясни разходите.",  # "да обясни": to explain, nothing said yet
        "Утре министърът ще обясни плана пред депутатите.",  # the future: nothing said yet
        "Фермерът добави сол в млякото.",  # added salt
        "Туристите питат за пътя до хижата.",  # ask the way
        "Склоновете над реката са твърди и сухи.",  # "твърди": hard, not "claims"
        "Отговори на въпросите ще има в петък.",  # "Отговори": answers, a noun
    ],
)
def test_a_bulgarian_sentence_that_reports_no_words_has_no_cue(sentence):
    assert cues_in(sentence) == []


def test_a_bulgarian_article_gets_attribution_suggestions():
    text = (
        "Новият мост над река Равна беше открит в неделя в село Върбица. Строежът продължи две години.\n\n"
        "„Децата вече могат да ходят пеша до училище“, каза учителката Елена Димова. Според инженерите мостът "
        "издържа камиони от 40 тона."
    )
    found = [(text[s.start : s.end], s.source) for s in suggest(text) if s.tag == "attribution"]
    assert ("каза учителката Елена Димова", "учителката Елена Димова") in found
    assert ("Според инженерите", "инженерите") in found


def test_the_bulgarian_story_cues_against_its_gold():
    found, total, right, suggested = story_scores(STORY, GOLD)
    assert total == 19
    assert found / total >= 0.9
    assert right / suggested >= 0.9


# An institution's name writes only its first word in capitals and may hold a preposition ("Агенция за пътна
# инфраструктура"), which after a person's name ends the source ("каза Петрова за местния вестник", whom it was told
# to): the table's nouns that open an institution's name tell the two apart. "Според" before what a thing is
# measured by ("според времето", depending on the weather) names no one: the table's words after it say so.
@pytest.mark.parametrize(
    "sentence, cues",
    [
        (
            "Пътят е затворен, съобщиха от Агенция за пътна инфраструктура.",
            [("съобщиха от Агенция за пътна инфраструктура", "Агенция за пътна инфраструктура")],
        ),
        (
            "Агенцията за безопасност на храните съобщи, че млякото е чисто.",
            [("Агенцията за безопасност на храните съобщи", "Агенцията за безопасност на храните")],
        ),
        ("Комисията по хазарта заяви, че ще провери залата.", [("Комисията по хазарта заяви", "Комисията по хазарта")]),
        # after a person's name the preposition still ends the source
        ("Пътят е затворен, каза Петрова за местния вестник.", [("каза Петрова", "Петрова")]),
    ],
)
def test_a_bulgarian_institution_named_with_a_preposition_is_one_source(sentence, cues):
    assert cues_in(sentence) == cues


@pytest.mark.parametrize(
    "sentence",
    [
        "Ще решим според времето дали да тръгнем към хижата.",
        "Помощите ще се разпределят според нуждите на семействата.",
        "Цената се променя според сезона.",
    ],
)
def test_a_bulgarian_according_before_a_thing_is_no_cue(sentence):
    assert cues_in(sentence) == []


def test_a_bulgarian_according_before_a_speaker_is_still_a_cue():
    assert cues_in("Според кмета пътят ще бъде готов през май.") == [("Според кмета", "кмета")]
