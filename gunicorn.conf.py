"""gunicorn settings for Newsdesk: ``gunicorn newsdesk.wsgi`` reads this file from the working directory.

Every value can be set from the environment, so one image serves a laptop trial and a row of app servers
behind a proxy. Logs (access and errors) go to standard output and standard error.
"""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", f"{os.environ.get('HOST', '127.0.0.1')}:{os.environ.get('PORT', '8000')}")
workers = int(os.environ.get("WEB_CONCURRENCY", str(min(4, multiprocessing.cpu_count() * 2))))
threads = int(os.environ.get("GUNICORN_THREADS", "1"))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "60"))
graceful_timeout = 20
# Recycle workers now and then, so a slow leak in any library cannot grow without bound.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "2000"))
max_requests_jitter = 200
# An empty GUNICORN_ACCESSLOG turns the access log off, for when the proxy in front keeps one.
accesslog = os.environ.get("GUNICORN_ACCESSLOG", "-") or None
errorlog = "-"
# The proxy in front sets X-Forwarded-Proto; trust it only from the addresses listed here.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
# gunicorn's control socket lives at one path per user, so two servers on one host would share it; the app
# needs no runtime control, so there is none.
control_socket_disable = True
# Load the app once in the master process and fork the workers from it: they start with Django set up and the
# URLs and views loaded, sharing that memory, instead of each importing it all at once on start-up. What only
# some pages use (NumPy and the aligner, the reports, the claim finder, bleach, the suggestion rules) is
# imported by those views when they first run, so that a new server answers its first page sooner.
# GUNICORN_PRELOAD=0 loads the app in each worker instead (what `--reload` needs).
preload_app = os.environ.get("GUNICORN_PRELOAD", "1").strip().lower() not in {"0", "false", "no", "off"}


def when_ready(server):
    """With the app preloaded, load its URL configuration, its index of names for ``reverse`` and the template
    engine (with every tag library) before the workers are forked: Django would otherwise do each in every
    worker, on its first request."""
    if server.cfg.preload_app:
        from django.template import engines
        from django.urls import get_resolver

        get_resolver().url_patterns  # noqa: B018 - reading it loads the URL conf
        get_resolver().reverse_dict  # noqa: B018 - reading it builds the index of names
        engines.all()
