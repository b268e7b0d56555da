import json

import pytest
from django.core.management import call_command

from newsdesk.models import Article, Outlet, Passage, Story
from newsdesk.seeds import SEEDS_DIR, read_manifest

pytestmark = pytest.mark.django_db


def run(*args):
    from io import StringIO

    out, err = StringIO(), StringIO()
    try:
        call_command(*args, stdout=out, stderr=err)
        status = 0
    except SystemExit as exit_:
        status = exit_.code
    return status, out.getvalue(), err.getvalue()


def test_load_seeds_imports_three_articles_from_three_outlets_into_one_story():
    status, out, _ = run("load_seeds")

    assert status == 0
    story = Story.objects.get()
    assert story.articles.count() == 3
    assert set(story.articles.values_list("outlet__name", flat=True)) == {
        "Euromaidan Press", "Euronews", "The Independent",
    }
    assert "3 article(s) imported" in out


def test_load_seeds_twice_changes_nothing():
    run("load_seeds")
    before = list(Article.objects.values_list("pk", "checksum", "title"))

    status, out, _ = run("load_seeds")

    assert status == 0
    assert list(Article.objects.values_list("pk", "checksum", "title")) == before
    assert (Outlet.objects.count(), Story.objects.count(), Passage.objects.count()) == (3, 1, Passage.objects.count())
    assert "0 article(s) imported, 3 already present" in out


def test_seed_text_is_kept_whole_apart_from_line_endings_and_nfc():
    import unicodedata

    run("load_seeds")

    for entry in read_manifest()["articles"]:
        raw = (SEEDS_DIR / entry["file"]).read_bytes().decode("utf-8")
        expected = unicodedata.normalize("NFC", raw.replace("\r\n", "\n").replace("\r", "\n"))
        article = Article.objects.get(title=entry["title"])
        assert article.text == expected
        assert article.outlet.name == entry["outlet"]
        joined = [article.text[p.start : p.end] for p in article.passages.all()]
        assert "".join("".join(joined).split()) == "".join(expected.split())


def test_import_articles_reports_a_bad_file_and_still_imports_the_others(tmp_path, seed_story):
    good = tmp_path / "good.txt"
    good.write_text("A new report on the plant.\n\nSecond paragraph.", encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes("Caf\xe9".encode("latin-1"))
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")

    status, out, err = run("import_articles", str(bad), str(good), str(empty), "--story", seed_story.slug,
                           "--outlet", "Reuters", "--published", "2024-01-12")

    assert status == 1
    assert f"{bad}: not UTF-8" in err
    assert f"{empty}: the file is empty" in err
    article = Article.objects.get(outlet__name="Reuters")
    assert article.story == seed_story
    assert article.published.isoformat() == "2024-01-12"
    assert "1 article(s) imported, 0 duplicate(s) skipped, 2 file(s) failed." in out


def test_import_articles_skips_a_duplicate_without_failing(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Same words.", encoding="utf-8")
    run("import_articles", str(path), "--outlet", "Reuters")

    status, out, _ = run("import_articles", str(path), "--outlet", "AP")

    assert status == 0
    assert Article.objects.count() == 1
    assert "skipped, already imported" in out


def test_import_articles_reads_jsonl_with_per_line_fields_in_one_transaction(tmp_path, seed_story):
    lines = [
        {"text": "One 😀 line.", "outlet": "Yonhap", "title": "First", "byline": "A. Writer", "story": seed_story.slug},
        {"html": "<p>Two</p><script>x()</script>", "outlet": "NK News", "title": "Second"},
    ]
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(json.dumps(line) for line in lines), encoding="utf-8")

    status, _, err = run("import_articles", str(path))

    assert status == 0, err
    first, second = Article.objects.filter(outlet__name__in=["Yonhap", "NK News"]).order_by("pk")
    assert (first.outlet.name, first.byline, first.story) == ("Yonhap", "A. Writer", seed_story)
    assert first.text == "One 😀 line."
    assert (second.outlet.name, second.text, second.story) == ("NK News", "Two", None)


def test_a_bad_jsonl_line_rolls_back_the_whole_file(tmp_path):
    path = tmp_path / "batch.jsonl"
    path.write_text('{"text": "fine", "outlet": "X", "title": "t"}\n{not json}\n', encoding="utf-8")

    status, _, err = run("import_articles", str(path))

    assert status == 1
    assert "line 2 is not JSON" in err
    assert not Article.objects.exists()
    assert not Outlet.objects.exists()


def test_import_articles_refuses_an_unknown_story(tmp_path):
    from django.core.management.base import CommandError

    path = tmp_path / "a.txt"
    path.write_text("words", encoding="utf-8")

    with pytest.raises(CommandError, match="no story with slug 'nope'"):
        call_command("import_articles", str(path), "--story", "nope", "--outlet", "X")
