"""Attribution in Lithuanian: the table ``languages.TABLES["lt"]`` (``attribution/lithuanian.py``). The sentences of
the tests are invented for them; the gold of the Lithuanian corpus story (every cue of its five articles, written
before the table was) measures the table on whole articles."""

from pathlib import Path

from annotations.suggestions.attribution.languages import TABLES
from tests.annotations.suggestions.attribution_story_gold import story_scores

STORY = Path(__file__).resolve().parents[2] / "corpus" / "stories" / "vejunai-pienines-uzdarymas"

# Every attribution cue of the story's articles: a context with the cue in brackets, and its named source ("" for a
# pronoun or a cue without one). The blog reports no one's words: its writer speaks for herself ("Norėčiau tikėti").
# A promise of what will be done is a cue ("žada, kad", "žada … vežioti"); an offer of a thing ("siūlo … vietų ir
# žada autobusą") and a wish ("Merė norėtų, kad") report no words.
GOLD = {
    "balsas.txt": [],
    "baltinfo.txt": [
        ("[Pieno perdirbimo bendrovė AB „Šventupės pienas“ antradienį paskelbė]", "AB „Šventupės pienas“"),
        ("[Bendrovės pranešime teigiama]", "Bendrovės pranešime"),
        ("– BALTINFO [sakė bendrovės generalinis direktorius Rimantas Kairys]", "Rimantas Kairys"),
        ("[Bendrovė teigia]", "Bendrovė"),
    ],
    "greitai.txt": [
        ("[klausia darbuotojai]", "darbuotojai"),
        ("Antradienį [bendrovė „Šventupės pienas“ darbuotojams pranešė]", "bendrovė „Šventupės pienas“"),
        ("[Bendrovė skaičiuoja]", "Bendrovė"),
        ("trumpai [komentavo bendrovės vadovas Rimantas Kairys]", "Rimantas Kairys"),
        ("[kalbėjo moteris]", "moteris"),
        ("[Bendrovė žada], kad sūris", "Bendrovė"),
    ],
    "krastas.txt": [
        ("AB „Šventupės pienas“ [vadovai Vėjūnų pieninės darbuotojams pranešė]", "„Šventupės pienas“ vadovai"),
        ("[Pasak bendrovės]", "bendrovės"),
        ("[teigė generalinis direktorius Rimantas Kairys]", "Rimantas Kairys"),
        ("[Merės Aušros Kazlauskienės skaičiavimu]", "Merės Aušros Kazlauskienės"),
        ("[Bendrovė žada] kasdien", "Bendrovė"),
        ("[Pieno gamintojų asociacijos pirmininkas Vytautas Jankauskas baiminasi]", "Vytautas Jankauskas"),
        ("[Bendrovė pažadėjo]", "Bendrovė"),
    ],
    "lvt.txt": [
        ("[pranešė ją valdanti bendrovė „Šventupės pienas“]", "bendrovė „Šventupės pienas“"),
        ("[60 karvių laikantis ūkininkas Vytautas Jankauskas sako]", "Vytautas Jankauskas"),
        ("[sakė jis]", ""),
        ("[Bendrovė tikina]", "Bendrovė"),
        ("[Merė Aušra Kazlauskienė sako]", "Merė Aušra Kazlauskienė"),
        ("[kalbėjo merė]", "merė"),
    ],
}


def test_lithuanian_is_read_by_a_table():
    assert "lt" in TABLES


def test_the_lithuanian_story_cues_against_its_gold():
    found, total, right, suggested = story_scores(STORY, GOLD)
    assert total == 23
    assert found / total >= 0.85
    assert right / suggested >= 0.9
