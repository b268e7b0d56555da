"""Telugu text on import: a text in the Telugu script is read as Telugu, not English; a zero-width non-joiner between
a loanword and the ending written onto it ("పైప్‌లైన్", "అక్టోబర్‌లో") stays inside its word; a page's date written
with a Telugu month ("01 డిసెంబర్ 2026", "డిసెంబర్ 2, 2026") or in figures day first ("01-12-2026"); furniture lines
in Telugu; a video line above the story is no headline. Every text here is invented for the test."""

import datetime as dt

import pytest

from newsdesk.alignment import labels, words
from newsdesk.importing import calendar_names, languages, tokens
from newsdesk.importing.furniture_lines import line_furniture
from newsdesk.importing.headline import headline
from newsdesk.importing.page_dates import page_date

TODAY = dt.date(2026, 12, 20)
BODY = ("తామరపల్లి చెరువు కట్టకు గండి పడటంతో గ్రామంలోని పొలాలు నీట మునిగాయి. సుమారు 300 ఎకరాల్లో వరి పంట దెబ్బతిన్నదని "
        "వ్యవసాయ అధికారులు ఈ మేరకు అంచనా వేశారు.\n\n"
        "\"కట్ట బలహీనంగా ఉందని ఎన్నిసార్లు చెప్పినా ఎవరూ పట్టించుకోలేదు,\" అని గ్రామస్థుడు పోతుల రాము అన్నారు.\n")
JOINED = ("పైప్‌లైన్", "అక్టోబర్‌లో", "కమిషనర్‌కు")


def test_a_telugu_text_is_read_as_telugu():
    assert languages.language_of(BODY) == "te"
    assert languages.language_of("తామరపల్లి చెరువు కట్టకు గండి") == "te"


def test_telugu_function_words_are_no_terms_of_the_alignment():
    assert {"ఈ", "అని", "నుంచి", "ఉన్న"} <= languages.function_words("te")
    assert "చెరువు" not in languages.function_words("te")


@pytest.mark.parametrize("word", JOINED)
def test_a_non_joiner_between_a_loanword_and_its_ending_stays_inside_the_word(word):
    sentence = f"తామరపల్లి {word} పనులు ఆగిపోయాయి."
    assert word in [token.text for token in tokens.tokenize(sentence).tokens]
    assert word in labels.tokens(sentence)
    assert word in words.TOKEN.findall(sentence)


def test_telugu_months_and_weekdays_are_known_with_the_spellings_pages_write():
    months = calendar_names.forms(calendar_names.MONTHS["te"])
    assert months["డిసెంబర్"] == months["డిసెంబరు"] == months["డిసెంబర్‌లో"] == 12
    assert months["మార్చిలో"] == 3 and months["జూలై"] == months["జులై"] == 7
    assert calendar_names.forms(calendar_names.WEEKDAYS["te"])["మంగళవారం"] == 2


def test_marchs_bare_name_is_also_a_verbs_form_but_not_its_locative():
    assert "మార్చి" in calendar_names.ALSO_WORDS
    assert "మార్చిలో" not in calendar_names.ALSO_WORDS


@pytest.mark.parametrize("top, expected", [
    (("తామరపల్లి చెరువుకు గండి", "రచన: పోతుల రాము | ప్రచురణ: 14 మార్చి 2025, సాయంత్రం 4:10"), dt.date(2025, 3, 14)),
    (("తామరపల్లి చెరువుకు గండి", "కథనం: ఎం. సుధ | శుక్రవారం, మార్చి 14, 2025"), dt.date(2025, 3, 14)),
    (("తామరపల్లి చెరువుకు గండి", "03-10-2025 | మధ్యాహ్నం 12:35 IST"), dt.date(2025, 10, 3)),
])
def test_a_page_date_as_telugu_pages_write_it(top, expected):
    assert page_date("\n".join(top) + "\n\n" + BODY, today=TODAY) == expected


@pytest.mark.parametrize("line", [
    "వ్యాఖ్యలు (12)",
    "ఎక్కువగా చదివినవి",
    "ఇది కూడా చదవండి: తామరపల్లిలో కొత్త వంతెన",
    "సంబంధిత వార్తలు",
    "మరిన్ని వార్తలు",
    "షేర్ చేయండి: Facebook | WhatsApp | లింక్ కాపీ చేయండి",
    "ప్రకటన",
    "ట్యాగ్‌లు: #తామరపల్లి #చెరువు",
    "© 2025 తామరపల్లి న్యూస్. సర్వహక్కులు ప్రత్యేకించబడ్డాయి.",
    "వ్యాఖ్యానించడానికి లాగిన్ అవ్వండి.",
    "చివరిగా అప్‌డేట్ చేసినది: మార్చి 14, 2025, రాత్రి 8:20",
    "ప్రచురణ: 14 మార్చి 2025, సాయంత్రం 4:10",
])
def test_telugu_page_furniture_is_told_by_its_words(line):
    assert line_furniture(line)


def test_a_telugu_video_line_above_the_story_is_no_headline():
    page = ("పల్లె టీవీ\nలైవ్ టీవీ | వీడియోలు | వార్తలు\n\nతామరపల్లి చెరువుకు గండి: 300 ఎకరాల్లో పంట నష్టం\n\n"
            "రిపోర్టర్: ఎం. సుధ | 14.03.2025\n\n▶ వీడియో: 1:32 | దృశ్యాలు: పల్లె టీవీ\n\n" + BODY)
    assert headline(page) == "తామరపల్లి చెరువుకు గండి: 300 ఎకరాల్లో పంట నష్టం"


def test_a_telugu_page_s_revision_label_gives_way_to_its_publication_date():
    top = ("తామరపల్లి చెరువుకు గండి", "అప్‌డేట్: 15 మార్చి 2025, ఉదయం 9:00 | ప్రచురణ: 14 మార్చి 2025, సాయంత్రం 4:10")
    assert page_date("\n".join(top) + "\n\n" + BODY, today=TODAY) == dt.date(2025, 3, 14)
