"""The answer to a request that could not be read.

A form's body past what the server reads at all (``DATA_UPLOAD_MAX_MEMORY_SIZE``) is met first by the CSRF check,
which reads the form before any page's view: Django answers it as a bad request. The text an editor pastes, uploads
or corrects is what makes a body that large, so that answer says the limit of an article's text
(``NEWSDESK_MAX_IMPORT_BYTES``) and that nothing was saved (413); any other request that could not be read keeps
the plain 400 page.
"""

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.http import HttpResponse
from django.template import loader
from django.views import defaults

from newsdesk.importing.forms import declared_size


def bad_request(request, exception=None):
    if isinstance(exception, RequestDataTooBig):
        page = loader.get_template("413.html").render({
            "size": declared_size(request), "limit": settings.NEWSDESK_MAX_IMPORT_BYTES,
        })
        return HttpResponse(page, status=413)
    return defaults.bad_request(request, exception)
