"""collectstatic without the htmx extensions django-htmx ships beside htmx itself (about 190 files with their
compressed copies): no page loads one, and the app server reads every collected file when it starts.

    INSTALLED_APPS = [..., "newsdesk.static_collection.StaticFiles", ...]   # instead of django.contrib.staticfiles
"""

from django.contrib.staticfiles.apps import StaticFilesConfig


class StaticFiles(StaticFilesConfig):
    ignore_patterns = [*StaticFilesConfig.ignore_patterns, "django_htmx/ext/*"]
