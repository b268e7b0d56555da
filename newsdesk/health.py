"""The health check a load balancer or process manager polls: ``GET /healthz``.

It needs no login (a proxy has none) and shows nothing but whether this app server can reach its database:
200 ``{"status": "ok", "database": "ok"}``, or 503 with ``"database": "unavailable"`` so that the proxy takes
the server out of rotation. It never says which database, or why it failed.
"""

import logging

from django.contrib.auth.decorators import login_not_required
from django.db import DatabaseError, connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

logger = logging.getLogger(__name__)


@login_not_required
@never_cache
@require_safe
def healthz(request):
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        logger.exception("health check: the database did not answer")
        return JsonResponse({"status": "unavailable", "database": "unavailable"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})
