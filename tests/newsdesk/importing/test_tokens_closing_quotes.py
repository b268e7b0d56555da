"""A sentence keeps the quotation marks that close it, as each language writes them, and the next sentence opens on
its own first word: German and Czech close with “ and ‘ (or with « after »), French with » after a space. Every
sentence here is invented."""

import pytest

from newsdesk.importing.tokens import tokenize


def sentences(text: str) -> list[str]:
    return [sentence.text for sentence in tokenize(text).sents]


@pytest.mark.parametrize(("text", "expected"), [
    ("Er sagte: „Wir bleiben. Bis zum Ende.“ Dann ging er.",
     ["Er sagte: „Wir bleiben.", "Bis zum Ende.“", "Dann ging er."]),
    ("Starosta řekl: „Most opravíme. Do zimy.“ Pak odešel.",
     ["Starosta řekl: „Most opravíme.", "Do zimy.“", "Pak odešel."]),
    ("Sie rief: ‚Nein.‘ Dann war es still.", ["Sie rief: ‚Nein.‘", "Dann war es still."]),
    ("Er sagte: »Wir bleiben.« Dann ging er.", ["Er sagte: »Wir bleiben.«", "Dann ging er."]),
    ("Le maire a dit : « Nous refusons. Nous irons au tribunal. » Puis il est parti.",
     ["Le maire a dit : « Nous refusons.", "Nous irons au tribunal. »", "Puis il est parti."]),
    ("Le maire a dit : « Nous refusons. »\u202fPuis il est parti.",
     ["Le maire a dit : « Nous refusons. »", "Puis il est parti."]),
])
def test_a_sentence_keeps_the_quotation_marks_that_close_it(text, expected):
    assert sentences(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Il est parti. « Nous restons », a dit le maire.", ["Il est parti.", "« Nous restons », a dit le maire."]),
    ("He left. “We stay,” the mayor said.", ["He left.", "“We stay,” the mayor said."]),
])
def test_a_quotation_that_opens_the_next_sentence_stays_with_it(text, expected):
    assert sentences(text) == expected
