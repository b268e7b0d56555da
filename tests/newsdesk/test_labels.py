"""Topic labels are short phrases taken from the passages, never a list of words or a piece of a name."""

import re

import pytest

from newsdesk.alignment import labels
from newsdesk.alignment.clustering import PassageText, align
from newsdesk.importing import ingest

from .corpus_stories import story, written_stories

CAPITALISED = re.compile(r"^[A-Z]")


def aligned(slug):
    _, articles = story(slug)
    passages, text_of = [], {}
    for number, article in enumerate(articles):
        canonical = ingest.from_text(article["text"])
        for index, (start, end) in enumerate(canonical.passages):
            passages.append(PassageText(key=(number, index), article=number, index=index,
                                        text=canonical.text[start:end]))
            text_of[(number, index)] = canonical.text[start:end]
    return align(passages), text_of


def words_around(phrase: str, text: str) -> tuple[str, str]:
    """The word just before and just after ``phrase`` where it occurs in ``text``, when only a space
    separates them from it (punctuation ends a name)."""
    position = text.lower().index(phrase.lower())
    before = re.search(r"([\w’'\-]+) $", text[:position])
    after = re.match(r" ([\w’'\-]+)", text[position + len(phrase):])
    return (before.group(1) if before else ""), (after.group(1) if after else "")


@pytest.mark.parametrize("slug", ["north-korea-arms-russia", *written_stories()])
def test_every_label_is_a_phrase_from_its_own_passages(slug):
    result, text_of = aligned(slug)

    for topic in result.topics:
        label = topic.label
        assert not re.search(r"[,;](?!\d)", label), f"a list, not a phrase: {label!r}"
        assert 1 <= len(label.split()) <= 8, label
        sources = [text_of[key] for key in topic.members if label.lower() in text_of[key].lower()]
        assert sources, f"{label!r} is not in the passages of its topic"


@pytest.mark.parametrize("slug", ["north-korea-arms-russia", *written_stories()])
def test_no_label_cuts_a_name_in_two(slug):
    result, text_of = aligned(slug)

    for topic in result.topics:
        source = next(text_of[key] for key in topic.members if topic.label.lower() in text_of[key].lower())
        before, after = words_around(topic.label, source)
        first, last = topic.label.split()[0], topic.label.split()[-1]
        original_first = source[source.lower().index(topic.label.lower()):][:len(first)]
        assert not (CAPITALISED.match(original_first) and CAPITALISED.match(before)
                    and before.lower() not in ("the", "a", "an")), f"{topic.label!r} starts inside a name"
        assert not (CAPITALISED.match(last) and CAPITALISED.match(after)), f"{topic.label!r} ends inside a name"


def test_a_bare_list_of_words_is_never_built_even_for_a_topic_of_one_short_passage():
    texts = ["Kim, Putin, Xi.", "Rain fell on the harbour all night."]

    result = labels.label_topics(texts, [0, 1], ["a", "b"])

    assert not re.search(r"[,;](?!\d)", result[0]) and not re.search(r"[,;](?!\d)", result[1])
    assert result[1].lower() in texts[1].lower()


def test_labels_of_two_topics_differ():
    texts = ["The water company closed its intake.", "The water company closed its intake at dawn."]

    result = labels.label_topics(texts, [0, 1], ["a", "b"])

    assert result[0].lower() != result[1].lower()


def test_a_phrase_is_cut_from_the_passage_as_written_where_a_figure_touches_its_unit():
    text = "At 900MW, the offshore array could power\nhalf a million homes."
    found = labels.token_spans(text)

    phrases = [phrase for phrase, _ in labels.candidate_phrases(
        [token for token, _, _ in found], text, [(start, end) for _, start, end in found])]

    assert "900MW" in phrases
    assert "900 MW" not in phrases
    assert all(phrase in text.replace("\n", " ") for phrase in phrases)
