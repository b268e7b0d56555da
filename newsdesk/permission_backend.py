"""Django's ModelBackend, reading the logged-in user and their permissions with plain queries.

Every request loads its user, and every page and API call checks a permission (``roles.requires``), so both
are read on every request; Django's ``ModelBackend`` builds ORM queries for them (two for the permissions:
the user's own, then their groups'), and building those costs more than running them. Here the user is
read with a plain query (its columns converted by the same converters as the ORM's, worked out once) and,
in the same statement, the permissions it holds, so a request reads its user and what they may do in one
round trip.
Everything else, logging in included, is ``ModelBackend``'s; superusers keep its answer (every permission).
"""

from functools import cache

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import connection

from newsdesk import rows


def _names(model, *fields) -> tuple[str, ...]:
    """The quoted table of ``model``, then the quoted columns of ``fields``."""
    quote = connection.ops.quote_name
    return (quote(model._meta.db_table), *(quote(model._meta.get_field(f).column) for f in fields))


@cache
def permissions_query() -> str:
    """``app_label, codename`` of every permission a user holds, their own or their groups'; the user's id is
    the query's two parameters."""
    return permissions_of("%s")


def permissions_of(user_id: str) -> str:
    """The query for the permissions of the user whose id is the SQL expression ``user_id`` (a parameter, or a
    column of an outer query). ``IN`` asks only whether an id is among the user's own or their groups', so the two
    lists are joined as they are (``UNION ALL``), without the sort that would drop an id given twice."""
    user_model = get_user_model()
    permission, permission_id, codename, content_type_id = _names(Permission, "id", "codename", "content_type")
    content_type, content_type_pk, app_label = _names(ContentType, "id", "app_label")
    own, own_user, own_permission = _names(user_model.user_permissions.through, user_model._meta.model_name,
                                           "permission")
    groups, groups_user, groups_group = _names(user_model.groups.through, user_model._meta.model_name, "group")
    granted, granted_group, granted_permission = _names(Group.permissions.through, "group", "permission")
    return (
        f"SELECT ct.{app_label}, p.{codename} FROM {permission} p "
        f"JOIN {content_type} ct ON ct.{content_type_pk} = p.{content_type_id} "
        f"WHERE p.{permission_id} IN (SELECT o.{own_permission} FROM {own} o WHERE o.{own_user} = {user_id} "
        f"UNION ALL SELECT g.{granted_permission} FROM {groups} ug "
        f"JOIN {granted} g ON g.{granted_group} = ug.{groups_group} WHERE ug.{groups_user} = {user_id})"
    )


PERMISSIONS_COLUMN = "newsdesk_permissions"


def user_columns(user_id: str, alias: str = "u") -> str:
    """The user's columns (``user_fields()``'s, in order) from the table aliased ``alias``, then their
    permissions (``app_label.codename``, space-separated), for a SELECT list; ``user_id`` is the SQL
    expression for the user's id."""
    quote = connection.ops.quote_name
    app_label, codename = (quote(c) for c in ("app_label", "codename"))
    joined = f"ct.{app_label} || '.' || p.{codename}"
    aggregate = f"STRING_AGG({joined}, ' ')" if connection.vendor == "postgresql" else f"GROUP_CONCAT({joined}, ' ')"
    listed = permissions_of(user_id).replace(f"SELECT ct.{app_label}, p.{codename}", f"SELECT {aggregate}", 1)
    columns = ", ".join(f"{alias}.{quote(field.column)}" for field in user_fields())
    return f"{columns}, ({listed}) AS {PERMISSIONS_COLUMN}"


@cache
def user_query() -> str:
    """The user's columns, then their permissions (``user_columns``); the user's id is the query's three
    parameters."""
    user_model = get_user_model()
    table, pk = _names(user_model, user_model._meta.pk.name)
    return f"SELECT {user_columns('%s')} FROM {table} u WHERE u.{pk} = %s"


@cache
def user_fields() -> tuple:
    return tuple(get_user_model()._meta.concrete_fields)


@cache
def user_attnames() -> tuple[str, ...]:
    return tuple(field.attname for field in user_fields())


@cache
def user_converters() -> tuple:
    """How the ORM converts the user's columns on this database (dates, booleans)."""
    return rows.converters_for(user_fields(), connection)


class PermissionBackend(ModelBackend):
    def get_user(self, user_id):
        with connection.cursor() as cursor:
            cursor.execute(user_query(), [user_id, user_id, user_id])
            row = cursor.fetchone()
        return None if row is None else self.user_from_row(row)

    def user_from_row(self, row):
        """The user from a row of ``user_columns``, or None if they may not log in (inactive)."""
        *values, listed = row
        values = rows.convert(values, user_converters(), connection)
        user = get_user_model().from_db(connection.alias, user_attnames(), values)
        if not self.user_can_authenticate(user):
            return None
        if user.is_active and not user.is_superuser:
            user._perm_cache = set(listed.split()) if listed else set()
        return user

    def get_all_permissions(self, user_obj, obj=None):
        if not user_obj.is_active or user_obj.is_anonymous or obj is not None:
            return set()
        if user_obj.is_superuser:
            return super().get_all_permissions(user_obj, obj)
        if not hasattr(user_obj, "_perm_cache"):
            with connection.cursor() as cursor:
                cursor.execute(permissions_query(), [user_obj.pk, user_obj.pk])
                user_obj._perm_cache = {f"{app_label}.{codename}" for app_label, codename in cursor.fetchall()}
        return user_obj._perm_cache
