"""The highlight form: each form's errors and cleaned data are its own, though its fields are shared."""

import pytest
from django import forms

from annotations.forms import AnnotationForm, HighlightBodyForm
from newsdesk.models import Article

pytestmark = pytest.mark.django_db

TEXT = "Officials said the launch was reckless."


def test_forms_validated_one_after_another_keep_their_own_errors_and_data(make_article, reviewer):
    article = make_article(TEXT)
    start = TEXT.index("reckless")
    good = AnnotationForm({"article": article.pk, "tag": "rhetoric", "start": start, "end": start + 8},
                          reviewer=reviewer)
    bad = AnnotationForm({"article": article.pk, "tag": "shouting", "start": "x", "end": 4, "note": "n" * 5000},
                         reviewer=reviewer)

    assert not bad.is_valid()
    assert good.is_valid()

    assert set(bad.errors) == {"tag", "start", "note"}
    assert good.errors == {}
    assert (good.cleaned_data["tag"], good.cleaned_data["start"], good.cleaned_data["article"]) == (
        "rhetoric", start, article)
    assert good.fields is not bad.fields
    assert AnnotationForm({}).errors.keys() == {"article", "tag", "start", "end"}


class DjangosCleaning(AnnotationForm):
    """The same form, its fields cleaned by Django's own ``_clean_fields`` (through a bound field each)."""

    _clean_fields = forms.Form._clean_fields


@pytest.mark.parametrize("data", [
    {"tag": "rhetoric", "start": 18, "end": 26},
    {"tag": "rhetoric", "start": "18", "end": "26", "quote": "reckless", "note": "  spaced  ", "source": "x"},
    {"tag": "shouting", "start": "x", "end": None, "note": "n" * 5000, "source": "s" * 300},
    {"tag": "", "start": 1.5, "end": [3], "quote": ""},
    {"article": "nope", "tag": "rhetoric", "start": 30, "end": 10},
    {"article": None},
    {},
])
def test_the_form_cleans_its_fields_as_djangos_own_cleaning_does(make_article, reviewer, data):
    article = make_article(TEXT)
    data = {"article": article.pk, **data}
    ours, djangos = AnnotationForm(data, reviewer=reviewer), DjangosCleaning(data, reviewer=reviewer)

    assert ours.is_valid() == djangos.is_valid()
    assert ours.errors.as_data().keys() == djangos.errors.as_data().keys()
    assert {field: [str(e) for e in errors] for field, errors in ours.errors.items()} == {
        field: [str(e) for e in errors] for field, errors in djangos.errors.items()}
    assert ours.cleaned_data == djangos.cleaned_data


def test_the_api_body_form_has_the_toolbar_forms_rules_and_reads_only_the_articles_text(make_article, reviewer):
    article = make_article(TEXT)
    assert list(HighlightBodyForm.base_fields) == list(AnnotationForm.base_fields)
    for name, field in AnnotationForm.base_fields.items():
        if name != "article":
            assert HighlightBodyForm.base_fields[name] is field, name
    start = TEXT.index("reckless")
    data = {"article": article.pk, "tag": "rhetoric", "start": start, "end": start + 8, "quote": "reckless"}
    form = HighlightBodyForm(data, reviewer=reviewer)

    assert form.is_valid()
    assert form.cleaned_data["article"].get_deferred_fields() == {
        field.attname for field in Article._meta.concrete_fields if field.name not in ("id", "text")}
    assert HighlightBodyForm({**data, "article": 10**9}).errors == AnnotationForm({**data, "article": 10**9}).errors
