"""Login throttling: django-axes watches every login attempt made through a web request.

Axes' own backend refuses to work without a request. Logins that come from code rather than from a form
(``authenticate()`` in a management command, the test client's ``login()``) have none and nothing to
throttle, so ``LoginThrottleBackend`` lets them through to the next backend instead of raising.
``lockout_response`` is the page a throttled login gets: 429, saying how long to wait and what to do.
"""

from axes.backends import AxesStandaloneBackend
from axes.helpers import get_client_username, get_cool_off, get_failure_limit
from django.shortcuts import render

from .middleware import duration


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
