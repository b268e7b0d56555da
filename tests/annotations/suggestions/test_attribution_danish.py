"""Attribution in Danish: the table ``languages.TABLES["da"]`` (``attribution/danish.py``). The sentences of the tests
are invented for them; the gold of the Danish corpus story (every cue of its five articles, written before the table
was) measures the table on whole articles."""

from pathlib import Path

from tests.annotations.suggestions.attribution_story_gold import story_scores

STORY = Path(__file__).resolve().parents[2] / "corpus" / "stories" / "broendvig-havnebad-lukket"

# Every attribution cue of the story's articles: a context with the cue in brackets, and its named source ("" for a
# pronoun). Samples that "show" a count ("Prøverne fra torsdag viste 4.200", "Kommunens prøver … viser 4200") are a
# measurement, not someone's words; "før nogen havde fortalt, at vandet var beskidt" (before anyone had told) names
# no one and reports nothing said; a sign's text after a colon has no verb of saying: none of them is a cue.
GOLD = {
    "dnb.txt": [
        ("[siger administrerende direktør i Brøndvig Forsyning Jesper Holm Nielsen]", "Jesper Holm Nielsen"),
        ("[Borgmester Lene Kragh siger] til DNB", "Borgmester Lene Kragh"),
    ],
    "ekspressen.txt": [
        ("[siger hun] til Ekspressen", ""),
        ("[Praktiserende læge Morten Ravn forklarer]", "Praktiserende læge Morten Ravn"),
        ("[siger han].", ""),
        ("[siger Peter Dahl]", "Peter Dahl"),
    ],
    "tvmidtkyst.txt": [
        ("[siger Anne Mørk]", "Anne Mørk"),
        ("[erkender direktøren]", "direktøren"),
        ("[siger Jesper Holm Nielsen]", "Jesper Holm Nielsen"),
    ],
    "broendvigavis.txt": [
        ("[siger byrådsmedlem Søren Vestergaard]", "byrådsmedlem Søren Vestergaard"),
        ("[Borgmester Lene Kragh siger], at", "Borgmester Lene Kragh"),
        ("[siger hun].", ""),
        ("[oplyser arrangørerne]", "arrangørerne"),
    ],
    "havnebloggen.txt": [
        ("[Et lamineret skilt fortalte]", "Et lamineret skilt"),
    ],
}


def test_the_danish_story_cues_against_its_gold():
    found, total, right, suggested = story_scores(STORY, GOLD)
    assert total == 14
    assert found / total >= 0.9
    assert right / suggested >= 0.9
