"""The reports' filters, read from the query string so that a filtered view can be shared as a link.

Outlet-blind review holds in the filters too. A reviewer of an outlet-blind story chooses its outlets by
letter ("Outlet A", ``?outlet=outlet-a``), and a real outlet's name there is as unknown as any other value;
without a story, the outlets offered are those with articles outside the stories blind to the reviewer, and
filtering by one leaves those stories out. Articles of a blind story are listed under their letter.
"""

from django import forms
from django.contrib.auth import get_user_model
from django.utils.text import slugify

from annotations.reports.aggregates import ALL_REVIEWERS, LAYERS, Filters
from annotations.tags import TAG_CHOICES
from newsdesk.blinding import hidden_story_ids, outlet_labels
from newsdesk.input_checks import DAY_FORMAT_HELP, DayField, IdChoiceField, OutletChoiceField
from newsdesk.models import Article, Outlet, Story
from newsdesk.outlet_order import outlet_key

# The message of an outlet nobody may choose here, whether it exists or not: it names no value, so a real
# outlet's name and a made-up one get the same answer.
UNKNOWN_OUTLET = forms.ModelChoiceField.default_error_messages["invalid_choice"]


class LetteredOutletField(forms.ChoiceField):
    """An outlet of an outlet-blind story, chosen by its letter: the only names its reviewers see."""

    def __init__(self, story, **kwargs):
        labels = outlet_labels(story)
        self.outlet_ids = {slugify(label): outlet_id for outlet_id, label in labels.items()}
        choices = [("", "All outlets"), *((slugify(label), label) for label in labels.values())]
        super().__init__(choices=choices, required=False, error_messages={"invalid_choice": UNKNOWN_OUTLET},
                         **kwargs)

    def clean(self, value):
        value = super().clean(value)
        return Outlet.objects.get(pk=self.outlet_ids[value]) if value else None


class ArticleByOutletIterator(forms.models.ModelChoiceIterator):
    """Articles listed as "Outlet: title" under their outlets in a reader's order (``outlet_order.outlet_key``), each
    outlet's in the query's order."""

    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        for article in sorted(self.queryset, key=lambda article: outlet_key(article.outlet.name)):
            yield self.choice(article)


class ReportFilterForm(forms.Form):
    layer = forms.ChoiceField(
        choices=LAYERS, required=False, label="Highlights",
        help_text="Every reviewer's own highlights, or the consensus editors settled on.",
    )
    story = forms.ModelChoiceField(
        Story.objects.all(), to_field_name="slug", required=False, empty_label="All stories",
        error_messages={"invalid_choice": "No story has the address or number “%(value)s”; choose one from the list."},
    )
    outlet = OutletChoiceField(Outlet.objects.all(), to_field_name="slug", required=False,
                                    empty_label="All outlets")
    article = IdChoiceField(Article.objects.none(), required=False, empty_label="All articles")
    reviewer = forms.ModelChoiceField(get_user_model().objects.none(), to_field_name="username", required=False,
                                      empty_label="All reviewers")
    tag = forms.ChoiceField(choices=[("", "All tags"), *TAG_CHOICES], required=False)
    since = DayField(required=False, label="From", help_text="")  # the filters say the format once (dates_help)
    until = DayField(required=False, label="To", help_text="")
    dates_help = DAY_FORMAT_HELP  # said once under the filters, for both days

    def __init__(self, data=None, user=None, **kwargs):
        data = data.copy() if data is not None else None
        super().__init__(data, **kwargs)
        from annotations.reports.aggregates import reviewer_choices

        self.fields["reviewer"].queryset = reviewer_choices(user)
        for name in ("since", "until"):
            self.fields[name].widget.attrs["aria-describedby"] = "report-dates-help"
        articles = Article.objects.select_related("outlet").order_by("outlet__name", "pk").only(
            "pk", "title", "outlet_id", "outlet__name", "story_id"
        )
        slug = (data or {}).get("story")
        if slug and slug.isascii() and slug.isdigit() and not Story.objects.filter(slug=slug).exists():
            # A story's number (its id, as in an address someone wrote by hand) stands for its address.
            slug = Story.objects.filter(pk=int(slug)).values_list("slug", flat=True).first() or slug
            data["story"] = slug
        if slug:
            articles = articles.filter(story__slug=slug)
        self.fields["article"].iterator = ArticleByOutletIterator  # before the queryset, which hands it to the widget
        self.fields["article"].queryset = articles
        self.fields["article"].label_from_instance = lambda a: f"{a.outlet.name}: {a.title}"
        self.hidden_stories = hidden_story_ids(user)
        if self.hidden_stories:
            self._blind_outlet_choices(slug)

    def _blind_outlet_choices(self, slug):
        """The outlet and article choices as a reviewer of outlet-blind stories may see them."""
        blind = {story.pk: story for story in Story.objects.filter(pk__in=self.hidden_stories)}
        chosen = next((story for story in blind.values() if story.slug == slug), None) if slug else None
        if chosen is not None:
            self.fields["outlet"] = LetteredOutletField(chosen, label=self.fields["outlet"].label)
        else:
            self.fields["outlet"].queryset = Outlet.objects.filter(
                pk__in=Article.objects.exclude(story_id__in=self.hidden_stories).values("outlet_id")
            )
            self.fields["outlet"].error_messages["invalid_choice"] = UNKNOWN_OUTLET
        # In import order, as the story page lists them: ordered by real name, the letters would give it away.
        self.fields["article"].iterator = forms.models.ModelChoiceIterator
        self.fields["article"].queryset = self.fields["article"].queryset.order_by("story_id", "outlet_id", "pk")
        letters: dict[int, dict[int, str]] = {}

        def label(article):
            if article.story_id not in blind:
                return f"{article.outlet.name}: {article.title}"
            if article.story_id not in letters:
                letters[article.story_id] = outlet_labels(blind[article.story_id])
            return f"{letters[article.story_id].get(article.outlet_id, 'Outlet')}: {article.title}"

        self.fields["article"].label_from_instance = label

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
            # A story chosen here is filtered by its own letters; only the others stay out of a real outlet's reach.
            blind_stories=self.hidden_stories - {data["story"].pk} if data.get("story") else self.hidden_stories,
        )

    def query_errors(self) -> dict:
        return {name: [str(e) for e in errors] for name, errors in self.errors.items()}
