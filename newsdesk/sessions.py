"""Sessions in the database, as Django keeps them, read with one plain query.

Every request reads its session, and Django's database store builds an ORM query for it each time, which costs
several times what running the query does. Here the same row is read with the same condition (the key, and
an expiry date still to come) in plain SQL. Creating, saving, expiring and clearing sessions are Django's.

    SESSION_ENGINE = "newsdesk.sessions"
"""

from django.contrib.sessions.backends import db
from django.db import connections, router
from django.utils import timezone


class SessionStore(db.SessionStore):
    def _get_session_from_db(self):
        model = self.model
        connection = connections[router.db_for_read(model)]
        quote = connection.ops.quote_name
        field = model._meta.get_field
        sql = (
            f"SELECT {quote(field('session_data').column)} FROM {quote(model._meta.db_table)} "
            f"WHERE {quote(field('session_key').column)} = %s AND {quote(field('expire_date').column)} > %s"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [self.session_key, connection.ops.adapt_datetimefield_value(timezone.now())])
            row = cursor.fetchone()
        if row is None:
            self._session_key = None
            return None
        return model(session_key=self.session_key, session_data=row[0])
