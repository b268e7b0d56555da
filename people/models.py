"""The team: one-time passwords handed out in the browser, and who may manage people.

Accounts are Django's users; a person's role is their group (see ``newsdesk.roles``). What this app adds is
the one-time password an administrator hands out when adding a person or resetting a password: the person
logs in with it and must choose their own password before anything else. Nothing is sent by e-mail.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone


class OneTimePassword(models.Model):
    """A password set by someone else, which its owner must replace at their next login.

    ``password`` is the hash the one-time password produced. While it is still the user's password hash,
    the one-time password is outstanding; once the person (or anyone, by any means) sets another password,
    the row no longer applies and is removed at the next login.
    """

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="one_time_password")
    password = models.CharField(max_length=128, help_text="The hash of the one-time password, as stored on the user.")
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
        help_text="Who added the person or reset the password.",
    )
    issued_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = "one-time password"
        # Managing people is a permission of its own: administrators hold it, and grant it to the editors
        # they choose (on the team page, or in the admin).
        default_permissions = ("view",)
        permissions = [("manage_people", "Can add people, reset passwords, change roles and deactivate accounts")]

    def __str__(self):
        return f"one-time password of {self.user}"

    @property
    def outstanding(self) -> bool:
        return self.password == self.user.password
