"""Attribution in Burmese: a known limit. Burmese reports words with the quotative "ဟု" after what was said, then the
speaker marked by "က" and the verb last ("… ဟု မြို့နယ်မီးသတ်မှူး ဦးအောင်ကျော်မိုးက ပြောကြားသည်။"), or "X ၏ အဆိုအရ"
(according to X) before it; no table reads it yet, so no cue is suggested. The sentences are invented for the test."""

import pytest

from annotations.suggestions.attribution import suggest
from annotations.suggestions.base import split_lines


@pytest.mark.xfail(strict=True, reason="Burmese has no attribution table yet: its quotative and verb-last reporting "
                                       "are not read")
@pytest.mark.parametrize("text", [
    "တံတားကို လာမည့်လတွင် ပြန်ဖွင့်မည်ဟု မြို့နယ်အုပ်ချုပ်ရေးမှူး ဦးထွန်းလွင်က ပြောကြားသည်။",
    "ရေကန်ဌာန၏ အဆိုအရ ရေပိုက်လိုင်းကို သုံးရက်အတွင်း ပြင်ဆင်ပြီးမည် ဖြစ်သည်။",
])
def test_a_burmese_source_and_its_verb_of_saying_are_a_cue(text):
    assert suggest(split_lines(text))
