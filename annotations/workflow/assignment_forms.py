from django import forms

from annotations.workflow.assignments import assignable_reviewers
from newsdesk.input_checks import IdMultipleChoiceField


class AssignForm(forms.Form):
    reviewers = IdMultipleChoiceField(
        queryset=None, widget=forms.CheckboxSelectMultiple,
        error_messages={"required": "Choose at least one reviewer."},
    )
    articles = IdMultipleChoiceField(
        queryset=None, required=False, widget=forms.CheckboxSelectMultiple,
        help_text="Leave every article unticked to assign the whole story.",
    )

    def __init__(self, *args, story, **kwargs):
        super().__init__(*args, **kwargs)
        self.story = story
        self.fields["reviewers"].queryset = assignable_reviewers()
        self.fields["articles"].queryset = story.articles.select_related("outlet").order_by("pk")
        # Each name set apart as a bidirectional isolate (U+2068 … U+2069): an Arabic title keeps its order, and an
        # override a name never closes ends with it, not turning the rest of the label around.
        self.fields["articles"].label_from_instance = lambda a: f"\u2068{a.outlet.name}\u2069: \u2068{a.title}\u2069"

    def clean(self):
        cleaned = super().clean()
        if not self.errors and not self.story.articles.exists():
            raise forms.ValidationError("This story has no articles to assign yet.")
        return cleaned

    @property
    def whole_story(self) -> bool:
        return not self.cleaned_data.get("articles")

    def chosen_articles(self):
        return list(self.cleaned_data["articles"]) or list(self.story.articles.order_by("pk"))
