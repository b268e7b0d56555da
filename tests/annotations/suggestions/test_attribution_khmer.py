"""Attribution in Khmer: a known limit. Khmer reports words with the speaker first, "បាន" and a verb of saying, then
"ថា" (that) and what was said, often behind the colon "៖" and in guillemets ("លោក ហេង សុផល បានប្រាប់ថា ...",
"... បាននិយាយថា៖ «...»"), or "បើតាម X" (according to X) before it; no table reads it yet, so no cue is suggested.
The sentences are invented for the test."""

import pytest

from annotations.suggestions.attribution import suggest
from annotations.suggestions.base import split_lines


@pytest.mark.xfail(strict=True, reason="Khmer has no attribution table yet: its verbs of saying before 'ថា' and its "
                                       "'បើតាម' are not read")
@pytest.mark.parametrize("text", [
    "អភិបាលក្រុង លោក សុខ ចន្ថា បាននិយាយថា ស្ពាននឹងបើកឡើងវិញនៅខែក្រោយ។",
    "បើតាមមន្ទីរសាធារណការខេត្ត ការជួសជុលស្ពាននឹងចំណាយពេលបីខែ។",
])
def test_a_khmer_source_and_its_verb_of_saying_are_a_cue(text):
    assert suggest(split_lines(text))
