"""The audit trail in plain words: "alice changed the tag of “…” in <title> from Rhetoric to Attribution".

Each audit event holds a snapshot of the object (create, delete, restore) or ``{field: [old, new]}`` pairs
(change). A sentence needs more than that: the words a highlight covers, whose review an assignment is, the
label of the topic a paragraph moved to. ``describe_events`` reads what the events name in a few queries
(one per kind of thing, however many events), then writes one sentence of safe HTML per event. Offsets,
ids and model names never reach the page; an event of a kind not known here still gets a plain sentence.
"""

import re

from django.apps import apps
from django.contrib.auth import get_user_model
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe

from newsdesk.models import Article, Passage, PassagePlacement, Story, Topic

from .claims.models import Claim, ClaimMention
from .models import Annotation, Assignment, ConsensusAnnotation
from .tags import TAG_BY_KEY

QUOTE_LENGTH = 70
TITLE_LENGTH = 90
ANNOTATION, CONSENSUS = "annotations.annotation", "annotations.consensusannotation"
ASSIGNMENT = "annotations.assignment"
ARTICLE, PLACEMENT = "newsdesk.article", "newsdesk.passageplacement"
MENTION = "annotations.claimmention"
# What a row's text form may hold that a person should not read: ids and code-point spans ("3 [120:140] …").
OFFSETS = re.compile(r"^\d+\s+|\s*\[\d+:\d+\]")
# Fields a person changes on purpose, in the words a sentence uses; bookkeeping (version, updated) is left out.
ARTICLE_FIELDS = {"title": "title", "byline": "byline", "url": "address", "published": "publication date",
                  "outlet_id": "outlet"}


def shorten(text: str, length: int = QUOTE_LENGTH) -> str:
    """``text`` on one line, cut after its last whole word that fits (a single long word is cut in it)."""
    text = " ".join((text or "").split())
    if len(text) <= length:
        return text
    cut = text[: length - 1]
    if not text[length - 1].isspace() and " " in cut:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:–—-") + "…"


def tag_label(key) -> str:
    info = TAG_BY_KEY.get(key)
    return info.label if info else str(key or "untagged")


def _ids(values) -> set[int]:
    out = set()
    for value in values:
        try:
            out.add(int(value))
        except (TypeError, ValueError):
            continue
    return out


class Names:
    """What the events on one page refer to, read in one query per kind of object; ``here`` is the article whose
    own history the page shows (None elsewhere)."""

    def __init__(self, events, here=None):
        self.here = here
        by_type: dict[str, list] = {}
        for event in events:
            by_type.setdefault(event.object_type, []).append(event)

        def ids(kind):
            return _ids(e.object_id for e in by_type.get(kind, ()))

        def snapshot_values(kinds, field):
            for kind in kinds:
                for event in by_type.get(kind, ()):
                    changes = event.changes or {}
                    yield (changes.get("snapshot") or {}).get(field)
                    pair = changes.get(field)
                    if isinstance(pair, list):
                        yield from pair

        self.annotations = Annotation.objects.in_bulk(ids(ANNOTATION))
        self.consensus = ConsensusAnnotation.objects.in_bulk(ids(CONSENSUS))
        self.assignments = Assignment.objects.in_bulk(ids(ASSIGNMENT))
        self.placements = PassagePlacement.objects.in_bulk(ids(PLACEMENT))
        self.mentions = ClaimMention.objects.in_bulk(ids(MENTION))
        claim_ids = _ids(snapshot_values((MENTION,), "claim_id")) | {m.claim_id for m in self.mentions.values()}
        self.claims = dict(Claim.objects.filter(pk__in=claim_ids).values_list("pk", "label"))
        user_ids = _ids(snapshot_values((ANNOTATION, ASSIGNMENT), "reviewer_id"))
        user_ids |= {row.reviewer_id for row in [*self.assignments.values(), *self.annotations.values()]}
        self.usernames = dict(get_user_model().objects.filter(pk__in=user_ids).values_list("pk", "username"))
        passage_ids = _ids(snapshot_values((PLACEMENT,), "passage_id")) | {
            p.passage_id for p in self.placements.values()}
        self.passages = dict(Passage.objects.filter(pk__in=passage_ids).values_list("pk", "index"))
        self.topics = dict(Topic.objects.filter(pk__in=_ids(snapshot_values((PLACEMENT,), "topic_id")))
                           .values_list("pk", "label"))
        self.stories = dict(Story.objects.filter(pk__in=_ids(snapshot_values((ARTICLE,), "story_id")))
                            .values_list("pk", "title"))
        article_ids = {e.article_id for e in events if e.article_id} | ids(ARTICLE)
        self.articles = dict(Article.objects.filter(pk__in=article_ids).values_list("pk", "title"))

    def user(self, pk) -> str:
        return self.usernames.get(pk) or "someone"


