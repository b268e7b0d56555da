"""The four tags, as data. Everything that lists, styles or validates tags reads it from here.

Each tag's look never relies on colour alone: it has an underline style (and a fill pattern in charts)
as well as a colour with at least 4.5:1 contrast against the page.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class TagInfo:
    key: str
    label: str
    definition: str
    shortcut: str
    colour: str
    underline: str
    pattern: str


TAGS = (
    TagInfo(
        "attribution", "Attribution", "Words that say who a claim comes from: sources, agencies, officials.",
        "1", "#1d4ed8", "solid", "diagonal",
    ),
    TagInfo(
        "rhetoric", "Rhetoric", "Loaded, emotive or framing language that colours the reader's judgement.",
        "2", "#b91c1c", "wavy", "dots",
    ),
    TagInfo(
        "boilerplate", "Boilerplate", "Page furniture: navigation, prompts, captions, credits, promotions.",
        "3", "#4b5563", "dotted", "crosshatch",
    ),
    TagInfo(
        "factual_claim", "Factual claim", "A checkable statement of fact: numbers, dates, events, counts.",
        "4", "#047857", "double", "horizontal",
    ),
)

TAG_BY_KEY = {tag.key: tag for tag in TAGS}
TAG_KEYS = tuple(TAG_BY_KEY)
TAG_CHOICES = tuple((tag.key, tag.label) for tag in TAGS)  # for model and form fields
