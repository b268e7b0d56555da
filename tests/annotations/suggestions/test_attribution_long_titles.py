"""A title before the name it introduces, set apart by a comma after the verb ("said the acting deputy director of
the regional water utility, Anna Berg"), runs to that comma however many words it holds: the comma, not a count of
words, closes it. A phrase after the verb that no comma and name close keeps the reader's count of words. The
sentences are invented for the tests."""

import pytest

from annotations.suggestions.attribution import suggest_in_line
from annotations.suggestions.attribution.languages import languages
from annotations.suggestions.base import split_lines


def cues_in(text, code=None):
    line = split_lines(text)[0]
    language = languages()[code] if code else None
    return [(text[s.start : s.end], s.source) for s in suggest_in_line(line, language)]


@pytest.mark.parametrize("code, sentence, cue, source", [
    (None, '"The pipes are old," said the acting deputy director of the regional water utility, Anna Berg.',
     "said the acting deputy director of the regional water utility, Anna Berg", "Anna Berg"),
    (None, '"We will reopen the bridge in May," said the chief engineer of the county roads and bridges '
           'department, Omar Reyes.',
     "said the chief engineer of the county roads and bridges department, Omar Reyes", "Omar Reyes"),
    ("es", "«Las tuberías son viejas», dijo la directora adjunta de la empresa regional de aguas potables, Ana Berg.",
     "dijo la directora adjunta de la empresa regional de aguas potables, Ana Berg", "Ana Berg"),
    ("fr", "« Les tuyaux sont vieux », a déclaré la directrice adjointe de la régie régionale des eaux potables, "
           "Anna Berg.",
     "a déclaré la directrice adjointe de la régie régionale des eaux potables, Anna Berg", "Anna Berg"),
])
def test_a_long_title_before_a_name_set_apart_by_a_comma_gives_the_name(code, sentence, cue, source):
    assert cues_in(sentence, code) == [(cue, source)]


@pytest.mark.parametrize("code, sentence, cue, source", [
    # a short title and its name: as before
    (None, '"The pipes are old," said the director of the utility, Anna Berg.',
     "said the director of the utility, Anna Berg", "Anna Berg"),
    # no comma and name after the title: the count of words still closes the phrase
    ("es", "«Las tuberías son viejas», dijo la directora adjunta de la empresa regional de aguas potables del valle.",
     "dijo la directora adjunta de la empresa regional", "la directora adjunta de la empresa regional"),
])
def test_a_title_without_a_long_run_to_a_name_reads_as_before(code, sentence, cue, source):
    assert cues_in(sentence, code) == [(cue, source)]
