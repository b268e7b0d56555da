"""Malayalam text on import, written in its own script: a text in Malayalam is read as Malayalam by its script, while
an English or a Tamil text naming a Malayalam village stays what it is; its own function words, not a list of words
translated from English; a word keeps its vowel signs, its virama and its chillu letters inside it; a page's date
written with a Malayalam month ("06 ഡിസംബർ 2026", "തിങ്കളാഴ്ച, ഡിസംബർ 7, 2026"), its months with the case endings
written onto them ("ഡിസംബറിൽ") and its weekdays joined to "ആഴ്ച" with theirs ("ചൊവ്വാഴ്ചയോടെ"); furniture lines
in Malayalam, and lines of news holding the same words that are none. Every text here is invented for the test."""

import datetime as dt

import pytest

from newsdesk.alignment import furniture, labels
from newsdesk.importing import calendar_names, languages
from newsdesk.importing.furniture_lines import line_furniture
from newsdesk.importing.page_dates import page_date

TODAY = dt.date(2026, 12, 20)
BODY = ("ചെറുവാരണം പഞ്ചായത്തിലെ പഴയ ബോട്ട് ജെട്ടി ബുധനാഴ്ച രാവിലെ ഭാഗികമായി തകർന്നു. ആ സമയം ജെട്ടിയിൽ "
        "യാത്രക്കാർ ഇല്ലാതിരുന്നതിനാൽ വലിയ അപകടം ഒഴിവായി.\n\n"
        "\"രണ്ട് വർഷമായി ഞങ്ങൾ അറ്റകുറ്റപ്പണി ആവശ്യപ്പെടുന്നു,\" പഞ്ചായത്ത് അംഗം സുലോചന രാഘവൻ പറഞ്ഞു. ബോട്ട് "
        "സർവീസ് താൽക്കാലികമായി നിർത്തിവെച്ചതായി ജലഗതാഗത വകുപ്പ് അറിയിച്ചു.\n")


def test_a_malayalam_text_is_read_as_malayalam():
    assert languages.language_of(BODY) == "ml"
    assert languages.language_of("ചെറുവാരണം ജെട്ടി തകർന്നു, ബോട്ട് സർവീസ് നിർത്തി") == "ml"


def test_an_english_or_tamil_text_naming_a_malayalam_village_stays_what_it_is():
    assert languages.language_of("The old boat jetty at Cheruvaranam (ചെറുവാരണം) partly collapsed on Wednesday "
                                 "morning while no passengers were on it, the panchayat member said.") == "en"
    assert languages.language_of("செருவாரணம் பஞ்சாயத்தின் பழைய படகுத் துறை புதன்கிழமை காலை பகுதியாக இடிந்து "
                                 "விழுந்தது.") == "ta"


def test_malayalam_function_words_are_its_own_and_no_terms_of_the_alignment():
    own = languages.function_words("ml")
    assert {"ആണ്", "ഉണ്ട്", "ഇല്ല", "ഈ", "ആ", "ഒരു", "എന്ന്", "എന്നാൽ", "വരെ", "മുതൽ", "ശേഷം", "പറഞ്ഞു",
            "അറിയിച്ചു", "അവർ", "അദ്ദേഹം"} <= own
    # Words of news: a jetty, a boat, a year, a village, water, a house, a panchayat.
    assert not {"ജെട്ടി", "ബോട്ട്", "വർഷം", "ഗ്രാമം", "വെള്ളം", "വീട്", "പഞ്ചായത്ത്"} & own


def test_a_malayalam_word_keeps_its_signs_inside_it():
    # Vowel signs, the virama of a conjunct, the chillu letters that close a word.
    found = [word for word in labels.tokens("ചെറുവാരണം ജെട്ടിയിൽ ബോട്ടുകൾ, പഞ്ചായത്ത് അംഗം.") if word not in ",."]
    assert found == ["ചെറുവാരണം", "ജെട്ടിയിൽ", "ബോട്ടുകൾ", "പഞ്ചായത്ത്", "അംഗം"]


@pytest.mark.parametrize("top, expected", [
    (("ജെട്ടി തകർന്നു", "ഓൺലൈൻ ഡെസ്ക് | പ്രസിദ്ധീകരിച്ചത്: 09 ഡിസംബർ 2026, 11:05 AM"), dt.date(2026, 12, 9)),
    (("ജെട്ടി തകർന്നു", "എഴുതിയത്: റെജി തോമസ്", "വ്യാഴാഴ്ച, ഡിസംബർ 10, 2026"), dt.date(2026, 12, 10)),
    (("ജെട്ടി തകർന്നു", "പ്രസിദ്ധീകരിച്ചത്: 14 ഓഗസ്റ്റ് 2025"), dt.date(2025, 8, 14)),
    (("ജെട്ടി തകർന്നു", "ആഗസ്റ്റ് 3, 2025"), dt.date(2025, 8, 3)),
    (("ജെട്ടി തകർന്നു", "വെള്ളിയാഴ്ച, 4 സെപ്തംബർ 2026"), dt.date(2026, 9, 4)),
])
def test_a_page_date_as_malayalam_pages_write_it(top, expected):
    assert page_date("\n".join(top) + "\n\n" + BODY, today=TODAY) == expected


