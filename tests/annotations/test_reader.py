import re
from html import unescape
from urllib.parse import parse_qs, urlsplit

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from annotations.models import Annotation

pytestmark = pytest.mark.django_db


def highlight(article, reviewer, phrase, tag="rhetoric", **fields):
    start = article.text.index(phrase)
    return Annotation.objects.create(article=article, reviewer=reviewer, tag=tag, start=start,
                                     end=start + len(phrase), quote=phrase, **fields)


def passage_html(html, index):
    start = html.index(f'id="passage-{index}"')
    return html[start : html.index("</p>", start)]


def test_reader_shows_own_highlight_as_a_run_with_its_tag(client, reviewer, make_article):
    article = make_article("Officials said the launch was reckless.")
    mark = highlight(article, reviewer, "reckless")
    client.force_login(reviewer)

    html = client.get(article.get_absolute_url()).content.decode()

    assert f'data-ids="{mark.pk}"' in html
    assert 'class="hl hl-rhetoric hl-mine' in html
    assert '<span class="u u-rhetoric">reckless</span>' in html


def test_passage_markup_holds_exactly_the_text_slice(client, reviewer, make_article):
    article = make_article("First <paragraph> & more.\n\nSecond 😀 paragraph, tagged twice.")
    highlight(article, reviewer, "Second 😀 paragraph")
    highlight(article, reviewer, "paragraph, tagged", tag="attribution")
    client.force_login(reviewer)

    response = client.get(article.get_absolute_url())

    from html.parser import HTMLParser

    class PassageText(HTMLParser):
        def __init__(self):
            super().__init__()
            self.depth, self.texts = 0, []

        def handle_starttag(self, tag, attrs):
            if self.depth:
                self.depth += tag == "span" or tag == "p"
            elif ("class", "passage") in attrs:
                self.depth = 1
                self.texts.append("")

        def handle_endtag(self, tag):
            if self.depth and tag in ("span", "p"):
                self.depth -= 1

        def handle_data(self, data):
            if self.depth:
                self.texts[-1] += data

    parser = PassageText()
    parser.feed(response.content.decode())
    passages = list(article.passages.all())
    assert parser.texts == [article.text[p.start : p.end] for p in passages]


def test_other_reviewers_highlights_are_hidden_until_asked_for(client, reviewer, other_reviewer, make_article,
                                                                open_story):
    article = make_article("Officials said the launch was reckless.", story=open_story)
    theirs = highlight(article, other_reviewer, "Officials", tag="attribution")
    client.force_login(reviewer)

    default = client.get(article.get_absolute_url()).content.decode()
    everyone = client.get(article.get_absolute_url(), {"all": "1"}).content.decode()
    only_them = client.get(article.get_absolute_url(), {"reviewer": "other"}).content.decode()

    assert f'data-ids="{theirs.pk}"' not in default
    assert f'data-ids="{theirs.pk}"' in everyone
    assert f'data-ids="{theirs.pk}"' in only_them


def test_the_link_to_every_reviewers_highlights_keeps_the_tag_filter_and_the_other_query_parameters(
        client, reviewer, other_reviewer, make_article, open_story):
    article = make_article("Officials said the launch was reckless.", story=open_story)
    theirs = highlight(article, other_reviewer, "reckless")
    client.force_login(reviewer)

    page = client.get(article.get_absolute_url(), {"tag": "rhetoric", "claims": "shared"}).content.decode()

    link = re.search(r'<a href="([^"]*)">Show every reviewer’s highlights</a>', page)
    assert link is not None
    url = urlsplit(unescape(link.group(1)))
    assert url.path == article.get_absolute_url()
    assert parse_qs(url.query) == {"all": ["1"], "tag": ["rhetoric"], "claims": ["shared"]}
    followed = client.get(unescape(link.group(1))).content.decode()
    assert f'data-ids="{theirs.pk}"' in followed


