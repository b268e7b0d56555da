"""Attribution in Lithuanian: the table ``languages.TABLES["lt"]`` (``attribution/lithuanian.py``). The sentences of
the tests are invented for them; the gold of the Lithuanian corpus story (every cue of its five articles, written
before the table was) measures the table on whole articles."""

from pathlib import Path

import pytest

from annotations.suggestions import suggest
from annotations.suggestions.attribution import suggest_in_line
from annotations.suggestions.attribution.languages import languages
from annotations.suggestions.base import split_lines
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


def cues_in(text):
    line = split_lines(text)[0]
    return [(text[s.start : s.end], s.source) for s in suggest_in_line(line, languages()["lt"])]


@pytest.mark.parametrize(
    "sentence, cues",
    [
        # the verb after its subject
        (
            "Seniūnas Petras Giedraitis sako, kad tiltas bus remontuojamas vasarą.",
            [("Seniūnas Petras Giedraitis sako", "Seniūnas Petras Giedraitis")],
        ),
        # a quotation, a comma and a dash, the verb, then its source
        (
            "„Vanduo pakilo per vieną naktį“, – sakė ugniagesių vadas Tomas Rimkus.",
            [("sakė ugniagesių vadas Tomas Rimkus", "ugniagesių vadas Tomas Rimkus")],
        ),
        ("„Niekas mūsų neperspėjo“, – kalbėjo ji.", [("kalbėjo ji", "")]),
        # "according to": a phrase before the source, and a noun in the instrumental after it
        ("Pasak policijos, avarijoje niekas nenukentėjo.", [("Pasak policijos", "policijos")]),
        ("Anot gydytojų, gripo sezonas baigiasi.", [("Anot gydytojų", "gydytojų")]),
        ("Seniūnijos duomenimis, kaime liko 40 gyventojų.", [("Seniūnijos duomenimis", "Seniūnijos")]),
        ("Jos teigimu, autobusai vėluoja kasdien.", [("Jos teigimu", "")]),  # a pronoun: the speaker named before
        # a phrase of source that ends in the instrumental of figures: one cue
        (
            "Remiantis Statistikos departamento duomenimis, rajone gyventojų mažėja.",
            [("Remiantis Statistikos departamento duomenimis", "Statistikos departamento duomenimis")],
        ),
        ("Ūkininkai skundžiasi, kad supirkimo kaina krito.", [("Ūkininkai skundžiasi", "Ūkininkai")]),
        ("„Tokios žiemos nebuvo“, – prisimena senolė Elena.", [("prisimena senolė Elena", "senolė Elena")]),
        # "kaip rašo X", as X writes: a verb that is an ordinary verb too, read with "kaip" before its source
        ("Kaip rašo BNS, ministras atsistatydino.", [("rašo BNS", "BNS")]),
        ("Kaip skelbia savivaldybė, kelias bus uždarytas.", [("skelbia savivaldybė", "savivaldybė")]),
        # the compound past: an auxiliary and a participle
        ("Meras yra sakęs, kad aikštė bus atnaujinta.", [("Meras yra sakęs", "Meras")]),
        # a statement without a speaker, read from the document it stands in
        (
            "Ministerijos rašte teigiama, kad mokykla liks atvira.",
            [("Ministerijos rašte teigiama", "Ministerijos rašte")],
        ),
        # a word of time before the subject: the verb is not second, so the subject follows it
        ("Vakar meras sakė, kad tiltas saugus.", [("meras sakė", "meras")]),
        ("Pirmadienio vakarą policija pranešė apie avariją.", [("policija pranešė", "policija")]),
        ("Kovo 13 d. seniūnė sakė, kad kelias atidarytas.", [("seniūnė sakė", "seniūnė")]),
        # a number that opens the subject is its own, not a date's
        ("40 metų dirbęs kalvis sako, kad amatas nyksta.", [("40 metų dirbęs kalvis sako", "40 metų dirbęs kalvis")]),
        # a company's or a paper's name in quotation marks, inside the subject or the source after the verb
        (
            "Šiandien bendrovė „Miško kelias“ paskelbė, kad gamykla dirbs.",
            [("bendrovė „Miško kelias“ paskelbė", "bendrovė „Miško kelias“")],
        ),
        (
            "Apie tai pranešė laikraštis „Pajūrio žinios“.",
            [("pranešė laikraštis „Pajūrio žinios“", "laikraštis „Pajūrio žinios“")],
        ),
        # whom the words were told to, in the dative, between the subject and the verb
        (
            "Girininkas Jonas Paulauskas žurnalistams sakė, kad gaisras užgesintas.",
            [("Girininkas Jonas Paulauskas žurnalistams sakė", "Girininkas Jonas Paulauskas")],
        ),
        # an adverb of manner between the dash and the verb
        (
            "„Daugiau nieko negaliu pasakyti“, – trumpai komentavo klubo treneris Darius Vilkas.",
            [("komentavo klubo treneris Darius Vilkas", "klubo treneris Darius Vilkas")],
        ),
        # whom the words were told to, between the dash and the verb: the source is the name after the verb
        (
            "„Sezonas buvo sunkus“, – „Pajūrio žinioms“ sakė žvejų bendrijos pirmininkas Algis Butkus.",
            [("sakė žvejų bendrijos pirmininkas Algis Butkus", "žvejų bendrijos pirmininkas Algis Butkus")],
        ),
        (
            "„Kelias bus uždarytas“, – BALTNEWS teigė rajono meras Kęstutis Bielskis.",
            [("teigė rajono meras Kęstutis Bielskis", "rajono meras Kęstutis Bielskis")],
        ),
        # a promise of what is to be done, with an infinitive
        ("Savivaldybė žada kitais metais sutvarkyti kelią.", [("Savivaldybė žada", "Savivaldybė")]),
    ],
)
def test_a_lithuanian_cue_and_its_source(sentence, cues):
    assert cues_in(sentence) == cues


