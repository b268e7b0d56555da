"""Attribution in Finnish, in a Swedish quotation on a Finnish page, and in Urdu: the verb after the words said and
before its source, "X:n mukaan", a clause after a comma, an age or a party between commas or brackets; the
Urdu verb after its source and "نے", "X کے مطابق", a claim in the genitive, hearsay, and a speaker's label over a
quotation; and the near misses that share their words."""

import pytest

from annotations.suggestions import suggest

FINNISH_LEAD = ("Kuusiniemen kunta sulkee kirjaston kesäkuun lopussa. Päätös tehtiin valtuuston kokouksessa, ja se "
                "koskee myös kahta sivukirjastoa, jotka ovat olleet auki vain kesällä. ")
URDU_LEAD = ("شہر کی بلدیہ نے پانی کے نرخ بڑھا دیے ہیں۔ شہری اس فیصلے سے ناخوش ہیں اور انہوں نے احتجاج کا "
             "اعلان کر دیا ہے۔ ")


def found(lead, sentence):
    text = lead + sentence
    return [(text[s.start : s.end], s.source) for s in suggest(text, tag="attribution") if s.start >= len(lead)]


@pytest.mark.parametrize("sentence, cues", [
    ("– Lainaajia on vähän. Kulut ovat kasvaneet, Lehtonen sanoo.", [("Lehtonen sanoo", "Lehtonen")]),
    ("– Emme saaneet tietoa ajoissa, sanoo kirjastonhoitaja Maija Lehtonen Ylelle.",
     [("sanoo kirjastonhoitaja Maija Lehtonen", "kirjastonhoitaja Maija Lehtonen")]),
    ("– Emme saaneet tietoa, joka olisi auttanut, sanoo kirjastonhoitaja Maija Lehtonen KL:lle.",
     [("sanoo kirjastonhoitaja Maija Lehtonen", "kirjastonhoitaja Maija Lehtonen")]),
    ("Kunnanjohtaja Veikko Salosen mukaan säästö on noin 200 000 euroa.",
     [("Kunnanjohtaja Veikko Salosen mukaan", "Kunnanjohtaja Veikko Salosen")]),
    ("Kunnanjohtaja Veikko Salonen kertoo KL:lle, että säästö on suuri.",
     [("Kunnanjohtaja Veikko Salonen kertoo", "Kunnanjohtaja Veikko Salonen")]),
    ("Opiskelija Aino Mäkelä, 19, kertoo lukeneensa kirjastossa joka päivä.",
     [("Opiskelija Aino Mäkelä, 19, kertoo", "Opiskelija Aino Mäkelä")]),
    ("”Se oli kylän olohuone”, hän sanoo.", [("hän sanoo", "")]),
])
def test_finnish_attribution_before_and_after_the_words_said(sentence, cues):
    assert found(FINNISH_LEAD, sentence) == cues


@pytest.mark.parametrize("sentence", [
    "Kaikki kuntalaiset pääsevät mukaan lukien lapset.",  # "mukaan lukien": including
    "Hän lähti mukaan retkelle.",  # "along", no source in the genitive before it
    "Opas kertoo kylän historiasta.",  # "tells about", no words reported
])
def test_finnish_near_misses_are_no_cues(sentence):
    assert found(FINNISH_LEAD, sentence) == []


def test_a_swedish_quotation_on_a_finnish_page_is_read_in_swedish():
    sentence = "– Det här är ett svårt beslut för oss och för hela kommunen, säger Lehtonen."
    assert found(FINNISH_LEAD, sentence) == [("säger Lehtonen", "Lehtonen")]


@pytest.mark.parametrize("sentence, cues", [
    ('محلہ نور کی رہائشی زینب بی بی نے بتایا: "رات بھر پانی نہیں آیا۔"',
     [("محلہ نور کی رہائشی زینب بی بی نے بتایا", "محلہ نور کی رہائشی زینب بی بی")]),
    ('"کسی کو معاف نہیں کیا جائے گا،" اسسٹنٹ کمشنر نے کہا۔', [("اسسٹنٹ کمشنر نے کہا", "اسسٹنٹ کمشنر")]),
    ("واٹر بورڈ کے مطابق نئی پائپ لائن اگلے ماہ بچھے گی۔", [("واٹر بورڈ کے مطابق", "واٹر بورڈ")]),
    ("ان کے مطابق کام جلد مکمل ہوگا۔", [("ان کے مطابق", "")]),
    ("دکاندار اکرم علی کا کہنا ہے کہ کاروبار آدھا رہ گیا ہے۔",
     [("دکاندار اکرم علی کا کہنا ہے", "دکاندار اکرم علی")]),
    ("میئر نے دفتر کا دورہ کیا اور بتایا کہ نرخ واپس ہوں گے۔", [("اور بتایا", "میئر")]),
    ("کونسلر شاہدہ پروین کہتی ہیں کہ بل دگنے ہو گئے ہیں۔",
     [("کونسلر شاہدہ پروین کہتی ہیں", "کونسلر شاہدہ پروین")]),
    ("بتایا گیا ہے کہ ٹینکر کل آئیں گے۔", [("بتایا گیا", "")]),
])
def test_urdu_attribution_after_its_source(sentence, cues):
    assert found(URDU_LEAD, sentence) == cues


@pytest.mark.parametrize("sentence", [
    "قانون کے مطابق بل ہر ماہ جاری ہوگا۔",  # by the law: no source
    "اسے مجبوری کہنا آسان ہے۔",  # "to call it", no claim
    "وزیر نے امداد کا اعلان کیا ہے۔",  # announces relief, reports no words
])
def test_urdu_near_misses_are_no_cues(sentence):
    assert found(URDU_LEAD, sentence) == []


def test_an_urdu_speaker_label_over_a_quotation_names_its_speaker():
    text = URDU_LEAD + "\n\nبلدیہ کے چیئرمین ارشد محمود:\n\"نرخ بڑھانا ہماری مجبوری تھی۔\""
    cues = [(text[s.start : s.end], s.source) for s in suggest(text, tag="attribution")]
    assert ("بلدیہ کے چیئرمین ارشد محمود:", "بلدیہ کے چیئرمین ارشد محمود") in cues
