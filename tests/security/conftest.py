"""The URL walk shared by the security tests: every named pattern of the app (from the permission walk) and
every page of the admin, each filled in with a real object."""

import pytest
from django.contrib.admin.sites import site as admin_site
from django.urls import reverse

from annotations.api.exports import FORMATS
from annotations.reports.tables import TABLES
from tests.test_permission_walk import concrete_urls, world  # noqa: F401 - the walk's fixture, reused here


def admin_urls(pk_of) -> list[str]:
    """Every admin page: the index, each app's index, and for each registered model its list, add, change,
    delete and history pages. ``pk_of(model)`` gives the id to use in a change page (any id will do where
    the request is refused before the view runs)."""
    urls = [reverse("admin:index")]
    for app_label in sorted({model._meta.app_label for model in admin_site._registry}):
        urls.append(reverse("admin:app_list", args=[app_label]))
    for model in admin_site._registry:
        prefix = f"admin:{model._meta.app_label}_{model._meta.model_name}"
        pk = pk_of(model)
        urls += [reverse(f"{prefix}_changelist"), reverse(f"{prefix}_add"), reverse(f"{prefix}_change", args=[pk]),
                 reverse(f"{prefix}_delete", args=[pk]), reverse(f"{prefix}_history", args=[pk])]
    return urls


def first_pk(model) -> int:
    return model._default_manager.order_by("pk").values_list("pk", flat=True).first() or 1


def expanded(urls):
    """The walk fills slugs with the story's; the export formats and report tables need their own names."""
    for name, view, url in urls:
        if name == "annotations:api-export":
            yield from ((name, view, reverse(name, args=[fmt])) for fmt in FORMATS)
        elif name == "annotations:report-csv":
            yield from ((name, view, reverse(name, args=[table])) for table in TABLES)
        else:
            yield name, view, url


@pytest.fixture
def every_url(world):  # noqa: F811 - the fixture imported above
    """(name, view, url) for every app pattern, then ("admin", None, url) for every admin page."""
    return list(expanded(concrete_urls(world))) + [("admin", None, url) for url in admin_urls(first_pk)]
