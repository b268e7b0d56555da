"""The team page (``/team/``) and the password form every person fills in after a one-time password.

Each action is a plain form post answered with a redirect to the team page (and a message), except adding a
person and resetting a password: their answer is the page that shows the one-time password, once, and is
never cached.
"""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth import views as auth_views
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse_lazy
from django.utils.cache import add_never_cache_headers
from django.views.decorators.http import require_POST

from newsdesk.models import AuditEvent
from newsdesk.roles import requires

from . import passwords, team
from .forms import AddPersonForm, FirstPasswordChangeForm, RoleForm
from .history import describe_account_events

RECENT_CHANGES = 20
MANAGE = "people.manage_people"


def _people():
    return (
        get_user_model().objects.order_by("-is_active", "username")
        .prefetch_related("groups").select_related("one_time_password")
    )


def _row(person, actor, managers: set[int]) -> dict:
    role = team.role_of(person)
    pending = getattr(person, "one_time_password", None)
    if not person.is_active:
        state, state_key = "Deactivated", "inactive"
    elif pending is not None and pending.outstanding:
        state, state_key = "Must change password", "pending"
    else:
        state, state_key = "Active", "active"
    return {
        "person": person, "role": role,
        "role_label": "Administrator" if role == team.ADMINISTRATOR else team.ROLE_LABELS.get(role, "No role"),
        "state": state, "state_key": state_key,
        "manages": person.is_superuser or person.pk in managers,
        "refusal": team.refusal(actor, person),
        "role_form": RoleForm(initial={"role": role}, auto_id=f"id_role_{person.pk}_%s"),
    }


@requires(MANAGE, message=team.NOT_ALLOWED)
def team_page(request, add_form=None, status=200):
    """Everyone with an account: role, last login and state, and what may be done to each."""
    managers = set(get_user_model().objects.filter(user_permissions=team.manage_permission())
                   .values_list("pk", flat=True))
    rows = [_row(person, request.user, managers) for person in _people()]
    events = AuditEvent.objects.filter(object_type="auth.user").select_related("actor")[:RECENT_CHANGES]
    return render(request, "people/team.html", {
        "rows": rows, "add_form": add_form or AddPersonForm(),
        "changes": describe_account_events(events),
        "can_grant": request.user.is_superuser,
    }, status=status)


def _issued(request, person, password, *, new: bool):
    response = render(request, "people/password_issued.html", {"person": person, "password": password, "new": new},
                      status=201 if new else 200)
    add_never_cache_headers(response)  # shown once: not kept by the browser or any cache on the way
    return response


@requires(MANAGE, message=team.NOT_ALLOWED)
@require_POST
def person_add(request):
    """Create an account and show its one-time password."""
    form = AddPersonForm(request.POST)
    if not form.is_valid():
        return team_page(request, add_form=form, status=422)
    try:
        person, password = team.add_person(form.cleaned_data["username"], form.cleaned_data["role"],
                                           form.cleaned_data["email"], by=request.user)
    except team.TeamError as error:
        form.add_error(None, str(error))
        return team_page(request, add_form=form, status=422)
    return _issued(request, person, password, new=True)


def _person(pk):
    return get_object_or_404(get_user_model(), pk=pk)


def _refused(request, error):
    messages.error(request, f"Nothing changed: {error}")
    return redirect("people:team")


@requires(MANAGE, message=team.NOT_ALLOWED)
@require_POST
def password_reset(request, pk):
    """Give the person a new one-time password (ending their sessions) and show it."""
    person = _person(pk)
    try:
        password = team.reset_password(person, by=request.user)
    except team.TeamError as error:
        return _refused(request, error)
    return _issued(request, person, password, new=False)


@requires(MANAGE, message=team.NOT_ALLOWED)
@require_POST
def role_change(request, pk):
    person = _person(pk)
    form = RoleForm(request.POST)
    if not form.is_valid():
        return _refused(request, "choose reviewer or editor.")
    role = form.cleaned_data["role"]
    try:
        changed = team.change_role(person, role, by=request.user)
    except team.TeamError as error:
        return _refused(request, error)
    label = team.ROLE_LABELS[role].lower()
    if changed:
        messages.success(request, f"{person.get_username()} is now {'an' if label[0] in 'aeiou' else 'a'} {label}.")
    else:
        messages.info(request, f"{person.get_username()} was already {'an' if label[0] in 'aeiou' else 'a'} {label}.")
    return redirect("people:team")


def _set_active(request, pk, active: bool):
    person = _person(pk)
    try:
        changed = team.set_active(person, active, by=request.user)
    except team.TeamError as error:
        return _refused(request, error)
    name = person.get_username()
    if not changed:
        messages.info(request, f"{name} was already {'active' if active else 'deactivated'}.")
    elif active:
        messages.success(request, f"{name} is active again and can log in.")
    else:
        messages.success(request, f"{name} is deactivated: they cannot log in. Their highlights and history stay.")
    return redirect("people:team")


@requires(MANAGE, message=team.NOT_ALLOWED)
@require_POST
def deactivate(request, pk):
    return _set_active(request, pk, False)


@requires(MANAGE, message=team.NOT_ALLOWED)
@require_POST
def reactivate(request, pk):
    return _set_active(request, pk, True)


@requires(MANAGE, message=team.NOT_ALLOWED)
@require_POST
def managing(request, pk):
    """An administrator lets an editor manage people (``allowed=1``), or stops them (``allowed=0``)."""
    person = _person(pk)
    allowed = request.POST.get("allowed") == "1"
    try:
        changed = team.allow_managing(person, allowed, by=request.user)
    except team.TeamError as error:
        return _refused(request, error)
    if changed:
        messages.success(request, f"{person.get_username()} {'may now' if allowed else 'may no longer'} manage people.")
    return redirect("people:team")


class PasswordChangeView(auth_views.PasswordChangeView):
    """Django's password change, which also spends a one-time password."""

    form_class = FirstPasswordChangeForm
    success_url = reverse_lazy("password_change_done")

    def one_time(self) -> bool:
        return bool(self.request.session.get(passwords.MUST_CHANGE))

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "one_time": self.one_time()}

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "one_time": self.one_time()}

    def form_valid(self, form):
        response = super().form_valid(form)
        passwords.changed(self.request, form.user)
        return response
