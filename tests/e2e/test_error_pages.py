"""The app's own 404, 403 and 500 pages: styled, readable on a phone, and without CSP errors in the console."""

import pytest
from playwright.sync_api import expect

from tests.e2e.screens import overflows_horizontally, shoot

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def console_errors(page):
    """Errors in the browser console: policy violations, scripts failing, files that did not load. The error
    page's own status (the browser logs "Failed to load resource" for the document itself) is not one."""
    errors = []

    def note(message):
        if message.type == "error" and message.location.get("url") != page.url:
            errors.append(message.text)

    page.on("console", note)
    page.on("pageerror", lambda error: errors.append(str(error)))
    return errors


def styled(page) -> bool:
    """The stylesheet applied: the card has a border and the page a max width, as on every page."""
    return page.evaluate("getComputedStyle(document.querySelector('.error-page')).borderTopStyle") == "solid"


@pytest.mark.parametrize("width", [1366, 390])
def test_a_missing_page_is_the_apps_own_404(page, live_server, login, reviewer, console_errors, width):
    login(page, reviewer)
    page.set_viewport_size({"width": width, "height": 844})

    response = page.goto(f"{live_server.url}/articles/999999/")

    assert response.status == 404
    expect(page.get_by_role("heading", name="There is nothing at this address")).to_be_visible()
    assert styled(page) and not overflows_horizontally(page)
    assert console_errors == []
    if width == 390:
        shoot(page, "error-404")


def test_a_forbidden_page_is_the_apps_own_403(page, live_server, login, reviewer, console_errors):
    login(page, reviewer)

    response = page.goto(f"{live_server.url}/import/")

    assert response.status == 403
    expect(page.get_by_role("heading", name="You don't have permission to do that")).to_be_visible()
    assert styled(page) and console_errors == []
    shoot(page, "error-403")


@pytest.mark.parametrize("width", [1366, 390])
def test_a_forms_address_opened_in_the_browser_is_the_apps_own_405(page, live_server, login, reviewer, seed_article,
                                                                    console_errors, width):
    login(page, reviewer)
    page.set_viewport_size({"width": width, "height": 844})

    response = page.goto(f"{live_server.url}/articles/{seed_article.pk}/done/")

    assert response.status == 405
    expect(page.get_by_role("heading", name="This address is not a page to open")).to_be_visible()
    assert styled(page) and not overflows_horizontally(page)
    assert console_errors == []
    if width == 390:
        shoot(page, "error-405")


def test_a_server_error_is_the_apps_own_500(page, live_server, login, reviewer, console_errors, settings):
    settings.ROOT_URLCONF = "tests.e2e.broken_urls"
    login(page, reviewer)

    response = page.goto(f"{live_server.url}/broken/")

    assert response.status == 500
    expect(page.get_by_role("heading", name="Something went wrong on our side")).to_be_visible()
    assert styled(page) and not overflows_horizontally(page)
    assert console_errors == []
    shoot(page, "error-500")


def test_the_favicon_is_served_at_the_root_and_linked_from_every_page(page, live_server, login, reviewer,
                                                                      console_errors):
    login(page, reviewer)

    icon = page.request.get(f"{live_server.url}/favicon.ico")
    linked = page.locator("link[rel=icon]").get_attribute("href")

    assert icon.status == 200 and icon.body()[:4] == b"\x00\x00\x01\x00"
    assert page.request.get(f"{live_server.url}{linked}").status == 200
    assert console_errors == []