def test_in_a_blind_story_the_toggle_shows_only_what_the_reviewer_may_see(client, reviewer, other_reviewer,
                                                                          make_article):
    article = make_article("Officials said the launch was reckless.")
    theirs = highlight(article, other_reviewer, "Officials", tag="attribution")
    client.force_login(reviewer)

    html = client.get(article.get_absolute_url(), {"all": "1"}).content.decode()

    assert f'data-ids="{theirs.pk}"' not in html
    assert '<option value="other"' not in html


def test_outlet_blind_story_hides_the_masthead_in_the_reader(client, reviewer, make_article, open_story):
    open_story.outlet_blind = True
    open_story.save()
    article = make_article("Officials said the launch was reckless.", story=open_story, outlet="Daily Tell",
                           byline="A. Writer")
    client.force_login(reviewer)

    html = client.get(article.get_absolute_url()).content.decode()

    assert "Daily Tell" not in html and "A. Writer" not in html
    assert "Outlet A" in html


def test_tag_filter_shows_one_tag_and_legend_counts_every_tag(client, reviewer, make_article):
    article = make_article("Officials said the launch was reckless.")
    highlight(article, reviewer, "Officials", tag="attribution")
    rhetoric = highlight(article, reviewer, "reckless")
    client.force_login(reviewer)

    response = client.get(article.get_absolute_url(), {"tag": "rhetoric"})

    html = response.content.decode()
    assert html.count("data-ids=") == 1 and f'data-ids="{rhetoric.pk}"' in html
    assert [entry["count"] for entry in response.context["legend"]] == [1, 1, 0, 0]


def test_toolbar_post_saves_and_answers_htmx_with_the_refreshed_passage_and_legend(client, reviewer, make_article):
    article = make_article("Officials said the launch was reckless.\n\nSecond paragraph.")
    client.force_login(reviewer)

    response = client.post("/annotations/", {"article": article.pk, "tag": "rhetoric", "start": 30, "end": 38,
                                             "quote": "reckless"}, HTTP_HX_REQUEST="true")

    assert response.status_code == 200
    html = response.content.decode()
    assert f"hx-swap-oob=\"outerHTML:[data-article='{article.pk}'] .passage[data-index='0']\"" in html
    assert "passage-1" not in html
    assert 'id="legend"' in html
    assert Annotation.objects.get().quote == "reckless"


def test_toolbar_post_without_javascript_redirects_back_to_the_reader(client, reviewer, make_article):
    article = make_article("Officials said the launch was reckless.")
    client.force_login(reviewer)

    response = client.post("/annotations/", {"article": article.pk, "tag": "attribution", "start": 0, "end": 9,
                                             "next": f"{article.get_absolute_url()}?all=1"})

    assert response.status_code == 302
    assert response["Location"] == f"{article.get_absolute_url()}?all=1"
    assert Annotation.objects.get().quote == "Officials"


def test_toolbar_post_refuses_a_quote_mismatch_with_a_message(client, reviewer, make_article):
    article = make_article("Officials said the launch was reckless.")
    client.force_login(reviewer)

    response = client.post("/annotations/", {"article": article.pk, "tag": "rhetoric", "start": 0, "end": 9,
                                             "quote": "Offic"}, HTTP_HX_REQUEST="true")

    assert response.status_code == 422
    assert "Does not match the text" in response.content.decode()
    assert not Annotation.objects.exists()


def test_toolbar_post_never_redirects_off_site(client, reviewer, make_article):
    article = make_article("Officials said the launch was reckless.")
    client.force_login(reviewer)

    response = client.post("/annotations/", {"article": article.pk, "tag": "rhetoric", "start": 0, "end": 9,
                                             "next": "https://evil.example/"})

    assert response["Location"] == article.get_absolute_url()


def test_owner_edits_tag_and_note_from_the_popover(client, reviewer, make_article):
    article = make_article("Officials said the launch was reckless.")
    mark = highlight(article, reviewer, "reckless")
    client.force_login(reviewer)

    response = client.post(f"/annotations/{mark.pk}/edit/", {"tag": "factual_claim", "note": "<b>why</b>",
                                                              "source": ""}, HTTP_HX_REQUEST="true")

    assert response.status_code == 200
    mark.refresh_from_db()
    assert (mark.tag, mark.note) == ("factual_claim", "<b>why</b>")
    assert "&lt;b&gt;why&lt;/b&gt;" in response.content.decode()
    assert "<b>why</b>" not in response.content.decode()


