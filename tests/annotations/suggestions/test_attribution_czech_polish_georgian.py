"""Attribution in Czech and Polish (their tables, read with the language given) and in Georgian (its own reader,
told by its script), and the Georgian and Czech names in quotation marks that are no scare quotes. Every text here
is invented for the test."""

import pytest

from annotations.suggestions import suggest
from annotations.suggestions.attribution import georgian, suggest_in_line
from annotations.suggestions.attribution.languages import languages, reader_of
from annotations.suggestions.base import split_lines
from newsdesk.importing import speech_verbs


def cues_in(code, text):
    line = split_lines(text)[0]
    return [(text[s.start : s.end], s.source) for s in suggest_in_line(line, languages()[code])]


def georgian_cues(text):
    line = split_lines(text)[0]
    return [(text[s.start : s.end], s.source) for s in georgian.suggest_in_line(line)]


def test_czech_polish_and_georgian_verbs_of_saying_are_in_the_table():
    assert {"řekl", "řekla", "řekli", "uvedl", "uvedla", "sdělil", "sdělila", "tvrdí", "říká"} <= (
        speech_verbs.speech_verbs("cs")
    )
    assert {"powiedział", "powiedziała", "stwierdził", "dodała", "przekazał"} <= speech_verbs.speech_verbs("pl")
    assert {"განაცხადა", "თქვა", "აღნიშნა", "განმარტა", "განუცხადა", "ამბობს", "აცხადებს"} <= (
        speech_verbs.speech_verbs("ka")
    )


@pytest.mark.parametrize(
    "sentence, cues",
    [
        (
            "Silnici uzavřel sesuv, sdělil mluvčí silničářů Petr Lorenc.",
            [("sdělil mluvčí silničářů Petr Lorenc", "mluvčí silničářů Petr Lorenc")],
        ),
        (
            "„Voda stoupala rychle,“ řekla velitelka jednotky kpt. Jana Malá.",
            [("řekla velitelka jednotky kpt. Jana Malá", "velitelka jednotky kpt. Jana Malá")],
        ),
        ("Most podle rybářů praskl už v zimě.", [("podle rybářů", "rybářů")]),
        ("Škoda je podle něj vysoká.", [("podle něj", "")]),
        ("„Nikdo nás nevaroval,“ uvedla.", [("uvedla", "")]),
        (
            "Ředitel mlékárny Jiří Brož tvrdí, že závod se otevře v pátek.",
            [("Ředitel mlékárny Jiří Brož tvrdí", "Ředitel mlékárny Jiří Brož")],
        ),
    ],
)
def test_a_czech_cue_and_its_source(sentence, cues):
    assert cues_in("cs", sentence) == cues


def test_a_polish_cue_and_its_source():
    assert cues_in("pl", "Most jest zamknięty, powiedział burmistrz Adam Wilk.") == [
        ("powiedział burmistrz Adam Wilk", "burmistrz Adam Wilk")
    ]


@pytest.mark.parametrize(
    "sentence, cues",
    [
        ("„ხიდი დაინგრა“, — თქვა მან.", [("თქვა მან", "")]),
        ("„გზა დაკეტილია“, — განაცხადა გამგებელმა.", [("განაცხადა გამგებელმა", "გამგებელმა")]),
        (
            "„წყალი ჩამოვიდა“, — განუცხადა „ამინდს“ მაშველმა ლევან ხუციშვილმა.",
            [("განუცხადა „ამინდს“ მაშველმა ლევან ხუციშვილმა", "მაშველმა ლევან ხუციშვილმა")],
        ),
        ("მაშველების თქმით, ხიდი დაინგრა.", [("მაშველების თქმით", "მაშველების")]),
        ("მისი თქმით, ხიდი დაინგრა.", [("მისი თქმით", "")]),
        (
            "სოფლის გამგებლის, ნიკო ბერიას, განცხადებით, ხიდი დაინგრა.",
            [("სოფლის გამგებლის, ნიკო ბერიას, განცხადებით", "ნიკო ბერიას")],
        ),
        ("ფერმერი ზაზა კვირია ამბობს, რომ ხიდი დაინგრა.", [("ფერმერი ზაზა კვირია ამბობს", "ფერმერი ზაზა კვირია")]),
        ("გამგეობა კი აცხადებს, რომ ხიდი მყარია.", [("გამგეობა კი აცხადებს", "გამგეობა")]),
    ],
)
def test_a_georgian_cue_and_its_source(sentence, cues):
    assert georgian_cues(sentence) == cues


def test_a_georgian_article_is_read_by_its_own_reader_told_by_its_script():
    assert reader_of(split_lines("ფერმერი ზაზა კვირია ამბობს, რომ ხიდი დაინგრა.")) is georgian.suggest_in_line


def test_a_georgian_name_in_quotation_marks_after_a_company_or_a_verb_of_saying_is_no_scare_quote():
    text = (
        "ოჯახები სასტუმრო „მწვანე ველში“ გადაიყვანეს. ხიდი შპს „ქვაფენილის“ ბრიგადამ ააშენა.\n\n"
        "„ხიდი მყარია“, — განუცხადა „ამინდს“ ინჟინერმა ნიკო ბერიამ."
    )
    assert [s for s in suggest(text, tag="rhetoric") if s.rule == "rhetoric.scare_quotes"] == []


def test_a_name_in_quotation_marks_with_its_case_ending_after_the_closing_mark_is_no_scare_quote():
    text = "Pumppuja toi paikalle ”Vesiapu”-ryhmä, joka saapui aamulla Kivikylään sadan vapaaehtoisen kanssa."
    assert [s for s in suggest(text, tag="rhetoric") if s.rule == "rhetoric.scare_quotes"] == []


def test_an_english_scare_quote_stays_a_scare_quote():
    text = "The council called the new levy a “contribution” to the town's flood defences, though residents disagreed."
    assert [s.rule for s in suggest(text, tag="rhetoric") if s.rule == "rhetoric.scare_quotes"] == [
        "rhetoric.scare_quotes"
    ]


def test_a_woman_named_as_a_month_of_another_language_is_the_whole_source():
    # Serbian's "marta" and "maja" (of March, of May) are in the month tables; after a verb they are a name.
    assert cues_in("it", "Le tariffe aumenteranno da giugno, ha detto la portavoce Marta Colombo.") == [
        ("ha detto la portavoce Marta Colombo", "la portavoce Marta Colombo")
    ]
