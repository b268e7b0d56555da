"""Login throttling: django-axes watches every login attempt made through a web request.

Axes' own backend refuses to work without a request. Logins that come from code rather than from a form
(``authenticate()`` in a management command, the test client's ``login()``) have none and nothing to
throttle, so ``LoginThrottleBackend`` lets them through to the next backend instead of raising.
``lockout_response`` is the page a throttled login gets: 429, saying how long to wait and what to do.
``client_address`` is the address a failure is counted against, seen through ``TRUSTED_PROXY_COUNT`` proxies.
"""

from axes.backends import AxesStandaloneBackend
from axes.helpers import get_client_username, get_cool_off, get_failure_limit
from django.conf import settings
from django.shortcuts import render

from newsdesk.middleware import duration


class LoginThrottleBackend(AxesStandaloneBackend):
    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)


def lockout_response(request, original_response=None, credentials=None):
    cool_off = get_cool_off(request)
    context = {
        "failure_limit": get_failure_limit(request, credentials),
        "username": get_client_username(request, credentials) or "",
        "wait": duration(int(cool_off.total_seconds())) if cool_off else "",
    }
    return render(request, "registration/locked_out.html", context, status=429)


def client_address(request) -> str | None:
    """The client's address: behind N trusted proxies, the N-th entry from the right of X-Forwarded-For.

    Each proxy appends the address it was reached from, so entries further left were written by the client and
    may be forged; the N-th from the right was written by the outermost proxy we trust. Without trusted proxies,
    or when the header is shorter than that, the connection's own address counts.
    """
    count = getattr(settings, "TRUSTED_PROXY_COUNT", 0)
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
    if count and len(forwarded) >= count:
        return forwarded[-count]
    return request.META.get("REMOTE_ADDR")
