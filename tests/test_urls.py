"""Addresses: every path the README documents resolves to a view, each route is registered once, and the
slash rule written in ``annotations.urls`` holds for both apps."""

import re
from pathlib import Path

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, resolve

README = Path(__file__).resolve().parent.parent / "README.md"
PLACEHOLDERS = {"<id>": "7", "[id]": "7", "[slug]": "a-story", "ID": "7", "SLUG": "a-story", "TABLE": "outlets"}


def documented_paths() -> list[str]:
    """Paths written in backticks in the README, with placeholders filled in and query strings dropped."""
    found = set()
    for quoted in re.findall(r"`(?:GET |POST |PATCH |DELETE )?(/[^`\s]*)`", README.read_text()):
        path = quoted
        for placeholder, value in PLACEHOLDERS.items():
            path = path.replace(placeholder, value)
        path = re.split(r"[?#\[]", path)[0]
        if path != "/proc":  # a Linux path the README mentions, not an address
            found.add(path)
    return sorted(found)


def app_routes():
    """Every route of the two apps (the project's own, ``healthz``, and the admin's and accounts' left out)."""
    for entry in get_resolver().url_patterns:
        if isinstance(entry, URLResolver) and entry.app_name in ("annotations", "newsdesk"):
            for pattern in entry.url_patterns:
                assert isinstance(pattern, URLPattern)
                yield str(entry.pattern) + str(pattern.pattern)


def test_the_readme_documents_paths():
    assert len(documented_paths()) > 30


@pytest.mark.parametrize("path", documented_paths())
def test_every_documented_path_resolves_to_a_view(path):
    match = resolve(path)

    assert match.func is not None


def test_documented_addresses_are_named_in_their_app_namespace():
    assert resolve("/").view_name == "newsdesk:story-list"
    assert resolve("/articles/7/").view_name == "annotations:article-detail"
    assert resolve("/api/articles/7/suggestions").view_name == "annotations:suggestion-list"


def test_no_route_is_registered_twice_with_and_without_a_slash():
    routes = list(app_routes())
    stripped = [route.rstrip("/") for route in routes]

    assert len(set(routes)) == len(routes)
    assert sorted(r for r in routes if stripped.count(r.rstrip("/")) > 1) == [
        "api/articles/<id:pk>/suggestions",
        "api/articles/<id:pk>/suggestions/",  # the old spelling, a redirect (suggestions/test_suggestion_api.py)
    ]


def test_pages_end_with_a_slash_and_files_with_their_extension():
    wrong = []
    for route in app_routes():
        last = route.rstrip("/").rsplit("/", 1)[-1]
        if route == "" or route.endswith("/") or "." in last or route.startswith("api/"):
            continue
        wrong.append(route)

    assert not wrong, f"pages whose path does not end with a slash: {wrong}"
