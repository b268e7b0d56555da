import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = (
        "Create (or reset) the demo reviewer with a fresh random password, and print how to log in. The demo "
        "account is a reviewer and an editor, so that one login can try every page."
    )

    def add_arguments(self, parser):
        parser.add_argument("--username", default="demo")

    def handle(self, *args, username, **options):
        password = secrets.token_urlsafe(9)
        user, _ = get_user_model().objects.get_or_create(username=username)
        user.set_password(password)
        user.is_active = True
        user.save()
        self.after_create(user)
        self.stdout.write(self.style.SUCCESS(f"Demo login: username {username!r}, password {password!r}"))

    def after_create(self, user):
        """The demo user reviews and edits: one login shows annotating, curating, importing and adjudicating."""
        from django.contrib.auth.models import Group

        for name in ("reviewer", "editor"):
            group = Group.objects.filter(name=name).first()
            if group:
                user.groups.add(group)
