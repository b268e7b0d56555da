"""The gold of a corpus story's attribution cues, scored by overlap as ``suggestion_gold`` scores the seeds'."""

from annotations.suggestions import suggest
from newsdesk.importing.ingest import from_text
from tests.annotations.suggestion_gold import locate


def story_scores(story, gold):
    """(gold cues found, gold cues, suggestions right, suggestions) over a story's articles: ``gold`` maps an
    article's file name to its cues, each a context with the cue in brackets and its named source."""
    found = total = right = suggested = 0
    for name, marked in gold.items():
        text = from_text((story / name).read_bytes()).text
        spans = [span for context, _ in marked for span in locate(text, context)]
        cues = [(s.start, s.end) for s in suggest(text) if s.tag == "attribution"]
        total += len(spans)
        found += sum(any(s < e2 and s2 < e for s2, e2 in cues) for s, e in spans)
        suggested += len(cues)
        right += sum(any(s < e2 and s2 < e for s2, e2 in spans) for s, e in cues)
    return found, total, right, suggested


def story_sources_named(story, gold):
    """(gold cues whose first overlapping suggestion names the gold's source, gold cues) over a story's articles."""
    named = total = 0
    for name, marked in gold.items():
        text = from_text((story / name).read_bytes()).text
        cues = [s for s in suggest(text) if s.tag == "attribution"]
        for context, source in marked:
            for s, e in locate(text, context):
                total += 1
                hit = next((c for c in cues if c.start < e and s < c.end), None)
                named += hit is not None and hit.source == source
    return named, total
