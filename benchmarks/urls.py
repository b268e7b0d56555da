"""The app's URLs plus the floor: a bare view served through the same middleware."""

from django.urls import include, path

from .floor import FLOOR_URL, insert_one

urlpatterns = [
    path(FLOOR_URL.lstrip("/"), insert_one, name="benchmark-floor"),
    path("", include("newsdesk.urls")),
]
