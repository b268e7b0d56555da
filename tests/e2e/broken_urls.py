"""The app's addresses plus one that fails, to see the server-error page as a person would."""

from django.urls import path

from newsdesk.urls import urlpatterns as app_urls


def broken(request):
    raise RuntimeError("a failure on purpose, for the error page test")


urlpatterns = [path("broken/", broken), *app_urls]
