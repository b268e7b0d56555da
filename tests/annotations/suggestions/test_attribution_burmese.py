"""Attribution in Burmese (``attribution/burmese.py``): Burmese reports words with the quotative "ဟု" (or "ဟူ၍") after
what was said, or "ကြောင်း" (that) after a clause, then the speaker marked by "က" and the verb last ("… ဟု
မြို့နယ်မီးသတ်မှူး ဦးအောင်ကျော်မိုးက ပြောကြားသည်။"), or the speaker first and the verb after the words said; "X ၏
အဆိုအရ" (according to X) stands before them. The sentences of the tests are invented for them; the gold of the Burmese
corpus story (every cue of its five articles, written before the reader was) measures it on whole articles."""

from pathlib import Path

import pytest

from annotations.suggestions.attribution import suggest
from annotations.suggestions.base import split_lines
from tests.annotations.suggestions.attribution_story_gold import story_scores

STORY = Path(__file__).resolve().parents[2] / "corpus" / "stories" / "kyaukpalin-zay-mee-laung"

# Every attribution cue of the story's articles: a context with the cue in brackets, and its named source ("" for a
# pronoun or for hearsay). Where the source opens the sentence and the verb closes it, the words said between, the
# cue is the verb (its source named). A suspicion without a verb of saying ("…ကို သံသယရှိနေသော်လည်း"), a so-called
# ("ဝါယာရှော့ဆိုသည်မှာ"), a news item "that said" ("…ဆိုသော သတင်း"), an expectation ("မျှော်မှန်းသည်") and a demand
# ("တောင်းဆိုထားကြသည်") report no one's words: none of them is a cue.
GOLD = {
    "shwemyit.txt": [
        ("ကြောင်း [မြို့နယ်မီးသတ်ဦးစီးဌာနက ပြောကြားသည်]", "မြို့နယ်မီးသတ်ဦးစီးဌာန"),
        ("ကြောင်း [ဆေးရုံမှ သိရသည်]", "ဆေးရုံ"),
        ("ကြောင်း [ဈေးကော်မတီဥက္ကဋ္ဌ ဦးမြင့်ဆွေက ပြောသည်]", "ဈေးကော်မတီဥက္ကဋ္ဌ ဦးမြင့်ဆွေ"),
        ("ကြောင်း [မြို့နယ်မီးသတ်မှူး ဦးအောင်ကျော်မိုးက ပြောကြားသည်]", "မြို့နယ်မီးသတ်မှူး ဦးအောင်ကျော်မိုး"),
        ("ဟု [၎င်းက ဆိုသည်]", ""),
        ("ဟု [ကြေညာထားသည်]", "မြို့နယ်အထွေထွေအုပ်ချုပ်ရေးဦးစီးဌာန"),
        ("ဟု [မြို့နယ်အုပ်ချုပ်ရေးမှူး ဦးသန်းထိုက်က ပြောသည်]", "မြို့နယ်အုပ်ချုပ်ရေးမှူး ဦးသန်းထိုက်"),
    ],
    "naychi-tv.txt": [
        ("[မြင်တွေ့သူများ၏ ပြောပြချက်အရ]", "မြင်တွေ့သူများ"),
        ("ဟု [ဈေးအနီးနေထိုင်သူ ကိုထက်အောင်က ပြောသည်]", "ဈေးအနီးနေထိုင်သူ ကိုထက်အောင်"),
        ("မျက်ရည်ကျရင်း [ပြောသည်]", "အထည်ဆိုင်ပိုင်ရှင် ဒေါ်ခင်မြင့်အေး"),
        ("နည်းပါးကြောင်း [ပြောသည်]", "ဖုန်းဆိုင်ပိုင်ရှင် ကိုဇော်မင်းထွန်း"),
        ("ရှာဖွေပေးမည်ဟု [ဆိုသည်]", "မြို့နယ်အာဏာပိုင်များ"),
    ],
    "linyaung.txt": [
        ("[ဒေါ်ခင်မြင့်အေးက လင်းရောင်ကို ပြောသည်]", "အထည်ရောင်းခဲ့သူ ဒေါ်ခင်မြင့်အေး"),
        ("ကြောင်း [ဈေးသည်များက ဆိုသည်]", "ဈေးသည်များ"),
        ("[ဈေးကော်မတီ၏ အဆိုအရ]", "ဈေးကော်မတီ"),
        ("ကြောင်း [ဈေးသည်အချို့က ပြောသည်]", "ဈေးသည်အချို့"),
        ("ဆောက်မည်ဟု [ဆိုသည်]", "မြို့နယ်အုပ်ချုပ်ရေး"),
        ("မရှိဟု [ဆိုကြသည်]", "ဈေးသည်များ"),
    ],
    "kyaukpalin-journal.txt": [
        ("[ဈေးကော်မတီ၏ စာရင်းအရ]", "ဈေးကော်မတီ"),
        ("[မြို့နယ်မီးသတ်မှူး ဦးအောင်ကျော်မိုး၏ အဆိုအရ]", "မြို့နယ်မီးသတ်မှူး ဦးအောင်ကျော်မိုး"),
        ("ဟု [အထည်ဆိုင်ပိုင်ရှင် ဒေါ်ခင်မြင့်အေးက ဆိုသည်]", "အထည်ဆိုင်ပိုင်ရှင် ဒေါ်ခင်မြင့်အေး"),
        ("ဆောက်ပေးမည်ဟု [ပြောသည်]", "မြို့နယ်အုပ်ချုပ်ရေးမှူး ဦးသန်းထိုက်"),
    ],
    "pyithu-athan.txt": [
        ("ဝါယာရှော့ဟု [ဆိုကြသည်]", "တာဝန်ရှိသူများ"),
        ("ပြန်ဆောက်မည်ဟု [ကြားရသည်]", ""),
    ],
}


