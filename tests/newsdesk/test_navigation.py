"""The main menu marks the section of the page being shown."""

import re

import pytest
from django.contrib.auth.models import Permission

pytestmark = pytest.mark.django_db


def current_links(html: str) -> list[str]:
    return re.findall(r'<a href="[^"]*" aria-current="page">([^<]+)</a>', html)


@pytest.mark.parametrize(("path", "section"), [
    ("/", "Stories"), ("/stories/{slug}/compare/", "Stories"), ("/articles/{article}/", "Stories"),
    ("/reports/", "Reports"), ("/queue/", "My queue"), ("/import/", "Import"), ("/team/", "People"),
])
def test_the_menu_marks_the_section_of_the_page(client, editor, seed_articles, path, section):
    editor.user_permissions.add(Permission.objects.get(codename="manage_people"))
    client.force_login(editor)

    html = client.get(path.format(slug=seed_articles[0].story.slug, article=seed_articles[0].pk)).content.decode()

    assert current_links(html) == [section]


def test_a_page_outside_the_menu_marks_no_link(client, editor, seed_articles):
    client.force_login(editor)

    html = client.get("/accounts/password/").content.decode()

    assert current_links(html) == []
