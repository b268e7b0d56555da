"""Cross-cutting request policy: login on every page, and a strict Content-Security-Policy.

Every page but the login page needs a signed-in user. Pages redirect to the login form; the JSON API
answers 401 with a JSON body instead, because a script cannot follow a redirect to an HTML form.
"""

import time
from functools import partial
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.middleware import LoginRequiredMiddleware as DjangoLoginRequiredMiddleware
from django.contrib.auth.views import redirect_to_login
from django.contrib.messages.middleware import MessageMiddleware as DjangoMessageMiddleware
from django.contrib.messages.storage import default_storage
from django.shortcuts import render
from django.utils.functional import SimpleLazyObject, empty
from django_htmx.http import HttpResponseClientRedirect

from newsdesk.jsonbody import error_response, is_api

CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)


class LoginRequiredMiddleware(DjangoLoginRequiredMiddleware):
    def handle_no_permission(self, request, view_func):
        if is_api(request):
            return error_response(401, auth="Authentication required.")
        if request.headers.get("HX-Request"):
            # An htmx swap would put the login form inside the page: send the whole window there instead,
            # coming back to the page the user was on.
            current = urlsplit(request.headers.get("HX-Current-URL", ""))
            back = (current.path + (f"?{current.query}" if current.query else "")) or "/"
            login = redirect_to_login(back, self.get_login_url(view_func), self.get_redirect_field_name(view_func))
            return HttpResponseClientRedirect(login.url)
        return super().handle_no_permission(request, view_func)


class ApiJsonErrorsMiddleware:
    """Errors on the JSON API are JSON, whoever raised them.

    Django's CSRF refusal, ``require_http_methods`` and the 404/500 handlers answer in HTML (or with an
    empty body); a script calling the API should get ``{"errors": {...}}`` like every other refusal.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if (
            is_api(request)
            and response.status_code >= 400
            and not response.get("Content-Type", "").startswith("application/json")
        ):
            reason = response.reason_phrase
            if response.status_code == 403:
                reason = "Forbidden. A write also needs the CSRF token in the X-CSRFToken header."
            elif response.status_code == 405:
                reason = f"Method not allowed; allowed: {response.get('Allow', 'none')}."
            converted = error_response(response.status_code, request=reason)
            # Keep what the inner layers said besides the body: Allow, the security headers, cookies.
            for header, value in response.items():
                if header.lower() not in ("content-type", "content-length"):
                    converted[header] = value
            converted.cookies = response.cookies
            return converted
        return response


class MethodNotAllowedPageMiddleware:
    """A form's address opened in the browser (typed, bookmarked, or reopened from the history) shows the app's own
    405 page, readable on a phone, instead of the browser's blank "this page isn't working": Django's
    ``require_POST`` answers with an empty body. The status and its Allow header stay; the API's refusals are
    JSON (``ApiJsonErrorsMiddleware``) and htmx's are shown by the page that asked."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if (
            response.status_code == 405
            and request.method in ("GET", "HEAD")
            and not is_api(request)
            and not request.headers.get("HX-Request")
            and not getattr(response, "streaming", False)
            and not response.content
        ):
            page = render(request, "405.html", status=405)
            for header, value in response.items():
                if header.lower() not in ("content-type", "content-length"):
                    page[header] = value
            return page
        return response


class RefuseNulInQueryMiddleware:
    """Answer 400 to an address whose query string holds a NUL character (``%00``).

    No filter, slug or search term holds one, and PostgreSQL refuses to compare text with one, so a filter
    such as ``/reports/?story=%00`` would otherwise end in a server error there (and pass on SQLite). Form
    fields are checked by their forms, which refuse NUL characters too.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if query_holds_nul(request):
            return render(request, "400.html", status=400)
        return self.get_response(request)


def query_holds_nul(request) -> bool:
    """Whether a name or value of the query string holds a NUL character once decoded. Only ``%00`` or a NUL
    itself decodes to one, so a query string holding neither (every request, nearly) is not parsed here."""
    query = request.META.get("QUERY_STRING", "")
    if "%00" not in query and "\x00" not in query:
        return False
    return any("\x00" in key or any("\x00" in value for value in values) for key, values in request.GET.lists())


class MessageMiddleware(DjangoMessageMiddleware):
    """Django's, with the message store made when a message is first added or read rather than on every
    request: most requests (every API call) do neither, and then skip making the store (the signer of its
    cookie among it) and saving it, which would change nothing."""

    def process_request(self, request):
        request._messages = SimpleLazyObject(partial(default_storage, request))

    def process_response(self, request, response):
        if messages_untouched(request):
            return response
        return super().process_response(request, response)


def messages_untouched(request) -> bool:
    """True when the request's lazy message store was never made: no message was added or read."""
    store = getattr(request, "_messages", None)
    return isinstance(store, SimpleLazyObject) and store._wrapped is empty


class ContentSecurityPolicyMiddleware:
    """No inline script or style anywhere: behaviour lives in static/js, looks in static/css.

    The admin too: Django's admin keeps its scripts in files and runs under this policy unchanged.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        return response


class IdleSessionMiddleware:
    """End a login after ``SESSION_IDLE_TIMEOUT`` seconds without a request or ``SESSION_COOKIE_AGE`` seconds
    in all, and say why on the login page.

    The idle timeout slides: every request counts as activity. The last-seen time is written to the session
    at most once a minute (once every tenth of the timeout when that is shorter), so an active reviewer does
    not cost a session write per request, and someone active at least every nine tenths of the timeout is
    never logged out. Writing the session renews its cookie, so the overall limit is checked here against the
    time of login. The login-required middleware then sends the user to the login form, or
    answers 401 on the API.
    """

    REFRESH_SECONDS = 60
    LAST_SEEN = "newsdesk_last_seen"
    STARTED = "newsdesk_login_at"

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            self.check(request)
        return self.get_response(request)

    def check(self, request):
        session, now = request.session, int(time.time())
        idle_limit = getattr(settings, "SESSION_IDLE_TIMEOUT", 0)
        started = session.setdefault(self.STARTED, now)
        last_seen = session.get(self.LAST_SEEN, now)
        if now - started > settings.SESSION_COOKIE_AGE:
            self.expire(request, f"Your login expired after {duration(settings.SESSION_COOKIE_AGE)}.")
        elif idle_limit and now - last_seen > idle_limit:
            self.expire(request, f"You were logged out after {duration(idle_limit)} without activity.")
        elif now - last_seen >= self.refresh_seconds(idle_limit) or self.LAST_SEEN not in session:
            session[self.LAST_SEEN] = now

    @classmethod
    def refresh_seconds(cls, idle_limit: int) -> int:
        """How stale the stored last-seen time may grow: a tenth of the timeout at most, so that it slides."""
        return min(cls.REFRESH_SECONDS, idle_limit // 10) if idle_limit else cls.REFRESH_SECONDS

    @staticmethod
    def expire(request, reason):
        logout(request)
        messages.info(request, f"{reason} Please log in again.")


def duration(seconds: int) -> str:
    """Exactly, in words: 45 -> "45 seconds", 90 -> "1 minute 30 seconds", 7200 -> "2 hours"."""
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    parts = [(hours, "hour"), (minutes, "minute"), (seconds, "second")]
    words = [f"{n} {unit}{'s' if n != 1 else ''}" for n, unit in parts if n]
    return " ".join(words) or "0 seconds"
