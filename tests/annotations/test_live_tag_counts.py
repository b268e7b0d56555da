"""The live tag counters equal a full count of the live highlights after any sequence of writes, whatever
path writes: forms, model methods, bulk queries, raw deletes and deleting an article."""

import random

import pytest
from django.db import IntegrityError, transaction
from django.db.models import Count

from annotations.forms import AnnotationChangeForm, AnnotationForm
from annotations.models import Annotation, DuplicateHighlight, LiveTagCount
from annotations.tags import TAG_KEYS
from newsdesk.models import Article

pytestmark = pytest.mark.django_db


def recount() -> dict:
    """(article, reviewer, tag) -> live highlights, counted from the highlights themselves."""
    rows = (Annotation.objects.live().order_by().values_list("article_id", "reviewer_id", "tag")
            .annotate(n=Count("*")))
    return {(article, reviewer, tag): n for article, reviewer, tag, n in rows}


def counters() -> dict:
    return {(c.article_id, c.reviewer_id, c.tag): c.live for c in LiveTagCount.objects.all() if c.live}


def word_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], None
    for i, ch in enumerate(text + " "):
        if ch.isalnum() and start is None:
            start = i
        elif not ch.isalnum() and start is not None:
            spans.append((start, i))
            start = None
    return spans


def test_counters_follow_every_kind_of_write(seed_articles, make_article, reviewer, other_reviewer, editor):
    rng = random.Random(20261203)
    people = [reviewer, other_reviewer]
    extra = make_article("Dörte’s 😀 report: 北朝鮮 missiles and more missiles, said officials on Monday.",
                         outlet="Extra Outlet", story=seed_articles[0].story)
    articles = [*seed_articles, extra]
    spans = {a.pk: word_spans(a.text)[:60] for a in articles}

    def create_by_form():
        article = rng.choice(articles)
        start, end = rng.choice(spans[article.pk])
        form = AnnotationForm({"article": article.pk, "tag": rng.choice(TAG_KEYS), "start": start, "end": end},
                              reviewer=rng.choice(people))
        if form.is_valid():
            try:
                form.save()
            except DuplicateHighlight:
                pass

    def create_in_bulk():
        article = rng.choice(articles)
        made = []
        for start, end in rng.sample(spans[article.pk], 3):
            made.append(Annotation(article=article, reviewer=rng.choice(people), tag=rng.choice(TAG_KEYS),
                                   start=start, end=end, quote=article.text[start:end]))
        try:
            with transaction.atomic():
                Annotation.objects.bulk_create(made)
        except IntegrityError:
            pass

    def live_one():
        return Annotation.objects.live().order_by("?").first()

    def change_tag():
        if (highlight := live_one()) is not None:
            form = AnnotationChangeForm({"tag": rng.choice(TAG_KEYS), "note": "n", "source": ""}, instance=highlight)
            if form.is_valid():
                form.save(by=highlight.reviewer)

    def soft_delete():
        if (highlight := live_one()) is not None:
            highlight.soft_delete(highlight.reviewer)

    def restore():
        if (highlight := Annotation.objects.deleted().order_by("?").first()) is not None:
            try:
                highlight.restore(editor)
            except DuplicateHighlight:
                pass

    def orphan_in_bulk():
        ids = list(Annotation.objects.live().order_by("?").values_list("pk", flat=True)[:2])
        Annotation.objects.filter(pk__in=ids).update(orphaned=True)

    def place_orphan():
        if (highlight := Annotation.objects.orphans().order_by("?").first()) is not None:
            start, end = rng.choice(spans[highlight.article_id])
            try:
                highlight.place(start, end, highlight.reviewer)
            except DuplicateHighlight:
                pass

    def move_reviewer_in_bulk():
        if (highlight := live_one()) is not None:
            try:
                with transaction.atomic():
                    Annotation.objects.filter(pk=highlight.pk).update(reviewer=rng.choice(people))
            except IntegrityError:
                pass

    def hard_delete():
        Annotation.objects.filter(pk__in=list(Annotation.objects.order_by("?").values_list("pk", flat=True)[:2])) \
            .delete()

    writes = [create_by_form] * 6 + [create_in_bulk, change_tag, change_tag, soft_delete, restore, orphan_in_bulk,
                                     place_orphan, move_reviewer_in_bulk, hard_delete]
    for step in range(160):
        write = rng.choice(writes)
        write()
        assert counters() == recount(), f"after step {step}: {write.__name__}"
    assert sum(recount().values()) > 10  # the sequence left highlights to count

    # Deleting an article takes its highlights and its counters.
    gone = articles[0]
    Article.objects.filter(pk=gone.pk).delete()
    assert counters() == recount()
    assert not LiveTagCount.objects.filter(article_id=gone.pk).exists()


def test_counts_endpoint_reads_the_counters_with_the_visibility_rule(client, seed_article, reviewer, other_reviewer):
    """A blind story: a reviewer counts only their own highlights, as the list shows only their own."""
    story = seed_article.story
    story.blind_annotation = True
    story.save()
    spans = word_spans(seed_article.text)
    for who, (start, end) in [(reviewer, spans[0]), (other_reviewer, spans[1]), (other_reviewer, spans[2])]:
        Annotation.objects.create(article=seed_article, reviewer=who, tag="rhetoric", start=start, end=end,
                                  quote=seed_article.text[start:end])
    client.force_login(reviewer)

    answer = client.get(f"/api/annotations/counts?article={seed_article.pk}").json()
    listed = client.get(f"/api/annotations/?article={seed_article.pk}").json()

    assert answer["counts"]["rhetoric"] == len(listed) == 1