def describe_events(events, *, article=None) -> list[tuple[object, SafeString]]:
    """``[(event, sentence)]`` for a list of audit events, in their order. On the history page of ``article``,
    the sentences call it "this article" instead of repeating its title in every line."""
    events = list(events)
    names = Names(events, here=article.pk if article is not None else None)
    return [(event, describe(event, names)) for event in events]


def describe(event, names: Names) -> SafeString:
    writer = WRITERS.get(event.object_type, _other)
    sentence = writer(event, names, event.changes or {})
    if sentence.startswith("this article"):  # "This article was imported on the server"
        sentence = mark_safe("T" + sentence[1:])  # already escaped by format_html
    return sentence


def _actor(event) -> SafeString:
    return format_html("<strong>{}</strong>", event.actor_name or "The server")


def _title(event, names: Names, article_id=None) -> SafeString:
    article_id = article_id or event.article_id
    if article_id and article_id == names.here:
        return mark_safe("this article")
    title = names.articles.get(article_id) if article_id else None
    if title is None:
        return format_html("an article since deleted")
    return _cited(title)


def _cited(title: str) -> SafeString:
    """An article's title inside a sentence, shortened, in its own direction."""
    return format_html("<cite><bdi>{}</bdi></cite>", shorten(title, TITLE_LENGTH))


def _named(name: str) -> SafeString:
    """A story's, topic's or claim's name inside a sentence, quoted, in its own direction."""
    return format_html("“<bdi>{}</bdi>”", name)


def _q(text) -> SafeString:
    return format_html("<span class=\"audit-quote\">“<bdi>{}</bdi>”</span>", shorten(text))


def _owner(actor_name: str, owner: str) -> str:
    return "their" if owner == actor_name else f"{owner}’s"


def _span_state(event, names: Names, changes: dict, rows: dict) -> dict:
    """The highlight's tag, quote and owner as the event saw it: its snapshot, else the row as it is now."""
    snap = changes.get("snapshot") or {}
    row = rows.get(_first(_ids([event.object_id])))
    state = {
        "tag": snap.get("tag", getattr(row, "tag", None)),
        "quote": snap.get("quote", getattr(row, "quote", "")),
        "reviewer_id": snap.get("reviewer_id", getattr(row, "reviewer_id", None)),
    }
    if "tag" in changes and isinstance(changes["tag"], list):
        state["tag"] = changes["tag"][1]
    if "quote" in changes and isinstance(changes["quote"], list):
        state["old_quote"], state["quote"] = changes["quote"]
    return state


def _first(values):
    return next(iter(values), None)


def _annotation(event, names: Names, changes: dict) -> SafeString:
    actor, title = _actor(event), _title(event, names)
    span = _span_state(event, names, changes, names.annotations)
    owner = names.user(span["reviewer_id"])
    whose = _owner(event.actor_name, owner)
    tag = tag_label(span["tag"])
    if event.action == "create":
        how = ", accepting a suggestion" if (changes.get("snapshot") or {}).get("suggestion_rule") else ""
        return format_html("{} highlighted {} in {} as {}{}", actor, _q(span["quote"]), title, tag, how)
    if event.action == "delete":
        return format_html("{} deleted {} {} highlight {} in {}", actor, whose, tag, _q(span["quote"]), title)
    if event.action == "restore":
        return format_html("{} restored {} {} highlight {} in {}", actor, whose, tag, _q(span["quote"]), title)
    if "reanchored" in changes:
        return _reanchored(event, changes, span, format_html("{}’s {} highlight", owner, tag), title)
    if changes.get("orphaned") == [True, False]:
        return format_html("{} placed {} {} highlight again, on {} in {}", actor, whose, tag, _q(span["quote"]), title)
    parts = []
    if isinstance(changes.get("tag"), list):
        old, new = changes["tag"]
        parts.append(format_html("the tag of {} in {} from {} to {}", _q(span["quote"]), title, tag_label(old),
                                 tag_label(new)))
    for field, words in (("note", "note"), ("source", "cited source")):
        if isinstance(changes.get(field), list):
            old, new = changes[field]
            verb = "added a" if not old else "removed the" if not new else "changed the"
            parts.append((verb, words))
    return _changed_sentence(actor, parts, format_html("{} {} highlight {} in {}", whose, tag, _q(span["quote"]),
                                                        title))


