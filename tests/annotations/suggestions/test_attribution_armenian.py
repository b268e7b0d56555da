"""Attribution in Armenian: the table ``languages.TABLES["hy"]`` (``attribution/armenian.py``). The sentences of the
tests are invented for them; the gold of the Armenian corpus story (every cue of its five articles, written before
the table was) measures the table on whole articles."""

from pathlib import Path

import pytest

from annotations.suggestions.attribution import suggest_in_line
from annotations.suggestions.attribution.languages import languages
from annotations.suggestions.base import split_lines
from tests.annotations.suggestions.attribution_story_gold import story_scores, story_sources_named

STORY = Path(__file__).resolve().parents[2] / "corpus" / "stories" / "kaghnevan-jrazrkum"

# Every attribution cue of the story's articles: a context with the cue in brackets, and its named source. A promise
# to give water ("խոստանում է ջուր տալ", "խոստանում է վերականգնել") is a deed to come, not words reported; a list
# published by the town hall ("հրապարակել է քաղաքապետարանը") and a cost estimated ("գնահատում է 40-ից 50 միլիոն
# դրամ") report no one's words.
GOLD = {
    "lusaber.txt": [
        ("[«Լեռնաջուր» ՓԲԸ-ի տնօրեն Արտաշես Մելիքսեթյանի խոսքով]", "«Լեռնաջուր» ՓԲԸ-ի տնօրեն Արտաշես Մելիքսեթյանի"),
        ("[ասել է Մելիքսեթյանը]", "Մելիքսեթյանը"),
        ("[Ընկերության գնահատմամբ]", "Ընկերության"),
        ("[հայտնել է կենտրոնի տնօրեն Նաիրա Ավետիսյանը]", "կենտրոնի տնօրեն Նաիրա Ավետիսյանը"),
        ("[նշել են մարզպետարանից]", "մարզպետարանից"),
    ],
    "verelktv.txt": [
        ("[«Լեռնաջուր» ընկերությունը հայտարարել է]", "«Լեռնաջուր» ընկերությունը"),
        ("[մասնագետների կարծիքով]", "մասնագետների"),
        ("[ասել է կենտրոնի տնօրեն Նաիրա Ավետիսյանը]", "կենտրոնի տնօրեն Նաիրա Ավետիսյանը"),
        ("[Կրթության վարչությունից հայտնել են]", "Կրթության վարչությունից"),
        ("[ասում է Բերդի թաղամասի բնակչուհի Անահիտ Սարգսյանը]", "Բերդի թաղամասի բնակչուհի Անահիտ Սարգսյանը"),
    ],
    "lurer24.txt": [
        ("[ասում է 34-ամյա Գոհար Հակոբյանը]", "34-ամյա Գոհար Հակոբյանը"),
    ],
    "lraber.txt": [
        ("[պատմեց ինժեներ Գագիկ Ներսիսյանը]", "ինժեներ Գագիկ Ներսիսյանը"),
        ("[«Լեռնաջուր»-ի Կաղնեվանի մասնաճյուղի պետ Սուրեն Դավթյանը խոստացավ]",
         "«Լեռնաջուր»-ի Կաղնեվանի մասնաճյուղի պետ Սուրեն Դավթյանը"),
        ("[Մասնագետները պնդում են]", "Մասնագետները"),
    ],
    "parz.txt": [
        ("[ըստ ընկերության]", "ընկերության"),
    ],
}


def cues_in(text):
    line = split_lines(text)[0]
    return [(text[s.start : s.end], s.source) for s in suggest_in_line(line, languages()["hy"])]


@pytest.mark.parametrize("sentence, cues", [
    # a quotation, a dash, the participle and its auxiliary, then the source
    ("«Կամուրջը կբացվի գարնանը», – ասել է համայնքապետ Գարիկ Մանուկյանը։",
     [("ասել է համայնքապետ Գարիկ Մանուկյանը", "համայնքապետ Գարիկ Մանուկյանը")]),
    # the aorist after a quotation
    ("«Ոչ ոք մեզ չզգուշացրեց», – ասաց վարորդ Սամվել Առաքելյանը։",
     [("ասաց վարորդ Սամվել Առաքելյանը", "վարորդ Սամվել Առաքելյանը")]),
    # the subject, the participle and its auxiliary, then "որ" and the words said
    ("Համայնքապետարանը հայտնել է, որ կամուրջը կփակվի մինչև գարուն։",
     [("Համայնքապետարանը հայտնել է", "Համայնքապետարանը")]),
    ("Ոստիկանությունը նշեց, որ տուժածներ չկան։", [("Ոստիկանությունը նշեց", "Ոստիկանությունը")]),
    # "according to X", X in the genitive, before it
    ("Ըստ ոստիկանության՝ վթարի հետևանքով տուժածներ չկան։", [("Ըստ ոստիկանության", "ոստիկանության")]),
    # X in the genitive, then "in the words of", "by the estimate of"
    ("Համայնքապետի խոսքով՝ աշխատանքները կտևեն երկու ամիս։", [("Համայնքապետի խոսքով", "Համայնքապետի")]),
])
def test_an_armenian_cue_and_its_source(sentence, cues):
    assert cues_in(sentence) == cues


