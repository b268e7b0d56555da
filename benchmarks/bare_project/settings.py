"""Settings and URLs of the one-view project: Django's defaults, no apps, no database, one view."""

from django.http import HttpResponse
from django.urls import path

SECRET_KEY = "bare-project-benchmark-only"
DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1"]
ROOT_URLCONF = "benchmarks.bare_project.settings"
USE_TZ = True


def page(request):
    return HttpResponse("<!doctype html><title>Bare</title><p>One view.</p>")


urlpatterns = [path("", page)]
