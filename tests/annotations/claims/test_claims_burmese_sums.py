"""Burmese sums and hedges in the claims: the kyat ("ကျပ်") before or after a figure, its multipliers "သိန်း" (a
hundred thousand) and "သန်း" (a million) before the figure ("ကျပ်သိန်း ၃,၅၀၀", "သိန်း 80") or after it ("၅၀ သိန်း"),
figures in Myanmar digits, and the words after a figure that bound or round it ("ကျော်", more than; "နီးပါး",
nearly; "ခန့်", about). Every sentence here is invented for the test."""

import pytest

from annotations.claims.normalise import details


@pytest.mark.parametrize(("sentence", "kind", "value"), [
    ("တံတားပြင်ဆင်ခမှာ ကျပ်သိန်း ၂,၅၀၀ ကုန်ကျမည်။", "money:MMK", 250_000_000),
    ("တံတားသစ်အတွက် ကျပ်သန်း ၈၀၀ လိုအပ်သည်။", "money:MMK", 800_000_000),
    ("ရွာသားတစ်ဦးလျှင် ကျပ် ၃၀,၀၀၀ စီ ပေးမည်။", "money:MMK", 30_000),
    ("လှေတစ်စင်းမှာ ၂၀၀,၀၀၀ ကျပ် တန်သည်။", "money:MMK", 200_000),
    ("ဆိုင်ထဲတွင် ပစ္စည်း သိန်း 60 ဖိုး ရှိသည်။", "count", 6_000_000),
    ("စုစုပေါင်း ၄၅ သိန်း ကုန်ကျခဲ့သည်။", "count", 4_500_000),
])
def test_a_burmese_sum_is_read_with_its_multiplier_and_currency(sentence, kind, value):
    figures = details(sentence, "my").figures
    assert [(figure.kind, figure.value) for figure in figures][:1] == [(kind, value)]


@pytest.mark.parametrize(("sentence", "hedge", "direction"), [
    ("အိမ် ၁၂၀ ကျော် ရေမြုပ်ခဲ့သည်။", "bound", "up"),
    ("အိမ် ၁၂၀ နီးပါး ရေမြုပ်ခဲ့သည်။", "bound", "down"),
    ("အိမ် ၁၂၀ ခန့် ရေမြုပ်ခဲ့သည်။", "rounded", "about"),
])
def test_a_burmese_hedge_after_a_figure_says_how_it_is_meant(sentence, hedge, direction):
    figure = details(sentence, "my").figures[0]
    assert (figure.value, figure.hedge, figure.direction) == (120, hedge, direction)
