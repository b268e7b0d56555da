"""Attribution in Norwegian (Bokmål): the table ``languages.TABLES["nb"]`` (``attribution/norwegian.py``). The sentences
of the tests are invented for them; the gold of the Norwegian corpus story (every cue of its five articles, written
before the table was) measures the table on whole articles."""

from pathlib import Path

import pytest

from annotations.suggestions import suggest
from annotations.suggestions.attribution import suggest_in_line
from annotations.suggestions.attribution.languages import languages
from annotations.suggestions.base import split_lines
from tests.annotations.suggestions.attribution_story_gold import story_scores, story_sources_named

STORY = Path(__file__).resolve().parents[2] / "corpus" / "stories" / "skarvoyra-ras-tunnel"

# Every attribution cue of the story's articles: a context with the cue in brackets, and its named source ("" for a
# pronoun). A cost "anslått" or "beregnet" in the passive names no one; a headline's "Geologen: – …" has no verb of
# saying; a quoted neighbour's "Jeg skjønte …" inside the words said is no cue of its own: none of them is a cue.
GOLD = {
    "npb.txt": [
        ("[Ifølge Statens vegvesen] løsnet", "Statens vegvesen"),
        ("[sier seksjonsleder Ingrid Sæther]", "seksjonsleder Ingrid Sæther"),
    ],
    "regionkanalen.txt": [
        ("[sier Oddvar Nesheim]", "Oddvar Nesheim"),
        ("[Statens vegvesen anslår] at", "Statens vegvesen"),
        ("[forklarer geolog Henrik Aas]", "geolog Henrik Aas"),
        ("[sier han].", ""),
        ("[opplyser kommunen]", "kommunen"),
        ("[Skolen sier] at", "Skolen"),
    ],
    "skarvoyposten.txt": [
        ("[Kommunen mener] staten", "Kommunen"),
        ("[sier Vik] til", "Vik"),
        ("[Rektor Siri Lunde opplyser]", "Rektor Siri Lunde"),
    ],
    "skarvoy-kommune.txt": [
        ("[sier ordfører Arne Vik]", "ordfører Arne Vik"),
    ],
    "kveldsposten.txt": [
        ("[Fylkesvaraordfører Hilde Strand sier] til", "Fylkesvaraordfører Hilde Strand"),
        ("[sier hun].", ""),
        ("[sier Trond Eide]", "Trond Eide"),
        ("[Ifølge Statens vegvesen] kan", "Statens vegvesen"),
        ("[Statens vegvesen opplyser] at", "Statens vegvesen"),
    ],
}


def cues_in(text):
    line = split_lines(text)[0]
    return [(text[s.start : s.end], s.source) for s in suggest_in_line(line, languages()["nb"])]


@pytest.mark.parametrize(
    "sentence, cues",
    [
        # the source, then the verb and a clause with "at", with or without a comma before it
        (
            "Rektor Per Holm sier at skolen åpner igjen på mandag.",
            [("Rektor Per Holm sier", "Rektor Per Holm")],
        ),
        ("Brannsjef Eva Lie sier, at ingen ble skadet.", [("Brannsjef Eva Lie sier", "Brannsjef Eva Lie")]),
        # a quoted paragraph led by a dash, the verb and its source after it, a title in lower case before the name
        (
            "– Brua er ikke trygg lenger, sier ingeniør Ola Dahl.",
            [("sier ingeniør Ola Dahl", "ingeniør Ola Dahl")],
        ),
        # the past "sa" and a pronoun after it, then the outlet it was told to
        ("– Vi så vannet stige hele natten, sa hun til Vestavisa.", [("sa hun", "")]),
        # the source after the verb, its article written onto the noun
        ("Ferja går først igjen i morgen, opplyser rederiet.", [("opplyser rederiet", "rederiet")]),
        ("Ifølge politiet kom ingen til skade.", [("Ifølge politiet", "politiet")]),
        # the verb second after a fronted "ifølge X": whatever verb follows the noun or the name ends the source
        ("Ifølge kommunen tåler brua lastebiler.", [("Ifølge kommunen", "kommunen")]),
        ("Ifølge Ola Nord tåler brua lastebiler.", [("Ifølge Ola Nord", "Ola Nord")]),
        ("Ifølge Statens vegvesen løsnet steinene i natt.", [("Ifølge Statens vegvesen", "Statens vegvesen")]),
        (
            "Ifølge kommunens beregninger koster bygget 40 millioner kroner.",
            [("Ifølge kommunens beregninger", "kommunens beregninger")],
        ),
        # the compound past, "har" and a participle
        (
            "Sykehuset har opplyst at tre pasienter er skrevet ut.",
            [("Sykehuset har opplyst", "Sykehuset")],
        ),
        # the verb second after a word of time: its source after it
        ("I går sa ordføreren at ferja går igjen.", [("sa ordføreren", "ordføreren")]),
        # a verb that is an ordinary verb too, with a clause after it
        (
            "Overlege Ida Berg forklarer at smitten sprer seg i varmen.",
            [("Overlege Ida Berg forklarer", "Overlege Ida Berg")],
        ),
        # a title set apart by commas between the name and the verb
        (
            "Jon Moe, leder i velforeningen, sier at vedtaket er feil.",
            [("Jon Moe, leder i velforeningen, sier", "Jon Moe")],
        ),
        # the first person inside a quoted paragraph is the speaker's own words, no cue of its own
        ("– Vi mener at fylket må betale, sier leder Kari Lund.", [("sier leder Kari Lund", "leder Kari Lund")]),
        # "det" for the words said, the source after the verb
        (
            "Det bekrefter ordfører Tove Hals overfor Vestavisa.",
            [("bekrefter ordfører Tove Hals", "ordfører Tove Hals")],
        ),
        # an estimate reports its figure as a statement does
        (
            "Kommunen anslår at skadene koster 12 millioner kroner.",
            [("Kommunen anslår", "Kommunen")],
        ),
    ],
)
def test_a_norwegian_cue_and_its_source(sentence, cues):
    assert cues_in(sentence) == cues


