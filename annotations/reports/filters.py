"""The reports' filters, read from the query string so that a filtered view can be shared as a link."""

from django import forms
from django.contrib.auth import get_user_model

from annotations.reports.aggregates import ALL_REVIEWERS, LAYERS, Filters
from annotations.tags import TAG_CHOICES
from newsdesk.models import Article, Outlet, Story


class ReportFilterForm(forms.Form):
    layer = forms.ChoiceField(
        choices=LAYERS, required=False, label="Highlights",
        help_text="Every reviewer's own highlights, or the consensus editors settled on.",
    )
    story = forms.ModelChoiceField(Story.objects.all(), to_field_name="slug", required=False, empty_label="All stories")
    outlet = forms.ModelChoiceField(Outlet.objects.all(), to_field_name="slug", required=False,
                                    empty_label="All outlets")
    article = forms.ModelChoiceField(Article.objects.none(), required=False, empty_label="All articles")
    reviewer = forms.ModelChoiceField(get_user_model().objects.none(), to_field_name="username", required=False,
                                      empty_label="All reviewers")
    tag = forms.ChoiceField(choices=[("", "All tags"), *TAG_CHOICES], required=False)
    since = forms.DateField(required=False, label="From", widget=forms.DateInput(attrs={"type": "date"}))
    until = forms.DateField(required=False, label="To", widget=forms.DateInput(attrs={"type": "date"}))

    def __init__(self, data=None, user=None, **kwargs):
        data = data.copy() if data is not None else None
        super().__init__(data, **kwargs)
        from annotations.reports.aggregates import reviewer_choices

        self.fields["reviewer"].queryset = reviewer_choices(user)
        articles = Article.objects.select_related("outlet").order_by("outlet__name", "pk").only(
            "pk", "title", "outlet__name", "story_id"
        )
        slug = (data or {}).get("story")
        if slug:
            articles = articles.filter(story__slug=slug)
        self.fields["article"].queryset = articles
        self.fields["article"].label_from_instance = lambda a: f"{a.outlet.name}: {a.title}"

    def clean(self):
        cleaned = super().clean()
        since, until = cleaned.get("since"), cleaned.get("until")
        if since and until and since > until:
            self.add_error("until", "The end date is before the start date.")
        return cleaned

    def filters(self) -> Filters:
        data = self.cleaned_data
        return Filters(
            story=data.get("story"), outlet=data.get("outlet"), article=data.get("article"),
            reviewer=data.get("reviewer"), tag=data.get("tag") or "", since=data.get("since"),
            until=data.get("until"), layer=data.get("layer") or ALL_REVIEWERS,
        )

    def query_errors(self) -> dict:
        return {name: [str(e) for e in errors] for name, errors in self.errors.items()}
