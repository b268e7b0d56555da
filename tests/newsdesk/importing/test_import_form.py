import re
import sys

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from newsdesk.models import Article, Outlet, Story

pytestmark = pytest.mark.django_db

ARTICLE = "Ceasefire talks resume\n\nNegotiators met on Monday, officials said.\n\nThe talks continue today."


def post(client, action="preview", **fields):
    return client.post("/import/", {"action": action, "format": "auto", **fields})


def test_reviewer_cannot_open_the_import_page(client, reviewer):
    client.force_login(reviewer)

    response = client.get("/import/")

    assert response.status_code == 403
    assert "permission" in response.content.decode()


def test_editor_sees_the_import_link_and_form(client, editor):
    client.force_login(editor)

    page = client.get("/import/").content.decode()

    assert 'href="/import/"' in page
    assert "Paste the article" in page


def test_preview_shows_passages_and_metadata_without_saving(client, editor):
    client.force_login(editor)

    response = post(client, text=ARTICLE, new_outlet="Daily Ledger", new_story="Ceasefire talks",
                    byline="A. Writer")

    page = response.content.decode()
    assert response.status_code == 200
    assert "Preview: 1 article" in page
    assert "Negotiators met on Monday, officials said." in page
    assert "A. Writer" in page and "new outlet" in page and "new story" in page
    assert not Article.objects.exists()
    assert not Outlet.objects.filter(name="Daily Ledger").exists()
    assert not Story.objects.exists()


def test_import_stores_the_article_with_a_new_outlet_and_story(client, editor):
    client.force_login(editor)

    response = post(client, "import", text=ARTICLE, new_outlet="Daily Ledger", new_story="Ceasefire talks",
                    published="2024-05-06")

    article = Article.objects.get()
    assert response.status_code == 302 and response["Location"] == article.get_absolute_url()
    assert article.outlet.name == "Daily Ledger"
    assert article.story.title == "Ceasefire talks"
    assert article.title == "Ceasefire talks resume"
    assert article.published.isoformat() == "2024-05-06"
    assert article.imported_by == editor
    assert article.passages.count() == 3


def test_uploaded_file_is_previewed_then_carried_into_the_paste_box(client, editor, seed_story):
    client.force_login(editor)
    upload = SimpleUploadedFile("page.html", b"<html><body><h1>Headline</h1><p>First &amp; only.</p></body></html>")

    response = client.post("/import/", {"action": "preview", "format": "auto", "file": upload,
                                        "new_outlet": "Web Times", "story": seed_story.pk})

    page = response.content.decode()
    assert "Headline" in page and "First &amp; only." in page
    assert response.context["form"]["text"].value().startswith("<html>")
    assert response.context["form"]["format"].value() == "html"


def test_jsonl_upload_imports_every_line_with_its_own_outlet(client, editor):
    client.force_login(editor)
    lines = (b'{"outlet": "One", "title": "First", "text": "Alpha."}\n'
             b'{"outlet": "Two", "title": "Second", "text": "Beta."}\n')

    client.post("/import/", {"action": "import", "format": "auto", "file": SimpleUploadedFile("a.jsonl", lines)})

    assert sorted(Article.objects.values_list("outlet__name", "title")) == [("One", "First"), ("Two", "Second")]


def test_nothing_to_import_is_refused_with_a_message(client, editor):
    client.force_login(editor)

    response = post(client, text="   ", new_outlet="X")

    assert response.status_code == 422
    assert "Paste an article or choose a file" in response.content.decode()


def test_missing_outlet_is_refused_for_a_single_article(client, editor):
    client.force_login(editor)

    response = post(client, "import", text=ARTICLE)

    assert response.status_code == 422
    assert "Choose the outlet" in response.content.decode()
    assert not Article.objects.exists()


