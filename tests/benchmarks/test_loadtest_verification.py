"""The load test's check of the database against the clients' log of acknowledged writes, on real rows."""

import json

import pytest

from benchmarks.loadtest.verification import load_rows, read_log, verify
from tests.annotations.helpers import highlight

pytestmark = pytest.mark.django_db


class Log:
    """Events as the load test's clients write them: ``sent`` before a request, ``ack`` after its 2xx."""

    def __init__(self, user):
        self.user, self.events, self.count = user.username, [], 0

    def send(self, op, answered=True, **fields):
        self.count += 1
        rid = f"r{self.count}"
        self.events.append({"phase": "sent", "op": op, "rid": rid, "user": self.user, **fields})
        if answered:
            stored = {key: fields[key] for key in ("tag", "note") if key in fields}
            self.events.append({"phase": "ack", "op": op, "rid": rid, "id": fields.get("id"), **stored})

    def created(self, annotation, answered=True):
        self.send("create", answered, article=annotation.article_id, tag=annotation.tag, start=annotation.start,
                  end=annotation.end, note=annotation.note)
        if answered:
            self.events[-1]["id"] = annotation.pk


@pytest.fixture
def load_reviewer(make_user):
    return make_user("loadreviewer01", groups=("reviewer",))


def test_database_holding_every_acknowledged_write_passes(load_reviewer, seed_article, tmp_path):
    kept, changed, deleted = (highlight(seed_article, load_reviewer, start, start + 5) for start in (0, 10, 20))
    log = Log(load_reviewer)
    for annotation in (kept, changed, deleted):
        log.created(annotation)
    changed.tag, changed.note = "attribution", "a note"
    changed.save()
    log.send("change", id=changed.pk, tag="attribution", note="a note")
    deleted.soft_delete(load_reviewer)
    log.send("delete", id=deleted.pk)
    (tmp_path / "acks-1.jsonl").write_text("".join(json.dumps(event) + "\n" for event in log.events))

    verdict = verify(read_log(tmp_path), load_rows(["loadreviewer01"]))

    assert verdict.ok
    assert (verdict.acknowledged_creates, verdict.acknowledged_deletes, verdict.live_rows) == (3, 1, 2)


def test_acknowledged_highlight_missing_from_the_database_is_lost(load_reviewer, seed_article):
    annotation = highlight(seed_article, load_reviewer, 0, 5)
    log = Log(load_reviewer)
    log.created(annotation)
    annotation.delete()

    verdict = verify(log.events, load_rows(["loadreviewer01"]))

    assert verdict.lost == [log.events[-1]["id"]]
    assert not verdict.ok


def test_acknowledged_highlight_deleted_without_an_acknowledged_delete_is_lost(load_reviewer, seed_article):
    annotation = highlight(seed_article, load_reviewer, 0, 5)
    log = Log(load_reviewer)
    log.created(annotation)
    annotation.soft_delete(load_reviewer)

    verdict = verify(log.events, load_rows(["loadreviewer01"]))

    assert verdict.lost == [annotation.pk]


def test_second_live_row_on_an_acknowledged_span_is_a_duplicate(load_reviewer, seed_article):
    annotation = highlight(seed_article, load_reviewer, 0, 5, tag="rhetoric")
    log = Log(load_reviewer)
    log.created(annotation)
    second = highlight(seed_article, load_reviewer, 0, 5, tag="boilerplate")

    verdict = verify(log.events, load_rows(["loadreviewer01"]))

    assert verdict.duplicated == [second.pk]
    assert verdict.live_rows == 2
    assert not verdict.ok


def test_live_row_no_write_accounts_for_is_unexpected(load_reviewer, seed_article):
    stray = highlight(seed_article, load_reviewer, 30, 40)

    verdict = verify([], load_rows(["loadreviewer01"]))

    assert verdict.unexpected == [stray.pk]
    assert not verdict.ok


def test_highlight_not_in_its_last_acknowledged_state_is_stale(load_reviewer, seed_article):
    annotation = highlight(seed_article, load_reviewer, 0, 5, tag="rhetoric")
    log = Log(load_reviewer)
    log.created(annotation)
    log.send("change", id=annotation.pk, tag="attribution", note="")

    verdict = verify(log.events, load_rows(["loadreviewer01"]))

    assert verdict.stale == [annotation.pk]


def test_highlight_whose_delete_was_acknowledged_but_is_still_live_is_reported(load_reviewer, seed_article):
    annotation = highlight(seed_article, load_reviewer, 0, 5)
    log = Log(load_reviewer)
    log.created(annotation)
    log.send("delete", id=annotation.pk)

    verdict = verify(log.events, load_rows(["loadreviewer01"]))

    assert verdict.undeleted == [annotation.pk]


def test_writes_left_unanswered_may_or_may_not_have_been_stored(load_reviewer, seed_article):
    stored_anyway = highlight(seed_article, load_reviewer, 0, 5)
    deleted_anyway, not_deleted = (highlight(seed_article, load_reviewer, start, start + 5) for start in (10, 20))
    log = Log(load_reviewer)
    log.created(stored_anyway, answered=False)
    log.send("create", answered=False, article=seed_article.pk, tag="rhetoric", start=50, end=60, note="")
    for annotation in (deleted_anyway, not_deleted):
        log.created(annotation)
        log.send("delete", answered=False, id=annotation.pk)
    deleted_anyway.soft_delete(load_reviewer)

    verdict = verify(log.events, load_rows(["loadreviewer01"]))

    assert verdict.ok
    assert verdict.indeterminate == [stored_anyway.pk]


def test_other_users_highlights_are_not_checked(load_reviewer, reviewer, seed_article):
    highlight(seed_article, reviewer, 0, 5)

    verdict = verify([], load_rows(["loadreviewer01"]))

    assert verdict.ok
    assert verdict.live_rows == 0