def test_only_the_owner_may_edit_or_delete_from_the_reader(client, other_reviewer, reviewer, make_article):
    article = make_article("Officials said the launch was reckless.")
    mark = highlight(article, reviewer, "reckless")
    client.force_login(other_reviewer)

    edited = client.post(f"/annotations/{mark.pk}/edit/", {"tag": "factual_claim", "note": "", "source": ""})
    deleted = client.post(f"/annotations/{mark.pk}/delete/")

    assert (edited.status_code, deleted.status_code) == (404, 404)
    mark.refresh_from_db()
    assert mark.tag == "rhetoric" and mark.deleted_at is None


def test_popover_shows_note_and_source_escaped_and_no_edit_form_for_others(client, reviewer, other_reviewer,
                                                                            make_article, open_story):
    article = make_article("Officials said the launch was reckless.", story=open_story)
    mark = highlight(article, reviewer, "reckless", note="<script>alert(1)</script>", source="KCNA")
    client.force_login(other_reviewer)

    response = client.get(f"/articles/{article.pk}/highlights/", {"ids": str(mark.pk)}, HTTP_HX_REQUEST="true")

    html = response.content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "KCNA" in html and "reviewer" in html
    assert "annotation-edit" not in html and f"/annotations/{mark.pk}/edit/" not in html


def test_owner_deletes_from_the_reader_and_the_highlight_goes(client, reviewer, make_article):
    article = make_article("Officials said the launch was reckless.")
    mark = highlight(article, reviewer, "reckless")
    client.force_login(reviewer)

    response = client.post(f"/annotations/{mark.pk}/delete/", {"next": article.get_absolute_url()})

    assert response.status_code == 302
    assert f'data-ids="{mark.pk}"' not in client.get(article.get_absolute_url()).content.decode()


def test_reader_write_actions_need_the_csrf_token(reviewer, make_article):
    article = make_article("Officials said the launch was reckless.")
    mark = highlight(article, reviewer, "reckless")
    client = Client(enforce_csrf_checks=True)
    client.force_login(reviewer)

    created = client.post("/annotations/", {"article": article.pk, "tag": "rhetoric", "start": 0, "end": 9})
    deleted = client.post(f"/annotations/{mark.pk}/delete/")

    assert (created.status_code, deleted.status_code) == (403, 403)
    assert Annotation.objects.live().count() == 1


def add_highlights(article, reviewers, count):
    text = article.text
    marks = []
    for i in range(count):
        start = (i * 7) % (len(text) - 40)
        end = start + 5 + i % 30
        marks.append(Annotation(article=article, reviewer=reviewers[i % len(reviewers)],
                                tag=("attribution", "rhetoric", "boilerplate", "factual_claim")[i % 4],
                                start=start, end=end, quote=text[start:end]))
    Annotation.objects.bulk_create(marks)


@pytest.mark.parametrize("count", [10, 1000])
def test_reader_query_count_does_not_grow_with_highlights(client, reviewer, other_reviewer, open_seed_article,
                                                          django_assert_num_queries, count):
    seed_article = open_seed_article
    client.force_login(reviewer)
    url = seed_article.get_absolute_url() + "?all=1"
    client.get(url)  # the first visit also saves the session
    with CaptureQueriesContext(connection) as without_highlights:
        client.get(url)
    add_highlights(seed_article, [reviewer, other_reviewer], count)

    with django_assert_num_queries(len(without_highlights)):
        response = client.get(url)

    assert response.status_code == 200
    assert response.content.decode().count("data-ids=") >= 10


def test_popover_for_unknown_or_absurd_ids_says_nothing_is_visible(client, reviewer, make_article):
    article = make_article("Officials said the launch was reckless.")
    client.force_login(reviewer)

    response = client.get(f"/articles/{article.pk}/highlights/", {"ids": f"12345 {10**30} x -1"},
                          HTTP_HX_REQUEST="true")

    assert response.status_code == 200
    assert "no longer visible" in response.content.decode()