def test_choosing_and_naming_a_story_at_once_is_refused(client, editor, seed_story):
    client.force_login(editor)

    response = post(client, text=ARTICLE, new_outlet="X", story=seed_story.pk, new_story="Another")

    assert response.status_code == 422
    assert "not both" in response.content.decode()


def test_wrong_file_type_is_refused(client, editor):
    client.force_login(editor)

    response = client.post("/import/", {"action": "import", "format": "auto", "new_outlet": "X",
                                        "file": SimpleUploadedFile("scan.pdf", b"%PDF-1.4")})

    assert response.status_code == 422
    assert "scan.pdf is not a .txt, .html or .jsonl file." in response.content.decode()


def test_file_over_the_size_limit_is_refused_with_the_limit(client, editor, settings):
    settings.NEWSDESK_MAX_IMPORT_BYTES = 1000
    client.force_login(editor)

    response = client.post("/import/", {"action": "preview", "format": "auto", "new_outlet": "X",
                                        "file": SimpleUploadedFile("long.txt", b"word " * 400)})

    assert response.status_code == 422
    assert "long.txt is 2.0\xa0KB; imports are limited to 1000\xa0bytes" in response.content.decode()


def test_request_far_over_the_limit_is_refused_before_reading_it(client, editor, settings):
    settings.NEWSDESK_MAX_IMPORT_BYTES = 10
    client.force_login(editor)

    response = client.post("/import/", {"action": "import", "format": "auto", "new_outlet": "X",
                                        "file": SimpleUploadedFile("big.txt", b"x" * 200_000)})

    assert response.status_code == 413
    assert "imports are limited to 10\xa0bytes" in response.content.decode()
    assert not Article.objects.exists()


def test_pipeline_errors_are_the_command_line_ones(client, editor):
    client.force_login(editor)

    response = client.post("/import/", {"action": "import", "format": "auto", "new_outlet": "X",
                                        "file": SimpleUploadedFile("latin1.txt", "café".encode("latin-1"))})

    assert response.status_code == 422
    assert "Nothing was imported: not UTF-8 text (byte 0xe9 at position 3)" in response.content.decode()


def test_bad_jsonl_line_rolls_back_the_whole_file(client, editor):
    client.force_login(editor)
    pasted = '{"outlet": "One", "text": "Fine."}\n{"outlet": "Two", "text": 5}\n'

    response = post(client, "import", text=pasted)

    assert response.status_code == 422
    assert "line 2 has no &#x27;text&#x27; or &#x27;html&#x27; field" in response.content.decode()
    assert not Article.objects.exists() and not Outlet.objects.exists()


def test_duplicate_is_flagged_in_the_preview_and_skipped_on_import(client, editor, seed_article):
    client.force_login(editor)
    text = seed_article.text

    preview = post(client, text=text, format="text", outlet=seed_article.outlet.pk).content.decode()
    response = post(client, "import", text=text, format="text", outlet=seed_article.outlet.pk)

    assert "Already imported as" in preview and f"article {seed_article.pk}" in preview
    assert response["Location"] == seed_article.get_absolute_url()
    assert Article.objects.filter(checksum=seed_article.checksum).count() == 1


def test_hostile_html_is_sanitised_in_the_preview(client, editor):
    client.force_login(editor)

    response = post(client, text='<p>Safe words<script>alert(1)</script><img src=x onerror=alert(2)></p>',
                    format="html", new_outlet="X")

    page = response.content.decode()
    assert "Safe words" in page
    assert "<script>alert(1)" not in page and "onerror=alert(2)>" not in page


def test_import_form_refuses_a_post_without_csrf_token(editor):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)

    response = post(client, "import", text=ARTICLE, new_outlet="X")

    assert response.status_code == 403
    assert "This form has expired" in response.content.decode()
    assert not Article.objects.exists()


def test_preview_suggests_the_story_an_article_belongs_to(client, editor, seed_article):
    client.force_login(editor)
    text = seed_article.text.replace(".", ";", 3)  # the same reporting, not a duplicate

    response = post(client, text=text, format="text", new_outlet="Another Paper")

    assert response.context["suggestion"]["story"] == seed_article.story
    assert "Use this story" in response.content.decode()


