"""The login page as a person meets it: after logging out, and after a wrong password."""

import re

import pytest

pytestmark = pytest.mark.django_db


def input_tag(page: str, name: str) -> str:
    return re.search(rf'<input[^>]*\bname="{name}"[^>]*>', page).group()


def test_logging_out_lands_on_the_login_page_which_says_so(client, reviewer):
    client.force_login(reviewer)

    response = client.post("/accounts/logout/", follow=True)

    assert response.redirect_chain[-1][0].startswith("/accounts/login/")
    assert "You have logged out." in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_after_a_wrong_password_the_cursor_waits_in_the_password_field(client, reviewer):
    first = client.get("/accounts/login/").content.decode()
    assert " autofocus" in input_tag(first, "username")

    response = client.post("/accounts/login/", {"username": "reviewer", "password": "not the password"})

    page = response.content.decode()
    assert " autofocus" in input_tag(page, "password")
    assert " autofocus" not in input_tag(page, "username")
    assert 'value="reviewer"' in input_tag(page, "username")
