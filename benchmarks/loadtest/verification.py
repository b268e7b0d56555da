"""After a load test: does the database hold exactly what the server acknowledged?

The load test's clients write one JSON line per event to a log: ``sent`` before every write, with what
it asks for, and ``ack`` once the server has answered it with a 2xx (with the id and state it returned).
A write that was sent but never acknowledged (a 5xx, a dropped connection, the run ending mid-request) is
*indeterminate*: the server may or may not have kept it, so either outcome is accepted for it.

For every highlight whose creation was acknowledged, the database must hold it live with the last
acknowledged tag and note, or not live if its deletion was acknowledged (deletion is soft: "live" is what
``Annotation.objects.live()`` says). No other live highlight of the load test's reviewers may exist, except
one an indeterminate create may have stored. Each reviewer's highlights are written by one client in order,
so the log's order is each highlight's order.
"""

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

LOG_GLOB = "acks-*.jsonl"


@dataclass(frozen=True)
class Row:
    """One stored highlight of a load-test reviewer, as the verification needs it."""

    id: int
    reviewer: str
    article: int
    tag: str
    start: int
    end: int
    note: str
    live: bool


@dataclass
class Verdict:
    acknowledged_creates: int = 0
    acknowledged_deletes: int = 0
    live_rows: int = 0
    lost: list[int] = field(default_factory=list)  # acknowledged, not deleted, yet missing or not live
    stale: list[int] = field(default_factory=list)  # live, but not in the last acknowledged tag and note
    undeleted: list[int] = field(default_factory=list)  # deletion acknowledged, still live
    duplicated: list[int] = field(default_factory=list)  # a second live row for an acknowledged create
    unexpected: list[int] = field(default_factory=list)  # live, and no write of the test accounts for it
    indeterminate: list[int] = field(default_factory=list)  # live, stored by a write that was never answered

    @property
    def ok(self) -> bool:
        return not (self.lost or self.stale or self.undeleted or self.duplicated or self.unexpected)


def read_log(folder: Path) -> list[dict]:
    """Every event of every client process, each process's file in its own order."""
    events = []
    for path in sorted(Path(folder).glob(LOG_GLOB)):
        with path.open(encoding="utf-8") as lines:
            events.extend(json.loads(line) for line in lines if line.strip())
    return events


def load_rows(usernames) -> list[Row]:
    """The stored highlights (live or not) of the given reviewers."""
    from annotations.models import Annotation

    live = set(Annotation.objects.live().filter(reviewer__username__in=usernames).values_list("pk", flat=True))
    stored = Annotation.objects.filter(reviewer__username__in=usernames).values_list(
        "pk", "reviewer__username", "article_id", "tag", "start", "end", "note"
    )
    return [Row(pk, reviewer, article, tag, start, end, note, pk in live)
            for pk, reviewer, article, tag, start, end, note in stored]


def verify(events: list[dict], rows: list[Row]) -> Verdict:
    verdict = Verdict()
    sent = {event["rid"]: event for event in events if event.get("phase") == "sent"}
    acked = {event["rid"]: event for event in events if event.get("phase") == "ack"}
    # For each acknowledged highlight: the states it may be in, (live, tag, note).
    accepted: dict[int, set[tuple[bool, str, str]]] = {}
    created_span: dict[int, tuple] = {}
    unanswered_creates = set()
    for rid, request in sent.items():
        answer = acked.get(rid)
        if request["op"] == "create":
            span = (request["user"], request["article"], request["start"], request["end"])
            if answer is None:
                unanswered_creates.add((*span, request["tag"]))
                continue
            verdict.acknowledged_creates += 1
            accepted[answer["id"]] = {(True, answer["tag"], answer["note"])}
            created_span[answer["id"]] = span
            continue
        states = accepted.get(request["id"])
        if states is None:
            continue  # a change to a highlight whose creation was not acknowledged: nothing was promised
        if request["op"] == "delete":
            moved = {(False, tag, note) for _, tag, note in states}
            if answer is not None:
                verdict.acknowledged_deletes += 1
        else:  # change
            moved = {(live, answer["tag"] if answer else request["tag"], answer["note"] if answer else request["note"])
                     for live, _, _ in states if live}
        accepted[request["id"]] = moved if answer is not None else states | moved

    by_id = {row.id: row for row in rows}
    for pk, states in accepted.items():
        row = by_id.get(pk)
        may_be_live = any(live for live, _, _ in states)
        may_be_gone = any(not live for live, _, _ in states)
        if row is None or not row.live:
            if not may_be_gone:
                verdict.lost.append(pk)
        elif not may_be_live:
            verdict.undeleted.append(pk)
        elif (True, row.tag, row.note) not in states:
            verdict.stale.append(pk)

    acknowledged_spans = defaultdict(list)
    for pk, span in created_span.items():
        acknowledged_spans[span].append(pk)
    for row in rows:
        if not row.live:
            continue
        verdict.live_rows += 1
        if row.id in accepted:
            continue
        span = (row.reviewer, row.article, row.start, row.end)
        if (*span, row.tag) in unanswered_creates:
            verdict.indeterminate.append(row.id)
        elif span in acknowledged_spans:
            verdict.duplicated.append(row.id)
        else:
            verdict.unexpected.append(row.id)
    return verdict