@pytest.mark.parametrize(
    "sentence",
    [
        "Mūsų kaimynas kalba trimis kalbomis.",  # speaks three languages
        "Taryba patvirtino ateinančių metų biudžetą.",  # approved the budget
        "Kasininkė vakare skaičiuoja pinigus.",  # counts money
        "Parduotuvė žada didelių nuolaidų.",  # promises a thing, not words
        "Seniūnija paskelbė konkursą naujam parkui.",  # announced a tender
        "Kaimynai nesutinka su jo nuomone.",  # "with his opinion": the noun's case after a preposition
        "Mano nuomone, šventė turi likti mieste.",  # "in my opinion": the writer's own, no one else's words
        "Jis papasakojo, kaip rašo knygas vaikams.",  # "how he writes books": no source after "kaip rašo"
        "„Mums sakė, kad autobusas neatvažiuos“ – toks buvo užrašas.",  # a verb inside a quotation
    ],
)
def test_a_lithuanian_sentence_that_reports_no_words_has_no_cue(sentence):
    assert cues_in(sentence) == []


@pytest.mark.parametrize(
    "sentence, cues",
    [
        (
            "Ūkininkas Tomas Vaitkus mano, kad supirkimo kaina per maža.",
            [("Ūkininkas Tomas Vaitkus mano", "Ūkininkas Tomas Vaitkus")],
        ),
        ("Jis mano, kad pieninė dar atsigaus.", [("Jis mano", "")]),
    ],
)
def test_lithuanian_mano_after_a_subject_and_before_its_clause_is_a_cue(sentence, cues):
    assert cues_in(sentence) == cues


@pytest.mark.parametrize(
    "sentence",
    [
        "Mano ūkis prarado pusę pajamų, kai pieninė užsidarė.",  # my farm
        "Kaimynai pirko pieną iš mano ūkio, kad padėtų.",  # from my farm
    ],
)
def test_lithuanian_mano_before_a_noun_is_my_and_no_cue(sentence):
    assert cues_in(sentence) == []


def test_an_object_in_the_accusative_after_a_lithuanian_verb_is_not_its_source():
    # "sakė kalbą", gave a speech: the speech is no speaker; the relative clause's speaker is named before it
    assert [source for _, source in cues_in("Seniūnas, kuris sakė kalbą, padėkojo svečiams.")] == ["Seniūnas"]


def test_a_lithuanian_article_gets_attribution_suggestions():
    text = (
        "Girulių ežere uždrausta maudytis\n\n"
        "Nuo pirmadienio Girulių ežere draudžiama maudytis. Vandenyje rasta per daug bakterijų.\n\n"
        "„Vanduo bus tiriamas kas savaitę“, – sakė visuomenės sveikatos centro vedėja Laima Sabaliauskienė. "
        "Pasak jos, draudimas gali trukti visą mėnesį."
    )
    found = [(text[s.start : s.end], s.source) for s in suggest(text) if s.tag == "attribution"]
    assert ("sakė visuomenės sveikatos centro vedėja Laima Sabaliauskienė",
            "visuomenės sveikatos centro vedėja Laima Sabaliauskienė") in found
    assert ("Pasak jos", "") in found


def test_the_lithuanian_story_cues_against_its_gold():
    found, total, right, suggested = story_scores(STORY, GOLD)
    assert total == 23
    assert found / total >= 0.85
    assert right / suggested >= 0.9
