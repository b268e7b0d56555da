"""Every write needs the CSRF token: each URL pattern and admin page, with POST, PUT, PATCH and DELETE.

A cross-site form or script arrives with the user's cookies (the session and the CSRF cookie) but cannot
read the token; here a logged-in staff user, who holds every permission, sends each write with the
cookies and without the token, or with a wrong one. Every one must be refused with 403 before it does
anything, the API's refusal in JSON; the same write with the token gets through.
"""

import pytest
from django.conf import settings
from django.test import Client

from annotations.models import Annotation

pytestmark = pytest.mark.django_db

WRITES = ("post", "put", "patch", "delete")


def csrf_client(user=None) -> Client:
    """A client that checks CSRF as a browser's requests are checked, holding the CSRF cookie."""
    client = Client(enforce_csrf_checks=True)
    if user is not None:
        client.force_login(user)
    client.get("/accounts/login/" if user is None else "/")
    assert client.cookies.get(settings.CSRF_COOKIE_NAME), "the page should have set the CSRF cookie"
    return client


def refusals(client, urls, **extra) -> tuple[list[str], int]:
    wrong, checked = [], 0
    for name, _, url in urls:
        for method in WRITES:
            response = getattr(client, method)(url, **extra)
            checked += 1
            if response.status_code != 403:
                wrong.append(f"{name} {method.upper()} {url}: {response.status_code}, expected 403")
            elif url.startswith("/api/") and "CSRF" not in str(response.json()["errors"]):
                wrong.append(f"{name} {method.upper()} {url}: the JSON refusal does not mention the CSRF token")
    return wrong, checked


def test_every_write_without_the_token_is_refused(world, every_url):
    client = csrf_client(world["users"]["admin"])
    highlights = Annotation.objects.count()

    wrong, checked = refusals(client, every_url)

    assert not wrong, "\n".join(wrong)
    assert checked > 4 * 60
    assert Annotation.objects.count() == highlights


def test_every_write_with_a_wrong_token_is_refused(world, every_url):
    client = csrf_client(world["users"]["admin"])
    forged = "x" * 64

    wrong, _ = refusals(client, every_url, HTTP_X_CSRFTOKEN=forged)

    assert not wrong, "\n".join(wrong)


def test_logging_in_without_the_token_is_refused(reviewer):
    client = csrf_client()

    response = client.post("/accounts/login/", {"username": "reviewer", "password": "correct horse battery staple"})

    assert response.status_code == 403
    assert "_auth_user_id" not in client.session


def test_logging_in_and_writing_with_the_token_succeed(reviewer, seed_article):
    client = csrf_client()
    token = client.cookies[settings.CSRF_COOKIE_NAME].value
    client.post("/accounts/login/", {"username": "reviewer", "password": "correct horse battery staple",
                                     "csrfmiddlewaretoken": token})
    token = client.cookies[settings.CSRF_COOKIE_NAME].value  # rotated at login

    response = client.post("/api/annotations/", {"article": seed_article.pk, "tag": "rhetoric", "start": 0, "end": 5},
                           content_type="application/json", HTTP_X_CSRFTOKEN=token)

    assert response.status_code == 201
    assert Annotation.objects.filter(reviewer=reviewer).count() == 1
