"""Labels of a story in Nepali: read as Nepali (not as Hindi, whose reading needs Hindi's postpositions), its labels
are runs of content words bounded by its function words, never opening or closing on one ("छ", "र", "पनि",
"भएको"), and never opening on a dateline cut at an abbreviation's stop ("वडा नं")."""

from newsdesk.alignment import labels
from newsdesk.importing.languages import function_words

from .label_runs import run_candidates

# Invented passages: a drinking-water main's burst at Bagartol and the tankers sent in its place.
NEPALI = [
    "बगरटोल गाउँपालिकाको खानेपानी योजनाको मुख्य पाइप बुधबार राति फुट्यो र गाउँको पानी आपूर्ति बन्द भयो।",
    "गाउँपालिकाले खानेपानी योजनाको मुख्य पाइप मर्मत गर्न तीन दिन लाग्ने जनाएको छ।",
    "पाइप फुटेपछि वडा नं. ४ मा ट्याङ्कर पठाइएको छ, तर ट्याङ्कर पनि समयमा आउँदैन।",
    "वडाध्यक्ष सीता मगरले जिल्ला समन्वय समितिसँग थप दुई ट्याङ्कर माग गरेकी छन्।",
]


def test_a_nepali_story_is_read_by_runs_of_its_own_words():
    assert isinstance(labels.reading_of(NEPALI), labels.RunReading)


def test_a_nepali_run_opens_and_closes_on_no_function_word():
    found = set(run_candidates(NEPALI))
    own = function_words("ne")
    assert found
    for phrase in found:
        words = [word for word in labels.tokens(phrase)]
        assert words[0] not in own and words[-1] not in own, phrase
    assert "खानेपानी योजनाको मुख्य पाइप" in found
