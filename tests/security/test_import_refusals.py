"""What the import pipeline refuses, so that nothing it stores can break or script a page.

JSON lines and the command line reach ``importer.store`` without a form in front of them: the importer itself
must refuse a link that is not a web address, a story address that is not a slug, text that is not text,
and NUL characters (which PostgreSQL cannot store).
"""

import io
import json

import pytest
from django.core.management import call_command

from newsdesk.importing import importer, ingest
from newsdesk.models import Article, Outlet, Story

pytestmark = pytest.mark.django_db


def import_line(**record):
    return importer.import_bytes("lines.jsonl", json.dumps({"text": "Some words.", **record}).encode())


@pytest.mark.parametrize(
    "url", ["javascript:__xss(1)", "JavaScript:__xss(1)", "data:text/html,<script>__xss(1)</script>",
            "vbscript:__xss(1)", "//example.org/no-scheme", "ftp://example.org/file"],
)
def test_a_json_line_whose_url_is_not_a_web_address_is_refused(url):
    with pytest.raises(ingest.IngestError, match="not an http or https address"):
        import_line(outlet="Outlet", url=url)

    assert not Article.objects.exists()


def test_a_web_address_with_markup_in_its_query_is_kept_as_given():
    url = 'https://example.org/a?q="><script>__xss(1)</script>'

    article = import_line(outlet="Outlet", url=url).created[0]

    assert article.url == url


def test_the_command_line_refuses_a_javascript_url(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Some words.")
    errors = io.StringIO()

    with pytest.raises(SystemExit):
        call_command("import_articles", str(path), "--outlet", "Outlet", "--url", "javascript:__xss(1)",
                     stdout=io.StringIO(), stderr=errors)

    assert "not an http or https address" in errors.getvalue()
    assert not Article.objects.exists()


@pytest.mark.parametrize("slug", ["<b>x</b>", "a/b", "../up", "two words", "ünïcode"])
def test_a_new_story_whose_slug_is_not_a_slug_is_refused(slug):
    with pytest.raises(ingest.IngestError, match="story slug"):
        import_line(outlet="Outlet", story=slug, story_title="A story")

    assert not Story.objects.exists()


@pytest.mark.parametrize("field", ["title", "byline", "outlet", "url", "story_title"])
def test_a_json_line_whose_field_holds_a_nul_character_is_refused(field):
    record = {"outlet": "Outlet", "story": "a-story", "story_title": "A story", field: "bad\x00value"}

    with pytest.raises(ingest.IngestError, match=f"{field} holds a NUL character"):
        import_line(**record)

    assert not Article.objects.exists() and not Outlet.objects.exists()


@pytest.mark.parametrize("name, data", [("a.txt", b"one\x00two"), ("a.html", b"<p>one\x00two</p>"),
                                        ("a.txt", "UTF-16 text".encode("utf-16-le"))])
def test_text_holding_nul_characters_is_refused_with_a_hint(name, data):
    with pytest.raises(ingest.IngestError, match="NUL characters .is the file UTF-16"):
        importer.import_bytes(name, data, outlet="Outlet")

    assert not Article.objects.exists()


@pytest.mark.parametrize("value", [5, ["a"], {"a": 1}, True])
def test_a_json_line_whose_title_is_not_text_is_refused(value):
    with pytest.raises(ingest.IngestError, match="title must be text"):
        import_line(outlet="Outlet", title=value)


def test_an_outlet_name_longer_than_the_column_is_refused():
    with pytest.raises(ingest.IngestError, match="outlet name is longer than 200"):
        import_line(outlet="x" * 201)

    assert not Outlet.objects.exists()


def annotation_on(article, creator, note=""):
    return {"type": "Annotation", "creator": {"type": "Person", "nickname": creator},
            "body": [{"type": "TextualBody", "purpose": "tagging", "value": "rhetoric"},
                     {"type": "TextualBody", "purpose": "commenting", "value": note}],
            "target": {"source": article.url, "newsdesk:checksum": article.checksum, "selector": [
                {"type": "TextPositionSelector", "start": 0, "end": 5}]}}


@pytest.mark.parametrize("creator, note", [("bad\x00name", ""), ("x" * 151, ""), ("fine", "bad\x00note")])
def test_a_json_ld_file_naming_an_impossible_creator_or_holding_a_nul_is_refused(seed_article, creator, note):
    from annotations.interchange.jsonld_import import ImportProblem, import_document
    from annotations.models import Annotation

    with pytest.raises(ImportProblem):
        import_document(annotation_on(seed_article, creator, note))

    assert not Annotation.objects.exists()


def test_a_json_ld_file_may_name_a_creator_with_markup(seed_article):
    from annotations.interchange.jsonld_import import import_document

    result = import_document(annotation_on(seed_article, '<img src=x onerror="__xss(1)">', "<b>note</b>"))

    assert result.users_created == ['<img src=x onerror="__xss(1)">']


@pytest.mark.parametrize(("field", "limit"), [("title", 500), ("byline", 300), ("story_title", 300)])
def test_a_json_line_whose_title_or_byline_is_longer_than_it_may_be_is_refused_not_cut(field, limit):
    # As the browser's form refuses them: an article would otherwise be stored under a name it was never given.
    record = {"outlet": "Veldmoor Post", field: "Quay " * (limit // 5) + "closed", "story": "quay"}
    if field != "story_title":
        record["story_title"] = "The quay"

    with pytest.raises(ingest.IngestError, match=f"line 1: {field} is longer than {limit:,} characters"):
        import_line(**record)

    assert not Article.objects.exists() and not Story.objects.exists() and not Outlet.objects.exists()


def test_a_json_line_whose_title_and_byline_fill_their_columns_is_stored_whole():
    title, byline = "Quay " * 99 + "shut.", "By " + "Ola Brenn, " * 26 + "Veldmoor"

    article = import_line(outlet="Veldmoor Post", title=title, byline=byline).created[0]

    assert (article.title, article.byline) == (title, byline)
    assert (len(title), len(byline)) == (500, 297)
