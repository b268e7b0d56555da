"""The benchmarks' synthetic corpus: the same seed gives the same rows, and every row is one the app accepts."""

import pytest
from django.db.models import Count

from annotations.models import Annotation
from annotations.tags import TAG_KEYS
from benchmarks.corpus import CONTEXT_LENGTH, generate
from newsdesk.importing import ingest
from newsdesk.models import Article, Passage, Story

pytestmark = pytest.mark.django_db


def stored_rows():
    articles = list(Article.objects.order_by("pk").values_list("story__slug", "outlet__name", "title", "text"))
    passages = list(Passage.objects.order_by("article_id", "index").values_list("index", "start", "end"))
    highlights = list(Annotation.objects.order_by("pk").values_list(
        "article__checksum", "reviewer__username", "tag", "start", "end", "quote", "prefix", "suffix", "source",
        "created"))
    return articles, passages, highlights


def test_the_same_seed_stores_the_same_rows():
    generate(5, stories=2, articles_per_story=3, passages_per_article=4, highlights=90, reviewers=3, progress=False)
    first = stored_rows()
    Article.objects.all().delete()
    Story.objects.all().delete()

    generate(5, stories=2, articles_per_story=3, passages_per_article=4, highlights=90, reviewers=3, progress=False)

    assert stored_rows() == first
    assert len(first[2]) == 90


def test_another_seed_stores_other_texts_and_highlights():
    generate(5, stories=1, articles_per_story=2, passages_per_article=3, highlights=20, reviewers=2, progress=False)
    first = stored_rows()

    generate(6, stories=1, articles_per_story=2, passages_per_article=3, highlights=20, reviewers=2, progress=False)

    second = [rows[len(rows) // 2:] for rows in stored_rows()]
    assert not set(first[0]) & set(second[0])
    assert not set(first[2]) & set(second[2])


def test_every_highlight_quotes_its_text_within_the_article():
    corpus = generate(7, stories=2, articles_per_story=2, passages_per_article=5, highlights=400, reviewers=4,
                      progress=False)

    texts = dict(Article.objects.values_list("pk", "text"))
    highlights = list(Annotation.objects.live().values_list("article_id", "reviewer_id", "tag", "start", "end",
                                                             "quote", "prefix", "suffix"))
    assert len(highlights) == corpus.highlights == 400
    for article, _, tag, start, end, quote, prefix, suffix in highlights:
        text = texts[article]
        assert 0 <= start < end <= len(text)
        assert quote == text[start:end]
        assert prefix == text[max(0, start - CONTEXT_LENGTH) : start]
        assert suffix == text[end : end + CONTEXT_LENGTH]
        assert tag in TAG_KEYS
    assert len({h[:5] for h in highlights}) == len(highlights)


def test_highlights_are_spread_evenly_over_the_articles():
    generate(7, stories=1, articles_per_story=3, passages_per_article=3, highlights=100, reviewers=2, progress=False)

    counts = sorted(Article.objects.annotate(n=Count("annotations")).values_list("n", flat=True))

    assert counts == [33, 33, 34]


def test_passages_are_the_importers_blocks_of_the_text():
    generate(8, stories=1, articles_per_story=2, passages_per_article=6, highlights=10, reviewers=2, progress=False)

    for article in Article.objects.all():
        stored = list(article.passages.order_by("index").values_list("start", "end"))
        assert stored == ingest.split_passages(article.text)
        assert len(stored) == 6
        assert article.checksum == ingest.checksum(article.text)
        assert article.text == ingest.normalise(article.text)


def test_texts_hold_characters_that_count_differently_in_utf16():
    generate(9, stories=1, articles_per_story=3, passages_per_article=8, highlights=10, reviewers=2, progress=False)

    text = "".join(Article.objects.values_list("text", flat=True))

    assert any(ord(c) > 0xFFFF for c in text)
    assert any("\u4e00" <= c <= "\u9fff" for c in text)