def test_popover_edit_with_a_note_too_long_shows_the_error_and_keeps_the_highlight(client, reviewer, make_article):
    article = make_article("Officials said the launch was reckless.")
    mark = highlight(article, reviewer, "reckless")
    client.force_login(reviewer)

    response = client.post(f"/annotations/{mark.pk}/edit/", {"tag": "rhetoric", "note": "n" * 2001, "source": ""},
                           HTTP_HX_REQUEST="true")

    assert response.status_code == 422
    assert "Keep notes to 2,000 characters" in response.content.decode()
    mark.refresh_from_db()
    assert mark.note == ""


def test_readme_documents_the_highlight_api_and_the_reader():
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text()

    for needle in ("GET /api/annotations/?article=ID", "POST /api/annotations/", "PATCH /api/annotations/ID/",
                   "DELETE /api/annotations/ID/", "?all=1", "reader.html#annotator", "#char-N"):
        assert needle in readme


@pytest.mark.parametrize(("text", "lang"), [
    ("은포시 솔밭로에서 땅이 꺼져 차량 한 대가 빠졌다. 시는 도로를 통제하고 원인을 조사하고 있다.", ' lang="ko"'),
    ("石湄镇两所学校的学生午餐后出现呕吐症状，县疾控中心已介入调查。", ' lang="zh"'),
    ("霧沢町で土砂崩れがあり、鉄道の線路が埋まった。町は避難指示を出した。", ' lang="ja"'),
    ("The council said on Monday that the bridge would stay shut until the spring.", ' lang="en"'),
    ("เทศบาลประกาศปิดสะพานจนถึงฤดูใบไม้ผลิ หลังพบรอยร้าวที่ตอม่อ", ' lang="th"'),  # told by its script
    ("ქალაქის საბჭომ ხიდი გაზაფხულამდე დახურა, რადგან ბურჯზე ბზარი იპოვეს.", ' lang="ka"'),  # told by its script
    ("Խորհուրդը կամուրջը փակեց մինչև գարուն, քանի որ ճեղք գտան։", ' lang="hy"'),  # told by its script
    ("නගර සභාව වසන්තය දක්වා පාලම වසා දැමීය.", ' lang="si"'),  # told by its script
    ("పురపాలక సంఘం వసంతం వరకు వంతెనను మూసివేసింది.", ' lang="te"'),  # told by its script
    ("નગરપાલિકાએ વસંત સુધી પુલ બંધ કર્યો છે.", ' lang="gu"'),  # told by its script
    ("ਨਗਰ ਕੌਂਸਲ ਨੇ ਬਸੰਤ ਤੱਕ ਪੁਲ ਬੰਦ ਕਰ ਦਿੱਤਾ ਹੈ।", ' lang="pa"'),  # told by its script
    ("നഗരസഭ വസന്തം വരെ പാലം അടച്ചിട്ടു.", ' lang="ml"'),  # told by its script
    ("ສະພາເມືອງໄດ້ປິດຂົວຈົນຮອດລະດູໃບໄມ້ປົ່ງ.", ""),  # told by nothing we read
])
def test_the_article_text_says_its_language_so_glyphs_and_line_breaks_follow_it(client, reviewer, make_article,
                                                                                   text, lang):
    article = make_article(text)
    client.force_login(reviewer)

    html = client.get(article.get_absolute_url()).content.decode()

    assert f'<div class="reader-text" id="reader-text"{lang}>' in html


def test_the_details_page_opened_without_a_highlight_says_none_was_chosen_with_a_way_back(client, reviewer,
                                                                                         make_article):
    article = make_article("The ferry to Orlen Point was cancelled, the harbour master said.")
    client.force_login(reviewer)

    for query in ({}, {"ids": ""}, {"ids": "  "}):
        page = client.get(f"/articles/{article.pk}/highlights/", query).content.decode()

        assert "No highlight was chosen." in page, query
        assert "no longer visible" not in page
        assert f'href="{article.get_absolute_url()}">Back to the article</a>' in page