def _changed_sentence(actor, parts, subject) -> SafeString:
    """"alice changed the tag of … from A to B, and added a note", or "alice changed the note on …"."""
    if not parts:
        return format_html("{} changed {}", actor, subject)
    first, rest = parts[0], parts[1:]
    if isinstance(first, tuple):
        verb, words = first
        preposition = "to" if verb == "added a" else "from" if verb == "removed the" else "on"
        sentence = format_html("{} {} {} {} {}", actor, verb, words, preposition, subject)
    else:
        sentence = format_html("{} changed {}", actor, first)
    for verb, words in rest:
        sentence = format_html("{}, and {} {}", sentence, verb, words)
    return sentence


def _reanchored(event, changes, span, what, title) -> SafeString:
    """A correction of the text moved (or could not place) a highlight."""
    correction = format_html("{}’s correction of {}", event.actor_name or "A", title) if event.actor_name else \
        format_html("A correction of {}", title)
    if changes.get("reanchored") == "orphaned" or changes.get("orphaned") == [False, True]:
        quote = span.get("old_quote") or span["quote"]
        return format_html("{} could not find the words of {} {} again; it waits for its owner to place it",
                           correction, what, _q(quote))
    if span.get("old_quote") is not None and span["old_quote"] != span["quote"]:
        return format_html("{} moved {} from {} to {}", correction, what, _q(span["old_quote"]), _q(span["quote"]))
    return format_html("{} kept {} on {}", correction, what, _q(span["quote"]))


def _consensus(event, names: Names, changes: dict) -> SafeString:
    actor, title = _actor(event), _title(event, names)
    span = _span_state(event, names, changes, names.consensus)
    tag = tag_label(span["tag"])
    if event.action == "create":
        return format_html("{} accepted {} in {} into the consensus as {}", actor, _q(span["quote"]), title, tag)
    if event.action == "delete":
        if changes.get("reanchored") == "orphaned":
            return format_html("{} took the agreed {} highlight {} out of the consensus of {}: the correction removed "
                               "its words", actor, tag, _q(span["quote"]), title)
        return format_html("{} took the agreed {} highlight {} in {} out of the consensus", actor, tag,
                           _q(span["quote"]), title)
    if "reanchored" in changes:
        return _reanchored(event, changes, span, format_html("the agreed {} highlight", tag), title)
    parts = [("changed the", words) for field, words in (("note", "note"), ("source", "cited source"))
             if isinstance(changes.get(field), list)]
    return _changed_sentence(actor, parts, format_html("the agreed {} highlight {} in {}", tag, _q(span["quote"]),
                                                        title))


def _assignment(event, names: Names, changes: dict) -> SafeString:
    actor, title = _actor(event), _title(event, names)
    snap = changes.get("snapshot") or {}
    row = names.assignments.get(_first(_ids([event.object_id])))
    reviewer_id = snap.get("reviewer_id", getattr(row, "reviewer_id", None))
    reviewer = names.user(reviewer_id) if reviewer_id else (event.object_repr or "").rsplit(" on ", 1)[0] or "someone"
    if event.action == "create":
        return format_html("{} assigned <strong>{}</strong> to {}", actor, reviewer, title)
    if event.action == "delete":
        return format_html("{} unassigned <strong>{}</strong> from {}", actor, reviewer, title)
    done = changes.get("done_at")
    if isinstance(done, list) and done[1] and not done[0]:
        if reviewer == event.actor_name:
            return format_html("{} marked {} done", actor, title)
        return format_html("{} marked <strong>{}</strong>’s review of {} done", actor, reviewer, title)
    if isinstance(done, list) and done[0] and not done[1]:
        return format_html("{} reopened <strong>{}</strong>’s review of {}", actor, reviewer, title)
    return format_html("{} changed <strong>{}</strong>’s assignment to {}", actor, reviewer, title)


