from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import PasswordChangeForm

from .team import ROLE_LABELS, TeamError, stored_username

ROLE_CHOICES = list(ROLE_LABELS.items())


class AddPersonForm(forms.Form):
    username = forms.CharField(
        max_length=150, help_text="What they type to log in: letters, digits and @ . + - _ only.",
        validators=[get_user_model().username_validator],
        widget=forms.TextInput(attrs={"autocomplete": "off", "autocapitalize": "none", "spellcheck": "false"}),
    )
    role = forms.ChoiceField(choices=ROLE_CHOICES, initial="reviewer",
                             help_text="Reviewers annotate; editors also manage stories, assignments and adjudication.")
    email = forms.EmailField(label="E-mail (optional)", required=False,
                             max_length=get_user_model()._meta.get_field("email").max_length,
                             help_text="Kept for your records; Newsdesk sends no mail.")

    def clean_username(self):
        # As the account will store it (``team.stored_username``); the folded name is checked again.
        try:
            username = stored_username(self.cleaned_data["username"])
        except TeamError as error:
            raise forms.ValidationError(str(error)) from None
        get_user_model().username_validator(username)
        if get_user_model().objects.filter(username__iexact=username).exists():
            raise forms.ValidationError(f"There is already an account called {username}.")
        return username


class RoleForm(forms.Form):
    role = forms.ChoiceField(choices=ROLE_CHOICES)


class FirstPasswordChangeForm(PasswordChangeForm):
    """Django's form, worded for the first login with a one-time password."""

    def __init__(self, *args, one_time: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        if one_time:
            self.fields["old_password"].label = "One-time password"
            self.fields["old_password"].help_text = "The password you were given to log in the first time."
