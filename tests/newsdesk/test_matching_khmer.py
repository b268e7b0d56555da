"""Story matching in Khmer: a run of the Khmer script is read in pairs of its syllables (``importing/khmer.py``), a
final consonant written with its syllable, as Burmese is; its function words, its verbs of saying and its words that
date and count are no part of a pair, nor are its persons, told by their titles, or a wire's dateline. Pairs of
characters crossed its syllables ("ក់ត្" of "លក់ត្រី") and counted the words every Khmer report writes ("ថ្ងៃ",
"ខែ", "បាន"), which tie any two Khmer pages together. Every text here is invented for the test."""

from newsdesk.alignment import story_suggestion, words
from newsdesk.importing import khmer

# A well is dug in Kampong Sdach; a road is tarred in Kampong Sdach.
WELL = """អណ្ដូងទឹកថ្មីនៅឃុំកំពង់ស្ដេច

ឃុំកំពង់ស្ដេច ថ្ងៃទី៤ ខែឧសភា ឆ្នាំ២០២៦ (ដំណឹងថ្មី)៖ អ្នកភូមិបានជីកអណ្ដូងទឹកស្អាតមួយ នៅជិតសាលាឃុំ។

លោក ពៅ សុវណ្ណ បាននិយាយថា អណ្ដូងនេះផ្ដល់ទឹកដល់គ្រួសារ ៨០ ។"""
ROAD = """ផ្លូវក្រួសថ្មីនៅឃុំកំពង់ស្ដេច

ឃុំកំពង់ស្ដេច ថ្ងៃទី៩ ខែឧសភា ឆ្នាំ២០២៦ (ដំណឹងថ្មី)៖ កម្មករបានចាក់កៅស៊ូផ្លូវលំ ប្រវែង ៦ គីឡូម៉ែត្រ។

លោកស្រី ម៉ៅ ចន្ថា បាននិយាយថា រដូវវស្សាផ្លូវនេះលែងភក់ហើយ។"""


def test_a_final_consonant_is_read_with_its_syllable():
    assert khmer.spoken_syllables("ផ្សារត្រី") == ["ផ្សារ", "ត្រី"]
    assert khmer.spoken_syllables("សាលារៀន") == ["សា", "លា", "រៀន"]
    assert khmer.spoken_syllables("លក់ត្រី") == ["លក់", "ត្រី"]
    assert khmer.spoken_syllables("អ្នកភូមិ") == ["អ្នក", "ភូ", "មិ"]


def test_a_run_of_khmer_is_read_in_pairs_of_its_syllables_without_its_grammar():
    terms = set(story_suggestion.words_of("ផ្សារត្រីថ្មី បានបើកនៅថ្ងៃទី២០ ខែមីនា ឆ្នាំ២០២៦។ អ្នកលក់ត្រីនៅផ្សារ។"))

    assert {"ផ្សារត្រី", "ត្រីថ្មី"} <= terms
    assert not {"រត្រី", "ក់ត្", "ថ្ងៃ", "ឆ្នាំ", "មីនា", "បាន"} & terms


def test_two_reports_of_one_place_share_its_name_and_not_their_grammar():
    shared = set(story_suggestion.event_words(WELL).split()) & set(story_suggestion.event_words(ROAD).split())

    assert not shared - {"ឃុំកំ", "កំពង់", "ពង់ស្ដេច"}


def test_a_khmer_person_told_by_a_title_and_a_dateline_are_no_event_words():
    told = set(story_suggestion.event_words(WELL).split())

    assert {"ទឹកស្អាត", "គ្រួសារ"} <= told  # what happened: clean water for families
    assert not {"ពៅ", "សុវណ្ណ", "ដំណឹង", "និយាយ"} & told
    assert words.khmer_persons(ROAD) == ["លោកស្រី ម៉ៅ ចន្ថា"]
    assert words.khmer_persons("លោក បាននិយាយថា") == []
