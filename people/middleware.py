"""Until a person has replaced their one-time password, every page sends them to the password form."""

from django.http import JsonResponse
from django.shortcuts import redirect
from django.urls import reverse
from django_htmx.http import HttpResponseClientRedirect

from .passwords import MUST_CHANGE

# Besides the password form itself: logging out, and the files every page needs.
ALLOWED_NAMES = ("password_change", "logout")


class PasswordChangeRequiredMiddleware:
    """Pages redirect to the password form; the JSON API answers 403 saying why; htmx requests move the
    whole window. The flag lives in the session (set at login), so this costs no query per request."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.session.get(MUST_CHANGE) and request.user.is_authenticated:
            allowed = {reverse(name) for name in ALLOWED_NAMES}
            if request.path not in allowed:
                return self.refuse(request)
        return self.get_response(request)

    @staticmethod
    def refuse(request):
        form = reverse("password_change")
        message = "Choose your own password first: you logged in with a one-time password."
        if request.path.startswith("/api/"):
            return JsonResponse({"errors": {"password": [f"{message} ({form})"]}}, status=403)
        if request.headers.get("HX-Request"):
            return HttpResponseClientRedirect(form)
        return redirect(form)
