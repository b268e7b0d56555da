import time

import pytest
from django.test import Client

from newsdesk.middleware import IdleSessionMiddleware

pytestmark = pytest.mark.django_db

PASSWORD = "correct horse battery staple"


def attempt(client, username, password):
    return client.post("/accounts/login/", {"username": username, "password": password})


def test_correct_password_logs_in(client, reviewer):
    response = attempt(client, "reviewer", PASSWORD)

    assert response.status_code == 302 and response["Location"] == "/"


def test_wrong_password_says_so_without_locking_out(client, reviewer):
    response = attempt(client, "reviewer", "wrong")

    assert response.status_code == 200
    assert "didn't match" in response.content.decode()


def test_repeated_failures_lock_the_username_even_with_the_right_password(client, reviewer, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        attempt(client, "reviewer", "wrong")

    response = attempt(client, "reviewer", PASSWORD)

    assert response.status_code == 429
    page = response.content.decode()
    assert "Too many failed logins" in page and "15 minutes" in page
    assert "_auth_user_id" not in client.session


def test_lockout_applies_to_the_failing_username_only(client, reviewer, other_reviewer, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        attempt(client, "reviewer", "wrong")

    response = attempt(client, "other", PASSWORD)

    assert response.status_code == 302


def test_a_success_before_the_limit_resets_the_count(client, reviewer, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        attempt(client, "reviewer", "wrong")
    attempt(client, "reviewer", PASSWORD)
    client.post("/accounts/logout/")

    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        attempt(client, "reviewer", "wrong")
    response = attempt(client, "reviewer", PASSWORD)

    assert response.status_code == 302


def test_test_client_login_still_works_without_a_request(reviewer):
    client = Client()

    assert client.login(username="reviewer", password=PASSWORD)
    assert client.get("/").status_code == 200


def test_password_change_needs_the_old_password_and_then_works(client, reviewer):
    client.force_login(reviewer)

    refused = client.post("/accounts/password/", {"old_password": "nope", "new_password1": "a fresh long passphrase",
                                                  "new_password2": "a fresh long passphrase"})
    changed = client.post("/accounts/password/", {"old_password": PASSWORD, "new_password1": "a fresh long passphrase",
                                                  "new_password2": "a fresh long passphrase"})

    assert refused.status_code == 200 and "incorrectly" in refused.content.decode()
    assert changed.status_code == 302 and changed["Location"] == "/accounts/password/done/"
    reviewer.refresh_from_db()
    assert reviewer.check_password("a fresh long passphrase")
    assert client.get("/").status_code == 200  # still logged in after the change


def test_password_change_page_is_linked_from_the_header(client, reviewer):
    client.force_login(reviewer)

    page = client.get("/").content.decode()

    assert 'href="/accounts/password/"' in page


def test_password_reset_pages_are_not_offered(client):
    assert client.get("/accounts/password_reset/").status_code == 404


def test_idle_session_expires_and_the_login_page_says_why(client, reviewer, settings):
    settings.SESSION_IDLE_TIMEOUT = 600
    client.force_login(reviewer)
    client.get("/")
    session = client.session
    session[IdleSessionMiddleware.LAST_SEEN] = int(time.time()) - 601
    session.save()

    response = client.get("/", follow=True)

    assert response.redirect_chain[0][0] == "/accounts/login/?next=/"
    assert "logged out after 10 minutes without activity" in response.content.decode()


def test_active_session_is_kept(client, reviewer, settings):
    settings.SESSION_IDLE_TIMEOUT = 600
    client.force_login(reviewer)
    client.get("/")
    session = client.session
    session[IdleSessionMiddleware.LAST_SEEN] = int(time.time()) - 599
    session.save()

    assert client.get("/").status_code == 200


def test_login_expires_after_the_session_age_even_when_active(client, reviewer, settings):
    settings.SESSION_COOKIE_AGE = 3600
    client.force_login(reviewer)
    client.get("/")
    session = client.session
    session[IdleSessionMiddleware.STARTED] = int(time.time()) - 3601
    session.save()

    response = client.get("/", follow=True)

    assert "login expired after 1 hour" in response.content.decode()


def test_expired_session_on_the_api_answers_401(client, reviewer, settings):
    settings.SESSION_IDLE_TIMEOUT = 600
    client.force_login(reviewer)
    client.get("/api/stories/")
    session = client.session
    session[IdleSessionMiddleware.LAST_SEEN] = int(time.time()) - 601
    session.save()

    assert client.get("/api/stories/").status_code == 401


def test_htmx_request_without_login_sends_the_window_to_the_login_page(client):
    response = client.get("/stories/x/", headers={"HX-Request": "true",
                                                  "HX-Current-URL": "http://testserver/stories/x/?tab=2"})

    assert response.status_code == 200
    assert response["HX-Redirect"] == "/accounts/login/?next=/stories/x/%3Ftab%3D2"


def test_forbidden_page_explains_and_offers_a_way_back(client, reviewer):
    client.force_login(reviewer)

    response = client.get("/import/")

    page = response.content.decode()
    assert response.status_code == 403
    assert "You don't have permission to do that" in page
    assert "Only editors import articles." in page
    assert "logged in as <strong>reviewer</strong>" in page


def test_behind_a_trusted_proxy_the_lockout_follows_the_client_address_not_the_proxy(reviewer, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    # The proxy (10.0.0.2) appends the address that reached it; the attacker forges an entry in front of it.
    attacker = Client(HTTP_X_FORWARDED_FOR="198.51.100.4, 203.0.113.9", REMOTE_ADDR="10.0.0.2")
    colleague = Client(HTTP_X_FORWARDED_FOR="198.51.100.4", REMOTE_ADDR="10.0.0.2")
    for _ in range(settings.AXES_FAILURE_LIMIT):
        attempt(attacker, "reviewer", "wrong")

    assert attempt(attacker, "reviewer", PASSWORD).status_code == 429
    assert attempt(colleague, "reviewer", PASSWORD).status_code == 302


def test_without_trusted_proxies_a_forged_forwarded_header_cannot_dodge_the_lockout(reviewer, settings):
    settings.TRUSTED_PROXY_COUNT = 0
    for number in range(settings.AXES_FAILURE_LIMIT):
        attempt(Client(HTTP_X_FORWARDED_FOR=f"192.0.2.{number}", REMOTE_ADDR="203.0.113.9"), "reviewer", "wrong")

    response = attempt(Client(HTTP_X_FORWARDED_FOR="192.0.2.200", REMOTE_ADDR="203.0.113.9"), "reviewer", PASSWORD)

    assert response.status_code == 429
