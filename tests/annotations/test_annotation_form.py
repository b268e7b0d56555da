"""The highlight form: each form's errors and cleaned data are its own, though its fields are shared."""

import pytest

from annotations.forms import AnnotationForm

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
