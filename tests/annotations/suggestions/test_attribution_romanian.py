"""Attribution in Romanian: the table ``languages.TABLES["ro"]`` (``attribution/romanian.py``). The sentences of the
tests are invented for them; the gold of the Romanian corpus story (every cue of its five articles, written before
the table was) measures the table on whole articles."""

from pathlib import Path

import pytest

from annotations.suggestions import suggest
from annotations.suggestions.attribution import suggest_in_line
from annotations.suggestions.attribution.languages import languages
from annotations.suggestions.base import split_lines
from tests.annotations.suggestions.attribution_story_gold import story_scores

STORY = Path(__file__).resolve().parents[2] / "corpus" / "stories" / "ocna-valsanesti-redeschidere-salina"

# Every attribution cue of the story's articles: a context with the cue in brackets, and its named source ("" for a
# pronoun or a cue without one).
GOLD = {
    "acp.txt": [
        ("[Agenția pentru Protecția Mediului (APM) Târnăvița a anunțat]", "Agenția pentru Protecția Mediului (APM) "
                                                                          "Târnăvița"),
        ("[Potrivit anunțului publicat pe site-ul instituției]", "anunțului publicat pe site-ul instituției"),
        ("[a declarat pentru ACP directoarea APM Târnăvița, Lavinia Roșculeț]", "Lavinia Roșculeț"),
        ("[compania susține]", "compania"),
        ("vechiul puț al minei și [a declarat] că", "Dănuț Oprișan"),
        ("publicat în octombrie 2024, [a avertizat] că", "Un studiu al Institutului de Geologie al Universității "
                                                          "din Târnăvița"),
        ("[Ministerul Mediului a precizat]", "Ministerul Mediului"),
        ("împotriva proiectului, [a anunțat] că membrii", "Asociația Vâlsana Curată"),
    ],
    "cronica.txt": [
        ("[Ministrul Economiei, la Ocna Vâlsănești:] „Salina", "Ministrul Economiei"),
        ("[Localnicii se tem]", "Localnicii"),
        ("vechea salină de la Ocna Vâlsănești și [a anunțat] că guvernul", "Dănuț Oprișan"),
        ("[a spus ministrul]", "ministrul"),
        ("[ministrul a răspuns]", "ministrul"),
        ("[Primarul orașului, Viorica Pintea, a declarat]", "Viorica Pintea"),
        ("[a spus ea]", ""),
        ("[potrivit organizatorilor]", "organizatorilor"),
        ("[Poliția a estimat]", "Poliția"),
        ("[a spus Gheorghița Codreanu]", "Gheorghița Codreanu"),
        ("[Reprezentanții Halit Carpatic spun]", "Reprezentanții Halit Carpatic"),
    ],
    "gazeta.txt": [
        ("[spun inițiatorii]", "inițiatorii"),
        ("[a declarat Tudor Mânzatu, președintele Asociației Vâlsana Curată]", "Tudor Mânzatu"),
        ("[Președintele Consiliului Județean, Octavian Belei, a transmis printr-un comunicat]", "Octavian Belei"),
        ("[Cercetătorii de la Universitatea din Târnăvița au calculat]", "Cercetătorii de la Universitatea din "
                                                                         "Târnăvița"),
        ("[Aceeași lucrare arată]", "Aceeași lucrare"),
        ("[a explicat conf. dr. Elena Vlăsceanu]", "conf. dr. Elena Vlăsceanu"),
        ("[spune Radu Tăbăcaru]", "Radu Tăbăcaru"),
        ("[Ministerul Mediului a transmis]", "Ministerul Mediului"),
    ],
    "stiri360.txt": [
        ("[Halit Carpatic promite] 180", "Halit Carpatic"),
        ("de la Ocna Vâlsănești, [a anunțat] joi", "Compania Halit Carpatic SRL"),
        ("[Potrivit calendarului prezentat de firmă]", "calendarului prezentat de firmă"),
        ("[a spus directorul general al companiei, Cornel Bârsănescu]", "Cornel Bârsănescu"),
        ("[potrivit companiei]", "companiei"),
        ("[Bârsănescu a susținut]", "Bârsănescu"),
        ("[a spus el]", ""),
        ("[compania spune]", "compania"),
    ],
    "tvt.txt": [
        ("[povestește Ileana Stoica]", "Ileana Stoica"),
        ("[a explicat colonelul Grădinaru]", "colonelul Grădinaru"),
        ("[inspectorul a spus]", "inspectorul"),
        ("[Geologii de la Universitatea din Târnăvița au atras atenția]", "Geologii de la Universitatea din "
                                                                          "Târnăvița"),
        ("[Locuitorii spun]", "Locuitorii"),
    ],
}


def cues_in(text):
    line = split_lines(text)[0]
    return [(text[s.start : s.end], s.source) for s in suggest_in_line(line, languages()["ro"])]


@pytest.mark.parametrize(
    "sentence, cues",
    [
        (
            "„Podul nu mai este sigur”, a declarat primarul comunei, Ion Vasilescu.",
            [("a declarat primarul comunei, Ion Vasilescu", "Ion Vasilescu")],
        ),
        (
            "Directoarea școlii Maria Popa a spus că orele încep luni.",
            [("Directoarea școlii Maria Popa a spus", "Directoarea școlii Maria Popa")],
        ),
        ("Potrivit pompierilor, focul a pornit de la o sobă.", [("Potrivit pompierilor", "pompierilor")]),
        ("Conform meteorologilor, ninge până joi.", [("Conform meteorologilor", "meteorologilor")]),
        ("Spitalul a precizat că trei pacienți sunt stabili.", [("Spitalul a precizat", "Spitalul")]),
        ("„Apa a venit noaptea”, spune un pescar din sat.", [("spune un pescar", "un pescar")]),
        ("„Nu am știut nimic”, a spus ea.", [("a spus ea", "")]),
        # "ş" and "ţ" with a cedilla, as older keyboards typed them
        ("Compania susţine că lucrările se termină în mai.", [("Compania susţine", "Compania")]),
    ],
)
def test_a_romanian_cue_and_its_source(sentence, cues):
    assert cues_in(sentence) == cues


@pytest.mark.parametrize(
    "sentence",
    [
        "Terenul nu este potrivit pentru construcții.",  # "suitable", no phrase of source
        "Nimeni nu a avut curajul a spune adevărul.",  # "to say": an infinitive after "a"
        "Primăria susține financiar clubul de fotbal.",  # "supports": no words reported
        "Postul local a transmis meciul în direct.",  # "broadcast the match"
    ],
)
def test_a_romanian_sentence_that_reports_no_words_has_no_cue(sentence):
    assert cues_in(sentence) == []


def test_a_romanian_article_gets_attribution_suggestions():
    text = (
        "Noul pod peste râul Olteț a fost deschis duminică în comuna Bălcești. Lucrările au durat doi ani.\n\n"
        "„Copiii pot merge acum pe jos la școală”, a declarat învățătoarea Ana Ionescu. Potrivit inginerilor, "
        "podul poate susține camioane de 40 de tone."
    )
    found = [(text[s.start : s.end], s.source) for s in suggest(text) if s.tag == "attribution"]
    assert ("a declarat învățătoarea Ana Ionescu", "învățătoarea Ana Ionescu") in found
    assert ("Potrivit inginerilor", "inginerilor") in found


def test_the_romanian_story_cues_against_its_gold():
    found, total, right, suggested = story_scores(STORY, GOLD)
    assert found / total >= 0.9  # 37 of 40: a headline's speaker before a colon, two verbs after "și"
    assert right / suggested >= 0.9  # two crossheads that ask what someone says: "Ce spun geologii"
