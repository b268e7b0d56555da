"""``import_articles`` creates a story when told its title, and refuses binary files whatever their name."""

import gzip
import io
import json
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command

from newsdesk.models import Article, Story

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01"
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01"
GIF = b"GIF89a\x01\x00\x01\x00"


def zipped() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("article.txt", "Words of an article.")
    return buffer.getvalue()


def run(*args):
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command(*args, stdout=out, stderr=err)
        status = 0
    except SystemExit as exit_:
        status = exit_.code
    return status, out.getvalue(), err.getvalue()


def test_story_and_story_title_create_a_new_story(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("A plain article about a launch.", encoding="utf-8")

    status, out, err = run("import_articles", str(path), "--story", "launch-2026", "--story-title",
                           "The 2026 launch", "--outlet", "Yonhap")

    assert status == 0, err
    story = Story.objects.get(slug="launch-2026")
    assert story.title == "The 2026 launch"
    assert list(story.articles.values_list("outlet__name", flat=True)) == ["Yonhap"]


def test_an_existing_story_keeps_its_title(tmp_path, seed_story):
    path = tmp_path / "a.txt"
    path.write_text("Another article on the arms build-up.", encoding="utf-8")

    status, _, err = run("import_articles", str(path), "--story", seed_story.slug, "--story-title", "Renamed",
                         "--outlet", "Yonhap")

    assert status == 0, err
    seed_story.refresh_from_db()
    assert seed_story.title != "Renamed" and seed_story.articles.count() == 4


def test_an_unknown_story_without_a_title_says_how_to_create_it(tmp_path):
    from django.core.management.base import CommandError

    path = tmp_path / "a.txt"
    path.write_text("words", encoding="utf-8")

    with pytest.raises(CommandError, match="--story-title"):
        call_command("import_articles", str(path), "--story", "nope", "--outlet", "X")
    assert not Story.objects.exists()


def test_a_story_title_needs_a_story_slug(tmp_path):
    from django.core.management.base import CommandError

    path = tmp_path / "a.txt"
    path.write_text("words", encoding="utf-8")

    with pytest.raises(CommandError, match="--story"):
        call_command("import_articles", str(path), "--story-title", "A title", "--outlet", "X")


def test_a_json_line_naming_a_new_story_with_its_title_creates_it(tmp_path):
    path = tmp_path / "batch.jsonl"
    lines = [{"text": "First report.", "outlet": "Yonhap", "story": "summit", "story_title": "The summit"},
             {"text": "Second report.", "outlet": "NK News", "story": "summit"}]
    path.write_text("\n".join(json.dumps(line) for line in lines), encoding="utf-8")

    status, _, err = run("import_articles", str(path))

    assert status == 0, err
    assert Story.objects.get(slug="summit").title == "The summit"
    assert Article.objects.filter(story__slug="summit").count() == 2


@pytest.mark.parametrize(("name", "data", "kind"), [
    ("scan.txt", PDF, "a PDF document"),
    ("photo.html", PNG, "a PNG image"),
    ("photo.txt", JPEG, "a JPEG image"),
    ("anim.txt", GIF, "a GIF image"),
    ("batch.jsonl", zipped(), "a ZIP archive"),
    ("notes.txt", gzip.compress(b"some words"), "a gzip archive"),
])
def test_binary_files_are_refused_whatever_their_name(tmp_path, name, data, kind):
    path = tmp_path / name
    path.write_bytes(data)

    status, _, err = run("import_articles", str(path), "--outlet", "X")

    assert status == 1
    assert f"{name}: this is {kind}, not text" in err
    assert not Article.objects.exists()


def test_the_browser_import_gives_the_same_refusal(client, editor):
    client.force_login(editor)

    response = client.post("/import/", {"action": "import", "format": "auto", "new_outlet": "X",
                                        "file": SimpleUploadedFile("scan.txt", PDF)})

    assert response.status_code == 422
    assert "this is a PDF document, not text" in response.content.decode()
    assert not Article.objects.exists()
