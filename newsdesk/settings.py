"""Newsdesk settings, read from the environment.

DEBUG, SECRET_KEY, ALLOWED_HOSTS and DATABASE_URL are the knobs. Without DATABASE_URL the app uses an
SQLite file beside manage.py in WAL mode with a busy timeout, so several reviewers can write at once;
``DATABASE_URL=postgres://...`` switches to PostgreSQL for a multi-user deployment.
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def env_flag(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


DEBUG = env_flag("DEBUG")

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "SECRET_KEY is not set. Set SECRET_KEY in the environment, or DEBUG=1 for local development."
        )
    SECRET_KEY = "development-only-key-not-for-production"  # noqa: S105 - used only with DEBUG on

ALLOWED_HOSTS = [h.strip() for h in os.environ.get("ALLOWED_HOSTS", "").split(",") if h.strip()]
if DEBUG and not ALLOWED_HOSTS:
    ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "newsdesk.static_collection.StaticFiles",  # django.contrib.staticfiles, collecting less
    "django_htmx",
    "template_partials",
    "axes",
    "newsdesk",
    "annotations",
    "people",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Outside everything that may refuse a request (a bad Host header, CSRF), so refusals carry it too.
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Outside the static files too: every answer carries the policy, a stylesheet or script included.
    "newsdesk.middleware.ContentSecurityPolicyMiddleware",
    # Static files straight from the app server, compressed and cached forever under hashed names.
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "newsdesk.middleware.ApiJsonErrorsMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    # Django's, taking the user from the row read with the session (newsdesk/sessions.py): one query for both.
    "newsdesk.request_user.AuthenticationMiddleware",
    # Inside the user's middleware, so that the 405 page it renders has the header of every page.
    "newsdesk.middleware.MethodNotAllowedPageMiddleware",
    "newsdesk.middleware.RefuseNulInQueryMiddleware",
    "newsdesk.middleware.LoginRequiredMiddleware",
    # Django's, making the message store only when a message is added or read.
    "newsdesk.middleware.MessageMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "newsdesk.middleware.IdleSessionMiddleware",
    # Someone who logged in with a one-time password goes to the password form until they choose their own.
    "people.middleware.PasswordChangeRequiredMiddleware",
    # Last, so that it turns a throttled login into the lockout page whatever answered before it.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "newsdesk.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            # {% partialdef %} everywhere without {% load %}, as Django 6 has it built in.
            "builtins": ["template_partials.templatetags.partials"],
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "annotations.context_processors.orphans",
            ],
        },
    },
]

WSGI_APPLICATION = "newsdesk.wsgi.application"
ASGI_APPLICATION = "newsdesk.asgi.application"

SQLITE_OPTIONS = {
    # WAL lets readers proceed while one reviewer writes; IMMEDIATE takes the write lock at BEGIN so
    # concurrent writers queue on the busy timeout instead of failing with "database is locked".
    "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;",
    "transaction_mode": "IMMEDIATE",
    "timeout": 20,
}

# Connections are kept for CONN_MAX_AGE seconds. A health check would cost every request one more round trip
# (Django's `SELECT 1` before its first query); it is off, as Django has it, so after a database restart the
# first request on each kept connection fails once and the connection is replaced. CONN_HEALTH_CHECKS=1 turns
# it on where the database restarts often (behind a failover proxy, say).
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "60")),
        conn_health_checks=env_flag("CONN_HEALTH_CHECKS"),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"].setdefault("OPTIONS", {}).update(SQLITE_OPTIONS)
elif env_flag("DATABASE_PREPARED_STATEMENTS", True):
    # PostgreSQL: parameters bound on the server, so that psycopg prepares a statement the second time a kept
    # connection runs it, and the server stops planning it again: the session, user and counting queries every
    # request runs. DATABASE_PREPARED_STATEMENTS=0 turns it off, e.g. behind a pooler in transaction mode that
    # cannot keep prepared statements.
    DATABASES["default"].setdefault("OPTIONS", {}).update(server_side_binding=True, prepare_threshold=2)

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Failed logins are throttled by django-axes: after LOGIN_FAILURE_LIMIT wrong passwords for one username
# from one address, that pair is refused for LOGIN_COOLOFF_MINUTES (a success resets the count). Locking
# the pair rather than the address keeps one person's typos from locking out a shared office network.
# Staff can lift a lockout early in the admin ("Access attempts") or with `manage.py axes_reset`.
AUTHENTICATION_BACKENDS = [
    "newsdesk.login_throttle.LoginThrottleBackend",
    # Django's ModelBackend, with a user's permissions read in one query: they are checked on every request.
    "newsdesk.permission_backend.PermissionBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("LOGIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("LOGIN_COOLOFF_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "newsdesk.login_throttle.lockout_response"
AXES_VERBOSE = False
# Behind a reverse proxy every request comes from the proxy's address; TRUSTED_PROXY_COUNT=N (the proxies in front
# of the app, each appending to X-Forwarded-For) makes the throttle count the client's own address instead.
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))
AXES_CLIENT_IP_CALLABLE = "newsdesk.login_throttle.client_address"

LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "newsdesk:story-list"
LOGOUT_REDIRECT_URL = "login"

LANGUAGE_CODE = "en-gb"
TIME_ZONE = os.environ.get("TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # Hashed, compressed copies made by collectstatic; in DEBUG (and in tests) files are served as they are.
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}

# Django's database sessions, each beside its user, read with the user in one plain query: every request reads
# one (see newsdesk/sessions.py).
SESSION_ENGINE = "newsdesk.sessions"
SESSION_COOKIE_HTTPONLY = True
# A login lasts at most SESSION_COOKIE_AGE seconds, and ends sooner after SESSION_IDLE_TIMEOUT seconds
# without a request (0 turns the idle limit off); see newsdesk.middleware.IdleSessionMiddleware.
SESSION_COOKIE_AGE = int(os.environ.get("SESSION_COOKIE_AGE", str(60 * 60 * 12)))
SESSION_IDLE_TIMEOUT = int(os.environ.get("SESSION_IDLE_TIMEOUT", str(60 * 60 * 2)))
SESSION_EXPIRE_AT_BROWSER_CLOSE = env_flag("SESSION_EXPIRE_AT_BROWSER_CLOSE")
CSRF_COOKIE_HTTPONLY = False  # htmx reads the token from the page, not the cookie
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
if not DEBUG:
    # Production sits behind HTTPS: cookies never travel in clear, and browsers are told to keep to HTTPS.
    # SECURE_COOKIES=0 is for a trial on plain HTTP only; it also turns off the HTTPS redirect and HSTS.
    SECURE_HTTPS = env_flag("SECURE_COOKIES", True)
    SESSION_COOKIE_SECURE = SECURE_HTTPS
    CSRF_COOKIE_SECURE = SECURE_HTTPS
    SECURE_SSL_REDIRECT = SECURE_HTTPS and env_flag("SECURE_SSL_REDIRECT", True)
    SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000")) if SECURE_HTTPS else 0
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env_flag("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
    SECURE_HSTS_PRELOAD = env_flag("SECURE_HSTS_PRELOAD", True)  # allows, does not make, a preload-list entry
    # The proxy in front ends TLS and says so in X-Forwarded-Proto; the health check is plain HTTP from it.
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
# In development static files come straight from the source folders; production serves collectstatic's copies.
WHITENOISE_USE_FINDERS = DEBUG
WHITENOISE_AUTOREFRESH = DEBUG
# collectstatic keeps only the hashed copies (every page names those), so the app server, which reads the
# whole folder when it starts, has half as many files to read.
WHITENOISE_KEEP_ONLY_HASHED_FILES = True
# Files browsers ask for at the site's root (/favicon.ico), served as they are, to anyone.
WHITENOISE_ROOT = BASE_DIR / "static" / "root"
CSRF_TRUSTED_ORIGINS = [o.strip() for o in os.environ.get("CSRF_TRUSTED_ORIGINS", "").split(",") if o.strip()]

# Uploads and imports: one article rarely exceeds a few hundred kilobytes.
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
NEWSDESK_MAX_IMPORT_BYTES = int(os.environ.get("NEWSDESK_MAX_IMPORT_BYTES", str(2 * 1024 * 1024)))

# Logs go to standard output, one line each, for the process manager or container runtime to collect.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"line": {"format": "%(asctime)s %(levelname)s %(name)s %(process)d %(message)s"}},
    "handlers": {"stdout": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout", "formatter": "line"}},
    "root": {"handlers": ["stdout"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        "django": {"handlers": ["stdout"], "level": os.environ.get("LOG_LEVEL", "INFO"), "propagate": False},
        # Every refused request (4xx) would otherwise be a WARNING line; keep errors only.
        "django.request": {"handlers": ["stdout"], "level": "ERROR", "propagate": False},
    },
}
