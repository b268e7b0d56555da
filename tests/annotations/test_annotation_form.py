"""The highlight form: each form's errors and cleaned data are its own, though its fields are shared."""

import pytest
from django import forms
from django.db import connection

from annotations.forms import WHITE_SPACE, AnnotationForm, HighlightBodyForm, SpanRefused
from newsdesk.models import Article, AuditEvent

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


def test_the_api_body_form_shares_the_toolbar_forms_fields_but_the_article(make_article, reviewer):
    assert list(HighlightBodyForm.base_fields) == list(AnnotationForm.base_fields)
    for name, field in AnnotationForm.base_fields.items():
        if name != "article":
            assert HighlightBodyForm.base_fields[name] is field, name


# Astral characters (one code point, two UTF-16 units), CJK and a combining accent around the spans, so that a
# window cut by the database counts as Python does; the text is long, so that the window is a small part of it.
LONG = "Intro 😀 text. " * 40 + "官员说，发射是鲁莽的。 The launch was reckless 😀😀, é said. " + "Tail 北京 end. " * 40
RECKLESS = LONG.index("reckless")
CJK = LONG.index("鲁莽")


@pytest.mark.parametrize("data", [
    {"start": RECKLESS, "end": RECKLESS + 8, "quote": "reckless"},
    {"start": CJK, "end": CJK + 2, "quote": "鲁莽"},
    {"start": 0, "end": 5},
    {"start": len(LONG) - 4, "end": len(LONG)},
    {"start": LONG.index("😀😀"), "end": LONG.index("😀😀") + 2},
    {"start": RECKLESS, "end": RECKLESS + 8, "quote": "reckles"},
    {"start": RECKLESS, "end": RECKLESS + 8, "quote": "😀"},
    {"start": LONG.index(" The"), "end": LONG.index(" The") + 1},
    {"start": -1, "end": 5},
    {"start": 5, "end": 5},
    {"start": 9, "end": 3},
    {"start": len(LONG), "end": len(LONG) + 1},
    {"start": 2**40, "end": 2**41},
    {"start": 10**30, "end": 10**31},
    {"start": 3, "end": 10**30},
    {"start": "x", "end": 4},
    {"end": 4},
    {"article": 10**9},
    {"article": "²"},
    {"article": 2**64},
])
def test_the_api_body_form_judges_and_anchors_every_span_as_the_toolbar_form_does(make_article, reviewer, data):
    article = make_article(LONG)
    data = {"article": article.pk, "tag": "rhetoric", **data}
    ours, toolbars = HighlightBodyForm(data, reviewer=reviewer), AnnotationForm(data, reviewer=reviewer)

    assert ours.is_valid() == toolbars.is_valid()
    assert ours.errors == toolbars.errors
    if ours.is_valid():
        expected = toolbars.window.anchor(toolbars.cleaned_data["start"], toolbars.cleaned_data["end"])
        saved = ours.save()
        assert (saved.start, saved.end, saved.quote, saved.prefix, saved.suffix) == (
            expected.start, expected.end, expected.quote, expected.prefix, expected.suffix)
        assert saved.article_id == article.pk
        assert len(expected.prefix) == len(expected.suffix) == 32 or 0 in (saved.start, len(LONG) - saved.end)


def test_the_api_body_form_reads_only_the_span_and_its_context_not_the_whole_text(make_article, reviewer):
    article = make_article(LONG)
    form = HighlightBodyForm({"article": article.pk, "tag": "rhetoric", "start": RECKLESS, "end": RECKLESS + 8},
                             reviewer=reviewer)

    assert form.is_valid()
    assert form.window.length is None  # the text runs on past the window: it is not counted
    assert form.window.text == LONG[RECKLESS - 32 : RECKLESS + 8 + 32]
    assert form.cleaned_data["article"] == article.pk


@pytest.mark.parametrize("back", [0, 1, 5, 32, 39, 40])
def test_a_span_whose_context_reaches_the_end_of_the_text_counts_the_text(make_article, reviewer, back):
    article = make_article(LONG)
    end = len(LONG) - back
    form = HighlightBodyForm({"article": article.pk, "tag": "rhetoric", "start": end - 4, "end": end},
                             reviewer=reviewer)

    assert form.is_valid(), form.errors
    assert form.window.length == (len(LONG) if back < 32 else None)
    saved = form.save()
    assert (saved.quote, saved.prefix, saved.suffix) == (
        LONG[end - 4 : end], LONG[end - 36 : end - 4], LONG[end : end + 32])


def test_a_text_holding_a_nul_character_is_still_cut_by_code_points(make_article, reviewer):
    """SQLite's length and substr stop at a NUL character; PostgreSQL cannot store one, so this is SQLite's."""
    article = make_article(LONG)
    if connection.vendor != "sqlite":
        pytest.skip("only SQLite can store a NUL character in a text")
    text = "\x00" + LONG
    Article.objects.filter(pk=article.pk).update(text=text)
    form = HighlightBodyForm({"article": article.pk, "tag": "rhetoric", "start": RECKLESS + 1,
                              "end": RECKLESS + 9, "quote": "reckless"}, reviewer=reviewer)

    assert form.is_valid(), form.errors
    assert form.window.length == len(text)
    assert form.save().prefix == text[RECKLESS + 1 - 32 : RECKLESS + 1]


