"""Walk every URL pattern as anonymous, a user without a role, a reviewer, an editor and an admin.

Each view declares the permissions it needs with ``newsdesk.roles.requires``; the walk checks that the
declaration exists and is enforced: anonymous users are sent to the login form (the API answers 401),
users lacking a permission get 403, users holding it get neither, and no one gets a server error. A few
answers that matter most are also pinned by hand below, independently of the declarations.
"""

import re

import pytest
from django.contrib.admin.sites import site as admin_site
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.urls.converters import IntConverter

from annotations.models import Annotation, Assignment, ConsensusAnnotation
from annotations.workflow import assignments

pytestmark = pytest.mark.django_db

# Django's own account pages (log in and out, password change and reset) check login themselves.
ACCOUNT_VIEW_MODULE = "django.contrib.auth.views"


def url_patterns(patterns=None, namespace="", prefix=""):
    """Yield (name, route, pattern) for every named URL, skipping the admin (walked separately)."""
    for entry in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(entry, URLResolver):
            if entry.namespace == admin_site.name or getattr(entry, "app_name", None) == "admin":
                continue
            inner = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
            yield from url_patterns(entry.url_patterns, inner, prefix + str(entry.pattern))
        elif isinstance(entry, URLPattern) and entry.name:
            yield f"{namespace}{entry.name}", prefix + str(entry.pattern), entry


def pick_value(route: str, kwarg: str, converter, objects) -> object:
    """A value for one URL argument, from the path segment before it: ``articles/<int:pk>`` -> an article."""
    if not isinstance(converter, IntConverter):
        return objects["slug"]
    match = re.search(rf"([\w-]+)/<(?:\w+:)?{kwarg}>", route)
    segment = match.group(1) if match else kwarg
    for model_word, pk in objects["ints"].items():
        if segment.startswith(model_word) or kwarg.startswith(model_word):
            return pk
    return objects["ints"]["article"]


def concrete_urls(objects):
    for name, route, pattern in url_patterns():
        converters = getattr(pattern.pattern, "converters", {})
        kwargs = {kwarg: pick_value(route, kwarg, conv, objects) for kwarg, conv in converters.items()}
        yield name, pattern.callback, reverse(name, kwargs=kwargs)


@pytest.fixture
def world(editor, reviewer, other_reviewer, seed_article, make_user):
    """One of everything a URL may point at, so that each pattern resolves to a real object."""
    assignments.assign([reviewer], [seed_article], by=editor)
    text = seed_article.text
    annotation = Annotation.objects.create(
        article=seed_article, reviewer=reviewer, tag="rhetoric", start=0, end=5, quote=text[:5]
    )
    consensus = ConsensusAnnotation.objects.create(
        article=seed_article, tag="rhetoric", start=0, end=5, quote=text[:5], decided_by=editor
    )
    admin = make_user("admin", is_staff=True, is_superuser=True)
    nobody = make_user("nobody")
    ints = {
        "assignment": Assignment.objects.get().pk,
        "consensus": consensus.pk,
        "annotation": annotation.pk,
        "article": seed_article.pk,
    }
    return {
        "users": {"reviewer": reviewer, "editor": editor, "admin": admin, "nobody": nobody},
        "ints": ints,
        "slug": seed_article.story.slug,
    }


def answer(role, world, method, url):
    client = Client()
    if role != "anonymous":
        client.force_login(world["users"][role])
    return getattr(client, method)(url)


@pytest.mark.parametrize("method", ["get", "post"])
@pytest.mark.parametrize("role", ["anonymous", "nobody", "reviewer", "editor", "admin"])
def test_every_url_answers_each_role_as_its_permissions_say(role, method, world):
    wrong = []
    for name, view, url in concrete_urls(world):
        needed = getattr(view, "required_permissions", None)
        if getattr(view, "login_required", True) is False:
            continue  # open to everyone by design: the login page and the health check (pinned below)
        if needed is None and view.__module__ == ACCOUNT_VIEW_MODULE:
            needed = ()  # login is all they need
        if needed is None:
            wrong.append(f"{name} ({url}): the view declares no permission; decorate it with newsdesk.roles.requires")
            continue
        response = answer(role, world, method, url)
        status = response.status_code
        if status >= 500:
            wrong.append(f"{name} {method.upper()} {url}: server error {status}")
        elif role == "anonymous":
            expected = 401 if url.startswith("/api/") else 302
            if status != expected or (status == 302 and not response.url.startswith("/accounts/login/")):
                wrong.append(f"{name} {method.upper()} {url}: anonymous got {status}, expected {expected}")
        elif world["users"][role].has_perms(needed):
            if status in (401, 403):
                wrong.append(f"{name} {method.upper()} {url}: {role} holds {needed} but got {status}")
        elif status != 403:
            wrong.append(f"{name} {method.upper()} {url}: {role} lacks {needed} but got {status}")
    assert not wrong, "\n".join(wrong)


