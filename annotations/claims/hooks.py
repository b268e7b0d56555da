"""Recompute a story's claims when its articles change, once the change is committed.

The corpus app knows nothing of claims: it saves articles, and Django's ``post_save``/``post_delete``
signals of ``newsdesk.Article`` tell this app that a story's articles changed (an import, a filing into a
story, a correction of the text). The recomputation waits for the transaction to commit, runs once per
story however many articles the transaction saved, and never runs while a page is being shown.
"""

from __future__ import annotations

import logging

from django.db import transaction

log = logging.getLogger(__name__)
WATCHED_FIELDS = {"text", "story"}


def article_saved(sender, instance, created=False, update_fields=None, **kwargs):
    if instance.story_id is None:
        return
    if update_fields is not None and not (set(update_fields) & WATCHED_FIELDS):
        return
    schedule(instance.story_id)


def article_deleted(sender, instance, **kwargs):
    if instance.story_id is not None:
        schedule(instance.story_id)


def schedule(story_id: int) -> None:
    """Run once for this story when the current transaction commits (at once outside a transaction).

    The callbacks waiting on the connection are the pending runs: a rolled-back transaction drops them with
    everything else, so nothing is left half-scheduled."""
    waiting = transaction.get_connection().run_on_commit
    if any(getattr(entry[1], "claims_story", None) == story_id and not entry[1].done for entry in waiting):
        return

    def run():
        run.done = True
        _run(story_id)

    run.done = False
    run.claims_story = story_id
    transaction.on_commit(run)


def _run(story_id: int) -> None:
    from annotations.claims.store import find_claims
    from newsdesk.models import Story

    story = Story.objects.filter(pk=story_id).first()
    if story is not None:
        run = find_claims(story)
        log.info("claims of %s: %d claims, %d mentions found", story.slug, run.claims, run.mentions)


def connect() -> None:
    from django.db.models.signals import post_delete, post_save

    from newsdesk.models import Article

    post_save.connect(article_saved, sender=Article, dispatch_uid="claims-article-saved")
    post_delete.connect(article_deleted, sender=Article, dispatch_uid="claims-article-deleted")
