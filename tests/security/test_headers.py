"""Security headers on every answer: each page, redirect, refusal and error, the admin and the JSON API.

- a Content-Security-Policy whose scripts come from the app's own files only (no 'unsafe-inline', no
  'unsafe-eval', no data: or wildcard sources), with ``frame-ancestors 'none'`` and ``object-src 'none'``;
- ``X-Content-Type-Options: nosniff``, so a JSON or CSV answer is never read as HTML;
- a ``Referrer-Policy`` that keeps addresses (which carry story slugs and filters) inside the site;
- ``X-Frame-Options: DENY`` for browsers that predate frame-ancestors.

Django's admin runs under the same policy: it keeps its scripts in files, and the browser tests open its
pages under the policy without a single violation.
"""

import pytest
from django.contrib.auth.decorators import login_not_required
from django.test import Client, override_settings
from django.urls import include, path

pytestmark = pytest.mark.django_db

SAFE_REFERRER_POLICIES = {"same-origin", "strict-origin", "strict-origin-when-cross-origin", "no-referrer"}
UNSAFE_SCRIPT_SOURCES = {"'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "*", "data:", "http:", "https:"}


def directives(policy: str) -> dict[str, list[str]]:
    parsed = {}
    for part in policy.split(";"):
        words = part.split()
        if words:
            parsed[words[0]] = words[1:]
    return parsed


def header_problems(response) -> list[str]:
    """What is missing or weak in one answer's security headers (empty when all is well)."""
    problems = []
    policy = directives(response.get("Content-Security-Policy", ""))
    scripts = policy.get("script-src", policy.get("default-src"))
    if scripts is None:
        problems.append("no Content-Security-Policy restricting scripts")
    elif unsafe := UNSAFE_SCRIPT_SOURCES & set(scripts):
        problems.append(f"script-src allows {sorted(unsafe)}")
    if policy.get("frame-ancestors") != ["'none'"]:
        problems.append(f"frame-ancestors is {policy.get('frame-ancestors')}, not 'none'")
    if policy.get("object-src") != ["'none'"]:
        problems.append("object-src is not 'none'")
    if response.get("X-Content-Type-Options") != "nosniff":
        problems.append("no X-Content-Type-Options: nosniff")
    if response.get("Referrer-Policy") not in SAFE_REFERRER_POLICIES:
        problems.append(f"Referrer-Policy is {response.get('Referrer-Policy')!r}")
    if response.get("X-Frame-Options") != "DENY":
        problems.append("no X-Frame-Options: DENY")
    return problems


def client_for(role, world):
    client = Client()
    if role != "anonymous":
        client.force_login(world["users"][role])
    return client


@pytest.mark.parametrize("role", ["anonymous", "reviewer", "editor", "admin"])
def test_every_page_and_admin_page_sends_the_security_headers(role, world, every_url):
    client = client_for(role, world)
    wrong, statuses = [], set()

    for name, _, url in every_url:
        response = client.get(url)
        statuses.add(response.status_code)
        wrong += [f"{name} GET {url} ({response.status_code}): {problem}" for problem in header_problems(response)]

    assert not wrong, "\n".join(wrong)
    assert len(every_url) > 60
    assert statuses & {200, 302, 401, 403}, "the walk should meet pages, redirects and refusals alike"


@pytest.mark.parametrize("role", ["reviewer", "admin"])
def test_the_admin_answers_under_the_content_security_policy(role, world):
    response = client_for(role, world).get("/admin/")

    assert response.status_code in (200, 302)
    assert "script-src 'self'" in response["Content-Security-Policy"]


@login_not_required
def failing_view(request):
    raise RuntimeError("a bug")


urlpatterns = [path("failing/", failing_view), path("", include("newsdesk.urls"))]


@pytest.mark.parametrize(
    "method, url, status",
    [
        ("get", "/no/such/page/", 404),
        ("get", "/api/no/such/endpoint/", 404),
        ("get", "/articles/999999/", 404),
        ("get", "/stories/no-such-story/progress/", 403),
        ("get", "/articles/{article}/done/", 405),
        ("put", "/api/queue/", 405),
        ("get", "/failing/", 500),
    ],
)
@override_settings(ROOT_URLCONF=__name__)
def test_error_pages_send_the_security_headers(method, url, status, world, reviewer):
    client = Client(raise_request_exception=False)
    client.force_login(reviewer)

    response = getattr(client, method)(url.format(article=world["ints"]["article"]))

    assert response.status_code == status
    assert header_problems(response) == []


def test_a_refused_host_and_a_csrf_refusal_send_the_security_headers(reviewer):
    client = Client(enforce_csrf_checks=True)
    client.force_login(reviewer)

    bad_host = client.get("/", HTTP_HOST="evil.example")
    no_token = client.post("/annotations/", {"tag": "rhetoric"})

    assert bad_host.status_code == 400 and header_problems(bad_host) == []
    assert no_token.status_code == 403 and header_problems(no_token) == []


def test_a_nul_character_in_the_query_is_refused_on_every_page(world, every_url):
    """PostgreSQL cannot compare text with a NUL: filters holding one are refused before any query runs."""
    client = client_for("admin", world)
    nul = "?story=%00&reviewer=a%00b&article=%00&outlet=%00&tag=%00&words=%00&q=%00&ids=1%00"

    answers = {url: client.get(url + nul) for _, _, url in every_url}

    wrong = {url: r.status_code for url, r in answers.items() if r.status_code != 400}
    assert not wrong
    assert all(header_problems(r) == [] for r in answers.values())
    assert client.get("/api/annotations/" + nul).json()["errors"]