def test_only_the_login_page_and_the_health_check_are_open_to_anonymous_users(client, world):
    public = sorted(name for name, view, _ in concrete_urls(world) if getattr(view, "login_required", True) is False)

    assert public == ["healthz", "login"]
    assert client.get(reverse("login")).status_code == 200
    assert client.get(reverse("newsdesk:story-list")).status_code == 302


EXPECTED = {
    # url name: (reviewer, editor) answers to GET; anonymous is always sent to log in.
    "newsdesk:story-list": (200, 200),
    "newsdesk:story-detail": (200, 200),
    "annotations:article-detail": (200, 200),
    "annotations:my-queue": (200, 200),
    "annotations:story-progress": (403, 200),
    "annotations:article-adjudicate": (403, 200),
    "newsdesk:api-stories": (200, 200),
    "newsdesk:api-articles": (200, 200),
    "annotations:api-queue": (200, 200),
}
EXPECTED_POST = {
    # url name: (reviewer, editor) answers to an empty POST.
    "annotations:story-assign": (403, 422),
    "newsdesk:story-review-settings": (403, 302),
    "annotations:assignment-delete": (403, 302),
    "annotations:assignment-reopen": (403, 302),
    "annotations:consensus-accept": (403, 302),
    "annotations:consensus-reject": (403, 302),
    "annotations:consensus-delete": (403, 302),
    "annotations:article-mark-done": (302, 404),  # the reviewer is assigned the article; the editor is not
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_pages_answer_reviewers_and_editors_as_expected(name, world):
    url = dict((n, u) for n, _, u in concrete_urls(world))[name]

    answers = tuple(answer(role, world, "get", url).status_code for role in ("reviewer", "editor"))

    assert answers == EXPECTED[name]


@pytest.mark.parametrize("name", sorted(EXPECTED_POST))
def test_writes_answer_reviewers_and_editors_as_expected(name, world):
    url = dict((n, u) for n, _, u in concrete_urls(world))[name]

    answers = tuple(answer(role, world, "post", url).status_code for role in ("reviewer", "editor"))

    assert answers == EXPECTED_POST[name]


@pytest.mark.parametrize(
    "role, expected", [("anonymous", 302), ("nobody", 302), ("reviewer", 302), ("editor", 302), ("admin", 200)]
)
def test_only_staff_reach_the_admin(role, expected, world):
    assert answer(role, world, "get", reverse("admin:index")).status_code == expected


def test_api_refuses_users_without_a_role_with_json(world):
    response = answer("nobody", world, "get", reverse("newsdesk:api-articles"))

    assert response.status_code == 403
    assert "permission" in response.json()["errors"]


@pytest.mark.parametrize(
    "role, shown, hidden",
    [
        ("reviewer", ["Stories", "My queue", "Reports"], ["Import", "Admin"]),
        ("editor", ["Stories", "My queue", "Reports", "Import"], ["Admin"]),
        ("admin", ["Stories", "Import", "Admin"], []),
        ("nobody", [], ["Stories", "My queue", "Reports", "Import", "Admin"]),
    ],
)
def test_menu_shows_only_what_the_user_may_do(role, shown, hidden, world):
    client = Client()
    client.force_login(world["users"][role])

    page = client.get(reverse("password_change")).content.decode()

    nav = page[page.index('<nav class="site-nav"') : page.index("</nav>", page.index('<nav class="site-nav"'))]
    assert all(f">{label}</a>" in nav for label in shown)
    assert not any(f">{label}</a>" in nav for label in hidden)


def test_story_page_offers_assignments_and_adjudication_to_editors_only(world, seed_article):
    url = seed_article.story.get_absolute_url()

    as_reviewer = answer("reviewer", world, "get", url).content.decode()
    as_editor = answer("editor", world, "get", url).content.decode()

    assert "Assignments and progress" in as_editor and "Adjudicate" in as_editor
    assert "Assignments and progress" not in as_reviewer and "Adjudicate" not in as_reviewer
