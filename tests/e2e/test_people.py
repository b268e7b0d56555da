"""What an administrator and a new colleague see of the team page and the first login."""

import re

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from tests.e2e.screens import overflows_horizontally, shoot

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def admin(make_user):
    return make_user("ada", is_superuser=True, is_staff=True)


def log_in_by_hand(page, url, username, password):
    page.goto(f"{url}/accounts/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Log in").click()


def test_an_administrator_adds_a_colleague_who_must_choose_a_password_first(browser, page, live_server, login, admin):
    login(page, admin)
    page.get_by_role("link", name="People").click()
    page.get_by_label("Username").fill("bob")
    page.get_by_label("Role").select_option("reviewer")
    page.get_by_label("E-mail (optional)").fill("bob@example.org")
    page.get_by_role("button", name="Add and make a one-time password").click()

    expect(page.get_by_role("heading", name="bob is added")).to_be_visible()
    password = page.locator("#one-time-password").inner_text()
    shoot(page, "team-password-issued")
    colleague = browser.new_context(viewport={"width": 390, "height": 844}).new_page()
    log_in_by_hand(colleague, live_server.url, "bob", password)
    expect(colleague.get_by_role("heading", name="Choose your own password")).to_be_visible()
    colleague.goto(f"{live_server.url}/reports/")
    expect(colleague).to_have_url(f"{live_server.url}/accounts/password/")
    shoot(colleague, "first-login-password")
    colleague.get_by_label("One-time password").fill(password)
    colleague.get_by_label("New password", exact=True).fill("bob's own long secret")
    colleague.get_by_label("New password confirmation").fill("bob's own long secret")
    colleague.get_by_role("button", name="Save my password").click()
    colleague.goto(f"{live_server.url}/reports/")
    expect(colleague).to_have_url(f"{live_server.url}/reports/")

    page.goto(f"{live_server.url}/team/")
    row = page.locator("tr", has=page.get_by_role("rowheader", name=re.compile("^bob")))
    expect(row).to_contain_text("Active")
    expect(row).to_contain_text("Reviewer")
    expect(page.get_by_text("ada added bob as a reviewer")).to_be_visible()


def test_the_team_page_works_from_the_keyboard_and_at_phone_width(page, live_server, login, admin, make_user):
    make_user("carol", groups=("editor",))
    make_user("dan", groups=("reviewer",), email="dan@example.org")
    login(page, admin)
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{live_server.url}/team/")
    assert not overflows_horizontally(page)

    role = page.get_by_label("Role of dan")
    role.focus()
    role.select_option("editor")
    page.keyboard.press("Tab")
    expect(page.get_by_role("button", name="Change the role of dan")).to_be_focused()
    page.keyboard.press("Enter")

    expect(page.get_by_text("dan is now an editor.")).to_be_visible()
    assert get_user_model().objects.get(username="dan").groups.get().name == "editor"
    shoot(page, "team")


def test_deactivating_asks_first_and_keeps_the_person_listed(page, live_server, login, admin, make_user):
    make_user("erin", groups=("reviewer",))
    login(page, admin)
    page.goto(f"{live_server.url}/team/")

    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Deactivate erin").click()

    expect(page.get_by_text("erin is deactivated")).to_be_visible()
    row = page.locator("tr", has=page.get_by_role("rowheader", name=re.compile("^erin")))
    expect(row).to_contain_text("Deactivated")
    expect(row.get_by_role("button", name="Reactivate erin")).to_be_visible()


def test_resetting_a_password_shows_the_new_one_once(browser, page, live_server, login, admin, make_user):
    make_user("fred", groups=("reviewer",))
    login(page, admin)
    page.goto(f"{live_server.url}/team/")

    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Reset password of fred").click()

    expect(page.get_by_role("heading", name="fred’s password is reset")).to_be_visible()
    expect(page.get_by_text("It is shown only this once.")).to_be_visible()
    password = page.locator("#one-time-password").inner_text()
    page.goto(f"{live_server.url}/team/")
    expect(page.get_by_text(password)).to_have_count(0)


def test_a_reviewer_sees_the_forbidden_page_and_no_people_link(page, live_server, login, reviewer):
    login(page, reviewer)

    expect(page.get_by_role("link", name="People")).to_have_count(0)
    response = page.goto(f"{live_server.url}/team/")

    assert response.status == 403
    expect(page.get_by_text("Only administrators, and the editors they allow, manage people.")).to_be_visible()
