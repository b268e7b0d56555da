"""The app as the comparison with doccano serves it, plus a bare door to the floor view.

Requests under ``/benchmark/bare/`` go to a Django handler with no middleware at all, so the one-INSERT
floor view can be timed both through the app's whole middleware (``/benchmark/floor/``) and without any
(``/benchmark/bare/``), in the same server, over the same connection.
"""

import os

from django.core.handlers.wsgi import WSGIHandler
from django.core.wsgi import get_wsgi_application
from django.test.utils import override_settings

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "benchmarks.peer_settings")

app = get_wsgi_application()


class BareHandler(WSGIHandler):
    """Django's WSGI handler with an empty middleware list: URL resolution and the view, nothing else."""

    def load_middleware(self, is_async=False):
        with override_settings(MIDDLEWARE=[]):
            super().load_middleware(is_async)


bare = BareHandler()


def application(environ, start_response):
    if environ.get("PATH_INFO", "").startswith("/benchmark/bare/"):
        return bare(environ, start_response)
    return app(environ, start_response)
