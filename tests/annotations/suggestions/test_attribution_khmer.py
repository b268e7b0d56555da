"""Attribution in Khmer: the speaker first, "បាន" and a verb of saying, then "ថា" (that) and what was said, often
behind the colon "៖" and in guillemets ("លោក ហេង សុផល បានប្រាប់ថា ...", "... បាននិយាយថា៖ «...»"), whom it was told
to perhaps between the verb and "ថា"; "បើតាម X" or "យោងតាម X" (according to X); a speaker and a verb after a
quotation. The sentences are invented for the test."""

import pytest

from annotations.suggestions.attribution import suggest
from annotations.suggestions.base import split_lines


def cues(text: str) -> list[tuple[str, str, str]]:
    return [(s.rule, text[s.start : s.end], s.source) for s in suggest(split_lines(text))]


@pytest.mark.parametrize(
    "text",
    [
        "អភិបាលក្រុង លោក សុខ ចន្ថា បាននិយាយថា ស្ពាននឹងបើកឡើងវិញនៅខែក្រោយ។",
        "បើតាមមន្ទីរសាធារណការខេត្ត ការជួសជុលស្ពាននឹងចំណាយពេលបីខែ។",
    ],
)
def test_a_khmer_source_and_its_verb_of_saying_are_a_cue(text):
    assert suggest(split_lines(text))


def test_the_speaker_runs_from_the_office_before_the_title_to_that():
    text = "អភិបាលក្រុង លោក សុខ ចន្ថា បាននិយាយថា ស្ពាននឹងបើកឡើងវិញនៅខែក្រោយ។"

    assert cues(text) == [("attribution.reporting_verb", "អភិបាលក្រុង លោក សុខ ចន្ថា បាននិយាយថា", "អភិបាលក្រុង លោក សុខ ចន្ថា")]


def test_whom_it_was_told_to_stands_between_the_verb_and_that():
    text = "ម្ចាស់ហាង លោកស្រី ម៉ៅ ចន្ថា បានប្រាប់អ្នកយកព័ត៌មានថា៖ «ភ្ញៀវមកតិចជាងមុន»។"

    assert [source for _, _, source in cues(text)] == ["ម្ចាស់ហាង លោកស្រី ម៉ៅ ចន្ថា"]


def test_informed_that_and_according_to_a_person():
    informed = "ក្រសួងអប់រំបានឲ្យដឹងថា សាលានឹងបើកវិញនៅថ្ងៃច័ន្ទ។"
    according = "យោងតាមលោក ពៅ សុវណ្ណ ទឹកបានស្រកវិញហើយ។"

    assert cues(informed)[0][2] == "ក្រសួងអប់រំ"
    assert cues(according) == [("attribution.according_to", "យោងតាមលោក ពៅ សុវណ្ណ", "លោក ពៅ សុវណ្ណ")]


def test_a_pronoun_names_no_one_and_words_inside_a_quotation_are_the_speaker_s():
    pronoun = "គាត់បាននិយាយថា ផ្លូវនេះលែងភក់ហើយ។"
    quoted = "«ខ្ញុំបានប្រាប់គេថា ទឹកនឹងឡើង» នេះជាសម្ដីរបស់អ្នកភូមិម្នាក់។"

    assert cues(pronoun) == [("attribution.pronoun", "គាត់បាននិយាយថា", "")]
    assert cues(quoted) == []


def test_a_speaker_after_a_quotation():
    text = "«យើងនឹងសង់ស្ពានថ្មី» លោក សុខ ចន្ថា បាននិយាយ។"

    assert cues(text) == [("attribution.reporting_verb", "លោក សុខ ចន្ថា បាននិយាយ", "លោក សុខ ចន្ថា")]


def test_a_verb_of_saying_inside_what_was_said_is_the_first_source_s_words():
    text = "លោកស្រី ម៉ៅ ចន្ថា បានឲ្យដឹងថា គាត់នឹងរង់ចាំ រហូតដល់មន្ទីរបញ្ជាក់ថា អគារមានសុវត្ថិភាព។"

    assert cues(text) == [("attribution.reporting_verb", "លោកស្រី ម៉ៅ ចន្ថា បានឲ្យដឹងថា", "លោកស្រី ម៉ៅ ចន្ថា")]