@pytest.mark.parametrize("sentence", [
    "Համայնքապետարանը խոստանում է նոր կամուրջ կառուցել։",  # a promise of a deed, no words said
    "Նա ասելու բան չուներ, և բոլորը լռեցին։",  # "ասելու": an infinitive's case, nothing said
])
def test_an_armenian_sentence_that_reports_no_words_has_no_cue(sentence):
    assert cues_in(sentence) == []


def test_the_armenian_story_cues():
    found, total, right, suggested = story_scores(STORY, GOLD)
    assert total == 15
    assert found >= 11 and right >= suggested - 2, (found, total, right, suggested)


def test_the_armenian_story_names_its_sources():
    """ "ինչպես «Լրաբերին» պատմեց ինժեներ X, …": the paper in the dative is whom the engineer told, not the source."""
    assert story_sources_named(STORY, GOLD) == (15, 15)


# The outlet the words were told to, a capitalised name in the dative before the verb ("Վերելք TV-ին ասել է …",
# "ինչպես «Լրաբերին» պատմեց X, …"), is no source when the source is named after the verb and closes its sentence
# or its clause; a
# company's name in « » before its noun ("«Լեռնաջուր» ընկերությունը") is part of the source.
@pytest.mark.parametrize("sentence, cues", [
    ("«Մենք ջուր չունենք», – Վերելք TV-ին ասել է տնօրեն Նաիրա Ավետիսյանը։",
     [("ասել է տնօրեն Նաիրա Ավետիսյանը", "տնօրեն Նաիրա Ավետիսյանը")]),
    ("«Ճանապարհը փակ է», – Լուր ռադիոյին պատմեց վարորդ Արամ Սահակյանը։",
     [("պատմեց վարորդ Արամ Սահակյանը", "վարորդ Արամ Սահակյանը")]),
    # "as X told «the paper», …": the outlet in the dative is whom it was told to, wherever the clause goes on after
    ("Կամուրջը, ինչպես «Արշալույսին» պատմեց ինժեներ Վահե Գրիգորյանը, երբեք չի վերանորոգվել։",
     [("պատմեց ինժեներ Վահե Գրիգորյանը", "ինժեներ Վահե Գրիգորյանը")]),
    ("Ինչպես Հորիզոն TV-ին ասել է համայնքապետ Արմեն Բաղդասարյանը, դպրոցը կբացվի երկուշաբթի։",
     [("ասել է համայնքապետ Արմեն Բաղդասարյանը", "համայնքապետ Արմեն Բաղդասարյանը")]),
])
def test_an_armenian_recipient_before_the_verb_is_no_source(sentence, cues):
    assert cues_in(sentence) == cues


# A word in small letters ending in "-ին" after the verb is no outlet the words were told to: an adjective in "-ային"
# (territorial, regional) is part of the source.
@pytest.mark.parametrize("sentence, cues", [
    ("«Աշխատանքները կավարտվեն ամռանը», – ասել է ԱԺ տարածքային կառավարման հանձնաժողովի նախագահ Արմեն Սարգսյանը։",
     [("ասել է ԱԺ տարածքային կառավարման հանձնաժողովի նախագահ Արմեն Սարգսյանը",
       "ԱԺ տարածքային կառավարման հանձնաժողովի նախագահ Արմեն Սարգսյանը")]),
    ("«Ճանապարհը բաց է», – նշել է մարզպետարանի տարածքային վարչության պետ Լևոն Մկրտչյանը։",
     [("նշել է մարզպետարանի տարածքային վարչության պետ Լևոն Մկրտչյանը",
       "մարզպետարանի տարածքային վարչության պետ Լևոն Մկրտչյանը")]),
])
def test_an_armenian_adjective_in_in_after_the_verb_is_part_of_the_source(sentence, cues):
    assert cues_in(sentence) == cues


@pytest.mark.parametrize("sentence, cues", [
    ("«Լեռնաջուր» ընկերությունը հայտարարել է, որ ջուրը կվերականգնվի վաղը։",
     [("«Լեռնաջուր» ընկերությունը հայտարարել է", "«Լեռնաջուր» ընկերությունը")]),
    ("«Արևիկ» հիմնադրամը նշեց, որ դպրոցը կվերանորոգվի։", [("«Արևիկ» հիմնադրամը նշեց", "«Արևիկ» հիմնադրամը")]),
    # with its case ending after a hyphen
    ("«Արևիկ»-ի տնօրեն Աննա Պետրոսյանը նշեց, որ դպրոցը կվերանորոգվի։",
     [("«Արևիկ»-ի տնօրեն Աննա Պետրոսյանը նշեց", "«Արևիկ»-ի տնօրեն Աննա Պետրոսյանը")]),
    # before a postposition: its marks are no words of the phrase's length
    ("«Արևիկ» հիմնադրամի նախագահ Լիլիթ Հովսեփյանի խոսքով՝ դպրոցը կվերանորոգվի։",
     [("«Արևիկ» հիմնադրամի նախագահ Լիլիթ Հովսեփյանի խոսքով", "«Արևիկ» հիմնադրամի նախագահ Լիլիթ Հովսեփյանի")]),
])
def test_an_armenian_quoted_name_before_its_noun_is_part_of_the_source(sentence, cues):
    assert cues_in(sentence) == cues