@pytest.mark.parametrize(
    "sentence",
    [
        "Hun forteller en historie om havet hver kveld.",  # tells a story: no words reported
        "Tre ansatte sa opp i forrige uke.",  # resigned
        "Bystyret sa ja til den nye skolen.",  # voted yes
        "Det sier seg selv at brua må repareres.",  # it goes without saying
        "Det er for tidlig å si noe om årsaken.",  # "to say", an infinitive
        "Det sier mye om kommunens planlegging.",  # that says a lot: no source
        "Utbedringen er anslått å koste 35 millioner kroner.",  # an estimate in the passive names no one
    ],
)
def test_a_norwegian_sentence_that_reports_no_words_has_no_cue(sentence):
    assert cues_in(sentence) == []


@pytest.mark.parametrize(
    "sentence, cues",
    [
        # Norwegian drops "at" after a verb of saying or thinking: a clause with its subject and finite verb follows
        (
            "Kommunen mener staten og fylket har visst om faren lenge.",
            [("Kommunen mener", "Kommunen")],
        ),
        ("Rektor Per Holm mener det er for tidlig å åpne skolen.", [("Rektor Per Holm mener", "Rektor Per Holm")]),
        ("Naboene tror brua kan rase sammen.", [("Naboene tror", "Naboene")]),
        ("Hun mener kommunen må betale.", [("Hun mener", "")]),
        # a preposition inside the clause's subject ("bygget i sentrum", the building in the centre)
        ("Kommunen mener bygget i sentrum skal rives i vår.", [("Kommunen mener", "Kommunen")]),
    ],
)
def test_a_norwegian_clause_without_at_after_a_verb_of_thinking_is_reported(sentence, cues):
    assert cues_in(sentence) == cues


@pytest.mark.parametrize(
    "sentence",
    [
        "Hun mener det.",  # no clause after the verb
        "Han tror på en bedre løsning for skolen.",  # believes in
        "Hun skriver en bok som kommer ut i mai.",  # writes a book: a relative clause, no clause of its own
        "Fylket vurderer saken på nytt i april.",  # assesses the matter
        # two verb phrases joined by "og": "means business and will close the tunnel", no clause
        "Fylket mener alvor og vil stenge tunnelen i helgen.",
    ],
)
def test_a_norwegian_verb_of_thinking_with_no_clause_after_it_has_no_cue(sentence):
    assert cues_in(sentence) == []


def test_a_norwegian_article_gets_attribution_suggestions():
    text = (
        "Ny bru over Lindelva åpnet\n\n"
        "Den nye brua over Lindelva i Skogvik ble åpnet lørdag. Arbeidet har tatt to år.\n\n"
        "– Nå kan barna sykle trygt til skolen, sier lærer Anna Holt. Ifølge kommunen tåler brua lastebiler på "
        "40 tonn."
    )
    found = [(text[s.start : s.end], s.source) for s in suggest(text) if s.tag == "attribution"]
    assert ("sier lærer Anna Holt", "lærer Anna Holt") in found
    assert ("Ifølge kommunen", "kommunen") in found


def test_the_norwegian_story_cues_against_its_gold():
    found, total, right, suggested = story_scores(STORY, GOLD)
    assert total == 17
    assert found == total
    assert right / suggested >= 0.9


def test_the_norwegian_story_names_its_sources():
    assert story_sources_named(STORY, GOLD) == (17, 17)
