"""One-time passwords: made here, shown once, and replaced by their owner at the first login.

The password is random, readable aloud (no 0/O or 1/l), and never stored in clear: the person who added or
reset the account sees it once on the page that answers their form, and passes it on. At login the session
remembers that the password must change (``MUST_CHANGE``), so the check on every request reads the session
rather than the database; ``PasswordChangeRequiredMiddleware`` then sends the person to the password form.
"""

import secrets

from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError

from .models import OneTimePassword

ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"
MUST_CHANGE = "newsdesk_must_change_password"


def generate_password(user=None, groups: int = 3, size: int = 4) -> str:
    """Like ``k7mq-3hpx-w9zt``: 60 bits of randomness that Django's password validators accept."""
    while True:
        password = "-".join("".join(secrets.choice(ALPHABET) for _ in range(size)) for _ in range(groups))
        try:
            validate_password(password, user)
        except ValidationError:
            continue
        return password


def issue(user, *, by) -> str:
    """Give ``user`` a new one-time password (saved) and return it; they must change it at their next login.

    Setting a password ends every session the user has open (Django checks the password hash stored in each
    session), so a reset also logs them out everywhere.
    """
    password = generate_password(user)
    user.set_password(password)
    user.save(update_fields=["password"])
    OneTimePassword.objects.update_or_create(user=user, defaults={"password": user.password, "issued_by": by})
    return password


def must_change(user) -> bool:
    """Whether ``user`` still logs in with a one-time password (a database read; the session caches it)."""
    pending = OneTimePassword.objects.filter(user=user).select_related("user").first()
    if pending is None:
        return False
    if not pending.outstanding:
        pending.delete()  # changed by other means since (the admin, ``manage.py changepassword``)
        return False
    return True


def note_one_time_password(sender, request, user, **kwargs) -> None:
    """At login: remember in the session whether the person must choose a new password first."""
    if request is not None and hasattr(request, "session"):
        if must_change(user):
            request.session[MUST_CHANGE] = True
        else:
            request.session.pop(MUST_CHANGE, None)


def changed(request, user) -> None:
    """The person chose their own password: the one-time password is spent."""
    OneTimePassword.objects.filter(user=user).delete()
    request.session.pop(MUST_CHANGE, None)
