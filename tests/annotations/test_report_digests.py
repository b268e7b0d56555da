"""The summary report read from kept per-article digests says exactly what a full recomputation says.

A property over random sequences of writes on the real database: highlights created (one by one, in bulk,
through the API), changed (by the model, by a bulk UPDATE), soft-deleted, restored, hard-deleted, articles
corrected (re-anchoring, orphans), and editors' adjudications (accept, reject, reopen), with reports read
between them so that digests are kept at every stage. After every step, every figure of the report (JSON
summary, for the whole corpus, a story, an outlet and an article) equals the full recomputation, floats to
1e-9.
"""

import math
import random

import pytest
from django.db import connection
from django.test import Client

from annotations.models import Annotation, ConsensusAnnotation, DuplicateHighlight, ReportDigest
from annotations.reports import digests as report_digests
from annotations.reports.aggregates import Filters, build_report, summary_json
from annotations.tags import TAG_KEYS
from annotations.workflow import adjudication
from annotations.workflow.corrections import correct_article
from newsdesk.models import Article

from .helpers import highlight

pytestmark = pytest.mark.django_db


def same(a, b, path="report"):
    """Assert two JSON-like values are equal, floats to a relative 1e-9."""
    if isinstance(a, float) or isinstance(b, float):
        assert a is not None and b is not None, f"{path}: {a!r} != {b!r}"
        assert math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12), f"{path}: {a!r} != {b!r}"
    elif isinstance(a, dict):
        assert isinstance(b, dict) and a.keys() == b.keys(), f"{path}: keys {sorted(a)} != {sorted(b)}"
        for key in a:
            same(a[key], b[key], f"{path}.{key}")
    elif isinstance(a, (list, tuple)):
        assert isinstance(b, (list, tuple)) and len(a) == len(b), f"{path}: {len(a)} items != {len(b)}"
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            same(x, y, f"{path}[{i}]")
    else:
        assert a == b, f"{path}: {a!r} != {b!r}"


def assert_report_matches(filters_list, user):
    for filters in filters_list:
        kept = summary_json(build_report(filters, user=user))
        full = summary_json(build_report(filters, user=user, use_digests=False))
        same(kept, full)