@pytest.mark.parametrize("nul_at", [RECKLESS - 40, RECKLESS - 20, RECKLESS + 3, RECKLESS + 20, RECKLESS + 60])
def test_a_nul_character_before_in_or_after_the_window_leaves_the_span_cut_by_code_points(
        make_article, reviewer, nul_at):
    article = make_article(LONG)
    if connection.vendor != "sqlite":
        pytest.skip("only SQLite can store a NUL character in a text")
    text = LONG[:nul_at] + "\x00" + LONG[nul_at:]
    start = RECKLESS + (nul_at <= RECKLESS)  # "reckless", or (NUL inside) its first eight code points
    Article.objects.filter(pk=article.pk).update(text=text)
    data = {"article": article.pk, "tag": "rhetoric", "start": start, "end": start + 8}
    ours, whole = HighlightBodyForm(data, reviewer=reviewer), AnnotationForm(data, reviewer=reviewer)

    assert ours.is_valid() == whole.is_valid()
    assert ours.errors == whole.errors
    if ours.is_valid():
        expected = whole.window.anchor(start, start + 8)
        saved = ours.save()
        assert (saved.quote, saved.prefix, saved.suffix) == (expected.quote, expected.prefix, expected.suffix)


SPACED = "Lead. \u3000\u2028\x1c\x85 \u200b Officials said «reckless» 😀 twice.\t\n" * 3


@pytest.mark.parametrize("data", [
    {"start": SPACED.index("reckless"), "end": SPACED.index("reckless") + 8},
    {"start": SPACED.index("reckless"), "end": SPACED.index("reckless") + 8, "quote": "reckless"},
    {"start": SPACED.index("reckless"), "end": SPACED.index("reckless") + 8, "quote": "Reckless"},
    {"start": SPACED.index("\u3000"), "end": SPACED.index("\u3000") + 5},  # only white space, as Python has it
    {"start": SPACED.index("\u200b"), "end": SPACED.index("\u200b") + 1},  # not white space, but shows nothing
    {"start": SPACED.index("😀"), "end": SPACED.index("😀") + 1, "quote": "😀"},
    {"start": len(SPACED) - 8, "end": len(SPACED)},
    {"start": len(SPACED) - 3, "end": len(SPACED) + 1},
    {"start": 0, "end": 4},
    {"start": 3, "end": 10**12},
    {"article": 10**9},
])
def test_a_folded_save_stores_or_refuses_every_span_as_the_toolbar_form_does(make_article, reviewer, data):
    article = make_article(SPACED)
    data = {"article": article.pk, "tag": "rhetoric", **data}
    folded, toolbars = HighlightBodyForm(data, reviewer=reviewer, fold=True), AnnotationForm(data, reviewer=reviewer)

    saved = None
    if folded.is_valid():
        try:
            saved = folded.save()
        except SpanRefused:
            pass
    assert folded.errors == (toolbars.errors if toolbars.is_valid() is False else {})
    assert (saved is not None) == toolbars.is_valid()
    if saved is not None:
        expected = toolbars.window.anchor(toolbars.cleaned_data["start"], toolbars.cleaned_data["end"])
        stored = type(saved).objects.get(pk=saved.pk)
        for highlight in (saved, stored):
            assert (highlight.start, highlight.end, highlight.quote, highlight.prefix, highlight.suffix) == (
                expected.start, expected.end, expected.quote, expected.prefix, expected.suffix)
        event = AuditEvent.objects.get(object_type="annotations.annotation", object_id=str(saved.pk))
        snapshot = event.changes["snapshot"]
        assert (snapshot["id"], snapshot["quote"], snapshot["prefix"], snapshot["suffix"]) == (
            saved.pk, expected.quote, expected.prefix, expected.suffix)
    else:
        assert not AuditEvent.objects.filter(object_type="annotations.annotation").exists()


def test_the_white_space_the_database_strips_is_what_python_strips():
    import sys

    assert set(WHITE_SPACE) == {c for c in map(chr, range(sys.maxunicode + 1)) if c.isspace()}
    assert all(not (c * 3).strip() for c in WHITE_SPACE)


@pytest.mark.parametrize("value", ["٣", "３", " 18", "18 ", "18.0", "1_8", "1e1", "+18"])
def test_the_toolbar_form_reads_offsets_as_ascii_digits_only(value, make_article, reviewer):
    article = make_article(TEXT)

    form = AnnotationForm({"article": article.pk, "tag": "rhetoric", "start": value, "end": 26}, reviewer=reviewer)

    assert not form.is_valid()
    assert form.errors["start"] == ["Must be a whole number: a count of Unicode code points."]


def test_the_toolbar_refuses_an_offset_in_other_digits_and_stores_nothing(client, make_article, reviewer):
    from annotations.models import Annotation

    article = make_article(TEXT)
    client.force_login(reviewer)

    response = client.post("/annotations/", {"article": article.pk, "tag": "rhetoric", "start": "١٨", "end": "26"},
                           headers={"HX-Request": "true"})

    assert response.status_code == 422
    assert "Must be a whole number" in response.content.decode()
    assert not Annotation.objects.exists()
