"""Old addresses that moved: a permanent redirect to the named route, query string kept.

Only for paths that once answered and may still sit in bookmarks or scripts. The target checks its own
permissions, so the redirect itself asks only for a login (which the middleware requires of every path).
"""

from django.views.generic import RedirectView

from newsdesk.roles import requires


def moved_to(pattern_name: str):
    """A view answering 301 with the address of ``pattern_name``, given the same URL arguments."""
    return requires()(RedirectView.as_view(pattern_name=pattern_name, permanent=True, query_string=True))
