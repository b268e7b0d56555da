"""The app's URLs plus the floor: a bare view, served through the same middleware (and, by
``benchmarks.wsgi``, without any)."""

from django.urls import include, path

from .floor import BARE_URL, FLOOR_URL, insert_one

urlpatterns = [
    path(FLOOR_URL.lstrip("/"), insert_one, name="benchmark-floor"),
    path(BARE_URL.lstrip("/"), insert_one, name="benchmark-bare"),
    path("", include("newsdesk.urls")),
]
