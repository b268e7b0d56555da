#!/usr/bin/env python
"""Django's command-line utility for Newsdesk."""
import os
import secrets
import sys

HELP_OPTIONS = {"-h", "--help"}


def asks_only_for_help(argv: list[str]) -> bool:
    """``manage.py``, ``manage.py help [command]``, ``manage.py --version`` or ``manage.py COMMAND --help``: the
    command prints its usage and exits before it reads or writes anything."""
    if len(argv) < 2 or argv[1] in {"help", "--version", "version", *HELP_OPTIONS}:
        return True
    return any(arg in HELP_OPTIONS for arg in argv[2:])


def main():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsdesk.settings")
    if asks_only_for_help(sys.argv) and not os.environ.get("SECRET_KEY"):
        # The settings refuse to load without a secret key when DEBUG is off; help on a fresh clone needs none, as
        # nothing is signed or served. A random key for this run only.
        os.environ["SECRET_KEY"] = secrets.token_urlsafe(50)
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
