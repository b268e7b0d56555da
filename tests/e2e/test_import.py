import re
from urllib.parse import urlparse

import pytest
from playwright.sync_api import expect

from newsdesk.models import Article

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_editor_previews_then_imports_a_pasted_article(page, live_server, login, editor):
    login(page, editor)

    page.get_by_role("link", name="Import", exact=True).click()  # the menu's, not an empty list's "Import an article"
    page.get_by_label("Paste the article").fill("Port reopens\n\nShips docked at dawn, the authority said.")
    page.get_by_label("…or a new outlet").fill("Harbour Gazette")
    page.get_by_label("…or a new story titled").fill("Port reopening")
    page.get_by_role("button", name="Preview").click()

    expect(page.get_by_role("heading", name="Preview: 1 article")).to_be_visible()
    expect(page.get_by_role("listitem").filter(has_text="Ships docked at dawn")).to_be_visible()
    page.get_by_role("button", name="Import 1 article").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Port reopens")
    expect(page.get_by_role("status")).to_contain_text("Imported 1 article.")
    assert Article.objects.get().outlet.name == "Harbour Gazette"
    # The message lines up with the reader's column under it, not with a narrower page's.
    message = page.locator(".messages").bounding_box()
    breadcrumbs = page.get_by_role("navigation", name="Breadcrumb").bounding_box()
    assert abs(message["x"] - breadcrumbs["x"]) <= 1, (message, breadcrumbs)


def test_oversized_file_is_refused_in_the_browser_before_upload(page, live_server, login, editor, settings, tmp_path):
    settings.NEWSDESK_MAX_IMPORT_BYTES = 100
    big = tmp_path / "long.txt"
    big.write_text("word " * 100)
    login(page, editor)
    page.goto(f"{live_server.url}/import/")

    page.get_by_label("…or upload a file").set_input_files(str(big))

    expect(page.get_by_text("long.txt is 500 bytes; imports are limited to 100 bytes")).to_be_visible()


def test_wrong_passwords_lock_the_login_with_a_clear_page(page, live_server, reviewer, settings):
    page.goto(f"{live_server.url}/accounts/login/")
    for _ in range(settings.AXES_FAILURE_LIMIT):
        page.get_by_label("Username").fill("reviewer")
        page.get_by_label("Password").fill("wrong")
        page.get_by_role("button", name="Log in").click()

    expect(page.get_by_role("heading", name="Too many failed logins")).to_be_visible()


@pytest.mark.parametrize("viewport", [{"width": 390, "height": 844}, {"width": 1280, "height": 800}])
def test_after_preview_the_page_opens_at_the_preview_below_the_form(page, live_server, login, editor, viewport):
    page.set_viewport_size(viewport)
    login(page, editor)
    page.goto(f"{live_server.url}/import/")
    page.get_by_label("Paste the article").fill("Tram line to Vessby opens\n\nThe first tram left at six, the "
                                                "operator said.")
    page.get_by_label("…or a new outlet").fill("Vessby Courier")

    page.get_by_role("button", name="Preview").click()

    expect(page.get_by_role("heading", name="Preview: 1 article")).to_be_in_viewport()
    page.get_by_role("link", name="Back to the form").click()
    expect(page.get_by_label("Paste the article")).to_be_in_viewport()
    expect(page.get_by_label("Paste the article")).to_have_value(re.compile("^Tram line to Vessby opens"))


def test_without_scripts_the_page_still_opens_at_the_preview_below_the_form(browser, live_server, login, editor):
    context = browser.new_context(viewport={"width": 390, "height": 844}, java_script_enabled=False)
    page = context.new_page()
    page.set_default_timeout(10_000)
    try:
        login(page, editor)
        page.goto(f"{live_server.url}/import/")
        page.get_by_label("Paste the article").fill("Ferry to Orsholm resumes\n\nThe first crossing left at seven, "
                                                    "the harbour office said.")
        page.get_by_label("…or a new outlet").fill("Orsholm Post")

        page.get_by_role("button", name="Preview").click()

        expect(page.get_by_role("heading", name="Preview: 1 article")).to_be_in_viewport()
        page.get_by_role("button", name="Import 1 article").click()
        expect(page.get_by_role("heading", level=1)).to_have_text("Ferry to Orsholm resumes")
        assert not urlparse(page.url).fragment  # the article's page opens at its top
    finally:
        context.close()


def test_on_a_phone_the_import_forms_fields_are_evenly_spaced_once_stacked(page, live_server, login, editor):
    page.set_viewport_size({"width": 390, "height": 844})
    login(page, editor)
    page.goto(f"{live_server.url}/import/")

    def field(label):
        return page.get_by_label(label, exact=True).locator("xpath=ancestor::div[contains(@class, 'field')][1]")

    boxes = [field(label).bounding_box() for label in ("Title", "Byline", "Published", "Original URL")]
    gaps = {round(below["y"] - (above["y"] + above["height"])) for above, below in zip(boxes, boxes[1:], strict=False)}

    assert len(gaps) == 1, gaps  # Byline and Published share a row on a wide screen, not on a phone
