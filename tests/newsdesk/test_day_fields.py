"""Where a day is typed (an import's publication day, the reports' From and To), the page says how to type it: in the
order the browser's date box shows (its language sets it), or year-month-day in a browser without one, the only
format read; a day in another order is refused with the format, not guessed at."""

import re

import pytest

from annotations.reports.filters import ReportFilterForm
from newsdesk.importing.forms import ImportForm
from newsdesk.input_checks import DAY_FORMAT_HELP

pytestmark = pytest.mark.django_db


def described_by(page: str, name: str) -> list[str]:
    """The texts an input's aria-describedby points at."""
    tag = re.search(rf'<input[^>]*name="{name}"[^>]*>', page).group(0)
    ids = re.search(r'aria-describedby="([^"]+)"', tag).group(1).split()
    return [re.sub(r"<[^>]+>", "", re.search(rf'id="{i}"[^>]*>(.*?)</', page, re.S).group(1)) for i in ids]


def test_a_day_typed_in_another_order_is_refused_with_the_format_to_type():
    form = ImportForm(data={"format": "auto", "text": "Skelby quay reopens", "new_outlet": "Skelby Post",
                            "published": "03/04/2026"})

    assert not form.is_valid()
    assert form.errors["published"] == ["Enter the day as year-month-day, for example 2026-03-14."]


def test_a_day_in_the_date_boxs_own_format_is_read():
    form = ReportFilterForm({"since": "2026-03-04"})

    assert form.is_valid(), form.errors
    assert str(form.cleaned_data["since"]) == "2026-03-04"


def test_the_import_page_says_how_to_type_the_publication_day(client, editor):
    client.force_login(editor)

    page = client.get("/import/").content.decode().replace("&#x27;", "'")

    assert described_by(page, "published") == [f"{DAY_FORMAT_HELP} The preview spells the day out."]
    assert "order its box shows" in DAY_FORMAT_HELP and "year-month-day (2026-03-14)" in DAY_FORMAT_HELP
    assert 'placeholder="YYYY-MM-DD"' in re.search(r'<input[^>]*name="published"[^>]*>', page).group(0)


def test_the_report_filters_say_once_how_to_type_their_days(client, editor):
    client.force_login(editor)

    page = client.get("/reports/").content.decode().replace("&#x27;", "'")

    assert described_by(page, "since") == described_by(page, "until") == [DAY_FORMAT_HELP]
    assert page.count(DAY_FORMAT_HELP) == 1