class Writer:
    """Random writes of every kind a report must follow."""

    def __init__(self, rng, articles, reviewers, editor):
        self.rng, self.articles, self.reviewers, self.editor = rng, articles, reviewers, editor

    def span(self, article):
        text = article.text
        start = self.rng.randrange(0, max(1, len(text) - 2))
        end = min(len(text), start + self.rng.randint(1, 60))
        while end > start + 1 and not text[start:end].strip():
            end -= 1
        return start, end

    def some_highlight(self, **live):
        rows = list(Annotation.objects.filter(**live).order_by("pk").values_list("pk", flat=True))
        return Annotation.objects.get(pk=self.rng.choice(rows)) if rows else None

    def article(self):
        return Article.objects.get(pk=self.rng.choice(self.articles).pk)

    def create(self):
        article = self.article()
        start, end = self.span(article)
        if not article.text[start:end].strip():
            return
        reviewer = self.rng.choice(self.reviewers)
        tag = self.rng.choice(TAG_KEYS)
        if Annotation.objects.live().filter(article=article, reviewer=reviewer, tag=tag, start=start,
                                            end=end).exists():
            return
        source = self.rng.choice(["KCNA", " kcna ", "Officials", ""]) if tag == "attribution" else ""
        highlight(article, reviewer, start, end, tag, source=source,
                  suggestion_rule=self.rng.choice(["", "", "rhetoric.lexicon"]))

    def create_in_bulk(self):
        article = self.article()
        rows, seen = [], set()
        for _ in range(self.rng.randint(2, 8)):
            start, end = self.span(article)
            key = (self.rng.choice(self.reviewers).pk, self.rng.choice(TAG_KEYS), start, end)
            if key in seen or not article.text[start:end].strip() or Annotation.objects.live().filter(
                    article=article, reviewer_id=key[0], tag=key[1], start=start, end=end).exists():
                continue
            seen.add(key)
            rows.append(Annotation(article=article, reviewer_id=key[0], tag=key[1], start=start, end=end,
                                   quote=article.text[start:end]))
        Annotation.objects.bulk_create(rows)

    def create_through_the_api(self):
        article = self.article()
        start, end = self.span(article)
        reviewer = self.rng.choice(self.reviewers)
        client = Client()
        client.force_login(reviewer)
        client.post("/api/annotations/", {"article": article.pk, "tag": self.rng.choice(TAG_KEYS), "start": start,
                                          "end": end}, content_type="application/json")

    def change(self):
        found = self.some_highlight(deleted_at__isnull=True, orphaned=False)
        if found is None:
            return
        if self.rng.random() < 0.5:
            found.tag = self.rng.choice(TAG_KEYS)
            fields = ["tag"]
        else:
            found.start, found.end = self.span(found.article)
            found.quote = found.article.text[found.start:found.end]
            fields = ["start", "end", "quote"]
        if Annotation.objects.same_highlight(found).exists() or not found.quote.strip():
            return
        found.save_change(fields, by=found.reviewer)

    def update_in_bulk(self):
        article = self.article()
        ids = list(Annotation.objects.live().filter(article=article).values_list("pk", flat=True)[:5])
        for pk in ids:
            found = Annotation.objects.get(pk=pk)
            found.note = f"noted {self.rng.random()}"
            Annotation.objects.filter(pk=pk).update(note=found.note, source=self.rng.choice(["AP", "ap ", ""]))

    def soft_delete(self):
        found = self.some_highlight(deleted_at__isnull=True)
        if found is not None:
            found.soft_delete(self.editor)

    def restore(self):
        found = self.some_highlight(deleted_at__isnull=False)
        if found is not None:
            try:
                found.restore(self.editor)
            except DuplicateHighlight:
                pass

    def hard_delete(self):
        found = self.some_highlight()
        if found is not None:
            ConsensusAnnotation.from_annotations.through.objects.filter(annotation_id=found.pk).delete()
            found.delete()

    def correct(self):
        article = self.article()
        words = article.text.split(" ")
        at = self.rng.randrange(len(words))
        if self.rng.random() < 0.5 and len(words) > 5:
            del words[at : at + self.rng.randint(1, 4)]
        else:
            words.insert(at, self.rng.choice(["inserted", "corrected wording", "«new»"]))
        try:
            correct_article(article, " ".join(words), by=self.editor)
        except Exception as error:  # the same text again, or a duplicate of another article: nothing changed
            if "same" not in str(error) and "already stored" not in str(error):
                raise

    def adjudicate(self):
        article = self.article()
        live = list(Annotation.objects.live().filter(article=article).order_by("pk")[:3])
        if not live:
            return
        choice = self.rng.random()
        if choice < 0.5:
            first = live[0]
            adjudication.accept(article, live[:1], tag=first.tag, start=first.start, end=first.end, by=self.editor)
        elif choice < 0.8:
            adjudication.reject(live, by=self.editor)
        else:
            adjudication.reopen(article, live, by=self.editor)

    STEPS = ("create", "create", "create", "create_in_bulk", "create_through_the_api", "change", "update_in_bulk",
             "soft_delete", "restore", "hard_delete", "correct", "adjudicate")

    def step(self):
        name = self.rng.choice(self.STEPS)
        getattr(self, name)()
        return name


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_kept_report_equals_a_full_recomputation_after_any_sequence_of_writes(
        seed, seed_story, seed_articles, editor, make_user):
    rng = random.Random(seed)
    reviewers = [make_user(f"rev{seed}{i}", groups=("reviewer",)) for i in range(4)]
    writer = Writer(rng, seed_articles, reviewers, editor)
    for _ in range(12):
        writer.create()
    filters = [Filters(), Filters(story=seed_story), Filters(outlet=seed_articles[0].outlet),
               Filters(article=seed_articles[1])]
    report_digests.forget()

    for _ in range(30):
        writer.step()
        if rng.random() < 0.3:
            report_digests.forget()  # another process, which keeps nothing merged yet

        assert_report_matches(filters, editor)

    assert ReportDigest.objects.filter(digest_stamp__isnull=False).exists()


def test_a_digest_is_recomputed_only_for_the_article_that_changed(seed_articles, editor, reviewer):
    for article in seed_articles:
        highlight(article, reviewer, 0, 5)
    build_report(Filters(), user=editor)
    stamps = dict(ReportDigest.objects.values_list("article_id", "digest_stamp"))

    highlight(seed_articles[0], reviewer, 10, 20, "attribution")
    build_report(Filters(), user=editor)

    after = dict(ReportDigest.objects.values_list("article_id", "digest_stamp"))
    assert after[seed_articles[0].pk] == stamps[seed_articles[0].pk] + 1
    assert all(after[a.pk] == stamps[a.pk] for a in seed_articles[1:])


def test_a_raw_sql_write_makes_the_digest_stale(seed_article, editor, reviewer):
    made = highlight(seed_article, reviewer, 0, 5)
    before = build_report(Filters(article=seed_article), user=editor).highlights

    with connection.cursor() as cursor:
        cursor.execute("UPDATE annotations_annotation SET deleted_at = created WHERE id = %s", [made.pk])

    assert before == 1
    assert build_report(Filters(article=seed_article), user=editor).highlights == 0


def test_a_corrected_text_makes_the_digest_stale(seed_article, editor, reviewer):
    highlight(seed_article, reviewer, 0, 5)
    build_report(Filters(article=seed_article), user=editor)
    stamp = ReportDigest.objects.get(article=seed_article).stamp

    Article.objects.filter(pk=seed_article.pk).update(text=seed_article.text + " More.")

    assert ReportDigest.objects.get(article=seed_article).stamp == stamp + 1
    row = build_report(Filters(article=seed_article), user=editor).articles[0]
    assert row["characters"] == len(seed_article.text) + len(" More.")


