"""The team, managed in the browser: add a person, reset a password, change a role, deactivate, reactivate.

Administrators (superusers) manage everyone but other administrators' accounts, which stay in the admin; an
editor manages people only once an administrator grants them ``people.manage_people``. Nobody changes their
own role or deactivates themselves here, so that no one locks the team out by mistake. People are never
deleted: their highlights, decisions and history stay, and a deactivated account simply cannot log in.

Every change is written to the audit trail, without the password or its hash.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db import IntegrityError, transaction

from newsdesk import audit
from newsdesk.roles import EDITOR, REVIEWER

from . import passwords

ROLE_LABELS = {REVIEWER: "Reviewer", EDITOR: "Editor"}
ADMINISTRATOR = "administrator"
MANAGE_PEOPLE = "people.manage_people"


class TeamError(ValueError):
    """The change is not allowed or not possible; the message says why, for the page."""


def manage_permission() -> Permission:
    return Permission.objects.get(content_type__app_label="people", codename="manage_people")


def role_of(person, group_names=None) -> str | None:
    """``administrator``, ``editor``, ``reviewer`` or None, from the person's groups (prefetched or given)."""
    if person.is_superuser:
        return ADMINISTRATOR
    names = group_names if group_names is not None else {g.name for g in person.groups.all()}
    if EDITOR in names:
        return EDITOR
    if REVIEWER in names:
        return REVIEWER
    return None


NOT_ALLOWED = "Only administrators, and the editors they allow, manage people."


def refusal(actor, person) -> str | None:
    """Why ``actor`` may not change ``person``'s account, or None when they may."""
    if not actor.has_perm(MANAGE_PEOPLE):
        return NOT_ALLOWED
    if person.pk == actor.pk:
        return ("You cannot change your own account here (so that no one locks themselves out); change your "
                "password under your name at the top of the page.")
    if person.is_superuser:
        return f"{person.get_username()} is an administrator; administrators' accounts are managed in the admin."
    if person.is_staff and not actor.is_superuser:
        return f"Only an administrator changes {person.get_username()}'s account."
    return None


def check(actor, person) -> None:
    reason = refusal(actor, person)
    if reason:
        raise TeamError(reason)


def _record(by, action: str, person, changes: dict) -> None:
    # Never audit.snapshot(person): it would copy the password hash into the trail.
    audit.record(by, action, person, changes=changes)


def _set_role(person, role: str) -> None:
    if role not in ROLE_LABELS:
        raise TeamError(f"Unknown role {role!r}.")
    person.groups.remove(*Group.objects.filter(name__in=ROLE_LABELS))
    person.groups.add(Group.objects.get_or_create(name=role)[0])


def stored_username(username: str) -> str:
    """``username`` as the account will store it: Django folds compatibility characters (fullwidth letters,
    ligatures) into their plain forms, so "ｒｅｖｉｅｗｅｒ" is "reviewer" and "ﬃ" is "ffi"; ``TeamError`` when the
    folded name is empty or longer than the column."""
    username = get_user_model().normalize_username(username)
    limit = get_user_model()._meta.get_field("username").max_length
    if not username or len(username) > limit:
        raise TeamError(f"A username has 1 to {limit} characters once its letters are written plainly.")
    return username


@transaction.atomic
def add_person(username: str, role: str, email: str = "", *, by):
    """Create an account with ``role`` and a one-time password; return ``(person, password)``."""
    if not by.has_perm(MANAGE_PEOPLE):
        raise TeamError(NOT_ALLOWED)
    username = stored_username(username)
    taken = TeamError(f"There is already an account called {username}.")
    if get_user_model().objects.filter(username__iexact=username).exists():
        raise taken
    try:
        with transaction.atomic():
            person = get_user_model().objects.create_user(username=username, email=email or "")
    except IntegrityError:  # the same name, added a moment ago (a second click, or another manager)
        raise taken from None
    _set_role(person, role)
    password = passwords.issue(person, by=by)
    _record(by, "create", person, {"snapshot": {"username": username, "email": email or "", "role": role}})
    return person, password


@transaction.atomic
def reset_password(person, *, by) -> str:
    """Give ``person`` a new one-time password and return it; their open sessions end."""
    check(by, person)
    password = passwords.issue(person, by=by)
    _record(by, "change", person, {"password": "reset"})
    return password


@transaction.atomic
def change_role(person, role: str, *, by) -> bool:
    """Make ``person`` a reviewer or an editor; return False when they already were."""
    check(by, person)
    before = role_of(person)
    if before == role:
        return False
    _set_role(person, role)
    changes = {"role": [before, role]}
    if role != EDITOR and person.user_permissions.filter(pk=manage_permission().pk).exists():
        person.user_permissions.remove(manage_permission())  # only editors may be allowed to manage people
        changes["manage_people"] = [True, False]
    _record(by, "change", person, changes)
    return True


@transaction.atomic
def set_active(person, active: bool, *, by) -> bool:
    """Deactivate (``active=False``) or reactivate an account; return False when nothing changed.

    A deactivated person cannot log in, and their open sessions end at their next request; everything
    they did stays.
    """
    check(by, person)
    if person.is_active == active:
        return False
    person.is_active = active
    person.save(update_fields=["is_active"])
    _record(by, "change", person, {"is_active": [not active, active]})
    return True


@transaction.atomic
def allow_managing(person, allowed: bool, *, by) -> bool:
    """Let an editor manage people, or stop them (administrators only); return False when nothing changed."""
    if not by.is_superuser:
        raise TeamError("Only an administrator decides which editors manage people.")
    check(by, person)
    if allowed and role_of(person) != EDITOR:
        raise TeamError(f"Only editors may manage people; make {person.get_username()} an editor first.")
    permission = manage_permission()
    has = person.user_permissions.filter(pk=permission.pk).exists()
    if has == allowed:
        return False
    if allowed:
        person.user_permissions.add(permission)
    else:
        person.user_permissions.remove(permission)
    _record(by, "change", person, {"manage_people": [has, allowed]})
    return True
