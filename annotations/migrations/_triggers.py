"""Triggers differ by database: a migration's RunPython runs the statements written for the one in use.

(The leading underscore keeps Django's migration loader from reading this module as a migration.)
"""


def run_for_vendor(*, postgresql: list[str], sqlite: list[str]):
    """A RunPython function executing ``postgresql`` on PostgreSQL and ``sqlite`` on SQLite, in order."""

    def run(apps, schema_editor):
        statements = postgresql if schema_editor.connection.vendor == "postgresql" else sqlite
        for statement in statements:
            schema_editor.execute(statement, params=None)

    return run