def kept_parts():
    """Every article's digest as parts, as a whole-corpus report reads them."""
    articles = Article.objects.order_by("pk").values_list(
        "pk", "text", "report_digest__stamp", "report_digest__digest_stamp", "report_digest__digest_token")
    stamps = {pk: report_digests.Stamp(stamp, stored, token) for pk, _text, stamp, stored, token in articles}
    return report_digests.parts_for(stamps, {pk: len(text) for pk, text, *_ in articles})[0]


def assert_same_figures(updated, merged):
    assert updated.articles.keys() == merged.articles.keys()
    assert all(updated.articles[pk] is merged.articles[pk] for pk in merged.articles)
    for name in ("reviewers", "highlights", "suggested", "coders", "units", "disagreements"):
        assert getattr(updated, name) == getattr(merged, name), name
    for name in ("overall", "tag_matrices", "pair_units", "pair_same", "pair_totals"):
        assert getattr(updated, name).shape == getattr(merged, name).shape, name
        assert (getattr(updated, name) == getattr(merged, name)).all(), name


@pytest.mark.parametrize("seed", [4, 5])
def test_figures_updated_for_the_changed_articles_equal_the_figures_added_up_again(
        seed, seed_story, seed_articles, editor, make_user):
    rng = random.Random(seed)
    reviewers = [make_user(f"upd{seed}{i}", groups=("reviewer",)) for i in range(3)]
    writer = Writer(rng, seed_articles, reviewers, editor)
    for _ in range(15):
        writer.create()
    report_digests.forget()
    updated = 0

    for _ in range(30):
        base = report_digests.merge(kept_parts())
        writer.step()
        parts = kept_parts()
        found = report_digests.update(base, parts)
        if found is not None:
            updated += 1
            assert_same_figures(found, report_digests.merge(parts))

    assert updated >= 10


def test_a_report_after_one_change_updates_the_kept_figures_rather_than_adding_all_up(
        seed_articles, editor, reviewer, monkeypatch):
    for article in seed_articles:
        highlight(article, reviewer, 0, 5)
        highlight(article, reviewer, 10, 20, "attribution", source="KCNA")
    report_digests.forget()
    build_report(Filters(), user=editor)
    merges = []
    adding_all_up = report_digests.merge
    monkeypatch.setattr(report_digests, "merge", lambda parts: merges.append(len(parts)) or adding_all_up(parts))

    highlight(seed_articles[0], reviewer, 30, 40, "rhetoric")
    kept = summary_json(build_report(Filters(), user=editor))

    assert merges == []
    monkeypatch.undo()
    report_digests.forget()
    same(kept, summary_json(build_report(Filters(), user=editor, use_digests=False)))


def test_after_one_change_only_that_articles_row_and_its_outlets_rows_are_worked_out_again(
        seed_articles, editor, reviewer, monkeypatch):
    from annotations.reports import aggregates

    for article in seed_articles:
        highlight(article, reviewer, 0, 5)
    report_digests.forget()
    first = build_report(Filters(), user=editor)
    first.articles[0]["reviewers"] = 99  # a caller changing its rows changes nothing kept
    first.outlets[0]["articles"] = 99
    worked_out, outlets_worked_out = [], []
    article_rows, outlet_rows = aggregates._article_rows, aggregates._outlet_rows
    monkeypatch.setattr(aggregates, "_article_rows", lambda found, cover: worked_out.extend(found) or
                        article_rows(found, cover))
    monkeypatch.setattr(aggregates, "_outlet_rows", lambda rows: outlets_worked_out.extend(
        {row["outlet"] for row in rows}) or outlet_rows(rows))

    unchanged = summary_json(build_report(Filters(), user=editor))
    highlight(seed_articles[1], reviewer, 10, 20, "attribution")
    changed = summary_json(build_report(Filters(), user=editor))

    assert worked_out == [seed_articles[1].pk]
    assert outlets_worked_out == [seed_articles[1].outlet.name]
    monkeypatch.undo()
    report_digests.forget()
    same(changed, summary_json(build_report(Filters(), user=editor, use_digests=False)))
    assert unchanged["articles"][0]["reviewers"] == 1 and unchanged["outlets"][0]["articles"] == 1


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's commit settings")
def test_storing_digests_inside_a_callers_transaction_leaves_its_commit_as_durable_as_it_was(seed_article, editor,
                                                                                            reviewer):
    from django.db import transaction

    highlight(seed_article, reviewer, 0, 5)
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SHOW synchronous_commit")
        before = cursor.fetchone()[0]
        report_digests.forget()
        build_report(Filters(article=seed_article), user=editor)
        cursor.execute("SHOW synchronous_commit")
        after = cursor.fetchone()[0]

    assert ReportDigest.objects.get(article=seed_article).digest_stamp is not None
    assert before == after == "on"