def test_no_suggestion_once_a_story_is_chosen(client, editor, seed_article):
    client.force_login(editor)
    text = seed_article.text.replace(".", ";", 3)

    response = post(client, text=text, format="text", new_outlet="Another Paper", story=seed_article.story.pk)

    assert response.context["suggestion"] is None


def _button(page, text):
    """The opening tag of the submit button whose label is ``text``."""
    return re.search(rf"<button(?P<attributes>[^>]*)>{re.escape(text)}</button>", page)["attributes"]


def test_without_scripts_preview_comes_back_at_the_preview_and_import_goes_straight_on(client, editor):
    client.force_login(editor)

    page = post(client, text=ARTICLE, new_outlet="Daily Ledger").content.decode()

    # The browser opens the answer at the fragment of the address it posted to: the preview, below the whole form.
    assert 'formaction="#import-preview"' in _button(page, "Preview")
    assert 'id="import-preview"' in page
    assert '<form id="import" method="post" action="/import/"' in page  # no fragment a redirect would keep
    assert "formaction" not in _button(page, "Import")  # the article's page, not an anchor it does not hold
    assert "formaction" not in _button(page, "Import 1 article")


def test_choosing_the_suggested_story_comes_back_at_the_preview_too(client, editor, seed_article):
    client.force_login(editor)

    text = seed_article.text.replace(".", ";", 3)

    page = post(client, text=text, format="text", new_outlet="Another Paper").content.decode()

    assert 'formaction="#import-preview"' in page.split('id="story-suggestion"')[1].split("</p>")[0]


def post_raw(client, text: bytes, action="import"):
    """The form as a browser sends it, the pasted text's bytes percent-encoded as they are (UTF-8 or not)."""
    from urllib.parse import quote_from_bytes, urlencode

    fields = urlencode({"action": action, "format": "auto", "new_outlet": "Brinmouth Courier"})
    return client.post("/import/", fields + "&text=" + quote_from_bytes(text),
                       content_type="application/x-www-form-urlencoded")


@pytest.mark.parametrize("action", ["preview", "import"])
@pytest.mark.parametrize("raw", [
    "Tram fares rise in Orlisk\n\nThe café of Orlisk raised its prices on Monday.".encode("latin-1"),
    b"Tram fares rise in Orlisk\n\nThe council said \xed\xa0\x80 on Monday.",  # a lone surrogate, encoded
    b"Tram fares rise in Orlisk\n\nThe council said \xff\xfe on Monday.",
])
def test_pasted_text_that_is_not_utf8_is_refused_as_characters_that_could_not_be_read(client, editor, raw, action):
    # A browser's form is read with its undecodable bytes replaced (U+FFFD): refused as an upload of them would be.
    client.force_login(editor)

    response = post_raw(client, raw, action)

    page = response.content.decode()
    assert response.status_code == 422
    assert "The pasted text holds" in page and "that could not be read" in page
    assert not Article.objects.exists() and not Outlet.objects.exists()


def test_pasted_text_holding_the_replacement_character_is_refused_with_where_it_stands(client, editor):
    client.force_login(editor)

    response = post(client, "import", text="Tram fares rise\n\nFares rose by 12\ufffd on Monday.",
                    new_outlet="Brinmouth Courier")

    assert response.status_code == 422
    assert ("The pasted text holds 1 character that could not be read (shown as “\ufffd”, the first at "
            "character 34)") in response.content.decode()
    assert not Article.objects.exists()


@pytest.mark.parametrize("action", ["preview", "import"])
def test_pasted_text_holding_a_nul_is_refused_in_the_pipelines_words(client, editor, action):
    client.force_login(editor)

    response = post(client, action, text="Tram fares rise\n\nFares rose\x00 on Monday.", new_outlet="Brinmouth Courier")

    page = response.content.decode()
    assert response.status_code == 422
    assert "The pasted text holds a NUL character." in page
    assert not Article.objects.exists() and not Outlet.objects.exists()


