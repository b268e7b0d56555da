"""An article imported without a date takes the one its page prints, and says so; a given date wins."""

import datetime as dt
from io import StringIO

import pytest
from django.core.management import call_command

from newsdesk.models import Article

pytestmark = pytest.mark.django_db

PAGE = (
    "Harbour Times\nNews | Sport | Weather\n\nFerry plan approved after long debate\n\nBy Jo Reed\n"
    "Tuesday, March 10, 2026\n\n"
    "The council voted on the ferry plan after a long debate in the town hall, and officials said work would start.\n\n"
    "Residents who spoke at the meeting asked for more time to study the figures before the final decision.\n"
)


def run(*args):
    out, err = StringIO(), StringIO()
    try:
        call_command(*args, stdout=out, stderr=err)
        status = 0
    except SystemExit as exit_:
        status = exit_.code
    return status, out.getvalue(), err.getvalue()


def test_the_command_fills_the_date_from_the_page_and_says_so(tmp_path):
    path = tmp_path / "ferry.txt"
    path.write_text(PAGE, encoding="utf-8")

    status, out, _ = run("import_articles", str(path), "--outlet", "Harbour Times")

    assert status == 0
    assert Article.objects.get().published == dt.date(2026, 3, 10)
    assert "date read from the page: 2026-03-10" in out


def test_the_commands_given_date_wins_over_the_pages(tmp_path):
    path = tmp_path / "ferry.txt"
    path.write_text(PAGE, encoding="utf-8")

    status, out, _ = run("import_articles", str(path), "--outlet", "Harbour Times", "--published", "2026-03-11")

    assert status == 0
    assert Article.objects.get().published == dt.date(2026, 3, 11)
    assert "date read from the page" not in out


def test_a_bad_given_date_still_fails_the_file_and_stores_nothing(tmp_path):
    path = tmp_path / "ferry.txt"
    path.write_text(PAGE, encoding="utf-8")

    status, _, err = run("import_articles", str(path), "--outlet", "Harbour Times", "--published", "10/03/2026")

    assert status == 1
    assert "is not YYYY-MM-DD" in err
    assert not Article.objects.exists()


def test_a_page_without_a_date_stays_undated(tmp_path):
    path = tmp_path / "ferry.txt"
    path.write_text(PAGE.replace("Tuesday, March 10, 2026\n", ""), encoding="utf-8")

    status, out, _ = run("import_articles", str(path), "--outlet", "Harbour Times")

    assert status == 0
    assert Article.objects.get().published is None
    assert "date read from the page" not in out


def test_the_browser_preview_shows_the_date_read_from_the_page(client, editor):
    client.force_login(editor)

    page = client.post("/import/", {"action": "preview", "format": "auto", "text": PAGE,
                                    "new_outlet": "Harbour Times"}).content.decode()

    assert "10 March 2026" in page
    assert "read from the page" in page
    assert not Article.objects.exists()


def test_the_browser_import_stores_the_date_read_from_the_page(client, editor):
    client.force_login(editor)

    client.post("/import/", {"action": "import", "format": "auto", "text": PAGE, "new_outlet": "Harbour Times"})

    assert Article.objects.get().published == dt.date(2026, 3, 10)


def test_the_editors_date_wins_in_the_browser_and_is_not_called_the_pages(client, editor):
    client.force_login(editor)
    fields = {"format": "auto", "text": PAGE, "new_outlet": "Harbour Times", "published": "2026-03-11"}

    page = client.post("/import/", {"action": "preview", **fields}).content.decode()
    client.post("/import/", {"action": "import", **fields})

    assert "11 March 2026" in page and "read from the page" not in page
    assert Article.objects.get().published == dt.date(2026, 3, 11)
