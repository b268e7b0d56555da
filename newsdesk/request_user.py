"""Who is logged in: Django's ``AuthenticationMiddleware`` and ``auth.get_user``, taking the user from the row
read with the session.

``newsdesk.sessions`` reads the session and its user's row in one query; ``logged_in_user`` is Django's
``get_user`` step by step (the backend named in the session, the user's id from the signed session data, the
password hash the session was made with, the fallback secrets), except that when the backend is
``PermissionBackend`` and the row read with the session is that user's, the user is made from it rather than
read again. The session's hash of the password is compared as Django does; the HMAC it is compared with is
worked out once per password and secret.

    MIDDLEWARE = [..., "newsdesk.request_user.AuthenticationMiddleware", ...]
"""

from functools import partial

from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, _get_user_session_key, load_backend
from django.contrib.auth.middleware import AuthenticationMiddleware as DjangoAuthenticationMiddleware
from django.contrib.auth.middleware import auser
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import ImproperlyConfigured
from django.utils.crypto import constant_time_compare
from django.utils.functional import SimpleLazyObject

from newsdesk.permission_backend import PermissionBackend


class AuthenticationMiddleware(DjangoAuthenticationMiddleware):
    def process_request(self, request):
        """Django's, with this module's ``get_user`` (one lazy user per request, not Django's replaced by ours)."""
        if not hasattr(request, "session"):
            raise ImproperlyConfigured("The authentication middleware needs Django's SessionMiddleware before it.")
        request.user = SimpleLazyObject(partial(get_user, request))
        request.auser = partial(auser, request)


def get_user(request):
    if not hasattr(request, "_cached_user"):
        request._cached_user = logged_in_user(request)
    return request._cached_user


def logged_in_user(request):
    """The session's user, or ``AnonymousUser``: ``django.contrib.auth.get_user``, with the user's row taken from
    the session's query when it is theirs."""
    session = request.session
    try:
        user_id = _get_user_session_key(request)
        backend_path = session[BACKEND_SESSION_KEY]
    except KeyError:
        return AnonymousUser()
    if backend_path not in settings.AUTHENTICATION_BACKENDS:
        return AnonymousUser()
    backend = load_backend(backend_path)
    row = getattr(session, "user_row", None)
    if isinstance(backend, PermissionBackend) and row is not None and row[0] == user_id:
        user = backend.user_from_row(row)
    else:
        user = backend.get_user(user_id)
    if user is None:
        return AnonymousUser()
    if not hasattr(user, "get_session_auth_hash"):
        return user
    session_hash = session.get(HASH_SESSION_KEY)
    if session_hash and constant_time_compare(session_hash, session_auth_hash(user)):
        return user
    # Not made with the current secret: made with a fallback secret, the session moves to a new key and the
    # current hash; otherwise (the password changed since, say) it ends.
    if session_hash and any(
        constant_time_compare(session_hash, fallback) for fallback in user.get_session_auth_fallback_hash()
    ):
        session.cycle_key()
        session[HASH_SESSION_KEY] = user.get_session_auth_hash()
        return user
    session.flush()
    return AnonymousUser()


_HASHES: dict[tuple, str] = {}
HASHES_KEPT = 4096


def session_auth_hash(user) -> str:
    """``user.get_session_auth_hash()``, an HMAC of the password hash under the secret key: worked out once per
    password hash and secret key."""
    key = (type(user), user.password, settings.SECRET_KEY)
    if (found := _HASHES.get(key)) is None:
        if len(_HASHES) >= HASHES_KEPT:
            _HASHES.clear()
        found = _HASHES[key] = user.get_session_auth_hash()
    return found
