"""Where to send the browser next: back to the page a form was posted from, or from an old address.

An old address is only for paths that once answered and may still sit in bookmarks or scripts. The target
checks its own permissions, so the redirect itself asks only for a login (which the middleware requires of
every path).
"""

from django.utils.http import url_has_allowed_host_and_scheme
from django.views.generic import RedirectView

from newsdesk.roles import requires


def moved_to(pattern_name: str):
    """A view answering 301 with the address of ``pattern_name``, given the same URL arguments."""
    return requires()(RedirectView.as_view(pattern_name=pattern_name, permanent=True, query_string=True))


def next_url(request, default: str) -> str:
    """The form's ``next`` field (the page it was posted from) when it is an address on this site, else
    ``default``: a posted address is never followed off the site."""
    target = request.POST.get("next", "")
    if target and url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        return target
    return default
