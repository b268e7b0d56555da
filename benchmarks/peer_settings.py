"""Newsdesk's production settings as the comparison with doccano serves them (``benchmarks/peer_doccano.py``).

Two differences, both for a fair comparison: SQLite commits at doccano's durability (``synchronous=FULL``,
SQLite's default, which doccano keeps; Newsdesk's own setting is ``NORMAL``), and the URLs add the floor
views (``benchmarks/floor.py``) that creating a highlight is compared with, served by ``benchmarks.wsgi``.
"""

from newsdesk.settings import *  # noqa: F403
from newsdesk.settings import DATABASES

ROOT_URLCONF = "benchmarks.urls"
SQLITE_SYNCHRONOUS = "FULL"

if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    options = DATABASES["default"]["OPTIONS"]
    options["init_command"] = options["init_command"].replace("synchronous=NORMAL", f"synchronous={SQLITE_SYNCHRONOUS}")
