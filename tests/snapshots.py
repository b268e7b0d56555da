"""The whole database in a few numbers: row count and a checksum of the rows, table by table.

Compare two snapshots to prove a request stored nothing. Sessions and login-throttling records are left out:
they change with every request (the idle timeout is counted in the session) and say nothing about the data.
"""

import hashlib

from django.apps import apps

SKIPPED_APPS = {"sessions", "axes"}
SKIPPED_MODELS = {"newsdesk.session"}  # the sessions, each beside its user (newsdesk/sessions.py)


def database_state() -> dict[str, tuple[int, str]]:
    """``{table: (rows, sha256 of every row in primary-key order)}`` for every table of every app."""
    state = {}
    for model in apps.get_models(include_auto_created=True):
        if model._meta.app_label in SKIPPED_APPS or model._meta.label_lower in SKIPPED_MODELS \
                or not model._meta.managed:
            continue
        rows = list(model._base_manager.order_by("pk").values_list())
        state[model._meta.db_table] = (len(rows), hashlib.sha256(repr(rows).encode()).hexdigest())
    return state


def changed_tables(before: dict, after: dict) -> list[str]:
    return sorted(table for table in before.keys() | after.keys() if before.get(table) != after.get(table))
