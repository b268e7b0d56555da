"""The attribution suggestions of a corpus story scored against a gold of its cues, marked as ``suggestion_gold``
marks the English ones: {file: [(context with the cue in square brackets, source named)]}."""

from annotations.suggestions import suggest
from newsdesk.importing.ingest import from_text
from tests.annotations.suggestion_gold import GoldSpan, Score, locate, score
from tests.newsdesk.corpus_stories import CORPUS


def story_score(slug: str, gold: dict) -> Score:
    """Recall and precision of the attribution suggestions on the articles of story ``slug`` named in ``gold``."""
    pairs = []
    for name, marks in gold.items():
        text = from_text((CORPUS / slug / name).read_bytes()).text
        golds = [GoldSpan(s, e, "attribution", source) for marked, source in marks for s, e in locate(text, marked)]
        pairs.append((golds, [s for s in suggest(text) if s.tag == "attribution"]))
    return score(pairs)["attribution"]
