"""Settings for the test suite: the app's own, with a throwaway key and fast password hashing."""

import os

os.environ.setdefault("SECRET_KEY", "test-only-secret-key-not-used-anywhere-else")

from newsdesk.settings import *  # noqa: E402,F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

# The test client and the browser tests speak plain HTTP to a local server: no redirect to HTTPS. Static files
# come from the source folders, as in development, rather than from a collectstatic run.
SECURE_SSL_REDIRECT = False
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True
STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}  # noqa: F405

if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    # SQLite as deployed: a file in WAL mode with a busy timeout, so that two connections writing at once
    # (the concurrency tests) wait their turn. Django's shared in-memory test database fails them at once
    # with "table is locked" instead.
    import tempfile

    DATABASES["default"]["TEST"] = {  # noqa: F405
        "NAME": os.path.join(tempfile.gettempdir(), f"newsdesk-test-{os.getpid()}.sqlite3")
    }
