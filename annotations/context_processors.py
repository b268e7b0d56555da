"""What every page's menu needs from the annotations app, computed only if the menu is drawn."""

from django.utils.functional import SimpleLazyObject


def orphans(request):
    """How many of the user's highlights wait to be placed again after a correction."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}

    def count():
        from annotations.models import Annotation

        return Annotation.objects.orphans().filter(reviewer=user).count()

    return {"my_orphan_count": SimpleLazyObject(count)}
