"""Furniture of Tamil pages is told by its words (most-read and read-also labels, comments, reprint notices, a
broadcaster's sign-off, letters and subscription prompts); Tamil sentences of news with the same words stay the
story's."""

import pytest

from newsdesk.alignment.furniture import related_list
from newsdesk.importing.furniture_lines import line_furniture


@pytest.mark.parametrize("line", [
    "அதிகம் படித்தவை",
    "கருத்துகள் (42)",
    "இதையும் படிக்க: மலைக் கிராமத்தில் புதிய பாலம் திறப்பு",
    "தொடர்புடைய செய்திகள்",
    "உள்நுழைக",
    "© 2031 கடலோரச் செய்தி. அனைத்து உரிமைகளும் பாதுகாக்கப்பட்டவை.",
    "கதிர் செய்திகளை மறுபிரசுரம் செய்ய முன் அனுமதி தேவை.",
    "மின்னல் தொலைக்காட்சி செய்திகளுக்காக மதுரையிலிருந்து செய்தியாளர் ப.அமுதா.",
    "இந்தக் கட்டுரை குறித்த உங்கள் கருத்துகளை எழுதுங்கள்: ஆசிரியர், கடலோரச் செய்தி, 3, தேர் வீதி.",
    "உங்கள் கருத்தைப் பதிவு செய்யுங்கள். அவதூறான கருத்துகள் நீக்கப்படும்.",
    "கடலோரச் செய்தி மின்னிதழை வாசிக்க இன்றே சந்தா செலுத்துங்கள் - ஆண்டுக்கு ரூ.999 மட்டும்.",
])
def test_tamil_page_furniture_is_told_by_its_words(line):
    assert line_furniture(line) is not None


def test_a_tamil_most_read_list_under_its_label_is_a_list_of_links():
    assert related_list("அதிகம் படித்தவை\n1. வெள்ளி விலை இன்று கிராமுக்கு ரூ.2 உயர்வு\n"
                        "2. மலைக் கிராமத்தில் புதிய பாலம் திறப்பு")


@pytest.mark.parametrize("line", [
    # Reporting: the reporter is named in a sentence of news, the subscription is the town's water bill.
    "விபத்து குறித்து செய்தியாளர்களிடம் பேசிய ஆட்சியர், விசாரணை நடக்கும் என்று தெரிவித்தார்.",
    "குடிநீர் இணைப்புக்கு மாதம் ரூ.50 கட்டணம் செலுத்த வேண்டும் என நகராட்சி அறிவித்துள்ளது.",
    "மீனவர்களின் கருத்துகளைக் கேட்ட பிறகே திட்டம் தொடங்கும் என்று அமைச்சர் கூறினார்.",
])
def test_tamil_news_sentences_with_those_words_stay_the_storys(line):
    assert line_furniture(line) is None