def cues_in(text):
    return [(text[s.start : s.end], s.source) for s in suggest(split_lines(text))]


@pytest.mark.parametrize(
    "sentence, cues",
    [
        # the words said, the quotative, the speaker marked by "က" with the office before the name, the verb last
        (
            "တံတားကို လာမည့်လတွင် ပြန်ဖွင့်မည်ဟု မြို့နယ်အုပ်ချုပ်ရေးမှူး ဦးထွန်းလွင်က ပြောကြားသည်။",
            [("မြို့နယ်အုပ်ချုပ်ရေးမှူး ဦးထွန်းလွင်က ပြောကြားသည်", "မြို့နယ်အုပ်ချုပ်ရေးမှူး ဦးထွန်းလွင်")],
        ),
        # according to X
        (
            "ရေကန်ဌာန၏ အဆိုအရ ရေပိုက်လိုင်းကို သုံးရက်အတွင်း ပြင်ဆင်ပြီးမည် ဖြစ်သည်။",
            [("ရေကန်ဌာန၏ အဆိုအရ", "ရေကန်ဌာန")],
        ),
        # the speaker first, the words said, the verb last: the cue is the verb, its source named
        (
            'ကျောင်းအုပ် ဒေါ်မြမြက "ကလေးတွေ ပျော်နေကြတယ်" ဟု ပြုံးရင်း ပြောသည်။',
            [("ပြောသည်", "ကျောင်းအုပ် ဒေါ်မြမြ")],
        ),
        # a clause with "ကြောင်း" (that), a pronoun as the speaker
        ("လမ်းပိတ်ထားကြောင်း သူက ပြောသည်။", [("သူက ပြောသည်", "")]),
        # learned from X
        ("ဒဏ်ရာရသူ မရှိကြောင်း ဆေးရုံမှ သိရသည်။", [("ဆေးရုံမှ သိရသည်", "ဆေးရုံ")]),
    ],
)
def test_a_burmese_cue_and_its_source(sentence, cues):
    assert cues_in(sentence) == cues


@pytest.mark.parametrize(
    "sentence",
    [
        "ဆရာမက ကလေးများကို ပုံပြင် ပြောပြသည်။",  # told the children a tale: no words reported
        "ဤသည်မှာ ဝါယာရှော့ဆိုသည့် ပြဿနာ ဖြစ်သည်။",  # a so-called
        'ဆိုင်ရှင်က "ပြောသည်" ဟု ရေးထားသော စာကို ဖတ်သည်။',  # a verb inside a quotation
    ],
)
def test_a_burmese_sentence_that_reports_no_words_has_no_cue(sentence):
    assert cues_in(sentence) == []


def test_the_burmese_story_cues_against_its_gold():
    found, total, right, suggested = story_scores(STORY, GOLD)
    assert total == 24
    assert found / total >= 0.9
    assert right / suggested >= 0.9


def test_a_long_run_of_burmese_letters_is_read_for_according_to_in_linear_time():
    from annotations.suggestions.attribution.burmese import ACCORDING
    from tests.growth import grows_linearly

    linear, small, large = grows_linearly(lambda text: list(ACCORDING.finditer(text)),
                                          lambda n: "မြို့နယ်" * (n // 8), 4_000, min_seconds=0.005)
    assert linear, (small, large)
    # The source is still the whole run before "၏ အဆိုအရ".
    sources = [m["source"] for m in ACCORDING.finditer("မီးသတ်ဦးစီးဌာန၏ အဆိုအရ မီးသည် ညကျ၏။ ဆေးရုံ၏ အဆိုအရ လူနာ ၃ ဦး ရှိသည်။")]
    assert sources == ["မီးသတ်ဦးစီးဌာန", "ဆေးရုံ"]


def test_the_burmese_run_of_letters_and_honorifics_are_defined_once():
    from annotations.suggestions.attribution import burmese as attribution
    from newsdesk.alignment import burmese_labels, words
    from newsdesk.importing import burmese, furniture_lines

    assert attribution.PHRASE is burmese.RUN and burmese_labels.RUN is burmese.RUN
    assert words.BURMESE_LETTER_RUN == burmese.RUN.pattern
    assert words.BURMESE_HONORIFICS is burmese.HONORIFICS and furniture_lines.BURMESE_HONORIFICS is burmese.HONORIFICS
    assert words.burmese_names("ပါမောက္ခ ဒေါ်စန်းစန်းက ပြောသည်။")
