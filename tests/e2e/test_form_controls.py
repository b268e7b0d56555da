"""Form controls the browser draws itself are dressed like the app's own: the import form's file chooser has a
button like every other button on the page, not the browser's grey default."""

import pytest

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

BUTTON_LOOK = """(element) => {
    const style = element.matches('input[type=file]')
        ? getComputedStyle(element, '::file-selector-button') : getComputedStyle(element);
    return [style.borderTopLeftRadius, style.borderTopColor, style.backgroundColor, style.fontWeight];
}"""


@pytest.mark.parametrize("width", [1366, 390])
def test_the_file_choosers_button_looks_like_the_pages_other_buttons(page, live_server, login, editor, width):
    page.set_viewport_size({"width": width, "height": 844})
    login(page, editor)
    page.goto(f"{live_server.url}/import/")

    chooser = page.get_by_label("…or upload a file").evaluate(BUTTON_LOOK)
    button = page.get_by_role("button", name="Import", exact=True).evaluate(BUTTON_LOOK)

    assert chooser == button
