"""Cross-cutting request policy: login on every page, and a strict Content-Security-Policy.

Every page but the login page needs a signed-in user. Pages redirect to the login form; the JSON API
answers 401 with a JSON body instead, because a script cannot follow a redirect to an HTML form.
"""

from django.contrib.auth.middleware import LoginRequiredMiddleware as DjangoLoginRequiredMiddleware
from django.http import JsonResponse

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
        if request.path.startswith("/api/"):
            return JsonResponse({"errors": {"auth": ["Authentication required."]}}, status=401)
        return super().handle_no_permission(request, view_func)


class ContentSecurityPolicyMiddleware:
    """No inline script or style anywhere: behaviour lives in static/js, looks in static/css."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if not request.path.startswith("/admin/"):
            response.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        return response
