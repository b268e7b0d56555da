"""The language a label drawn from a story's articles is given on a page (``newsdesk.text_language``)."""

import re
from types import SimpleNamespace

import pytest
from django.template import Context, Template

from newsdesk.text_language import primary_subtag, shared_language, text_direction


def articles(*languages):
    return [SimpleNamespace(text_language=language) for language in languages]


@pytest.mark.parametrize(("languages", "expected"), [
    (("zh", "zh", "zh"), "zh"),  # all in one language other than the page's
    (("hi",), "hi"),
    (("zh-Hant", "zh-Hant"), "zh-Hant"),  # said as the articles say it
    (("en", "en"), ""),  # the page's own language needs no lang of its own
    (("en-GB", "en-GB"), ""),  # nor does the page's language in another region
    (("zh", "ja"), ""),  # two languages: the label's is not known
    (("zh", ""), ""),  # one article's language not known
    (("", ""), ""),
    ((), ""),  # no articles
])
def test_a_label_takes_the_language_its_articles_share_unless_it_is_the_pages(languages, expected):
    assert shared_language(articles(*languages)) == expected


def test_the_page_language_is_compared_without_its_region():
    assert shared_language(articles("en", "en"), page_language="en-gb") == ""
    assert shared_language(articles("fr", "fr"), page_language="fr-CA") == ""
    assert shared_language(articles("en", "en"), page_language="fr") == "en"


def test_a_primary_subtag_is_the_language_alone():
    assert [primary_subtag(tag) for tag in ("zh-Hans", "en-GB", "ko", "")] == ["zh", "en", "ko", ""]


def test_templates_take_it_as_a_filter():
    template = Template("{% load languages %}[{{ articles|shared_language }}]")

    assert template.render(Context({"articles": articles("ko", "ko")})) == "[ko]"
    assert template.render(Context({"articles": articles("en", "ko")})) == "[]"


# Invented for this test: a tram depot fire, told by two outlets in Chinese and by two in English.
CHINESE = ("澜州电车车库起火\n\n周一凌晨，澜州东区的电车车库发生火灾，两辆电车被烧毁，无人受伤。\n\n"
           "消防部门说，大火在四十分钟后被扑灭，起火原因正在调查。\n\n东区的电车线路周二停运，市民改乘公交车出行。",
           "东区电车车库凌晨失火\n\n澜州东区电车车库周一凌晨起火，烧毁两辆电车，没有人员受伤。\n\n"
           "消防部门表示，火势在四十分钟内得到控制，起火原因仍在调查之中。\n\n受此影响，东区电车线路周二暂停运营。")
ENGLISH = ("Fire at the tram depot\n\nA fire at the east tram depot destroyed two trams early on Monday; no one was "
           "hurt.\n\nFirefighters said the blaze was put out within forty minutes and its cause is being "
           "investigated.\n\nThe east tram line will not run on Tuesday, and passengers are asked to take the bus.",
           "Two trams burnt out in depot fire\n\nTwo trams were destroyed when fire broke out at the east tram "
           "depot early on Monday, though nobody was injured.\n\nThe fire service said the flames were brought "
           "under control within forty minutes, and the cause is still being investigated.")
LABEL_LANGS = re.compile(r'class="topic-label" dir="auto" tabindex="-1"(?: lang="([^"]+)")?>([^<]*)<')


@pytest.mark.django_db
@pytest.mark.parametrize(("texts", "label_lang"), [(CHINESE, "zh"), (ENGLISH, "")])
def test_the_comparison_grid_gives_its_topic_labels_the_articles_language(client, reviewer, make_article, texts,
                                                                          label_lang):
    from newsdesk.models import Story

    story = Story.objects.create(title="Tram depot fire", slug="tram-depot-fire")
    for outlet, text in zip(("Lanzhou Daily", "East Wire"), texts, strict=True):
        make_article(text, story=story, outlet=outlet)
    client.force_login(reviewer)

    html = client.get(f"/stories/{story.slug}/compare/").content.decode()

    labels = dict((label, lang) for lang, label in LABEL_LANGS.findall(html))
    assert labels.pop("Page furniture", "") == ""  # the app's own words
    assert labels and set(labels.values()) == {label_lang}, labels


# Invented for this test: a Greek outlet's name, which the page's capitals must spell as Greek does (no accents).
GREEK = ("Φωτιά στο αμαξοστάσιο του τραμ\n\nΦωτιά ξέσπασε τη Δευτέρα τα ξημερώματα στο αμαξοστάσιο του τραμ και "
         "κάηκαν δύο οχήματα, χωρίς τραυματίες.\n\nΗ πυροσβεστική είπε ότι η φωτιά έσβησε μέσα σε σαράντα λεπτά.",
         "Κάηκαν δύο τραμ στο αμαξοστάσιο\n\nΔύο τραμ καταστράφηκαν από φωτιά στο αμαξοστάσιο τη Δευτέρα, χωρίς "
         "να τραυματιστεί κανείς.\n\nΗ αιτία της φωτιάς ερευνάται, είπε η πυροσβεστική.")
OUTLET_NAMES = re.compile(r'class="(?:outlet-name|cell-outlet)" dir="auto"(?: lang="([^"]+)")?>([^<]*)<')


@pytest.mark.django_db
@pytest.mark.parametrize(("blind", "names", "lang"), [
    (False, {"Ο Ταχυδρόμος", "Ειδησεογραφικό Πρακτορείο"}, "el"),
    (True, {"Outlet A", "Outlet B"}, ""),  # hidden from a blind reviewer: the page's own words, no language
])
def test_an_outlets_name_takes_its_articles_language_so_capitals_are_spelt_as_that_language_does(
        client, reviewer, make_article, blind, names, lang):
    from newsdesk.models import Story

    story = Story.objects.create(title="Tram depot fire", slug="tram-depot-fire", outlet_blind=blind)
    for outlet, text in zip(("Ο Ταχυδρόμος", "Ειδησεογραφικό Πρακτορείο"), GREEK, strict=True):
        make_article(text, story=story, outlet=outlet)
    client.force_login(reviewer)

    html = client.get(f"/stories/{story.slug}/compare/").content.decode()

    found = OUTLET_NAMES.findall(html)
    assert {name for _, name in found} == names
    assert {found_lang for found_lang, _ in found} == {lang}


@pytest.mark.parametrize(("text", "expected"), [
    ("LIVE | BREAKING: بازار میں آگ لگنے سے کئی دکانیں جل گئیں", "rtl"),  # Urdu after a Latin strap
    ("שלום Jerusalem bureau reports the road reopened on Monday", "ltr"),  # English after a Hebrew word
    ("עיריית חיפה הודיעה כי הכביש ייפתח מחר", "rtl"),
    ("मंडी में आग लगने से कई दुकानें जल गईं 😀", "ltr"),  # Devanagari is written left to right
    ("2025 — 14:30 😀", "auto"),  # no letter: the browser decides
    ("", "auto"),
])
def test_a_text_runs_in_the_direction_most_of_its_letters_have(text, expected):
    assert text_direction(text) == expected
