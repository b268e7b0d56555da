"""Attribution in Turkish: the verb of saying last, its words before it (a quotation, a clause made a noun) or
after a colon, its source opening the sentence or after the verb; "X'e göre". Every text here is invented."""

import pytest

from annotations.suggestions import suggest
from annotations.suggestions.attribution import turkish
from annotations.suggestions.base import split_lines


def cues_in(text):
    line = split_lines(text)[0]
    return [(text[s.start : s.end], s.source) for s in turkish.suggest_in_line(line)]


@pytest.mark.parametrize(
    "sentence, cues",
    [
        (
            "Liman müdürü Kemal Arıkan, iskelenin onarılacağını söyledi.",
            [("söyledi", "Liman müdürü Kemal Arıkan")],
        ),
        (
            "Kaymakam Selin Tokgöz, “Yol yarın açılacak” dedi.",
            [("dedi", "Kaymakam Selin Tokgöz")],
        ),
        ("\"Su baskını gece başladı\", dedi Orhan Yeşil sabah.", [("dedi Orhan Yeşil", "Orhan Yeşil")]),
        (
            "Balıkçılar birliği başkanı Ayten Koç ise ağların zarar gördüğünü belirtti.",
            [("belirtti", "Balıkçılar birliği başkanı Ayten Koç")],
        ),
        (
            "Köyde doğan, yıllarca madende çalışan Rıza Bulut, ocağın kapanacağını açıkladı.",
            [("açıkladı", "Rıza Bulut")],
        ),
        ("Belediye Başkanı Ferhan Uz köprünün güvenli olduğunu açıklarken, muhtar itiraz etti.",
         [("açıklarken", "Belediye Başkanı Ferhan Uz")]),
        ("Öğrenciler “Okulumuzu kapatmayın!” diye bağırdı.", [("diye bağırdı", "Öğrenciler")]),
        ("Valiliğin yaptığı açıklamaya göre yol kapalı.", [("Valiliğin yaptığı açıklamaya göre",
                                                             "Valiliğin yaptığı açıklamaya")]),
        ("Köylüler, barajın yeniden ölçülmesini istedi.", [("istedi", "Köylüler")]),
    ],
)
def test_a_turkish_cue_and_its_source(sentence, cues):
    assert cues_in(sentence) == cues


@pytest.mark.parametrize(
    "sentence",
    [
        "Üyelerin 40'ı teklife evet dedi.",  # a vote, no words reported
        "Şirket geçen yıl 3 milyar lira ciro açıkladı.",  # a figure announced, no words
        "Koro akşam iki şarkı söyledi.",  # sang a song
        "Yönetmeliğe göre dükkanlar saat dokuzda kapanır.",  # by the regulation: a rule, no source
        "Onaylanan projeye göre binada bir kütüphane olacak.",  # by the approved project: a plan
        "Kulüp yeni bir stat istiyor.",  # wants a stadium: no clause of what is asked
        "“Deniz çok soğuk” yazısı duvarda asılı.",  # a quotation with no verb of saying
    ],
)
def test_a_turkish_sentence_that_reports_no_words_has_no_cue(sentence):
    assert cues_in(sentence) == []


def test_a_quotation_that_ends_in_a_stop_ends_its_sentence():
    text = "Muhtar Ali Tan şunu söyledi: “Su yetmiyor.” Öğretmen, okulun kapanmasını da istiyor."
    assert cues_in(text) == [("söyledi", "Muhtar Ali Tan"), ("istiyor", "Öğretmen")]


def test_a_turkish_article_gets_attribution_suggestions():
    text = (
        "Dereköy'de sel: iki köprü yıkıldı\n\n"
        "Dereköy'de gece yağan yağmur iki köprüyü yıktı ve yirmi evi su bastı. Ekipler sabaha kadar çalıştı.\n\n"
        "Afet koordinatörü Leyla Sarı, bütün köylerin yola yeniden bağlanacağını söyledi. Meteorolojiye göre "
        "yağış yarın da sürecek."
    )
    found = [(text[s.start : s.end], s.source) for s in suggest(text) if s.tag == "attribution"]
    assert ("söyledi", "Afet koordinatörü Leyla Sarı") in found
    assert ("Meteorolojiye göre", "Meteorolojiye") in found
