"""Create a user with a role. The password comes from a prompt or NEWSDESK_PASSWORD, never argv,
so it does not end up in shell history or the process list."""

import getpass
import os
import sys

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from newsdesk.input_checks import text_problem
from newsdesk.roles import ROLE_NAMES, sync_roles

PASSWORD_VARIABLE = "NEWSDESK_PASSWORD"


class Command(BaseCommand):
    help = (
        "Create a user with the reviewer or editor role. The password is asked twice at a prompt, or read "
        f"from the {PASSWORD_VARIABLE} environment variable; it is never taken from the command line."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--role", required=True, choices=ROLE_NAMES, help="What the user may do.")
        parser.add_argument("--email", default="", help="Optional e-mail address.")

    def handle(self, *args, username, role, email, **options):
        User = get_user_model()
        # As the account will store it: compatibility characters ("ｒｅｖｉｅｗｅｒ") folded into plain ones.
        username = User.normalize_username(username.strip())
        if not username:
            raise CommandError("The username must not be empty.")
        # An argument that is not UTF-8 reaches Python holding lone surrogates: refuse it before any query.
        for name, value in (("username", username), ("e-mail address", email)):
            if problem := text_problem(value):
                raise CommandError(f"The {name} {problem}.")
        if User.objects.filter(username__iexact=username).exists():
            raise CommandError(f"A user named {username!r} already exists.")
        user = User(username=username, email=email)
        try:
            user.full_clean(exclude=["password"])
        except ValidationError as error:
            raise CommandError(" ".join(m for ms in error.message_dict.values() for m in ms)) from error

        password = self.read_password()
        if problem := text_problem(password):
            raise CommandError(f"The password {problem}.")
        try:
            validate_password(password, user)
        except ValidationError as error:
            raise CommandError("Password refused: " + " ".join(error.messages)) from error

        with transaction.atomic():
            user.set_password(password)
            user.save()
            group = Group.objects.filter(name=role).first()
            if group is None:  # roles are created by migrate; make sure they exist all the same
                sync_roles()
                group = Group.objects.get(name=role)
            user.groups.add(group)
        self.stdout.write(self.style.SUCCESS(f"Created {role} {username!r}."))

    def read_password(self) -> str:
        password = os.environ.get(PASSWORD_VARIABLE)
        if password is not None:
            if not password:
                raise CommandError(f"{PASSWORD_VARIABLE} is set but empty.")
            return password
        if not sys.stdin.isatty():
            raise CommandError(f"No terminal to ask for a password: set {PASSWORD_VARIABLE} instead.")
        first = getpass.getpass("Password: ")
        second = getpass.getpass("Password (again): ")
        if first != second:
            raise CommandError("The two passwords do not match; nothing was created.")
        if not first:
            raise CommandError("The password must not be empty.")
        return first
