"""Roles: what a reviewer and an editor may do, as Django groups and permissions.

A reviewer reads every story and annotates (changing or deleting only their own highlights: ownership is
checked in the views). An editor may do everything a reviewer does, and manage outlets, stories, articles,
topics and assignments, and adjudicate: every permission of the corpus and annotation apps. Staff and
superusers work through Django's admin.

The groups are created by a migration; their permissions are synced after every ``migrate`` so that a
model added later is covered without another data migration.
"""

from functools import wraps

from django.apps import apps as global_apps
from django.core.exceptions import PermissionDenied
from django.db.models import Q

from newsdesk.jsonbody import error_response, is_api

REVIEWER = "reviewer"
EDITOR = "editor"
ROLE_NAMES = (REVIEWER, EDITOR)
MANAGED_APPS = ("newsdesk", "annotations")

# Besides viewing everything in the managed apps, a reviewer may add, change and delete annotations.
REVIEWER_CODENAMES = ("add_annotation", "change_annotation", "delete_annotation")
# ...but the audit trail (who did what) is for editors.
EDITOR_ONLY_VIEWS = ("view_auditevent",)


def role_permissions(role: str, apps=global_apps):
    Permission = apps.get_model("auth", "Permission")
    in_managed_apps = Permission.objects.filter(content_type__app_label__in=MANAGED_APPS)
    if role == EDITOR:
        return in_managed_apps
    if role == REVIEWER:
        viewable = Q(codename__startswith="view_") & ~Q(codename__in=EDITOR_ONLY_VIEWS)
        return in_managed_apps.filter(viewable | Q(codename__in=REVIEWER_CODENAMES))
    raise ValueError(f"unknown role {role!r}")


def sync_roles(apps=global_apps, **kwargs) -> None:
    """Create the role groups if missing and give each exactly its permissions."""
    Group = apps.get_model("auth", "Group")
    for role in ROLE_NAMES:
        group, _ = Group.objects.get_or_create(name=role)
        group.permissions.set(role_permissions(role, apps))


# Only the editor role may settle consensus; holding that permission is what makes a user an editor. Asking
# through has_perm uses the permission cache Django keeps on the user for the request, which the permission
# checks and menus have already filled, instead of a group query at every call.
EDITOR_PERMISSION = "annotations.add_consensusannotation"


def is_editor(user) -> bool:
    return user.is_authenticated and user.has_perm(EDITOR_PERMISSION)


def role_of(user) -> str | None:
    if is_editor(user):
        return EDITOR
    if user.is_authenticated and user.groups.filter(name=REVIEWER).exists():
        return REVIEWER
    return None


def can_annotate(user) -> bool:
    return user.has_perm("annotations.add_annotation")


def requires(*perms: str, message: str = "You do not have permission to do this."):
    """Let a view run only for users who hold every permission in ``perms``.

    Pages answer 403 with the error page; the JSON API answers 403 with a JSON body. The permissions are
    recorded on the view as ``required_permissions``, so tests can walk every URL and check each answer.
    """

    def decorator(view):
        @wraps(view)
        def checked(request, *args, **kwargs):
            if not request.user.has_perms(perms):
                if is_api(request):
                    return error_response(403, permission=message)
                raise PermissionDenied(message)
            return view(request, *args, **kwargs)

        checked.required_permissions = perms
        return checked

    return decorator