def test_malayalam_months_and_weekdays_with_their_endings():
    months, weekdays = calendar_names.forms(calendar_names.MONTHS["ml"]), calendar_names.forms(
        calendar_names.WEEKDAYS["ml"])
    assert months["ഡിസംബർ"] == 12 and months["ജനുവരി"] == 1 and months["മേയ്"] == 5 and months["മെയ്"] == 5
    # The chillu gives way to its consonant, the virama to the ending's vowel, a vowel takes "യ" before it.
    assert months["ഡിസംബറിൽ"] == 12 and months["ഏപ്രിലിൽ"] == 4 and months["ജൂണിലെ"] == 6
    assert months["മാർച്ചിൽ"] == 3 and months["ജൂലൈയിൽ"] == 7 and months["ജനുവരിയോടെ"] == 1
    assert weekdays["ചൊവ്വാഴ്ച"] == 2 and weekdays["ഞായറാഴ്ച"] == 7 and weekdays["ശനിയാഴ്ചയും"] == 6
    assert weekdays["ചൊവ്വാഴ്ചയോടെ"] == 2 and weekdays["ഞായറാഴ്ചത്തെ"] == 7


@pytest.mark.parametrize("line", [
    "പരസ്യം",
    "കൂടുതൽ വായിക്കുക",
    "ഇതുംകൂടി വായിക്കൂ: ചെറുവാരണത്ത് പുതിയ പാലത്തിന് അനുമതി",
    "ഇതും വായിക്കുക: ജലഗതാഗത വകുപ്പിൽ പുതിയ ബോട്ടുകൾ",
    "അനുബന്ധ വാർത്തകൾ",
    "ഏറ്റവും കൂടുതൽ വായിച്ചത്",
    "ഷെയർ ചെയ്യുക",
    "അഭിപ്രായങ്ങൾ (12)",
    "ടാഗുകൾ: ജെട്ടി, ബോട്ട്, ചെറുവാരണം",
    "ഈ വെബ്സൈറ്റ് കുക്കികൾ ഉപയോഗിക്കുന്നു. സൈറ്റ് തുടർന്നും ഉപയോഗിക്കുന്നതിലൂടെ നിങ്ങൾ ഞങ്ങളുടെ കുക്കി നയം "
    "അംഗീകരിക്കുന്നു. അംഗീകരിക്കുന്നു",
    "© 2026 കായൽവാർത്ത. എല്ലാ അവകാശങ്ങളും നിക്ഷിപ്തം.",
])
def test_malayalam_page_furniture_is_told_by_its_words(line):
    assert line_furniture(line)


@pytest.mark.parametrize("line", [
    # An advertisement, a share and comments in news, rights in news, more in news.
    "ജെട്ടി പുനർനിർമാണത്തിന് ടെൻഡർ ക്ഷണിച്ച് പഞ്ചായത്ത് പത്രത്തിൽ പരസ്യം നൽകിയിട്ടുണ്ട്.",
    "അപകടത്തെക്കുറിച്ചുള്ള അഭിപ്രായങ്ങൾ പഞ്ചായത്ത് യോഗത്തിൽ അംഗങ്ങൾ പങ്കുവെച്ചു.",
    "ജെട്ടിയുടെ മേൽ എല്ലാ അവകാശങ്ങളും പഞ്ചായത്തിനാണെന്ന് പ്രസിഡന്റ് പറഞ്ഞു.",
    "കൂടുതൽ ബോട്ടുകൾ അനുവദിക്കണമെന്ന് യാത്രക്കാർ ആവശ്യപ്പെട്ടു.",
])
def test_malayalam_news_holding_those_words_is_no_furniture(line):
    assert not line_furniture(line)


def test_a_malayalam_live_page_note_that_it_will_be_refreshed_is_the_page_s():
    # The note closes on its verb, as the language writes it: no sentence opens on it.
    note = "പുതിയ വിവരങ്ങൾ ലഭിക്കുന്ന മുറയ്ക്ക് ഈ പേജ് പുതുക്കും."
    assert furniture.page_note(note.lower(), "ml", addressed=False)
    assert not furniture.page_note("ജെട്ടി തകർന്ന വിവരം ഈ പേജ് പുതുക്കും എന്ന് അദ്ദേഹം പറഞ്ഞു.", "ml", addressed=False)
