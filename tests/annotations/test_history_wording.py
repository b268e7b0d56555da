"""The history speaks plainly: each kind of audit event becomes a sentence naming people, words and titles."""

import json
import re

import pytest

from annotations.history import Names, describe, describe_events, shorten
from annotations.models import Annotation
from annotations.workflow import adjudication, assignments
from annotations.workflow.corrections import correct_article
from newsdesk.alignment import clustering, filing, story_topics
from newsdesk.models import AuditEvent, PassagePlacement, Story, Topic

pytestmark = pytest.mark.django_db
TEXT = "Officials said the launch was reckless.\n\nThe agency counted 12 missiles."


def sentences(**filters) -> list[str]:
    events = AuditEvent.objects.filter(**filters).order_by("pk")
    return [" ".join(re.sub(r"<[^>]+>", "", str(sentence)).split()) for _event, sentence in describe_events(events)]


@pytest.fixture
def article(make_article):
    return make_article(TEXT, title="Launch condemned")


def api(client, method, url, body):
    return getattr(client, method)(url, json.dumps(body), content_type="application/json")


def test_a_tag_change_names_the_words_the_article_and_both_tags(client, reviewer, article):
    client.force_login(reviewer)
    start = article.text.index("reckless")
    created = api(client, "post", "/api/annotations/", {"article": article.pk, "tag": "rhetoric", "start": start,
                                                        "end": start + 8}).json()

    api(client, "patch", f"/api/annotations/{created['id']}/", {"tag": "attribution"})

    assert sentences(action="change") == [
        "reviewer changed the tag of “reckless” in Launch condemned from Rhetoric to Attribution"]


def test_creating_noting_and_deleting_a_highlight_read_as_sentences(client, reviewer, article):
    client.force_login(reviewer)
    created = api(client, "post", "/api/annotations/", {"article": article.pk, "tag": "rhetoric", "start": 0,
                                                        "end": 9}).json()
    api(client, "patch", f"/api/annotations/{created['id']}/", {"note": "Unnamed officials."})
    client.delete(f"/api/annotations/{created['id']}/")

    assert sentences(object_type="annotations.annotation") == [
        "reviewer highlighted “Officials” in Launch condemned as Rhetoric",
        "reviewer added a note to their Rhetoric highlight “Officials” in Launch condemned",
        "reviewer deleted their Rhetoric highlight “Officials” in Launch condemned",
    ]


def test_an_editor_restoring_someone_elses_highlight_says_whose(reviewer, editor, article):
    annotation = Annotation.objects.create(article=article, reviewer=reviewer, tag="factual_claim",
                                           start=article.text.index("12"), end=article.text.index("12") + 11,
                                           quote="12 missiles")
    annotation.soft_delete(by=reviewer)

    annotation.restore(by=editor)

    assert sentences(action="restore") == [
        "editor restored reviewer’s Factual claim highlight “12 missiles” in Launch condemned"]


def test_long_quotes_are_shortened_and_no_offsets_show(reviewer, make_article):
    text = "A " + "very " * 40 + "long sentence."
    article = make_article(text, title="Long")
    Annotation.objects.create(article=article, reviewer=reviewer, tag="rhetoric", start=0, end=len(text),
                              quote=text).soft_delete(by=reviewer)

    [sentence] = sentences(action="delete")

    assert "…" in sentence and len(sentence) < 160
    assert "[" not in sentence and f"{len(text)}" not in sentence


def test_assignments_say_who_was_assigned_marked_done_and_reopened(editor, reviewer, article):
    assignments.assign([reviewer], [article], by=editor)
    assignment = article.assignments.get()
    assignments.mark_done(assignment, by=reviewer)
    assignments.reopen(assignment, by=editor)
    assignments.unassign(assignment, by=editor)

    assert sentences(object_type="annotations.assignment") == [
        "editor assigned reviewer to Launch condemned",
        "reviewer marked Launch condemned done",
        "editor reopened reviewer’s review of Launch condemned",
        "editor unassigned reviewer from Launch condemned",
    ]


def test_a_correction_says_what_happened_to_each_highlight(editor, reviewer, article):
    kept = Annotation.objects.create(article=article, reviewer=reviewer, tag="rhetoric", quote="reckless",
                                     start=article.text.index("reckless"), end=article.text.index("reckless") + 8)
    Annotation.objects.create(article=article, reviewer=reviewer, tag="factual_claim", quote="12 missiles",
                              start=article.text.index("12"), end=article.text.index("12") + 11)

    corrected = "Officials said the launch was very reckless.\n\nThe agency counted 12 rockets."

    correct_article(article, corrected, by=editor)

    said = sentences()
    assert f"editor corrected the text of Launch condemned ({len(TEXT)} → {len(corrected)} characters)" in said
    assert ("editor’s correction of Launch condemned could not find the words of reviewer’s Factual claim highlight "
            "“12 missiles” again; it waits for its owner to place it") in said
    assert f"editor’s correction of Launch condemned kept reviewer’s Rhetoric highlight on “{kept.quote}”" in said


