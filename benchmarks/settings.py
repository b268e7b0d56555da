"""Settings for benchmark runs: the app's production settings, served in-process over plain HTTP.

DEBUG stays off (as in production, so no query log slows requests down), and the URLs add the floor
views that the benchmarks compare each measure with.
"""

import os
import warnings

os.environ.setdefault("SECRET_KEY", "benchmark-only-secret-key")
os.environ.setdefault("SECURE_COOKIES", "0")

from newsdesk.settings import *  # noqa: E402,F403

ROOT_URLCONF = "benchmarks.urls"
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
# Templates name static files; without a collectstatic run they come from the source folders.
STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}  # noqa: F405
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
LOGGING = {"version": 1, "disable_existing_loggers": False}

# The app is served from the source folders here; whitenoise need not warn that collectstatic never ran.
warnings.filterwarnings("ignore", message="No directory at")
