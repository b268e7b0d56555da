"""The candidate phrases a run reading finds in texts: what the label tests of the languages read by runs check."""

from newsdesk.alignment import labels


def run_candidates(texts: list[str], language: str | None = None):
    """Each candidate phrase of each text, read as ``language``'s runs, or as ``labels.reading_of`` reads the texts."""
    reading = labels.RunReading(texts, language) if language else labels.reading_of(texts)
    for text in texts:
        spans = reading.spans(text)
        words, places = [word for word, _, _ in spans], [(start, end) for _, start, end in spans]
        yield from (found[0] for found in reading.candidates(words, text, places))
