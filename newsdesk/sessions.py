"""Sessions in the database as Django keeps them, each beside the user it is logged in as, read with one query.

Every request reads its session and then its user (with their permissions). Django's database store builds an
ORM query for the session each time, which costs several times what running it does, and the user takes a
second round trip. Here the session row (``newsdesk.models.Session``) names its user in a column of its own,
so one plain query reads the session, with the same condition as Django's (the key, and an expiry date still
to come), and the user's row and permissions beside it; ``newsdesk.request_user`` then takes the user from
that row. Creating, saving, expiring and clearing sessions are Django's.

    SESSION_ENGINE = "newsdesk.sessions"
"""

import json
from functools import cache

from django.conf import settings
from django.contrib.auth import SESSION_KEY, get_user_model
from django.contrib.sessions.backends import db
from django.db import connections, router
from django.utils import timezone

from newsdesk import permission_backend

# Stored session texts already read, with what they hold (as JSON, so that each reader gets a fresh copy).
_DECODED: dict[tuple, str] = {}
DECODED_KEPT = 4096


class SessionStore(db.SessionStore):
    # The user's columns and permissions, read with the session (``permission_backend.user_columns``'s row),
    # or None: no session, or no user in it.
    user_row = None

    @classmethod
    def get_model_class(cls):
        from newsdesk.models import Session

        return Session

    def create_model_instance(self, data):
        """The row to save: Django's, and the id of the user the session is logged in as, if any."""
        session = super().create_model_instance(data)
        try:
            session.user_id = get_user_model()._meta.pk.to_python(data[SESSION_KEY])
        except (KeyError, ValueError, TypeError):
            session.user_id = None
        return session

    def decode(self, session_data):
        """Django's reading of the signed data, done once per stored text and secret key: a session is read on
        every request and written far less often, and checking the signature and unpacking the data is most
        of what reading it costs. Each caller gets its own copy of the data (a session changes its own)."""
        key = (session_data, settings.SECRET_KEY, tuple(settings.SECRET_KEY_FALLBACKS))
        if (text := _DECODED.get(key)) is None:
            data = super().decode(session_data)
            if len(_DECODED) >= DECODED_KEPT:
                _DECODED.clear()
            _DECODED[key] = json.dumps(data)
            return data
        return json.loads(text)

    def load(self):
        """Django's, without making a model instance of the row: only its data is wanted."""
        data = self._read_session_data()
        return {} if data is None else self.decode(data)

    def _get_session_from_db(self):
        data = self._read_session_data()
        return None if data is None else self.model(session_key=self.session_key, session_data=data)

    def _read_session_data(self) -> str | None:
        """The stored session's signed data, keeping its user's row beside it (``user_row``); None, and the key
        forgotten, when there is no such session or it has expired."""
        connection = connections[router.db_for_read(self.model)]
        with connection.cursor() as cursor:
            cursor.execute(session_query(), {
                "session_key": self.session_key, "now": connection.ops.adapt_datetimefield_value(timezone.now()),
            })
            # Django's own cursor wraps each fetch in a new function that translates database errors: here the
            # same translation is a block around the plain cursor's fetch.
            with connection.wrap_database_errors:
                row = cursor.cursor.fetchone()
        if row is None:
            self._session_key = None
            return None
        data, *user = row
        self.user_row = user if user[0] is not None else None
        return data


@cache
def session_query() -> str:
    """The session's data, then the user's columns and permissions (NULL without a user): the session key and
    the time now are its two parameters, named (``session_key``, ``now``). Named, because Django's SQLite backend
    turns ``%s`` placeholders into its own by a pattern scanning the whole statement on every run, and named ones
    by a plain substitution."""
    from newsdesk.models import Session

    quote = connections[router.db_for_read(Session)].ops.quote_name
    column = {name: quote(Session._meta.get_field(name).column)
              for name in ("session_key", "session_data", "expire_date", "user")}
    user_model = get_user_model()
    users, pk = quote(user_model._meta.db_table), quote(user_model._meta.pk.column)
    user_id = f"s.{column['user']}"
    return (
        f"SELECT s.{column['session_data']}, {permission_backend.user_columns(user_id)} "
        f"FROM {quote(Session._meta.db_table)} s LEFT JOIN {users} u ON u.{pk} = {user_id} "
        f"WHERE s.{column['session_key']} = %(session_key)s AND s.{column['expire_date']} > %(now)s"
    )
