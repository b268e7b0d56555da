"""Armenian text on import: its question, emphasis and exclamation marks ("՞", "՛", "՜"), written over a vowel inside
the word, stay inside it ("Ինչո՞ւ", "Ե՛ս"); a page's date written with an Armenian month in the genitive a date
takes ("3 դեկտեմբերի, 2026", "2026 թ. մարտի 14"); furniture lines in Armenian. Every text here is invented for the
test."""

import datetime as dt

import pytest

from newsdesk.alignment import furniture, labels
from newsdesk.importing import tokens
from newsdesk.importing.furniture_lines import line_furniture
from newsdesk.importing.page_dates import page_date

TODAY = dt.date(2026, 12, 20)
BODY = ("Ծաղկավանում երեկ փակվեց գետի վրայի կամուրջը, որը վթարային է ճանաչվել։ Վարորդները ստիպված են "
        "օգտվել 12 կիլոմետրանոց շրջանցիկ ճանապարհից, հայտնում է համայնքապետարանը։\n\n"
        "«Ե՞րբ կբացվի կամուրջը, ոչ ոք չգիտի», – ասում է բնակիչ Սամվել Առաքելյանը։\n")


@pytest.mark.parametrize("sentence, word", [
    ("Ինչո՞ւ ոչ ոք մեզ չզգուշացրեց։", "Ինչո՞ւ"),
    ("Ե՞րբ կբացվի կամուրջը։", "Ե՞րբ"),
    ("Ե՛ս եմ դա ասել։", "Ե՛ս"),
    ("Ո՜վ սիրելի քաղաք։", "Ո՜վ"),
])
def test_an_armenian_mark_written_inside_a_word_stays_inside_it(sentence, word):
    assert word in [token.text for token in tokens.tokenize(sentence).tokens]
    assert word in labels.tokens(sentence)


def test_an_armenian_question_mark_inside_a_word_ends_no_sentence():
    sentences = [sentence.text for sentence in tokens.tokenize("Ե՞րբ կբացվի կամուրջը։ Ոչ ոք չգիտի։").sents]
    assert sentences == ["Ե՞րբ կբացվի կամուրջը։", "Ոչ ոք չգիտի։"]


@pytest.mark.parametrize("top, expected", [
    (("Կամուրջը փակ է", "Հեղինակ՝ Աննա Սահակյան", "3 դեկտեմբերի, 2026"), dt.date(2026, 12, 3)),
    (("Կամուրջը փակ է", "Դեկտեմբերի 3, 2026 | 14:20"), dt.date(2026, 12, 3)),
    (("Կամուրջը փակ է", "2026 թ. մարտի 14, 09:15"), dt.date(2026, 3, 14)),
    (("Կամուրջը փակ է", "Հրապարակվել է՝ 5 հունիսի 2025"), dt.date(2025, 6, 5)),
])
def test_a_page_date_with_an_armenian_month(top, expected):
    assert page_date("\n".join(top) + "\n\n" + BODY, today=TODAY) == expected


@pytest.mark.parametrize("line", [
    "Մեկնաբանություններ (12)",
    "Ամենաընթերցվածը",
    "Կարդալ նաև",
    "Կիսվել՝ Facebook | Telegram | Պատճենել հղումը",
    "Բաժանորդագրվել",
    "ԳՈՎԱԶԴ",
])
def test_armenian_page_furniture_is_told_by_its_words(line):
    assert line_furniture(line)


def test_an_armenian_invitation_to_log_in_and_comment_is_a_note_about_the_page():
    assert furniture.PAGE_NOTE_REASON in furniture.furniture_reasons("Մեկնաբանելու համար մուտք գործեք։", language="hy")
    assert furniture.PAGE_NOTE_REASON not in furniture.furniture_reasons(
        "Քաղաքապետարանը կայքում բացել է էջ, որտեղ բնակիչները կարող են մեկնաբանել նախագիծը։", language="hy")