def test_consensus_decisions_read_as_sentences(editor, reviewer, article):
    start = article.text.index("reckless")
    highlight = Annotation.objects.create(article=article, reviewer=reviewer, tag="rhetoric", start=start,
                                          end=start + 8, quote="reckless")
    consensus = adjudication.accept(article, [highlight], tag="rhetoric", start=start, end=start + 8, by=editor)
    adjudication.remove(consensus, by=editor)

    assert sentences(object_type="annotations.consensusannotation") == [
        "editor accepted “reckless” in Launch condemned into the consensus as Rhetoric",
        "editor took the agreed Rhetoric highlight “reckless” in Launch condemned out of the consensus",
    ]


def test_moving_a_paragraph_names_the_paragraph_and_the_topic(seed_story, editor):
    clustering.align_story(seed_story)
    placement = PassagePlacement.objects.for_story(seed_story).exclude(topic=None).select_related(
        "passage__article").first()
    target = Topic.objects.filter(story=seed_story).exclude(pk=placement.topic_id).first()

    story_topics.move_passage(placement.passage, editor, topic=target)

    [sentence] = sentences(object_type="newsdesk.passageplacement")
    title = shorten(placement.passage.article.title, 90)
    assert sentence == (f"editor moved paragraph {placement.passage.index + 1} of {title} "
                        f"in the topic “{target.label}”")


def test_importing_and_filing_an_article_read_as_sentences(editor, make_article):
    unfiled = make_article("An article without a story yet.", title="Unfiled piece")
    story = Story.objects.create(slug="launch", title="The launch")

    filing.file_article(unfiled, story, editor)

    assert sentences(object_type="newsdesk.article") == [
        "Unfiled piece was imported on the server",
        "editor filed Unfiled piece in the story “The launch”",
    ]


def test_describing_a_page_of_events_reads_a_fixed_number_of_queries(client, reviewer, article,
                                                                     django_assert_max_num_queries):
    client.force_login(reviewer)
    for word in ("Officials", "launch", "reckless", "agency", "missiles"):
        start = article.text.index(word)
        api(client, "post", "/api/annotations/", {"article": article.pk, "tag": "rhetoric", "start": start,
                                                  "end": start + len(word)})
    events = list(AuditEvent.objects.all())

    with django_assert_max_num_queries(10):
        describe_events(events)


def test_words_in_a_sentence_are_escaped(reviewer, make_article):
    article = make_article("<b>bold</b> claim here.", title="<script>x</script>")
    Annotation.objects.create(article=article, reviewer=reviewer, tag="rhetoric", start=0, end=11,
                              quote=article.text[:11]).soft_delete(by=reviewer)

    [(_event, sentence)] = describe_events(AuditEvent.objects.filter(action="delete"))

    assert "<script>" not in str(sentence) and "&lt;script&gt;" in str(sentence)


def test_linking_a_claim_mention_names_the_words_and_the_claim(editor, article, seed_story):
    from annotations.claims import curation
    from annotations.claims.models import Claim, ClaimMention

    first = Claim.objects.create(story=seed_story, label="launch condemned")
    second = Claim.objects.create(story=seed_story, label="twelve missiles")
    start = article.text.index("12 missiles")
    mention = ClaimMention.objects.create(claim=first, article=article, start=start, end=start + 11,
                                          quote="12 missiles")
    ClaimMention.objects.create(claim=first, article=article, start=0, end=9, quote="Officials")

    curation.link(mention, second, editor)

    said = sentences(object_type="annotations.claimmention")
    assert said == ["editor linked “12 missiles” in Launch condemned to the claim “twelve missiles”"]


def test_an_unknown_kind_of_event_is_named_in_words_without_offsets(editor, article):
    from newsdesk import audit

    event = audit.record(editor, "change", article.passages.first())

    [(_event, sentence)] = describe_events([event])
    assert "[" not in str(sentence) and "editor changed the passage" in str(sentence).replace("<strong>", "").replace(
        "</strong>", "")


def test_a_long_quote_or_title_is_cut_after_a_whole_word():
    title = "Kim Jong Un announces a leap forward in defense industry with its new largest 5-hectare plant"

    assert shorten(title, 70) == "Kim Jong Un announces a leap forward in defense industry with its new…"
    assert shorten("Unbreakable" * 10, 20) == "Unbreakable" + "Unbreaka" + "…"
    assert shorten("Short enough", 20) == "Short enough"


def test_an_articles_own_history_calls_it_this_article(client, editor, reviewer, article):
    client.force_login(reviewer)
    start = article.text.index("reckless")
    api(client, "post", "/api/annotations/", {"article": article.pk, "tag": "rhetoric", "start": start,
                                              "end": start + 8})
    client.force_login(editor)

    page = client.get(f"/articles/{article.pk}/history/").content.decode()

    assert "highlighted “reckless” in this article as Rhetoric" in " ".join(re.sub(r"<[^>]+>", "", page).split())
    assert sentences(article=article)[-1].endswith("in Launch condemned as Rhetoric")  # elsewhere: the title


def test_the_names_of_a_page_know_which_article_the_page_is_about(client, reviewer, article):
    client.force_login(reviewer)
    api(client, "post", "/api/annotations/", {"article": article.pk, "tag": "rhetoric", "start": 0, "end": 9})
    events = list(AuditEvent.objects.filter(article=article, object_type="annotations.annotation"))

    names = Names(events, here=article.pk)

    assert names.here == article.pk
    assert Names(events).here is None
    assert "in this article as Rhetoric" in str(describe(events[0], names))
    assert "Launch condemned" in str(describe(events[0], Names(events)))