def _article(event, names: Names, changes: dict) -> SafeString:
    title = _title(event, names, _first(_ids([event.object_id])))
    if title == "an article since deleted" and event.object_repr:
        title = _cited(event.object_repr.split(": ", 1)[-1])
    actor = _actor(event)
    if event.action == "create":
        if not event.actor_name:
            return format_html("{} was imported on the server", title)
        return format_html("{} imported {}", actor, title)
    if event.action == "delete":
        return format_html("{} deleted the article {}", actor, title)
    if "text" in changes:
        lengths = (changes["text"] or {}).get("length") or [None, None]
        if all(isinstance(n, int) for n in lengths):
            return format_html("{} corrected the text of {} ({} → {} characters)", actor, title,
                               f"{lengths[0]:,}", f"{lengths[1]:,}")
        return format_html("{} corrected the text of {}", actor, title)
    if isinstance(changes.get("story_id"), list):
        old, new = changes["story_id"]
        story = names.stories.get(new)
        if new and not old:
            return format_html("{} filed {} in the story {}", actor, title, _named(story or "since deleted"))
        if new:
            return format_html("{} moved {} to the story {}", actor, title, _named(story or "since deleted"))
        return format_html("{} took {} out of its story", actor, title)
    if isinstance(changes.get("title"), list):
        old, new = changes["title"]
        return format_html("{} renamed the article {} to {}", actor, _named(shorten(old, TITLE_LENGTH)),
                           _named(shorten(new, TITLE_LENGTH)))
    fields = [words for field, words in ARTICLE_FIELDS.items() if field in changes]
    if fields:
        return format_html("{} changed the {} of {}", actor, " and ".join(fields), title)
    return format_html("{} changed the details of {}", actor, title)


def _placement(event, names: Names, changes: dict) -> SafeString:
    actor, title = _actor(event), _title(event, names)
    snap = changes.get("snapshot") or {}
    row = names.placements.get(_first(_ids([event.object_id])))
    passage_id = snap.get("passage_id", getattr(row, "passage_id", None))
    index = names.passages.get(passage_id)
    paragraph = f"paragraph {index + 1}" if index is not None else "a paragraph"
    if isinstance(changes.get("topic_id"), list):
        topic_id = changes["topic_id"][1]
    else:
        topic_id = snap.get("topic_id", getattr(row, "topic_id", None))
    if topic_id is None:
        where = format_html("the page furniture")
    else:
        where = format_html("the topic {}", _named(names.topics.get(topic_id, "since merged or removed")))
    if event.action == "delete":
        return format_html("{} took {} of {} out of {}", actor, paragraph, title, where)
    verb = "placed" if event.action == "create" else "moved"
    return format_html("{} {} {} of {} in {}", actor, verb, paragraph, title, where)


def _mention(event, names: Names, changes: dict) -> SafeString:
    """A claim's mention in an article, linked, unlinked or moved by an editor."""
    actor, title = _actor(event), _title(event, names)
    snap = changes.get("snapshot") or {}
    row = names.mentions.get(_first(_ids([event.object_id])))
    quote = snap.get("quote", getattr(row, "quote", "")) or OFFSETS.sub("", event.object_repr)
    if isinstance(changes.get("claim_id"), list):
        label = names.claims.get(changes["claim_id"][1], "since merged or removed")
        return format_html("{} linked {} in {} to the claim {}", actor, _q(quote), title, _named(label))
    label = names.claims.get(snap.get("claim_id", getattr(row, "claim_id", None)), "since removed")
    if event.action == "delete":
        return format_html("{} took {} in {} out of the claim {}", actor, _q(quote), title, _named(label))
    verb = "added" if event.action == "create" else "changed"
    return format_html("{} {} the mention {} in {} of the claim {}", actor, verb, _q(quote), title, _named(label))


def _other(event, names: Names, changes: dict) -> SafeString:
    """Any other kind of change (an outlet or a story edited in the admin, an account): named in words."""
    try:
        kind = apps.get_model(event.object_type)._meta.verbose_name
    except (LookupError, ValueError):
        kind = "item"
    what = format_html("the {} {}", kind, _named(shorten(OFFSETS.sub("", event.object_repr), TITLE_LENGTH))) \
        if event.object_repr \
        else format_html("a {}", kind)
    return format_html("{} {} {}", _actor(event), event.get_action_display(), what)


WRITERS = {ANNOTATION: _annotation, CONSENSUS: _consensus, ASSIGNMENT: _assignment, ARTICLE: _article,
           PLACEMENT: _placement, MENTION: _mention}