def test_a_pasted_correction_of_the_same_bytes_is_refused_too(client, editor, make_article):
    article = make_article("Tram fares rise in Orlisk.\n\nThe council raised fares on Monday.")
    client.force_login(editor)

    response = client.post(f"/articles/{article.pk}/correct/", "action=save&text=Tram%20fares%20%FF%20rise",
                           content_type="application/x-www-form-urlencoded")

    assert response.status_code == 422
    assert "The corrected text holds 1 character that could not be read" in response.content.decode()
    article.refresh_from_db()
    assert article.text.startswith("Tram fares rise in Orlisk.")


def test_pasted_text_past_what_the_server_reads_is_refused_with_the_limit_through_the_csrf_check(editor, settings):
    from django.test import Client

    settings.NEWSDESK_MAX_IMPORT_BYTES = 100_000
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 2_000
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(editor)
    browser.get("/import/")
    token = browser.cookies["csrftoken"].value

    response = browser.post("/import/", {"action": "import", "format": "auto", "new_outlet": "Brinmouth Courier",
                                         "text": ARTICLE + "\n\nThe tram to Orlisk runs again. " * 100,
                                         "csrfmiddlewaretoken": token})

    page = response.content.decode()
    assert response.status_code == 413
    assert "is limited to 97.7\xa0KB at a time" in page and "Nothing was saved." in page
    assert not Article.objects.exists() and not Outlet.objects.exists()


@pytest.mark.parametrize("header, size", [("1024", 1024), ("0001024", 1024), ("", 0), ("12ab", 0), ("-5", 0),
                                          ("٣", 0), ("9" * 5000, sys.maxsize), ("0" * 5000 + "7", 7)])
def test_the_declared_size_of_a_request_reads_any_header_and_a_figure_too_long_for_an_integer_is_over_the_limit(
        header, size):
    from django.test import RequestFactory

    from newsdesk.importing.forms import declared_size, over_the_limit

    request = RequestFactory().post("/import/", data=b"", content_type="text/plain")
    request.META["CONTENT_LENGTH"] = header

    assert declared_size(request) == size
    assert over_the_limit(declared_size(request)) is (size == sys.maxsize)


@pytest.mark.parametrize("text, shown", [
    ("Obecné zastupiteľstvo v Lipovci v utorok schválilo opravu mosta cez potok. Práce sa začnú na jar a potrvajú "
     "do konca leta, povedal starosta obce. Most je pre autá uzavretý už od októbra.", "Slovak (sk)"),
    ("Şəlvəçay şəhərində avtobus gediş haqqı 40 qəpikdən 70 qəpiyə qaldırılıb. Sakinlər bu qərarla razı deyillər və "
     "şikayət edirlər, deyə icra hakimiyyətindən bildiriblər.", "Azerbaijani (az)"),
    ("The council met on Monday and approved the repair of the bridge, officials said. Work starts in spring.",
     "English (en)"),
])
def test_the_preview_says_which_language_each_article_was_told_to_be_in(client, editor, text, shown):
    client.force_login(editor)

    page = post(client, text=text, format="text", new_outlet="Daily Ledger").content.decode()

    language = re.search(r'<dd class="preview-language">(.*?)</dd>', page, re.S).group(1)
    assert re.sub(r"<[^>]+>", "", language).strip() == shown
    assert not Article.objects.exists()


def test_a_language_no_table_names_is_shown_by_its_tag_and_none_as_nothing():
    from newsdesk.text_language import language_name

    assert language_name("gu") == "Gujarati" and language_name("sk") == "Slovak"
    assert language_name("zh") == "Chinese" and language_name("zh-Hans") == "Simplified Chinese"
    assert language_name("xx") == "xx" and language_name("") == ""
